//! The traject file as text: the one home of everything that knows how a traject, the
//! codebook or a notes file's front matter is written in YAML.
//!
//! Reading goes in three steps, all on what the YAML parser itself sees:
//! 1. [`wachter`] runs the guards over the parser's own event stream ([`gebeurtenis`], the same
//!    libyaml that reads the data): no anchors or aliases, no deeper nesting than visieleer
//!    writes; on the way it notes the version, the slotregel, the first comment and the first
//!    invisible control character in a value. It stops at the first refusal, so a hostile file
//!    costs no more than its first few events.
//! 2. `yaml_serde` reads the data (the same parser again, now known to be safe).
//! 3. [`melding`] turns whatever went wrong into one Dutch sentence with its line, looked up in
//!    the [`Ligging`] (the line of every field by its path) only when there is a message.
//!
//! Writing is [`schrijf`]: `yaml_serde`'s emitter, which quotes whatever text needs quoting, so
//! whatever visieleer writes it reads back as it was (a property test in
//! `tests/rondgang.rs` sends texts full of YAML's indicators through every command).
//!
//! No other module scans YAML text; they ask here (`tests/huis.rs` checks it).

pub mod afdrukken;
mod gebeurtenis;
mod ligging;
mod melding;
mod schijf;
pub mod sjabloon;
pub mod velden;
mod wachter;

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;

use crate::model::traject::{SLOTREGEL, Traject, VERSIE};

pub use ligging::{Deel, Ligging};
pub use schijf::{Leesfout, MAX_BESTAND, io_reden, lees_begrensd, lees_bestand, lees_tekst};
pub use wachter::MAX_NESTING;

/// The version before [`SLOTREGEL`]: still read, written as [`VERSIE`] at the next change.
pub const OUDE_VERSIE: u32 = 1;

pub use crate::model::traject::MAX_NUMMER;

/// Serialises a traject the one way it is always written, so equal states give equal bytes.
pub fn schrijf(traject: &Traject) -> Result<String> {
    let mut kort = traject.clone();
    kort.impliciete_nummers_weg();
    serde_yaml::to_string(&kort).context("Het traject kon niet als YAML worden geschreven.")
}

/// Reads a traject from the text of its file; errors are one Dutch sentence naming the line.
pub fn lees(tekst: &str, slug: &str) -> Result<Traject, String> {
    lees_en_toets(tekst, slug).map(|(traject, _)| traject)
}

/// Like [`lees`], also saying (for `check`) where the first invisible control or bidi character
/// in a value stands, as "regel N, kolom K: …": a traject with one is still read (every output
/// shows it visibly), but `check` names it. The message names the character, never the text
/// around it.
pub fn lees_voor_controle(tekst: &str, slug: &str) -> Result<(Traject, Option<String>), String> {
    let (traject, toets) = lees_en_toets(tekst, slug)?;
    let melding = toets.stuurteken.map(|(plek, c, rauw)| {
        format!(
            "{}: een onzichtbaar stuurteken ({}); haal het weg, visieleer neemt zulke tekens nergens aan en toont ze als {}",
            melding::plek(plek, rauw),
            crate::model::teken::naam(c),
            crate::model::teken::VERVANGING
        )
    });
    Ok((traject, melding))
}

fn lees_en_toets(tekst: &str, slug: &str) -> Result<(Traject, wachter::Toets), String> {
    // Windows editors may start a file with a byte-order mark; it is no part of the YAML.
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    if let Some(regel) = conflictregel(tekst) {
        return Err(format!(
            "regel {regel}: een onopgelost merge-conflict (<<<<<<<, ======= en >>>>>>>); los het conflict op in het bestand en draai daarna 'visieleer check'."
        ));
    }
    let afgekapt = || {
        let regels = tekst.lines().count();
        format!(
            "het bestand houdt op na regel {regels} zonder de slotregel '{SLOTREGEL}' die visieleer altijd als laatste schrijft; het is waarschijnlijk afgekapt (door een synchronisatieprogramma, een editor of een mislukte merge). Haal de vorige versie terug (bijvoorbeeld met git); hebt u het bestand zelf ingekort, zet de regel dan weer onderaan."
        )
    };
    // A text in which the guards provably find nothing (see `wachter::zonder_gevaar`) is read
    // by the data reader straight away; anything that goes wrong there is read again through
    // the guards, so every message is the same either way.
    let snel = wachter::zonder_gevaar(tekst)
        .then(|| serde_yaml::from_str::<Traject>(tekst).ok())
        .flatten();
    let (toets, mut traject) = match snel {
        Some(traject) => (wachter::Toets::default(), traject),
        None => {
            let (toets, weigering) = wachter::toets(tekst);
            let nieuw_formaat = toets.versie == Some(VERSIE);
            match weigering {
                // A file cut off in the middle of a value fails where the text ends: that is
                // the cut, not a mistake in the YAML.
                Some(wachter::Weigering::Syntax(f))
                    if nieuw_formaat && tekst[f.plek.byte.min(tekst.len())..].trim().is_empty() =>
                {
                    return Err(afgekapt());
                }
                Some(w) => return Err(melding::weigering(&w, tekst, "het bestand")),
                None if nieuw_formaat && !toets.slot => return Err(afgekapt()),
                None => {}
            }
            let traject: Traject =
                serde_yaml::from_str(tekst).map_err(|e| melding::datafout(&e, tekst))?;
            (toets, traject)
        }
    };
    match traject.versie {
        VERSIE if !traject.einde_bestand.gelezen => return Err(afgekapt()),
        VERSIE | OUDE_VERSIE => traject.versie = VERSIE,
        versie => {
            return Err(format!(
                "versie {versie} wordt niet ondersteund (deze visieleer kent versie {OUDE_VERSIE} en {VERSIE}); werk visieleer bij."
            ));
        }
    }
    if let Some((pad, veld, waarde)) = ongeldig_nummer(&traject) {
        let regel = Ligging::van(tekst)
            .regel(&pad)
            .map(|r| format!("regel {r}: "))
            .unwrap_or_default();
        return Err(if waarde == 0 {
            format!(
                "{regel}'{veld}: 0' is geen geldig nummer, want visieleer nummert vanaf 1 en geen opdracht kan nummer 0 aanwijzen (ook niet om het in te trekken); geef het een nummer dat nog vrij is, of haal de vorige versie terug (bijvoorbeeld met git)."
            )
        } else {
            format!(
                "{regel}'{veld}' is groter dan {MAX_NUMMER}; zo'n nummer geeft visieleer nooit. Herstel het nummer (bijvoorbeeld met git)."
            )
        });
    }
    traject.slug = slug.to_string();
    traject.nummer_toe();
    Ok((traject, toets))
}

/// Reads any other YAML visieleer takes in (the codebook, a notes file's front matter) with the
/// same guards; `wat` names the text in the message ("het codeboek", "de front matter").
pub fn lees_waarde<T: DeserializeOwned>(tekst: &str, wat: &str) -> Result<T, String> {
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    match wachter::toets(tekst) {
        (_, Some(w)) => return Err(melding::weigering(&w, tekst, wat)),
        // Unlike a traject (where `check` names it and every output shows it visibly), these
        // texts are small and typed by hand: an invisible character is refused outright.
        (toets, None) => {
            if let Some((plek, c, rauw)) = toets.stuurteken {
                return Err(format!(
                    "{}: een onzichtbaar stuurteken ({}) in {wat}; haal het weg in een teksteditor",
                    melding::plek(plek, rauw),
                    crate::model::teken::naam(c)
                ));
            }
        }
    }
    serde_yaml::from_str(tekst).map_err(|e| melding::datafout(&e, tekst))
}

/// The line (1-based) of the first YAML comment, which a rewrite would silently drop.
pub fn commentaarregel(tekst: &str) -> Option<usize> {
    // Most files have no `#` at all: one SIMD search settles it.
    memchr::memchr(b'#', tekst.as_bytes())?;
    wachter::toets(tekst).0.commentaar
}

/// The first number field visieleer never writes, in the order of the file: its path, name and
/// value. An id (interview, quote, insight, afspraak) of 0 or above [`MAX_NUMMER`], or a
/// `laatste_citaat` above it: visieleer numbers from 1, so an id 0 can only be a hand edit, and
/// no command could name it (`intrekken hoorn 0` is refused), so it could never be withdrawn.
fn ongeldig_nummer(t: &Traject) -> Option<(String, &'static str, u32)> {
    let ongeldig = |n: u32| n == 0 || n > MAX_NUMMER;
    for (i, interview) in t.interviews.iter().enumerate() {
        if ongeldig(interview.nr) {
            return Some((format!("interviews[{i}].nr"), "nr", interview.nr));
        }
        if interview.laatste_citaat > MAX_NUMMER {
            return Some((
                format!("interviews[{i}].laatste_citaat"),
                "laatste_citaat",
                interview.laatste_citaat,
            ));
        }
        if let Some(j) = interview.citaten.iter().position(|c| ongeldig(c.nr)) {
            let nr = interview.citaten[j].nr;
            return Some((format!("interviews[{i}].citaten[{j}].nr"), "nr", nr));
        }
    }
    if let Some(j) = t.synthese.iter().position(|i| ongeldig(i.nr)) {
        return Some((format!("synthese[{j}].nr"), "nr", t.synthese[j].nr));
    }
    if let Some(j) = t.afspraken.iter().position(|a| ongeldig(a.nr)) {
        return Some((format!("afspraken[{j}].nr"), "nr", t.afspraken[j].nr));
    }
    None
}

/// The first line (1-based) with a git conflict marker, if any.
///
/// A conflict marker is a line git writes, not YAML: `<<<<<<<`, `|||||||` and `>>>>>>>` count
/// at the start of any line; `=======` only between an opening and a closing marker, since a
/// lone one could be ordinary text. Checked before the parser, which would report the marker as
/// some other mistake.
pub fn conflictregel(tekst: &str) -> Option<usize> {
    // Only these three markers are reported (a lone `=======` is text), so a file without any
    // of them needs no line-by-line look: three SIMD searches instead, on every file read.
    if ["<<<<<<<", ">>>>>>>", "|||||||"]
        .iter()
        .all(|m| memchr::memmem::find(tekst.as_bytes(), m.as_bytes()).is_none())
    {
        return None;
    }
    let marker = |regel: &str, teken: &str| {
        regel
            .strip_prefix(teken)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
    };
    let mut open: Option<usize> = None;
    for (i, regel) in tekst.lines().enumerate() {
        if marker(regel, "<<<<<<<") {
            return Some(i + 1);
        }
        // The opening marker was removed by hand: report from the first `=======` before it.
        if marker(regel, ">>>>>>>") || marker(regel, "|||||||") {
            return Some(open.unwrap_or(i + 1));
        }
        if marker(regel, "=======") && open.is_none() {
            open = Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
fn schrijf_tekst(tekst: &str) -> String {
    serde_yaml::to_string(tekst)
        .unwrap()
        .trim_end_matches('\n')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflictmarkeringen() {
        assert_eq!(
            conflictregel("a: 1\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n"),
            Some(2)
        );
        assert_eq!(conflictregel("a: 1\n=======\nc\n>>>>>>> x\n"), Some(2));
        assert_eq!(conflictregel("a: 1\n=======\nc\n"), None);
        assert_eq!(conflictregel("<<<<<<<<\n"), None);
    }

    #[test]
    fn afgekapt_midden_in_een_waarde() {
        let fout = lees("versie: 2\ngemeenten:\n- \"Hoo", "x").unwrap_err();
        assert!(fout.contains("afgekapt"), "{fout}");
        let fout = lees("versie: 2\na: b: c\neinde_bestand: true\n", "x").unwrap_err();
        assert!(fout.contains("geen geldige YAML"), "{fout}");
    }
}

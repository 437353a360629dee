//! Reading only the head of a traject file, for commands that list many trajecten.
//!
//! `visieleer overzicht` needs a few fields of every traject, not 300 quotes each. visieleer
//! always writes the head fields (versie … tijdlijn) before the long lists (expertteam,
//! sessies, interviews, …), so the head is parsed on its own and the rest is only scanned for
//! its top-level keys. Whenever the file does not have that shape (edited by hand, an unknown
//! or repeated key), the whole file is parsed as usual, so errors are exactly those of the
//! full reader.

use std::path::Path;

use serde::Deserialize;

use super::{OUDE_VERSIE, conflictregel, lees as uit_yaml, wachter};
use super::{lees_bestand, lees_tekst};
use crate::datum::Datum;
use crate::fase::{Fase, Status};
use crate::traject::{SLOTREGEL, Tijdlijn, Traject, VERSIE};

/// The keys after the head, in the order visieleer writes them. Of the tail only `sessies` and
/// `afspraken` are parsed: the programme dashboard draws the meetings, and `overzicht` signals
/// afspraken past their date.
const STAART: [&str; 10] = [
    "expertteam",
    "sessies",
    "interviews",
    "synthese",
    "richtingen",
    "evaluatie",
    "afspraken",
    "notitie",
    "historie",
    "einde_bestand",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sessies {
    sessies: Vec<crate::sessie::Sessie>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Afspraken {
    afspraken: Vec<crate::borging::Afspraak>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kop {
    versie: u32,
    gemeenten: Vec<String>,
    vraagstuk: String,
    #[serde(default)]
    thema: Option<String>,
    #[serde(default)]
    pilot: bool,
    #[serde(default)]
    facilitator: Option<String>,
    #[serde(default)]
    kernvraag: Option<String>,
    fase: Fase,
    status: Status,
    #[serde(default)]
    reden: Option<String>,
    #[serde(default)]
    aanmelding: Option<Datum>,
    #[serde(default)]
    tijdlijn: Tijdlijn,
}

/// A traject with only its head, its sessies and its afspraken filled in: no expertteam,
/// interviews, synthese, richtingen, evaluatie, notitie or historie.
pub fn lees_kop(pad: &Path, slug: &str) -> anyhow::Result<Traject> {
    let tekst = lees_tekst(pad)?;
    match kop_uit_yaml(&tekst, slug) {
        Some(traject) => Ok(traject),
        None => lees_bestand(pad, slug),
    }
}

/// The heads of many traject files, read on every core, in the order given.
pub fn lees_koppen(bestanden: &[crate::opslag::Bestand]) -> Vec<anyhow::Result<Traject>> {
    let draden = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let per_draad = bestanden.len().div_ceil(draden).max(16);
    std::thread::scope(|scope| {
        let werkers: Vec<_> = bestanden
            .chunks(per_draad)
            .map(|deel| {
                scope.spawn(move || {
                    deel.iter()
                        .map(|b| lees_kop(&b.pad, &b.slug))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut alle = Vec::with_capacity(bestanden.len());
        for werker in werkers {
            match werker.join() {
                Ok(deel) => alle.extend(deel),
                Err(_) => alle.push(Err(anyhow::anyhow!(
                    "Het overzicht kon niet worden gelezen."
                ))),
            }
        }
        alle
    })
}

/// The head of a traject, or `None` when the file must be read in full.
pub fn kop_uit_yaml(tekst: &str, slug: &str) -> Option<Traject> {
    let (kop, staart) = splits(tekst)?;
    // A conflict marker in the tail is a top-level line that is no key: the tail check sends
    // the file to the full reader.
    if conflictregel(kop).is_some() {
        return None;
    }
    // Whatever a guard refuses, the full reader refuses with the line.
    let kop: Kop = bewaakt(kop)?;
    // A file without its last line goes to the full reader, which says it was cut off.
    let compleet = kop.versie == OUDE_VERSIE || (kop.versie == VERSIE && heeft_slotregel(staart));
    if !compleet {
        return None;
    }
    let delen = delen_van_staart(staart)?;
    let mut traject = uit_yaml(
        &format!(
            "versie: {VERSIE}\ngemeenten: []\nvraagstuk: ''\nfase: {}\nstatus: {}\n{}\n",
            kop.fase,
            kop.status,
            crate::traject::SLOTREGEL
        ),
        slug,
    )
    .ok()?;
    traject.gemeenten = kop.gemeenten;
    traject.vraagstuk = kop.vraagstuk;
    traject.thema = kop.thema;
    traject.pilot = kop.pilot;
    traject.facilitator = kop.facilitator;
    traject.kernvraag = kop.kernvraag;
    traject.reden = kop.reden;
    traject.aanmelding = kop.aanmelding;
    traject.tijdlijn = kop.tijdlijn;
    if let Some(sessies) = delen.sessies {
        traject.sessies = bewaakt::<Sessies>(sessies)?.sessies;
    }
    if let Some(afspraken) = delen.afspraken {
        traject.afspraken = bewaakt::<Afspraken>(afspraken)?.afspraken;
    }
    Some(traject)
}

/// A part of the file read behind the same guards as the whole file; `None` sends the file to
/// the full reader, which says what is wrong.
fn bewaakt<T: serde::de::DeserializeOwned>(deel: &str) -> Option<T> {
    if wachter::toets(deel).1.is_some() {
        return None;
    }
    serde_yaml::from_str(deel).ok()
}

/// Whether a top-level line of the tail is exactly [`SLOTREGEL`] (trailing spaces or a CR
/// allowed). Only a shortcut: a file that does not look complete goes to the full reader.
fn heeft_slotregel(tekst: &str) -> bool {
    // From the end: visieleer writes it as the last line, and the file may be long.
    tekst.lines().rev().any(|r| r.trim_end() == SLOTREGEL)
}

/// Splits before the first top-level key of the tail.
fn splits(tekst: &str) -> Option<(&str, &str)> {
    let mut begin = 0;
    for regel in tekst.split_inclusive('\n') {
        if STAART.iter().any(|k| is_sleutel(regel, k)) {
            return Some((&tekst[..begin], &tekst[begin..]));
        }
        begin += regel.len();
    }
    Some((tekst, ""))
}

fn is_sleutel(regel: &str, sleutel: &str) -> bool {
    regel
        .strip_prefix(sleutel)
        .is_some_and(|rest| rest.starts_with(':'))
}

#[cfg(test)]
fn staart_is_gewoon(staart: &str) -> bool {
    delen_van_staart(staart).is_some()
}

/// The parts of the tail that are parsed: the meetings (for the programme dashboard) and the
/// afspraken (for the signal about afspraken past their date).
#[derive(Default)]
struct Delen<'a> {
    sessies: Option<&'a str>,
    afspraken: Option<&'a str>,
}

/// Checks in one pass that every top-level line of the tail is a list item, an indented line,
/// or a tail key in the written order, each at most once, and that every nested field name is
/// one visieleer knows, so a typo anywhere sends the file to the full reader (and its error);
/// returns the lines of its `sessies` and `afspraken` keys, if it has them. `None`: read the
/// file in full.
fn delen_van_staart(staart: &str) -> Option<Delen<'_>> {
    let mut volgende = 0;
    // The key being read, and where it began.
    let mut open: Option<(&str, usize)> = None;
    let mut delen = Delen::default();
    let mut plek = 0;
    // The indentation of the field whose block scalar (`aantekeningen: |-`) is being read: its
    // lines are text ("Vervolg: …"), no fields.
    let mut blok: Option<usize> = None;
    for regel in regels(staart) {
        let begin = plek;
        plek += regel.len() + 1;
        let inspringing = regel.len() - regel.trim_start_matches(' ').len();
        if let Some(b) = blok {
            if regel.trim().is_empty() || inspringing > b {
                continue;
            }
            blok = None;
        }
        match regel.as_bytes().first() {
            None => continue,
            Some(b' ') | Some(b'-') => {
                if let Some(veld) = veldnaam(regel)
                    && !is_staartveld(veld)
                {
                    return None;
                }
                if is_blokbegin(regel) {
                    blok = Some(regel.len() - regel.trim_start_matches([' ', '-']).len());
                }
                continue;
            }
            _ => {}
        }
        match STAART[volgende..].iter().position(|k| is_sleutel(regel, k)) {
            Some(i) => {
                volgende += i + 1;
                if is_blokbegin(regel) {
                    blok = Some(0);
                }
                bewaar(staart, open.take(), begin, &mut delen);
                open = Some((STAART[volgende - 1], begin));
            }
            None => return None,
        }
    }
    bewaar(staart, open, staart.len(), &mut delen);
    Some(delen)
}

/// Keeps the lines of a key that ended at `eind`, if it is one of [`Delen`].
fn bewaar<'a>(staart: &'a str, open: Option<(&str, usize)>, eind: usize, delen: &mut Delen<'a>) {
    match open {
        Some(("sessies", begin)) => delen.sessies = Some(&staart[begin..eind]),
        Some(("afspraken", begin)) => delen.afspraken = Some(&staart[begin..eind]),
        _ => {}
    }
}

/// The lines of `tekst` split at `\n`, as `str::split('\n')` gives them (a last empty one
/// after a final newline); with the SIMD search of `memchr`, since `overzicht` splits every
/// line of every file and most are short.
fn regels(tekst: &str) -> impl Iterator<Item = &str> {
    let mut begin = 0;
    memchr::memchr_iter(b'\n', tekst.as_bytes())
        .chain(std::iter::once(tekst.len()))
        .map(move |eind| {
            let regel = &tekst[begin..eind];
            begin = eind + 1;
            regel
        })
}

/// Whether `veld` is a field name that may appear in the tail (in expertteam, sessies,
/// interviews with their duo and quotes, synthese, evaluatie, afspraken with their nazorg, and
/// historie). A `match`, since it runs for every line of every file in `overzicht`: faster
/// than comparing with a list or hashing.
fn is_staartveld(veld: &str) -> bool {
    matches!(
        veld,
        "eigenaar"
            | "streefwaarde"
            | "nazorg"
            | "stand"
            | "verhaal"
            | "naam"
            | "expertise"
            | "soort"
            | "datum"
            | "gepland"
            | "notitie"
            | "nr"
            | "moderator"
            | "toestemming"
            | "duo"
            | "rol"
            | "perspectief"
            | "laatste_citaat"
            | "citaten"
            | "tekst"
            | "van"
            | "tags"
            | "ingetrokken"
            | "kern"
            | "bron"
            | "aantekeningen"
            | "vingerafdrukken"
            | "origineel"
            | "historie"
            | "wat"
            | "stap"
            | "proces"
            | "inzichten"
            | "vervolg"
    )
}

/// Whether a field line opens a block scalar (`tekst: |-`, `verhaal: >`): its value, after
/// the last `": "`, starts with `|` or `>` and has at most three characters. Only the end of
/// the line is looked at, since this runs for every line of every file in `overzicht`.
fn is_blokbegin(regel: &str) -> bool {
    let b = regel.trim_end().as_bytes();
    (1..=3).find_map(|lengte| {
        let begin = b.len().checked_sub(lengte + 2)?;
        (&b[begin..begin + 2] == b": ").then(|| matches!(b[begin + 2], b'|' | b'>'))
    }) == Some(true)
}

/// The field name of a line like `  - nr: 3` or `    tekst: …`, if it has that shape. A line
/// of a multi-line quote can look like this too; it then merely costs a full read.
fn veldnaam(regel: &str) -> Option<&str> {
    let mut rest = regel.trim_start_matches(' ');
    while let Some(r) = rest.strip_prefix("- ") {
        rest = r.trim_start_matches(' ');
    }
    let eind = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let na = &rest[eind..];
    let is_veld = eind > 0 && (na == ":" || na.starts_with(": ") || na == ":\r");
    is_veld.then(|| &rest[..eind])
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOLLEDIG: &str = include_str!("../../fuzz/corpus/volledig.yaml");

    fn kop_van_volledig(tekst: &str) -> Traject {
        let mut t = uit_yaml(tekst, "zw").unwrap();
        t.expertteam.clear();
        t.interviews.clear();
        t.synthese.clear();
        t.richtingen.clear();
        t.evaluatie = None;
        t.notitie = None;
        t.historie.clear();
        t
    }

    proptest::proptest! {
        /// Looking only at the end of a line finds the same block starts as splitting it at
        /// its last `": "`.
        #[test]
        fn blokbegin_zoals_de_laatste_dubbele_punt(regel in "[ a-z:|>+-]{0,12}|\\PC{0,12}") {
            let zo = regel
                .trim_end()
                .rsplit_once(": ")
                .is_some_and(|(_, w)| w.starts_with(['|', '>']) && w.len() <= 3);
            proptest::prop_assert_eq!(is_blokbegin(&regel), zo);
        }
    }

    proptest::proptest! {
        #[test]
        fn regels_zoals_split(tekst in "[a\n]{0,8}|\\PC{0,30}") {
            proptest::prop_assert_eq!(
                regels(&tekst).collect::<Vec<_>>(),
                tekst.split('\n').collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn blokbegin() {
        for (regel, blok) in [
            ("  tekst: |-", true),
            ("    verhaal: >", true),
            ("notitie: |+  ", true),
            ("  aantekeningen: |2-", true),
            ("  tekst: a |-", false),
            ("  tekst: |-x-", false),
            ("|-", false),
            ("", false),
        ] {
            assert_eq!(is_blokbegin(regel), blok, "{regel}");
        }
    }

    #[test]
    fn een_traject_met_afspraken_krijgt_ze_mee() {
        let met = VOLLEDIG.replacen(
            "\nhistorie:",
            "\nafspraken:\n- nr: 1\n  tekst: Pilot\n  eigenaar: Wethouder\n  streefwaarde: 'twee keer per jaar'\n  datum: 2024-06-01\n  nazorg:\n  - datum: 2024-06-02\n    stand: loopt\n    verhaal: |-\n      Eerste gesprek.\n\n      - nog geen cijfers\nhistorie:",
            1,
        );
        assert_ne!(met, VOLLEDIG);
        let heel = uit_yaml(&met, "zw").expect("het voorbeeld met afspraken is geldig");
        let kop = kop_uit_yaml(&met, "zw").expect("de kop is te lezen");
        assert_eq!(kop.afspraken, heel.afspraken);
        assert_eq!(kop.afspraken.len(), 1);
        let kapot = met.replace("  stand: loopt", "  stand: misschien");
        assert!(uit_yaml(&kapot, "zw").is_err());
        assert_eq!(
            kop_uit_yaml(&kapot, "zw"),
            None,
            "a bad afspraak is read in full"
        );
    }

    #[test]
    fn tekst_in_een_blok_is_geen_veld() {
        let met = VOLLEDIG.replacen(
            "\nhistorie:",
            "\nnotitie: |-\n  Vervolg: bellen met de wethouder.\n\n  - Sfeer: open\nhistorie:",
            1,
        );
        assert!(uit_yaml(&met, "zw").is_ok());
        assert!(kop_uit_yaml(&met, "zw").is_some(), "no full read for text");
    }

    #[test]
    fn kent_alle_velden_van_de_staart() {
        for bestand in ["volledig.yaml", "commentaar.yaml"] {
            let tekst = std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("fuzz/corpus")
                    .join(bestand),
            )
            .unwrap();
            let (_, staart) = splits(&tekst).unwrap();
            assert!(staart_is_gewoon(staart), "{bestand}");
        }
    }

    #[test]
    fn leest_de_kop_zoals_het_hele_bestand() {
        assert_eq!(
            kop_uit_yaml(VOLLEDIG, "zw"),
            Some(kop_van_volledig(VOLLEDIG))
        );
    }

    #[test]
    fn valt_terug_op_het_hele_bestand() {
        for tekst in [
            VOLLEDIG.replace("historie:", "historie2:"),
            VOLLEDIG.replace("\nfase: borgen\n", "\n") + "fase: borgen\n",
            VOLLEDIG.to_string() + "sessies: []\n",
            VOLLEDIG.replace("kernvraag:", "kernvraaag:"),
            VOLLEDIG.replace("    van: bewoner", "    vaan: bewoner"),
            VOLLEDIG.replace("- nr: 2\n", "- nummer: 2\n"),
            VOLLEDIG.replace("\nhistorie:", "\nnotitie: |-\n  a\nonbekend: 1\nhistorie:"),
            VOLLEDIG.replace("\nhistorie:", "\n<<<<<<< a\n=======\n>>>>>>> b\nhistorie:"),
        ] {
            assert_eq!(kop_uit_yaml(&tekst, "zw"), None, "{tekst}");
        }
    }
}

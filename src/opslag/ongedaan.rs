//! What `visieleer ongedaan` needs: per traject the versions before its last changes, kept
//! outside the traject file and outside git.
//!
//! Every change that [`crate::opslag::Map::wijzig`] (or [`crate::opslag::Map::maak`]) writes
//! leaves one step in `.visieleer/ongedaan/<traject>/` in the map (a folder the map's own
//! `.gitignore` keeps out of git): a reverse patch (which lines of the written file to keep,
//! drop, or put back, so a change of one line in a large file costs a few hundred bytes), the
//! XXH3-128 hashes of the bytes written and of the bytes before, and the command line that made
//! it. Undoing applies the patch and puts the old bytes back, exactly (checked by the hash), but
//! only while the file still has the bytes that step wrote: a file
//! changed since (by hand, by git, by a sync tool) is refused, so undo never throws away work
//! it did not make. At most [`MAX_STAPPEN`] steps are kept per traject; older ones are dropped.
//!
//! Undo never brings back words that were withdrawn or redacted: a change that withdraws an
//! interview, changes consent or changes the words of a quote (a redaction) deletes every older
//! step of that traject and leaves one step that refuses, with the reason.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};
use serde::{Deserialize, Serialize};

use crate::model::traject::Traject;
use crate::opslag::koppen::EIGEN_MAP;

/// The folder under [`EIGEN_MAP`] that holds the steps.
pub const MAP: &str = "ongedaan";
/// How many steps back a traject can go.
pub const MAX_STAPPEN: usize = 20;

/// One change, as undo needs it.
#[derive(Serialize, Deserialize)]
pub struct Stap {
    /// The command line that made the change, for the message.
    pub wat: String,
    /// The way back from the bytes written to the bytes before, line by line; `None` when the
    /// change created the file (or takes nothing back: see `geweigerd`).
    pub terug: Option<Vec<Stuk>>,
    /// XXH3-128 (hex) of the bytes before the change, to check the way back.
    #[serde(default)]
    pub voor: String,
    /// XXH3-128 (hex) of the bytes the change wrote.
    pub na: String,
    /// Why this change cannot be undone (withdrawal, consent, redaction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geweigerd: Option<String>,
}

/// One piece of a reverse patch, over the lines (each with its `\n`) of the file as written.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Stuk {
    /// The next lines stay.
    Houd(usize),
    /// The next lines go.
    Weg(usize),
    /// These lines come (back) here.
    Terug(String),
}

/// The reverse patch that turns `na` into `voor`: a line diff (Myers, with a deadline, after
/// which the diff is coarser but still exact).
pub fn patch(voor: &str, na: &str) -> Vec<Stuk> {
    use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};
    let oud: Vec<&str> = na.split_inclusive('\n').collect();
    let nieuw: Vec<&str> = voor.split_inclusive('\n').collect();
    let grens = std::time::Instant::now() + std::time::Duration::from_secs(1);
    let mut stukken = Vec::new();
    for op in capture_diff_slices_deadline(Algorithm::Myers, &oud, &nieuw, Some(grens)) {
        match op {
            DiffOp::Equal { len, .. } => stukken.push(Stuk::Houd(len)),
            DiffOp::Delete { old_len, .. } => stukken.push(Stuk::Weg(old_len)),
            DiffOp::Insert {
                new_index, new_len, ..
            } => stukken.push(Stuk::Terug(nieuw[new_index..new_index + new_len].concat())),
            DiffOp::Replace {
                old_len,
                new_index,
                new_len,
                ..
            } => {
                stukken.push(Stuk::Weg(old_len));
                stukken.push(Stuk::Terug(nieuw[new_index..new_index + new_len].concat()));
            }
        }
    }
    stukken
}

/// Applies a reverse patch to the text it was made from; `None` when it does not fit.
pub fn pas_toe(na: &str, stukken: &[Stuk]) -> Option<String> {
    let mut regels = na.split_inclusive('\n');
    let mut uit = String::with_capacity(na.len());
    for stuk in stukken {
        match stuk {
            Stuk::Houd(n) => {
                for _ in 0..*n {
                    uit.push_str(regels.next()?);
                }
            }
            Stuk::Weg(n) => {
                for _ in 0..*n {
                    regels.next()?;
                }
            }
            Stuk::Terug(tekst) => uit.push_str(tekst),
        }
    }
    regels.next().is_none().then_some(uit)
}

pub fn hash(tekst: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(tekst.as_bytes()))
}

fn map_van(map: &Path, slug: &str) -> PathBuf {
    map.join(EIGEN_MAP).join(MAP).join(slug)
}

/// The steps of a traject, oldest first, each with its file.
fn stappen(map: &Path, slug: &str) -> Vec<(PathBuf, u64)> {
    let Ok(lijst) = fs::read_dir(map_van(map, slug)) else {
        return Vec::new();
    };
    let mut uit: Vec<(PathBuf, u64)> = lijst
        .flatten()
        .filter_map(|e| {
            let naam = e.file_name();
            let nr = naam.to_str()?.strip_suffix(".json")?.parse::<u64>().ok()?;
            Some((e.path(), nr))
        })
        .collect();
    uit.sort_by_key(|(_, nr)| *nr);
    uit
}

/// Why undoing the change from `voor` to `na` would bring back withdrawn or redacted words, or
/// undo a consent change; `None` for an ordinary change.
pub fn onomkeerbaar(voor: &Traject, na: &Traject) -> Option<String> {
    for oud in &voor.interviews {
        let Some(nieuw) = na.interview(oud.nr) else {
            continue;
        };
        if oud.ingetrokken.is_none() && nieuw.ingetrokken.is_some() {
            return Some(format!(
                "de toestemming voor duo-interview {} is ingetrokken, en ingetrokken woorden komen nooit terug",
                oud.nr
            ));
        }
        if oud.toestemming != nieuw.toestemming {
            return Some(format!(
                "de toestemming voor duo-interview {} is veranderd, en toestemming verandert alleen met 'visieleer intrekken' (of de opdracht voor toestemming)",
                oud.nr
            ));
        }
        for c in &oud.citaten {
            if let Some(n) = nieuw.citaat(c.nr)
                && n.tekst != c.tekst
            {
                return Some(format!(
                    "de woorden van citaat {}.{} zijn aangepast (geredigeerd), en de oude woorden komen niet terug",
                    oud.nr, c.nr
                ));
            }
        }
    }
    None
}

/// Records a change about to be written: `voor` is the file's text before (`None` for a new
/// file), `na` what is written; an irreversible change (see [`onomkeerbaar`]) keeps no old
/// words, and [`na_het_schrijven`] deletes every older step once it is written. Returns the step's file, to take back when the write fails; a map that
/// cannot keep it goes without undo (and says so).
pub fn onthoud(
    map: &Path,
    slug: &str,
    wat: &str,
    voor: Option<&str>,
    na: &str,
    geweigerd: Option<String>,
) -> Option<PathBuf> {
    let eigen = map.join(EIGEN_MAP);
    let doelmap = map_van(map, slug);
    let bestaand = stappen(map, slug);
    let volgend = bestaand.last().map(|(_, n)| n + 1).unwrap_or(1);
    let stap = Stap {
        wat: wat.to_string(),
        // The old words of a withdrawal or redaction are exactly what must not be kept.
        terug: if geweigerd.is_some() {
            None
        } else {
            voor.map(|v| patch(v, na))
        },
        voor: voor.map(hash).unwrap_or_default(),
        na: hash(na),
        geweigerd,
    };
    let gelukt = (|| -> std::io::Result<PathBuf> {
        fs::create_dir_all(&doelmap)?;
        let negeer = eigen.join(".gitignore");
        if !negeer.exists() {
            super::schrijf_atomair(&negeer, b"*\n")?;
        }
        let pad = doelmap.join(format!("{volgend:06}.json"));
        let json = serde_json::to_vec(&stap).map_err(std::io::Error::other)?;
        super::schrijf_atomair(&pad, &json)?;
        Ok(pad)
    })();
    match gelukt {
        Ok(pad) => Some(pad),
        Err(e) => {
            crate::melding!(
                "Let op: deze wijziging kan niet met 'visieleer ongedaan' worden teruggedraaid: '{}' kon niet worden geschreven ({}).",
                doelmap.display(),
                crate::bestand::io_reden(&e)
            );
            None
        }
    }
}

/// After the change of step `stap` was written: drops the steps beyond [`MAX_STAPPEN`], and
/// after an irreversible change every step before it (they hold the words it took away).
pub fn na_het_schrijven(map: &Path, slug: &str, stap: &Path) {
    let onomkeerbaar = fs::read(stap)
        .ok()
        .and_then(|b| serde_json::from_slice::<Stap>(&b).ok())
        .is_some_and(|s| s.geweigerd.is_some());
    let mut alle = stappen(map, slug);
    if onomkeerbaar {
        for (pad, _) in alle.iter().filter(|(p, _)| p != stap) {
            let _ = fs::remove_file(pad);
        }
        return;
    }
    while alle.len() > MAX_STAPPEN {
        let (oudste, _) = alle.remove(0);
        let _ = fs::remove_file(oudste);
    }
}

/// Deletes every step of a traject.
pub fn wis(map: &Path, slug: &str) {
    for (pad, _) in stappen(map, slug) {
        let _ = fs::remove_file(pad);
    }
}

/// Undoes the last change of a traject file `pad`, whose current text is `nu` (`None` when it
/// does not exist), under the caller's exclusive lock; returns what was undone and how many
/// steps remain.
pub fn draai_terug(
    map: &Path,
    slug: &str,
    pad: &Path,
    nu: Option<&str>,
) -> Result<(String, usize)> {
    let mut alle = stappen(map, slug);
    let Some((stap_pad, _)) = alle.pop() else {
        bail!(
            "Er is voor traject '{slug}' niets om ongedaan te maken: visieleer onthoudt alleen de laatste {MAX_STAPPEN} wijzigingen die het zelf maakte, en er is er geen (meer)."
        );
    };
    let stap: Stap = fs::read(&stap_pad)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| {
            anyhow!(
                "'{}' is niet te lezen; verwijder de map '{}' (dan kan er niets meer ongedaan worden gemaakt).",
                stap_pad.display(),
                map_van(map, slug).display()
            )
        })?;
    if let Some(reden) = &stap.geweigerd {
        bail!(
            "De laatste wijziging van traject '{slug}' ('{}') maakt visieleer niet ongedaan: {reden}. Wat daarvoor gebeurde, is daarom ook niet meer ongedaan te maken.",
            stap.wat
        );
    }
    let zelfde = nu.is_some_and(|tekst| hash(tekst) == stap.na);
    if !zelfde {
        bail!(
            "Het bestand '{}' is veranderd sinds de laatste wijziging door visieleer ('{}'), bijvoorbeeld met de hand, door git of door een synchronisatieprogramma; ongedaan maken zou die verandering weggooien en gebeurt daarom niet. Herstel met git of corrigeer met de -wijzig-opdrachten.",
            pad.display(),
            stap.wat
        );
    }
    match (&stap.terug, nu) {
        (Some(terug), Some(nu)) => {
            let oud = pas_toe(nu, terug)
                .filter(|oud| hash(oud) == stap.voor)
                .ok_or_else(|| {
                    anyhow!(
                        "'{}' past niet meer op het bestand; er is niets veranderd. Verwijder de map '{}' (dan kan er niets meer ongedaan worden gemaakt).",
                        stap_pad.display(),
                        map_van(map, slug).display()
                    )
                })?;
            super::schrijf_atomair(pad, oud.as_bytes()).map_err(|e| {
                anyhow!(
                    "Het bestand '{}' kon niet worden teruggezet ({}); er is niets veranderd.",
                    pad.display(),
                    crate::bestand::io_reden(&e)
                )
            })?;
        }
        _ => {
            fs::remove_file(pad).map_err(|e| {
                anyhow!(
                    "Het bestand '{}' kon niet worden verwijderd ({}); er is niets veranderd.",
                    pad.display(),
                    crate::bestand::io_reden(&e)
                )
            })?;
        }
    }
    let _ = fs::remove_file(&stap_pad);
    Ok((stap.wat, alle.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_weg_terug_geeft_precies_de_oude_bytes() {
        let gevallen = [
            ("", "a\n"),
            ("a\nb\nc\n", "a\nB\nc\n"),
            ("a\nb\nc", "a\nb\nc\nd"),
            ("een\ntwee\n", ""),
            ("x\r\ny\r\n", "x\r\nz\r\ny\r\n"),
            ("zonder einde", "zonder einde\n"),
        ];
        for (voor, na) in gevallen {
            let terug = patch(voor, na);
            assert_eq!(
                pas_toe(na, &terug).as_deref(),
                Some(voor),
                "{voor:?} -> {na:?}"
            );
        }
        // A patch made for another text does not fit.
        let terug = patch("a\nb\n", "a\nc\n");
        assert_eq!(pas_toe("a\n", &terug), None);
    }
}

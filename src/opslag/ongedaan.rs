//! What `visieleer ongedaan` needs: per traject the versions before its last changes, kept
//! outside the traject file and outside git.
//!
//! Every change that [`crate::opslag::Map::wijzig`] (or [`crate::opslag::Map::maak`]) writes
//! leaves one step in `.visieleer/ongedaan/<traject>/` in the map (a folder the map's own
//! `.gitignore` keeps out of git): the file's bytes before the change (none for a new traject),
//! the XXH3-128 hash of the bytes written, and the command line that made it. Undoing puts the
//! old bytes back, exactly, but only while the file still has the bytes that step wrote: a file
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
    /// The file's bytes before the change; `None` when the change created the file.
    pub voor: Option<String>,
    /// XXH3-128 (hex) of the bytes the change wrote.
    pub na: String,
    /// Why this change cannot be undone (withdrawal, consent, redaction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geweigerd: Option<String>,
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
        voor: if geweigerd.is_some() {
            None
        } else {
            voor.map(str::to_string)
        },
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
    match &stap.voor {
        Some(oud) => {
            super::schrijf_atomair(pad, oud.as_bytes()).map_err(|e| {
                anyhow!(
                    "Het bestand '{}' kon niet worden teruggezet ({}); er is niets veranderd.",
                    pad.display(),
                    crate::bestand::io_reden(&e)
                )
            })?;
        }
        None => {
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

//! The head of every traject in the map, for `overzicht`: exact, and at the cost of reading
//! the files.
//!
//! `overzicht` needs a few fields of every traject (the head, the sessies, the afspraken), not
//! 300 quotes each. Every head is what the full reader ([`crate::bestand::lees`]) reads, so a
//! broken file is refused with exactly its message and a hand-edited one shows exactly what
//! every other command shows. To keep that cheap, the head of each file is remembered in
//! `.visieleer/koppen.json` in the map, under a 128-bit hash (XXH3) of the file's bytes: a file
//! whose bytes are unchanged since the last overview is only read and hashed, and its head read
//! from the few lines kept for it. A changed, new or renamed file is read in full, once.
//!
//! The folder `.visieleer/` carries its own `.gitignore`, so the cache never reaches git; it
//! holds nothing that is not in the traject files beside it. A cache that cannot be read
//! (another version, a broken file) is ignored and rebuilt; one that cannot be written (a
//! read-only map) is simply not kept.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Result, anyhow};
use serde::{Deserialize, Serialize};

use crate::model::traject::Traject;
use crate::opslag::Bestand;

/// The map's folder for what visieleer keeps for itself.
pub const EIGEN_MAP: &str = ".visieleer";
const BESTAND: &str = "koppen.json";

#[derive(Serialize, Deserialize, Default)]
struct Cache {
    /// The visieleer that wrote it: another version may read a file differently.
    versie: String,
    koppen: BTreeMap<String, Kop>,
}

#[derive(Serialize, Deserialize, Clone, PartialEq)]
struct Kop {
    /// XXH3-128 of the file's bytes, in hexadecimal.
    hash: String,
    /// The head as visieleer writes a traject (read back by the same reader).
    yaml: String,
}

/// The head of a traject: what the full reader read, without the long lists.
pub fn kop_van(mut t: Traject) -> Traject {
    t.expertteam.clear();
    t.interviews.clear();
    t.synthese.clear();
    t.richtingen.clear();
    t.evaluatie = None;
    t.conclusie = None;
    t.thema_inleidingen.clear();
    t.notitie = None;
    t.historie.clear();
    t
}

/// The heads of these files of the map, in their order; each file on its own, so one broken
/// file does not hide the rest.
pub fn lees(map: &Path, bestanden: &[Bestand]) -> Vec<Result<Traject>> {
    let versie = env!("CARGO_PKG_VERSION");
    let cache = std::fs::read(map.join(EIGEN_MAP).join(BESTAND))
        .ok()
        .and_then(|b| serde_json::from_slice::<Cache>(&b).ok())
        .filter(|c| c.versie == versie)
        .unwrap_or_default();
    let gelezen: Vec<(Result<Traject>, Option<Kop>)> =
        super::parallel::over_alle(bestanden, |b| lees_een(b, cache.koppen.get(&b.slug)));
    let mut nieuw = Cache {
        versie: versie.to_string(),
        koppen: BTreeMap::new(),
    };
    for (b, (_, kop)) in bestanden.iter().zip(&gelezen) {
        if let Some(kop) = kop {
            nieuw.koppen.insert(b.slug.clone(), kop.clone());
        }
    }
    if nieuw.koppen != cache.koppen {
        bewaar(map, &nieuw);
    }
    gelezen.into_iter().map(|(t, _)| t).collect()
}

/// One file's head, from the cache when its bytes are the same, else from the full reader;
/// with what the cache should hold for it (nothing for a file that cannot be read).
fn lees_een(b: &Bestand, bekend: Option<&Kop>) -> (Result<Traject>, Option<Kop>) {
    let tekst = match crate::bestand::lees_tekst(&b.pad) {
        Ok(t) => t,
        Err(e) => return (Err(e), None),
    };
    let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(tekst.as_bytes()));
    if let Some(kop) = bekend.filter(|k| k.hash == hash)
        && let Ok(t) = crate::bestand::lees(&kop.yaml, &b.slug)
    {
        return (Ok(t), Some(kop.clone()));
    }
    match crate::bestand::lees(&tekst, &b.slug) {
        Ok(t) => {
            let kop = kop_van(t);
            let onthouden = crate::bestand::schrijf(&kop)
                .ok()
                .map(|yaml| Kop { hash, yaml });
            (Ok(kop), onthouden)
        }
        Err(e) => (Err(anyhow!("{}: {e}", b.pad.display())), None),
    }
}

/// Writes the cache atomically; a map that cannot take it goes without.
fn bewaar(map: &Path, cache: &Cache) {
    let eigen = map.join(EIGEN_MAP);
    if std::fs::create_dir_all(&eigen).is_err() {
        return;
    }
    let negeer = eigen.join(".gitignore");
    if !negeer.exists() {
        let _ = crate::opslag::schrijf_atomair(&negeer, b"*\n");
    }
    if let Ok(json) = serde_json::to_vec(cache) {
        let _ = crate::opslag::schrijf_atomair(&eigen.join(BESTAND), &json);
    }
}

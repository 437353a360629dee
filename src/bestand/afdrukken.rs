//! The map's index of fingerprints (`vingerafdrukken.yaml`): every fingerprint of a withdrawn
//! or redacted quote in the whole map, so a write consults them without parsing every traject,
//! and no removal of an interview or quote takes them away.
//!
//! One sorted line per fingerprint, so two people who withdrew or redacted in different
//! trajecten merge without conflict in git. A conflict there is resolved by taking both sides
//! (a fingerprint is never wrong to keep), so the reader does exactly that: the marker lines of
//! an unresolved merge are dropped and both sides read.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The file name of the index in the map.
pub const INDEX: &str = "vingerafdrukken.yaml";

/// What the index holds: fingerprints as text (made by the privacy layer).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    /// Of quotes whose participants withdrew their consent: never imported again.
    #[serde(default)]
    pub ingetrokken: BTreeSet<String>,
    /// Of the original words of quotes changed with `citaat-wijzig --tekst`: the change stays.
    #[serde(default)]
    pub geredigeerd: BTreeSet<String>,
}

impl Index {
    pub fn is_leeg(&self) -> bool {
        self.ingetrokken.is_empty() && self.geredigeerd.is_empty()
    }
}

/// Reads the index; an unresolved merge conflict counts both sides.
pub fn lees_index(tekst: &str) -> Result<Index, String> {
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    let zonder_conflict: String = tekst
        .lines()
        .filter(|r| {
            !["<<<<<<<", "=======", ">>>>>>>", "|||||||"]
                .iter()
                .any(|m| r.starts_with(m))
        })
        .map(|r| format!("{r}\n"))
        .collect();
    if zonder_conflict.trim().is_empty() {
        return Ok(Index::default());
    }
    let (_, weigering) = super::wachter::toets(&zonder_conflict);
    if let Some(w) = weigering {
        return Err(super::melding::weigering(
            &w,
            &zonder_conflict,
            "het bestand",
        ));
    }
    serde_yaml::from_str(&zonder_conflict)
        .map_err(|e| super::melding::datafout(&e, &zonder_conflict))
}

/// Writes the index: sorted, one fingerprint a line.
pub fn schrijf_index(index: &Index) -> String {
    let mut uit = String::new();
    for (sleutel, lijst) in [
        ("ingetrokken", &index.ingetrokken),
        ("geredigeerd", &index.geredigeerd),
    ] {
        if lijst.is_empty() {
            continue;
        }
        uit.push_str(sleutel);
        uit.push_str(":\n");
        for afdruk in lijst {
            // Fingerprints are hexadecimal digits: nothing to quote. Anything else was never
            // written by visieleer and goes through the emitter.
            if afdruk.bytes().all(|b| b.is_ascii_hexdigit())
                && afdruk.bytes().any(|b| b.is_ascii_alphabetic())
            {
                uit.push_str(&format!("- {afdruk}\n"));
            } else {
                let waarde = serde_yaml::to_string(afdruk).unwrap_or_default();
                uit.push_str(&format!("- {}\n", waarde.trim_end()));
            }
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leest_terug_wat_het_schrijft_ook_na_een_conflict() {
        let mut index = Index::default();
        index.ingetrokken.insert("00ab".into());
        index.ingetrokken.insert("0012".into());
        index.geredigeerd.insert("ff00".into());
        let tekst = schrijf_index(&index);
        assert_eq!(
            tekst,
            "ingetrokken:\n- '0012'\n- 00ab\ngeredigeerd:\n- ff00\n"
        );
        assert_eq!(lees_index(&tekst).unwrap(), index);
        let conflict = "ingetrokken:\n<<<<<<< HEAD\n- aa\n=======\n- bb\n>>>>>>> ander\n";
        assert_eq!(lees_index(conflict).unwrap().ingetrokken.len(), 2);
        assert_eq!(
            lees_index("ingetrokken: [aa, bb]\n")
                .unwrap()
                .ingetrokken
                .len(),
            2
        );
        assert!(lees_index("iets: x\n").is_err());
    }
}

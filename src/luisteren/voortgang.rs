//! What the facilitator sees of the luisteren phase: who has spoken with whom, how many quotes
//! per perspective and per thema, and which perspectives have not been heard yet.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::luisteren::codeboek::{Codeboek, THEMA};
use crate::model::interview::Perspectief;
use crate::model::traject::Traject;

/// The luisteren block of `visieleer toon`.
pub fn weergave(t: &Traject, boek: &Codeboek) -> String {
    let mut uit = String::new();
    let _ = writeln!(uit, "\nLuisteren");
    let mut paren: BTreeMap<(Perspectief, Perspectief), usize> = BTreeMap::new();
    for i in &t.interviews {
        if let [a, b] = i.duo.as_slice() {
            *paren.entry((a.perspectief, b.perspectief)).or_default() += 1;
            if a.perspectief != b.perspectief {
                *paren.entry((b.perspectief, a.perspectief)).or_default() += 1;
            }
        }
    }
    let _ = writeln!(uit, "  Duo-paren (wie sprak met wie):");
    let breedte = Perspectief::ALLE
        .iter()
        .map(|p| p.naam().len())
        .max()
        .unwrap_or(0);
    let mut kop = format!("    {:breedte$}", "");
    for p in Perspectief::ALLE {
        let _ = write!(kop, "  {:>breedte$}", p.naam());
    }
    let _ = writeln!(uit, "{}", kop.trim_end());
    for a in Perspectief::ALLE {
        let mut regel = format!("    {:<breedte$}", a.naam());
        for b in Perspectief::ALLE {
            let cel = match paren.get(&(a, b)) {
                Some(n) => n.to_string(),
                None => "·".to_string(),
            };
            let _ = write!(regel, "  {cel:>breedte$}");
        }
        let _ = writeln!(uit, "{regel}");
    }

    let mut per_perspectief: BTreeMap<Perspectief, usize> = BTreeMap::new();
    let mut zonder_spreker = 0;
    for (_, i, c) in t.citaten() {
        match Traject::perspectief_van(i, c) {
            Some(p) => *per_perspectief.entry(p).or_default() += 1,
            None => zonder_spreker += 1,
        }
    }
    let delen: Vec<String> = Perspectief::ALLE
        .iter()
        .map(|p| format!("{p} {}", per_perspectief.get(p).copied().unwrap_or(0)))
        .collect();
    let _ = write!(uit, "  Citaten per perspectief: {}", delen.join(", "));
    if zonder_spreker > 0 {
        let _ = write!(uit, "; zonder spreker {zonder_spreker}");
    }
    let _ = writeln!(uit);

    let themas: Vec<&str> = boek.groep(THEMA).map(|t| t.tag.as_str()).collect();
    if themas.is_empty() {
        let _ = writeln!(
            uit,
            "  Citaten per thema: het codeboek heeft geen groep '{THEMA}'."
        );
    } else {
        let mut zonder_thema = 0;
        let mut per_thema: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, _, c) in t.citaten() {
            let mut heeft = false;
            for tag in &c.tags {
                if let Some(thema) = themas.iter().find(|t| **t == tag.as_str()) {
                    *per_thema.entry(thema).or_default() += 1;
                    heeft = true;
                }
            }
            if !heeft {
                zonder_thema += 1;
            }
        }
        let delen: Vec<String> = themas
            .iter()
            .map(|t| format!("{t} {}", per_thema.get(t).copied().unwrap_or(0)))
            .collect();
        let _ = write!(uit, "  Citaten per thema: {}", delen.join(", "));
        if zonder_thema > 0 {
            let _ = write!(uit, "; zonder thema {zonder_thema}");
        }
        let _ = writeln!(uit);
    }

    let niet_gehoord: Vec<&str> = Perspectief::ALLE
        .iter()
        .filter(|p| {
            !t.interviews
                .iter()
                .any(|i| i.duo.iter().any(|d| d.perspectief == **p))
        })
        .map(|p| p.naam())
        .collect();
    if niet_gehoord.is_empty() {
        let _ = writeln!(uit, "  Alle perspectieven zijn gehoord.");
    } else {
        let _ = writeln!(uit, "  Nog niet gehoord: {}.", niet_gehoord.join(", "));
    }
    uit
}

//! The experts of every expertteam of the map in one table: who the programme relied on, with
//! their expertise and the trajecten they joined (`visieleer experts`).
//!
//! An expert is what `visieleer expert` stores and the report already names: a name and an
//! optional expertise, nothing more. The same person in several trajecten is one row: names are
//! compared without regard to case or extra spaces, and the spelling of the first traject (in
//! the order of the files) is shown.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::ontsnappen::markdown;
use crate::model::traject::Traject;

/// One expert across the map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rij {
    pub naam: String,
    /// Each different expertise recorded for this expert, in the order met.
    pub expertise: Vec<String>,
    /// The trajecten (their slugs) whose expertteam the expert was in, in the order of the files.
    pub trajecten: Vec<String>,
}

pub const KOP: [&str; 4] = ["Expert", "Expertise", "Trajecten", "Aantal"];

/// The name as a key: lower case, one space between words.
fn sleutel(naam: &str) -> String {
    naam.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The experts of these trajecten: the one relied on most first, then by name.
pub fn rijen(trajecten: &[Traject]) -> Vec<Rij> {
    let mut per_naam: BTreeMap<String, Rij> = BTreeMap::new();
    for t in trajecten {
        for e in &t.expertteam {
            let rij = per_naam.entry(sleutel(&e.naam)).or_insert_with(|| Rij {
                naam: e.naam.trim().to_string(),
                expertise: Vec::new(),
                trajecten: Vec::new(),
            });
            if let Some(x) = e.expertise.as_deref().map(str::trim)
                && !x.is_empty()
                && !rij
                    .expertise
                    .iter()
                    .any(|eerder| eerder.eq_ignore_ascii_case(x))
            {
                rij.expertise.push(x.to_string());
            }
            if !rij.trajecten.contains(&t.slug) {
                rij.trajecten.push(t.slug.clone());
            }
        }
    }
    let mut rijen: Vec<(String, Rij)> = per_naam.into_iter().collect();
    rijen.sort_by(|(a, x), (b, y)| y.trajecten.len().cmp(&x.trajecten.len()).then(a.cmp(b)));
    rijen.into_iter().map(|(_, r)| r).collect()
}

impl Rij {
    /// The cells of the table and the CSV.
    pub fn cellen(&self) -> [String; 4] {
        [
            self.naam.clone(),
            self.expertise.join("; "),
            self.trajecten.join(", "),
            self.trajecten.len().to_string(),
        ]
    }
}

/// The experts as a terminal table.
pub fn tabel(rijen: &[Rij]) -> String {
    let mut tabel = crate::scherm::tabel(KOP);
    for rij in rijen {
        tabel.add_row(rij.cellen());
    }
    crate::scherm::als_tekst(tabel)
}

/// The experts as a markdown table.
pub fn markdown_tabel(rijen: &[Rij]) -> String {
    let rijen: Vec<Vec<String>> = rijen
        .iter()
        .map(|r| r.cellen().iter().map(|c| markdown::cel(c)).collect())
        .collect();
    markdown::tabel(&KOP, &rijen)
}

/// One sentence under the table: how many experts, in how many trajecten.
pub fn samenvatting(rijen: &[Rij], trajecten: &[Traject]) -> String {
    use crate::taal::{aantal, hoofdletter};
    let met = trajecten
        .iter()
        .filter(|t| !t.expertteam.is_empty())
        .count();
    let zonder: Vec<&str> = trajecten
        .iter()
        .filter(|t| t.expertteam.is_empty())
        .map(|t| t.slug.as_str())
        .collect();
    let meer = rijen.iter().filter(|r| r.trajecten.len() > 1).count();
    let werkwoord = |n: usize| if n == 1 { "zat" } else { "zaten" };
    let mut zin = format!(
        "{} {} in de expertteams van {}",
        hoofdletter(&aantal(rijen.len(), "expert", "experts")),
        werkwoord(rijen.len()),
        if met == 1 {
            "één traject".to_string()
        } else {
            crate::taal::van_de(met, trajecten.len(), "trajecten")
        }
    );
    if meer > 0 {
        zin.push_str(&format!(
            "; {} {} in meer dan één traject",
            aantal(meer, "expert", "experts"),
            werkwoord(meer)
        ));
    }
    zin.push('.');
    if !zonder.is_empty() {
        zin.push_str(&format!(
            " Zonder vastgelegd expertteam: {}.",
            zonder.join(", ")
        ));
    }
    zin
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::traject::Expert;

    fn traject(slug: &str, experts: &[(&str, Option<&str>)]) -> Traject {
        let mut t = Traject::nieuw(
            slug,
            vec![slug.into()],
            "Waar?".into(),
            None,
            "2024-01-08".parse().unwrap(),
        );
        t.expertteam = experts
            .iter()
            .enumerate()
            .map(|(n, (naam, x))| Expert {
                nr: n as u32 + 1,
                naam: (*naam).into(),
                expertise: x.map(String::from),
            })
            .collect();
        t
    }

    #[test]
    fn een_expert_in_twee_trajecten_is_een_rij() {
        let rijen = rijen(&[
            traject("a", &[("Kim de Wit", Some("jeugd")), ("Bo Dijk", None)]),
            traject("b", &[("kim  de wit", Some("Jeugd")), ("Ali", Some("wmo"))]),
            traject("c", &[]),
        ]);
        assert_eq!(
            rijen.iter().map(|r| r.naam.as_str()).collect::<Vec<_>>(),
            ["Kim de Wit", "Ali", "Bo Dijk"]
        );
        assert_eq!(rijen[0].trajecten, ["a", "b"]);
        assert_eq!(rijen[0].expertise, ["jeugd"]);
        assert!(rijen[2].expertise.is_empty());
    }
}

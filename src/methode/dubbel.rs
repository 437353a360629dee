//! Two interviews with one number, or two quotes with one id: what a git merge leaves when two
//! moderators each added "interview 3" and the merge kept both. The same for the numbers of
//! sessies, experts, inzichten, richtingen, afspraken and nazorg (`verwijder` would remove both).
//!
//! Every command finds an interview or a quote by its number and takes the first, so such a
//! file misleads: `intrekken 3` would erase one interview and leave the other in the report.
//! `intrekken` and the documents therefore refuse the file, and `check` reports it, each
//! naming the lines so the facilitator can repair the merge by hand.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Result, bail};

use crate::bestand::Ligging;
use crate::methode::controle::{Bevinding, Ernst};
use crate::model::traject::Traject;

/// One number that occurs more than once, with the lines (1-based) where each occurrence starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dubbel {
    /// "duo-interview 3" or "citaat 2.1".
    pub wat: String,
    pub regels: Vec<usize>,
}

impl Dubbel {
    /// "duo-interview 3 staat 2 keer in het bestand (regels 40 en 77)".
    pub fn beschrijving(&self) -> String {
        let regels = match self.regels.as_slice() {
            [] => String::new(),
            [.., laatste] => {
                let voor: Vec<String> = self.regels[..self.regels.len() - 1]
                    .iter()
                    .map(usize::to_string)
                    .collect();
                format!(" (regels {} en {laatste})", voor.join(", "))
            }
        };
        format!(
            "{} staat {} keer in het bestand{regels}",
            self.wat,
            self.regels.len().max(2)
        )
    }
}

/// Whether the parsed traject has a repeated number (interview, quote, sessie, expert, inzicht,
/// richting, afspraak, nazorg) (cheap; no text).
pub fn heeft_dubbele(t: &Traject) -> bool {
    fn herhaald(nummers: impl Iterator<Item = u32>) -> bool {
        let mut gezien = std::collections::BTreeSet::new();
        let mut nummers = nummers;
        nummers.any(|n| !gezien.insert(n))
    }
    let mut nummers = std::collections::BTreeSet::new();
    t.interviews.iter().any(|i| {
        let mut citaten = std::collections::BTreeSet::new();
        !nummers.insert(i.nr) || i.citaten.iter().any(|c| !citaten.insert(c.nr))
    }) || t.geplande_interviews.iter().any(|g| !nummers.insert(g.nr))
        || herhaald(t.sessies.iter().map(|s| s.nr))
        || herhaald(t.expertteam.iter().map(|e| e.nr))
        || herhaald(t.synthese.iter().map(|i| i.nr))
        || herhaald(t.richtingen.iter().map(|r| r.nr))
        || herhaald(t.afspraken.iter().map(|a| a.nr))
        || t.afspraken
            .iter()
            .any(|a| herhaald(a.nazorg.iter().map(|n| n.nr)))
}

/// The repeated numbers in one list of the file: `wat` names one ("sessie 3"), `pad` the path of
/// the item at a position (`sessies[2]`).
fn herhaalde(
    nummers: impl Iterator<Item = u32>,
    ligging: &Ligging,
    wat: impl Fn(u32) -> String,
    pad: impl Fn(usize) -> String,
    uit: &mut Vec<Dubbel>,
) {
    let mut posities: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (p, nr) in nummers.enumerate() {
        posities.entry(nr).or_default().push(p);
    }
    for (nr, posities) in posities {
        if posities.len() > 1 {
            uit.push(Dubbel {
                wat: wat(nr),
                regels: posities
                    .iter()
                    .filter_map(|&p| ligging.regel(&pad(p)))
                    .collect(),
            });
        }
    }
}

/// Every repeated interview number and quote id in a traject file's text, with the lines where
/// each occurrence starts (looked up in the file's [`Ligging`] by list position: the parsed
/// lists are the file's lists, in the file's order).
pub fn in_tekst(tekst: &str, t: &Traject) -> Vec<Dubbel> {
    let ligging = Ligging::van(tekst);
    let mut uit = Vec::new();
    let mut interviews: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (positie, i) in t.interviews.iter().enumerate() {
        interviews.entry(i.nr).or_default().push(positie);
    }
    for (nr, posities) in interviews {
        if posities.len() > 1 {
            uit.push(Dubbel {
                wat: format!("duo-interview {nr}"),
                regels: posities
                    .iter()
                    .filter_map(|p| ligging.regel(&format!("interviews[{p}]")))
                    .collect(),
            });
        }
    }
    for (positie, i) in t.interviews.iter().enumerate() {
        let mut citaten: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (j, c) in i.citaten.iter().enumerate() {
            citaten.entry(c.nr).or_default().push(j);
        }
        for (nr, posities) in citaten {
            if posities.len() > 1 {
                uit.push(Dubbel {
                    wat: format!("citaat {}.{nr}", i.nr),
                    regels: posities
                        .iter()
                        .filter_map(|j| {
                            ligging.regel(&format!("interviews[{positie}].citaten[{j}]"))
                        })
                        .collect(),
                });
            }
        }
    }
    // A planned interview shares the numbers of the held ones: the same number twice among the
    // planned, or a planned one that was also recorded as held (a merge that kept the plan
    // beside the interview it became).
    herhaalde(
        t.geplande_interviews.iter().map(|g| g.nr),
        &ligging,
        |nr| format!("gepland duo-interview {nr}"),
        |p| format!("geplande_interviews[{p}]"),
        &mut uit,
    );
    for (p, g) in t.geplande_interviews.iter().enumerate() {
        if let Some(h) = t.interviews.iter().position(|i| i.nr == g.nr) {
            uit.push(Dubbel {
                wat: format!("duo-interview {} (gehouden én nog gepland)", g.nr),
                regels: [
                    ligging.regel(&format!("interviews[{h}]")),
                    ligging.regel(&format!("geplande_interviews[{p}]")),
                ]
                .into_iter()
                .flatten()
                .collect(),
            });
        }
    }
    herhaalde(
        t.sessies.iter().map(|s| s.nr),
        &ligging,
        |nr| format!("sessie {nr}"),
        |p| format!("sessies[{p}]"),
        &mut uit,
    );
    herhaalde(
        t.expertteam.iter().map(|e| e.nr),
        &ligging,
        |nr| format!("expert {nr}"),
        |p| format!("expertteam[{p}]"),
        &mut uit,
    );
    herhaalde(
        t.synthese.iter().map(|i| i.nr),
        &ligging,
        |nr| format!("inzicht {nr}"),
        |p| format!("synthese[{p}]"),
        &mut uit,
    );
    herhaalde(
        t.richtingen.iter().map(|r| r.nr),
        &ligging,
        |nr| format!("oplossingsrichting {nr}"),
        |p| format!("richtingen[{p}]"),
        &mut uit,
    );
    herhaalde(
        t.afspraken.iter().map(|a| a.nr),
        &ligging,
        |nr| format!("afspraak {nr}"),
        |p| format!("afspraken[{p}]"),
        &mut uit,
    );
    for (p, a) in t.afspraken.iter().enumerate() {
        herhaalde(
            a.nazorg.iter().map(|n| n.nr),
            &ligging,
            |nr| format!("nazorg {}.{nr}", a.nr),
            |j| format!("afspraken[{p}].nazorg[{j}]"),
            &mut uit,
        );
    }
    uit
}

/// `check`'s errors for repeated numbers.
pub fn bevindingen(tekst: &str, t: &Traject) -> Vec<Bevinding> {
    if !heeft_dubbele(t) {
        return Vec::new();
    }
    in_tekst(tekst, t)
        .into_iter()
        .map(|d| Bevinding {
            ernst: Ernst::Fout,
            tekst: format!(
                "{}; herstel de samenvoeging (git-merge) met de hand: geef er één een nieuw nummer of haal de dubbele weg",
                d.beschrijving()
            ),
        })
        .collect()
}

/// Refuses a traject whose file repeats an interview number or a quote id, naming the lines.
pub fn weiger(pad: &Path, t: &Traject) -> Result<()> {
    if !heeft_dubbele(t) {
        return Ok(());
    }
    let tekst = crate::bestand::lees_tekst(pad)?;
    let dubbele: Vec<String> = in_tekst(&tekst, t)
        .iter()
        .map(Dubbel::beschrijving)
        .collect();
    bail!(
        "{}: {}, waarschijnlijk na een mislukte git-merge; herstel het bestand met de hand (geef er één een nieuw nummer of haal de dubbele weg) en draai 'visieleer check'.",
        pad.display(),
        dubbele.join("; ")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const BESTAND: &str = "\
versie: 1
gemeenten:
- Zeewijk
vraagstuk: V
fase: luisteren
status: lopend
interviews:
- nr: 1
  datum: 2024-02-01
  toestemming: ja
  duo:
  - rol: a
    perspectief: inwoner
  - rol: b
    perspectief: beleid
  laatste_citaat: 2
  citaten:
  - nr: 1
    tekst: Een
  - nr: 1
    tekst: Twee
- nr: 1
  datum: 2024-02-02
  toestemming: ja
  duo:
  - rol: a
    perspectief: inwoner
  - rol: b
    perspectief: beleid
  laatste_citaat: 1
  citaten:
  - tekst: Drie
    nr: 1
";

    #[test]
    fn noemt_de_regels_van_dubbele_nummers() {
        let t = crate::bestand::lees(BESTAND, "zw").unwrap();
        assert!(heeft_dubbele(&t));
        let dubbele = in_tekst(BESTAND, &t);
        assert_eq!(
            dubbele,
            vec![
                Dubbel {
                    wat: "duo-interview 1".into(),
                    regels: vec![8, 22]
                },
                Dubbel {
                    wat: "citaat 1.1".into(),
                    regels: vec![18, 20]
                },
            ]
        );
        assert_eq!(
            dubbele[0].beschrijving(),
            "duo-interview 1 staat 2 keer in het bestand (regels 8 en 22)"
        );
    }
}

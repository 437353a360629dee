//! Two interviews with one number, or two quotes with one id: what a git merge leaves when two
//! moderators each added "interview 3" and the merge kept both.
//!
//! Every command finds an interview or a quote by its number and takes the first, so such a
//! file misleads: `intrekken 3` would erase one interview and leave the other in the report.
//! `intrekken` and the documents therefore refuse the file, and `check` reports it, each
//! naming the lines so the facilitator can repair the merge by hand.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Result, bail};

use crate::controle::{Bevinding, Ernst};
use crate::traject::Traject;

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

/// Whether the parsed traject has a repeated interview number or quote id (cheap; no text).
pub fn heeft_dubbele(t: &Traject) -> bool {
    let mut nummers = std::collections::BTreeSet::new();
    t.interviews.iter().any(|i| {
        let mut citaten = std::collections::BTreeSet::new();
        !nummers.insert(i.nr) || i.citaten.iter().any(|c| !citaten.insert(c.nr))
    })
}

/// Every repeated interview number and quote id in a traject file's text, with its lines.
pub fn in_tekst(tekst: &str, t: &Traject) -> Vec<Dubbel> {
    let plekken = plekken(tekst);
    let mut uit = Vec::new();
    let mut interviews: BTreeMap<u32, usize> = BTreeMap::new();
    for i in &t.interviews {
        *interviews.entry(i.nr).or_default() += 1;
    }
    for (&nr, &aantal) in &interviews {
        if aantal > 1 {
            uit.push(Dubbel {
                wat: format!("duo-interview {nr}"),
                regels: plekken
                    .interviews
                    .iter()
                    .filter(|(n, _)| *n == Some(nr))
                    .map(|(_, r)| *r)
                    .collect(),
            });
        }
    }
    for (positie, i) in t.interviews.iter().enumerate() {
        let mut citaten: BTreeMap<u32, usize> = BTreeMap::new();
        for c in &i.citaten {
            *citaten.entry(c.nr).or_default() += 1;
        }
        for (&nr, &aantal) in &citaten {
            if aantal > 1 {
                uit.push(Dubbel {
                    wat: format!("citaat {}.{nr}", i.nr),
                    regels: plekken
                        .citaten
                        .iter()
                        .filter(|(item, n, _)| *item == positie && *n == Some(nr))
                        .map(|(_, _, r)| *r)
                        .collect(),
                });
            }
        }
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
    let tekst = crate::opslag::lees_tekst(pad)?;
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

/// Where each interview and quote starts in the file, as visieleer writes it (and as people
/// indent it by hand): the interview's number, its line; the quote's interview (by position),
/// number and line.
#[derive(Default)]
struct Plekken {
    interviews: Vec<(Option<u32>, usize)>,
    citaten: Vec<(usize, Option<u32>, usize)>,
}

fn plekken(tekst: &str) -> Plekken {
    let mut p = Plekken::default();
    let mut in_interviews = false;
    let mut item_inspringing: Option<usize> = None;
    let mut in_citaten = false;
    let mut citaat_inspringing: Option<usize> = None;
    let nummer = |rest: &str| -> Option<u32> {
        rest.trim()
            .strip_prefix("nr:")
            .and_then(|n| n.trim().trim_matches(['\'', '"']).parse().ok())
    };
    for (i, regel) in tekst.lines().enumerate() {
        let regelnr = i + 1;
        let inhoud = regel.trim_start_matches(' ');
        let inspringing = regel.len() - inhoud.len();
        if inhoud.is_empty() || inhoud.starts_with('#') {
            continue;
        }
        if inspringing == 0 && !inhoud.starts_with('-') {
            in_interviews = inhoud.trim_end() == "interviews:";
            item_inspringing = None;
            in_citaten = false;
            continue;
        }
        if !in_interviews {
            continue;
        }
        let streepje = inhoud == "-" || inhoud.starts_with("- ");
        let na_streepje = inhoud.get(2..).unwrap_or("");
        if streepje && item_inspringing.is_none_or(|ii| ii == inspringing) {
            item_inspringing = Some(inspringing);
            p.interviews.push((nummer(na_streepje), regelnr));
            in_citaten = false;
            citaat_inspringing = None;
            continue;
        }
        let Some(ii) = item_inspringing else { continue };
        let Some(item) = p.interviews.len().checked_sub(1) else {
            continue;
        };
        if inspringing == ii + 2 && !streepje {
            if let Some(nr) = nummer(inhoud) {
                p.interviews[item].0 = Some(nr);
            }
            in_citaten = inhoud.trim_end() == "citaten:";
            citaat_inspringing = None;
            continue;
        }
        if !in_citaten {
            continue;
        }
        if streepje && citaat_inspringing.is_none_or(|ci| ci == inspringing) {
            citaat_inspringing = Some(inspringing);
            p.citaten.push((item, nummer(na_streepje), regelnr));
        } else if let Some(ci) = citaat_inspringing
            && inspringing == ci + 2
            && let Some(nr) = nummer(inhoud)
            && let Some(laatste) = p.citaten.last_mut()
        {
            laatste.1 = Some(nr);
        }
    }
    p
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
        let t = crate::opslag::uit_yaml(BESTAND, "zw").unwrap();
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

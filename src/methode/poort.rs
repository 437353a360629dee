//! The gates between phases: small pure functions over a traject.
//!
//! Each gate lists what is still missing, with the command that supplies it, so `volgende` and
//! `toon` can show the same checklist.

use std::collections::BTreeSet;

use crate::model::fase::Fase;
use crate::model::interview::{Interview, Perspectief};
use crate::model::sessie::SessieSoort;
use crate::model::synthese::Stap;
use crate::model::traject::Traject;

/// One requirement of a gate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eis {
    /// What must hold, in Dutch.
    pub wat: String,
    /// The command that satisfies it, with `<slug>` filled in.
    pub opdracht: String,
    pub voldaan: bool,
}

/// The gate out of a phase: its requirements and any warnings that do not block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Poort {
    pub van: Fase,
    pub eisen: Vec<Eis>,
    pub waarschuwingen: Vec<String>,
}

impl Poort {
    pub fn open_eisen(&self) -> impl Iterator<Item = &Eis> {
        self.eisen.iter().filter(|e| !e.voldaan)
    }

    pub fn staat_open(&self) -> bool {
        self.eisen.iter().all(|e| e.voldaan)
    }

    /// Where the gate leads: the next phase, or `None` for afgerond.
    pub fn naar(&self) -> Option<Fase> {
        self.van.volgende()
    }
}

fn eis(voldaan: bool, wat: impl Into<String>, opdracht: String) -> Eis {
    Eis {
        wat: wat.into(),
        opdracht,
        voldaan,
    }
}

/// What the gate out of luisteren counts in these interviews: how many may be quoted (consent
/// and at least one quote), and the perspectives heard in those. Only what may be quoted counts
/// as heard: an inwoner without consent is not in any document.
fn gehoord<'a>(
    interviews: impl IntoIterator<Item = &'a Interview>,
) -> (usize, BTreeSet<Perspectief>) {
    let mut bruikbaar = 0;
    let mut perspectieven = BTreeSet::new();
    for interview in interviews {
        if interview.heeft_toestemming() && !interview.citaten.is_empty() {
            bruikbaar += 1;
            perspectieven.extend(interview.duo.iter().map(|d| d.perspectief));
        }
    }
    (bruikbaar, perspectieven)
}

/// Whether these interviews alone would open the gate out of luisteren, for the timeline check
/// of which interviews the gate relied on (see [`crate::methode::volgorde`]).
pub fn luisteren_open<'a>(interviews: impl IntoIterator<Item = &'a Interview>) -> bool {
    let (bruikbaar, perspectieven) = gehoord(interviews);
    bruikbaar >= 2 && perspectieven.len() >= 2
}

/// The college van B&W has registered; in a traject of several gemeenten, the college of
/// each, and the requirement names the ones still missing.
fn aangemeld(traject: &Traject) -> Eis {
    let slug = traject.slug.as_str();
    let missend = traject.nog_niet_aangemeld();
    if traject.gemeenten.len() <= 1 || missend.len() == traject.gemeenten.len() {
        return eis(
            traject.aanmelding.is_some(),
            if traject.gemeenten.len() <= 1 {
                "het college van B&W heeft zich aangemeld".to_string()
            } else {
                "het college van B&W van elke gemeente heeft zich aangemeld".to_string()
            },
            format!("visieleer aanmelding {slug} --datum JJJJ-MM-DD"),
        );
    }
    let opdracht = match missend.first() {
        Some(g) => format!("visieleer aanmelding {slug} --gemeente \"{g}\" --datum JJJJ-MM-DD"),
        None => String::new(),
    };
    eis(
        missend.is_empty(),
        if missend.is_empty() {
            "het college van B&W van elke gemeente heeft zich aangemeld".to_string()
        } else {
            format!(
                "het college van B&W van elke gemeente heeft zich aangemeld (nog niet: {})",
                missend.join(", ")
            )
        },
        opdracht,
    )
}

/// The gate out of the traject's current phase.
pub fn poort(traject: &Traject) -> Poort {
    let slug = traject.slug.as_str();
    let mut waarschuwingen = Vec::new();
    let eisen = match traject.fase {
        Fase::Werving => vec![
            eis(
                !traject.vraagstuk.trim().is_empty(),
                "het vraagstuk is ingevuld",
                format!(
                    "visieleer nieuw {slug} --vraagstuk \"…\" (of vul 'vraagstuk' in het trajectbestand in)"
                ),
            ),
            aangemeld(traject),
        ],
        Fase::Starten => vec![
            eis(
                traject.sessie_gehouden(SessieSoort::Kickoff),
                "de kick-off is gehouden",
                format!("visieleer sessie {slug} kickoff --datum JJJJ-MM-DD"),
            ),
            eis(
                traject
                    .kernvraag
                    .as_deref()
                    .is_some_and(|k| !k.trim().is_empty()),
                "de kernvraag is aangescherpt",
                format!("visieleer kernvraag {slug} \"…\""),
            ),
            eis(
                !traject.expertteam.is_empty(),
                "er is minstens één expert in het expertteam",
                format!("visieleer expert {slug} \"naam\" --expertise \"…\""),
            ),
        ],
        Fase::Luisteren => {
            let (bruikbaar, perspectieven) = gehoord(&traject.interviews);
            if !perspectieven.contains(&Perspectief::Inwoner) {
                waarschuwingen.push(
                    "het perspectief 'inwoner' is nog niet gehoord in een interview met toestemming en citaten; betrek bij voorkeur ook inwoners"
                        .to_string(),
                );
            }
            vec![
                eis(
                    bruikbaar >= 2,
                    format!(
                        "minstens twee duo-interviews met toestemming en elk minstens één citaat (nu {bruikbaar})"
                    ),
                    format!(
                        "visieleer interview {slug} --duo rol:perspectief --duo rol:perspectief --toestemming ja, en daarna visieleer citaat {slug} <interview> \"…\""
                    ),
                ),
                eis(
                    perspectieven.len() >= 2,
                    format!(
                        "in die interviews samen minstens twee verschillende perspectieven (nu {})",
                        perspectieven.len()
                    ),
                    format!(
                        "visieleer interview {slug} --duo rol:perspectief --duo rol:perspectief --toestemming ja (met een ander perspectief: {})",
                        Perspectief::opsomming()
                    ),
                ),
            ]
        }
        Fase::Ontwerpen => {
            let mut eisen: Vec<Eis> = Stap::ALLE
                .iter()
                .map(|&stap| {
                    eis(
                        traject.inzichten(stap).next().is_some(),
                        format!("minstens één inzicht in de synthesestap '{stap}'"),
                        format!("visieleer synthese {slug} --stap {stap} \"…\""),
                    )
                })
                .collect();
            eisen.push(eis(
                traject.sessie_gehouden(SessieSoort::Ontwerpsessie),
                "de ontwerpsessie is gehouden",
                format!("visieleer sessie {slug} ontwerpsessie --datum JJJJ-MM-DD"),
            ));
            eisen.push(eis(
                !traject.richtingen.is_empty(),
                "er is minstens één oplossingsrichting gekozen",
                format!("visieleer richting {slug} \"…\""),
            ));
            eisen
        }
        Fase::Borgen => vec![
            eis(
                traject.sessie_gehouden(SessieSoort::Borgingsessie),
                "de borgingsessie is gehouden",
                format!("visieleer sessie {slug} borgingsessie --datum JJJJ-MM-DD"),
            ),
            eis(
                traject.evaluatie.is_some(),
                "de evaluatie is vastgelegd",
                format!(
                    "visieleer evaluatie {slug} --proces \"…\" --inzichten \"…\" --vervolg \"…\""
                ),
            ),
            eis(
                !traject.afspraken.is_empty(),
                "er is minstens één vervolgafspraak vastgelegd",
                format!("visieleer afspraak {slug} \"…\" --eigenaar \"…\" --datum JJJJ-MM-DD"),
            ),
        ],
    };
    Poort {
        van: traject.fase,
        eisen,
        waarschuwingen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::datum::Datum;
    use crate::model::interview::{Deelnemer, Interview, Toestemming};
    use crate::model::sessie::Sessie;

    fn datum() -> Datum {
        "2024-01-08".parse().unwrap()
    }

    fn traject() -> Traject {
        Traject::nieuw(
            "hoorn",
            vec!["Hoorn".into()],
            "Integraal werken".into(),
            None,
            datum(),
        )
    }

    fn interview(nr: u32, toestemming: Toestemming, a: Perspectief, b: Perspectief) -> Interview {
        let mut i = Interview::nieuw(
            nr,
            Some(datum()),
            toestemming,
            vec![
                Deelnemer {
                    rol: "een".into(),
                    perspectief: a,
                },
                Deelnemer {
                    rol: "twee".into(),
                    perspectief: b,
                },
            ],
        );
        i.voeg_citaat_toe("Iets wat gezegd is.".into(), None, Vec::new())
            .unwrap();
        i
    }

    #[test]
    fn werving_vraagt_aanmelding() {
        let mut t = traject();
        let p = poort(&t);
        assert_eq!(p.open_eisen().count(), 1);
        assert!(
            p.open_eisen()
                .next()
                .unwrap()
                .opdracht
                .starts_with("visieleer aanmelding hoorn")
        );
        t.aanmelding = Some(datum());
        assert!(poort(&t).staat_open());
    }

    #[test]
    fn starten_vraagt_gehouden_kickoff_kernvraag_en_expert() {
        let mut t = traject();
        t.fase = Fase::Starten;
        assert_eq!(poort(&t).open_eisen().count(), 3);
        t.sessies.push(Sessie {
            nr: 1,
            soort: SessieSoort::Kickoff,
            datum: Some(datum()),
            gepland: true,
            gepland_in: None,
            notitie: None,
            verslag: None,
        });
        t.kernvraag = Some("Hoe?".into());
        t.expertteam.push(crate::model::traject::Expert {
            nr: 1,
            naam: "A".into(),
            expertise: None,
        });
        assert_eq!(
            poort(&t).open_eisen().count(),
            1,
            "een geplande kick-off telt niet"
        );
        t.sessies[0].gepland = false;
        assert!(poort(&t).staat_open());
    }

    #[test]
    fn luisteren_telt_alleen_interviews_met_toestemming_en_citaten() {
        use Perspectief::*;
        let mut t = traject();
        t.fase = Fase::Luisteren;
        t.interviews
            .push(interview(1, Toestemming::JA, Uitvoering, Uitvoering));
        t.interviews
            .push(interview(2, Toestemming::NEE, Beleid, Bestuur));
        let p = poort(&t);
        assert_eq!(p.open_eisen().count(), 2);
        assert_eq!(p.waarschuwingen.len(), 1, "inwoner niet gehoord");
        t.interviews
            .push(interview(3, Toestemming::JA, Inwoner, Uitvoering));
        let p = poort(&t);
        assert!(p.staat_open());
        assert!(p.waarschuwingen.is_empty());
        t.interviews[2].citaten.clear();
        assert!(!poort(&t).staat_open());
    }

    #[test]
    fn luisteren_open_zegt_wat_de_poort_zegt() {
        use Perspectief::*;
        let mut t = traject();
        t.fase = Fase::Luisteren;
        for (nr, toestemming, a, b) in [
            (1, Toestemming::JA, Uitvoering, Uitvoering),
            (2, Toestemming::NEE, Beleid, Bestuur),
            (3, Toestemming::JA, Uitvoering, Uitvoering),
            (4, Toestemming::JA, Inwoner, Uitvoering),
        ] {
            assert_eq!(
                luisteren_open(&t.interviews),
                poort(&t).staat_open(),
                "{nr}"
            );
            t.interviews.push(interview(nr, toestemming, a, b));
        }
        assert!(luisteren_open(&t.interviews));
        assert!(!luisteren_open(t.interviews.iter().take(3)));
    }

    #[test]
    fn ontwerpen_vraagt_drie_stappen_sessie_en_richting() {
        let mut t = traject();
        t.fase = Fase::Ontwerpen;
        assert_eq!(poort(&t).open_eisen().count(), 5);
    }

    #[test]
    fn borgen_vraagt_borgingsessie_evaluatie_en_afspraak() {
        let mut t = traject();
        t.fase = Fase::Borgen;
        let p = poort(&t);
        assert_eq!(p.open_eisen().count(), 3);
        assert_eq!(p.naar(), None);
    }
}

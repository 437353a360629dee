//! The chapter on the method itself in the rode-draden report (`rode-draden --methode`): how
//! the trajecten went, not what they found. The doorlooptijd of whole trajecten against the
//! seven to ten weeks the method aims at, and per phase (median and range); how many trajecten
//! heard inwoners and which perspectives were missing; why trajecten stopped or were
//! cancelled; the evaluaties side by side; the afspraken and how their nazorg stands.
//!
//! Every figure says what it rests on, and a figure that is not recorded is called unknown,
//! by traject: a map like the nine trajecten of table 1, with hardly a date, gets a chapter
//! that says plainly what cannot be told. Like the rest of the report, the figures are about
//! the trajecten that count (running and finished); stopped and cancelled ones appear only
//! with their reasons.

use std::collections::BTreeSet;

use crate::document::landelijk::{
    DIE_MEETELLEN, alle_die_meetellen, naam, namen_van, namenlijst, telt_mee, van_mee,
};
use crate::document::{Blok, Sectie, opsomming};
use crate::model::borging::Stand;
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::interview::Perspectief;
use crate::model::sessie::SessieSoort;
use crate::model::traject::{STREEF_WEKEN_MAX, STREEF_WEKEN_MIN, Traject};
use crate::taal::{aantal, getal, hoofdletter, van_de};

/// Days as weeks in running text: whole weeks in words up to twenty, otherwise one decimal
/// with a comma ("2,5").
fn weken(dagen: f64) -> String {
    let w = (dagen / 7.0 * 10.0).round() / 10.0;
    if w.fract() == 0.0 {
        getal(w as usize)
    } else {
        format!("{w:.1}").replace('.', ",")
    }
}

/// The weeks one traject took, as its report counts them: whole weeks, in words up to twenty
/// ("vier weken", "27 weken"); a decimal is for a median, not for one traject.
fn hele_weken(dagen: i64) -> String {
    aantal((dagen.max(0) / 7) as usize, "week", "weken")
}

/// Days as weeks in a table: digits, one decimal when not whole.
fn weken_cel(dagen: f64) -> String {
    let w = (dagen / 7.0 * 10.0).round() / 10.0;
    if w.fract() == 0.0 {
        format!("{w:.0}")
    } else {
        format!("{w:.1}").replace('.', ",")
    }
}

/// The median of some numbers (the mean of the middle two for an even count).
fn mediaan(waarden: &[i64]) -> Option<f64> {
    let mut v = waarden.to_vec();
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2] as f64),
        _ => Some((v[n / 2 - 1] + v[n / 2]) as f64 / 2.0),
    }
}

/// The days a traject took from its aanmelding to its end, when both are known.
fn doorlooptijd(t: &Traject) -> Option<i64> {
    Some(t.aanmelding?.dagen_tot(t.tijdlijn.einde?).max(0))
}

/// The days a phase took, when the traject went through it completely and both its begin and
/// its end are recorded: a phase before the current one ends where the next began, borgen of
/// a finished traject ends on the end date. The phase a traject is in (or stopped in) has no
/// length yet.
pub(crate) fn faseduur(t: &Traject, fase: Fase) -> Option<i64> {
    let begin = t.tijdlijn.begin(fase)?;
    let eind = if fase < t.fase {
        t.tijdlijn.begin(fase.volgende()?)?
    } else if fase == t.fase && t.status == Status::Afgerond && fase == Fase::Borgen {
        t.tijdlijn.einde?
    } else {
        return None;
    };
    Some(begin.dagen_tot(eind).max(0))
}

/// "bleef" or "bleven", after a count.
fn ww(n: usize, enkelvoud: &'static str, meervoud: &'static str) -> &'static str {
    if n == 1 { enkelvoud } else { meervoud }
}

/// Who took part in a traject, as far as the method chapter counts it: the duo-interviews
/// held, the perspectives heard in them, and whether an inwonerssessie was held. Counted from
/// the whole traject before the rode-draden report drops the interviews it does not quote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deelname {
    pub interviews: usize,
    pub perspectieven: BTreeSet<Perspectief>,
    pub inwonerssessie: bool,
}

impl Deelname {
    pub fn van(t: &Traject) -> Deelname {
        Deelname {
            interviews: t.interviews.len(),
            perspectieven: t
                .interviews
                .iter()
                .flat_map(|i| i.duo.iter().map(|d| d.perspectief))
                .collect(),
            inwonerssessie: t.sessie_gehouden(SessieSoort::Inwonerssessie),
        }
    }
}

/// The chapter, numbered `nr`, over the trajecten of the report with who took part in each.
pub(crate) fn hoofdstuk(
    nr: usize,
    trajecten: &[(&Traject, &Deelname)],
    vandaag: Datum,
) -> Vec<Sectie> {
    let alle: Vec<&Traject> = trajecten.iter().map(|(t, _)| *t).collect();
    let mee: Vec<(&Traject, &Deelname)> = trajecten
        .iter()
        .filter(|(t, _)| telt_mee(t))
        .copied()
        .collect();
    let mut uit = vec![Sectie::nieuw(1, format!("{nr} De methode")).met(Blok::alinea(format!(
        "Dit hoofdstuk kijkt naar de methode zelf: hoe lang de trajecten duurden, wie er gehoord is, waarom trajecten stopten, wat de evaluaties zeggen en hoe het staat met de afspraken. De cijfers gaan over de {} die meetellen; wat van een traject niet is vastgelegd, staat erbij als onbekend en telt niet mee in een mediaan of een telling.",
        if mee.len() == 1 {
            "trajecten".to_string()
        } else {
            format!("{} trajecten", getal(mee.len()))
        }
    )))];
    uit.extend(doorlooptijden(nr, &mee, vandaag));
    uit.push(perspectieven(nr, &mee));
    uit.push(gestopt(nr, &alle));
    uit.push(evaluaties(nr, &mee));
    uit.push(afspraken(nr, &mee, vandaag));
    uit
}

/// The doorlooptijd of whole trajecten and of each phase.
fn doorlooptijden(nr: usize, mee: &[(&Traject, &Deelname)], vandaag: Datum) -> Vec<Sectie> {
    let mut sectie = Sectie::nieuw(2, format!("{nr}.1 Doorlooptijd"));
    let afgerond: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.status == Status::Afgerond)
        .collect();
    let bekend: Vec<(&Traject, i64)> = afgerond
        .iter()
        .filter_map(|t| Some((*t, doorlooptijd(t)?)))
        .collect();
    let onbekend: Vec<&Traject> = afgerond
        .iter()
        .copied()
        .filter(|t| doorlooptijd(t).is_none())
        .collect();
    let mut tekst = format!(
        "De methode streeft ernaar een traject in {} tot {} weken af te ronden, gerekend van de aanmelding door het college tot het einde.",
        getal(STREEF_WEKEN_MIN as usize),
        getal(STREEF_WEKEN_MAX as usize)
    );
    if afgerond.is_empty() {
        tekst.push_str(
            " Geen van de trajecten die meetellen is afgerond; de doorlooptijd van een heel traject is er daarom nog niet.",
        );
    } else if bekend.is_empty() {
        tekst.push_str(&if afgerond.len() == 1 {
            " Van het afgeronde traject zijn de aanmelding en de einddatum niet allebei vastgelegd; de doorlooptijd is daarom onbekend.".to_string()
        } else {
            format!(
                " Van geen van de {} afgeronde trajecten zijn de aanmelding en de einddatum allebei vastgelegd; de doorlooptijd is daarom onbekend.",
                getal(afgerond.len())
            )
        });
    } else {
        let dagen: Vec<i64> = bekend.iter().map(|(_, d)| *d).collect();
        let binnen = bekend
            .iter()
            .filter(|(t, _)| {
                t.doorlooptijd_weken(vandaag)
                    .is_some_and(|w| (STREEF_WEKEN_MIN..=STREEF_WEKEN_MAX).contains(&w))
            })
            .count();
        let langer = bekend
            .iter()
            .filter(|(t, _)| {
                t.doorlooptijd_weken(vandaag)
                    .is_some_and(|w| w > STREEF_WEKEN_MAX)
            })
            .count();
        let korter = bekend.len() - binnen - langer;
        let (min, max) = (
            dagen.iter().copied().min().unwrap_or_default(),
            dagen.iter().copied().max().unwrap_or_default(),
        );
        if afgerond.len() == 1 {
            tekst.push_str(&format!(
                " Het enige afgeronde traject, {}, duurde {} weken.",
                naam(bekend[0].0),
                weken(min as f64)
            ));
        } else if bekend.len() == 1 {
            tekst.push_str(&format!(
                " Van de afgeronde trajecten is alleen van {} de doorlooptijd bekend: {} weken.",
                naam(bekend[0].0),
                weken(min as f64)
            ));
        } else {
            tekst.push_str(&format!(
                " Van {} is de doorlooptijd bekend: in de mediaan {} weken, van {} tot {} weken.",
                van_de(bekend.len(), afgerond.len(), "afgeronde trajecten"),
                weken(mediaan(&dagen).unwrap_or_default()),
                weken(min as f64),
                weken(max as f64)
            ));
        }
        let mut delen = Vec::new();
        if binnen > 0 {
            delen.push(format!(
                "binnen de streeftijd {} {}",
                ww(binnen, "bleef", "bleven"),
                aantal(binnen, "traject", "trajecten")
            ));
        }
        if langer > 0 {
            delen.push(format!(
                "langer {} {}",
                ww(langer, "duurde", "duurden"),
                aantal(langer, "traject", "trajecten")
            ));
        }
        if korter > 0 {
            delen.push(format!(
                "korter {} {}",
                ww(korter, "duurde", "duurden"),
                aantal(korter, "traject", "trajecten")
            ));
        }
        if bekend.len() == 1 {
            tekst.push_str(if binnen == 1 {
                " Dat is binnen de streeftijd."
            } else if langer == 1 {
                " Dat is langer dan de streeftijd."
            } else {
                " Dat is korter dan de streeftijd."
            });
        } else {
            tekst.push_str(&format!(" {}.", hoofdletter(&opsomming(&delen))));
        }
    }
    if !onbekend.is_empty() && !bekend.is_empty() {
        tekst.push_str(&format!(
            " Van {} is de doorlooptijd onbekend: de aanmelding of de einddatum is niet vastgelegd.",
            namen_van(&onbekend)
        ));
    } else if !onbekend.is_empty() {
        tekst.push_str(&format!(" Het gaat om {}.", namen_van(&onbekend)));
    }
    let lopend: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.is_lopend())
        .collect();
    if !lopend.is_empty() {
        let delen: Vec<String> = lopend
            .iter()
            .map(|t| match t.aanmelding {
                Some(a) => format!(
                    "{} (nu {} sinds de aanmelding)",
                    naam(t),
                    hele_weken(a.dagen_tot(vandaag))
                ),
                None => format!("{} (aanmelding niet vastgelegd)", naam(t)),
            })
            .collect();
        tekst.push_str(&format!(
            " Nog niet afgerond en daarom niet meegeteld: {}.",
            namenlijst(&delen)
        ));
    }
    sectie.voeg_toe(Blok::alinea(tekst));

    let mut rijen = Vec::new();
    let mut fasen_bekend = false;
    for fase in Fase::ALLE {
        let duren: Vec<(&Traject, i64)> = mee
            .iter()
            .filter_map(|(t, _)| Some((*t, faseduur(t, fase)?)))
            .collect();
        let dagen: Vec<i64> = duren.iter().map(|(_, d)| *d).collect();
        match mediaan(&dagen) {
            Some(m) => {
                fasen_bekend = true;
                rijen.push(vec![
                    crate::taal::hoofdletter(fase.naam()),
                    dagen.len().to_string(),
                    weken_cel(m),
                    format!(
                        "{}\u{2013}{}",
                        weken_cel(*dagen.iter().min().unwrap_or(&0) as f64),
                        weken_cel(*dagen.iter().max().unwrap_or(&0) as f64)
                    ),
                ]);
            }
            None => rijen.push(vec![
                crate::taal::hoofdletter(fase.naam()),
                "0".to_string(),
                "onbekend".to_string(),
                "onbekend".to_string(),
            ]),
        }
    }
    if fasen_bekend {
        sectie.voeg_toe(Blok::Tabel {
            intro: Some(crate::document::tekst(
                "De duur per fase, in weken, over de fasen die een traject helemaal doorliep en waarvan begin en einde zijn vastgelegd: hoeveel trajecten, de mediaan en de kortste en langste duur.",
            )),
            kop: vec![
                "Fase".to_string(),
                "Trajecten".to_string(),
                "Mediaan (weken)".to_string(),
                "Kortst\u{2013}langst (weken)".to_string(),
            ],
            rijen,
        });
    } else {
        sectie.voeg_toe(Blok::alinea(
            "Van geen enkele fase zijn in de trajecten die meetellen zowel het begin als het einde vastgelegd; de duur per fase is daarom onbekend.",
        ));
    }
    let per_traject: Vec<Vec<String>> = mee
        .iter()
        .map(|(t, _)| {
            let stand = match t.status {
                Status::Afgerond => "afgerond".to_string(),
                _ => format!("loopt, in fase {}", t.fase),
            };
            let duur = match (t.status, t.aanmelding) {
                (Status::Afgerond, _) => doorlooptijd(t)
                    .map(|d| weken_cel(d as f64))
                    .unwrap_or_else(|| "onbekend".to_string()),
                (_, Some(a)) => format!("{} tot nu", weken_cel(a.dagen_tot(vandaag).max(0) as f64)),
                (_, None) => "onbekend".to_string(),
            };
            vec![naam(t), hoofdletter(&stand), duur]
        })
        .collect();
    if !per_traject.is_empty() {
        sectie.voeg_toe(Blok::Tabel {
            intro: Some(crate::document::tekst(
                "Per traject de doorlooptijd in weken, van de aanmelding tot het einde (of tot nu, voor een traject dat nog loopt).",
            )),
            kop: vec![
                "Traject".to_string(),
                "Stand".to_string(),
                "Doorlooptijd (weken)".to_string(),
            ],
            rijen: per_traject,
        });
    }
    vec![sectie]
}

/// Who was heard: inwoners, and the perspectives missing from the duo-interviews.
fn perspectieven(nr: usize, mee: &[(&Traject, &Deelname)]) -> Sectie {
    let mut sectie = Sectie::nieuw(2, format!("{nr}.2 Inwoners en perspectieven"));
    let inwoners: Vec<&Traject> = mee
        .iter()
        .filter(|(_, tel)| tel.perspectieven.contains(&Perspectief::Inwoner) || tel.inwonerssessie)
        .map(|(t, _)| *t)
        .collect();
    let met_interviews: Vec<(&Traject, &Deelname)> = mee
        .iter()
        .filter(|(_, tel)| tel.interviews > 0)
        .copied()
        .collect();
    let onbekend: Vec<&Traject> = mee
        .iter()
        .filter(|(_, tel)| tel.interviews == 0 && !tel.inwonerssessie)
        .map(|(t, _)| *t)
        .collect();
    let mut tekst = String::from(
        "De methode vraagt zoveel mogelijk perspectieven aan tafel: inwoner, uitvoering, beleid, bestuur en partners.",
    );
    if mee.is_empty() {
        tekst.push_str(" Er zijn geen trajecten die meetellen.");
    } else if onbekend.len() == mee.len() {
        tekst.push_str(&format!(
            " Van {} zijn duo-interviews of een inwonerssessie vastgelegd; of er inwoners zijn gehoord en welke perspectieven aan tafel zaten, is daarom onbekend.",
            if mee.len() == 1 {
                "het traject dat meetelt geen".to_string()
            } else {
                format!("geen van de {} {DIE_MEETELLEN}", getal(mee.len()))
            }
        ));
    } else if inwoners.is_empty() {
        tekst.push_str(&format!(
            " In geen van de {} zijn, voor zover vastgelegd, inwoners gehoord in een duo-interview of een inwonerssessie.",
            alle_die_meetellen(mee.len())
        ));
    } else {
        tekst.push_str(&format!(
            " In {} zijn inwoners gehoord, in een duo-interview of een inwonerssessie: {}.",
            van_mee(inwoners.len(), mee.len()),
            namen_van(&inwoners)
        ));
    }
    if !onbekend.is_empty() && onbekend.len() < mee.len() {
        tekst.push_str(&format!(
            " Van {} zijn geen duo-interviews vastgelegd; of daar inwoners zijn gehoord en welke perspectieven aan tafel zaten, is onbekend.",
            namen_van(&onbekend)
        ));
    }
    let mut ontbrak = Vec::new();
    for p in Perspectief::ALLE {
        let zonder = met_interviews
            .iter()
            .filter(|(_, tel)| !tel.perspectieven.contains(&p))
            .count();
        if zonder > 0 {
            ontbrak.push(format!(
                "{} in {}",
                p.naam(),
                van_de(zonder, met_interviews.len(), "trajecten met duo-interviews")
            ));
        }
    }
    if !ontbrak.is_empty() {
        tekst.push_str(&format!(
            " In de duo-interviews ontbrak het perspectief {}.",
            opsomming(&ontbrak)
        ));
    } else if !met_interviews.is_empty() {
        tekst.push_str(
            " In elk traject met duo-interviews kwamen alle perspectieven aan het woord.",
        );
    }
    sectie.voeg_toe(Blok::alinea(tekst));
    if !met_interviews.is_empty() {
        sectie.voeg_toe(Blok::Tabel {
            intro: Some(crate::document::tekst(
                "Per traject met duo-interviews: hoeveel er zijn vastgelegd, welke perspectieven erin spraken en welke ontbraken.",
            )),
            kop: vec![
                "Traject".to_string(),
                "Duo-interviews".to_string(),
                "Gehoord".to_string(),
                "Ontbrak".to_string(),
            ],
            rijen: met_interviews
                .iter()
                .map(|(t, tel)| {
                    let ontbrak: Vec<&str> = Perspectief::ALLE
                        .iter()
                        .filter(|p| !tel.perspectieven.contains(p))
                        .map(|p| p.naam())
                        .collect();
                    let gehoord: Vec<&str> = tel.perspectieven.iter().map(|p| p.naam()).collect();
                    vec![
                        naam(t),
                        tel.interviews.to_string(),
                        hoofdletter(&opsomming(&gehoord)),
                        if ontbrak.is_empty() {
                            "\u{2014}".to_string()
                        } else {
                            hoofdletter(&opsomming(&ontbrak))
                        },
                    ]
                })
                .collect(),
        });
    }
    sectie
}

/// Why trajecten stopped or were cancelled.
fn gestopt(nr: usize, alle: &[&Traject]) -> Sectie {
    let mut sectie = Sectie::nieuw(2, format!("{nr}.3 Gestopte en geannuleerde trajecten"));
    let buiten: Vec<&Traject> = alle.iter().copied().filter(|t| !telt_mee(t)).collect();
    if buiten.is_empty() {
        sectie.voeg_toe(Blok::alinea(
            "Geen van de trajecten in dit rapport is gestopt of geannuleerd.",
        ));
        return sectie;
    }
    sectie.voeg_toe(Blok::alinea(format!(
        "Van de {} in dit rapport {} {} gestopt of geannuleerd. Per traject wanneer en in welke fase, en waarom:",
        aantal(alle.len(), "traject", "trajecten"),
        ww(buiten.len(), "is", "zijn"),
        if buiten.len() == 1 {
            "er één".to_string()
        } else {
            format!("er {}", getal(buiten.len()))
        }
    )));
    sectie.voeg_toe(Blok::lijst(buiten.iter().map(|t| {
        let wanneer = t
            .tijdlijn
            .einde
            .map(|d| format!(" op {}", d.voluit()))
            .unwrap_or_default();
        let na = match (t.aanmelding, t.tijdlijn.einde) {
            (Some(a), Some(e)) => format!(", {} na de aanmelding", hele_weken(a.dagen_tot(e))),
            _ => String::new(),
        };
        let reden = match &t.reden {
            Some(r) => format!(" De reden: {}", zin(r)),
            None => " Er is geen reden vastgelegd.".to_string(),
        };
        crate::document::tekst(format!(
            "{} is{wanneer} {} in fase {}{na}.{reden}",
            naam(t),
            t.status,
            t.fase
        ))
    })));
    sectie
}

/// Text as a sentence: ending with a full stop unless it already ends with punctuation.
fn zin(tekst: &str) -> String {
    let tekst = tekst.trim();
    if tekst.ends_with(['.', '!', '?']) {
        tekst.to_string()
    } else {
        format!("{tekst}.")
    }
}

/// The evaluaties (proces, inzichten, vervolg) side by side.
fn evaluaties(nr: usize, mee: &[(&Traject, &Deelname)]) -> Sectie {
    let mut sectie = Sectie::nieuw(2, format!("{nr}.4 Evaluaties"));
    let met: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.evaluatie.is_some())
        .collect();
    let zonder_afgerond: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.evaluatie.is_none() && t.status == Status::Afgerond)
        .collect();
    let zonder_lopend: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.evaluatie.is_none() && t.is_lopend())
        .collect();
    let mut tekst = String::from(
        "Aan het eind van elk traject evalueren de betrokkenen het doorlopen proces, de opgehaalde inzichten en het vervolg.",
    );
    if met.is_empty() {
        tekst.push_str(&format!(
            " Van geen van de {} is een evaluatie vastgelegd.",
            alle_die_meetellen(mee.len())
        ));
    } else {
        tekst.push_str(&format!(
            " Van {} is een evaluatie vastgelegd; {}.",
            van_mee(met.len(), mee.len()),
            if met.len() == 1 {
                "die staat hieronder"
            } else {
                "ze staan hieronder naast elkaar"
            }
        ));
    }
    if !zonder_afgerond.is_empty() {
        tekst.push_str(&format!(
            " Van {} (afgerond) is geen evaluatie vastgelegd; wat die opleverde, is onbekend.",
            namen_van(&zonder_afgerond)
        ));
    }
    if !zonder_lopend.is_empty() {
        tekst.push_str(&format!(
            " {} {} nog; de evaluatie volgt in de fase borgen.",
            namen_van(&zonder_lopend),
            ww(zonder_lopend.len(), "loopt", "lopen")
        ));
    }
    sectie.voeg_toe(Blok::alinea(tekst));
    if !met.is_empty() {
        sectie.voeg_toe(Blok::Tabel {
            intro: None,
            kop: vec![
                "Traject".to_string(),
                "Proces".to_string(),
                "Inzichten".to_string(),
                "Vervolg".to_string(),
            ],
            rijen: met
                .iter()
                .filter_map(|t| {
                    let e = t.evaluatie.as_ref()?;
                    Some(vec![
                        naam(t),
                        e.proces.trim().to_string(),
                        e.inzichten.trim().to_string(),
                        e.vervolg.trim().to_string(),
                    ])
                })
                .collect(),
        });
    }
    sectie
}

/// The afspraken of the trajecten and how their nazorg stands.
fn afspraken(nr: usize, mee: &[(&Traject, &Deelname)], vandaag: Datum) -> Sectie {
    let mut sectie = Sectie::nieuw(2, format!("{nr}.5 Afspraken en nazorg"));
    let met: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| !t.afspraken.is_empty())
        .collect();
    let totaal: usize = met.iter().map(|t| t.afspraken.len()).sum();
    let tel = |t: &Traject, stand: Option<Stand>| {
        t.afspraken
            .iter()
            .filter(|a| a.laatste_nazorg().map(|n| n.stand) == stand)
            .count()
    };
    let mut tekst = String::from(
        "In de fase borgen maakt de gemeente afspraken voor het vervolg; in een nazorggesprek, maanden later, wordt gekeken hoe ze staan.",
    );
    if met.is_empty() {
        tekst.push_str(&format!(
            " Van geen van de {} zijn afspraken vastgelegd.",
            alle_die_meetellen(mee.len())
        ));
    } else {
        tekst.push_str(&format!(
            " In {} zijn afspraken vastgelegd, samen {}.",
            van_mee(met.len(), mee.len()),
            aantal(totaal, "afspraak", "afspraken")
        ));
        let som = |stand: Option<Stand>| met.iter().map(|t| tel(t, stand)).sum::<usize>();
        let mut delen = Vec::new();
        for (stand, woord) in [
            (Some(Stand::Gehaald), "gehaald"),
            (Some(Stand::Loopt), "lopend"),
            (Some(Stand::NietGehaald), "niet gehaald"),
            (None, "nog zonder nazorg"),
        ] {
            let n = som(stand);
            if n > 0 {
                delen.push(format!("{} {woord}", getal(n)));
            }
        }
        tekst.push_str(&format!(
            " De stand bij de laatste nazorg: {}.",
            opsomming(&delen)
        ));
        let verlopen: usize = met
            .iter()
            .flat_map(|t| t.afspraken.iter())
            .filter(|a| a.is_verlopen(vandaag))
            .count();
        if verlopen > 0 {
            tekst.push_str(&format!(
                " Bij {} is de datum voor de nazorg voorbij zonder dat er nazorg is vastgelegd.",
                aantal(verlopen, "afspraak", "afspraken")
            ));
        }
    }
    let zonder: Vec<&Traject> = mee
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| t.afspraken.is_empty() && t.status == Status::Afgerond)
        .collect();
    if !zonder.is_empty() && !met.is_empty() {
        tekst.push_str(&format!(
            " Van {} (afgerond) zijn geen afspraken vastgelegd; hoe het daar verder ging, is onbekend.",
            namen_van(&zonder)
        ));
    }
    sectie.voeg_toe(Blok::alinea(tekst));
    if !met.is_empty() {
        sectie.voeg_toe(Blok::Tabel {
            intro: None,
            kop: vec![
                "Traject".to_string(),
                "Afspraken".to_string(),
                "Gehaald".to_string(),
                "Lopend".to_string(),
                "Niet gehaald".to_string(),
                "Nog zonder nazorg".to_string(),
            ],
            rijen: met
                .iter()
                .map(|t| {
                    vec![
                        naam(t),
                        t.afspraken.len().to_string(),
                        tel(t, Some(Stand::Gehaald)).to_string(),
                        tel(t, Some(Stand::Loopt)).to_string(),
                        tel(t, Some(Stand::NietGehaald)).to_string(),
                        tel(t, None).to_string(),
                    ]
                })
                .collect(),
        });
    }
    sectie
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mediaan_van_even_en_oneven() {
        assert_eq!(mediaan(&[]), None);
        assert_eq!(mediaan(&[14, 7, 21]), Some(14.0));
        assert_eq!(mediaan(&[14, 21, 7, 28]), Some(17.5));
    }

    #[test]
    fn weken_in_woorden_of_met_een_komma() {
        assert_eq!(weken(70.0), "tien");
        assert_eq!(weken(17.5), "2,5");
        assert_eq!(weken(21.0 * 7.0), "21");
        assert_eq!(weken_cel(70.0), "10");
        assert_eq!(hele_weken(188), "26 weken");
        assert_eq!(hele_weken(32), "vier weken");
        assert_eq!(hele_weken(7), "één week");
    }
}

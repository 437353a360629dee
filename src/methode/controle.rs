//! Checks on a traject beyond what the YAML schema enforces: references, numbering, dates.

use std::collections::BTreeSet;

use crate::model::fase::{Fase, Status};
use crate::model::interview::CitaatId;
use crate::model::traject::Traject;

/// How serious a finding is: an error makes `check` fail, a warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ernst {
    Fout,
    Waarschuwing,
}

/// One problem found in a traject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bevinding {
    pub ernst: Ernst,
    pub tekst: String,
}

fn fout(tekst: String) -> Bevinding {
    Bevinding {
        ernst: Ernst::Fout,
        tekst,
    }
}

fn waarschuwing(tekst: String) -> Bevinding {
    Bevinding {
        ernst: Ernst::Waarschuwing,
        tekst,
    }
}

/// Everything that is inconsistent in a traject that parsed.
pub fn controleer(t: &Traject) -> Vec<Bevinding> {
    let mut bevindingen = Vec::new();
    if t.gemeenten.is_empty() || t.gemeenten.iter().any(|g| g.trim().is_empty()) {
        bevindingen.push(fout(
            "'gemeenten' moet minstens één gemeente noemen, zonder lege namen".into(),
        ));
    }
    if t.status == Status::Afgerond && t.fase != Fase::Borgen {
        bevindingen.push(fout(format!(
            "status afgerond past niet bij fase {}: een traject wordt afgerond vanuit borgen",
            t.fase
        )));
    }
    if t.status == Status::Lopend && t.tijdlijn.einde.is_some() {
        bevindingen.push(fout(
            "een lopend traject heeft een einddatum in 'tijdlijn'".into(),
        ));
    }
    bevindingen.extend(status_en_fase(t));
    bevindingen.extend(aanmeldingen(t));
    bevindingen.extend(gemeenten_van_delen(t));
    let mut nummers = BTreeSet::new();
    for interview in &t.interviews {
        // A repeated number is reported with its lines by `check` (see `crate::methode::dubbel`).
        nummers.insert(interview.nr);
        if interview.duo.len() != 2 {
            bevindingen.push(fout(format!(
                "duo-interview {} heeft {} deelnemers in plaats van twee",
                interview.nr,
                interview.duo.len()
            )));
        }
        let mut citaatnummers = BTreeSet::new();
        for citaat in &interview.citaten {
            let id = CitaatId {
                interview: interview.nr,
                nr: citaat.nr,
            };
            citaatnummers.insert(citaat.nr);
            if citaat.nr > interview.laatste_citaat {
                bevindingen.push(fout(format!(
                    "citaat {id} heeft een hoger nummer dan 'laatste_citaat' ({}) van interview {}",
                    interview.laatste_citaat, interview.nr
                )));
            }
            if citaat.ingetrokken {
                if !citaat.tekst.is_empty() {
                    bevindingen.push(fout(format!(
                        "citaat {id} is ingetrokken maar heeft nog tekst; wis de tekst met 'visieleer intrekken'"
                    )));
                }
                if interview.ingetrokken.is_none() {
                    bevindingen.push(fout(format!(
                        "citaat {id} is ingetrokken, maar duo-interview {} niet",
                        interview.nr
                    )));
                }
            } else if interview.ingetrokken.is_some() {
                bevindingen.push(fout(format!(
                    "de toestemming van duo-interview {} is ingetrokken, maar citaat {id} staat er nog; draai 'visieleer intrekken' opnieuw",
                    interview.nr
                )));
            } else if citaat.tekst.trim().is_empty() {
                bevindingen.push(fout(format!("citaat {id} heeft geen tekst")));
            }
            // A quote that never leaves the map is never attributed to anyone.
            if citaat.van.is_none() && !interview.gebruiken(citaat).is_leeg() {
                bevindingen.push(waarschuwing(format!(
                    "citaat {id} noemt geen spreker; documenten schrijven het toe aan het duo-interview, niet aan een van beiden. Noem de rol met 'visieleer citaat-wijzig {} {id} --van <rol>' ({})",
                    t.slug,
                    interview.rollen()
                )));
            }
            if let Some(rol) = &citaat.van
                && interview.deelnemer(rol).is_none()
            {
                bevindingen.push(fout(format!(
                    "citaat {id} is van '{rol}', maar die rol zat niet in duo-interview {}",
                    interview.nr
                )));
            }
        }
    }
    let mut inzichtnummers = BTreeSet::new();
    for interview in &t.interviews {
        // Consent per role names the roles of the duo, each once; a quote of a role it does
        // not name follows the narrowest, so nothing leaks, but the file says something else
        // than was meant.
        let rollen = interview.toestemming.rollen();
        if !rollen.is_empty() {
            let duo: Vec<String> = interview.duo.iter().map(|d| d.rol.to_lowercase()).collect();
            let genoemd: Vec<String> = rollen.iter().map(|r| r.to_lowercase()).collect();
            let hint = format!(
                "zet de toestemming per rol goed met 'visieleer toestemming {} {} rol=gebruiken …'",
                t.slug, interview.nr
            );
            if let Some(vreemd) = rollen.iter().find(|r| !duo.contains(&r.to_lowercase())) {
                bevindingen.push(fout(format!(
                    "de toestemming van duo-interview {} noemt '{vreemd}', maar die rol zat niet in het duo ({}); {hint}",
                    interview.nr,
                    interview.rollen()
                )));
            } else if let Some(mist) = interview
                .duo
                .iter()
                .find(|d| !genoemd.contains(&d.rol.to_lowercase()))
            {
                bevindingen.push(fout(format!(
                    "de toestemming van duo-interview {} noemt '{}' niet; {hint}",
                    interview.nr, mist.rol
                )));
            }
        }
        if interview.ingetrokken.is_some() && !interview.toestemming.is_nee() {
            bevindingen.push(fout(format!(
                "de toestemming van duo-interview {} is ingetrokken, maar 'toestemming' staat op ja",
                interview.nr
            )));
        }
    }
    bevindingen.extend(
        crate::methode::synthesevolgorde::afwijkingen(t)
            .into_iter()
            .map(waarschuwing),
    );
    for a in &t.afspraken {
        // Written before these were required: a warning, so the follow-up cannot stop
        // silently, but the file keeps working.
        let slug = &t.slug;
        if a.streefwaarde.is_none() {
            bevindingen.push(waarschuwing(format!(
                "afspraak {} heeft geen streefwaarde, dus het nazorggesprek weet niet waaraan het ziet dat de afspraak werkt; spreek er een af met 'visieleer afspraak-wijzig {slug} {} --streefwaarde \"…\"'",
                a.nr, a.nr
            )));
        }
        if a.datum.is_none() {
            bevindingen.push(waarschuwing(format!(
                "afspraak {} heeft geen datum, dus niemand wordt eraan herinnerd; zeg wanneer ernaar gekeken wordt met 'visieleer afspraak-wijzig {slug} {} --datum JJJJ-MM-DD'",
                a.nr, a.nr
            )));
        }
        if let Some(n) = a.laatste_nazorg()
            && n.stand == crate::model::borging::Stand::Loopt
            && n.volgende.is_none()
        {
            bevindingen.push(waarschuwing(format!(
                "nazorg {}.{} zegt dat afspraak {} loopt, maar niet wanneer er weer naar gekeken wordt; zeg het met 'visieleer nazorg-wijzig {slug} {}.{} --volgende JJJJ-MM-DD'",
                a.nr, n.nr, a.nr, a.nr, n.nr
            )));
        }
        if let Some(r) = a.richting
            && !t.richtingen.iter().any(|x| x.nr == r)
        {
            bevindingen.push(fout(format!(
                "afspraak {} werkt oplossingsrichting {r} uit, die niet bestaat; verbeter het met 'visieleer afspraak-wijzig {} {} --richting N' of --geen-richting",
                a.nr, t.slug, a.nr
            )));
        }
    }
    for inzicht in &t.synthese {
        if !inzichtnummers.insert(inzicht.nr) {
            bevindingen.push(fout(format!(
                "inzichtnummer {} komt twee keer voor",
                inzicht.nr
            )));
        }
        for verwijzing in &inzicht.citaten {
            match verwijzing.parse::<CitaatId>() {
                Ok(id) if t.citaat(id).is_some() => {}
                Ok(id) => bevindingen.push(fout(format!(
                    "inzicht {} verwijst naar citaat {id}, dat niet bestaat",
                    inzicht.nr
                ))),
                Err(_) => bevindingen.push(fout(format!(
                    "inzicht {} verwijst naar '{verwijzing}', dat geen citaat-id is (zoals 2.3)",
                    inzicht.nr
                ))),
            }
        }
    }
    bevindingen
}

/// An interview or afspraak names a gemeente of the traject: one that does not (a hand edit,
/// or a gemeente renamed since) would be left out of every rapport per gemeente.
fn gemeenten_van_delen(t: &Traject) -> Vec<Bevinding> {
    let delen = t
        .interviews
        .iter()
        .map(|i| (format!("duo-interview {}", i.nr), &i.gemeente))
        .chain(
            t.afspraken
                .iter()
                .map(|a| (format!("afspraak {}", a.nr), &a.gemeente)),
        );
    delen
        .filter_map(|(wat, gemeente)| {
            let g = gemeente.as_deref()?;
            if t.gemeenten.iter().any(|eigen| eigen == g) {
                return None;
            }
            Some(fout(format!(
                "{wat} noemt gemeente '{g}', dat niet bij de gemeenten van dit traject hoort ({}); verbeter de naam of haal de regel 'gemeente:' weg",
                t.gemeenten_tekst()
            )))
        })
        .collect()
}

/// The aanmeldingen per college belong to the traject's gemeenten, and the traject counts as
/// registered on the day the last of them did (when all did).
fn aanmeldingen(t: &Traject) -> Vec<Bevinding> {
    let mut bevindingen = Vec::new();
    if t.aanmeldingen.is_empty() {
        return bevindingen;
    }
    for gemeente in t.aanmeldingen.keys() {
        if !t.gemeenten.contains(gemeente) {
            bevindingen.push(fout(format!(
                "'aanmeldingen' noemt '{gemeente}', dat niet bij de gemeenten van dit traject hoort ({}); verbeter de naam of haal de regel weg",
                t.gemeenten_tekst()
            )));
        }
    }
    let alle = t.gemeenten.iter().all(|g| t.aanmeldingen.contains_key(g));
    let laatste = t.aanmeldingen.values().max().copied();
    match (alle, t.aanmelding) {
        (true, a) if a != laatste => bevindingen.push(fout(format!(
            "'aanmelding' moet de dag van de laatste aanmelding per college zijn ({}), zodat de doorlooptijd daar begint",
            laatste.map(|d| d.to_string()).unwrap_or_default()
        ))),
        (false, Some(_)) => bevindingen.push(fout(format!(
            "'aanmelding' staat ingevuld terwijl nog niet elk college zich heeft aangemeld (nog niet: {}); leg de ontbrekende vast met 'visieleer aanmelding {} --gemeente …'",
            t.gemeenten
                .iter()
                .filter(|g| !t.aanmeldingen.contains_key(*g))
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            t.slug
        ))),
        _ => {}
    }
    bevindingen
}

/// Whether the phase, the status, the timeline and the closing dates tell the same story.
fn status_en_fase(t: &Traject) -> Vec<Bevinding> {
    let mut bevindingen = Vec::new();
    // A record without any date (the programme as the source report gives it) is complete as
    // it is: dates a source does not give stay empty.
    let zonder_datums = t.tijdlijn == crate::model::traject::Tijdlijn::default();
    if t.status != Status::Lopend && t.tijdlijn.einde.is_none() && !zonder_datums {
        bevindingen.push(fout(format!(
            "status {} hoort bij een einddatum in 'tijdlijn', maar die ontbreekt",
            t.status
        )));
    }
    if t.tijdlijn.begin(t.fase).is_none() && t.fase != Fase::Werving && !zonder_datums {
        bevindingen.push(waarschuwing(format!(
            "het traject is in fase {}, maar 'tijdlijn' noemt niet wanneer die fase begon",
            t.fase
        )));
    }
    if t.evaluatie.is_some() && t.fase < Fase::Borgen {
        bevindingen.push(fout(format!(
            "er is een evaluatie, maar het traject is pas in fase {}: evalueren hoort bij borgen",
            t.fase
        )));
    }
    bevindingen
}

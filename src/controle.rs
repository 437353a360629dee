//! Checks on a traject beyond what the YAML schema enforces: references, numbering, dates.

use std::collections::BTreeSet;

use crate::fase::{Fase, Status};
use crate::interview::CitaatId;
use crate::traject::Traject;

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
    let mut vorige: Option<(Fase, crate::datum::Datum)> = None;
    for fase in Fase::ALLE {
        if fase > t.fase {
            if t.tijdlijn.begin(fase).is_some() {
                bevindingen.push(fout(format!(
                    "fase {fase} heeft een begindatum maar het traject is pas in fase {}",
                    t.fase
                )));
            }
            continue;
        }
        if let Some(begin) = t.tijdlijn.begin(fase) {
            if let Some((vf, vd)) = vorige
                && begin < vd
            {
                bevindingen.push(fout(format!(
                    "fase {fase} begint ({begin}) vóór fase {vf} ({vd})"
                )));
            }
            vorige = Some((fase, begin));
        }
    }
    let kickoff = t
        .sessies
        .iter()
        .filter(|s| s.soort == crate::sessie::SessieSoort::Kickoff && s.gehouden())
        .filter_map(|s| s.datum)
        .min();
    let mut nummers = BTreeSet::new();
    for interview in &t.interviews {
        if !nummers.insert(interview.nr) {
            bevindingen.push(fout(format!(
                "interviewnummer {} komt twee keer voor",
                interview.nr
            )));
        }
        if interview.duo.len() != 2 {
            bevindingen.push(fout(format!(
                "duo-interview {} heeft {} deelnemers in plaats van twee",
                interview.nr,
                interview.duo.len()
            )));
        }
        if let (Some(kick), Some(datum)) = (kickoff, interview.datum)
            && datum < kick
        {
            bevindingen.push(waarschuwing(format!(
                "duo-interview {} ({datum}) is gehouden vóór de kick-off ({kick})",
                interview.nr
            )));
        }
        let mut citaatnummers = BTreeSet::new();
        for citaat in &interview.citaten {
            let id = CitaatId {
                interview: interview.nr,
                nr: citaat.nr,
            };
            if !citaatnummers.insert(citaat.nr) {
                bevindingen.push(fout(format!("citaat-id {id} komt twee keer voor")));
            }
            if citaat.nr > interview.laatste_citaat {
                bevindingen.push(fout(format!(
                    "citaat {id} heeft een hoger nummer dan 'laatste_citaat' ({}) van interview {}",
                    interview.laatste_citaat, interview.nr
                )));
            }
            if citaat.tekst.trim().is_empty() {
                bevindingen.push(fout(format!("citaat {id} heeft geen tekst")));
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

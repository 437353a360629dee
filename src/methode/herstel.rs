//! Repairing slips: what a record is called and what depends on it, removing it (with its
//! dependents when asked), and the gates a removal or correction may not break.
//!
//! A removal keeps what protects privacy: the fingerprints of a withdrawn interview move to the
//! traject's own `vingerafdrukken`, the fingerprint of a redacted quote's original words to
//! `geredigeerd`, so removing a record never lets withdrawn or redacted words back in. And it
//! keeps numbers unique: the highest number given stays in [`crate::model::traject::Nummers`].

use std::fmt;
use std::str::FromStr;

use anyhow::{Result, bail};

use crate::model::fase::{Fase, Status};
use crate::model::interview::CitaatId;
use crate::model::traject::Traject;

/// The kinds of record `verwijder` and the `-wijzig` commands know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    Sessie,
    Interview,
    Citaat,
    Inzicht,
    Richting,
    Afspraak,
    Nazorg,
    Expert,
    Evaluatie,
}

impl Soort {
    pub const ALLE: [Soort; 9] = [
        Soort::Sessie,
        Soort::Interview,
        Soort::Citaat,
        Soort::Inzicht,
        Soort::Richting,
        Soort::Afspraak,
        Soort::Nazorg,
        Soort::Expert,
        Soort::Evaluatie,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Soort::Sessie => "sessie",
            Soort::Interview => "interview",
            Soort::Citaat => "citaat",
            Soort::Inzicht => "inzicht",
            Soort::Richting => "richting",
            Soort::Afspraak => "afspraak",
            Soort::Nazorg => "nazorg",
            Soort::Expert => "expert",
            Soort::Evaluatie => "evaluatie",
        }
    }
}

impl fmt::Display for Soort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl FromStr for Soort {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Soort, String> {
        let gezocht = tekst.trim().to_lowercase();
        let gezocht = match gezocht.as_str() {
            "duo-interview" => "interview",
            "oplossingsrichting" => "richting",
            "afspraken" => "afspraak",
            andere => andere,
        };
        Soort::ALLE
            .into_iter()
            .find(|s| s.naam() == gezocht)
            .ok_or_else(|| {
                format!(
                    "'{tekst}' is geen soort die visieleer kan verwijderen; kies uit {}",
                    Soort::ALLE.map(Soort::naam).join(", ")
                )
            })
    }
}

/// One record of a traject, by its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doel {
    Sessie(u32),
    Interview(u32),
    Citaat(CitaatId),
    Inzicht(u32),
    Richting(u32),
    Afspraak(u32),
    /// Afspraak, nazorg: `2.1`.
    Nazorg(u32, u32),
    Expert(u32),
    Evaluatie,
}

/// Reads a record's number as typed: `3`, `2.1` for a nazorg or quote, nothing (or 1) for the
/// one evaluatie.
pub fn doel(soort: Soort, nr: Option<&str>) -> Result<Doel> {
    let nr = nr.map(str::trim);
    let geheel = |tekst: Option<&str>| -> Result<u32> {
        match tekst.map(|t| t.parse::<u32>()) {
            Some(Ok(n)) if n > 0 => Ok(n),
            Some(_) => bail!(
                "'{}' is geen nummer van een {soort}; gebruik het nummer dat 'visieleer toon' laat zien, zoals 1 of 2.",
                tekst.unwrap_or_default()
            ),
            None => bail!("Geef het nummer van de {soort}; 'visieleer toon' laat de nummers zien."),
        }
    };
    let paar = |tekst: Option<&str>, voorbeeld: &str| -> Result<(u32, u32)> {
        let Some(tekst) = tekst else {
            bail!("Geef het nummer van de {soort}, zoals {voorbeeld}.");
        };
        let id: CitaatId = tekst.parse().map_err(|_| {
            anyhow::anyhow!(
                "'{tekst}' is geen nummer van een {soort}; schrijf het als {voorbeeld}."
            )
        })?;
        if id.interview == 0 || id.nr == 0 {
            bail!("'{tekst}' is geen nummer van een {soort}; visieleer nummert vanaf 1.");
        }
        Ok((id.interview, id.nr))
    };
    Ok(match soort {
        Soort::Sessie => Doel::Sessie(geheel(nr)?),
        Soort::Interview => Doel::Interview(geheel(nr)?),
        Soort::Inzicht => Doel::Inzicht(geheel(nr)?),
        Soort::Richting => Doel::Richting(geheel(nr)?),
        Soort::Afspraak => Doel::Afspraak(geheel(nr)?),
        Soort::Expert => Doel::Expert(geheel(nr)?),
        Soort::Citaat => {
            let (interview, nr) = paar(nr, "2.3 (interview 2, citaat 3)")?;
            Doel::Citaat(CitaatId { interview, nr })
        }
        Soort::Nazorg => {
            let (a, n) = paar(nr, "2.1 (afspraak 2, nazorg 1)")?;
            Doel::Nazorg(a, n)
        }
        Soort::Evaluatie => match nr {
            None | Some("1") => Doel::Evaluatie,
            Some(ander) => bail!(
                "Een traject heeft één evaluatie; laat het nummer weg (of geef 1), niet '{ander}'."
            ),
        },
    })
}

/// A record's short name, for the history: "sessie 2", "nazorg 2.1".
pub fn kort(doel: Doel) -> String {
    match doel {
        Doel::Sessie(nr) => format!("sessie {nr}"),
        Doel::Interview(nr) => format!("duo-interview {nr}"),
        Doel::Citaat(id) => format!("citaat {id}"),
        Doel::Inzicht(nr) => format!("inzicht {nr}"),
        Doel::Richting(nr) => format!("oplossingsrichting {nr}"),
        Doel::Afspraak(nr) => format!("afspraak {nr}"),
        Doel::Nazorg(a, n) => format!("nazorg {a}.{n}"),
        Doel::Expert(nr) => format!("expert {nr}"),
        Doel::Evaluatie => "evaluatie".to_string(),
    }
}

/// What a record is called in messages: "sessie 2 (kick-off, 2024-03-01)".
pub fn beschrijf(t: &Traject, doel: Doel) -> Option<String> {
    Some(match doel {
        Doel::Sessie(nr) => {
            let s = t.sessies.iter().find(|s| s.nr == nr)?;
            format!(
                "sessie {nr} ({}{}{})",
                s.soort.titel().to_lowercase(),
                s.datum.map(|d| format!(", {d}")).unwrap_or_default(),
                if s.gepland { ", gepland" } else { "" }
            )
        }
        Doel::Interview(nr) => {
            let i = t.interview(nr)?;
            let rollen: Vec<String> = i.duo.iter().map(|d| d.rol.clone()).collect();
            format!(
                "duo-interview {nr} ({}{})",
                rollen.join(" en "),
                i.datum.map(|d| format!(", {d}")).unwrap_or_default()
            )
        }
        Doel::Citaat(id) => {
            t.citaat(id)?;
            format!("citaat {id}")
        }
        Doel::Inzicht(nr) => {
            let i = t.synthese.iter().find(|i| i.nr == nr)?;
            format!("inzicht {nr} ('{}')", i.tekst)
        }
        Doel::Richting(nr) => {
            let r = t.richtingen.iter().find(|r| r.nr == nr)?;
            format!("oplossingsrichting {nr} ('{}')", r.tekst)
        }
        Doel::Afspraak(nr) => {
            let a = t.afspraken.iter().find(|a| a.nr == nr)?;
            format!("afspraak {nr} ('{}')", a.tekst)
        }
        Doel::Nazorg(a, n) => {
            let nazorg = t
                .afspraken
                .iter()
                .find(|x| x.nr == a)?
                .nazorg
                .iter()
                .find(|x| x.nr == n)?;
            format!("nazorg {a}.{n} ({}, {})", nazorg.datum, nazorg.stand)
        }
        Doel::Expert(nr) => {
            let e = t.expertteam.iter().find(|e| e.nr == nr)?;
            format!("expert {nr} ({})", e.naam)
        }
        Doel::Evaluatie => {
            t.evaluatie.as_ref()?;
            "de evaluatie".to_string()
        }
    })
}

/// Why a command that needs held interview `nr` finds none: it does not exist, or it is only
/// planned (then: how to record it as held, or to cancel it).
pub fn geen_interview(t: &Traject, nr: u32) -> String {
    let slug = &t.slug;
    if t.gepland_interview(nr).is_some() {
        format!(
            "Duo-interview {nr} van traject '{slug}' is gepland en nog niet gehouden; leg vast dat het is gehouden met 'visieleer interview {slug} --gehouden {nr} --toestemming …' (of lees de notities in), of zeg het af met 'visieleer interview-stand {slug} {nr} afgezegd'."
        )
    } else {
        format!(
            "Traject '{slug}' heeft geen duo-interview {nr}; 'visieleer interviews {slug}' toont de interviews."
        )
    }
}

/// The message for a record that is not there.
pub fn niet_gevonden(t: &Traject, doel: Doel) -> String {
    let slug = &t.slug;
    match doel {
        Doel::Sessie(nr) => {
            format!(
                "Traject '{slug}' heeft geen sessie {nr}; 'visieleer toon {slug}' toont de sessies met hun nummer."
            )
        }
        Doel::Interview(nr) => geen_interview(t, nr),
        Doel::Citaat(id) => format!(
            "Traject '{slug}' heeft geen citaat {id}; 'visieleer citaten {slug}' toont de ids."
        ),
        Doel::Inzicht(nr) => format!(
            "Traject '{slug}' heeft geen inzicht {nr}; 'visieleer rapport {slug}' toont de inzichten met hun nummers."
        ),
        Doel::Richting(nr) => format!(
            "Traject '{slug}' heeft geen oplossingsrichting {nr}; 'visieleer toon {slug}' toont de richtingen met hun nummer."
        ),
        Doel::Afspraak(nr) => format!(
            "Traject '{slug}' heeft geen afspraak {nr}; 'visieleer toon {slug}' toont de afspraken."
        ),
        Doel::Nazorg(a, n) => format!(
            "Traject '{slug}' heeft geen nazorg {a}.{n}; 'visieleer toon {slug}' toont de nazorg onder elke afspraak."
        ),
        Doel::Expert(nr) => format!(
            "Traject '{slug}' heeft geen expert {nr}; 'visieleer toon {slug}' toont het expertteam met nummers."
        ),
        Doel::Evaluatie => format!("Traject '{slug}' heeft nog geen evaluatie."),
    }
}

/// What hangs on a record: the records that belong to it or refer to it, each described.
fn afhankelijk(t: &Traject, doel: Doel) -> Vec<String> {
    let verwijzers = |id: CitaatId| {
        let id = id.to_string();
        t.synthese
            .iter()
            .filter(move |i| i.citaten.contains(&id))
            .map(|i| format!("inzicht {} ('{}')", i.nr, i.tekst))
    };
    match doel {
        Doel::Interview(nr) => {
            let Some(i) = t.interview(nr) else {
                return Vec::new();
            };
            let ids: Vec<CitaatId> = i
                .citaten
                .iter()
                .map(|c| CitaatId {
                    interview: nr,
                    nr: c.nr,
                })
                .collect();
            let mut uit = Vec::new();
            match ids.as_slice() {
                [] => {}
                [id] => uit.push(format!("citaat {id}")),
                _ => uit.push(format!(
                    "de citaten {}",
                    opsomming(&ids.iter().map(|i| i.to_string()).collect::<Vec<_>>())
                )),
            }
            for &id in &ids {
                for v in verwijzers(id) {
                    uit.push(format!("{v}, dat naar citaat {id} verwijst"));
                }
            }
            uit
        }
        Doel::Citaat(id) => verwijzers(id).collect(),
        Doel::Inzicht(nr) => t
            .richtingen
            .iter()
            .filter(|r| r.inzichten.contains(&nr))
            .map(|r| format!("oplossingsrichting {} ('{}')", r.nr, r.tekst))
            .collect(),
        Doel::Richting(nr) => t
            .afspraken
            .iter()
            .filter(|a| a.richting == Some(nr))
            .map(|a| format!("afspraak {} ('{}')", a.nr, a.tekst))
            .collect(),
        Doel::Afspraak(nr) => t
            .afspraken
            .iter()
            .find(|a| a.nr == nr)
            .map(|a| {
                a.nazorg
                    .iter()
                    .map(|n| format!("nazorg {nr}.{} ({}, {})", n.nr, n.datum, n.stand))
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Removes a record; while something depends on it, only with `met_afhankelijke` (which
/// removes those too, or the references to it). Returns the record's description and what
/// else went. The caller checks the gates (see [`gebroken_poort`]).
pub fn verwijder(
    t: &mut Traject,
    doel: Doel,
    met_afhankelijke: bool,
) -> Result<(String, Vec<String>)> {
    let Some(wat) = beschrijf(t, doel) else {
        bail!("{}", niet_gevonden(t, doel));
    };
    let ook = afhankelijk(t, doel);
    if !ook.is_empty() && !met_afhankelijke {
        let verwijst = matches!(doel, Doel::Citaat(_) | Doel::Inzicht(_) | Doel::Richting(_));
        let (werkwoord, die) = match (verwijst, ook.len() == 1) {
            (true, true) => ("verwijst ernaar", "die verwijzing"),
            (true, false) => ("verwijzen ernaar", "die verwijzingen"),
            (false, true) => ("hoort erbij", "dat"),
            (false, false) => ("horen erbij", "die"),
        };
        bail!(
            "{} wordt niet verwijderd: {} {werkwoord}. Geef --met-afhankelijke om {die} ook weg te halen.",
            hoofdletter(&wat),
            opsomming(&ook),
        );
    }
    match doel {
        Doel::Sessie(nr) => {
            t.sessies.retain(|s| s.nr != nr);
            t.nummers.sessie = t.nummers.sessie.max(nr);
        }
        Doel::Expert(nr) => {
            t.expertteam.retain(|e| e.nr != nr);
            t.nummers.expert = t.nummers.expert.max(nr);
        }
        Doel::Richting(nr) => {
            // An afspraak that carried it out stays, without the link.
            for a in t.afspraken.iter_mut().filter(|a| a.richting == Some(nr)) {
                a.richting = None;
            }
            t.richtingen.retain(|r| r.nr != nr);
            t.nummers.richting = t.nummers.richting.max(nr);
        }
        Doel::Evaluatie => t.evaluatie = None,
        Doel::Interview(nr) => {
            let positie = t.interviews.iter().position(|i| i.nr == nr).unwrap_or(0);
            let interview = &t.interviews[positie];
            if interview.ingetrokken.is_some()
                && interview.vingerafdrukken.is_empty()
                && !interview.citaten.is_empty()
            {
                bail!(
                    "Duo-interview {nr} wordt niet verwijderd: het is ingetrokken met een oudere versie van visieleer, die geen vingerafdrukken bewaarde; alleen dit interview houdt zijn notities nog tegen."
                );
            }
            let interview = t.interviews.remove(positie);
            for id in interview.citaten.iter().map(|c| CitaatId {
                interview: nr,
                nr: c.nr,
            }) {
                haal_verwijzingen_weg(t, id);
            }
            bewaar_afdrukken(t, &interview);
            t.nummers.interview = t.nummers.interview.max(nr);
        }
        Doel::Citaat(id) => {
            haal_verwijzingen_weg(t, id);
            if let Some(interview) = t.interview_mut(id.interview) {
                interview.laatste_citaat = interview.hoogste_citaatnummer();
                if let Some(p) = interview.citaten.iter().position(|c| c.nr == id.nr) {
                    let citaat = interview.citaten.remove(p);
                    if let Some(afdruk) = citaat.origineel
                        && !t.geredigeerd.contains(&afdruk)
                    {
                        t.geredigeerd.push(afdruk);
                    }
                }
            }
        }
        Doel::Inzicht(nr) => {
            for r in &mut t.richtingen {
                r.inzichten.retain(|&n| n != nr);
            }
            t.synthese.retain(|i| i.nr != nr);
            t.nummers.inzicht = t.nummers.inzicht.max(nr);
        }
        Doel::Afspraak(nr) => {
            t.afspraken.retain(|a| a.nr != nr);
            t.nummers.afspraak = t.nummers.afspraak.max(nr);
        }
        Doel::Nazorg(a, n) => {
            if let Some(afspraak) = t.afspraken.iter_mut().find(|x| x.nr == a) {
                afspraak.nazorg.retain(|x| x.nr != n);
            }
        }
    }
    Ok((wat, ook))
}

/// Takes a quote id out of every insight that cites it.
fn haal_verwijzingen_weg(t: &mut Traject, id: CitaatId) {
    let id = id.to_string();
    for inzicht in &mut t.synthese {
        inzicht.citaten.retain(|c| *c != id);
    }
}

/// Keeps the fingerprints of a removed interview in the traject itself.
fn bewaar_afdrukken(t: &mut Traject, interview: &crate::model::interview::Interview) {
    for afdruk in &interview.vingerafdrukken {
        if !t.vingerafdrukken.contains(afdruk) {
            t.vingerafdrukken.push(afdruk.clone());
        }
    }
    for afdruk in interview
        .citaten
        .iter()
        .filter_map(|c| c.origineel.as_ref())
    {
        if !t.geredigeerd.contains(afdruk) {
            t.geredigeerd.push(afdruk.clone());
        }
    }
}

/// The first gate the traject passed (going from `voor` to a later phase, or to afgerond) that
/// rested on something the change takes away: which gate, and what it would miss. A removal or
/// correction that returns one is refused.
pub fn gebroken_poort(voor: &Traject, na: &Traject) -> Option<String> {
    for fase in Fase::ALLE {
        let gepasseerd = fase < voor.fase || (fase == voor.fase && voor.status == Status::Afgerond);
        if !gepasseerd {
            continue;
        }
        let mut oud = voor.clone();
        oud.fase = fase;
        let mut nieuw = na.clone();
        nieuw.fase = fase;
        let oude_poort = crate::methode::poort::poort(&oud);
        let nieuwe_poort = crate::methode::poort::poort(&nieuw);
        if !oude_poort.staat_open() {
            // A gate passed in an older version of the rules, or by a hand edit: no change
            // made it fail.
            continue;
        }
        if let Some(eis) = nieuwe_poort.open_eisen().next() {
            let naar = fase.volgende().map(|f| f.naam()).unwrap_or("afgerond");
            return Some(format!(
                "de poort van {fase} naar {naar} rustte erop ({})",
                eis.wat
            ));
        }
    }
    None
}

pub fn hoofdletter(tekst: &str) -> String {
    let mut tekens = tekst.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// "a", "a en b", "a, b en c".
pub fn opsomming(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [voor @ .., laatste] => format!("{} en {laatste}", voor.join(", ")),
    }
}

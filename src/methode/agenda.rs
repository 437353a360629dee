//! The agenda: what the method expects next, over the whole map, by date. Each kind of item
//! has one source, a function from a traject to its items, listed in [`BRONNEN`]; a new kind
//! (as planned interviews were) is one more function in that list and nothing else: the command,
//! the text and the iCalendar file take every item alike.
//!
//! A date is as precise as it is known ([`Datering`]): a next nazorg "in maart 2025" stays a
//! month and is never given an invented day.

use crate::model::datum::{Datering, Datum};
use crate::model::fase::Status;
use crate::model::sessie::SessieSoort;
use crate::model::traject::Traject;

/// One thing on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punt {
    pub datum: Datering,
    /// The traject's slug, as commands take it.
    pub slug: String,
    /// Its gemeenten, as people know it: "Ermelo, Harderwijk en Zeewolde".
    pub traject: String,
    /// What happens, in a few words: "ontwerpsessie (gepland)".
    pub wat: String,
    /// More about it (the afspraak, its streefwaarde), or empty.
    pub toelichting: String,
    /// The item within its traject, stable while the traject keeps its numbers
    /// ("sessie-3", "afspraak-2", "nazorg-2.1"): with the slug it names the item in a calendar.
    pub sleutel: String,
}

/// A source of agenda items: every item of one kind in a traject.
pub type Bron = fn(&Traject) -> Vec<Punt>;

/// Every kind of item the agenda knows, in the order items of one day are listed.
pub const BRONNEN: &[Bron] = &[
    geplande_sessies,
    geplande_interviews,
    afspraken,
    lopende_nazorg,
    verwacht_nazorggesprek,
];

/// The agenda of some trajecten from `vanaf` (inclusive) up to `tot` (inclusive) when given:
/// an item counts when any day it can mean lies in that span. Sorted by date, then traject.
pub fn agenda(trajecten: &[Traject], vanaf: Datum, tot: Option<Datum>) -> Vec<Punt> {
    let mut punten: Vec<(usize, Punt)> = trajecten
        .iter()
        .flat_map(|t| {
            BRONNEN
                .iter()
                .enumerate()
                .flat_map(move |(i, bron)| bron(t).into_iter().map(move |p| (i, p)))
        })
        .filter(|(_, p)| {
            p.datum.laatste_dag() >= vanaf && tot.is_none_or(|tot| p.datum.eerste_dag() <= tot)
        })
        .collect();
    punten.sort_by(|(a, x), (b, y)| {
        (x.datum, &x.slug, a, &x.sleutel).cmp(&(y.datum, &y.slug, b, &y.sleutel))
    });
    punten.into_iter().map(|(_, p)| p).collect()
}

/// A stopped or cancelled traject has nothing ahead.
fn is_voorbij(t: &Traject) -> bool {
    matches!(t.status, Status::Gestopt | Status::Geannuleerd)
}

fn punt(t: &Traject, datum: Datering, wat: String, toelichting: String, sleutel: String) -> Punt {
    Punt {
        datum,
        slug: t.slug.clone(),
        traject: crate::methode::herstel::opsomming(&t.gemeenten),
        wat,
        toelichting,
        sleutel,
    }
}

/// Every planned session with a date.
fn geplande_sessies(t: &Traject) -> Vec<Punt> {
    if is_voorbij(t) {
        return Vec::new();
    }
    t.sessies
        .iter()
        .filter_map(|s| {
            Some(punt(
                t,
                s.planning()?,
                format!("{} (gepland)", s.soort.titel()),
                String::new(),
                format!("sessie-{}", s.nr),
            ))
        })
        .collect()
}

/// Every planned duo-interview with a date that was not cancelled: the duo by role (never a
/// name) and where the invitation stands.
fn geplande_interviews(t: &Traject) -> Vec<Punt> {
    if is_voorbij(t) {
        return Vec::new();
    }
    t.geplande_interviews
        .iter()
        .filter(|g| g.loopt())
        .filter_map(|g| {
            Some(punt(
                t,
                g.datum?,
                format!("duo-interview {} (gepland)", g.nr),
                format!(
                    "{}; {}",
                    g.duo_tekst(),
                    g.stand.map_or("nog niet gevraagd", |s| s.naam())
                ),
                format!("interview-{}", g.nr),
            ))
        })
        .collect()
}

/// The review date of every afspraak that has no nazorg yet.
fn afspraken(t: &Traject) -> Vec<Punt> {
    if is_voorbij(t) {
        return Vec::new();
    }
    t.afspraken
        .iter()
        .filter(|a| a.nazorg.is_empty())
        .filter_map(|a| {
            let datum = a.datum?;
            Some(punt(
                t,
                Datering::Dag(datum),
                format!("afspraak {} bespreken", a.nr),
                toelichting(a),
                format!("afspraak-{}", a.nr),
            ))
        })
        .collect()
}

/// The next moment of every afspraak whose latest nazorg says it "loopt".
fn lopende_nazorg(t: &Traject) -> Vec<Punt> {
    if is_voorbij(t) {
        return Vec::new();
    }
    t.afspraken
        .iter()
        .filter_map(|a| {
            let n = a.laatste_nazorg()?;
            let volgende = n.volgende?;
            (n.stand == crate::model::borging::Stand::Loopt).then(|| {
                punt(
                    t,
                    volgende,
                    format!("afspraak {} opnieuw bespreken (loopt)", a.nr),
                    toelichting(a),
                    format!("nazorg-{}.{}", a.nr, n.nr),
                )
            })
        })
        .collect()
}

/// The nazorggesprek an afgerond traject still expects: none held or planned, no nazorg on an
/// afspraak yet, and an afronding with a date; due within three months of it.
fn verwacht_nazorggesprek(t: &Traject) -> Vec<Punt> {
    let Some(einde) = t.tijdlijn.einde else {
        return Vec::new();
    };
    let iets = t.sessies.iter().any(|s| s.soort == SessieSoort::Nazorg)
        || t.afspraken.iter().any(|a| !a.nazorg.is_empty());
    if t.status != Status::Afgerond || iets {
        return Vec::new();
    }
    let uiterlijk = einde.plus_maanden(crate::methode::signalen::NAZORG_BINNEN_MAANDEN);
    vec![punt(
        t,
        Datering::Dag(uiterlijk),
        "nazorggesprek uiterlijk (nog niet gepland)".to_string(),
        format!(
            "Afgerond op {}; plan het met 'visieleer sessie {} nazorg --gepland --datum JJJJ-MM-DD'.",
            einde.voluit(),
            t.slug
        ),
        "nazorggesprek".to_string(),
    )]
}

fn toelichting(a: &crate::model::borging::Afspraak) -> String {
    let mut uit = format!("{} (eigenaar {})", a.tekst.trim(), a.eigenaar);
    if let Some(s) = &a.streefwaarde {
        uit.push_str(&format!("; streefwaarde: {}", s.trim()));
    }
    uit
}

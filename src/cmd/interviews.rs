//! `interviews`: the duo-interviews of a traject in one table.

use anyhow::Result;

use super::{Code, Omgeving};
use crate::model::interview::{GeplandInterview, Interview};
use crate::model::traject::Traject;

/// Toon de duo-interviews van een traject: nummer, datum, duo, moderator, toestemming, citaten en bron
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Bron is 'getypt' voor een interview dat met 'visieleer interview' is vastgelegd, en de naam van\nhet notitiebestand voor een interview uit 'visieleer notities'. De citaten zelf toont 'visieleer citaten'.\nZijn er interviews gepland, dan staan plan en resultaat naast elkaar (kolom Plan) en volgt\nwelke perspectieven gehoord, gepland of nog open zijn.\n\nVoorbeeld:\n  visieleer interviews hoorn"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
}

const KOP: [&str; 7] = [
    "Nr",
    "Datum",
    "Duo (rol en perspectief)",
    "Moderator",
    "Toestemming",
    "Citaten",
    "Bron",
];

fn cellen(interview: &Interview) -> [String; 7] {
    let toestemming = match interview.ingetrokken {
        Some(datum) => format!("ingetrokken op {datum}"),
        None => interview.toestemming.to_string(),
    };
    let citaten = interview.citaten.iter().filter(|c| !c.ingetrokken).count();
    [
        interview.nr.to_string(),
        interview
            .datum
            .map(|d| d.to_string())
            .unwrap_or_else(|| "—".into()),
        interview
            .duo
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        interview.moderator.clone().unwrap_or_else(|| "—".into()),
        toestemming,
        citaten.to_string(),
        interview
            .bron
            .as_deref()
            .map(|b| format!("notities {b}"))
            .unwrap_or_else(|| "getypt".into()),
    ]
}

/// A planned interview's row, in the table with the Plan column.
fn geplande_cellen(g: &GeplandInterview) -> [String; 8] {
    [
        g.nr.to_string(),
        g.datum.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
        g.duo
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        g.moderator.clone().unwrap_or_else(|| "—".into()),
        "—".into(),
        "—".into(),
        "—".into(),
        format!(
            "gepland, {}",
            g.stand.map(|s| s.naam()).unwrap_or("nog niet gevraagd")
        ),
    ]
}

/// The interviews in one table by number: held ones, and when the traject has a planning
/// also the planned ones with a Plan column (plan and result side by side); a regional traject
/// shows where each interview was held ("hele regio": the whole region).
fn tabel(traject: &Traject, omg: &mut Omgeving) {
    let regionaal = traject.is_regionaal();
    let planning = traject.heeft_planning();
    let mut kop: Vec<&str> = KOP.to_vec();
    if regionaal {
        kop.insert(2, "Gemeente");
    }
    if planning {
        kop.push("Plan");
    }
    let mut rijen: Vec<(u32, Vec<String>)> = traject
        .interviews
        .iter()
        .map(|i| {
            let mut rij = cellen(i).to_vec();
            if regionaal {
                rij.insert(2, i.gemeente.clone().unwrap_or_else(|| "hele regio".into()));
            }
            if planning {
                rij.push(match &i.plan {
                    Some(p) => format!(
                        "gepland {}",
                        p.datum
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "zonder datum".into())
                    ),
                    None => "—".into(),
                });
            }
            (i.nr, rij)
        })
        .chain(traject.geplande_interviews.iter().map(|g| {
            let mut rij = geplande_cellen(g).to_vec();
            if regionaal {
                rij.insert(2, g.gemeente.clone().unwrap_or_else(|| "hele regio".into()));
            }
            (g.nr, rij)
        }))
        .collect();
    rijen.sort_by_key(|(nr, _)| *nr);
    let mut tabel = crate::scherm::tabel(KOP);
    tabel.set_header(kop);
    for (_, rij) in rijen {
        tabel.add_row(rij);
    }
    omg.regel(crate::scherm::als_tekst(tabel));
    if planning {
        omg.regel(crate::document::toon::dekking_zin(traject));
    }
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let traject = omg.map.lees(&args.slug)?;
    if traject.interviews.is_empty() && !traject.heeft_planning() {
        omg.regel(format!(
            "Traject '{}' heeft nog geen duo-interviews; leg er een vast met 'visieleer interview {} --duo rol:perspectief --duo rol:perspectief --toestemming ja' of lees notities in met 'visieleer notities'.",
            traject.slug, traject.slug
        ));
        return Ok(0);
    }
    tabel(&traject, omg);
    if traject.interviews.is_empty() {
        return Ok(0);
    }
    let zonder = traject
        .interviews
        .iter()
        .filter(|i| !i.heeft_toestemming() || i.ingetrokken.is_some())
        .count();
    let beperkt = traject
        .interviews
        .iter()
        .filter(|i| {
            i.heeft_toestemming()
                && i.toestemming.smalste() != crate::model::interview::Gebruiken::ALLE
        })
        .count();
    if beperkt > 0 {
        omg.regel(format!(
            "Citaten uit {beperkt} {} met toestemming voor een deel komen alleen in wat de toestemming noemt: rapport (borgingsrapport), kaartjes, landelijk (rode draden), onderzoek (CSV, Excel, qdpx, JSON); 'visieleer citaten {}' toont het per citaat.",
            if beperkt == 1 { "interview" } else { "interviews" },
            traject.slug
        ));
    }
    if zonder > 0 {
        omg.regel(format!(
            "Citaten uit interviews zonder toestemming komen in geen enkel document ({zonder} van {} interviews).",
            traject.interviews.len()
        ));
    }
    Ok(0)
}

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

/// The table with plan and result side by side: every interview, held or planned, by number.
fn met_planning(traject: &Traject, omg: &mut Omgeving) {
    let [a, b, c, d, e, f, g] = KOP;
    let kop = [a, b, c, d, e, f, g, "Plan"];
    let mut rijen: Vec<(u32, [String; 8])> = traject
        .interviews
        .iter()
        .map(|i| {
            let [a, b, c, d, e, f, g] = cellen(i);
            let plan = match &i.plan {
                Some(p) => format!(
                    "gepland {}",
                    p.datum
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "zonder datum".into())
                ),
                None => "—".into(),
            };
            (i.nr, [a, b, c, d, e, f, g, plan])
        })
        .chain(
            traject
                .geplande_interviews
                .iter()
                .map(|g| (g.nr, geplande_cellen(g))),
        )
        .collect();
    rijen.sort_by_key(|(nr, _)| *nr);
    let mut tabel = crate::scherm::tabel(kop);
    for (_, rij) in rijen {
        tabel.add_row(rij);
    }
    omg.regel(crate::scherm::als_tekst(tabel));
    omg.regel(crate::document::toon::dekking_zin(traject));
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let traject = omg.map.lees(&args.slug)?;
    if traject.heeft_planning() {
        met_planning(&traject, omg);
        if traject.interviews.is_empty() {
            return Ok(0);
        }
    } else if traject.interviews.is_empty() {
        omg.regel(format!(
            "Traject '{}' heeft nog geen duo-interviews; leg er een vast met 'visieleer interview {} --duo rol:perspectief --duo rol:perspectief --toestemming ja' of lees notities in met 'visieleer notities'.",
            traject.slug, traject.slug
        ));
        return Ok(0);
    }
    if !traject.heeft_planning() {
        let mut tabel = crate::scherm::tabel(KOP);
        for interview in &traject.interviews {
            tabel.add_row(cellen(interview));
        }
        omg.regel(crate::scherm::als_tekst(tabel));
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

//! `interviews`: the duo-interviews of a traject in one table.

use anyhow::Result;

use super::{Code, Omgeving};
use crate::model::interview::Interview;

/// Toon de duo-interviews van een traject: nummer, datum, duo, moderator, toestemming, citaten en bron
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Bron is 'getypt' voor een interview dat met 'visieleer interview' is vastgelegd, en de naam van\nhet notitiebestand voor een interview uit 'visieleer notities'. De citaten zelf toont 'visieleer citaten'.\n\nVoorbeeld:\n  visieleer interviews hoorn"
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

fn cellen(interview: &Interview) -> Vec<String> {
    let toestemming = match interview.ingetrokken {
        Some(datum) => format!("ingetrokken op {datum}"),
        None => interview.toestemming.to_string(),
    };
    let citaten = interview.citaten.iter().filter(|c| !c.ingetrokken).count();
    vec![
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

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let traject = omg.map.lees(&args.slug)?;
    if traject.interviews.is_empty() {
        omg.regel(format!(
            "Traject '{}' heeft nog geen duo-interviews; leg er een vast met 'visieleer interview {} --duo rol:perspectief --duo rol:perspectief --toestemming ja' of lees notities in met 'visieleer notities'.",
            traject.slug, traject.slug
        ));
        return Ok(0);
    }
    // A regional traject shows where each interview was held (empty: the whole region).
    let regionaal = traject.is_regionaal();
    let mut tabel = crate::scherm::tabel(KOP);
    if regionaal {
        let mut kop = KOP.to_vec();
        kop.insert(2, "Gemeente");
        tabel.set_header(kop);
    }
    for interview in &traject.interviews {
        let mut rij = cellen(interview);
        if regionaal {
            rij.insert(
                2,
                interview
                    .gemeente
                    .clone()
                    .unwrap_or_else(|| "hele regio".into()),
            );
        }
        tabel.add_row(rij);
    }
    omg.regel(crate::scherm::als_tekst(tabel));
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

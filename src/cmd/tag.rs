use anyhow::{Result, anyhow};

use super::{Code, Omgeving};
use crate::luisteren::citaten::{citaat_mut, lees_ids};
use crate::luisteren::codeboek::Codeboek;

/// Geef een of meer citaten in één keer extra tags (coderen na de interviews)
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Tags die een citaat al heeft blijven staan; 'visieleer codeboek' toont alle tags.

Voorbeeld:
  visieleer tag hoorn 1.1 1.3 2.2 --tag rust-en-regie --tag handelingsruimte")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Ids van citaten (zoals 2.3)
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// De tag om toe te voegen; herhaal voor meer tags
    #[arg(long, required = true, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let ids = lees_ids(&args.ids)?;
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let tags = boek
        .controleer_alle(&args.tag)
        .map_err(|f| anyhow!("--tag: {f}"))?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let gewijzigd = omg.wijzig(&args.slug, |t| {
        let mut gewijzigd = 0;
        for &id in &ids {
            let (interview, positie) = citaat_mut(t, id)?;
            let citaat = &mut interview.citaten[positie];
            let nieuw: Vec<String> = tags
                .iter()
                .filter(|tag| !citaat.tags.contains(tag))
                .cloned()
                .collect();
            if !nieuw.is_empty() {
                citaat.tags.extend(nieuw.iter().cloned());
                gewijzigd += 1;
                interview.noteer(datum, format!("citaat {id} getagd: {}", nieuw.join(", ")));
            }
        }
        Ok(gewijzigd)
    })?;
    omg.regel(format!(
        "{} van {} {} getagd met {}.",
        gewijzigd,
        ids.len(),
        if ids.len() == 1 { "citaat" } else { "citaten" },
        tags.iter()
            .map(|t| format!("#{t}"))
            .collect::<Vec<_>>()
            .join(" ")
    ));
    Ok(0)
}

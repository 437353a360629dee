//! `interview-stand`: where the invitation of a planned duo-interview stands.

use anyhow::{Result, anyhow};

use super::interview::geen_plan;
use super::{Code, Omgeving};
use crate::model::interview::Uitnodiging;

/// Houd bij hoe de uitnodiging voor een gepland duo-interview staat: gevraagd, toegezegd of afgezegd
#[derive(clap::Args, Debug)]
#[command(after_help = "\
gevraagd: het duo is uitgenodigd; toegezegd: beiden komen; afgezegd: het interview gaat niet
door (het telt dan niet meer als gepland en geeft geen signaal meer). Alleen rollen, nooit
namen. Elke wijziging staat in de historie; 'visieleer ongedaan' zet haar terug.

Voorbeeld:
  visieleer interview-stand hoorn 3 gevraagd
  visieleer interview-stand hoorn 3 toegezegd")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het geplande duo-interview
    pub nr: String,
    /// gevraagd, toegezegd of afgezegd
    #[arg(value_name = "STAND")]
    pub stand: String,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nr = super::interviewnummer(&args.nr)?;
    let stand: Uitnodiging = args.stand.parse().map_err(|_: String| {
        anyhow!(
            "'{}' is geen stand van een uitnodiging; kies gevraagd, toegezegd of afgezegd.",
            args.stand.trim()
        )
    })?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let veranderd = omg.wijzig(&args.slug, |t| {
        let plan = t
            .geplande_interviews
            .iter()
            .position(|g| g.nr == nr)
            .ok_or_else(|| geen_plan(t, nr))?;
        if t.geplande_interviews[plan].stand == Some(stand) {
            return Ok(false);
        }
        t.geplande_interviews[plan].stand = Some(stand);
        t.noteer(datum, format!("gepland duo-interview {nr}: {stand}"));
        Ok(true)
    })?;
    omg.regel(if veranderd {
        format!("Gepland duo-interview {nr}: {stand}.")
    } else {
        format!("Gepland duo-interview {nr} stond al op {stand}; er is niets veranderd.")
    });
    Ok(0)
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::model::traject::Expert;

/// Voeg een lid toe aan het expertteam
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer expert hoorn \"Renate Richters\" \\\n    --expertise \"toegang en lokale teams\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Naam van de expert
    pub naam: String,
    /// Waar de expert deskundig in is
    #[arg(long, value_name = "TEKST")]
    pub expertise: Option<String>,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let naam = naam("De naam van de expert", &args.naam)?;
    let expertise = args
        .expertise
        .as_deref()
        .map(|e| tekst("--expertise", e))
        .transpose()?;
    let vandaag = omg.historiedatum(args.datum.as_deref())?;
    let aantal = omg.wijzig(&args.slug, |t| {
        if t.expertteam
            .iter()
            .any(|e| e.naam.to_lowercase() == naam.to_lowercase())
        {
            bail!("{naam} staat al in het expertteam van '{}'.", t.slug);
        }
        let nr = t.volgend_expertnummer()?;
        t.expertteam.push(Expert {
            nr,
            naam: naam.clone(),
            expertise,
        });
        t.noteer(
            vandaag,
            format!("expert {naam} toegevoegd aan het expertteam"),
        );
        Ok(t.expertteam.len())
    })?;
    omg.regel(format!(
        "{naam} toegevoegd aan het expertteam ({aantal} in totaal)."
    ));
    Ok(0)
}

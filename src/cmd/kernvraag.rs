use anyhow::Result;

use super::{Code, Omgeving, tekst};

/// Leg de aangescherpte kernvraag vast (na de kick-off)
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer kernvraag hoorn \\\n    \"Hoe maken we van de toegang één herkenbare voordeur?\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De kernvraag
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let kernvraag = tekst("De kernvraag", &args.tekst)?;
    let vandaag = omg.historiedatum(args.datum.as_deref())?;
    omg.wijzig(&args.slug, |t| {
        if t.kernvraag.as_deref() != Some(kernvraag.as_str()) {
            let wat = if t.kernvraag.is_some() {
                "kernvraag gewijzigd"
            } else {
                "kernvraag vastgelegd"
            };
            t.kernvraag = Some(kernvraag.clone());
            t.noteer(vandaag, wat);
        }
        Ok(())
    })?;
    omg.regel("Kernvraag vastgelegd.");
    Ok(0)
}

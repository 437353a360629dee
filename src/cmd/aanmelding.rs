use anyhow::Result;

use super::{Code, Omgeving};

/// Leg vast dat het college van B&W zich heeft aangemeld
#[derive(clap::Args, Debug)]
#[command(after_help = "Voorbeeld:\n  visieleer aanmelding hoorn --datum 2024-01-15")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Datum van de aanmelding (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let datum = omg.datum(args.datum.as_deref())?;
    omg.wijzig(&args.slug, |t| {
        if t.aanmelding != Some(datum) {
            t.aanmelding = Some(datum);
            t.noteer(datum, "aanmelding door het college van B&W vastgelegd");
        }
        Ok(())
    })?;
    omg.regel(format!(
        "Aanmelding door het college van B&W vastgelegd op {}. De doorlooptijd telt vanaf deze datum.",
        datum.voluit()
    ));
    Ok(0)
}

//! `stop` and `annuleer`: a traject ends before it is finished.

use anyhow::Result;

use super::{Code, Omgeving, tekst};
use crate::model::fase::Status;

/// Stop een traject tussentijds (status gestopt)
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer stop oldenzaal \\\n    --reden \"gewijzigde timing en voortschrijdend inzicht\""
)]
pub struct StopArgs {
    /// Het traject
    pub slug: String,
    /// Waarom het traject stopt
    #[arg(long, value_name = "TEKST")]
    pub reden: String,
    /// Datum (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// Annuleer een traject (status geannuleerd)
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer annuleer westland \\\n    --reden \"versnipperde verantwoordelijkheden eerst intern beleggen\""
)]
pub struct AnnuleerArgs {
    /// Het traject
    pub slug: String,
    /// Waarom het traject niet doorgaat
    #[arg(long, value_name = "TEKST")]
    pub reden: String,
    /// Datum (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn stop(args: StopArgs, omg: &mut Omgeving) -> Result<Code> {
    beeindig(
        omg,
        &args.slug,
        &args.reden,
        args.datum.as_deref(),
        Status::Gestopt,
    )
}

pub fn annuleer(args: AnnuleerArgs, omg: &mut Omgeving) -> Result<Code> {
    beeindig(
        omg,
        &args.slug,
        &args.reden,
        args.datum.as_deref(),
        Status::Geannuleerd,
    )
}

fn beeindig(
    omg: &mut Omgeving,
    slug: &str,
    reden: &str,
    datum: Option<&str>,
    status: Status,
) -> Result<Code> {
    let reden = tekst("--reden", reden)?;
    let datum = omg.datum(datum)?;
    omg.wijzig(slug, |t| {
        t.status = status;
        t.reden = Some(reden.clone());
        t.tijdlijn.einde = Some(datum);
        t.noteer(
            datum,
            format!("traject {status} in fase {}: {reden}", t.fase),
        );
        Ok(())
    })?;
    omg.regel(format!("Traject '{slug}' is {status}. Het blijft zichtbaar in het overzicht maar kan niet meer worden gewijzigd, tot u het heropent met 'visieleer heropen {slug} --reden \"…\"'."));
    Ok(0)
}

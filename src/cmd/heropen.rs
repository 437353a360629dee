//! `heropen`: undo a stop, a cancellation or an afronding.

use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::model::fase::Status;

/// Heropen een gestopt, geannuleerd of afgerond traject, in de fase waarin het was
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Het traject loopt daarna weer in dezelfde fase; de einddatum vervalt en de historie noemt\nwanneer en waarom het is heropend. Een heropend afgerond traject rondt u opnieuw af met 'visieleer volgende'.\n\nVoorbeeld:\n  visieleer heropen oldenzaal \\\n    --reden \"de gemeente pakt het traject na de zomer weer op\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Waarom het traject weer opengaat
    #[arg(long, value_name = "TEKST")]
    pub reden: String,
    /// Datum (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let reden = tekst("--reden", &args.reden)?;
    let datum = omg.datum(args.datum.as_deref())?;
    let (was, fase) = omg.map.wijzig(&args.slug, |t| {
        let was = t.status;
        if was == Status::Lopend {
            bail!(
                "Traject '{}' loopt nog (fase {}); er is niets te heropenen.",
                t.slug,
                t.fase
            );
        }
        if let Some(einde) = t.tijdlijn.einde
            && datum < einde
        {
            bail!(
                "De datum {datum} ligt vóór de dag waarop traject '{}' {was} is ({einde}); geef --datum {einde} of later.",
                t.slug
            );
        }
        t.status = Status::Lopend;
        t.reden = None;
        t.tijdlijn.einde = None;
        t.noteer(
            datum,
            format!("traject heropend in fase {} (was {was}): {reden}", t.fase),
        );
        Ok((was, t.fase))
    })?;
    omg.regel(format!(
        "Traject '{}' was {was} en loopt weer, in fase {fase} ({} van 5).",
        args.slug,
        fase.nummer()
    ));
    Ok(0)
}

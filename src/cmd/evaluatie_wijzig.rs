use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::methode::herstel::Doel;

/// Verbeter de evaluatie: het proces, de inzichten, het vervolg of de datum
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Een traject heeft één evaluatie, dus geen nummer. Alleen wat je geeft verandert.
'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer evaluatie-wijzig hoorn --vervolg \"Pilot in drie wijken\"")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Hoe het proces is verlopen
    #[arg(long, value_name = "TEKST")]
    pub proces: Option<String>,
    /// Welke inzichten zijn opgehaald
    #[arg(long, value_name = "TEKST")]
    pub inzichten: Option<String>,
    /// Wat het vervolg is
    #[arg(long, value_name = "TEKST")]
    pub vervolg: Option<String>,
    /// De juiste datum van de evaluatie (JJJJ-MM-DD)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if args.proces.is_none()
        && args.inzichten.is_none()
        && args.vervolg.is_none()
        && args.datum.is_none()
    {
        bail!("Zeg wat er verandert: --proces, --inzichten, --vervolg of --datum; zie --help.");
    }
    let proces = args
        .proces
        .as_deref()
        .map(|p| tekst("--proces", p))
        .transpose()?;
    let inzichten = args
        .inzichten
        .as_deref()
        .map(|p| tekst("--inzichten", p))
        .transpose()?;
    let vervolg = args
        .vervolg
        .as_deref()
        .map(|p| tekst("--vervolg", p))
        .transpose()?;
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.corrigeer(&args.slug, Doel::Evaluatie, false, vandaag, |t| {
        let evaluatie = t.evaluatie.as_mut().expect("corrigeer vond de evaluatie");
        if let Some(p) = proces {
            evaluatie.proces = p;
        }
        if let Some(i) = inzichten {
            evaluatie.inzichten = i;
        }
        if let Some(v) = vervolg {
            evaluatie.vervolg = v;
        }
        if datum.is_some() {
            evaluatie.datum = datum;
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        "Evaluatie gewijzigd."
    } else {
        "De evaluatie was al zo; er is niets veranderd."
    });
    Ok(0)
}

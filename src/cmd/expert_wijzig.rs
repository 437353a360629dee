use anyhow::{Result, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::methode::herstel::{Doel, Soort, doel};

/// Verbeter een lid van het expertteam: de naam of de expertise
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het nummer staat in 'visieleer toon' (Expertteam). 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer expert-wijzig hoorn 1 --naam \"Renate Richters\"
  visieleer expert-wijzig hoorn 1 --expertise \"toegang en lokale teams\"")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de expert
    pub nr: String,
    /// De juiste naam van de expert
    #[arg(long, value_name = "NAAM")]
    pub naam: Option<String>,
    /// Waar de expert deskundig in is
    #[arg(long, value_name = "TEKST", conflicts_with = "geen_expertise")]
    pub expertise: Option<String>,
    /// Er staat geen expertise meer bij
    #[arg(long)]
    pub geen_expertise: bool,
    /// Datum voor de historie (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Expert, Some(&args.nr))?;
    let Doel::Expert(nr) = doel else {
        unreachable!("doel(Expert) geeft een expert")
    };
    if args.naam.is_none() && args.expertise.is_none() && !args.geen_expertise {
        bail!("Zeg wat er verandert: --naam, --expertise of --geen-expertise; zie --help.");
    }
    let nieuwe_naam = args
        .naam
        .as_deref()
        .map(|n| naam("De naam van de expert", n))
        .transpose()?;
    let expertise = args
        .expertise
        .as_deref()
        .map(|e| tekst("--expertise", e))
        .transpose()?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let gewijzigd = omg.corrigeer(&args.slug, doel, false, datum, |t| {
        if let Some(n) = &nieuwe_naam
            && let Some(ander) = t
                .expertteam
                .iter()
                .find(|e| e.nr != nr && e.naam.to_lowercase() == n.to_lowercase())
        {
            bail!(
                "{n} staat al in het expertteam van '{}' (expert {}).",
                t.slug,
                ander.nr
            );
        }
        let expert = t
            .expertteam
            .iter_mut()
            .find(|e| e.nr == nr)
            .expect("corrigeer vond de expert");
        if let Some(n) = nieuwe_naam {
            expert.naam = n;
        }
        if expertise.is_some() {
            expert.expertise = expertise;
        }
        if args.geen_expertise {
            expert.expertise = None;
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Expert {nr} gewijzigd.")
    } else {
        format!("Expert {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

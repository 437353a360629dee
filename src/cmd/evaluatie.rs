use anyhow::Result;

use super::{Code, Omgeving, tekst};
use crate::model::traject::Evaluatie;

/// Leg de evaluatie vast: het proces, de opgehaalde inzichten en het vervolg
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer evaluatie hoorn --proces \"Strak gepland\" \\\n    --inzichten \"Inwoners zoeken één deur\" \\\n    --vervolg \"Pilot in twee wijken\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Hoe het proces is verlopen
    #[arg(long, value_name = "TEKST")]
    pub proces: String,
    /// Welke inzichten zijn opgehaald
    #[arg(long, value_name = "TEKST")]
    pub inzichten: String,
    /// Wat het vervolg is
    #[arg(long, value_name = "TEKST")]
    pub vervolg: String,
    /// Datum van de evaluatie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let vandaag = omg.datum(args.datum.as_deref())?;
    crate::methode::vastleggen::niet_in_de_toekomst("de evaluatie", vandaag, omg.vandaag, None)
        .map_err(|f| anyhow::anyhow!("{f}"))?;
    let evaluatie = Evaluatie {
        datum: Some(vandaag),
        proces: tekst("--proces", &args.proces)?,
        inzichten: tekst("--inzichten", &args.inzichten)?,
        vervolg: tekst("--vervolg", &args.vervolg)?,
    };
    omg.wijzig(&args.slug, |t| {
        if t.fase != crate::model::fase::Fase::Borgen {
            anyhow::bail!(
                "Traject '{}' is in fase {}; de evaluatie hoort bij de fase borgen, na de borgingsessie.",
                t.slug,
                t.fase
            );
        }
        let zelfde = t.evaluatie.as_ref().is_some_and(|e| {
            (&e.proces, &e.inzichten, &e.vervolg)
                == (&evaluatie.proces, &evaluatie.inzichten, &evaluatie.vervolg)
        });
        if !zelfde {
            let wat = if t.evaluatie.is_some() {
                "evaluatie gewijzigd"
            } else {
                "evaluatie vastgelegd"
            };
            t.evaluatie = Some(evaluatie);
            t.noteer(vandaag, wat);
        }
        Ok(())
    })?;
    omg.regel("Evaluatie vastgelegd.");
    Ok(0)
}

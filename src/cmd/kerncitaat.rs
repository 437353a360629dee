use anyhow::Result;

use super::{Code, Omgeving};
use crate::luisteren::citaten::{citaat_mut, lees_ids};

/// Markeer citaten als kerncitaat: de eindrapportage citeert ze in de hoofdtekst
#[derive(clap::Args, Debug)]
#[command(after_help = "\
De eindrapportage citeert kerncitaten in de hoofdtekst en de andere citaten in een bijlage.
Zolang in een traject geen enkel citaat gemarkeerd is, telt elk citaat als kerncitaat.

Voorbeeld:
  visieleer kerncitaat hoorn 1.2 2.1
  visieleer kerncitaat hoorn 2.1 --uit")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Ids van citaten (zoals 2.3)
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Haal de markering weg
    #[arg(long)]
    pub uit: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let ids = lees_ids(&args.ids)?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let kern = !args.uit;
    omg.wijzig(&args.slug, |t| {
        for &id in &ids {
            let (interview, positie) = citaat_mut(t, id)?;
            if interview.citaten[positie].kern != kern {
                interview.citaten[positie].kern = kern;
                interview.noteer(
                    datum,
                    if kern {
                        format!("citaat {id} gemarkeerd als kerncitaat")
                    } else {
                        format!("citaat {id} niet langer kerncitaat")
                    },
                );
            }
        }
        Ok(())
    })?;
    let lijst = ids.iter().map(|i| i.to_string()).collect::<Vec<_>>();
    omg.regel(format!(
        "{} {}: {}.",
        if lijst.len() == 1 {
            "Citaat"
        } else {
            "Citaten"
        },
        if kern {
            "gemarkeerd als kerncitaat"
        } else {
            "niet langer kerncitaat"
        },
        lijst.join(", ")
    ));
    Ok(0)
}

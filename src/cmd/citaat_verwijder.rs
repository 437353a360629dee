use anyhow::{Result, bail};

use super::{Code, Omgeving};
use crate::luisteren::citaten::{citaat_mut, lees_ids, verwijzend_inzicht};

/// Verwijder citaten; geweigerd als een inzicht van de synthese ernaar verwijst
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Een verwijderd id wordt nooit opnieuw uitgedeeld. Komt het citaat uit een notitiebestand,
haal het dan ook daar weg: anders komt het bij een nieuwe import terug (met een nieuw id).

Voorbeeld:
  visieleer citaat-verwijder hoorn 2.3")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Ids van citaten (zoals 2.3)
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let ids = lees_ids(&args.ids)?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    omg.wijzig(&args.slug, |t| {
        for &id in &ids {
            if let Some(inzicht) = verwijzend_inzicht(t, id) {
                bail!(
                    "Citaat {id} wordt niet verwijderd: inzicht {} ('{}') verwijst ernaar.",
                    inzicht.nr,
                    inzicht.tekst
                );
            }
            let (interview, positie) = citaat_mut(t, id)?;
            interview.citaten.remove(positie);
            interview.noteer(datum, format!("citaat {id} verwijderd"));
        }
        Ok(())
    })?;
    let lijst = ids.iter().map(|i| i.to_string()).collect::<Vec<_>>();
    omg.regel(format!(
        "{} verwijderd: {}.",
        if lijst.len() == 1 {
            "Citaat"
        } else {
            "Citaten"
        },
        lijst.join(", ")
    ));
    Ok(0)
}

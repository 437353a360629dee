use anyhow::Result;

use super::{Code, Omgeving};
use crate::luisteren::citaten::lees_ids;
use crate::methode::herstel::Doel;

/// Verwijder citaten; geweigerd als een inzicht van de synthese ernaar verwijst
///
/// Hetzelfde als 'visieleer verwijder <traject> citaat <id>', voor meer citaten tegelijk.
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Hetzelfde als 'visieleer verwijder <traject> citaat <id>'. Met --met-afhankelijke worden
verwijzingen van inzichten naar het citaat weggehaald. Een verwijderd id wordt nooit opnieuw
uitgedeeld; 'visieleer ongedaan' zet het citaat terug. Komt het citaat uit een notitiebestand,
haal het dan ook daar weg: anders komt het bij een nieuwe import terug (met een nieuw id).

Voorbeeld:
  visieleer citaat-verwijder hoorn 2.3")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Ids van citaten (zoals 2.3)
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Haal ook de verwijzingen van inzichten naar deze citaten weg
    #[arg(long)]
    pub met_afhankelijke: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let ids = lees_ids(&args.ids)?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let mut ook = Vec::new();
    if let [id] = ids.as_slice() {
        ook = super::verwijder::verwijder(
            omg,
            &args.slug,
            Doel::Citaat(*id),
            args.met_afhankelijke,
            datum,
        )?
        .1;
    } else {
        // Several quotes are one change: all of them, or (on the first refusal) none.
        omg.wijzig(&args.slug, |t| {
            for &id in &ids {
                let voor = t.clone();
                let (wat, erbij) =
                    crate::methode::herstel::verwijder(t, Doel::Citaat(id), args.met_afhankelijke)?;
                if let Some(poort) = crate::methode::herstel::gebroken_poort(&voor, t) {
                    anyhow::bail!(
                        "{} wordt niet verwijderd: {poort}.",
                        crate::methode::herstel::hoofdletter(&wat)
                    );
                }
                if let Some(interview) = t.interview_mut(id.interview) {
                    interview.noteer(datum, format!("citaat {id} verwijderd"));
                }
                ook.extend(erbij);
            }
            Ok(())
        })?;
    }
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
    for o in ook {
        omg.regel(format!("  ook weggehaald: {o}"));
    }
    Ok(0)
}

use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving};
use crate::methode::herstel::{self, Doel, Soort};

/// Verwijder een vergissing: een sessie, interview, citaat, inzicht, richting, afspraak, nazorg, expert of de evaluatie
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Soorten: sessie, interview, citaat, inzicht, richting, afspraak, nazorg, expert, evaluatie.
Het nummer staat in 'visieleer toon' (citaten: 'visieleer citaten'); een citaat is 2.3
(interview 2, citaat 3), een nazorg 2.1 (afspraak 2, nazorg 1); de evaluatie heeft geen nummer.
Een nummer wordt nooit opnieuw uitgedeeld.

Geweigerd zolang er iets van afhangt (de citaten van een interview, de nazorg van een
afspraak, een inzicht dat naar een citaat verwijst, een richting die naar een inzicht
verwijst): de melding noemt wat. Met --met-afhankelijke gaat dat mee, of wordt de verwijzing
weggehaald, en de opdracht somt het op. Ook geweigerd als een poort die het traject al door is
erop rustte (zoals de enige gehouden kick-off); corrigeer dan met de -wijzig-opdracht.
Vingerafdrukken van ingetrokken en geredigeerde citaten blijven altijd bewaard.
'visieleer ongedaan' zet een verwijdering terug.

Voorbeeld:
  visieleer verwijder hoorn sessie 2
  visieleer verwijder hoorn interview 3 --met-afhankelijke
  visieleer verwijder hoorn nazorg 1.2
  visieleer verwijder hoorn evaluatie")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Wat: sessie, interview, citaat, inzicht, richting, afspraak, nazorg, expert of evaluatie
    pub soort: String,
    /// Het nummer (zoals 2, of 2.3 voor een citaat en 2.1 voor een nazorg)
    pub nr: Option<String>,
    /// Verwijder ook wat ervan afhangt (of haal de verwijzingen ernaar weg)
    #[arg(long)]
    pub met_afhankelijke: bool,
    /// Datum voor de historie (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let soort: Soort = args.soort.parse().map_err(|f| anyhow!("{f}."))?;
    let doel = herstel::doel(soort, args.nr.as_deref())?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let (wat, ook) = verwijder(omg, &args.slug, doel, args.met_afhankelijke, datum)?;
    omg.regel(format!("Verwijderd: {wat}."));
    for o in ook {
        omg.regel(format!("  ook weggehaald: {o}"));
    }
    Ok(0)
}

/// Removes one record (the one way `verwijder` and `citaat-verwijder` remove): refused while
/// something depends on it (unless `met_afhankelijke`), or when a passed gate rested on it.
pub fn verwijder(
    omg: &Omgeving,
    slug: &str,
    doel: Doel,
    met_afhankelijke: bool,
    datum: crate::model::datum::Datum,
) -> Result<(String, Vec<String>)> {
    let pad = omg.map.bestand(slug);
    let werk = |t: &mut crate::model::traject::Traject| {
        // With two records of one number (a broken merge), both would go.
        crate::methode::dubbel::weiger(&pad, t)?;
        // After afronding only afspraken, nazorg and nazorg meetings change.
        let nazorgsessie = |t: &crate::model::traject::Traject, nr: u32| {
            t.sessies
                .iter()
                .any(|s| s.nr == nr && s.soort == crate::model::sessie::SessieSoort::Nazorg)
        };
        if let Doel::Sessie(nr) = doel
            && !nazorgsessie(t, nr)
        {
            super::mag_wijzigen(t)?;
        }
        let voor = t.clone();
        let (wat, ook) = herstel::verwijder(t, doel, met_afhankelijke)?;
        if let Some(poort) = herstel::gebroken_poort(&voor, t) {
            bail!(
                "{} wordt niet verwijderd: {poort}. Klopt er iets niet aan, corrigeer het dan met 'visieleer {}-wijzig'.",
                herstel::hoofdletter(&wat),
                soort_van(doel)
            );
        }
        match doel {
            Doel::Citaat(id) => {
                if let Some(interview) = t.interview_mut(id.interview) {
                    interview.noteer(datum, format!("citaat {id} verwijderd"));
                }
            }
            _ => t.noteer(datum, format!("{} verwijderd", herstel::kort(doel))),
        }
        Ok((wat, ook))
    };
    match doel {
        // Afspraken and nazorg go on after afronding.
        Doel::Afspraak(_) | Doel::Nazorg(..) | Doel::Sessie(_) => {
            omg.wijzig_ook_afgerond(slug, werk)
        }
        _ => omg.wijzig(slug, werk),
    }
}

fn soort_van(doel: Doel) -> &'static str {
    match doel {
        Doel::Sessie(_) => "sessie",
        Doel::Interview(_) => "interview",
        Doel::Citaat(_) => "citaat",
        Doel::Inzicht(_) => "inzicht",
        Doel::Richting(_) => "richting",
        Doel::Afspraak(_) => "afspraak",
        Doel::Nazorg(..) => "nazorg",
        Doel::Expert(_) => "expert",
        Doel::Evaluatie => "evaluatie",
    }
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};

/// Leg je eigen conclusies vast voor het hoofdstuk Conclusies en aanbevelingen van het rapport
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Het rapport zet je tekst letterlijk in het hoofdstuk 'Conclusies en aanbevelingen', na wat\nvisieleer zelf uit het traject haalt (de oplossingsrichtingen als aanbevelingen, per thema het\nbelangrijkste dilemma en wat werkt). Opnieuw geven vervangt de tekst; --geen haalt hem weg.\nOok bij een afgerond, gestopt of geannuleerd traject: de conclusie hoort bij het verslag.\nNamen in de tekst meldt 'visieleer check', en in documenten staat er [weggelaten].\n\nVoorbeeld:\n  visieleer conclusie hoorn \"De voordeur is er; nu de achterkant.\"\n  visieleer conclusie hoorn --geen"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Je conclusies, in je eigen woorden
    #[arg(
        allow_hyphen_values = true,
        required_unless_present = "geen",
        conflicts_with = "geen"
    )]
    pub tekst: Option<String>,
    /// Haal de conclusie weg
    #[arg(long)]
    pub geen: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nieuw = args
        .tekst
        .as_deref()
        .map(|t| tekst("De conclusie", t))
        .transpose()?;
    let vandaag = omg.historiedatum(args.datum.as_deref())?;
    let bericht = omg.wijzig_als(&args.slug, |_| Ok(()), |t| {
        if t.conclusie.is_none() && nieuw.is_none() {
            bail!(
                "Traject '{}' heeft geen conclusie om weg te halen; leg er een vast met 'visieleer conclusie {} \"…\"'.",
                t.slug,
                t.slug
            );
        }
        if t.conclusie == nieuw {
            return Ok("Deze conclusie staat er al; er is niets veranderd.");
        }
        let wat = match (&t.conclusie, &nieuw) {
            (None, _) => "conclusie vastgelegd",
            (Some(_), Some(_)) => "conclusie gewijzigd",
            (Some(_), None) => "conclusie weggehaald",
        };
        t.conclusie = nieuw.clone();
        t.noteer(vandaag, wat);
        Ok(match nieuw {
            Some(_) => "Conclusie vastgelegd; het rapport zet haar in het hoofdstuk Conclusies en aanbevelingen.",
            None => "Conclusie weggehaald.",
        })
    })?;
    omg.regel(bericht);
    Ok(0)
}

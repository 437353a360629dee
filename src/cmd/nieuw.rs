use anyhow::{Result, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::model::traject::Traject;
use crate::opslag::controleer_slug;

/// Maak een nieuw traject aan, in fase werving
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer nieuw hoorn --gemeente Hoorn \\\n    --vraagstuk \"Hoe werken we integraal in de toegang?\"\n  visieleer nieuw sed --gemeente \"Stede Broec\" --gemeente Enkhuizen \\\n    --gemeente Drechterland --vraagstuk \"…\""
)]
pub struct Args {
    /// Korte naam van het traject: kleine letters, cijfers en streepjes (bijv. hoorn)
    pub slug: String,
    /// Deelnemende gemeente; herhaal voor samenwerkende gemeenten
    #[arg(long, required = true, value_name = "NAAM")]
    pub gemeente: Vec<String>,
    /// Het vraagstuk van de gemeente(n)
    #[arg(long, value_name = "TEKST")]
    pub vraagstuk: String,
    /// Naam van de facilitator (VNG)
    #[arg(long, value_name = "NAAM")]
    pub facilitator: Option<String>,
    /// Het thema in een paar woorden, zoals in tabel 1 van de Rapportage Visieleren
    #[arg(long, value_name = "TEKST")]
    pub thema: Option<String>,
    /// Het traject is een pilot
    #[arg(long)]
    pub pilot: bool,
    /// Het traject is regionaal, ook als het onder één naam staat (zoals West-Brabant Oost);
    /// een traject van meer gemeenten is altijd regionaal
    #[arg(long)]
    pub regionaal: bool,
    /// Startdatum van de werving (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    controleer_slug(&args.slug)?;
    let mut gemeenten = Vec::new();
    for gemeente in &args.gemeente {
        let gemeente = naam("--gemeente", gemeente)?;
        if gemeenten.contains(&gemeente) {
            bail!(
                "Gemeente '{gemeente}' staat twee keer in de opdracht; noem elke gemeente één keer."
            );
        }
        gemeenten.push(gemeente);
    }
    let vraagstuk = tekst("--vraagstuk", &args.vraagstuk)?;
    let facilitator = args
        .facilitator
        .as_deref()
        .map(|f| naam("--facilitator", f))
        .transpose()?;
    let datum = omg.datum(args.datum.as_deref())?;
    let thema = args
        .thema
        .as_deref()
        .map(|t| tekst("--thema", t))
        .transpose()?;
    let mut traject = Traject::nieuw(&args.slug, gemeenten, vraagstuk, facilitator, datum);
    traject.thema = thema;
    traject.pilot = args.pilot;
    traject.regionaal = args.regionaal;
    if let Some(map) = omg.map.maak(&traject)? {
        omg.regel(format!(
            "Nieuwe map voor de trajecten gemaakt: {}. Voer visieleer voortaan uit in '{}' of een map daaronder; dan vindt het deze map vanzelf.",
            map.display(),
            map.parent().unwrap_or(&map).display()
        ));
    }
    omg.regel(if traject.gemeenten.len() > 1 {
        format!(
            "Traject '{}' aangemaakt voor {} (regionaal, fase werving). Volgende stap: visieleer aanmelding {} --gemeente … zodra het college van een gemeente zich aanmeldt, of zonder --gemeente als alle colleges zich tegelijk aanmelden.",
            traject.slug,
            traject.gemeenten_tekst(),
            traject.slug
        )
    } else {
        format!(
            "Traject '{}' aangemaakt voor {}{} (fase werving). Volgende stap: visieleer aanmelding {} zodra het college van B&W zich aanmeldt.",
            traject.slug,
            traject.gemeenten_tekst(),
            if traject.regionaal { " (regionaal)" } else { "" },
            traject.slug
        )
    });
    Ok(0)
}

use std::path::PathBuf;

use anyhow::Result;

use super::formaat::Formaten;
use super::rapport::lever_document_af;
use super::{Code, Omgeving};
use crate::document::rode_draden::{Alleen, Opties};

/// Schrijf het rode-dradenrapport over alle trajecten in de map
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Een landelijk rapport zoals de Rapportage Visieleren: omslag, inhoud, een inleiding (welke\ntrajecten, welke periode, hoe de methode werkt), per thema een hoofdstuk met de dilemma's en\nwerkzame elementen en de citaten waarop ze steunen, conclusies, en als bijlagen het overzicht van\nde trajecten en de tellingen van citaten per thema. Tellingen gaan over de trajecten die\nmeetellen: gestopte en geannuleerde trajecten staan in het overzicht maar tellen niet mee, en\nbevindingen uit trajecten die nog lopen, zijn voorlopig. Citaten zonder toestemming voor\nlandelijk gebruik komen er niet in.\nMet --methode komt er een hoofdstuk over de methode bij: doorlooptijd (heel traject en per fase),\nwelke perspectieven gehoord zijn, waarom trajecten stopten, de evaluaties en de afspraken met hun\nnazorg; wat niet is vastgelegd, heet onbekend. Met --alleen regionaal of --alleen lokaal gaat het\nrapport alleen over die trajecten.\nEen trajectbestand dat niet te lezen is, staat met de reden op stderr en telt niet mee; het\nrapport komt er toch, maar de opdracht eindigt met code 1.\nMet --pdf (en -o) zet visieleer het rapport zelf op A4, met inhoud en paginanummers; met --docx\n(en -o) komt er een Word-bestand. De naam achter -o kiest ook het formaat: .md, .html, .pdf of\n.docx.\n\nVoorbeeld:\n  visieleer rode-draden\n  visieleer rode-draden --methode -o rode-draden.pdf\n  visieleer rode-draden --alleen regionaal --html -o regionaal.html\n  visieleer rode-draden --docx -o rode-draden.docx"
)]
pub struct Args {
    /// Als zelfstandig HTML-bestand (om af te drukken of te delen)
    #[arg(long, conflicts_with_all = ["pdf", "docx"])]
    pub html: bool,
    /// Als PDF, door visieleer zelf opgemaakt (A4); vraagt -o
    #[arg(long, conflicts_with = "docx")]
    pub pdf: bool,
    /// Als Word-bestand (.docx) om te bewerken; vraagt -o
    #[arg(long)]
    pub docx: bool,
    /// Met een hoofdstuk over de methode: doorlooptijd, perspectieven, gestopte trajecten, evaluaties, afspraken
    #[arg(long)]
    pub methode: bool,
    /// Alleen de regionale of alleen de lokale trajecten
    #[arg(long, value_enum, value_name = "SOORT")]
    pub alleen: Option<Alleen>,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .html, .pdf of .docx kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `rode-draden`.
pub const FORMATEN: Formaten = Formaten::document("rode-draden", "rode-draden");

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies_document(args.html, args.pdf, args.docx, args.output.as_deref())?;
    let boek = crate::luisteren::codeboek::Codeboek::voor_map(omg.map.pad())?;
    // The counts of each traject's quotes, by file; the quotes themselves are dropped right
    // after reading, so memory does not grow with the number of trajecten.
    let tellingen = std::sync::Mutex::new(std::collections::HashMap::new());
    let trajecten = omg.map.alle_samengevat(|t| {
        let geteld = crate::document::rode_draden::alleen_wat_telt(t, &boek);
        if let Ok(mut tellingen) = tellingen.lock() {
            tellingen.insert(t.slug.clone(), geteld);
        }
    })?;
    let (trajecten, kapot) = super::leesbare(trajecten);
    let trajecten = crate::opslag::Map::namen_voor_document(trajecten);
    let mut tellingen = tellingen.into_inner().unwrap_or_default();
    let geteld: Vec<_> = trajecten
        .iter()
        .map(|(t, masker)| (t, masker, tellingen.remove(&t.slug).unwrap_or_default()))
        .collect();
    if trajecten.is_empty() && kapot == 0 {
        anyhow::bail!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        );
    }
    if let Some(alleen) = args.alleen
        && !trajecten.is_empty()
        && !trajecten.iter().any(|(t, _)| alleen.past(t))
    {
        anyhow::bail!(
            "Er staan geen {} trajecten in map '{}'; laat --alleen weg of kies --alleen {}.",
            match alleen {
                Alleen::Regionaal => "regionale",
                Alleen::Lokaal => "lokale",
            },
            omg.map.pad().display(),
            match alleen {
                Alleen::Regionaal => Alleen::Lokaal.naam(),
                Alleen::Lokaal => Alleen::Regionaal.naam(),
            }
        );
    }
    let opties = Opties {
        methode: args.methode,
        alleen: args.alleen,
    };
    let doc = crate::document::rode_draden::document(&geteld, omg.vandaag, &boek, opties);
    let code = lever_document_af(omg, formaat, args.output, &doc, "Rode-dradenrapport")?;
    Ok(if kapot > 0 { 1 } else { code })
}

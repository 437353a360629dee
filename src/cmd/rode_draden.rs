use std::path::PathBuf;

use anyhow::Result;

use super::formaat::{Formaat, Formaten, gegeven};
use super::rapport::lever_document_af;
use super::{Code, Omgeving};

/// Schrijf het rode-dradenrapport over alle trajecten in de map
#[derive(clap::Args, Debug)]
#[command(
    after_help = "De trajecten met hun gemeenten, periode, stand en vraagstuk (zoals tabel 1 van de Rapportage\nVisieleren); per thema een korte conclusie en de dilemma's en werkzame elementen uit de synthese\nvan elk traject; het aantal citaten per thema per traject; hoe vaak beide deelnemers van een duo\neen thema noemden; en de citaten waar de inzichten het vaakst naar verwijzen. Gestopte en\ngeannuleerde trajecten staan in de tabel maar tellen niet mee. Citaten zonder toestemming komen\ner niet in. Een trajectbestand dat niet te lezen is, staat met de reden op stderr en telt niet\nmee; het rapport komt er toch, maar de opdracht eindigt met code 1.\nMet --pdf (en -o) zet visieleer het rapport zelf op A4, met inhoud en paginanummers.\nDe naam achter -o kiest ook het formaat: .md, .html of .pdf.\n\nVoorbeeld:\n  visieleer rode-draden\n  visieleer rode-draden --html -o rode-draden.html\n  visieleer rode-draden -o rode-draden.pdf"
)]
pub struct Args {
    /// Als zelfstandig HTML-bestand (om af te drukken of te delen)
    #[arg(long, conflicts_with = "pdf")]
    pub html: bool,
    /// Als PDF, door visieleer zelf opgemaakt (A4); vraagt -o
    #[arg(long)]
    pub pdf: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .html of .pdf kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `rode-draden`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "rode-draden",
    vlaggen: &[
        (Formaat::Markdown, None),
        (Formaat::Html, Some("--html")),
        (Formaat::Pdf, Some("--pdf")),
    ],
    standaard: Formaat::Markdown,
    op_scherm: Formaat::Markdown,
    voorbeeld: "rode-draden",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies(
        gegeven(&[(args.html, Formaat::Html), (args.pdf, Formaat::Pdf)]),
        args.output.as_deref(),
    )?;
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
    let doc = crate::document::rode_draden::document(&geteld, omg.vandaag, &boek);
    let code = lever_document_af(omg, formaat, args.output, &doc, "Rode-dradenrapport")?;
    Ok(if kapot > 0 { 1 } else { code })
}

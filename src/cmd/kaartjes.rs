use std::path::PathBuf;

use anyhow::{Result, anyhow};

use super::formaat::{Formaat, Formaten, gegeven};
use super::rapport::lever_document_af;
use super::{Code, Omgeving};
use crate::luisteren::codeboek::Codeboek;

/// Maak citaatkaartjes voor de ontwerpsessie: één kaartje per citaat
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Alleen citaten uit duo-interviews met toestemming komen op een kaartje.\nMet --html komt er een A4-vel om af te drukken: 8 kaartjes per vel (2 × 4) met knipranden,\nletters van minstens 10 punt; een citaat dat niet op één kaartje past, loopt door op een\nvolgend kaartje (vervolg). Een kaartje wordt nooit over twee pagina's verdeeld.\nMet --pdf (en -o) zet visieleer de vellen zelf op A4, met dezelfde kaartjes.\nDe naam achter -o kiest ook het formaat: .md, .html of .pdf.\nHet eerste blad is voor de begeleider: uitleg, niet om te knippen. Het id op elk kaartje\n(zoals 2.3) gebruik je later in 'visieleer clusters'.\n\nVoorbeeld:\n  visieleer kaartjes hoorn\n  visieleer kaartjes hoorn --tag inwoner-centraal --html -o kaartjes.html\n  visieleer kaartjes hoorn -o kaartjes.pdf"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Alleen citaten met deze tag; herhaal voor meer (een kaartje met één ervan telt)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Als A4-vel in één HTML-bestand, om af te drukken en te knippen
    #[arg(long, conflicts_with = "pdf")]
    pub html: bool,
    /// Als A4-vellen in een PDF, door visieleer zelf opgemaakt; vraagt -o
    #[arg(long)]
    pub pdf: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .html of .pdf kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `kaartjes`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "kaartjes",
    vlaggen: &[
        (Formaat::Markdown, None),
        (Formaat::Html, Some("--html")),
        (Formaat::Pdf, Some("--pdf")),
    ],
    standaard: Formaat::Markdown,
    op_scherm: Formaat::Markdown,
    voorbeeld: "kaartjes",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies(
        gegeven(&[(args.html, Formaat::Html), (args.pdf, Formaat::Pdf)]),
        args.output.as_deref(),
    )?;
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let tags = boek
        .controleer_alle(&args.tag)
        .map_err(|f| anyhow!("--tag: {f}"))?;
    let (traject, masker) = omg.map.lees_voor_document(&args.slug)?;
    let ctx = crate::document::Context {
        vandaag: omg.vandaag,
        boek: &boek,
        masker: &masker,
    };
    let doc = crate::document::kaartjes::document(&traject, &tags, &ctx);
    lever_document_af(omg, formaat, args.output, &doc, "Citaatkaartjes")
}

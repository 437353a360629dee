use std::path::PathBuf;

use anyhow::{Result, anyhow};

use super::rapport::lever_af;
use super::{Code, Omgeving};
use crate::luisteren::codeboek::Codeboek;

/// Maak citaatkaartjes voor de ontwerpsessie: één kaartje per citaat
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Alleen citaten uit duo-interviews met toestemming komen op een kaartje.\nMet --html komt er een A4-vel om af te drukken: 8 kaartjes per vel (2 × 4) met knipranden,\nletters van minstens 10 punt; een citaat dat niet op één kaartje past, loopt door op een\nvolgend kaartje (vervolg). Een kaartje wordt nooit over twee pagina's verdeeld.\nHet id op elk kaartje (zoals 2.3) gebruik je later in 'visieleer clusters'.\n\nVoorbeeld:\n  visieleer kaartjes hoorn\n  visieleer kaartjes hoorn --tag inwoner-centraal --html -o kaartjes.html"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Alleen citaten met deze tag; herhaal voor meer (een kaartje met één ervan telt)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Als A4-vel in één HTML-bestand, om af te drukken en te knippen
    #[arg(long)]
    pub html: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
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
    let tekst = if args.html {
        crate::document::kaartjes::html(&traject, &tags, &ctx)
    } else {
        crate::document::kaartjes::markdown(&traject, &tags, &ctx)
    };
    lever_af(omg, args.output, &tekst, "Citaatkaartjes")
}

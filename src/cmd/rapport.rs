use std::path::PathBuf;

use anyhow::Result;

use super::{Code, Omgeving, schrijf_document};

/// Schrijf de eindrapportage (borgingsrapport) van een traject als markdown
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Citaten staan er alleen in met toestemming, en alleen met rol en perspectief.\nVóór de fase borgen is het een concept.\n\nVoorbeeld:\n  visieleer rapport hoorn\n  visieleer rapport hoorn -o eindrapportage.md"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Schrijf naar dit bestand in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let traject = omg.map.lees(&args.slug)?;
    let tekst = crate::rapport::rapport(&traject, omg.vandaag);
    match args.output {
        Some(pad) => {
            schrijf_document(&pad, &tekst)?;
            eprintln!("Eindrapportage geschreven naar {}.", pad.display());
        }
        None => omg.uit.push_str(&tekst),
    }
    Ok(0)
}

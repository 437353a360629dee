use anyhow::{Context, Result};

use super::{Code, Omgeving};
use crate::overzicht;

/// Alle trajecten in de map in één tabel
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Een lopend traject dat langer dan 10 weken loopt (vanaf de aanmelding) krijgt een signaal.\nEen bestand dat niet te lezen is, staat met de reden op stderr; de rest staat in de tabel\nen de opdracht eindigt met code 1.\n\nVoorbeeld:\n  visieleer overzicht\n  visieleer overzicht --markdown > overzicht.md"
)]
pub struct Args {
    /// Als markdown-tabel
    #[arg(long, conflicts_with = "json")]
    pub markdown: bool,
    /// Als JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    // Only the heads: the overview never needs the quotes.
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    let rijen = overzicht::rijen(&trajecten, omg.vandaag);
    if args.json {
        let tekst = serde_json::to_string_pretty(&rijen)
            .context("Het overzicht kon niet als JSON worden geschreven.")?;
        omg.regel(tekst);
    } else if rijen.is_empty() && kapot == 0 {
        omg.regel(format!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        ));
    } else if args.markdown {
        omg.uit.push_str(&overzicht::markdown_tabel(&rijen));
    } else {
        omg.regel(overzicht::tabel(&rijen));
    }
    Ok(if kapot > 0 { 1 } else { 0 })
}

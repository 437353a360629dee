use std::path::PathBuf;

use anyhow::{Context, Result};

use super::rapport::lever_af;
use super::{Code, Omgeving};
use crate::document::overzicht;

/// Alle trajecten in de map in één tabel
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Een lopend traject dat langer dan 10 weken loopt (vanaf de aanmelding) krijgt een signaal.\nMet --html een programmaoverzicht om af te drukken (A4 liggend): elk traject als rij op één\ngedeelde tijdas, met zijn fasen, bijeenkomsten, stand en wat aandacht nodig heeft.\nEen bestand dat niet te lezen is, staat met de reden op stderr; de rest staat in de tabel\nen de opdracht eindigt met code 1.\n\nVoorbeeld:\n  visieleer overzicht\n  visieleer overzicht --markdown > overzicht.md\n  visieleer overzicht --html -o programma.html"
)]
pub struct Args {
    /// Als markdown-tabel
    #[arg(long, conflicts_with = "json")]
    pub markdown: bool,
    /// Als JSON
    #[arg(long)]
    pub json: bool,
    /// Als programmaoverzicht in één HTML-bestand, om af te drukken (A4 liggend)
    #[arg(long, conflicts_with_all = ["json", "markdown"])]
    pub html: bool,
    /// Schrijf het programmaoverzicht naar dit bestand in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND", requires = "html")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if args.html {
        return programma(args.output, omg);
    }
    // Only the heads: the overview never needs the quotes.
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    omg.map.waarschuw_voor_kopieen();
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

/// The programme dashboard: the heads with their meetings and afspraken, never the quotes.
fn programma(output: Option<PathBuf>, omg: &mut Omgeving) -> Result<Code> {
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    omg.map.waarschuw_voor_kopieen();
    if trajecten.is_empty() && kapot == 0 {
        anyhow::bail!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        );
    }
    let doc = crate::document::programma::document(&trajecten, omg.vandaag);
    let code = lever_af(
        omg,
        output,
        &crate::document::html::render(&doc),
        "Programmaoverzicht",
    )?;
    Ok(if kapot > 0 { 1 } else { code })
}

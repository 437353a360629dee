use std::path::PathBuf;

use anyhow::{Context, Result};

use super::formaat::{Formaat, Formaten, gegeven};
use super::rapport::{lever_af, lever_document_af};
use super::{Code, Omgeving};
use crate::document::overzicht;

/// Alle trajecten in de map in één tabel
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Een lopend traject dat langer dan 10 weken loopt (vanaf de aanmelding) krijgt een signaal.\nMet --html een programmaoverzicht om af te drukken (A4 liggend): elk traject als rij op één\ngedeelde tijdas, met zijn fasen, bijeenkomsten, stand en wat aandacht nodig heeft.\nEen bestand dat niet te lezen is, staat met de reden op stderr; de rest staat in de tabel\nen de opdracht eindigt met code 1.\nMet --pdf (en -o) zet visieleer het programmaoverzicht zelf op A4 liggend.\nDe naam achter -o kiest ook het formaat: .md, .json, .html of .pdf; een andere naam krijgt de tabel.\n\nVoorbeeld:\n  visieleer overzicht\n  visieleer overzicht --markdown > overzicht.md\n  visieleer overzicht --html -o programma.html\n  visieleer overzicht -o programma.pdf"
)]
pub struct Args {
    /// Als markdown-tabel
    #[arg(long, conflicts_with = "json")]
    pub markdown: bool,
    /// Als JSON
    #[arg(long)]
    pub json: bool,
    /// Als programmaoverzicht in één HTML-bestand, om af te drukken (A4 liggend)
    #[arg(long, conflicts_with_all = ["json", "markdown", "pdf"])]
    pub html: bool,
    /// Als programmaoverzicht in een PDF, door visieleer zelf opgemaakt (A4 liggend); vraagt -o
    #[arg(long, conflicts_with_all = ["json", "markdown"])]
    pub pdf: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .json, .html of .pdf kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `overzicht`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "overzicht",
    vlaggen: &[
        (Formaat::Tabel, None),
        (Formaat::Markdown, Some("--markdown")),
        (Formaat::Json, Some("--json")),
        (Formaat::Html, Some("--html")),
        (Formaat::Pdf, Some("--pdf")),
    ],
    standaard: Formaat::Tabel,
    op_scherm: Formaat::Tabel,
    voorbeeld: "programma",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies(
        gegeven(&[
            (args.markdown, Formaat::Markdown),
            (args.json, Formaat::Json),
            (args.html, Formaat::Html),
            (args.pdf, Formaat::Pdf),
        ]),
        args.output.as_deref(),
    )?;
    if matches!(formaat, Formaat::Html | Formaat::Pdf) {
        return programma(formaat, args.output, omg);
    }
    // Only the heads: the overview never needs the quotes.
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    omg.map.waarschuw_voor_kopieen();
    let rijen = overzicht::rijen(&trajecten, omg.vandaag);
    let tekst = if formaat == Formaat::Json {
        let mut tekst = serde_json::to_string_pretty(&rijen)
            .context("Het overzicht kon niet als JSON worden geschreven.")?;
        tekst.push('\n');
        tekst
    } else if rijen.is_empty() && kapot == 0 {
        let leeg = format!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        );
        if args.output.is_some() {
            anyhow::bail!(leeg);
        }
        format!("{leeg}\n")
    } else if formaat == Formaat::Markdown {
        overzicht::markdown_tabel(&rijen)
    } else {
        format!("{}\n", overzicht::tabel(&rijen))
    };
    let code = lever_af(omg, args.output, &tekst, "Overzicht")?;
    Ok(if kapot > 0 { 1 } else { code })
}

/// The programme dashboard: the heads with their meetings and afspraken, never the quotes.
fn programma(formaat: Formaat, output: Option<PathBuf>, omg: &mut Omgeving) -> Result<Code> {
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    omg.map.waarschuw_voor_kopieen();
    if trajecten.is_empty() && kapot == 0 {
        anyhow::bail!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        );
    }
    let doc = crate::document::programma::document(&trajecten, omg.vandaag);
    let code = lever_document_af(omg, formaat, output, &doc, "Programmaoverzicht")?;
    Ok(if kapot > 0 { 1 } else { code })
}

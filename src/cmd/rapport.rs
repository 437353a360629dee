use std::path::PathBuf;

use anyhow::Result;

use super::{Code, Omgeving, schrijf_bestand, schrijf_document};

/// Schrijf het borgingsrapport (de eindrapportage) van een traject als markdown, HTML of Word
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Citaten staan er alleen in met toestemming, en alleen met rol en perspectief.\nTot de borgingsessie is gehouden is het een concept (CONCEPT op elke pagina).\nEen traject zonder vastgelegde inhoud krijgt een factsheet van één pagina.\nMet --html komt er één zelfstandig HTML-bestand, klaar om af te drukken op A4: omslag,\ninhoud, paginanummers en de tijdlijn van de fasen als figuur.\nMet --docx (en -o) komt er een Word-bestand om te bewerken: echte kopstijlen (navigatiedeelvenster\nen inhoudsopgave), citaten in de stijl Citaat, tabellen, paginanummers; de tijdlijn staat er\nals tabel in.\n\nVoorbeeld:\n  visieleer rapport hoorn\n  visieleer rapport hoorn -o borgingsrapport.md\n  visieleer rapport hoorn --html -o borgingsrapport.html\n  visieleer rapport hoorn --docx -o borgingsrapport.docx"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Als zelfstandig HTML-bestand (om af te drukken of te delen)
    #[arg(long, conflicts_with = "docx")]
    pub html: bool,
    /// Als Word-bestand (.docx) om te bewerken; vraagt -o
    #[arg(long)]
    pub docx: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if args.docx && args.output.is_none() {
        anyhow::bail!(
            "Een Word-bestand hoort niet op het scherm; geef een bestand met -o, bijvoorbeeld -o borgingsrapport.docx."
        );
    }
    let (traject, masker) = omg.map.lees_voor_document(&args.slug)?;
    let boek = crate::luisteren::codeboek::Codeboek::voor_map(omg.map.pad())?;
    let ctx = crate::document::Context {
        vandaag: omg.vandaag,
        boek: &boek,
        masker: &masker,
    };
    if let (true, Some(pad)) = (args.docx, &args.output) {
        let bytes = crate::document::rapport::rapport_docx(&traject, &ctx)?;
        schrijf_bestand(pad, &bytes)?;
        crate::melding!("Borgingsrapport geschreven naar {}.", pad.display());
        return Ok(0);
    }
    let tekst = if args.html {
        crate::document::rapport::rapport_html(&traject, &ctx)
    } else {
        crate::document::rapport::rapport(&traject, &ctx)
    };
    lever_af(omg, args.output, &tekst, "Borgingsrapport")
}

/// Writes a document to `-o` (with a note on stderr) or to stdout.
pub fn lever_af(omg: &mut Omgeving, pad: Option<PathBuf>, tekst: &str, wat: &str) -> Result<Code> {
    match pad {
        Some(pad) => {
            schrijf_document(&pad, tekst)?;
            crate::melding!("{wat} geschreven naar {}.", pad.display());
        }
        None => omg.uit.push_str(tekst),
    }
    Ok(0)
}

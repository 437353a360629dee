use std::path::PathBuf;

use anyhow::Result;

use super::formaat::{Formaat, Formaten};
use super::{Code, Omgeving, schrijf_bestand, schrijf_document};

/// Schrijf het borgingsrapport (de eindrapportage) van een traject als markdown, HTML, PDF of Word
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Citaten staan er alleen in met toestemming, en alleen met rol en perspectief.\nTot de borgingsessie is gehouden is het een concept (CONCEPT op elke pagina, met versie en datum);\nvan een gestopt of geannuleerd traject is het het Eindverslag.\nEen traject zonder vastgelegde inhoud krijgt een factsheet van één pagina.\nMet --html komt er één zelfstandig HTML-bestand voor het scherm en om af te drukken vanuit een\nbrowser. Met --pdf (en -o) zet visieleer het rapport zelf op A4: omslag, inhoud met\npaginanummers, 'pagina X van Y' onderaan en de tijdlijn van de fasen als figuur.\nMet --docx (en -o) komt er een Word-bestand om te bewerken: echte kopstijlen (navigatiedeelvenster\nen inhoudsopgave), citaten in de stijl Citaat, tabellen, paginanummers; de tijdlijn staat er\nals tabel in.\nDe naam achter -o kiest ook het formaat: .md, .html, .pdf of .docx.\nMet --gemeente het rapport voor één gemeente van een regionaal traject: haar eigen duo-interviews\nen afspraken en die van de hele regio, met de inzichten van het hele traject (gemarkeerd als geen\nvan hun citaten uit die gemeente of de hele regio komt).\n\nVoorbeeld:\n  visieleer rapport hoorn\n  visieleer rapport hoorn -o borgingsrapport.md\n  visieleer rapport hoorn -o borgingsrapport.pdf\n  visieleer rapport hoorn --html -o borgingsrapport.html\n  visieleer rapport hoorn --docx -o borgingsrapport.docx\n  visieleer rapport sed --gemeente Enkhuizen -o borgingsrapport-enkhuizen.pdf"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Als zelfstandig HTML-bestand (om af te drukken of te delen)
    #[arg(long, conflicts_with_all = ["docx", "pdf"])]
    pub html: bool,
    /// Als PDF, door visieleer zelf opgemaakt (A4); vraagt -o
    #[arg(long, conflicts_with = "docx")]
    pub pdf: bool,
    /// Als Word-bestand (.docx) om te bewerken; vraagt -o
    #[arg(long)]
    pub docx: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .html, .pdf of .docx kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
    /// Het rapport voor één gemeente van een regionaal traject
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
}

/// The formats of `rapport`.
pub const FORMATEN: Formaten = Formaten::document("rapport", "borgingsrapport");

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies_document(args.html, args.pdf, args.docx, args.output.as_deref())?;
    let (traject, masker) = omg.map.lees_voor_document(&args.slug)?;
    let boek = crate::luisteren::codeboek::Codeboek::voor_map(omg.map.pad())?;
    let ctx = crate::document::Context {
        vandaag: omg.vandaag,
        boek: &boek,
        masker: &masker,
    };
    let doc = match args.gemeente.as_deref() {
        None => crate::document::rapport::document(&traject, &ctx),
        Some(naam) => {
            let gemeente = gemeente_van(&traject, naam)?;
            crate::document::rapport::document_voor_gemeente(&traject, &gemeente, &ctx)
        }
    };
    // The cover says what it is; a stopped traject's report is its Eindverslag.
    let wat = match &doc.omslag {
        Some(o) if o.soort == "Eindverslag" => "Eindverslag",
        _ => "Borgingsrapport",
    };
    lever_document_af(omg, formaat, args.output, &doc, wat)
}

/// The traject's spelling of `--gemeente`; refused for a traject that is not regional or a
/// gemeente that is not in it.
fn gemeente_van(t: &crate::model::traject::Traject, naam: &str) -> Result<String> {
    if !t.is_regionaal() {
        anyhow::bail!(
            "Traject '{}' is niet regionaal: het rapport is al dat van {}; laat --gemeente weg.",
            t.slug,
            t.gemeenten_tekst()
        );
    }
    if let Err(fout) = t.eigen_gemeente(naam) {
        anyhow::bail!("--gemeente: {fout}.");
    }
    let gezocht = naam.trim().to_lowercase();
    Ok(t.gemeenten
        .iter()
        .find(|g| g.trim().to_lowercase() == gezocht)
        .cloned()
        .unwrap_or_else(|| naam.trim().to_string()))
}

/// Writes a document in `formaat` to `-o` (with a note on stderr), or a text format to stdout.
pub fn lever_document_af(
    omg: &mut Omgeving,
    formaat: Formaat,
    pad: Option<PathBuf>,
    doc: &crate::document::Document,
    wat: &str,
) -> Result<Code> {
    let bytes = match formaat {
        Formaat::Pdf => {
            let ontbrekend = crate::document::pdf::ontbrekende_tekens(doc);
            if !ontbrekend.is_empty() {
                crate::melding!(
                    "Let op: {} {} niet in de letter van de PDF en {} als een leeg vakje gedrukt: {}. In de HTML- en Word-versie staan ze wel goed.",
                    ontbrekend.len(),
                    if ontbrekend.len() == 1 {
                        "teken staat"
                    } else {
                        "tekens staan"
                    },
                    if ontbrekend.len() == 1 {
                        "wordt"
                    } else {
                        "worden"
                    },
                    ontbrekend
                        .iter()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                );
            }
            crate::document::pdf::render(doc, omg.vandaag)?
        }
        Formaat::Docx => crate::document::docx::render(doc, omg.vandaag)?,
        Formaat::Html => return lever_af(omg, pad, &crate::document::html::render(doc), wat),
        _ => return lever_af(omg, pad, &crate::document::markdown::render(doc), wat),
    };
    match pad {
        Some(pad) => {
            schrijf_bestand(&pad, &bytes)?;
            crate::melding!("{wat} geschreven naar {}.", pad.display());
            Ok(0)
        }
        // `kies` sends no binary format to the screen.
        None => anyhow::bail!(
            "Een {}-bestand hoort niet op het scherm; geef een bestand met -o.",
            formaat.naam()
        ),
    }
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

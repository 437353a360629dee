//! Which format a command writes: the one rule every command with `-o` uses.
//!
//! A format flag (`--html`, `--pdf`, …) chooses; without one, the extension of the name after
//! `-o` does (`.md`, `.html`, `.pdf`, `.docx`, `.csv`, `.xlsx`, `.qdpx`, `.json`, `.ics`); a name without
//! a known extension gets the command's default. A name that contradicts the flag, or a format
//! the command cannot write, is refused with the flag to use, before anything is read or
//! written. A binary format (PDF, Word, Excel, REFI-QDA) never goes to the screen.

use std::path::Path;

use anyhow::{Result, bail};

use crate::document::opsomming;

/// A format a command can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formaat {
    /// The terminal table (`overzicht`, `citaten` without a flag).
    Tabel,
    Markdown,
    Html,
    Pdf,
    Docx,
    Csv,
    Xlsx,
    Qdpx,
    Json,
    /// iCalendar (`agenda --ics`).
    Ics,
}

impl Formaat {
    /// The extension that chooses this format after `-o`.
    pub fn extensie(self) -> Option<&'static str> {
        match self {
            Formaat::Tabel => None,
            Formaat::Markdown => Some("md"),
            Formaat::Html => Some("html"),
            Formaat::Pdf => Some("pdf"),
            Formaat::Docx => Some("docx"),
            Formaat::Csv => Some("csv"),
            Formaat::Xlsx => Some("xlsx"),
            Formaat::Qdpx => Some("qdpx"),
            Formaat::Json => Some("json"),
            Formaat::Ics => Some("ics"),
        }
    }

    /// The format a file name's extension asks for, if visieleer knows it.
    pub fn van_naam(pad: &Path) -> Option<Formaat> {
        let ext = pad.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" => Formaat::Markdown,
            "html" | "htm" => Formaat::Html,
            "pdf" => Formaat::Pdf,
            "docx" => Formaat::Docx,
            "csv" => Formaat::Csv,
            "xlsx" => Formaat::Xlsx,
            "qdpx" => Formaat::Qdpx,
            "json" => Formaat::Json,
            "ics" => Formaat::Ics,
            _ => return None,
        })
    }

    /// How a message names it.
    pub fn naam(self) -> &'static str {
        match self {
            Formaat::Tabel => "tabel",
            Formaat::Markdown => "markdown",
            Formaat::Html => "HTML",
            Formaat::Pdf => "PDF",
            Formaat::Docx => "Word",
            Formaat::Csv => "CSV",
            Formaat::Xlsx => "Excel",
            Formaat::Qdpx => "REFI-QDA",
            Formaat::Json => "JSON",
            Formaat::Ics => "iCalendar",
        }
    }

    /// Whether it is a binary file, which never goes to the screen. An iCalendar file counts:
    /// its lines end in CR LF, and the screen shows no control characters.
    pub fn is_binair(self) -> bool {
        matches!(
            self,
            Formaat::Pdf | Formaat::Docx | Formaat::Xlsx | Formaat::Qdpx | Formaat::Ics
        )
    }
}

/// The format flag given, of a command's flags with the format each asks for (clap lets at
/// most one through).
pub fn gegeven(vlaggen: &[(bool, Formaat)]) -> Option<Formaat> {
    vlaggen.iter().find(|(aan, _)| *aan).map(|(_, f)| *f)
}

/// What a command can write and how it is asked for.
pub struct Formaten<'a> {
    /// The command, as in `visieleer rapport`.
    pub opdracht: &'a str,
    /// Each format the command writes with its flag (`None` for the default, which has none).
    pub vlaggen: &'a [(Formaat, Option<&'a str>)],
    /// Written to `-o` without a flag and without a known extension.
    pub standaard: Formaat,
    /// Shown on the screen without a flag and without `-o`.
    pub op_scherm: Formaat,
    /// A file name to suggest, without extension: "borgingsrapport".
    pub voorbeeld: &'a str,
}

/// The four formats of a document built on the one document model, markdown by default.
const ALS_DOCUMENT: &[(Formaat, Option<&str>)] = &[
    (Formaat::Markdown, None),
    (Formaat::Html, Some("--html")),
    (Formaat::Pdf, Some("--pdf")),
    (Formaat::Docx, Some("--docx")),
];

impl<'a> Formaten<'a> {
    /// A document in every format (markdown, `--html`, `--pdf`, `--docx`), markdown on the
    /// screen and by default: the rule of `rapport`, `rode-draden` and `leidraad`.
    pub const fn document(opdracht: &'a str, voorbeeld: &'a str) -> Formaten<'a> {
        Formaten {
            opdracht,
            vlaggen: ALS_DOCUMENT,
            standaard: Formaat::Markdown,
            op_scherm: Formaat::Markdown,
            voorbeeld,
        }
    }

    /// [`Formaten::kies`] for a document's flags `--html`, `--pdf` and `--docx`.
    pub fn kies_document(
        &self,
        html: bool,
        pdf: bool,
        docx: bool,
        output: Option<&Path>,
    ) -> Result<Formaat> {
        self.kies(
            gegeven(&[
                (html, Formaat::Html),
                (pdf, Formaat::Pdf),
                (docx, Formaat::Docx),
            ]),
            output,
        )
    }
}

impl Formaten<'_> {
    fn kan(&self, f: Formaat) -> bool {
        self.vlaggen.iter().any(|(g, _)| *g == f)
    }

    fn vlag(&self, f: Formaat) -> Option<&str> {
        self.vlaggen
            .iter()
            .find(|(g, _)| *g == f)
            .and_then(|(_, v)| *v)
    }

    /// How to ask for each format the command writes: "--pdf of een naam op .pdf".
    fn keuzes(&self) -> String {
        let namen: Vec<String> = self
            .vlaggen
            .iter()
            .filter_map(|(f, _)| f.extensie().map(|e| format!(".{e}")))
            .collect();
        let vlaggen: Vec<&str> = self.vlaggen.iter().filter_map(|(_, v)| *v).collect();
        if vlaggen.is_empty() {
            format!("geef een naam op {}", opsomming(&namen))
        } else {
            format!(
                "geef een naam op {}, of kies met {}",
                opsomming(&namen).replace(" en ", " of "),
                opsomming(&vlaggen).replace(" en ", " of ")
            )
        }
    }

    /// The format to write: from `gegeven` (the flag used, if any) and the name after `-o`.
    pub fn kies(&self, gegeven: Option<Formaat>, pad: Option<&Path>) -> Result<Formaat> {
        let uit_naam = pad.and_then(Formaat::van_naam);
        let toon = |p: &Path| p.display().to_string();
        if let (Some(naam), Some(pad)) = (uit_naam, pad)
            && !self.kan(naam)
        {
            bail!(
                "'{}' vraagt een {}-bestand, en dat schrijft 'visieleer {}' niet; {}.",
                toon(pad),
                naam.naam(),
                self.opdracht,
                self.keuzes()
            );
        }
        let formaat = match (gegeven, uit_naam, pad) {
            (Some(vlag), Some(naam), Some(pad)) if vlag != naam => {
                let gevraagd = self.vlag(vlag).unwrap_or("de gekozen optie");
                let passend = match self.vlag(naam) {
                    Some(v) => format!("gebruik {v}"),
                    None => format!("laat {gevraagd} weg"),
                };
                bail!(
                    "'{}' is een naam voor een {}-bestand, maar {gevraagd} vraagt {}; {passend}, of geef een naam op .{}.",
                    toon(pad),
                    naam.naam(),
                    vlag.naam(),
                    vlag.extensie().unwrap_or("")
                );
            }
            (Some(vlag), _, _) => vlag,
            (None, Some(naam), _) => naam,
            (None, None, Some(_)) => self.standaard,
            (None, None, None) => self.op_scherm,
        };
        if formaat.is_binair() && pad.is_none() {
            bail!(
                "Een {}-bestand hoort niet op het scherm; geef een bestand met -o, bijvoorbeeld -o {}.{}.",
                formaat.naam(),
                self.voorbeeld,
                formaat.extensie().unwrap_or("")
            );
        }
        Ok(formaat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAPPORT: Formaten = Formaten::document("rapport", "borgingsrapport");

    #[test]
    fn de_naam_kiest_zonder_vlag() {
        let p = |s: &str| Some(Path::new(s).to_path_buf());
        assert_eq!(
            RAPPORT.kies(None, p("a.DOCX").as_deref()).unwrap(),
            Formaat::Docx
        );
        assert_eq!(
            RAPPORT.kies(None, p("a.pdf").as_deref()).unwrap(),
            Formaat::Pdf
        );
        assert_eq!(
            RAPPORT.kies(None, p("a").as_deref()).unwrap(),
            Formaat::Markdown
        );
        assert_eq!(
            RAPPORT.kies(None, p("a.txt").as_deref()).unwrap(),
            Formaat::Markdown
        );
        assert_eq!(
            RAPPORT
                .kies(Some(Formaat::Html), p("a").as_deref())
                .unwrap(),
            Formaat::Html
        );
        assert_eq!(RAPPORT.kies(None, None).unwrap(), Formaat::Markdown);
    }

    #[test]
    fn tegenspraak_en_onmogelijk_worden_geweigerd() {
        let fout = RAPPORT
            .kies(Some(Formaat::Html), Some(Path::new("r.docx")))
            .unwrap_err()
            .to_string();
        assert!(fout.contains("gebruik --docx"), "{fout}");
        let fout = RAPPORT
            .kies(None, Some(Path::new("r.csv")))
            .unwrap_err()
            .to_string();
        assert!(fout.contains("--html, --pdf of --docx"), "{fout}");
        let fout = RAPPORT
            .kies(Some(Formaat::Pdf), None)
            .unwrap_err()
            .to_string();
        assert!(fout.contains("-o borgingsrapport.pdf"), "{fout}");
    }
}

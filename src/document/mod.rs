//! One document model for everything visieleer hands over: a small, format-agnostic tree.
//!
//! Content code (the report, the cards, the programme documents, the interview guide) decides *what* a document
//! says and builds a [`Document`]: a cover or a title, an optional table of contents, and a
//! flat list of [`Sectie`]s, each with a level and [`Blok`]s (paragraphs, quotes with their
//! attribution, tables with the sentence that introduces them, lists, figures, definition
//! lists, quote cards, and a table with a timeline per row on a shared axis). It never writes
//! markup. A renderer decides only *how* that looks in one format:
//! [`markdown::render`], [`html::render`], [`docx::render`] (Word) and [`pdf::render`] (PDF,
//! typeset by Typst).
//!
//! To make a document: write a function in the content module (see `crate::document::rapport::document`)
//! that returns a `Document` — set `omslag` and `inhoud` for a report with a cover and contents,
//! `voettekst` for the running footer, `stempel` for "CONCEPT", `pagina` for landscape — and let
//! the command call `markdown::render` or `html::render`. Page breaks are requested with
//! [`Sectie::op_nieuwe_pagina`]; everything else about print (headings kept with their text,
//! quotes whole, a table's intro with its table, very long quotes set smaller, cards eight to
//! a sheet with a long quote continued on the next card — see [`kaartvel`]) is the job of the
//! HTML and PDF renderers, and in Word the Word renderer's (headings kept with what follows,
//! quotes kept with their attribution, table rows that do not split); only the PDF (typeset by
//! Typst) also fills in the contents page's page numbers, and Word does when it opens the file.
//! `auteur` names the writer in a Word file's properties.
//!
//! The renderers escape every piece of text they are given (the PDF's as Typst string
//! literals), so no user text can become markup, and render a quote's text verbatim, paragraph by paragraph
//! (`tests/markdown_eigenschappen.rs` checks both for arbitrary quotes). A figure is the one
//! piece of markup content code supplies: an SVG the tool drew itself (`crate::document::svg`).
//!
//! ```
//! use visieleer::document::{Blok, Document, Sectie};
//! let mut doc = Document::nieuw("Verslag");
//! doc.secties.push(Sectie::nieuw(1, "Wat we hoorden").met(Blok::citaat(
//!     "De regels zijn nog van vorig jaar.",
//!     "wijkcoach (uitvoering)",
//!     Some("1.1"),
//! )));
//! assert!(visieleer::document::markdown::render(&doc).contains("> De regels"));
//! assert!(visieleer::document::html::render(&doc).contains("<blockquote>"));
//! ```

pub mod docx;
pub mod html;
pub mod kaartvel;
pub mod markdown;
pub mod pdf;

// The documents built on the model, and the escapers the renderers use.
pub(crate) mod experts;
pub mod kaartjes;
pub(crate) mod landelijk;
pub mod leidraad;
pub mod ontsnappen;
pub(crate) mod overzicht;
pub(crate) mod programma;
pub mod rapport;
pub mod rode_draden;
pub(crate) mod rode_draden_methode;
pub(crate) mod svg;
pub(crate) mod toon;

use crate::luisteren::codeboek::Codeboek;
use crate::model::datum::Datum;
use crate::privacy::Masker;

/// What a document over one traject is given besides the traject: today, the map's codebook,
/// and the masker that knows which names and details to hide (the map's document readers
/// hand one out beside each traject, see `crate::opslag::Map::lees_voor_document`). Nothing
/// a document needs is hidden in the traject itself.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub vandaag: Datum,
    pub boek: &'a Codeboek,
    pub masker: &'a Masker,
}

/// A whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The title: the `<title>` of the HTML, and the first heading when there is no cover.
    pub titel: String,
    /// A cover page of its own; without it the document starts with its title as a heading.
    pub omslag: Option<Omslag>,
    /// Whether a table of contents (the level-1 sections) follows the cover.
    pub inhoud: bool,
    /// Printed at the foot of every page after the cover, with "pagina X van Y".
    pub voettekst: Option<String>,
    /// Printed at the top of every page, such as "CONCEPT".
    pub stempel: Option<String>,
    /// Who wrote it (the facilitator), for the document properties of a Word file.
    pub auteur: Option<String>,
    /// How the pages are laid out when printed.
    pub pagina: Pagina,
    pub secties: Vec<Sectie>,
}

/// The paper a document is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pagina {
    #[default]
    A4Staand,
    A4Liggend,
}

/// The cover: what kind of document, for whom, about what, and in which state.
#[derive(Clone, Debug, PartialEq)]
pub struct Omslag {
    /// The kind of document, as its largest line: "Borgingsrapport".
    pub soort: String,
    /// Whom it is about: the gemeente(n).
    pub titel: String,
    /// The question it answers, shown as a quotation of the kernvraag.
    pub ondertitel: Option<String>,
    /// Short lines at the bottom: status, author, publisher.
    pub regels: Vec<String>,
}

/// A section: a heading of some level and what follows it. Level 1 is a chapter.
#[derive(Clone, Debug, PartialEq)]
pub struct Sectie {
    pub niveau: u8,
    pub titel: String,
    /// Starts on a new page when printed (the samenvatting, an annex); chapters otherwise
    /// follow each other on the same page.
    pub nieuwe_pagina: bool,
    pub blokken: Vec<Blok>,
}

impl Sectie {
    pub fn nieuw(niveau: u8, titel: impl Into<String>) -> Sectie {
        Sectie {
            niveau: niveau.clamp(1, 3),
            titel: titel.into(),
            nieuwe_pagina: false,
            blokken: Vec::new(),
        }
    }

    /// The section, starting on a new page when printed.
    pub fn op_nieuwe_pagina(mut self) -> Sectie {
        self.nieuwe_pagina = true;
        self
    }

    /// The section with one more block.
    pub fn met(mut self, blok: Blok) -> Sectie {
        self.blokken.push(blok);
        self
    }

    pub fn voeg_toe(&mut self, blok: Blok) {
        self.blokken.push(blok);
    }
}

/// A piece of running text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Tekst(String),
    /// Emphasis (italics): a kernvraag, a title.
    Nadruk(String),
    /// Strong: a label at the start of a paragraph.
    Sterk(String),
}

/// Text with inline marks, as paragraphs and list items hold it.
pub type Regel = Vec<Inline>;

/// Plain text as a [`Regel`].
pub fn tekst(t: impl Into<String>) -> Regel {
    vec![Inline::Tekst(t.into())]
}

/// A block of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Blok {
    Alinea(Regel),
    /// A quote, shown verbatim, kept on one page with its attribution.
    Citaat {
        tekst: String,
        /// Who said it, by role and perspective only.
        toeschrijving: String,
        /// The quote's id, as `2.1`.
        id: Option<String>,
    },
    /// A table; its intro sentence stays on the page of the table.
    Tabel {
        intro: Option<Regel>,
        kop: Vec<String>,
        rijen: Vec<Vec<String>>,
    },
    Lijst {
        genummerd: bool,
        items: Vec<Regel>,
    },
    /// Terms with their explanation: "Kick-off — 24 januari 2024".
    Definities(Vec<(String, Regel)>),
    /// A drawing the tool made (SVG), with a caption that stands in for it where it cannot be
    /// shown (markdown), and optionally its data as a table (header, rows) for formats that
    /// show no SVG (Word).
    Figuur {
        svg: String,
        onderschrift: String,
        tabel: Option<(Vec<String>, Vec<Vec<String>>)>,
    },
    /// A short note set apart, such as the source of a factsheet.
    Kader(Regel),
    /// Quote cards to print and cut: in HTML a grid of cards, eight to an A4 sheet, a quote
    /// too long for one card continued on the next; in markdown one after the other.
    Kaarten(Vec<Kaart>),
    /// A table with a drawing in one column, every row's drawing on one shared scale (a
    /// timeline per traject on a shared time axis). In markdown the column holds each row's
    /// text instead.
    Tijdbalken {
        kop: Vec<String>,
        /// The column the drawings go in, counted among the columns of `kop`.
        kolom: usize,
        /// The shared scale, drawn (SVG) in the header of that column.
        schaal: String,
        rijen: Vec<Tijdbalk>,
    },
}

/// One row of [`Blok::Tijdbalken`]: its cells, without the drawing's column.
#[derive(Clone, Debug, PartialEq)]
pub struct Tijdbalk {
    pub cellen: Vec<String>,
    /// The drawing (SVG).
    pub svg: String,
    /// What the drawing shows, in words, for where it cannot be shown.
    pub tekst: String,
}

/// One quote card: which card, from where, the quote, who said it and its themes.
#[derive(Clone, Debug, PartialEq)]
pub struct Kaart {
    /// The card's name and id, as its first line: "Kaartje 1.2".
    pub kop: String,
    /// Where it comes from, printed beside the name: the gemeente(n).
    pub herkomst: String,
    /// The quote, verbatim.
    pub tekst: String,
    /// Who said it, by role and perspective only.
    pub bron: String,
    /// The themes, as words ("Rust en regie").
    pub themas: Vec<String>,
}

impl Blok {
    pub fn alinea(t: impl Into<String>) -> Blok {
        Blok::Alinea(tekst(t))
    }

    pub fn citaat(
        tekst: impl Into<String>,
        toeschrijving: impl Into<String>,
        id: Option<&str>,
    ) -> Blok {
        Blok::Citaat {
            tekst: tekst.into(),
            toeschrijving: toeschrijving.into(),
            id: id.map(str::to_string),
        }
    }

    pub fn lijst(items: impl IntoIterator<Item = Regel>) -> Blok {
        Blok::Lijst {
            genummerd: false,
            items: items.into_iter().collect(),
        }
    }
}

impl Document {
    /// An empty document with a title and no cover.
    pub fn nieuw(titel: impl Into<String>) -> Document {
        Document {
            titel: titel.into(),
            omslag: None,
            inhoud: false,
            voettekst: None,
            stempel: None,
            auteur: None,
            pagina: Pagina::default(),
            secties: Vec::new(),
        }
    }

    /// The chapters (level-1 sections) for the table of contents.
    pub fn hoofdstukken(&self) -> impl Iterator<Item = &Sectie> {
        self.secties.iter().filter(|s| s.niveau == 1)
    }
}

/// A quote's attribution line as every format prints it: "wijkcoach (uitvoering), citaat 1.1".
pub fn bronregel(toeschrijving: &str, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{toeschrijving}, citaat {id}"),
        None => toeschrijving.to_string(),
    }
}

/// Items as Dutch prose: "a", "a en b", "a, b en c".
pub fn opsomming<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [een] => een.as_ref().to_string(),
        [kop @ .., laatste] => format!(
            "{} en {}",
            kop.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", "),
            laatste.as_ref()
        ),
    }
}

/// A document with a control and a bidi character in every piece of text it can hold, for the
/// renderers' tests: none of them may show one raw.
#[cfg(test)]
pub(crate) fn met_stuurtekens() -> Document {
    let t = |s: &str| format!("{s} \u{1b}[31m\u{7}\u{202e}\r\u{85}eind");
    let regel = |s: &str| {
        vec![
            Inline::Tekst(t(s)),
            Inline::Nadruk(t(s)),
            Inline::Sterk(t(s)),
        ]
    };
    let mut doc = Document::nieuw(t("titel"));
    doc.omslag = Some(Omslag {
        soort: t("soort"),
        titel: t("omslag"),
        ondertitel: Some(t("vraag")),
        regels: vec![t("regel")],
    });
    doc.inhoud = true;
    doc.voettekst = Some(t("voet"));
    doc.stempel = Some(t("stempel"));
    let kaart = Kaart {
        kop: t("kop"),
        herkomst: t("herkomst"),
        tekst: t("kaarttekst"),
        bron: t("kaartbron"),
        themas: vec![t("thema")],
    };
    doc.secties.push(
        Sectie::nieuw(1, t("sectie"))
            .met(Blok::Alinea(regel("alinea")))
            .met(Blok::Citaat {
                tekst: t("citaat"),
                toeschrijving: t("toeschrijving"),
                id: Some(t("id")),
            })
            .met(Blok::Tabel {
                intro: Some(regel("intro")),
                kop: vec![t("kop")],
                rijen: vec![vec![t("cel")]],
            })
            .met(Blok::Lijst {
                genummerd: true,
                items: vec![regel("item")],
            })
            .met(Blok::Definities(vec![(t("term"), regel("uitleg"))]))
            .met(Blok::Figuur {
                svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".into(),
                onderschrift: t("onderschrift"),
                tabel: Some((vec![t("fkop")], vec![vec![t("fcel")]])),
            })
            .met(Blok::Kader(regel("kader")))
            .met(Blok::Kaarten(vec![kaart]))
            .met(Blok::Tijdbalken {
                kop: vec![t("tkop"), t("balk")],
                kolom: 1,
                schaal: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".into(),
                rijen: vec![Tijdbalk {
                    cellen: vec![t("tcel")],
                    svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".into(),
                    tekst: t("balktekst"),
                }],
            }),
    );
    doc
}

//! A [`Document`] as a PDF, typeset in-process by Typst (used as a library; no browser).
//!
//! [`bron`] turns the document into Typst source: a fixed preamble that defines how every kind
//! of block looks (below, [`OPMAAK`]), followed by one call per block. Every piece of text goes
//! in as a string literal ([`crate::document::ontsnappen::typst::tekst`]), never as markup, so
//! no quote or facilitator text can become Typst code. [`render`] compiles that source with
//! the fonts shipped in `fonts/carlito` (SIL Open Font License) and writes the PDF.
//!
//! Typst does the print rules the HTML can only ask a browser for: a contents page with the
//! real page numbers, "pagina X van Y" in the footer, Dutch hyphenation, headings kept with
//! what follows, no widows or orphans, a quote kept whole, tables repeating their header
//! row, a short table kept whole with its intro, and figures as vector graphics.
//!
//! The PDF is deterministic: its date is the document date given (visieleer's today, which
//! `VISIELEER_VANDAAG` fixes), its identifier is derived from the title, and nothing else
//! varies between runs.

use std::fmt::Write as _;
use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::layout::Abs;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInstance, FontVariations};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::{Blok, Document, Inline, Kaart, Pagina, Regel, Sectie, bronregel, kaartvel};
use crate::document::ontsnappen::markdown::alineas;
use crate::document::ontsnappen::typst::tekst as lit;
use crate::model::datum::Datum;

/// The one family the PDF is set in: Carlito (metric-compatible with Calibri), regular,
/// italic, bold and bold italic, under the SIL Open Font License (`fonts/carlito/OFL.txt`).
const LETTERS: [&[u8]; 4] = [
    include_bytes!("../../fonts/carlito/Carlito-Regular.ttf"),
    include_bytes!("../../fonts/carlito/Carlito-Italic.ttf"),
    include_bytes!("../../fonts/carlito/Carlito-Bold.ttf"),
    include_bytes!("../../fonts/carlito/Carlito-BoldItalic.ttf"),
];

/// Quotes longer than this many characters are set smaller (9 pt), as in the HTML, so the
/// longest quote visieleer accepts still fits whole on one page.
const LANG_CITAAT: usize = 2500;

/// Tables up to this many rows and characters are kept whole on one page with their intro;
/// longer ones break between rows and repeat their header (the same rule as the HTML).
const KORTE_TABEL: usize = 20;
const KORTE_TABEL_TEKENS: usize = 1200;

/// How every block looks. Functions called by the generated body; no user text in here.
const OPMAAK: &str = r##"
#let blauw = rgb("#1d3f66")
#let accent = rgb("#5a7fa8")
#let rood = rgb("#b22222")
#set text(font: "Carlito", size: 11pt, lang: "nl", region: "NL", hyphenate: true, costs: (widow: 100%, orphan: 100%))
#set par(justify: true, leading: 0.62em, spacing: 0.95em)
#set heading(numbering: none)
#show heading: set block(sticky: true)
#show heading.where(level: 1): it => block(above: 1.6em, below: 0.8em, sticky: true, text(size: 17pt, fill: blauw, weight: "bold", hyphenate: false, it.body))
#show heading.where(level: 2): it => block(above: 1.3em, below: 0.6em, sticky: true, text(size: 13pt, weight: "bold", hyphenate: false, it.body))
#show heading.where(level: 3): it => block(above: 1.1em, below: 0.5em, sticky: true, text(size: 10pt, fill: blauw, weight: "bold", tracking: 0.06em, hyphenate: false, upper(it.body)))
#show outline.entry.where(level: 1): set block(above: 0.9em)
#set table(stroke: 0.3mm + luma(187), inset: (x: 2mm, y: 1.2mm), fill: (x, y) => if y == 0 { rgb("#eef2f7") })
#show table.cell: set par(justify: false)
#show table.cell: set text(size: 10pt)
#show table.cell.where(y: 0): set text(weight: "bold")
#show figure.caption: set text(size: 9pt, fill: luma(68))
#set list(indent: 1mm, body-indent: 2.5mm, spacing: 0.7em)
#set enum(indent: 1mm, body-indent: 2.5mm, spacing: 0.7em)

#let voet(tekst, omslag) = context {
  let nr = counter(page).get().first()
  if not omslag or nr > 1 {
    set text(size: 8.5pt, fill: luma(85))
    grid(columns: (1fr, auto), gutter: 4mm, tekst, [pagina #nr van #counter(page).final().first()])
  }
}

#let stempel(tekst) = align(center, text(size: 11pt, weight: "bold", fill: rood, tekst))

#let omslag(soort, titel, vraag, regels) = page(footer: none, {
  v(40mm)
  block(below: 5mm, text(size: 13pt, fill: blauw, tracking: 0.08em, upper(soort)))
  // The leading inside the 28 pt text, so a two-line title does not crowd (0.4 em of 28 pt).
  block(below: 10mm, text(size: 28pt, weight: "bold", hyphenate: false, par(justify: false, leading: 0.4em, titel)))
  if vraag != none {
    block(width: 85%, par(justify: false, text(size: 14pt, style: "italic", hyphenate: false, ["#vraag"])))
  }
  v(1fr)
  for r in regels { block(below: 2mm, text(size: 11pt, r)) }
})

#let titel(t) = block(below: 6mm, par(justify: false, text(size: 20pt, weight: "bold", hyphenate: false, t)))

#let citaat(alineas, bron, klein) = block(breakable: false, width: 100%, above: 1em, below: 1.2em, {
  block(width: 100%, fill: rgb("#f3f6fa"), stroke: (left: 1.2mm + accent), inset: (left: 4mm, right: 4mm, y: 2mm), {
    set text(size: if klein { 9pt } else { 11pt }, hyphenate: false)
    set par(justify: false, leading: if klein { 0.5em } else { 0.62em })
    for a in alineas { par(a) }
  })
  pad(left: 5mm, top: 0.8mm, text(size: 9.5pt, fill: luma(68), [— #bron]))
})

// Column widths measured from the text: every column at least as wide as its longest word,
// the room left shared in proportion to how much more each column would like, so no ordinary
// word is broken; only a table too wide even then gets hyphenation.
#let celrand = 4mm + 0.3mm
#let breedtes(kop, rijen, beschikbaar) = {
  let woorden(t, vet) = t.split(regex("\\s+")).map(w => measure(text(size: 10pt, weight: if vet { "bold" } else { "regular" }, w)).width)
  let n = kop.len()
  let minimaal = range(n).map(i => calc.max(0pt, ..woorden(kop.at(i), true), ..rijen.map(r => calc.max(0pt, ..woorden(r.at(i), false)))) + celrand)
  let natuurlijk = range(n).map(i => calc.max(measure(text(size: 10pt, weight: "bold", kop.at(i))).width, ..rijen.map(r => measure(text(size: 10pt, r.at(i))).width)) + celrand)
  if natuurlijk.sum() <= beschikbaar { return (natuurlijk, false) }
  if minimaal.sum() >= beschikbaar { return (range(n).map(_ => 1fr), true) }
  // Columns that need less than an equal share of what is left get what they need, until
  // none does; the others share the rest from their minimum, in proportion to what they lack.
  let vast = range(n).map(_ => false)
  let verder = true
  while verder {
    let open = range(n).filter(i => not vast.at(i))
    let rest = beschikbaar - range(n).filter(i => vast.at(i)).map(i => natuurlijk.at(i)).sum(default: 0pt)
    let klein = open.filter(i => natuurlijk.at(i) <= rest / open.len())
    verder = klein.len() > 0 and klein.len() < open.len()
    for i in klein { vast.at(i) = true }
  }
  let open = range(n).filter(i => not vast.at(i))
  let rest = beschikbaar - range(n).map(i => if vast.at(i) { natuurlijk.at(i) } else { minimaal.at(i) }).sum()
  let som = open.map(i => natuurlijk.at(i) - minimaal.at(i)).sum(default: 0pt)
  let uit = range(n).map(i => if vast.at(i) { natuurlijk.at(i) } else if som > 0pt { minimaal.at(i) + rest * ((natuurlijk.at(i) - minimaal.at(i)) / som) } else { minimaal.at(i) })
  (uit, false)
}

#let tabel(intro, kop, rijen, kort) = block(breakable: not kort, width: 100%, above: 1em, below: 1.2em, {
  if intro != none { block(sticky: true, below: 0.6em, intro) }
  layout(ruimte => {
    let (kolommen, afbreken) = breedtes(kop, rijen, ruimte.width)
    set text(hyphenate: afbreken)
    show table.cell: set text(hyphenate: afbreken)
    table(
      columns: kolommen,
      ..if kop.any(k => k != "") { (table.header(repeat: true, ..kop),) },
      ..rijen.flatten(),
    )
  })
})

#let kader(inhoud) = block(breakable: false, width: 100%, stroke: 0.3mm + luma(187), fill: luma(247), inset: (x: 4mm, y: 2mm), text(size: 9.5pt, inhoud))

#let definities(paren) = for (term, uitleg) in paren {
  par(justify: false, hanging-indent: 4mm, [#strong(term)#h(0.6em)#uitleg])
}

#let figuur(svg, onderschrift) = figure(image(bytes(svg), format: "svg", width: 100%), caption: onderschrift, supplement: [Figuur])

// A card: its name, the quote in the room left, its foot. Lines stack at 1.25 × the type size
// (a line box of 1 em plus 0.25 em leading) and a paragraph break costs one line, as
// `kaartvel` counts them with Carlito's widths; lines break greedily at spaces.
#let kaart(kop, grootte, alineas, bron, themas) = block(breakable: false, width: 95mm, height: 60mm, inset: (x: 5mm, y: 4mm), stroke: (thickness: 0.3mm, paint: luma(136), dash: "dashed"), {
  set text(hyphenate: false, top-edge: 0.8em, bottom-edge: -0.2em)
  set par(justify: false, leading: 0.25em, spacing: 1.25em, linebreaks: "simple")
  grid(rows: (auto, 1fr, auto), row-gutter: 1.5mm,
    text(size: 10pt, fill: luma(85), kop),
    { set text(size: grootte); for a in alineas { par(a) } },
    { set text(size: 10pt, fill: luma(51)); [— #bron]; if themas != "" { linebreak(); themas } },
  )
})

#let kaarten(lijst) = grid(columns: (95mm, 95mm), row-gutter: 0mm, ..lijst)
"##;

/// The Typst source of a document: the page set-up, the preamble and one call per block.
pub fn bron(doc: &Document, datum: Option<Datum>) -> String {
    let mut uit = String::new();
    let kaartvel = heeft_kaarten(doc);
    let _ = writeln!(
        uit,
        "#set document(title: {}, date: {})",
        lit(&doc.titel),
        match datum {
            Some(d) => format!(
                "datetime(year: {}, month: {}, day: {})",
                d.jaar(),
                d.maand(),
                d.dag()
            ),
            None => "none".into(),
        }
    );
    let marges = if kaartvel {
        "(top: 10mm, bottom: 14mm, x: 10mm)"
    } else if doc.pagina == Pagina::A4Liggend {
        "(top: 14mm, bottom: 16mm, x: 16mm)"
    } else {
        "(top: 20mm, bottom: 22mm, x: 20mm)"
    };
    uit.push_str(OPMAAK);
    let _ = writeln!(
        uit,
        "#set page(paper: \"a4\", flipped: {}, margin: {marges}, footer-descent: 40%, footer: voet({}, {}), header: {})",
        doc.pagina == Pagina::A4Liggend,
        doc.voettekst
            .as_deref()
            .map(lit)
            .unwrap_or_else(|| "[]".into()),
        doc.omslag.is_some(),
        doc.stempel
            .as_deref()
            .map(|s| format!("stempel({})", lit(s)))
            .unwrap_or_else(|| "none".into())
    );
    match &doc.omslag {
        Some(o) => {
            let _ = writeln!(
                uit,
                "#omslag({}, {}, {}, ({}))",
                lit(&o.soort),
                lit(&o.titel),
                o.ondertitel
                    .as_deref()
                    .map(lit)
                    .unwrap_or_else(|| "none".into()),
                lijst(o.regels.iter().map(|r| lit(r)))
            );
        }
        None => {
            let _ = writeln!(uit, "#titel({})", lit(&doc.titel));
        }
    }
    if doc.inhoud {
        uit.push_str("#outline(title: \"Inhoud\", depth: 1)\n");
    }
    for (nr, sectie) in doc.secties.iter().enumerate() {
        sectie_typst(&mut uit, sectie, nr == 0 && doc.inhoud);
    }
    uit
}

/// Items as the inside of a Typst array: `a, b, ` (the trailing comma keeps one item an array).
fn lijst(items: impl Iterator<Item = String>) -> String {
    let mut uit = String::new();
    for item in items {
        uit.push_str(&item);
        uit.push_str(", ");
    }
    uit
}

fn heeft_kaarten(doc: &Document) -> bool {
    doc.secties
        .iter()
        .flat_map(|s| &s.blokken)
        .any(|b| matches!(b, Blok::Kaarten(_)))
}

fn sectie_typst(uit: &mut String, sectie: &Sectie, na_inhoud: bool) {
    if sectie.nieuwe_pagina || na_inhoud {
        uit.push_str("#pagebreak(weak: true)\n");
    }
    let _ = writeln!(
        uit,
        "#heading(level: {}, {})",
        sectie.niveau,
        lit(&sectie.titel)
    );
    for blok in &sectie.blokken {
        blok_typst(uit, blok);
    }
}

/// Text with its marks as Typst content: `[#"a"#emph("b")]`.
fn regel(r: &Regel) -> String {
    let mut uit = String::from("[");
    for i in r {
        match i {
            Inline::Tekst(t) => {
                uit.push('#');
                uit.push_str(&lit(t));
            }
            Inline::Nadruk(t) => {
                let _ = write!(uit, "#emph({})", lit(t));
            }
            Inline::Sterk(t) => {
                let _ = write!(uit, "#strong({})", lit(t));
            }
        }
    }
    uit.push(']');
    uit
}

/// A quote's paragraphs as a Typst array, each paragraph's lines joined into one line (as the
/// HTML shows them).
fn citaat_alineas(tekst: &str) -> String {
    lijst(alineas(tekst).into_iter().map(|a| lit(&a.join(" "))))
}

fn blok_typst(uit: &mut String, blok: &Blok) {
    match blok {
        Blok::Alinea(r) => {
            let _ = writeln!(uit, "#par({})", regel(r));
        }
        Blok::Citaat {
            tekst,
            toeschrijving,
            id,
        } => {
            let _ = writeln!(
                uit,
                "#citaat(({}), {}, {})",
                citaat_alineas(tekst),
                lit(&bronregel(toeschrijving, id.as_deref())),
                tekst.chars().count() > LANG_CITAAT
            );
        }
        Blok::Tabel { intro, kop, rijen } => tabel(uit, intro.as_ref(), kop, rijen),
        Blok::Lijst { genummerd, items } => {
            let _ = writeln!(
                uit,
                "#{}({})",
                if *genummerd { "enum" } else { "list" },
                items.iter().map(regel).collect::<Vec<_>>().join(", ")
            );
        }
        Blok::Definities(paren) => {
            let _ = writeln!(
                uit,
                "#definities(({}))",
                lijst(paren.iter().map(|(term, uitleg)| format!(
                    "({}, {})",
                    lit(term),
                    regel(uitleg)
                )))
            );
        }
        Blok::Figuur {
            svg, onderschrift, ..
        } => {
            let _ = writeln!(uit, "#figuur({}, {})", lit(svg), lit(onderschrift));
        }
        Blok::Kader(r) => {
            let _ = writeln!(uit, "#kader({})", regel(r));
        }
        Blok::Kaarten(kaarten) => kaarten_typst(uit, kaarten),
        Blok::Tijdbalken {
            kop,
            kolom,
            schaal,
            rijen,
        } => {
            let beeld =
                |svg: &str| format!("image(bytes({}), format: \"svg\", width: 100%)", lit(svg));
            let mut kopcellen = Vec::new();
            for (i, k) in kop.iter().enumerate() {
                kopcellen.push(if i == *kolom { beeld(schaal) } else { lit(k) });
            }
            let mut cellen = Vec::new();
            for rij in rijen {
                let mut tekst = rij.cellen.iter();
                for i in 0..kop.len() {
                    cellen.push(if i == *kolom {
                        beeld(&rij.svg)
                    } else {
                        tekst.next().map(|c| lit(c)).unwrap_or_else(|| "[]".into())
                    });
                }
            }
            // The drawings are 300 units wide with 9-unit labels: at 42 % of a landscape
            // page (as in the HTML) a unit is a little over a point, so no label is under 9 pt;
            // the text columns wrap at words, never inside a name.
            let breedtes: Vec<&str> = (0..kop.len())
                .map(|i| if i == *kolom { "42%" } else { "auto" })
                .collect();
            let _ = writeln!(
                uit,
                "#{{ set text(hyphenate: false); table(columns: ({}), inset: (x: 1.5mm, y: 1mm), table.header(repeat: true, {}), {}) }}",
                lijst(breedtes.iter().map(|b| b.to_string())),
                kopcellen.join(", "),
                cellen.join(", ")
            );
        }
    }
}

fn tabel(uit: &mut String, intro: Option<&Regel>, kop: &[String], rijen: &[Vec<String>]) {
    let tekens: usize = rijen.iter().flatten().map(|c| c.chars().count()).sum();
    let kort = rijen.len() <= KORTE_TABEL && tekens <= KORTE_TABEL_TEKENS;
    let kolommen = kop
        .len()
        .max(rijen.iter().map(Vec::len).max().unwrap_or(0))
        .max(1);
    // Every row gets as many cells as the table has columns, so a short row cannot shift the
    // cells after it.
    let rijen_typst = rijen
        .iter()
        .map(|rij| {
            let cellen: Vec<String> = (0..kolommen)
                .map(|i| rij.get(i).map(|c| lit(c)).unwrap_or_else(|| "\"\"".into()))
                .collect();
            format!("({})", lijst(cellen.into_iter()))
        })
        .collect::<Vec<_>>();
    let kop_typst: Vec<String> = (0..kolommen)
        .map(|i| kop.get(i).map(|k| lit(k)).unwrap_or_else(|| "\"\"".into()))
        .collect();
    let _ = writeln!(
        uit,
        "#tabel({}, ({}), ({}), {kort})",
        intro.map(regel).unwrap_or_else(|| "none".into()),
        lijst(kop_typst.into_iter()),
        lijst(rijen_typst.into_iter()),
    );
}

/// Cards two to a row, 95 × 60 mm each, never split over two pages; a quote too long for one
/// card continues on the next, as [`kaartvel::delen`] divides it.
fn kaarten_typst(uit: &mut String, kaarten: &[Kaart]) {
    let mut gedrukt = Vec::new();
    for kaart in kaarten {
        let delen = kaartvel::delen(kaart, &kaartmaat());
        let van = delen.len();
        for (i, deel) in delen.into_iter().enumerate() {
            gedrukt.push(format!(
                "kaart({}, {:.1}pt, ({}), {}, {})",
                lit(&kaartvel::kopregel(kaart, i + 1, van)),
                deel.grootte_pt,
                lijst(deel.alineas.iter().map(|a| lit(a))),
                lit(&kaart.bron),
                lit(&kaart.themas.join(" · "))
            ));
        }
    }
    let _ = writeln!(uit, "#kaarten(({}))", lijst(gedrukt.into_iter()));
}

/// Carlito's widths for the card layout: a quote fills a card as far as it does in print.
pub fn kaartmaat() -> kaartvel::Maat {
    kaartvel::Maat {
        breedte: carlito,
        speling: 0.03,
        onder_em: 0.25,
    }
}

/// The advance width of a character in Carlito Regular, in em; a character the font lacks
/// counts as a wide one.
fn carlito(c: char) -> f64 {
    static GEWOON: OnceLock<Option<FontInstance>> = OnceLock::new();
    GEWOON
        .get_or_init(|| {
            let letter = letters().0.first()?.clone();
            let variant = letter.info().variant;
            Some(letter.instantiate(variant, Abs::pt(10.0), &FontVariations::default()))
        })
        .as_ref()
        .and_then(|f| f.x_advance(f.ttf().glyph_index(c)?.0))
        .map(|em| em.get())
        .unwrap_or(1.0)
}

/// The document as PDF bytes, dated `datum` (PDF/A-2b when the text allows it).
pub fn render(doc: &Document, datum: Datum) -> Result<Vec<u8>> {
    let wereld = Wereld::nieuw(bron(doc, Some(datum)));
    let uitkomst = typst::compile::<PagedDocument>(&wereld);
    let opgemaakt = uitkomst.output.map_err(|fouten| {
        anyhow!(
            "Het PDF-document kon niet worden opgemaakt ({}); dit is een fout in visieleer, meld hem graag.",
            fouten
                .iter()
                .map(|f| f.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let opties = |standaard: &[typst_pdf::PdfStandard]| typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(doc.titel.clone()),
        creator: typst::foundations::Smart::Custom(Some("visieleer".into())),
        timestamp: Datetime::from_ymd(datum.jaar(), datum.maand() as u8, datum.dag() as u8)
            .map(typst_pdf::Timestamp::new_utc),
        page_ranges: None,
        standards: typst_pdf::PdfStandards::new(standaard).unwrap_or_default(),
        tagged: true,
        pretty: false,
    };
    // PDF/A-2b, the archival standard, refuses a glyph the font does not have; a quote with
    // such a character (an emoji, a script Carlito lacks) gets an ordinary PDF instead.
    typst_pdf::pdf(&opgemaakt, &opties(&[typst_pdf::PdfStandard::A_2b]))
        .or_else(|_| typst_pdf::pdf(&opgemaakt, &opties(&[])))
        .map_err(|fouten| {
            anyhow!(
                "Het PDF-document kon niet worden geschreven ({}); dit is een fout in visieleer, meld hem graag.",
                fouten
                    .iter()
                    .map(|f| f.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })
}

/// The characters of a document that the PDF's font does not have (an emoji, Chinese): they
/// print as an empty box, so the command names them instead of dropping them silently.
pub fn ontbrekende_tekens(doc: &Document) -> Vec<char> {
    let Some(letter) = letters().0.first() else {
        return Vec::new();
    };
    let mut tekens: Vec<char> = bron(doc, None)
        .chars()
        .filter(|c| !c.is_whitespace() && !letter.info().coverage.contains(*c as u32))
        .collect();
    tekens.sort_unstable();
    tekens.dedup();
    tekens
}

/// The fonts and their book, parsed once.
fn letters() -> &'static (Vec<Font>, LazyHash<FontBook>) {
    static LETTERS_GELADEN: OnceLock<(Vec<Font>, LazyHash<FontBook>)> = OnceLock::new();
    LETTERS_GELADEN.get_or_init(|| {
        let fonts: Vec<Font> = LETTERS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let boek = LazyHash::new(FontBook::from_fonts(&fonts));
        (fonts, boek)
    })
}

/// What Typst may see: the standard library, the shipped fonts and one source file. No file
/// system, no packages, no clock.
struct Wereld {
    bibliotheek: LazyHash<Library>,
    bron: Source,
}

impl Wereld {
    fn nieuw(tekst: String) -> Wereld {
        let pad = VirtualPath::new("main.typ").expect("een geldig pad");
        let id = FileId::new(RootedPath::new(VirtualRoot::Project, pad));
        Wereld {
            bibliotheek: LazyHash::new(Library::default()),
            bron: Source::new(id, tekst),
        }
    }
}

impl World for Wereld {
    fn library(&self) -> &LazyHash<Library> {
        &self.bibliotheek
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &letters().1
    }

    fn main(&self) -> FileId {
        self.bron.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.bron.id() {
            Ok(self.bron.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        letters().0.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geen_stuurteken_in_de_bron() {
        let b = bron(&super::super::met_stuurtekens(), None);
        assert!(!b.chars().any(crate::model::teken::is_stuurteken), "{b:?}");
    }

    #[test]
    fn tekens_buiten_de_letter_worden_genoemd() {
        let mut doc = Document::nieuw("Waar 😀 é ü ß €?");
        doc.secties.push(Sectie::nieuw(1, "中"));
        assert_eq!(ontbrekende_tekens(&doc), vec!['中', '😀']);
    }

    #[test]
    fn kaartjes_rekenen_met_de_breedte_van_carlito() {
        assert!(carlito('m') > carlito('n') && carlito('n') > carlito('i'));
        assert!(carlito(' ') > 0.1 && carlito(' ') < 0.4);
        // Carlito is narrower than the browser's count: a long quote takes fewer cards.
        let kaart = Kaart {
            kop: "Kaartje 1.1".into(),
            herkomst: "Zeewijk".into(),
            tekst: "Dit is een zin over de toegang tot het sociaal domein. ".repeat(20),
            bron: "wijkcoach (uitvoering)".into(),
            themas: vec!["Rust en regie".into()],
        };
        let pdf = kaartvel::delen(&kaart, &kaartmaat()).len();
        let html = kaartvel::delen(&kaart, &kaartvel::HTML).len();
        assert!(pdf < html, "{pdf} kaartjes in de PDF, {html} in HTML");
    }

    #[test]
    fn elk_soort_blok_wordt_opgemaakt() {
        let pdf = render(
            &super::super::met_stuurtekens(),
            "2024-04-15".parse().unwrap(),
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}

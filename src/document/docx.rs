//! A [`Document`] as a Word file (.docx), the form a gemeente edits the report in.
//!
//! Headings use Word's built-in style ids (`Title`, `Heading1`..`Heading3`, `Quote`), so the
//! navigation pane, the table of contents and a restyle in Word work as on any Word document.
//! A quote is a `Quote` paragraph per paragraph of its text, with its attribution under it in
//! a style of its own; tables are Word tables with a shaded header row; the footer holds the
//! document's footer text and "pagina X van Y" as fields; the stamp ("CONCEPT") is the page
//! header. A figure is an SVG, which Word shows only from Office 2016 on and only with a PNG
//! beside it; visieleer draws no PNG (that takes a rasteriser and fonts), so a figure that
//! carries its data as a table ([`Blok::Figuur`]'s `tabel`) becomes that table in Word, and
//! otherwise its caption.
//!
//! The bytes depend only on the document and the given date: docx-rs packs with fixed zip
//! timestamps, and the creation date is set here.

use anyhow::{Result, anyhow};
use docx_rs::{
    AlignmentType, BreakType, DocumentChild, Docx, FieldCharType, Footer, Header, InstrPAGEREF,
    InstrText, InstrToC, LineSpacing, PageMargin, PageOrientationType, Paragraph, Run, RunFonts,
    Shading, Style, StyleType, Tab, TabLeaderType, TabValueType, Table, TableCell, TableRow,
    WidthType,
};

use super::{Blok, Document, Inline, Pagina, Regel, bronregel};
use crate::document::ontsnappen::markdown::alineas;
use crate::model::datum::Datum;

/// A4 in twentieths of a point.
const A4_KORT: u32 = 11906;
const A4_LANG: u32 = 16838;
/// The margin on every side: 18 mm, as the HTML prints.
const MARGE: i32 = 1020;

/// The document as the bytes of a .docx file; `aangemaakt` is its creation date.
pub fn render(doc: &Document, aangemaakt: Datum) -> Result<Vec<u8>> {
    let mut docx = Docx::new()
        .created_at(&format!("{aangemaakt}T00:00:00Z"))
        .updated_at(&format!("{aangemaakt}T00:00:00Z"))
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(100).line(264))
        .page_margin(
            PageMargin::new()
                .top(MARGE)
                .bottom(MARGE)
                .left(MARGE)
                .right(MARGE),
        );
    let papierbreedte = match doc.pagina {
        Pagina::A4Staand => A4_KORT,
        Pagina::A4Liggend => A4_LANG,
    };
    let tekstbreedte = (papierbreedte as i32 - 2 * MARGE) as usize;
    docx = match doc.pagina {
        Pagina::A4Staand => docx.page_size(A4_KORT, A4_LANG),
        Pagina::A4Liggend => docx
            .page_size(A4_LANG, A4_KORT)
            .page_orient(PageOrientationType::Landscape),
    };
    for stijl in stijlen() {
        docx = docx.add_style(stijl);
    }
    docx = docx.footer(voet(doc));
    if let Some(s) = &doc.stempel {
        docx = docx.header(stempel(s));
    }
    if let Some(o) = &doc.omslag {
        // The cover page has no page number; the stamp stays on it.
        docx = docx.title_pg().first_footer(Footer::new());
        if let Some(s) = &doc.stempel {
            docx = docx.first_header(stempel(s));
        }
        docx = docx
            .add_paragraph(alinea("Subtitle", &o.soort))
            .add_paragraph(alinea("Title", &o.titel));
        if let Some(v) = &o.ondertitel {
            docx = docx.add_paragraph(
                Paragraph::new()
                    .style("Subtitle")
                    .add_run(tekst_run(v).italic()),
            );
        }
        for r in &o.regels {
            docx = docx.add_paragraph(alinea("Normal", r));
        }
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Normal")
                .add_run(Run::new().add_break(BreakType::Page)),
        );
    } else {
        docx = docx.add_paragraph(alinea("Title", &doc.titel));
    }
    if doc.inhoud {
        docx = docx.add_paragraph(alinea("TOCHeading", "Inhoud"));
        for p in inhoudsopgave(doc, tekstbreedte) {
            met_alinea(&mut docx, p);
        }
    }
    for (nr, sectie) in doc.secties.iter().enumerate() {
        let niveau = sectie.niveau.clamp(1, 3);
        // A bookmark per heading, for the contents' page references.
        docx = docx.add_paragraph(
            Paragraph::new()
                .style(&format!("Heading{niveau}"))
                .add_bookmark_start(nr + 1, format!("_Toc{nr}"))
                .add_run(tekst_run(&sectie.titel))
                .add_bookmark_end(nr + 1)
                .keep_next(true)
                .page_break_before(sectie.nieuwe_pagina),
        );
        for blok in &sectie.blokken {
            blok_naar(&mut docx, blok, tekstbreedte);
        }
    }
    let mut uit = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut uit)
        .map_err(|f| anyhow!("Het Word-bestand kon niet worden gemaakt ({f})."))?;
    Ok(uit.into_inner())
}

/// A table-of-contents field over the headings of level 1 and 2, filled in with their titles
/// and a page reference to each heading's bookmark. The field is marked dirty, so Word renews
/// it (page numbers) when it opens the file; LibreOffice shows the titles and fills in the
/// page numbers on "Inhoudsopgave bijwerken". A page number visieleer cannot know is left out
/// rather than guessed.
/// Every field part is a run of its own, as Word writes it: LibreOffice misreads a TOC whose
/// first entry holds field parts together in one run.
fn inhoudsopgave(doc: &Document, tekstbreedte: usize) -> Vec<Paragraph> {
    let veld = |t: FieldCharType, dirty: bool| Run::new().add_field_char(t, dirty);
    let instructie = |i: InstrText| Run::new().add_instr_text(i);
    let mut uit = vec![
        Paragraph::new()
            .style("Normal")
            .add_run(veld(FieldCharType::Begin, true))
            .add_run(instructie(InstrText::TOC(
                InstrToC::new().heading_styles_range(1, 2).hyperlink(),
            )))
            .add_run(veld(FieldCharType::Separate, false)),
    ];
    for (nr, s) in doc
        .secties
        .iter()
        .enumerate()
        .filter(|(_, s)| s.niveau <= 2)
    {
        uit.push(
            Paragraph::new()
                .style(&format!("ToC{}", s.niveau))
                .add_tab(
                    Tab::new()
                        .val(TabValueType::Right)
                        .leader(TabLeaderType::Dot)
                        .pos(tekstbreedte),
                )
                .add_run(tekst_run(&s.titel))
                .add_run(Run::new().add_tab())
                .add_run(veld(FieldCharType::Begin, false))
                .add_run(instructie(InstrText::PAGEREF(
                    InstrPAGEREF::new(format!("_Toc{nr}")).hyperlink(),
                )))
                .add_run(veld(FieldCharType::Separate, false))
                .add_run(veld(FieldCharType::End, false)),
        );
    }
    uit.push(
        Paragraph::new()
            .style("Normal")
            .add_run(veld(FieldCharType::End, false)),
    );
    uit
}

/// The styles the document uses; the built-in ones with Word's own ids and names.
fn stijlen() -> Vec<Style> {
    let kop = |id: &str, naam: &str, grootte: usize, niveau: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(naam)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(grootte)
            .color("1D3F66")
            .outline_lvl(niveau)
            .line_spacing(LineSpacing::new().before(240).after(80))
    };
    vec![
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .q_format(true)
            .bold()
            .size(52)
            .line_spacing(LineSpacing::new().after(240)),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .q_format(true)
            .size(28)
            .color("1D3F66")
            .line_spacing(LineSpacing::new().before(240).after(120)),
        kop("Heading1", "heading 1", 32, 0),
        kop("Heading2", "heading 2", 26, 1),
        kop("Heading3", "heading 3", 23, 2),
        Style::new("Quote", StyleType::Paragraph)
            .name("Quote")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .italic()
            .color("333333")
            .indent(Some(567), None, Some(567), None)
            .line_spacing(LineSpacing::new().after(60)),
        Style::new("Bron", StyleType::Paragraph)
            .name("Bron")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(19)
            .color("444444")
            .indent(Some(567), None, None, None)
            .line_spacing(LineSpacing::new().after(200)),
        Style::new("Caption", StyleType::Paragraph)
            .name("caption")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .italic()
            .size(18)
            .color("444444"),
        Style::new("TOCHeading", StyleType::Paragraph)
            .name("TOC Heading")
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(32)
            .color("1D3F66"),
        Style::new("ToC1", StyleType::Paragraph)
            .name("toc 1")
            .based_on("Normal")
            .next("Normal")
            .line_spacing(LineSpacing::new().before(60).after(60)),
        Style::new("ToC2", StyleType::Paragraph)
            .name("toc 2")
            .based_on("Normal")
            .next("Normal")
            .indent(Some(284), None, None, None),
        Style::new("Kader", StyleType::Paragraph)
            .name("Kader")
            .based_on("Normal")
            .size(19)
            .indent(Some(284), None, Some(284), None),
        Style::new("ListParagraph", StyleType::Paragraph)
            .name("List Paragraph")
            .based_on("Normal")
            .indent(
                Some(360),
                Some(docx_rs::SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        Style::new("Header", StyleType::Paragraph)
            .name("header")
            .based_on("Normal"),
        Style::new("Footer", StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .size(17)
            .color("555555"),
    ]
}

/// The footer: the document's footer text, then "pagina X van Y" as fields Word keeps current.
fn voet(doc: &Document) -> Footer {
    let mut p = Paragraph::new().style("Footer");
    if let Some(v) = &doc.voettekst {
        p = p.add_run(tekst_run(format!("{v} — ")));
    }
    p = p
        .add_run(tekst_run("pagina "))
        .add_page_num(docx_rs::PageNum::new())
        .add_run(tekst_run(" van "))
        .add_num_pages(docx_rs::NumPages::new());
    Footer::new().add_paragraph(p)
}

/// The stamp ("CONCEPT") as the page header, centred in red.
fn stempel(tekst: &str) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .style("Header")
            .align(AlignmentType::Center)
            .add_run(tekst_run(tekst).bold().size(24).color("BB2222")),
    )
}

/// A run of text: the one way text enters the Word file, so every control or bidi character
/// becomes U+FFFD here (Word refuses to open a file with a control character in its XML).
fn tekst_run(tekst: impl AsRef<str>) -> Run {
    Run::new().add_text(crate::model::teken::zichtbaar(tekst.as_ref()).into_owned())
}

fn alinea(stijl: &str, tekst: &str) -> Paragraph {
    Paragraph::new().style(stijl).add_run(tekst_run(tekst))
}

/// A line with its marks as runs.
fn regel(mut p: Paragraph, r: &Regel) -> Paragraph {
    for deel in r {
        p = p.add_run(match deel {
            Inline::Tekst(t) => tekst_run(t),
            Inline::Nadruk(t) => tekst_run(t).italic(),
            Inline::Sterk(t) => tekst_run(t).bold(),
        });
    }
    p
}

fn cel(tekst: &str, kop: bool, breedte: usize) -> TableCell {
    let mut run = tekst_run(tekst);
    if kop {
        run = run.bold();
    }
    let c = TableCell::new()
        .width(breedte, WidthType::Dxa)
        .add_paragraph(Paragraph::new().style("Normal").add_run(run));
    if kop {
        c.shading(Shading::new().fill("EEF2F7"))
    } else {
        c
    }
}

/// A table over the text width, each column as wide as its longest line asks (at least a
/// short word, at most 40 characters' worth), so a bar or a date does not wrap.
fn tabel(kop: &[String], rijen: &[Vec<String>], tekstbreedte: usize) -> Table {
    let gewichten: Vec<usize> = (0..kop.len())
        .map(|k| {
            std::iter::once(&kop[k])
                .chain(rijen.iter().filter_map(|r| r.get(k)))
                // In half letters: a block is one and a half letter wide; 6 for the padding.
                .map(|c| {
                    c.chars()
                        .map(|t| if t == '█' { 3 } else { 2 })
                        .sum::<usize>()
                        + 6
                })
                .max()
                .unwrap_or(1)
                .clamp(24, 86)
        })
        .collect();
    let som: usize = gewichten.iter().sum::<usize>().max(1);
    let breedtes: Vec<usize> = gewichten.iter().map(|g| tekstbreedte * g / som).collect();
    let rij = |cellen: &[String], kop: bool| {
        TableRow::new(
            cellen
                .iter()
                .zip(&breedtes)
                .map(|(c, &b)| cel(c, kop, b))
                .collect(),
        )
    };
    let mut rows = vec![rij(kop, true)];
    rows.extend(rijen.iter().map(|r| rij(r, false)));
    Table::new(rows)
        .set_grid(breedtes.clone())
        .width(tekstbreedte, WidthType::Dxa)
}

/// Adds a paragraph to the document in place, as `Docx::add_paragraph` does. docx-rs's builder
/// takes the whole document by value and hands it back (4.7 kB moved per paragraph): on a
/// report of 100 000 quotes that copying was a tenth of the time.
fn met_alinea(docx: &mut Docx, p: Paragraph) {
    if p.has_numbering {
        docx.document_rels.has_numberings = true;
        docx.document.has_numbering = true;
    }
    docx.document
        .children
        .push(DocumentChild::Paragraph(Box::new(p)));
}

/// Adds a table in place, as `Docx::add_table` does (see [`met_alinea`]).
fn met_tabel(docx: &mut Docx, t: Table) {
    if t.has_numbering {
        docx.document_rels.has_numberings = true;
        docx.document.has_numbering = true;
    }
    docx.document
        .children
        .push(DocumentChild::Table(Box::new(t)));
}

fn blok_naar(docx: &mut Docx, blok: &Blok, tekstbreedte: usize) {
    match blok {
        Blok::Alinea(r) => met_alinea(docx, regel(Paragraph::new().style("Normal"), r)),
        Blok::Citaat {
            tekst,
            toeschrijving,
            id,
        } => {
            // Each paragraph of the quote in the Quote style, kept with the next, so the quote
            // and its attribution stay on one page where they fit.
            for a in alineas(tekst) {
                met_alinea(
                    docx,
                    Paragraph::new()
                        .style("Quote")
                        .keep_next(true)
                        .add_run(tekst_run(a.join(" "))),
                );
            }
            met_alinea(
                docx,
                alinea(
                    "Bron",
                    &format!("— {}", bronregel(toeschrijving, id.as_deref())),
                ),
            );
        }
        Blok::Tabel { intro, kop, rijen } => {
            if let Some(i) = intro {
                met_alinea(
                    docx,
                    regel(Paragraph::new().style("Normal").keep_next(true), i),
                );
            }
            met_tabel(docx, tabel(kop, rijen, tekstbreedte));
            met_alinea(docx, Paragraph::new().style("Normal"));
        }
        Blok::Lijst { genummerd, items } => {
            for (nr, item) in items.iter().enumerate() {
                let teken = if *genummerd {
                    format!("{}.\t", nr + 1)
                } else {
                    "•\t".to_string()
                };
                let p = Paragraph::new()
                    .style("ListParagraph")
                    .add_run(tekst_run(teken));
                met_alinea(docx, regel(p, item));
            }
        }
        Blok::Definities(paren) => {
            for (term, uitleg) in paren {
                let p = Paragraph::new()
                    .style("Normal")
                    .add_run(tekst_run(format!("{term}: ")).bold());
                met_alinea(docx, regel(p, uitleg));
            }
        }
        Blok::Figuur {
            onderschrift,
            tabel: als_tabel,
            ..
        } => {
            if let Some((kop, rijen)) = als_tabel {
                met_tabel(docx, tabel(kop, rijen, tekstbreedte));
            }
            met_alinea(docx, alinea("Caption", &format!("Figuur: {onderschrift}")));
        }
        Blok::Kader(r) => met_alinea(docx, regel(Paragraph::new().style("Kader"), r)),
        // Word has no cut sheet: each card as its name, the quote, who said it and its themes.
        Blok::Kaarten(kaarten) => {
            for kaart in kaarten {
                met_alinea(
                    docx,
                    Paragraph::new()
                        .style("Normal")
                        .keep_next(true)
                        .add_run(tekst_run(format!("{} · {}", kaart.kop, kaart.herkomst)).bold()),
                );
                for a in alineas(&kaart.tekst) {
                    met_alinea(
                        docx,
                        Paragraph::new()
                            .style("Quote")
                            .keep_next(true)
                            .add_run(tekst_run(a.join(" "))),
                    );
                }
                met_alinea(docx, alinea("Bron", &format!("— {}", kaart.bron)));
                if !kaart.themas.is_empty() {
                    met_alinea(docx, alinea("Normal", &kaart.themas.join(" · ")));
                }
            }
        }
        // The drawing's column holds each row's text, as in markdown.
        Blok::Tijdbalken {
            kop, kolom, rijen, ..
        } => {
            let rijen: Vec<Vec<String>> = rijen
                .iter()
                .map(|r| {
                    let mut cellen = r.cellen.clone();
                    cellen.insert((*kolom).min(cellen.len()), r.tekst.clone());
                    cellen
                })
                .collect();
            met_tabel(docx, tabel(kop, &rijen, tekstbreedte));
            met_alinea(docx, Paragraph::new().style("Normal"));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    #[test]
    fn geen_stuurteken_in_word() {
        let doc = super::super::met_stuurtekens();
        let bytes = super::render(&doc, "2024-04-15".parse().unwrap()).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut tekst = String::new();
        for i in 0..zip.len() {
            let mut deel = String::new();
            zip.by_index(i).unwrap().read_to_string(&mut deel).unwrap();
            // XML may also write a character as a reference: &#27; is as bad as ESC itself.
            assert!(
                !deel.chars().any(crate::model::teken::is_stuurteken),
                "{deel:?}"
            );
            assert!(
                !deel.contains("&#x1b;") && !deel.contains("&#27;"),
                "{deel}"
            );
            tekst.push_str(&deel);
        }
        assert!(tekst.contains('\u{FFFD}') && tekst.contains("citaat"));
    }
}

//! A [`Document`] as one self-contained HTML file for the screen and for A4 print.
//!
//! All text is escaped here; the only markup that passes through is a figure's SVG, which the
//! tool drew itself. Print rules: a running footer with "pagina X van Y" on every page after
//! the cover (CSS `@page` margin boxes), a stamp such as "CONCEPT" at the top of every page, a
//! heading kept with what follows it, a quote kept whole with its attribution, a table's intro
//! kept with its table.

use std::fmt::Write as _;

use super::{Blok, Document, Inline, Kaart, Pagina, Regel, bronregel, kaartvel};
use crate::document::ontsnappen::html::escape;
use crate::document::ontsnappen::markdown::alineas;

/// Cards per A4 sheet: two columns, four rows.
pub const KAARTEN_PER_VEL: usize = 8;

/// Tables up to this many rows are kept whole on one page; longer ones may break between rows
/// and repeat their header.
const KORTE_TABEL: usize = 20;

/// ... and up to this many characters in their cells: a taller table may break between rows
/// rather than leave most of a page white.
const KORTE_TABEL_TEKENS: usize = 1200;

/// Quotes longer than this many characters are set in smaller type (9 pt): at the normal size
/// the longest quote visieleer accepts (5000 characters) would not fit on one A4 page.
const LANG_CITAAT: usize = 2500;

/// The base style of every document.
const STIJL: &str = r#"
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0 auto; max-width: 174mm; }
h1 { font-size: 20pt; margin: 0 0 6mm 0; }
h2 { font-size: 15pt; margin: 8mm 0 3mm 0; color: #1d3f66; }
h3 { font-size: 12pt; margin: 5mm 0 2mm 0; }
h4 { font-size: 9pt; margin: 4mm 0 1.5mm 0; text-transform: uppercase; letter-spacing: 0.06em; color: #1d3f66; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm 0; orphans: 3; widows: 3; }
.samen { break-inside: avoid; page-break-inside: avoid; }
.nieuwe-pagina { break-before: page; page-break-before: always; }
.nieuwe-pagina > .samen > h2:first-child, .nieuwe-pagina > h2:first-child { margin-top: 0; }
table { border-collapse: collapse; margin: 1mm 0 3mm 0; width: 100%; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.3mm solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
.tabel > p { break-after: avoid; page-break-after: avoid; margin-bottom: 1mm; }
.tabel.kort { break-inside: avoid; page-break-inside: avoid; }
.citaat { break-inside: avoid; page-break-inside: avoid; margin: 2mm 0 3mm 0; }
.citaat blockquote { margin: 0; padding: 1.5mm 4mm; border-left: 1.2mm solid #5a7fa8; background: #f3f6fa; }
.citaat blockquote p { margin: 0 0 1.5mm 0; }
.citaat blockquote p:last-child { margin-bottom: 0; }
.citaat.lang blockquote { font-size: 9pt; line-height: 1.3; }
.citaat .bron { margin: 0.8mm 0 0 5mm; color: #444; font-size: 9.5pt; }
ul, ol { margin: 0 0 3mm 0; padding-left: 6mm; }
li { margin-bottom: 1mm; break-inside: avoid; page-break-inside: avoid; }
dl { margin: 0 0 3mm 0; }
dt { font-weight: bold; float: left; clear: left; margin-right: 2mm; }
dd { margin: 0 0 1mm 0; }
.kader { border: 0.3mm solid #bbb; background: #f7f7f7; padding: 2mm 4mm; font-size: 9.5pt; break-inside: avoid; page-break-inside: avoid; }
figure { margin: 2mm 0 4mm 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #444; margin-top: 1mm; }
.omslag { height: 240mm; display: flex; flex-direction: column; break-after: page; page-break-after: always; }
.omslag .soort { font-size: 13pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1d3f66; margin: 40mm 0 4mm 0; }
.omslag h1 { font-size: 28pt; line-height: 1.2; margin: 0 0 10mm 0; }
.omslag .vraag { font-size: 14pt; font-style: italic; color: #333; max-width: 150mm; }
.omslag .regels { margin-top: auto; border-top: 0.6mm solid #1d3f66; padding-top: 4mm; }
.omslag .regels p { margin: 0 0 1mm 0; }
.inhoud { margin-bottom: 10mm; }
.inhoud h2 { margin-top: 0; }
.inhoud ul { list-style: none; padding-left: 0; }
.inhoud li { margin-bottom: 1.2mm; }
.stempel-scherm { display: none; }
table.tijdbalken { font-size: 8.5pt; line-height: 1.3; }
table.tijdbalken th, table.tijdbalken td { padding: 0.6mm 1.5mm; vertical-align: middle; }
table.tijdbalken th.balk, table.tijdbalken td.balk { width: 42%; padding: 0 1mm; }
table.tijdbalken svg { display: block; width: 100%; height: auto; }
.vel { display: grid; grid-template-columns: 95mm 95mm; grid-auto-rows: 60mm; width: 190mm; margin: 0; break-inside: avoid; page-break-inside: avoid; }
.vel + .vel { break-before: page; page-break-before: always; }
.kaart { box-sizing: border-box; height: 60mm; padding: 4mm 5mm; border: 0.3mm dashed #888; overflow: hidden; display: flex; flex-direction: column; break-inside: avoid; page-break-inside: avoid; }
.kaart .kop, .kaart .voet { font-size: 10pt; line-height: 1.25; margin: 0; }
.kaart .kop { color: #555; }
.kaart blockquote { flex: 1 1 auto; margin: 1.5mm 0; padding: 0; border: none; background: none; line-height: 1.25; overflow-wrap: anywhere; }
.kaart blockquote p { margin: 0 0 1.25em 0; font-size: inherit; }
.kaart blockquote p:last-child { margin-bottom: 0; }
.kaart .voet { color: #333; }
.liggend body { max-width: 261mm; }
.liggend h1 { font-size: 16pt; margin-bottom: 2mm; }
.liggend h2 { font-size: 12pt; margin-top: 0; }
.liggend p { margin-bottom: 1.5mm; }
.kaartvel body { max-width: 190mm; }
.kaartvel h1 { font-size: 14pt; margin: 0 0 1mm 0; }
.kaartvel h2 { font-size: 11pt; margin: 0 0 1mm 0; }
.kaartvel p { font-size: 10pt; margin-bottom: 1.5mm; }
@media screen { body { padding: 10mm; } .stempel-scherm { display: block; font-weight: bold; color: #b22; letter-spacing: 0.2em; } .omslag { height: auto; min-height: 0; } }
"#;

/// The `@page` rules: paper, margins, the running footer and the stamp.
fn pagina_stijl(doc: &Document) -> String {
    let formaat = match doc.pagina {
        Pagina::A4Staand => "A4",
        Pagina::A4Liggend => "A4 landscape",
    };
    let marge = "font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 8.5pt; color: #555;";
    // Card sheets need the room: four rows of cards and a short heading on one A4.
    let marges = if heeft_kaarten(doc) {
        "8mm 10mm 12mm 10mm"
    } else if doc.pagina == Pagina::A4Liggend {
        "12mm 18mm 14mm 18mm"
    } else {
        "18mm 18mm 20mm 18mm"
    };
    let mut uit = format!("@page {{ size: {formaat}; margin: {marges};");
    if let Some(v) = &doc.voettekst {
        let _ = write!(
            uit,
            " @bottom-left {{ content: {}; {marge} }}",
            css_tekst(v)
        );
    }
    let _ = write!(
        uit,
        " @bottom-right {{ content: \"pagina \" counter(page) \" van \" counter(pages); {marge} }}"
    );
    if let Some(s) = &doc.stempel {
        let _ = write!(
            uit,
            " @top-center {{ content: {}; font-family: \"DejaVu Sans\", Arial, sans-serif; font-size: 11pt; font-weight: bold; color: #b22; }}",
            css_tekst(s)
        );
    }
    uit.push_str(" }\n");
    if doc.omslag.is_some() {
        uit.push_str(
            "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }\n",
        );
    }
    uit
}

fn heeft_kaarten(doc: &Document) -> bool {
    doc.secties
        .iter()
        .flat_map(|s| &s.blokken)
        .any(|b| matches!(b, Blok::Kaarten(_)))
}

/// Text as a CSS string: everything but letters, digits and spaces as an escape, so no text
/// can end the string or the style element.
fn css_tekst(tekst: &str) -> String {
    let mut uit = String::from("\"");
    for c in tekst.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            uit.push(c);
        } else if crate::model::teken::is_stuurteken(c) {
            // Printed as the visible stand-in, as everywhere else (a U+202E would turn the
            // footer around).
            let _ = write!(uit, "\\{:x} ", crate::model::teken::VERVANGING as u32);
        } else if c.is_control() {
            uit.push(' ');
        } else {
            let _ = write!(uit, "\\{:x} ", c as u32);
        }
    }
    uit.push('"');
    uit
}

/// The document as one HTML file.
pub fn render(doc: &Document) -> String {
    let mut lichaam = String::new();
    if let Some(o) = &doc.omslag {
        lichaam.push_str("<section class=\"omslag\">\n");
        let _ = writeln!(lichaam, "<p class=\"soort\">{}</p>", escape(&o.soort));
        let _ = writeln!(lichaam, "<h1>{}</h1>", escape(&o.titel));
        if let Some(v) = &o.ondertitel {
            let _ = writeln!(lichaam, "<p class=\"vraag\">{}</p>", escape(v));
        }
        lichaam.push_str("<div class=\"regels\">\n");
        for r in &o.regels {
            let _ = writeln!(lichaam, "<p>{}</p>", escape(r));
        }
        lichaam.push_str("</div>\n</section>\n");
    } else {
        let _ = writeln!(lichaam, "<h1>{}</h1>", escape(&doc.titel));
    }
    if let Some(s) = &doc.stempel {
        let _ = writeln!(lichaam, "<p class=\"stempel-scherm\">{}</p>", escape(s));
    }
    if doc.inhoud {
        lichaam.push_str("<nav class=\"inhoud\">\n<h2>Inhoud</h2>\n<ul>\n");
        for h in doc.secties.iter() {
            if h.niveau == 1 {
                let _ = writeln!(lichaam, "<li>{}</li>", escape(&h.titel));
            }
        }
        lichaam.push_str("</ul>\n</nav>\n");
    }

    // Headings wait for the first block after them, so a heading (or a chain of headings)
    // is printed together with the start of its text, never alone at the foot of a page.
    let mut wachtend = String::new();
    let mut open = false;
    for (nr, sectie) in doc.secties.iter().enumerate() {
        if sectie.niveau == 1 {
            if open {
                lichaam.push_str(&wachtend);
                wachtend.clear();
                lichaam.push_str("</section>\n");
            }
            let klasse = if sectie.nieuwe_pagina {
                "hoofdstuk nieuwe-pagina"
            } else {
                "hoofdstuk"
            };
            let _ = writeln!(lichaam, "<section class=\"{klasse}\" id=\"s{nr}\">");
            open = true;
        } else if sectie.nieuwe_pagina {
            lichaam.push_str(&wachtend);
            wachtend.clear();
            lichaam.push_str("<div class=\"nieuwe-pagina\"></div>\n");
        }
        let h = sectie.niveau + 1;
        let _ = writeln!(
            wachtend,
            "<h{h} id=\"k{nr}\">{}</h{h}>",
            escape(&sectie.titel)
        );
        let mut blokken = sectie.blokken.iter();
        if let Some(eerste) = blokken.next() {
            lichaam.push_str("<div class=\"samen\">\n");
            lichaam.push_str(&wachtend);
            wachtend.clear();
            blok_html(&mut lichaam, eerste);
            lichaam.push_str("</div>\n");
        }
        for blok in blokken {
            blok_html(&mut lichaam, blok);
        }
    }
    lichaam.push_str(&wachtend);
    if open {
        lichaam.push_str("</section>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\"{}>\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"visieleer\">\n<title>{}</title>\n<style>\n{}{STIJL}</style>\n</head>\n<body>\n{lichaam}</body>\n</html>\n",
        if heeft_kaarten(doc) {
            " class=\"kaartvel\""
        } else if doc.pagina == Pagina::A4Liggend {
            " class=\"liggend\""
        } else {
            ""
        },
        escape(&doc.titel),
        pagina_stijl(doc)
    )
}

fn regel(r: &Regel) -> String {
    r.iter()
        .map(|i| match i {
            Inline::Tekst(t) => escape(t),
            Inline::Nadruk(t) => format!("<em>{}</em>", escape(t)),
            Inline::Sterk(t) => format!("<strong>{}</strong>", escape(t)),
        })
        .collect()
}

fn blok_html(uit: &mut String, blok: &Blok) {
    match blok {
        Blok::Alinea(r) => {
            let _ = writeln!(uit, "<p>{}</p>", regel(r));
        }
        Blok::Citaat {
            tekst,
            toeschrijving,
            id,
        } => {
            // A very long quote is set smaller, so that it still fits whole on one page.
            let klasse = if tekst.chars().count() > LANG_CITAAT {
                "citaat lang"
            } else {
                "citaat"
            };
            let _ = writeln!(uit, "<div class=\"{klasse}\">\n<blockquote>");
            for alinea in alineas(tekst) {
                let _ = writeln!(uit, "<p>{}</p>", escape(&alinea.join("\n")));
            }
            let _ = writeln!(
                uit,
                "</blockquote>\n<p class=\"bron\">— {}</p>\n</div>",
                escape(&bronregel(toeschrijving, id.as_deref()))
            );
        }
        Blok::Tabel { intro, kop, rijen } => {
            let tekens: usize = rijen.iter().flatten().map(|c| c.chars().count()).sum();
            let klasse = if rijen.len() <= KORTE_TABEL && tekens <= KORTE_TABEL_TEKENS {
                "tabel kort"
            } else {
                "tabel"
            };
            let _ = writeln!(uit, "<div class=\"{klasse}\">");
            if let Some(i) = intro {
                let _ = writeln!(uit, "<p>{}</p>", regel(i));
            }
            uit.push_str("<table>\n");
            if kop.iter().any(|k| !k.is_empty()) {
                uit.push_str("<thead><tr>");
                for k in kop {
                    let _ = write!(uit, "<th>{}</th>", escape(k));
                }
                uit.push_str("</tr></thead>\n");
            }
            uit.push_str("<tbody>\n");
            for rij in rijen {
                uit.push_str("<tr>");
                for c in rij {
                    let _ = write!(uit, "<td>{}</td>", escape(c));
                }
                uit.push_str("</tr>\n");
            }
            uit.push_str("</tbody>\n</table>\n</div>\n");
        }
        Blok::Lijst { genummerd, items } => {
            let tag = if *genummerd { "ol" } else { "ul" };
            let _ = writeln!(uit, "<{tag}>");
            for item in items {
                let _ = writeln!(uit, "<li>{}</li>", regel(item));
            }
            let _ = writeln!(uit, "</{tag}>");
        }
        Blok::Definities(paren) => {
            uit.push_str("<dl>\n");
            for (term, uitleg) in paren {
                let _ = writeln!(uit, "<dt>{}</dt><dd>{}</dd>", escape(term), regel(uitleg));
            }
            uit.push_str("</dl>\n");
        }
        Blok::Figuur {
            svg, onderschrift, ..
        } => {
            let _ = writeln!(
                uit,
                "<figure>\n{svg}\n<figcaption>Figuur: {}</figcaption>\n</figure>",
                escape(onderschrift)
            );
        }
        Blok::Kader(r) => {
            let _ = writeln!(uit, "<p class=\"kader\">{}</p>", regel(r));
        }
        Blok::Kaarten(kaarten) => kaarten_html(uit, kaarten),
        Blok::Tijdbalken {
            kop,
            kolom,
            schaal,
            rijen,
        } => {
            uit.push_str("<table class=\"tijdbalken\">\n<thead><tr>");
            for (i, k) in kop.iter().enumerate() {
                if i == *kolom {
                    let _ = write!(uit, "<th class=\"balk\">{schaal}</th>");
                } else {
                    let _ = write!(uit, "<th>{}</th>", escape(k));
                }
            }
            uit.push_str("</tr></thead>\n<tbody>\n");
            for rij in rijen {
                uit.push_str("<tr>");
                let mut cellen = rij.cellen.iter();
                for i in 0..kop.len() {
                    if i == *kolom {
                        let _ = write!(uit, "<td class=\"balk\">{}</td>", rij.svg);
                    } else if let Some(c) = cellen.next() {
                        let _ = write!(uit, "<td>{}</td>", escape(c));
                    } else {
                        uit.push_str("<td></td>");
                    }
                }
                uit.push_str("</tr>\n");
            }
            uit.push_str("</tbody>\n</table>\n");
        }
    }
}

/// Cards on A4 sheets of eight (two columns, four rows); a long quote continues on the next
/// card, so every card is printed whole in type of at least 10 pt.
fn kaarten_html(uit: &mut String, kaarten: &[Kaart]) {
    let mut gedrukt = Vec::new();
    for kaart in kaarten {
        let delen = kaartvel::delen(kaart, &kaartvel::HTML);
        let van = delen.len();
        for (i, deel) in delen.into_iter().enumerate() {
            let mut html = String::new();
            let _ = writeln!(
                html,
                "<div class=\"kaart\">\n<p class=\"kop\">{}</p>\n<blockquote style=\"font-size: {:.1}pt\">",
                escape(&kaartvel::kopregel(kaart, i + 1, van)),
                deel.grootte_pt
            );
            for alinea in &deel.alineas {
                let _ = writeln!(html, "<p>{}</p>", escape(alinea));
            }
            let _ = write!(
                html,
                "</blockquote>\n<p class=\"voet\">— {}",
                escape(&kaart.bron)
            );
            if !kaart.themas.is_empty() {
                let _ = write!(html, "<br>{}", escape(&kaart.themas.join(" · ")));
            }
            html.push_str("</p>\n</div>\n");
            gedrukt.push(html);
        }
    }
    for vel in gedrukt.chunks(KAARTEN_PER_VEL) {
        uit.push_str("<section class=\"vel\">\n");
        for kaart in vel {
            uit.push_str(kaart);
        }
        uit.push_str("</section>\n");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn geen_stuurteken_in_html() {
        let html = super::render(&super::super::met_stuurtekens());
        assert!(
            !html.chars().any(crate::model::teken::is_stuurteken),
            "{html:?}"
        );
        // Nor as a CSS escape of the footer text, which print would show.
        let css = html.to_lowercase();
        assert!(!css.contains("\\1b ") && !css.contains("\\202e "), "{html}");
        assert!(css.contains("\\fffd "), "{html}");
        assert!(html.contains('\u{FFFD}') && html.contains("citaat"));
    }

    use super::*;
    use crate::document::{Blok, Document, Sectie};

    #[test]
    fn alle_tekst_wordt_ontsnapt() {
        let mut doc = Document::nieuw("<script>");
        doc.voettekst = Some("\"; } body { display: none } </style>".into());
        doc.secties.push(
            Sectie::nieuw(1, "<b>kop</b>")
                .met(Blok::citaat(
                    "<script>alert(1)</script>",
                    "<i>",
                    Some("1.1"),
                ))
                .met(Blok::alinea("a & b")),
        );
        let html = render(&doc);
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert_eq!(html.matches("</style>").count(), 1, "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("a &amp; b"), "{html}");
    }

    #[test]
    fn een_kop_staat_samen_met_het_begin_van_zijn_tekst() {
        let mut doc = Document::nieuw("T");
        doc.secties.push(Sectie::nieuw(1, "Een"));
        doc.secties
            .push(Sectie::nieuw(2, "Twee").met(Blok::alinea("tekst")));
        let html = render(&doc);
        assert!(
            html.contains("<div class=\"samen\">\n<h2 id=\"k0\">Een</h2>\n<h3 id=\"k1\">Twee</h3>\n<p>tekst</p>\n</div>"),
            "{html}"
        );
    }
}

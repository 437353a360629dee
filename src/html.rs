//! Self-contained HTML for printing and sharing: the same markdown, rendered with
//! pulldown-cmark, in one file with print CSS for A4 and no external assets.
//!
//! All text is escaped: the markdown generators already escape user text, and any raw HTML
//! that would still reach the renderer is turned into plain text here, so a quote containing
//! `<script>` shows as text.

use pulldown_cmark::{Event, Options, Parser, html::push_html};

/// A part of a document: markdown (shared by both outputs), or markup the tool itself drew
/// (the SVG timeline), which only the HTML output carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Deel {
    Markdown(String),
    Getekend(String),
}

/// The markdown of a document: its markdown parts, in order.
pub fn markdown(delen: &[Deel]) -> String {
    delen
        .iter()
        .filter_map(|d| match d {
            Deel::Markdown(md) => Some(md.as_str()),
            Deel::Getekend(_) => None,
        })
        .collect()
}

/// The markdown options every document is written for (and parsed with in the tests).
pub fn opties() -> Options {
    Options::ENABLE_TABLES
}

/// Markdown to an HTML fragment; raw HTML in the input is shown as text, never passed through.
pub fn fragment(md: &str) -> String {
    let events = Parser::new_ext(md, opties()).map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        ander => ander,
    });
    let mut uit = String::new();
    push_html(&mut uit, events);
    uit
}

/// Escapes text for HTML content and attribute values.
pub fn escape(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        match c {
            '&' => uit.push_str("&amp;"),
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&#39;"),
            c if crate::teken::is_stuurteken(c) => uit.push(crate::teken::VERVANGING),
            c => uit.push(c),
        }
    }
    uit
}

/// The base style of every document: readable type, A4 pages, chapters on a new page.
pub const STIJL: &str = r#"
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0 auto; max-width: 174mm; }
h1 { font-size: 20pt; margin: 0 0 8mm 0; }
h2 { font-size: 15pt; margin-top: 0; padding-top: 2mm; break-before: page; page-break-before: always; }
h3 { font-size: 12pt; margin-top: 6mm; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10.5pt; margin-top: 4mm; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.3mm solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
blockquote { margin: 3mm 0 1mm 0; padding: 1mm 4mm; border-left: 1.2mm solid #5a7fa8; background: #f3f6fa; break-inside: avoid; page-break-inside: avoid; }
blockquote + p { margin-top: 0; color: #444; font-size: 9.5pt; }
svg { display: block; max-width: 100%; height: auto; margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
@media screen { body { padding: 10mm; } }
"#;

/// A whole HTML document: one file, the style inline, nothing fetched from elsewhere.
pub fn document(titel: &str, delen: &[Deel], extra_stijl: &str) -> String {
    let mut lichaam = String::new();
    for deel in delen {
        match deel {
            Deel::Markdown(md) => lichaam.push_str(&fragment(md)),
            Deel::Getekend(svg) => {
                lichaam.push_str(svg);
                lichaam.push('\n');
            }
        }
    }
    pagina(titel, &lichaam, extra_stijl)
}

/// The HTML frame around a rendered body.
pub fn pagina(titel: &str, lichaam: &str, extra_stijl: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"visieleer\">\n<title>{}</title>\n<style>{STIJL}{extra_stijl}</style>\n</head>\n<body>\n{lichaam}</body>\n</html>\n",
        escape(titel)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruwe_html_wordt_tekst() {
        let uit = fragment("<script>alert(1)</script>\n\nTekst met <b>vet</b>");
        assert!(!uit.contains("<script>"), "{uit}");
        assert!(!uit.contains("<b>"), "{uit}");
        assert!(uit.contains("&lt;script&gt;"), "{uit}");
    }
}

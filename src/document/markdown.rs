//! A [`Document`] as CommonMark (with tables): every text escaped, every quote a blockquote
//! that reads back as exactly its text.

use super::{Blok, Document, Inline, Regel, bronregel};
use crate::document::ontsnappen::markdown::{blokcitaat, cel, tabel, tekst};

/// The document as markdown.
pub fn render(doc: &Document) -> String {
    let mut uit = String::new();
    match &doc.omslag {
        Some(o) => {
            uit.push_str(&format!("# {}\n\n", cel(&o.soort)));
            uit.push_str(&format!("**{}**\n\n", cel(&o.titel)));
            if let Some(v) = &o.ondertitel {
                uit.push_str(&format!("*{}*\n\n", cel(v)));
            }
            for r in &o.regels {
                uit.push_str(&format!("{}  \n", cel(r)));
            }
            if !o.regels.is_empty() {
                uit.push('\n');
            }
        }
        None => uit.push_str(&format!("# {}\n\n", cel(&doc.titel))),
    }
    if let Some(s) = &doc.stempel {
        uit.push_str(&format!("**{}**\n\n", cel(s)));
    }
    if doc.inhoud {
        uit.push_str("## Inhoud\n\n");
        for h in doc.hoofdstukken() {
            uit.push_str(&format!("- {}\n", cel(&h.titel)));
        }
        uit.push('\n');
    }
    for sectie in &doc.secties {
        let hekjes = "#".repeat(sectie.niveau as usize + 1);
        uit.push_str(&format!("{hekjes} {}\n\n", cel(&sectie.titel)));
        for blok in &sectie.blokken {
            blok_md(&mut uit, blok);
        }
    }
    uit
}

/// Inline text; `eenregelig` for list items and cells, where a line break would end them.
/// Spaces at the edges of a piece stay (one space), outside any emphasis markers.
fn regel(r: &Regel, eenregelig: bool) -> String {
    r.iter()
        .map(|i| {
            let (t, teken) = match i {
                Inline::Tekst(t) => (t, ""),
                Inline::Nadruk(t) => (t, "*"),
                Inline::Sterk(t) => (t, "**"),
            };
            let voor = if t.starts_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            let na = if t.ends_with(char::is_whitespace) {
                " "
            } else {
                ""
            };
            let t = if eenregelig || !teken.is_empty() {
                cel(t.trim())
            } else {
                tekst(t)
            };
            if t.is_empty() {
                voor.to_string()
            } else {
                format!("{voor}{teken}{t}{teken}{na}")
            }
        })
        .collect::<String>()
        .trim()
        .to_string()
}

fn blok_md(uit: &mut String, blok: &Blok) {
    match blok {
        Blok::Alinea(r) => {
            uit.push_str(&regel(r, false));
            uit.push_str("\n\n");
        }
        Blok::Citaat {
            tekst,
            toeschrijving,
            id,
        } => {
            uit.push_str(&blokcitaat(tekst));
            uit.push_str(&format!(
                "\n\n— {}\n\n",
                cel(&bronregel(toeschrijving, id.as_deref()))
            ));
        }
        Blok::Tabel { intro, kop, rijen } => {
            if let Some(i) = intro {
                uit.push_str(&regel(i, false));
                uit.push_str("\n\n");
            }
            let kop: Vec<String> = kop.iter().map(|k| cel(k)).collect();
            let kop: Vec<&str> = kop.iter().map(String::as_str).collect();
            let rijen: Vec<Vec<String>> = rijen
                .iter()
                .map(|r| r.iter().map(|c| cel(c)).collect())
                .collect();
            uit.push_str(&tabel(&kop, &rijen));
            uit.push('\n');
        }
        Blok::Lijst { genummerd, items } => {
            for (nr, item) in items.iter().enumerate() {
                if *genummerd {
                    uit.push_str(&format!("{}. {}\n", nr + 1, regel(item, true)));
                } else {
                    uit.push_str(&format!("- {}\n", regel(item, true)));
                }
            }
            uit.push('\n');
        }
        Blok::Definities(paren) => {
            for (term, uitleg) in paren {
                uit.push_str(&format!("- **{}**: {}\n", cel(term), regel(uitleg, true)));
            }
            uit.push('\n');
        }
        Blok::Figuur { onderschrift, .. } => {
            uit.push_str(&format!("*Figuur: {}*\n\n", cel(onderschrift)));
        }
        Blok::Kader(r) => {
            uit.push_str(&regel(r, false));
            uit.push_str("\n\n");
        }
        Blok::Tijdbalken {
            kop, kolom, rijen, ..
        } => {
            let kop: Vec<String> = kop.iter().map(|k| cel(k)).collect();
            let kop: Vec<&str> = kop.iter().map(String::as_str).collect();
            let rijen: Vec<Vec<String>> = rijen
                .iter()
                .map(|r| {
                    let mut cellen: Vec<String> = r.cellen.iter().map(|c| cel(c)).collect();
                    cellen.insert((*kolom).min(cellen.len()), cel(&r.tekst));
                    cellen
                })
                .collect();
            uit.push_str(&tabel(&kop, &rijen));
            uit.push('\n');
        }
        Blok::Kaarten(kaarten) => {
            for k in kaarten {
                uit.push_str(&format!(
                    "### {} · {}\n\n{}\n\n— {}",
                    cel(&k.kop),
                    cel(&k.herkomst),
                    blokcitaat(&k.tekst),
                    cel(&k.bron)
                ));
                if !k.themas.is_empty() {
                    uit.push_str(&format!("  \n{}", cel(&k.themas.join(" · "))));
                }
                uit.push_str("\n\n");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn geen_stuurteken_in_markdown() {
        let md = super::render(&super::super::met_stuurtekens());
        assert!(
            !md.chars().any(crate::model::teken::is_stuurteken),
            "{md:?}"
        );
        assert!(md.contains('\u{FFFD}') && md.contains("citaat"));
    }
}

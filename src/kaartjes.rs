//! Quote cards for the ontwerpsessie: one card per quote, with its id, text, perspective (and
//! role) and thema tags. In markdown a list of cards; in HTML an A4 sheet of 8 cards (2 × 4)
//! with cut lines, long quotes set smaller so they fit, and a card never split across pages.
//!
//! Only quotes of interviews with consent become cards.

use std::fmt::Write as _;

use crate::citaten::bron;
use crate::datum::Datum;
use crate::html::{self, escape};
use crate::interview::{Citaat, CitaatId, Interview};
use crate::markdown::{blokcitaat, cel};
use crate::traject::Traject;

/// Cards per A4 sheet: two columns, four rows.
pub const PER_VEL: usize = 8;

/// The cards of a traject, filtered on tags (a card with any of them), in id order.
pub fn kaarten<'a>(t: &'a Traject, tags: &[String]) -> Vec<(CitaatId, &'a Interview, &'a Citaat)> {
    t.deelbare_citaten()
        .filter(|(_, _, c)| tags.is_empty() || c.tags.iter().any(|tag| tags.contains(tag)))
        .collect()
}

fn inleiding(t: &Traject, tags: &[String], aantal: usize) -> String {
    let mut uit = format!(
        "Citaatkaartjes uit de duo-interviews van traject {}, voor de ontwerpsessie: {}",
        t.slug,
        if aantal == 1 {
            "1 kaartje".to_string()
        } else {
            format!("{aantal} kaartjes")
        }
    );
    if !tags.is_empty() {
        let _ = write!(uit, " met de tag {}", tags.join(" of "));
    }
    uit.push('.');
    uit
}

fn tagregel(citaat: &Citaat) -> String {
    citaat
        .tags
        .iter()
        .map(|t| format!("#{t}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One card as markdown (also the body of a card in the HTML sheet).
fn kaart(t: &Traject, id: CitaatId, interview: &Interview, citaat: &Citaat) -> String {
    let tekst = crate::privacy::deelbare_tekst(t, citaat);
    let mut uit = format!("### Kaartje {id}\n\n{}\n\n", blokcitaat(&tekst));
    let _ = write!(uit, "— {}", cel(&bron(interview, citaat)));
    if !citaat.tags.is_empty() {
        let _ = write!(uit, "  \n{}", cel(&tagregel(citaat)));
    }
    uit.push_str("\n\n");
    uit
}

/// The cards as markdown.
pub fn markdown(t: &Traject, tags: &[String], _vandaag: Datum) -> String {
    let kaarten = kaarten(t, tags);
    let mut uit = format!(
        "# Citaatkaartjes {}\n\n{}\n\n",
        cel(&t.gemeenten_tekst()),
        cel(&inleiding(t, tags, kaarten.len()))
    );
    if kaarten.is_empty() {
        uit.push_str("Er zijn geen citaten die op een kaartje mogen.\n");
    }
    for (id, interview, citaat) in kaarten {
        uit.push_str(&kaart(t, id, interview, citaat));
    }
    uit
}

/// The font size (pt) that lets a quote of this many characters fit on a card.
///
/// A card (95 × 62 mm) offers about 80 × 45 mm for the quote; a character takes roughly 0.55 × 1.35 of the
/// font size squared. Solving for the size, with some slack, and capping at 14 pt.
pub fn lettergrootte(tekens: usize) -> f64 {
    let vlak_mm2 = 80.0 * 45.0 * 0.8;
    let per_teken = 0.55 * 1.35 * (tekens.max(1) as f64);
    let mm = (vlak_mm2 / per_teken).sqrt();
    let pt = mm / 0.3528;
    (pt.min(14.0) * 10.0).floor() / 10.0
}

const KAART_STIJL: &str = r#"
@page { size: A4; margin: 10mm; }
body { max-width: none; }
h1 { font-size: 14pt; margin: 0 0 2mm 0; }
.inleiding { font-size: 9pt; margin: 0 0 2mm 0; }
.vel { display: grid; grid-template-columns: 95mm 95mm; grid-template-rows: repeat(4, 62mm); width: 190mm; break-after: page; page-break-after: always; }
.vel:last-child { break-after: auto; page-break-after: auto; }
.kaart { box-sizing: border-box; height: 62mm; padding: 5mm 6mm; border: 0.3mm dashed #888; overflow: hidden; break-inside: avoid; page-break-inside: avoid; display: flex; flex-direction: column; }
.kaart h3 { font-size: 8pt; font-weight: normal; color: #666; margin: 0 0 1.5mm 0; }
.kaart blockquote { flex: 1 1 auto; margin: 0; padding: 0; border: none; background: none; overflow: hidden; }
.kaart blockquote p { margin: 0 0 1mm 0; }
.kaart blockquote + p { font-size: 8pt; color: #333; margin: 1.5mm 0 0 0; }
"#;

/// The cards as an A4 print sheet in one HTML file.
pub fn html(t: &Traject, tags: &[String], _vandaag: Datum) -> String {
    let kaarten = kaarten(t, tags);
    let titel = format!("Citaatkaartjes {}", t.gemeenten_tekst());
    let mut lichaam = format!(
        "<h1>{}</h1>\n<p class=\"inleiding\">{} Knip langs de stippellijnen.</p>\n",
        escape(&titel),
        escape(&inleiding(t, tags, kaarten.len()))
    );
    if kaarten.is_empty() {
        lichaam.push_str("<p>Er zijn geen citaten die op een kaartje mogen.</p>\n");
    }
    for vel in kaarten.chunks(PER_VEL) {
        lichaam.push_str("<section class=\"vel\">\n");
        for (id, interview, citaat) in vel {
            let grootte = lettergrootte(citaat.tekst.chars().count());
            let _ = write!(
                lichaam,
                "<div class=\"kaart\" id=\"kaartje-{}-{}\" style=\"font-size: {grootte:.1}pt\">\n{}</div>\n",
                id.interview,
                id.nr,
                html::fragment(&kaart(t, *id, interview, citaat))
            );
        }
        lichaam.push_str("</section>\n");
    }
    html::pagina(&titel, &lichaam, KAART_STIJL)
}

#[cfg(test)]
mod tests {
    use super::lettergrootte;

    #[test]
    fn lange_citaten_krijgen_kleinere_letters() {
        assert_eq!(lettergrootte(40), 14.0);
        assert!(lettergrootte(400) < lettergrootte(200));
        assert!(lettergrootte(5000) > 2.0);
    }
}

//! Quote cards for the ontwerpsessie: one card per quote, with the card's id, the gemeente,
//! the quote, who said it (role and perspective) and its themes in words. The document model
//! prints them eight to an A4 sheet with cut lines, and continues a long quote on a next card.
//!
//! Only quotes of interviews with consent become cards.

use crate::document::{self, Blok, Context, Document, Kaart, Sectie, opsomming};
use crate::luisteren::citaten::{bron, thema_titel};
use crate::luisteren::codeboek::{Codeboek, THEMA};
use crate::model::interview::{Citaat, CitaatId, Interview};
use crate::model::traject::Traject;

/// The cards of a traject, filtered on tags (a card with any of them), in id order.
pub fn kaarten<'a>(t: &'a Traject, tags: &[String]) -> Vec<(CitaatId, &'a Interview, &'a Citaat)> {
    t.deelbare_citaten(crate::model::interview::Gebruik::Kaartjes)
        .filter(|(_, _, c)| tags.is_empty() || c.tags.iter().any(|tag| tags.contains(tag)))
        .collect()
}

/// A tag as words: a thema by its title ("Rust en regie"), any other tag by its name
/// ("Transparantie en eenvoud").
fn tag_woorden(boek: &Codeboek, tag: &str) -> String {
    if let Some(t) = boek.zoek(tag).filter(|t| t.groep == THEMA) {
        return thema_titel(t);
    }
    crate::taal::hoofdletter(&tag.replace('-', " "))
}

/// The themes of a card: thema tags first, in codebook order, then the other tags.
fn themas(boek: &Codeboek, citaat: &Citaat) -> Vec<String> {
    let is_thema = |tag: &String| boek.zoek(tag).is_some_and(|t| t.groep == THEMA);
    let mut uit: Vec<String> = boek
        .groep(THEMA)
        .filter(|t| citaat.tags.contains(&t.tag))
        .map(thema_titel)
        .collect();
    uit.extend(
        citaat
            .tags
            .iter()
            .filter(|t| !is_thema(t))
            .map(|t| tag_woorden(boek, t)),
    );
    uit
}

fn inleiding(t: &Traject, tags: &[String], aantal: usize, boek: &Codeboek) -> String {
    let mut uit = format!(
        "Citaten uit de duo-interviews van {}, voor de ontwerpsessie: {}",
        opsomming(&t.gemeenten),
        if aantal == 1 {
            "1 kaartje".to_string()
        } else {
            format!("{aantal} kaartjes")
        }
    );
    if !tags.is_empty() {
        let namen: Vec<String> = tags.iter().map(|t| tag_woorden(boek, t)).collect();
        uit.push_str(&format!(
            " over {}",
            namen
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(" of ")
        ));
    }
    uit.push_str(". Het nummer op een kaartje (zoals 2.3) gebruik je later in 'visieleer clusters'. Knip langs de stippellijnen.");
    uit
}

/// The cards as a document.
pub fn document(t: &Traject, tags: &[String], ctx: &Context) -> Document {
    let boek = ctx.boek;
    let gemeenten = opsomming(&t.gemeenten);
    let kaarten = kaarten(t, tags);
    let mut doc = Document::nieuw(format!("Citaatkaartjes {gemeenten}"));
    doc.voettekst = Some(format!("Citaatkaartjes {gemeenten}"));
    let mut sectie = Sectie::nieuw(1, "Voor de ontwerpsessie").met(Blok::alinea(inleiding(
        t,
        tags,
        kaarten.len(),
        boek,
    )));
    if kaarten.is_empty() {
        sectie.voeg_toe(Blok::alinea(
            "Er zijn geen citaten die op een kaartje mogen.",
        ));
    } else {
        sectie.voeg_toe(Blok::Kaarten(
            kaarten
                .into_iter()
                .map(|(id, interview, citaat)| Kaart {
                    kop: format!("Kaartje {id}"),
                    herkomst: gemeenten.clone(),
                    tekst: ctx.masker.citaat(citaat),
                    bron: bron(interview, citaat),
                    themas: themas(boek, citaat),
                })
                .collect(),
        ));
    }
    doc.secties.push(sectie);
    doc
}

/// The cards as markdown.
pub fn markdown(t: &Traject, tags: &[String], ctx: &Context) -> String {
    document::markdown::render(&document(t, tags, ctx))
}

/// The cards as A4 print sheets in one HTML file.
pub fn html(t: &Traject, tags: &[String], ctx: &Context) -> String {
    document::html::render(&document(t, tags, ctx))
}

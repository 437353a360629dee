//! Quote cards for the ontwerpsessie: one card per quote, with the card's id, the gemeente,
//! the quote, who said it (role and perspective) and its themes in words. The document model
//! prints them eight to an A4 sheet with cut lines, and continues a long quote on a next card.
//!
//! The first page is for the facilitator, clearly not a card: what the cards are, how to cut
//! them, and how the numbers go into `visieleer clusters` afterwards. The cards themselves
//! carry no instructions.
//!
//! Only quotes of interviews with consent become cards.

use crate::document::{self, Blok, Context, Document, Inline, Kaart, Sectie, opsomming};
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

/// The facilitator's cover sheet: what the cards are, how to cut and use them, and what the
/// numbers are for afterwards. On a page of its own, so the cards carry none of it.
fn voorblad(t: &Traject, tags: &[String], aantal: usize, boek: &Codeboek) -> Vec<Blok> {
    let mut wat = format!(
        "Citaten uit de duo-interviews van {}, voor de ontwerpsessie: {}",
        opsomming(&t.gemeenten),
        crate::taal::aantal(aantal, "kaartje", "kaartjes")
    );
    if !tags.is_empty() {
        let namen: Vec<String> = tags.iter().map(|t| tag_woorden(boek, t)).collect();
        wat.push_str(&format!(
            " over {}",
            namen
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(" of ")
        ));
    }
    wat.push_str(". Alleen citaten uit interviews met toestemming staan op een kaartje.");
    let mut uit = vec![
        Blok::Kader(vec![Inline::Sterk(
            "Dit blad is voor de begeleider en hoort niet bij de kaartjes.".into(),
        )]),
        Blok::alinea(wat),
    ];
    if aantal > 0 {
        uit.push(Blok::Lijst {
            genummerd: true,
            items: vec![
                vec![Inline::Tekst(
                    "Druk de vellen af en knip langs de stippellijnen.".into(),
                )],
                vec![Inline::Tekst(
                    "Een citaat dat niet op één kaartje past, loopt door op een volgend kaartje aan het eind van een zin. Die kaartjes dragen hetzelfde nummer met '1 van 3', 'vervolg, 2 van 3' enzovoort; leg ze samen neer.".into(),
                )],
                vec![Inline::Tekst(
                    "Na de sessie leg je de clusters vast met 'visieleer clusters', met het nummer van elk kaartje (zoals 2.3).".into(),
                )],
            ],
        });
    }
    uit
}

/// The cards as a document: the facilitator's cover sheet, then the cards from a new page.
pub fn document(t: &Traject, tags: &[String], ctx: &Context) -> Document {
    let boek = ctx.boek;
    let gemeenten = opsomming(&t.gemeenten);
    let kaarten = kaarten(t, tags);
    let mut doc = Document::nieuw(format!("Citaatkaartjes {gemeenten}"));
    doc.voettekst = Some(format!("Citaatkaartjes {gemeenten}"));
    let mut voor = Sectie::nieuw(1, "Voor de begeleider");
    for blok in voorblad(t, tags, kaarten.len(), boek) {
        voor.voeg_toe(blok);
    }
    if kaarten.is_empty() {
        voor.voeg_toe(Blok::alinea(
            "Er zijn geen citaten die op een kaartje mogen.",
        ));
        doc.secties.push(voor);
        return doc;
    }
    doc.secties.push(voor);
    doc.secties.push(
        Sectie::nieuw(1, "Kaartjes")
            .op_nieuwe_pagina()
            .met(Blok::Kaarten(
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
            )),
    );
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

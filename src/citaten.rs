//! What every document needs to say about a quote: who said it (role and perspective, never a
//! name), which thema it belongs to, and whether it is a kerncitaat.

use crate::codeboek::{Codeboek, THEMA, Tag};
use crate::interview::{Citaat, Interview, Perspectief};
use crate::traject::Traject;

/// Whether a quote belongs in the main text of the rapport (the others go to an annex).
///
/// Every quote counts as a kerncitaat for now. The `kern: bool` field on `Citaat` arrives with
/// issue 3; when it lands this becomes `citaat.kern` (and nothing else needs to change).
pub fn is_kerncitaat(_citaat: &Citaat) -> bool {
    true
}

/// Who said it: `wijkcoach (uitvoering)`, or both roles of the duo when the quote names none.
pub fn bron(interview: &Interview, citaat: &Citaat) -> String {
    match (&citaat.van, Traject::perspectief_van(interview, citaat)) {
        (Some(rol), Some(p)) => format!("{rol} ({p})"),
        _ => interview
            .duo
            .iter()
            .map(|d| format!("{} ({})", d.rol, d.perspectief))
            .collect::<Vec<_>>()
            .join(" en "),
    }
}

/// The first thema tag of a quote, in codebook order.
pub fn thema_van<'a>(boek: &'a Codeboek, citaat: &Citaat) -> Option<&'a Tag> {
    boek.groep(THEMA).find(|tag| citaat.tags.contains(&tag.tag))
}

/// All thema tags of a quote, in codebook order.
pub fn themas_van<'a>(boek: &'a Codeboek, citaat: &'a Citaat) -> impl Iterator<Item = &'a Tag> {
    boek.groep(THEMA)
        .filter(move |tag| citaat.tags.contains(&tag.tag))
}

/// A thema's title as a heading: the part of its description before the colon.
pub fn thema_titel(tag: &Tag) -> String {
    tag.omschrijving
        .split_once(':')
        .map(|(kop, _)| kop.trim().to_string())
        .unwrap_or_else(|| tag.tag.clone())
}

/// The perspective a quote is heard from, `None` when it names no role.
pub fn perspectief(interview: &Interview, citaat: &Citaat) -> Option<Perspectief> {
    Traject::perspectief_van(interview, citaat)
}

/// A perspective as a heading.
pub fn perspectief_titel(p: Option<Perspectief>) -> String {
    match p {
        Some(p) => {
            let naam = p.naam();
            let mut tekens = naam.chars();
            match tekens.next() {
                Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
                None => String::new(),
            }
        }
        None => "Het duo samen".to_string(),
    }
}

//! The details other than a known name that make a text traceable, one kind per file: e-mail
//! addresses (also written out, `jan(at)…`), phone numbers and BSNs (`nummers`), postcodes and
//! streets with a house number (`adres`), IBANs, Dutch licence plates, dates of birth, and a
//! person named with a salutation (`De heer P. de Wit`). [`details`] runs them all; the names
//! the map knows are found by [`crate::privacy::namen`].

pub mod aanhef;
pub mod adres;
pub mod email;
pub mod geboortedatum;
pub mod iban;
pub mod kenteken;
pub mod nummers;

use std::ops::Range;

/// Every kind of detail, as a warning names it (in the order [`details`] looks for them).
pub const SOORTEN: [&str; 10] = [
    "een e-mailadres",
    "een IBAN",
    "een telefoonnummer",
    "een postcode met huisnummer",
    "een mogelijk BSN",
    "een straat met huisnummer",
    "een kenteken",
    "een geboortedatum",
    "een naam met aanhef",
    "een verhuld e-mailadres",
];

/// Every detail in `tekst` with its kind (one of [`SOORTEN`]). The digits an IBAN holds are
/// no phone number or BSN as well.
pub fn details(tekst: &str) -> Vec<(&'static str, Range<usize>)> {
    let mut uit: Vec<(&'static str, Range<usize>)> = Vec::new();
    // Cheap tests first: most sentences hold no digit and no '@'.
    let cijfers = tekst.bytes().filter(u8::is_ascii_digit).count();
    let apenstaartje = memchr::memchr(b'@', tekst.as_bytes()).is_some()
        || memchr::memmem::find(tekst.as_bytes(), "＠".as_bytes()).is_some();
    if cijfers >= 4 || apenstaartje {
        let rekeningen = iban::ibans(tekst);
        let overlapt = |p: &Range<usize>| {
            rekeningen
                .iter()
                .any(|r| p.start < r.end && r.start < p.end)
        };
        for (soort, plekken) in [
            (SOORTEN[0], email::emailadressen(tekst)),
            (SOORTEN[1], rekeningen.clone()),
            (SOORTEN[2], nummers::telefoonnummers(tekst)),
            (SOORTEN[3], adres::postcodes_met_huisnummer(tekst)),
            (SOORTEN[4], nummers::bsns(tekst)),
        ] {
            uit.extend(
                plekken
                    .into_iter()
                    .filter(|p| soort == SOORTEN[1] || !overlapt(p))
                    .map(|plek| (soort, plek)),
            );
        }
    }
    if cijfers >= 1 {
        uit.extend(
            adres::straten_met_huisnummer(tekst)
                .into_iter()
                .map(|p| (SOORTEN[5], p)),
        );
        uit.extend(
            geboortedatum::geboortedatums(tekst)
                .into_iter()
                .map(|p| (SOORTEN[7], p)),
        );
    }
    if cijfers >= 2 {
        uit.extend(
            kenteken::kentekens(tekst)
                .into_iter()
                .map(|p| (SOORTEN[6], p)),
        );
    }
    uit.extend(
        aanhef::aanhef_met_naam(tekst)
            .into_iter()
            .map(|p| (SOORTEN[8], p)),
    );
    uit.extend(
        email::verhulde_adressen(tekst)
            .into_iter()
            .map(|p| (SOORTEN[9], p)),
    );
    uit
}

/// The words of `tekst` with their byte offsets, split wherever `scheiding` holds (whitespace,
/// and for some recognisers the punctuation that may stick to a word). The one word splitter
/// the recognisers share.
pub(super) fn woorden_met_plek(
    tekst: &str,
    scheiding: impl Fn(char) -> bool,
) -> Vec<(usize, &str)> {
    let mut uit = Vec::new();
    let mut begin = None;
    for (i, c) in tekst.char_indices() {
        match (scheiding(c), begin) {
            (false, None) => begin = Some(i),
            (true, Some(b)) => {
                uit.push((b, &tekst[b..i]));
                begin = None;
            }
            _ => {}
        }
    }
    if let Some(b) = begin {
        uit.push((b, &tekst[b..]));
    }
    uit
}

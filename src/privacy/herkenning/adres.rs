//! Addresses: a postcode with a house number near it (`1234 AB 5`, `Dorpsstraat 12, 1234 AB`),
//! and a street with a house number (`Dorpsstraat 12`, `Lange Nieuwstraat 3a`, `Plein 1940 nr
//! 2`). A street is a word ending in a Dutch street word (straat, laan, weg, plein, gracht,
//! kade, …) followed by a house number that is no amount ("de Dorpsstraat 12 jaar lang" is no
//! address: a unit follows).

use std::ops::Range;

/// Two-letter words that follow a number in ordinary sentences ("in 2024 en 5 jaar later"):
/// written in lower case after a space they are no postcode letters.
const GEEN_POSTCODELETTERS: [&str; 24] = [
    "en", "in", "op", "of", "al", "na", "om", "te", "ik", "je", "ze", "we", "af", "ga", "zo", "nu",
    "ja", "de", "er", "is", "uw", "mn", "zn", "nr",
];

/// A postcode (`1234 AB`, `1234ab`, `1234 ab`) with a house number within a few words of it,
/// like `Dorpsstraat 12, 1234 AB` or `1234ab 12`; the range covers postcode and number.
pub fn postcodes_met_huisnummer(tekst: &str) -> Vec<Range<usize>> {
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let teken = |i: usize| tekens.get(i).map(|t| t.1);
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut uit = Vec::new();
    for i in 0..tekens.len() {
        if i > 0 && tekens[i - 1].1.is_alphanumeric() {
            continue;
        }
        let cijfers = tekens[i..]
            .iter()
            .take_while(|(_, c)| c.is_ascii_digit())
            .count();
        if cijfers != 4 || tekens[i].1 == '0' {
            continue;
        }
        let mut j = i + 4;
        let spatie = teken(j).is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'));
        if spatie {
            j += 1;
        }
        let letters: String = tekens[j.min(tekens.len())..]
            .iter()
            .take_while(|(_, c)| c.is_ascii_alphabetic())
            .map(|(_, c)| *c)
            .collect();
        if letters.len() != 2 || teken(j + 2).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let hoofdletters = letters.chars().all(|c| c.is_ascii_uppercase());
        if spatie
            && !hoofdletters
            && GEEN_POSTCODELETTERS.contains(&letters.to_lowercase().as_str())
        {
            continue;
        }
        let eind = j + 2;
        let van = i.saturating_sub(30);
        let tot = (eind + 30).min(tekens.len());
        let voor = huisnummer(&tekst[byte(van)..byte(i)]).map(|r| byte(van) + r.start..byte(eind));
        let na = huisnummer(&tekst[byte(eind)..byte(tot)]).map(|r| byte(i)..byte(eind) + r.end);
        if let Some(plek) = voor.or(na) {
            uit.push(plek);
        }
    }
    uit
}

pub fn bevat_postcode_met_huisnummer(tekst: &str) -> bool {
    !postcodes_met_huisnummer(tekst).is_empty()
}

/// A short number (1 to 5 digits, maybe with a letter like `12a`) standing on its own.
fn huisnummer(stuk: &str) -> Option<Range<usize>> {
    let mut begin = 0;
    for woord in stuk.split_inclusive(|c: char| c.is_whitespace() || ",;:".contains(c)) {
        let kaal = woord.trim_end_matches(|c: char| c.is_whitespace() || ",;:.?!)".contains(c));
        let cijfers = kaal.chars().take_while(char::is_ascii_digit).count();
        let rest = &kaal[cijfers..];
        if (1..=5).contains(&cijfers)
            && (rest.is_empty()
                || (rest.chars().count() == 1 && rest.chars().all(char::is_alphabetic)))
        {
            return Some(begin..begin + kaal.len());
        }
        begin += woord.len();
    }
    None
}
/// Words that end (or are) the name of a Dutch street.
const STRAATWOORDEN: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "steeg",
    "dreef",
    "markt",
    "pad",
    "plantsoen",
    "boulevard",
    "allee",
];

/// Street words that also end ordinary nouns ("Onderweg", "Zorgpad"): a street only when
/// written with a capital and several letters come before them.
const ZWAKKE_STRAATWOORDEN: &[&str] = &["weg", "pad"];

/// What may follow a number that is an amount, not a house number: "Dorpsstraat 12 jaar".
const EENHEDEN: &[&str] = &[
    "jaar",
    "jaren",
    "jr",
    "euro",
    "eur",
    "procent",
    "keer",
    "maal",
    "uur",
    "minuten",
    "min",
    "dag",
    "dagen",
    "week",
    "weken",
    "maand",
    "maanden",
    "mensen",
    "personen",
    "inwoners",
    "gemeenten",
    "km",
    "kilometer",
    "meter",
    "m",
    "stuks",
    "miljoen",
    "miljard",
    "duizend",
    "honderd",
    "kinderen",
    "woningen",
    "huizen",
    "plekken",
    "punten",
    "deelnemers",
    "cliënten",
    "clienten",
    "jongeren",
    "ouderen",
    "medewerkers",
];

/// Whether `woord` names a street: ends in a street word, and is written with a capital (or,
/// in lower case, is a long compound of a strong street word such as "dorpsstraat").
fn is_straat(woord: &str) -> bool {
    let letters = woord
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    if !letters {
        return false;
    }
    let klein = woord.to_lowercase();
    let hoofdletter = woord.chars().next().is_some_and(char::is_uppercase);
    STRAATWOORDEN.iter().any(|s| {
        let Some(voor) = klein.strip_suffix(s) else {
            return false;
        };
        let ervoor = voor.chars().filter(|c| c.is_alphabetic()).count();
        if ZWAKKE_STRAATWOORDEN.contains(s) {
            hoofdletter && ervoor >= 3
        } else {
            hoofdletter || ervoor >= 3
        }
    })
}

/// A house number: 1 to 1899, maybe with a letter or addition (`12`, `3a`, `12-14`, `7-II`,
/// `12bis`), written without a trailing unit. Gives whether `woord` is one.
fn is_huisnummer(woord: &str) -> bool {
    let cijfers = woord.chars().take_while(char::is_ascii_digit).count();
    if cijfers == 0 || cijfers > 4 || woord.starts_with('0') {
        return false;
    }
    if woord[..cijfers].parse::<u32>().is_ok_and(|n| n >= 1900) {
        return false;
    }
    let rest = woord[cijfers..].to_lowercase();
    rest.is_empty()
        || (rest.chars().count() == 1 && rest.chars().all(|c| c.is_ascii_alphabetic()))
        || rest == "bis"
        || rest.strip_prefix('-').is_some_and(|r| {
            !r.is_empty() && r.len() <= 4 && r.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// A street with a house number (see the module doc); the range covers the street's name (its
/// capitalised words before it too: "Lange Nieuwstraat") and the number.
pub fn straten_met_huisnummer(tekst: &str) -> Vec<Range<usize>> {
    if !tekst.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let woorden = super::woorden_met_plek(tekst, char::is_whitespace);
    fn kaal(w: &str) -> &str {
        w.trim_matches(|c: char| ",.;:!?()\"'«»“”‘’".contains(c))
    }
    let mut uit = Vec::new();
    for (i, (begin, woord)) in woorden.iter().enumerate() {
        let straat = kaal(woord);
        if !is_straat(straat) || woord.ends_with([',', '.', ';', ':', ')']) {
            continue;
        }
        // "Plein 1940 nr 2": a year in the street's name, then the number.
        let mut j = i + 1;
        if woorden.get(j).is_some_and(|(_, w)| {
            w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && w.as_bytes()[0] != b'0'
        }) && woorden
            .get(j + 1)
            .is_some_and(|(_, w)| matches!(kaal(w).to_lowercase().as_str(), "nr" | "nummer" | "no"))
        {
            j += 1;
        }
        if woorden
            .get(j)
            .is_some_and(|(_, w)| matches!(kaal(w).to_lowercase().as_str(), "nr" | "nummer" | "no"))
        {
            j += 1;
        }
        let Some((nr_begin, nummer)) = woorden.get(j) else {
            continue;
        };
        let nummer_kaal = nummer.trim_end_matches(|c: char| ",.;:!?)\"'”’".contains(c));
        if !is_huisnummer(nummer_kaal) {
            continue;
        }
        // "12 jaar" is an amount; "12, jaar" would end the address first.
        let eenheid = nummer_kaal.len() == nummer.len()
            && woorden.get(j + 1).is_some_and(|(_, w)| {
                let w = kaal(w).to_lowercase();
                EENHEDEN.contains(&w.as_str()) || w.starts_with('%')
            });
        if eenheid {
            continue;
        }
        // The capitalised words right before the street word belong to its name.
        let mut start = *begin;
        let mut k = i;
        while k > 0 && i - k < 3 {
            let (b, w) = woorden[k - 1];
            let hoort = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !w.ends_with(['.', ','])
                && !super::super::naamvorm::is_rolwoord(w);
            if !hoort {
                break;
            }
            start = b;
            k -= 1;
        }
        uit.push(start..nr_begin + nummer_kaal.len());
    }
    uit
}

pub fn bevat_straat_met_huisnummer(tekst: &str) -> bool {
    !straten_met_huisnummer(tekst).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert!(bevat_postcode_met_huisnummer(
            "ik woon Dorpsstraat 12, 1234 AB Zeewijk"
        ));
        assert!(bevat_postcode_met_huisnummer("1234AB 7a"));
        assert!(!bevat_postcode_met_huisnummer(
            "postcodegebied 1234 AB is groot"
        ));
        assert!(!bevat_postcode_met_huisnummer("in 2024 AB"));
        for ja in [
            "1234ab 5",
            "1234 ab 5",
            "1234 AB 5",
            "1234Ab 12a",
            "Kerkstraat 3, 1234\u{a0}AB",
        ] {
            assert!(bevat_postcode_met_huisnummer(ja), "{ja}");
        }
        for nee in [
            "in 2024 en 5 jaar later",
            "sinds 1990 op 3 plekken",
            "1234 ab",
        ] {
            assert!(!bevat_postcode_met_huisnummer(nee), "{nee}");
        }
    }

    #[test]
    fn straten() {
        for (tekst, gevonden) in [
            (
                "ik woon op de Dorpsstraat 12, naast de kerk",
                "Dorpsstraat 12",
            ),
            ("Lange Nieuwstraat 3a.", "Lange Nieuwstraat 3a"),
            ("adres: Plein 1940 nr 2", "Plein 1940 nr 2"),
            ("Kerkweg 7-II is het", "Kerkweg 7-II"),
            ("ze woont op dorpsstraat 14", "dorpsstraat 14"),
            ("Stationsplein nr. 4", "Stationsplein nr. 4"),
            ("Markt 12", "Markt 12"),
        ] {
            let plekken = straten_met_huisnummer(tekst);
            assert_eq!(plekken.len(), 1, "{tekst}: {plekken:?}");
            assert_eq!(&tekst[plekken[0].clone()], gevonden);
        }
        for tekst in [
            "de Dorpsstraat 12 jaar lang",
            "Plein 1940",
            "we liepen over straat 3 keer",
            "Onderweg 2 mensen",
            "de Participatiewet 2015",
            "op de weg 5 kilometer",
            "Uitvoering 3",
            "Gerechtshof 2 keer",
            "artikel 12",
        ] {
            assert!(straten_met_huisnummer(tekst).is_empty(), "{tekst}");
        }
    }
}

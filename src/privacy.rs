//! Privacy signals (AVG): quote texts that may identify a person.
//!
//! The map stores no names of interviewees, but a moderator may type one into a quote. These
//! checks look for what would make a quote traceable: a name the map knows (facilitator,
//! moderator, expert), an e-mail address, a Dutch phone number, a postcode with house number,
//! or a nine-digit number that passes the BSN eleven-test. They are warnings: the facilitator
//! decides, and the warning never repeats the number or address itself.

use crate::controle::{Bevinding, Ernst};
use crate::traject::Traject;

/// Every privacy warning for the quotes of a traject, each naming the quote id.
pub fn signalen(t: &Traject) -> Vec<Bevinding> {
    let namen = bekende_namen(t);
    let mut bevindingen = Vec::new();
    for (id, _, citaat) in t.citaten() {
        let mut gevonden = Vec::new();
        for (naam, wie) in &namen {
            if bevat_woord(&citaat.tekst, naam) {
                gevonden.push(format!("de naam '{naam}' ({wie})"));
            }
        }
        for (soort, gevonden_in) in [
            ("een e-mailadres", bevat_email(&citaat.tekst)),
            ("een telefoonnummer", bevat_telefoonnummer(&citaat.tekst)),
            (
                "een postcode met huisnummer",
                bevat_postcode_met_huisnummer(&citaat.tekst),
            ),
            ("een mogelijk BSN", bevat_bsn(&citaat.tekst)),
        ] {
            if gevonden_in {
                gevonden.push(soort.to_string());
            }
        }
        if !gevonden.is_empty() {
            bevindingen.push(Bevinding {
                ernst: Ernst::Waarschuwing,
                tekst: format!(
                    "citaat {id} bevat mogelijk {}, waardoor iemand herkenbaar kan zijn; haal het weg uit de tekst",
                    gevonden.join(", ")
                ),
            });
        }
    }
    bevindingen
}

/// Names the map knows, with who they belong to; each full name and its last word (a surname
/// like 'Jansen' in 'A. Jansen'), when that word is long enough to be meaningful.
fn bekende_namen(t: &Traject) -> Vec<(String, &'static str)> {
    let mut personen: Vec<(&str, &'static str)> = Vec::new();
    if let Some(f) = &t.facilitator {
        personen.push((f, "facilitator"));
    }
    for i in &t.interviews {
        if let Some(m) = &i.moderator {
            personen.push((m, "moderator"));
        }
    }
    for e in &t.expertteam {
        personen.push((&e.naam, "expert"));
    }
    let mut namen: Vec<(String, &'static str)> = Vec::new();
    for (persoon, wie) in personen {
        let persoon = persoon.trim();
        let mut kandidaten = vec![persoon.to_string()];
        if let Some(achternaam) = persoon.split_whitespace().last()
            && achternaam.chars().filter(|c| c.is_alphabetic()).count() >= 3
        {
            kandidaten.push(
                achternaam
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .into(),
            );
        }
        for naam in kandidaten {
            if naam.chars().count() >= 3 && !namen.iter().any(|(n, _)| n == &naam) {
                namen.push((naam, wie));
            }
        }
    }
    namen
}

/// Whether `tekst` holds `woord` as a whole word, ignoring case.
pub fn bevat_woord(tekst: &str, woord: &str) -> bool {
    let tekst = tekst.to_lowercase();
    let woord = woord.to_lowercase();
    if woord.is_empty() {
        return false;
    }
    tekst.match_indices(&woord).any(|(begin, _)| {
        let ervoor = tekst[..begin].chars().next_back();
        let erna = tekst[begin + woord.len()..].chars().next();
        !ervoor.is_some_and(char::is_alphanumeric) && !erna.is_some_and(char::is_alphanumeric)
    })
}

/// Something like `naam@domein.nl`.
pub fn bevat_email(tekst: &str) -> bool {
    let deel = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    tekst.match_indices('@').any(|(i, _)| {
        let voor: String = tekst[..i].chars().rev().take_while(|&c| deel(c)).collect();
        let na: String = tekst[i + 1..].chars().take_while(|&c| deel(c)).collect();
        let na = na.trim_end_matches('.');
        !voor.is_empty()
            && na
                .rsplit_once('.')
                .is_some_and(|(domein, tld)| !domein.is_empty() && tld.chars().count() >= 2)
    })
}

/// Runs of digits with the separators people type inside numbers (space, dash, dot, brackets),
/// each as (the digits, whether it began with `+`).
fn nummerreeksen(tekst: &str) -> Vec<(String, bool)> {
    let mut reeksen = Vec::new();
    let tekens: Vec<char> = tekst.chars().collect();
    let mut i = 0;
    while i < tekens.len() {
        let plus = tekens[i] == '+' && tekens.get(i + 1).is_some_and(char::is_ascii_digit);
        let haakje = tekens[i] == '(' && tekens.get(i + 1).is_some_and(char::is_ascii_digit);
        if haakje {
            i += 1;
            continue;
        }
        if !(tekens[i].is_ascii_digit() || plus) {
            i += 1;
            continue;
        }
        if i > 0 && tekens[i - 1].is_alphanumeric() {
            // Part of a word like 'A12': skip the whole word.
            while i < tekens.len() && tekens[i].is_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let mut cijfers = String::new();
        let mut j = if plus { i + 1 } else { i };
        while j < tekens.len() {
            let c = tekens[j];
            if c.is_ascii_digit() {
                cijfers.push(c);
                j += 1;
            } else if " -.()".contains(c) {
                // At most two separators in a row, like ') ' in '(020) 123'.
                let k = tekens[j..]
                    .iter()
                    .take_while(|c| " -.()".contains(**c))
                    .count();
                if k <= 2 && tekens.get(j + k).is_some_and(char::is_ascii_digit) {
                    j += k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if !tekens.get(j).is_some_and(|c| c.is_alphabetic()) {
            reeksen.push((cijfers, plus));
        }
        i = j.max(i + 1);
    }
    reeksen
}

/// A Dutch phone number: `06-12345678`, `020 123 4567`, `+31 6 12345678`, `0031 20 1234567`.
pub fn bevat_telefoonnummer(tekst: &str) -> bool {
    nummerreeksen(tekst).iter().any(|(cijfers, plus)| {
        if *plus {
            cijfers.len() == 11 && cijfers.starts_with("31")
        } else if let Some(rest) = cijfers.strip_prefix("0031") {
            rest.len() == 9
        } else {
            cijfers.len() == 10 && cijfers.starts_with('0') && !cijfers.starts_with("00")
        }
    })
}

/// A nine-digit number (also written `123.456.789` or `123 456 789`) that passes the eleven-test
/// of the burgerservicenummer.
pub fn bevat_bsn(tekst: &str) -> bool {
    nummerreeksen(tekst)
        .iter()
        .any(|(cijfers, plus)| !plus && cijfers.len() == 9 && elfproef(cijfers))
}

/// The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not zero).
pub fn elfproef(cijfers: &str) -> bool {
    let d: Vec<i64> = cijfers.bytes().map(|b| i64::from(b - b'0')).collect();
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    let som: i64 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, x)| (9 - i as i64) * x)
        .sum::<i64>()
        - d[8];
    som % 11 == 0
}

/// A postcode (`1234 AB`) with a house number within a few words of it, like
/// `Dorpsstraat 12, 1234 AB` or `1234AB 12`.
pub fn bevat_postcode_met_huisnummer(tekst: &str) -> bool {
    let tekens: Vec<char> = tekst.chars().collect();
    for i in 0..tekens.len() {
        if i > 0 && tekens[i - 1].is_alphanumeric() {
            continue;
        }
        let cijfers = tekens[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if cijfers != 4 || tekens[i] == '0' {
            continue;
        }
        let mut j = i + 4;
        if tekens.get(j) == Some(&' ') {
            j += 1;
        }
        let letters = tekens[j.min(tekens.len())..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if letters != 2 || tekens.get(j + 2).is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        let eind = j + 2;
        let voor: String = tekens[i.saturating_sub(30)..i].iter().collect();
        let na: String = tekens[eind..(eind + 30).min(tekens.len())].iter().collect();
        if heeft_huisnummer(&voor) || heeft_huisnummer(&na) {
            return true;
        }
    }
    false
}

/// A short number (1 to 5 digits, maybe with a letter like `12a`) standing on its own.
fn heeft_huisnummer(stuk: &str) -> bool {
    stuk.split(|c: char| c.is_whitespace() || ",;:".contains(c))
        .any(|woord| {
            let cijfers = woord.chars().take_while(char::is_ascii_digit).count();
            let rest = &woord[cijfers..];
            (1..=5).contains(&cijfers)
                && (rest.is_empty()
                    || (rest.chars().count() == 1 && rest.chars().all(char::is_alphabetic)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bsn_elfproef() {
        assert!(elfproef("111222333"));
        assert!(elfproef("123456782"));
        assert!(!elfproef("123456789"));
        assert!(!elfproef("000000000"));
        assert!(bevat_bsn("mijn nummer is 111.222.333 hoor"));
        assert!(bevat_bsn("BSN 123456782."));
        assert!(!bevat_bsn("zo'n 123456789 euro"));
        assert!(!bevat_bsn("1234567820"));
    }

    #[test]
    fn telefoonnummers() {
        for ja in [
            "bel 06-12345678",
            "bel 0612345678",
            "020 123 4567",
            "+31 6 12345678",
            "+31612345678",
            "0031 20 1234567",
            "(020) 1234567",
        ] {
            assert!(bevat_telefoonnummer(ja), "{ja}");
        }
        for nee in [
            "in 2023 kwamen 12 mensen",
            "06",
            "het jaar 2024-2025",
            "0612345",
        ] {
            assert!(!bevat_telefoonnummer(nee), "{nee}");
        }
    }

    #[test]
    fn email_en_postcode() {
        assert!(bevat_email("mail naar j.jansen@zeewijk.nl."));
        assert!(!bevat_email("we zitten @ het gemeentehuis"));
        assert!(!bevat_email("@zeewijk"));
        assert!(bevat_postcode_met_huisnummer(
            "ik woon Dorpsstraat 12, 1234 AB Zeewijk"
        ));
        assert!(bevat_postcode_met_huisnummer("1234AB 7a"));
        assert!(!bevat_postcode_met_huisnummer(
            "postcodegebied 1234 AB is groot"
        ));
        assert!(!bevat_postcode_met_huisnummer("in 2024 AB"));
    }

    #[test]
    fn woorden() {
        assert!(bevat_woord("Dat zei Jansen al", "jansen"));
        assert!(!bevat_woord("Jansens fiets", "jansen"));
        assert!(!bevat_woord("", "jansen"));
    }
}

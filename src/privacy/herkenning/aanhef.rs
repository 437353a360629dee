//! A person named with a salutation or title: `De heer P. de Wit`, `mevrouw A.B. Jansen`,
//! `dhr. Bakker`, `mr. drs. J. van Dam`, `juf Ans`, `dokter Yılmaz`. The salutation, any
//! initials and tussenvoegsels, then a surname written as a name (with a capital; after
//! initials also in lower case: `mevrouw a. jansen`). "De heer" of a role ("de wethouder",
//! "mevrouw de burgemeester") is no name.

use std::ops::Range;

use crate::privacy::naamvorm;

/// Salutations and titles before a name, in lower case without their dot ("heer" only after
/// "de").
const AANHEFFEN: &[&str] = &[
    "heer",
    "mevrouw",
    "mevr",
    "mw",
    "mvr",
    "meneer",
    "mijnheer",
    "mnr",
    "dhr",
    "juffrouw",
    "mej",
    "mejuffrouw",
    "juf",
    "meester",
    "dokter",
    "dr",
    "drs",
    "mr",
    "ir",
    "ing",
    "prof",
    "ds",
];

/// The words of `tekst` with their byte offsets, split at whitespace, with the punctuation
/// that may stick to them (`,` `;` `:` `(` `)` `"`) left off; a dot is kept (initials).
fn woorden(tekst: &str) -> Vec<(usize, &str)> {
    super::woorden_met_plek(tekst, |c| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
    })
}

/// Whether `woord` (maybe with a dot) is a salutation or title; `vorige` is the word before.
fn is_aanhef(woord: &str, vorige: Option<&str>) -> bool {
    let kaal = woord.trim_end_matches('.');
    let acroniem =
        kaal == woord && kaal.chars().count() > 1 && kaal.chars().all(char::is_uppercase);
    let klein = kaal.to_lowercase();
    if acroniem || !AANHEFFEN.contains(&klein.as_str()) {
        return false;
    }
    klein != "heer" || vorige.is_some_and(|v| v.eq_ignore_ascii_case("de"))
}

/// Initials: `P.`, `J.P.`, `A.B.C.`, also in lower case after a salutation.
fn is_voorletters(woord: &str) -> bool {
    let tekens: Vec<char> = woord.chars().collect();
    tekens.len() >= 2
        && tekens.len() <= 8
        && tekens
            .chunks(2)
            .all(|paar| paar.len() == 2 && paar[0].is_alphabetic() && paar[1] == '.')
}

/// Whether `woord` can be the surname (or first name) after a salutation: a word of letters
/// that is no role, no tussenvoegsel and no small word; with a capital unless `na_voorletters`.
fn is_achternaam(woord: &str, na_voorletters: bool) -> bool {
    let kaal = woord.trim_end_matches(['.', '!', '?']);
    let letters = kaal.chars().filter(|c| c.is_alphabetic()).count();
    let vorm = kaal
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    let hoofdletter = kaal.chars().next().is_some_and(char::is_uppercase);
    vorm && letters >= 2
        && (hoofdletter || na_voorletters)
        && !naamvorm::is_rolwoord(kaal)
        && !naamvorm::is_tussenvoegsel(kaal)
        && !naamvorm::is_perspectiefwoord(kaal)
        && !(kaal.chars().count() > 1 && kaal.chars().all(char::is_uppercase) && letters < 4)
        && !matches!(
            kaal.to_lowercase().as_str(),
            "en" | "of"
                | "die"
                | "dat"
                | "is"
                | "was"
                | "zei"
                | "vond"
                | "heeft"
                | "had"
                | "wil"
                | "kan"
                | "moet"
                | "zegt"
                | "een"
                | "het"
        )
}

/// Where `tekst` names someone with a salutation (see the module doc); the range runs from the
/// salutation ("De" of "De heer" included) to the end of the surname.
pub fn aanhef_met_naam(tekst: &str) -> Vec<Range<usize>> {
    let woorden = woorden(tekst);
    let mut uit: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < woorden.len() {
        let vorige = i.checked_sub(1).map(|v| woorden[v].1);
        if !is_aanhef(woorden[i].1, vorige) {
            i += 1;
            continue;
        }
        let begin = if woorden[i]
            .1
            .trim_end_matches('.')
            .eq_ignore_ascii_case("heer")
        {
            woorden[i - 1].0
        } else {
            woorden[i].0
        };
        let mut j = i + 1;
        // More titles: "mr. drs. P. Jansen".
        while j < woorden.len() && is_aanhef(woorden[j].1, Some(woorden[j - 1].1)) {
            j += 1;
        }
        let mut voorletters = false;
        while j < woorden.len() && is_voorletters(woorden[j].1) {
            voorletters = true;
            j += 1;
        }
        let tussen = j;
        while j < woorden.len() && j - tussen < 3 && naamvorm::is_tussenvoegsel(woorden[j].1) {
            j += 1;
        }
        // "juf van groep 3": after a preposition only a capitalised surname.
        let na_voorzetsel = j > tussen && woorden[tussen].1.eq_ignore_ascii_case("van");
        match woorden.get(j) {
            Some(&(b, w))
                if is_achternaam(w, voorletters)
                    && (!na_voorzetsel || w.chars().next().is_some_and(char::is_uppercase)) =>
            {
                let kaal = w.trim_end_matches(['.', '!', '?']);
                uit.push(begin..b + kaal.len());
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namen_met_aanhef() {
        for (tekst, gevonden) in [
            ("Ik sprak De heer P. de Wit gisteren", "De heer P. de Wit"),
            ("ik sprak de heer P. de Wit.", "de heer P. de Wit"),
            ("mevrouw A.B. Jansen belde", "mevrouw A.B. Jansen"),
            ("dhr. Bakker zei", "dhr. Bakker"),
            ("mr. drs. J. van Dam, jurist", "mr. drs. J. van Dam"),
            ("juf Ans had gelijk", "juf Ans"),
            ("mevrouw a. jansen kwam", "mevrouw a. jansen"),
            ("meester van der Berg", "meester van der Berg"),
        ] {
            let plekken = aanhef_met_naam(tekst);
            assert_eq!(plekken.len(), 1, "{tekst}: {plekken:?}");
            assert_eq!(&tekst[plekken[0].clone()], gevonden);
        }
        for tekst in [
            "de heer des huizes",
            "mevrouw de wethouder",
            "Mevrouw de Burgemeester opende",
            "de juf van groep 3",
            "de meester en de leerlingen",
            "heer en meester",
            "een dokter in de wijk",
            "lid MR",
            "mevrouw zei het",
        ] {
            assert!(aanhef_met_naam(tekst).is_empty(), "{tekst}");
        }
    }
}

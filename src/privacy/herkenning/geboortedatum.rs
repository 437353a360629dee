//! Dates of birth: a date after "geboren (op)", "geb.", "geboortedatum" or "jarig (op)"
//! (`geboren op 3 maart 1950`, `geb. 03-03-1950`), or any full date in a sentence that also
//! says how old someone is (`… 82 jaar oud, sinds 3 maart 1942 …`). A date alone is no birth
//! date: "op 1 januari 2015 trad de Wmo in werking" stays.

use std::ops::Range;

const MAANDEN: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "jan",
    "feb",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
];

/// Words after which a date is a date of birth.
const AANLEIDINGEN: &[&str] = &["geboren", "geb", "geboortedatum", "geboortedag", "jarig"];

/// Dates in `tekst`: `3 maart 1950`, `3 maart` (day and month), `03-03-1950`, `3/3/1950`,
/// `3.3.1950`; the ranges in the order found.
fn datums(tekst: &str) -> Vec<Range<usize>> {
    let woorden: Vec<(usize, &str)> = super::woorden_met_plek(tekst, char::is_whitespace);
    let mut uit = Vec::new();
    let mut i = 0;
    while i < woorden.len() {
        let (b, w) = woorden[i];
        let kaal = w.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
        // 03-03-1950, 3/3/1950, 3.3.1950
        let delen: Vec<&str> = kaal.split(['-', '/', '.']).collect();
        if delen.len() == 3
            && delen
                .iter()
                .all(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
            && dag(delen[0])
            && delen[1].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
            && matches!(delen[2].len(), 2 | 4)
        {
            uit.push(b..b + kaal.len());
            i += 1;
            continue;
        }
        // 3 maart (1950)
        let dag_kaal = w.trim_start_matches('(');
        let maand = woorden.get(i + 1).map(|(_, m)| {
            m.trim_end_matches([',', '.', ';', ':', ')', '?', '!'])
                .to_lowercase()
        });
        if dag(dag_kaal) && maand.as_deref().is_some_and(|m| MAANDEN.contains(&m)) {
            let (mb, m) = woorden[i + 1];
            let mut eind = mb
                + m.trim_end_matches([',', '.', ';', ':', ')', '?', '!'])
                    .len();
            let mut j = i + 2;
            if let Some((jb, jaar)) = woorden.get(i + 2) {
                let jaar_kaal = jaar.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
                if jaar_kaal.len() == 4 && jaar_kaal.chars().all(|c| c.is_ascii_digit()) {
                    eind = jb + jaar_kaal.len();
                    j += 1;
                }
            }
            uit.push(b + (w.len() - dag_kaal.len())..eind);
            i = j;
            continue;
        }
        i += 1;
    }
    uit
}

/// A day of the month: 1 to 31, maybe with a leading zero.
fn dag(tekst: &str) -> bool {
    (1..=2).contains(&tekst.len())
        && tekst.chars().all(|c| c.is_ascii_digit())
        && tekst.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether the sentence says how old someone is: a number followed by "jaar oud" (or "jr
/// oud"), or a "-jarige".
fn noemt_leeftijd(zin: &str) -> bool {
    let klein = zin.to_lowercase();
    let w: Vec<&str> = klein
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    w.windows(3).any(|d| {
        d[0].chars().all(|c| c.is_ascii_digit()) && matches!(d[1], "jaar" | "jr") && d[2] == "oud"
    }) || klein.contains("-jarige")
}

/// Where `tekst` holds a date of birth (see the module doc).
pub fn geboortedatums(tekst: &str) -> Vec<Range<usize>> {
    if !tekst.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let klein = tekst.to_lowercase();
    let mut uit = Vec::new();
    for datum in datums(tekst) {
        let aanleiding = klein[..datum.start]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(3)
            .any(|w| AANLEIDINGEN.contains(&w));
        if aanleiding || noemt_leeftijd(zin_om(tekst, &datum)) {
            uit.push(datum);
        }
    }
    uit
}

/// The sentence of `tekst` that holds `plek`: from the end of the sentence before it (`. `,
/// `!`, `?` or a new line) to the end of its own.
fn zin_om<'a>(tekst: &'a str, plek: &Range<usize>) -> &'a str {
    let einde = |c: char| matches!(c, '!' | '?' | '\n');
    let begin = tekst[..plek.start]
        .rfind(|c: char| einde(c))
        .map(|i| i + 1)
        .into_iter()
        .chain(tekst[..plek.start].rfind(". ").map(|i| i + 2))
        .max()
        .unwrap_or(0);
    let eind = tekst[plek.end..]
        .find(|c: char| einde(c))
        .into_iter()
        .chain(tekst[plek.end..].find(". "))
        .min()
        .map_or(tekst.len(), |i| plek.end + i);
    &tekst[begin..eind]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geboortedatums_met_aanleiding() {
        for (tekst, gevonden) in [
            ("Zij is geboren op 3 maart 1950 in Zeewijk.", "3 maart 1950"),
            ("geb. 03-03-1950, woont alleen", "03-03-1950"),
            ("Geboortedatum: 3/3/1950", "3/3/1950"),
            ("Hij is 82 jaar oud en jarig op 12 mei.", "12 mei"),
            ("Ze werd geboren 1 januari 1940", "1 januari 1940"),
            (
                "Mijn moeder, 82 jaar oud, (12 mei 1942) woont hier",
                "12 mei 1942",
            ),
        ] {
            let plekken = geboortedatums(tekst);
            assert_eq!(plekken.len(), 1, "{tekst}: {plekken:?}");
            assert_eq!(&tekst[plekken[0].clone()], gevonden);
        }
        for tekst in [
            "Op 1 januari 2015 trad de Wmo in werking.",
            "Het plan is geboren in 2015.",
            "Ik werk hier 12 jaar. Op 3 maart 2024 begon het project.",
            "de 82-jarige",
        ] {
            assert!(geboortedatums(tekst).is_empty(), "{tekst}");
        }
    }
}

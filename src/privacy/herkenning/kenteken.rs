//! Dutch licence plates, in the sidecodes of the RDW written with their dashes: `XX-99-99`,
//! `99-XX-99`, …, `99-XXX-9`, `XX-999-X`, `12-ABC-3`, `AB-123-C`. Letters in capitals; in lower
//! case only a group without vowels (`12-bcd-3`), since plates since 1978 use no vowels and a
//! lower-case group with one is a word ("1-op-1", "12-en-13").

use std::ops::Range;

/// The sidecodes as the kinds of their three groups: `L` letters, `C` digits, with lengths.
const SIDECODES: &[[(char, usize); 3]] = &[
    [('L', 2), ('C', 2), ('C', 2)],
    [('C', 2), ('C', 2), ('L', 2)],
    [('C', 2), ('L', 2), ('C', 2)],
    [('L', 2), ('C', 2), ('L', 2)],
    [('L', 2), ('L', 2), ('C', 2)],
    [('C', 2), ('L', 2), ('L', 2)],
    [('C', 2), ('L', 3), ('C', 1)],
    [('C', 1), ('L', 3), ('C', 2)],
    [('L', 2), ('C', 3), ('L', 1)],
    [('L', 1), ('C', 3), ('L', 2)],
    [('L', 3), ('C', 2), ('L', 1)],
    [('L', 1), ('C', 2), ('L', 3)],
    [('C', 1), ('L', 2), ('C', 3)],
    [('C', 3), ('L', 2), ('C', 1)],
];

/// Whether `groep` is a group of this kind and length.
fn past(groep: &str, (soort, lengte): (char, usize)) -> bool {
    groep.chars().count() == lengte
        && match soort {
            'C' => groep.chars().all(|c| c.is_ascii_digit()),
            _ => {
                groep.chars().all(|c| c.is_ascii_alphabetic())
                    && (groep.chars().all(|c| c.is_ascii_uppercase())
                        || (groep.chars().all(|c| c.is_ascii_lowercase())
                            && !groep.chars().any(|c| "aeiouy".contains(c))))
            }
        }
}

/// Where `tekst` holds a licence plate.
pub fn kentekens(tekst: &str) -> Vec<Range<usize>> {
    let streep = |c: char| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}');
    let mut uit = Vec::new();
    let bytes = tekst.as_bytes();
    let mut i = 0;
    while i < tekst.len() {
        let c = tekst[i..].chars().next().unwrap_or(' ');
        let begint = c.is_ascii_alphanumeric()
            && tekst[..i]
                .chars()
                .next_back()
                .is_none_or(|v| !v.is_alphanumeric() && !streep(v));
        if !begint {
            i += c.len_utf8();
            continue;
        }
        // The token: alphanumerics and dashes.
        let lengte: usize = tekst[i..]
            .chars()
            .take_while(|&c| c.is_ascii_alphanumeric() || streep(c))
            .map(char::len_utf8)
            .sum();
        let token = &tekst[i..i + lengte];
        let groepen: Vec<&str> = token.split(streep).collect();
        let is_kenteken = groepen.len() == 3
            && SIDECODES
                .iter()
                .any(|code| groepen.iter().zip(code).all(|(g, s)| past(g, *s)));
        let daarna = tekst[i + lengte..].chars().next();
        if is_kenteken && daarna.is_none_or(|c| !c.is_alphanumeric()) {
            uit.push(i..i + lengte);
        }
        i += lengte.max(1);
        while i < bytes.len() && !tekst.is_char_boundary(i) {
            i += 1;
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kentekens_in_elke_sidecode() {
        for ja in [
            "de auto met kenteken 12-ABC-3 stond er",
            "AB-123-C",
            "XX-99-99",
            "99-XX-99",
            "1-KBB-23",
            "GBB-12-K.",
            "kenteken 12-bcd-3",
        ] {
            assert_eq!(kentekens(ja).len(), 1, "{ja}");
        }
        for nee in [
            "1-op-1",
            "12-en-13",
            "06-12-34",
            "2024-03-12",
            "COVID-19",
            "1-2-3",
            "AB-12",
            "ab-12-cd-ef",
            "12-ABC-34",
            "13-jarige",
        ] {
            assert!(kentekens(nee).is_empty(), "{nee}");
        }
    }
}

//! E-mail addresses: `naam@domein.nl`, also in full-width characters (`naam＠domein．nl`) and
//! written to fool a harvester: `jan(at)zeewijk.nl`, `jan [at] zeewijk [dot] nl`,
//! `jan at zeewijk.nl`.

use std::ops::Range;

/// Something like `naam@domein.nl`, also typed in full-width characters (`naam＠domein．nl`).
pub fn emailadressen(tekst: &str) -> Vec<Range<usize>> {
    let punt = |c: char| c == '.' || c == '．';
    let deel = |c: char| c.is_alphanumeric() || "._%+-．＿％＋－".contains(c);
    let mut uit = Vec::new();
    for (i, apenstaart) in tekst.match_indices(['@', '＠']) {
        let na_begin = i + apenstaart.len();
        let begin = tekst[..i]
            .char_indices()
            .rev()
            .take_while(|(_, c)| deel(*c))
            .last()
            .map_or(i, |(b, _)| b);
        let na_len: usize = tekst[na_begin..]
            .chars()
            .take_while(|&c| deel(c))
            .map(char::len_utf8)
            .sum();
        let na = tekst[na_begin..na_begin + na_len].trim_end_matches(punt);
        let geldig = begin < i
            && na.rsplit_once(punt).is_some_and(|(domein, tld)| {
                !domein.is_empty() && tld.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            });
        if geldig {
            uit.push(begin..na_begin + na.len());
        }
    }
    uit
}

pub fn bevat_email(tekst: &str) -> bool {
    !emailadressen(tekst).is_empty()
}
/// How `@` is written out: in brackets of any kind, or as a word between spaces.
const APENSTAARTEN: &[&str] = &[
    "(at)",
    "[at]",
    "{at}",
    "<at>",
    "(a)",
    "[a]",
    "(apenstaart)",
    "[apenstaart]",
    " at ",
    " apenstaart ",
];

/// How a dot is written out in such an address.
const PUNTEN: &[&str] = &[
    "(dot)", "[dot]", "{dot}", "(punt)", "[punt]", " dot ", " punt ",
];

/// An address with `@` written out (see [`APENSTAARTEN`]): a name of address characters, the
/// written `@` (spaces around it allowed), and a domain with a dot (or a written dot) and a
/// top-level domain of two letters or more.
pub fn verhulde_adressen(tekst: &str) -> Vec<Range<usize>> {
    let klein = tekst.to_ascii_lowercase();
    let deel = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let mut uit: Vec<Range<usize>> = Vec::new();
    for teken in APENSTAARTEN {
        for (i, _) in klein.match_indices(teken) {
            let voor = klein[..i].trim_end_matches(' ');
            let begin = voor
                .char_indices()
                .rev()
                .take_while(|(_, c)| deel(*c))
                .last()
                .map_or(voor.len(), |(b, _)| b);
            if begin == voor.len() {
                continue;
            }
            let na_begin = i + teken.len();
            let na_begin = na_begin
                + (klein[na_begin..].len() - klein[na_begin..].trim_start_matches(' ').len());
            let Some(eind) = domein(&klein[na_begin..]) else {
                continue;
            };
            let plek = begin..na_begin + eind;
            if !uit.iter().any(|p| p.start < plek.end && plek.start < p.end) {
                uit.push(plek);
            }
        }
    }
    uit.sort_by_key(|p| p.start);
    uit
}

/// The length of a domain at the start of `tekst` (in lower case): labels of letters, digits
/// and `-` joined by a dot or a written dot, ending in a top-level domain of two letters or
/// more; `None` when there is no such domain.
fn domein(tekst: &str) -> Option<usize> {
    let label = |t: &str| {
        t.char_indices()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '-')
            .last()
            .map(|(b, c)| b + c.len_utf8())
    };
    let mut i = label(tekst)?;
    let mut delen = 1;
    let mut laatste = &tekst[..i];
    loop {
        let rest = &tekst[i..];
        let punt = if rest.starts_with('.') {
            Some(1)
        } else {
            // A written dot may stand between spaces: "example (dot) nl".
            let spaties = rest.len() - rest.trim_start_matches(' ').len();
            PUNTEN
                .iter()
                .find(|p| rest[spaties..].starts_with(**p))
                .map(|p| {
                    let na = &rest[spaties + p.len()..];
                    spaties + p.len() + (na.len() - na.trim_start_matches(' ').len())
                })
        };
        let Some(p) = punt else { break };
        let Some(n) = label(&rest[p..]) else { break };
        laatste = &rest[p..p + n];
        i += p + n;
        delen += 1;
    }
    (delen >= 2 && laatste.chars().count() >= 2 && laatste.chars().all(char::is_alphabetic))
        .then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adressen() {
        assert!(bevat_email("mail naar j.jansen@zeewijk.nl."));
        assert!(!bevat_email("we zitten @ het gemeentehuis"));
        assert!(!bevat_email("@zeewijk"));
        assert!(bevat_email("mail jan＠zeewijk．nl even"));
        assert!(bevat_email("mail jan＠zeewijk.nl even"));
    }

    #[test]
    fn verhulde_adressen_worden_gevonden() {
        for (tekst, gevonden) in [
            ("mail jan(at)example.nl even", "jan(at)example.nl"),
            ("mail jan[at]example.nl", "jan[at]example.nl"),
            ("mail jan at example.nl", "jan at example.nl"),
            (
                "mail jan (at) example (dot) nl!",
                "jan (at) example (dot) nl",
            ),
            (
                "mail J.Jansen[AT]Zeewijk[DOT]nl",
                "J.Jansen[AT]Zeewijk[DOT]nl",
            ),
        ] {
            let plekken = verhulde_adressen(tekst);
            assert_eq!(plekken.len(), 1, "{tekst}");
            assert_eq!(&tekst[plekken[0].clone()], gevonden);
        }
        for tekst in [
            "we kijken at the end of the day",
            "zij at een appel",
            "(at) zonder naam.nl",
            "jan at home",
            "jan at example.",
        ] {
            assert!(verhulde_adressen(tekst).is_empty(), "{tekst}");
        }
    }
}

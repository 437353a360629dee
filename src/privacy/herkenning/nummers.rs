//! Numbers that identify someone: a Dutch phone number in every common spelling, and a
//! nine-digit number that passes the eleven-test of the burgerservicenummer (BSN).
//!
//! Both start from [`nummerreeksen`]: runs of digits with the separators people type inside
//! numbers, standing on their own (not part of a word like `A12`).

use std::ops::Range;

/// What people type between the digits of a number: spaces (also the non-breaking and narrow
/// ones a word processor puts in), dashes of every length, dots, slashes and brackets.
fn is_scheiding(c: char) -> bool {
    matches!(
        c,
        ' ' | '-'
            | '.'
            | '('
            | ')'
            | '/'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '\u{2007}'
            | '\u{2010}'..='\u{2015}' | '\u{2212}'
    )
}

/// A run of digits with the separators people type inside numbers (see [`is_scheiding`]):
/// its digits, whether it began with `+`, and where it stands.
struct Reeks {
    cijfers: String,
    plus: bool,
    plek: Range<usize>,
}

fn nummerreeksen(tekst: &str) -> Vec<Reeks> {
    let mut reeksen = Vec::new();
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let teken = |i: usize| tekens.get(i).map(|t| t.1);
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut i = 0;
    while i < tekens.len() {
        let c = tekens[i].1;
        let volgt_cijfer = teken(i + 1).is_some_and(|c| c.is_ascii_digit());
        if c == '(' && volgt_cijfer {
            i += 1;
            continue;
        }
        let plus = c == '+' && volgt_cijfer;
        if !(c.is_ascii_digit() || plus) {
            i += 1;
            continue;
        }
        if i > 0 && tekens[i - 1].1.is_alphanumeric() {
            // Part of a word like 'A12' (or 'a+1'): skip this character and the rest of the
            // word. Always step past `c` itself, which may be a '+' that is no alphanumeric.
            i += 1;
            while teken(i).is_some_and(char::is_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let begin = if i > 0 && tekens[i - 1].1 == '(' {
            i - 1
        } else {
            i
        };
        let mut cijfers = String::new();
        let mut j = if plus { i + 1 } else { i };
        while let Some(c) = teken(j) {
            if c.is_ascii_digit() {
                cijfers.push(c);
                j += 1;
            } else if is_scheiding(c) {
                // At most three separators in a row, like ') ' in '(020) 123' or ' - ' in
                // '06 - 12345678'.
                let k = tekens[j..]
                    .iter()
                    .take_while(|(_, c)| is_scheiding(*c))
                    .count();
                if k <= 3 && teken(j + k).is_some_and(|c| c.is_ascii_digit()) {
                    j += k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if !teken(j).is_some_and(char::is_alphabetic) {
            reeksen.push(Reeks {
                cijfers,
                plus,
                plek: byte(begin)..byte(j),
            });
        }
        i = j.max(i + 1);
    }
    reeksen
}

/// A Dutch phone number: `06-12345678`, `020 123 4567`, `+31 6 12345678`, `0031 20 1234567`,
/// `+31 (0)6 12345678`, `06 - 12345678`, `06/12.34.56.78`.
pub fn telefoonnummers(tekst: &str) -> Vec<Range<usize>> {
    nummerreeksen(tekst)
        .into_iter()
        .filter(|r| {
            let internationaal = if r.plus {
                r.cijfers.strip_prefix("31")
            } else {
                r.cijfers.strip_prefix("0031")
            };
            match internationaal {
                // The trunk zero is often kept, in brackets: `+31 (0)6 12345678`.
                Some(rest) => rest.strip_prefix('0').unwrap_or(rest).len() == 9,
                None => {
                    !r.plus
                        && r.cijfers.len() == 10
                        && r.cijfers.starts_with('0')
                        && !r.cijfers.starts_with("00")
                }
            }
        })
        .map(|r| r.plek)
        .collect()
}

pub fn bevat_telefoonnummer(tekst: &str) -> bool {
    !telefoonnummers(tekst).is_empty()
}

/// A nine-digit number (also written `123.456.789` or `123 456 789`) that passes the
/// eleven-test of the burgerservicenummer.
pub fn bsns(tekst: &str) -> Vec<Range<usize>> {
    nummerreeksen(tekst)
        .into_iter()
        .filter(|r| !r.plus && r.cijfers.len() == 9 && elfproef(&r.cijfers))
        .map(|r| r.plek)
        .collect()
}

pub fn bevat_bsn(tekst: &str) -> bool {
    !bsns(tekst).is_empty()
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
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_plus_na_een_letter_laat_de_scanner_niet_hangen() {
        for tekst in [
            "a+1",
            "x+31612345678",
            "é+0612345678",
            "C++20 en 3+4",
            "a+",
            "1+1+1+1",
        ] {
            let _ = telefoonnummers(tekst);
            let _ = bsns(tekst);
        }
        assert!(bevat_telefoonnummer("bel +31612345678"));
        assert!(!bevat_telefoonnummer("versie+31612345678"));
    }
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
}

//! Account numbers (IBAN): `NL91ABNA0417164300`, `NL91 ABNA 0417 1643 00`, in any case.
//!
//! A candidate is two letters and two digits at the start of a word, then letters and digits,
//! maybe in groups split by single spaces. It counts only when the `iban_validate` crate
//! accepts it: a country code in the SWIFT registry, that country's length and account
//! structure, and the mod-97 checksum. So `kw043 kw044 kw045` (no Kuwaiti length) and
//! `QS01 Als ik bel` (no country) are words, not accounts.

use std::ops::Range;

/// Where `tekst` holds an IBAN.
pub fn ibans(tekst: &str) -> Vec<Range<usize>> {
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut uit = Vec::new();
    let mut i = 0;
    while i + 4 <= tekens.len() {
        let begint = (i == 0 || !tekens[i - 1].1.is_alphanumeric())
            && tekens[i].1.is_ascii_alphabetic()
            && tekens[i + 1].1.is_ascii_alphabetic()
            && tekens[i + 2].1.is_ascii_digit()
            && tekens[i + 3].1.is_ascii_digit();
        if !begint {
            i += 1;
            continue;
        }
        // The characters of the account, and after how many of them a word ends (where the
        // number may stop).
        let mut tekensreeks = String::new();
        let mut einden: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        while j < tekens.len() && tekensreeks.len() < 34 {
            let c = tekens[j].1;
            if c.is_ascii_alphanumeric() {
                tekensreeks.push(c.to_ascii_uppercase());
                j += 1;
                if tekens.get(j).is_none_or(|(_, c)| !c.is_alphanumeric()) {
                    einden.push((tekensreeks.len(), j));
                }
            } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                && tekens
                    .get(j + 1)
                    .is_some_and(|(_, c)| c.is_ascii_alphanumeric())
            {
                j += 1;
            } else {
                break;
            }
        }
        let gevonden = einden
            .iter()
            .rev()
            .find(|(n, _)| is_iban(&tekensreeks[..*n]));
        match gevonden {
            Some(&(_, eind)) => {
                uit.push(byte(i)..byte(eind));
                i = eind;
            }
            None => i += 1,
        }
    }
    uit
}

/// Whether `tekens` (capitals and digits, no spaces) is a valid IBAN.
pub fn is_iban(tekens: &str) -> bool {
    tekens.parse::<iban::Iban>().is_ok()
}

pub fn bevat_iban(tekst: &str) -> bool {
    !ibans(tekst).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_van_een_geregistreerd_land() {
        for ja in [
            "NL91ABNA0417164300",
            "maak over naar NL91 ABNA 0417 1643 00 graag",
            "nl91abna0417164300.",
            "BE68539007547034",
            "op NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00 staat",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert!(bevat_iban(ja), "{ja}");
        }
        for nee in [
            "NL91ABNA0417164301",
            "NL12 is geen rekening",
            "AB12CD",
            "kw043 kw044 kw045 kw046 kw047",
            "QS01 Als ik bel krijg",
            // The right checksum, but no country with this code.
            "XX62ABNA0417164300",
        ] {
            assert!(!bevat_iban(nee), "{nee}");
        }
    }
}

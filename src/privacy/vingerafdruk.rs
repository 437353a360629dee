//! Fingerprints of quote texts: what the map keeps of withdrawn or redacted words, instead of
//! the words themselves.
//!
//! After `intrekken` the map must still recognise the interview's notes, to refuse importing
//! them again, and after `citaat-wijzig --tekst` it must recognise the original wording in the
//! notes, to keep the redaction. A fingerprint is a 64-bit FNV-1a hash of the text with case,
//! punctuation and spacing ignored: the same on every platform and in every version (it is
//! stored), and it does not give the words back. The standard library's hasher is neither
//! stable across releases nor meant to be stored, hence this small one.

/// The fingerprint of a quote text: 16 hexadecimal digits.
pub fn vingerafdruk(tekst: &str) -> String {
    format!("{:016x}", fnv1a64(normaal(tekst).as_bytes()))
}

/// The text as it is compared: lower case, letters and digits, one space between words. A
/// moderator who fixed a typo's capital or a comma still has the same quote.
pub fn normaal(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for woord in tekst
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !uit.is_empty() {
            uit.push(' ');
        }
        uit.extend(woord.chars().flat_map(char::to_lowercase));
    }
    uit
}

/// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stabiel_en_ongevoelig_voor_opmaak() {
        // Known FNV-1a 64 values: these are stored in traject files and may never change.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
        assert_eq!(
            vingerafdruk("Ik wist niet, waar ik moest zijn!"),
            vingerafdruk("ik wist niet waar  ik moest zijn")
        );
        assert_ne!(
            vingerafdruk("Ik wist het niet."),
            vingerafdruk("Ik wist het wel.")
        );
        assert_eq!(vingerafdruk("x").len(), 16);
    }
}

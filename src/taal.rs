//! The Dutch of the text visieleer writes itself: numbers up to twenty in words, a count with
//! the right noun, a sentence that starts with a capital, and "twee van de zeven".
//!
//! The house style of a report a wethouder signs (and of the VNG report itself): in running
//! text the numbers up to twenty are written out, larger numbers as digits, and a sentence
//! never starts with a digit. These rules are for visieleer's own sentences only; a quote and
//! the facilitator's own text stay verbatim.
//!
//! Written here rather than taken from a crate: the crates that spell out numbers
//! (`num2words` and the like) cover Dutch only partly or not at all, and the house style needs
//! just the twenty-one words below.

/// The numbers zero to twenty as the house style writes them.
const WOORDEN: [&str; 21] = [
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
];

/// A number as running text writes it: up to twenty in words, above as digits.
///
/// ```
/// use visieleer::taal::getal;
/// assert_eq!(getal(2), "twee");
/// assert_eq!(getal(20), "twintig");
/// assert_eq!(getal(21), "21");
/// ```
pub fn getal(n: usize) -> String {
    match WOORDEN.get(n) {
        Some(woord) => (*woord).to_string(),
        None => n.to_string(),
    }
}

/// A count with its noun: "geen citaten", "één citaat", "twee citaten", "34 citaten".
///
/// ```
/// use visieleer::taal::aantal;
/// assert_eq!(aantal(0, "citaat", "citaten"), "geen citaten");
/// assert_eq!(aantal(1, "citaat", "citaten"), "één citaat");
/// assert_eq!(aantal(7, "traject", "trajecten"), "zeven trajecten");
/// ```
pub fn aantal(n: usize, enkelvoud: &str, meervoud: &str) -> String {
    match n {
        0 => format!("geen {meervoud}"),
        1 => format!("{} {enkelvoud}", getal(1)),
        _ => format!("{} {meervoud}", getal(n)),
    }
}

/// "twee van de zeven trajecten": a part of a whole, both in words up to twenty; the whole
/// as "beide" or "alle drie de", never "twee van de twee".
///
/// ```
/// use visieleer::taal::van_de;
/// assert_eq!(van_de(2, 7, "trajecten"), "twee van de zeven trajecten");
/// assert_eq!(van_de(2, 2, "trajecten"), "beide trajecten");
/// assert_eq!(van_de(3, 3, "trajecten"), "alle drie de trajecten");
/// assert_eq!(van_de(1, 1, "trajecten"), "het enige van de trajecten");
/// ```
pub fn van_de(deel: usize, geheel: usize, meervoud: &str) -> String {
    match (deel, geheel) {
        (1, 1) => format!("het enige van de {meervoud}"),
        (2, 2) => format!("beide {meervoud}"),
        (d, g) if d == g => format!("alle {} de {meervoud}", getal(d)),
        _ => format!("{} van de {} {meervoud}", getal(deel), getal(geheel)),
    }
}

/// The text with its first letter a capital, for a sentence that starts with visieleer's words.
/// "één" at the start of a sentence is written "Eén", as the Taalunie prescribes (the accent
/// stays where the capital does not carry it).
///
/// ```
/// use visieleer::taal::hoofdletter;
/// assert_eq!(hoofdletter("één citaat staat niet op papier."), "Eén citaat staat niet op papier.");
/// assert_eq!(hoofdletter(""), "");
/// ```
pub fn hoofdletter(tekst: &str) -> String {
    if let Some(rest) = tekst.strip_prefix("één") {
        return format!("Eén{rest}");
    }
    let mut tekens = tekst.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// The text as a sentence: trimmed, with a full stop when it does not already end in one
/// (or in "!", "?", "…", or such a mark inside closing quotes or brackets). For the
/// facilitator's own short texts (a richting, an afspraak) that visieleer puts before a
/// sentence of its own, so the two never run into each other; the words stay as typed.
///
/// ```
/// use visieleer::taal::zin;
/// assert_eq!(zin("Eén loket in Enkhuizen "), "Eén loket in Enkhuizen.");
/// assert_eq!(zin("Werkt het?"), "Werkt het?");
/// assert_eq!(zin("Zij zei: 'genoeg.'"), "Zij zei: 'genoeg.'");
/// assert_eq!(zin(""), "");
/// ```
pub fn zin(tekst: &str) -> String {
    let tekst = tekst.trim();
    let kern = tekst.trim_end_matches(['\'', '"', '’', '”', ')', '»']);
    if tekst.is_empty() || kern.ends_with(['.', '!', '?', '…']) {
        tekst.to_string()
    } else {
        format!("{tekst}.")
    }
}

/// The first sentence start in `tekst` that is a digit, if any: the check behind the rule
/// "never a numeral at the start of a sentence", for tests and for `check`.
///
/// A sentence starts at the beginning of the text and after ". ", "! " or "? ". A list
/// numbering ("1. Werving") is not a sentence and not looked at when `tekst` is one line of
/// running text, which is how callers use it.
pub fn cijfer_aan_zinsbegin(tekst: &str) -> Option<&str> {
    let mut begin = 0;
    loop {
        let rest = tekst[begin..].trim_start();
        let start = tekst.len() - rest.len();
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            let eind = rest
                .find(['.', '!', '?'])
                .map_or(tekst.len(), |i| start + i + 1);
            return Some(&tekst[start..eind]);
        }
        let volgende = [". ", "! ", "? "]
            .iter()
            .filter_map(|scheiding| rest.find(scheiding).map(|i| i + scheiding.len()))
            .min()?;
        begin = start + volgende;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tot_en_met_twintig_in_woorden_daarboven_in_cijfers() {
        let woorden: Vec<String> = (0..=21).map(getal).collect();
        assert_eq!(woorden[0], "nul");
        assert_eq!(woorden[13], "dertien");
        assert_eq!(woorden[21], "21");
        assert_eq!(getal(100_000), "100000");
    }

    #[test]
    fn een_cijfer_aan_het_begin_van_een_zin_wordt_gevonden() {
        assert_eq!(
            cijfer_aan_zinsbegin("Er is veel gezegd. 3 citaten staan niet op papier."),
            Some("3 citaten staan niet op papier.")
        );
        assert_eq!(
            cijfer_aan_zinsbegin("12 mensen spraken."),
            Some("12 mensen spraken.")
        );
        assert_eq!(cijfer_aan_zinsbegin("Drie citaten staan er niet in."), None);
        assert_eq!(cijfer_aan_zinsbegin("Op 12 maart spraken 12 mensen."), None);
        assert_eq!(cijfer_aan_zinsbegin("Klaar? Ja! 4 keer."), Some("4 keer."));
        assert_eq!(cijfer_aan_zinsbegin(""), None);
    }

    #[test]
    fn een_zin_begint_met_een_hoofdletter_ook_na_een_accent() {
        assert_eq!(hoofdletter(&aantal(1, "citaat", "citaten")), "Eén citaat");
        assert_eq!(hoofdletter(&aantal(0, "citaat", "citaten")), "Geen citaten");
    }
}

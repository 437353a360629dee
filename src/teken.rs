//! Invisible characters that do not belong in a traject: control characters (other than a
//! line break and a tab) and the bidirectional controls that make a text show in another
//! order than it is stored. They are refused on every way in and never reach a terminal or a
//! document raw: an ESC can recolour or rewrite a terminal, a CR breaks a quote out of its
//! blockquote, a U+202E turns "rood" into "door".

use std::borrow::Cow;

/// What stands in a text for a refused character when it is shown anyway.
pub const VERVANGING: char = '\u{FFFD}';

/// Whether `c` is refused in a text: a control character other than newline and tab, or a
/// bidirectional mark, embedding, override or isolate.
pub fn is_stuurteken(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// A short Dutch name for a refused character, so a message can say which one it is.
pub fn naam(c: char) -> String {
    match c {
        '\r' => "een CR (regelterugloop)".into(),
        '\u{1b}' => "een ESC".into(),
        '\u{7}' => "een BEL".into(),
        '\0' => "een NUL".into(),
        c if c.is_control() => format!("stuurteken U+{:04X}", c as u32),
        c => format!("richtingteken U+{:04X}", c as u32),
    }
}

/// The first refused character in a file's text with its line and column (1-based, in
/// characters). A CR right before a newline is a Windows line end, not a character.
pub fn in_bestand(tekst: &str) -> Option<(usize, usize, char)> {
    if !tekst.chars().any(is_stuurteken) {
        return None;
    }
    for (i, regel) in tekst.split('\n').enumerate() {
        let regel = regel.strip_suffix('\r').unwrap_or(regel);
        if let Some((kolom, c)) = regel.chars().enumerate().find(|&(_, c)| is_stuurteken(c)) {
            return Some((i + 1, kolom + 1, c));
        }
    }
    None
}

/// The text with every refused character replaced by [`VERVANGING`], for a terminal or a
/// document. Borrowed (no copy) in the usual case that there is none.
pub fn zichtbaar(tekst: &str) -> Cow<'_, str> {
    if tekst.chars().any(is_stuurteken) {
        Cow::Owned(
            tekst
                .chars()
                .map(|c| if is_stuurteken(c) { VERVANGING } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(tekst)
    }
}

/// The first refused character in a traject, as "regel N, kolom K: …", for `check`. A
/// character typed raw is found in the text; one written as an escape in a double-quoted
/// string (`"\e[31m"`, `"\r"`) only in the values, and then placed on the first line with such
/// an escape. The message names the character, never the text around it.
pub fn in_traject(tekst: &str, traject: &crate::traject::Traject) -> Option<String> {
    let uitleg = |c: char| {
        format!(
            "een onzichtbaar stuurteken ({}); haal het weg, visieleer neemt zulke tekens nergens aan en toont ze als {VERVANGING}",
            naam(c)
        )
    };
    if let Some((regel, kolom, c)) = in_bestand(tekst) {
        return Some(format!("regel {regel}, kolom {kolom}: {}", uitleg(c)));
    }
    if !tekst.contains('\\') {
        return None;
    }
    let waarde = serde_json::to_value(traject).ok()?;
    let c = eerste_in_waarde(&waarde)?;
    Some(match regel_met_escape(tekst) {
        Some(regel) => format!("regel {regel}: {}", uitleg(c)),
        None => uitleg(c),
    })
}

fn eerste_in_waarde(waarde: &serde_json::Value) -> Option<char> {
    use serde_json::Value;
    match waarde {
        Value::String(s) => s.chars().find(|&c| is_stuurteken(c)),
        Value::Array(lijst) => lijst.iter().find_map(eerste_in_waarde),
        Value::Object(velden) => velden.values().find_map(eerste_in_waarde),
        _ => None,
    }
}

/// The first line with a YAML escape that can stand for a control or bidi character.
fn regel_met_escape(tekst: &str) -> Option<usize> {
    tekst
        .lines()
        .position(|r| {
            let mut tekens = r.chars();
            while let Some(c) = tekens.next() {
                if c == '\\'
                    && let Some('0' | 'a' | 'b' | 'e' | 'f' | 'r' | 'v' | 'x' | 'u' | 'U') =
                        tekens.next()
                {
                    return true;
                }
            }
            false
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stuurtekens() {
        for c in [
            '\u{1b}', '\r', '\0', '\u{7}', '\u{7f}', '\u{85}', '\u{202E}', '\u{2067}', '\u{200F}',
        ] {
            assert!(is_stuurteken(c), "{c:?}");
        }
        for c in ['\n', '\t', 'a', 'é', '\u{a0}', '—', '\u{feff}'] {
            assert!(!is_stuurteken(c), "{c:?}");
        }
    }

    #[test]
    fn plek_in_een_bestand() {
        assert_eq!(in_bestand("a\r\nb\r\n"), None);
        assert_eq!(in_bestand("a\nb\rc\n"), Some((2, 2, '\r')));
        assert_eq!(in_bestand("a\n\tx\u{1b}[31m\n"), Some((2, 3, '\u{1b}')));
        assert_eq!(zichtbaar("a\u{202E}b\r\n"), "a\u{FFFD}b\u{FFFD}\n");
    }
}

//! Invisible characters that do not belong in a traject: control characters (other than a
//! line break and a tab) and the bidirectional controls that make a text show in another
//! order than it is stored. They are refused on every way in and never reach a terminal or a
//! document raw: an ESC can recolour or rewrite a terminal, a CR breaks a quote out of its
//! blockquote, a U+202E turns "rood" into "door".

use std::borrow::Cow;

use anyhow::{Result, bail};

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

/// Whether `tekst` holds a refused character: `tekst.chars().any(is_stuurteken)`, but
/// looking at bytes, 64 at a time, and at characters only where a block holds a byte that can
/// begin one (a C0 control, DEL, or the first byte of U+0080–U+009F, U+061C or U+2000–U+2FFF).
/// `check` runs it over every file of the map.
pub fn heeft_stuurteken(tekst: &str) -> bool {
    const BLOK: usize = 64;
    let bytes = tekst.as_bytes();
    bytes.chunks(BLOK).enumerate().any(|(n, blok)| {
        let verdacht = blok.iter().fold(false, |verdacht, &b| {
            verdacht
                | (b < 0x20 && b != b'\n' && b != b'\t')
                | (b == 0x7f)
                | (b == 0xc2)
                | (b == 0xd8)
                | (b == 0xe2)
        });
        if !verdacht {
            return false;
        }
        // The characters that begin in this block (a UTF-8 character is at most 4 bytes).
        let mut begin = n * BLOK;
        while !tekst.is_char_boundary(begin) {
            begin -= 1;
        }
        let mut eind = (begin.max(n * BLOK) + BLOK + 3).min(bytes.len());
        while !tekst.is_char_boundary(eind) {
            eind -= 1;
        }
        tekst[begin..eind].chars().any(is_stuurteken)
    })
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
    if !heeft_stuurteken(tekst) {
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
    if heeft_stuurteken(tekst) {
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

/// Longest text accepted for a quote, vraagstuk or other free text.
pub const MAX_TEKST: usize = 5000;

/// Checks free text from the command line: not empty, not too long, no control characters.
pub fn tekst(veld: &str, waarde: &str) -> Result<String> {
    let waarde = waarde.trim();
    if waarde.is_empty() {
        bail!("{veld} is leeg; geef een tekst tussen aanhalingstekens.");
    }
    if waarde.chars().count() > MAX_TEKST {
        bail!(
            "{veld} is te lang ({} tekens, hoogstens {MAX_TEKST}); kort de tekst in of verdeel hem.",
            waarde.chars().count()
        );
    }
    if let Some(c) = waarde.chars().find(|&c| is_stuurteken(c)) {
        bail!(
            "{veld} bevat een onzichtbaar stuurteken ({}); typ de tekst opnieuw zonder dat teken.",
            naam(c)
        );
    }
    Ok(waarde.to_string())
}

/// A short, one-line name (gemeente, expert, role, …): like `tekst`, but no line breaks.
pub fn korte_naam(veld: &str, waarde: &str) -> Result<String> {
    let waarde = tekst(veld, waarde)?;
    if waarde.contains('\n') || waarde.chars().count() > 200 {
        bail!("{veld} moet een korte naam op één regel zijn.");
    }
    Ok(waarde)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Looking at bytes first finds exactly the characters that looking at every
        /// character finds, wherever they stand in a long text.
        #[test]
        fn bytes_eerst_vindt_wat_tekens_vinden(
            voor in "[a-z’é ]{0,200}",
            teken in proptest::sample::select(vec!['a', '\r', '\u{1b}', '\u{85}', '\u{9f}', '\u{61c}', '\u{200e}', '\u{202e}', '\u{2069}', '’', '\u{7f}', '\n']),
            na in "[a-z“ ]{0,80}",
        ) {
            let tekst = format!("{voor}{teken}{na}");
            proptest::prop_assert_eq!(heeft_stuurteken(&tekst), tekst.chars().any(is_stuurteken));
        }
    }

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

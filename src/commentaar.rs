//! Finding YAML comments in a traject file, which a rewrite would silently drop.
//!
//! A `#` is a comment only when it starts a line or follows a space or tab, and is not inside
//! a quoted or block scalar. Rather than re-implementing YAML's scanner, every candidate `#` is
//! tested against the parser itself: cut the line at that `#`; if the parsed document is the
//! same, the cut-off text was a comment. Inside a scalar the cut changes the value (or breaks
//! the parse), so quotes like "zie punt #3" are never mistaken for comments.

use serde_yaml::Value;

/// The first line (1-based) holding a YAML comment, if any.
pub fn eerste_commentaar(tekst: &str) -> Option<usize> {
    if !tekst.contains('#') {
        return None;
    }
    let origineel: Value = serde_yaml::from_str(tekst).ok()?;
    let mut begin = 0;
    for (i, regel) in tekst.split_inclusive('\n').enumerate() {
        for (kolom, _) in regel.match_indices('#') {
            let kandidaat = kolom == 0 || regel[..kolom].ends_with([' ', '\t']);
            if !kandidaat || in_quote_op_een_regel(regel, kolom) {
                continue;
            }
            let eind = regel.trim_end_matches(['\n', '\r']).len();
            let mut zonder = String::with_capacity(tekst.len());
            zonder.push_str(&tekst[..begin + kolom]);
            zonder.push_str(&tekst[begin + eind..]);
            if serde_yaml::from_str::<Value>(&zonder).is_ok_and(|v| v == origineel) {
                return Some(i + 1);
            }
        }
        begin += regel.len();
    }
    None
}

/// Whether byte `kolom` of `regel` lies inside a quoted scalar that opens and closes on this
/// line, like `tekst: 'zie punt #3'` — the way visieleer writes such quotes. A quick answer
/// that saves parsing the file again for every `#` in a quote; `false` means "not sure".
fn in_quote_op_een_regel(regel: &str, kolom: usize) -> bool {
    let mut rest = regel.trim_start_matches(' ');
    while let Some(r) = rest.strip_prefix("- ") {
        rest = r.trim_start_matches(' ');
    }
    if let Some((sleutel, waarde)) = rest.split_once(": ")
        && !sleutel.is_empty()
        && sleutel
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        rest = waarde.trim_start_matches(' ');
    }
    let begin = regel.len() - rest.len();
    let bytes = rest.as_bytes();
    let Some(&quote) = bytes.first().filter(|q| matches!(q, b'\'' | b'"')) else {
        return false;
    };
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 1,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
            b if b == quote => return kolom > begin && kolom < begin + i,
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::eerste_commentaar;

    #[test]
    fn vindt_commentaar() {
        assert_eq!(eerste_commentaar("# kop\na: 1\n"), Some(1));
        assert_eq!(eerste_commentaar("a: 1 # na de waarde\n"), Some(1));
        assert_eq!(eerste_commentaar("a:\n  - 1\n  # tussen\n  - 2\n"), Some(3));
        assert_eq!(
            eerste_commentaar("a: |\n  tekst\n# daarna\nb: 2\n"),
            Some(3)
        );
    }

    #[test]
    fn laat_hekjes_in_tekst_met_rust() {
        for tekst in [
            "a: b\n",
            "a: 'zie #3'\n",
            "a: \"zie #3 en # 4\"\n",
            "a: zie#3\n",
            "a: |\n  regel # met hekje\n  # ook dit is tekst\nb: 1\n",
            "a: >-\n  # gevouwen\n  tekst\n",
            "a: \"twee\n  regels # met hekje\"\n",
            "a: 'twee\n\n  # regels'\n",
            "- nr: 1\n  tekst: 'it''s #1'\n",
            "- tekst: \"zeg \\\" #2\"\n",
        ] {
            assert_eq!(eerste_commentaar(tekst), None, "{tekst}");
        }
    }
}

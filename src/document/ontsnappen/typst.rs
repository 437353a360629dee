//! Text for Typst: every piece of a document's text goes into the Typst source as a string
//! literal ([`tekst`]), never as markup, so `#`, `*`, `_`, `$`, `@`, `<`, `[` and the like in a
//! quote are printed as they are (see `crate::document::pdf`).

use std::fmt::Write as _;

/// The text as a Typst string literal: `"…"` with `\` and `"` escaped, line breaks and tabs
/// as escapes, and every refused character (see `crate::model::teken`) as the visible
/// stand-in, as in every other format.
pub fn tekst(invoer: &str) -> String {
    let mut uit = String::with_capacity(invoer.len() + 2);
    uit.push('"');
    for c in invoer.chars() {
        match c {
            '\\' => uit.push_str("\\\\"),
            '"' => uit.push_str("\\\""),
            '\n' => uit.push_str("\\n"),
            '\t' => uit.push_str("\\t"),
            c if crate::model::teken::is_stuurteken(c) => {
                let _ = write!(uit, "\\u{{{:x}}}", crate::model::teken::VERVANGING as u32);
            }
            c => uit.push(c),
        }
    }
    uit.push('"');
    uit
}

#[cfg(test)]
mod tests {
    use super::tekst;

    #[test]
    fn aanhalingstekens_en_schuine_strepen_worden_ontsnapt() {
        assert_eq!(tekst(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(tekst("x\u{1b}\u{202e}y\nz"), "\"x\\u{fffd}\\u{fffd}y\\nz\"");
        assert_eq!(
            tekst("#set page(width: 1pt) $x$ *b* _i_ @l <l> [c] ~ `r`"),
            "\"#set page(width: 1pt) $x$ *b* _i_ @l <l> [c] ~ `r`\""
        );
    }
}

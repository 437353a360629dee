//! Escaping text for HTML: every document's text goes through [`escape`] (see
//! `crate::document::html`), so no user text can become markup.

/// Escapes text for HTML content and attribute values.
pub fn escape(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        match c {
            '&' => uit.push_str("&amp;"),
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&#39;"),
            c if crate::model::teken::is_stuurteken(c) => uit.push(crate::model::teken::VERVANGING),
            c => uit.push(c),
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn tekens_met_betekenis_worden_ontsnapt() {
        assert_eq!(
            escape("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;"
        );
    }
}

//! Helpers for writing markdown that reads back as exactly the text that went in.

/// Characters with inline meaning in CommonMark; they are always escaped.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!',
];

/// Escapes one line of inline text (no block markers considered); control and bidi
/// characters become U+FFFD.
fn regel(invoer: &str) -> String {
    let mut uit = String::with_capacity(invoer.len() + 8);
    for c in invoer.chars() {
        if INLINE.contains(&c) {
            uit.push('\\');
        }
        // A CR would end the line (and a quote's blockquote) in CommonMark.
        uit.push(if crate::model::teken::is_stuurteken(c) {
            crate::model::teken::VERVANGING
        } else {
            c
        });
    }
    uit
}

/// Escapes text so CommonMark renders it literally. Inline markup characters get a backslash;
/// a line that would start a block (`-`, `+`, `=`, `1.`, `1)`) has its marker escaped; lines are
/// trimmed so no indentation turns into a code block.
pub fn tekst(invoer: &str) -> String {
    invoer
        .lines()
        .map(|r| {
            let r = r.trim();
            let mut uit = regel(r);
            if r.starts_with(['-', '+', '=']) {
                uit.insert(0, '\\');
            } else {
                let cijfers = r.chars().take_while(char::is_ascii_digit).count();
                if cijfers > 0 && r[cijfers..].starts_with(['.', ')']) {
                    uit.insert(cijfers, '\\');
                }
            }
            uit
        })
        .filter(|r| !r.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paragraphs of a text as markdown keeps them: lines trimmed, blank lines between
/// paragraphs, empty paragraphs dropped. `blokcitaat` renders exactly these paragraphs.
pub fn alineas(invoer: &str) -> Vec<Vec<&str>> {
    let mut alineas = vec![Vec::new()];
    for regel in invoer.lines().map(str::trim) {
        if regel.is_empty() {
            alineas.push(Vec::new());
        } else if let Some(laatste) = alineas.last_mut() {
            laatste.push(regel);
        }
    }
    alineas.retain(|a| !a.is_empty());
    alineas
}

/// Text as a blockquote: each paragraph (separated by a blank line) stays a paragraph.
pub fn blokcitaat(invoer: &str) -> String {
    alineas(invoer)
        .iter()
        .map(|a| {
            a.iter()
                .map(|r| format!("> {}", tekst(r)))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// A table cell or other inline text: escaped, on one line. It may also start a line (a list
/// item, a line of the cover), so a marker that would open a block there (`- x`, `+ x`,
/// `1. x`, `2) x`, a line of `-` or `=`) is escaped too; in a cell the backslash is harmless.
pub fn cel(invoer: &str) -> String {
    let uit = invoer
        .lines()
        .map(|r| regel(r.trim()))
        .collect::<Vec<_>>()
        .join(" ");
    begin_als_tekst(uit)
}

/// Escapes a list marker or a setext/thematic-break line at the start of escaped inline text.
fn begin_als_tekst(mut uit: String) -> String {
    let marker_met_ruimte = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    let cijfers = uit.chars().take_while(char::is_ascii_digit).count();
    let lijn = !uit.is_empty()
        && (uit.chars().all(|c| matches!(c, '-' | ' ' | '\t'))
            || uit.chars().all(|c| matches!(c, '=' | ' ' | '\t')));
    if lijn || (uit.starts_with(['-', '+']) && marker_met_ruimte(&uit[1..])) {
        uit.insert(0, '\\');
    } else if (1..=9).contains(&cijfers)
        && uit[cijfers..].starts_with(['.', ')'])
        && marker_met_ruimte(&uit[cijfers + 1..])
    {
        uit.insert(cijfers, '\\');
    }
    uit
}

/// A markdown table from a header and rows.
pub fn tabel(kop: &[&str], rijen: &[Vec<String>]) -> String {
    let mut uit = format!("| {} |\n", kop.join(" | "));
    uit.push_str(&format!(
        "|{}\n",
        kop.iter().map(|_| " --- |").collect::<String>()
    ));
    for rij in rijen {
        uit.push_str(&format!("| {} |\n", rij.join(" | ")));
    }
    uit
}

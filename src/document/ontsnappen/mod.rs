//! Escaping text for the formats documents are written in, so no user text becomes markup:
//! HTML (`html`), markdown that reads back as exactly the text that went in (`markdown`), and
//! Typst string literals for the PDF (`typst`).

pub mod html;
pub mod markdown;
pub mod typst;

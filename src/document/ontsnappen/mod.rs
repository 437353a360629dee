//! Escaping text for the formats documents are written in, so no user text becomes markup:
//! HTML (`html`) and markdown that reads back as exactly the text that went in (`markdown`).

pub mod html;
pub mod markdown;

//! Formats for the programs people around a traject already use: Excel for the quote table.
//! (The Word report is a renderer of the document model: `crate::document::docx`.)

pub mod xlsx;

//! Exchange formats: the map's data in the files other programs read — Excel for the quote
//! table, REFI-QDA for qualitative-analysis programs, iCalendar for the agenda. (The Word report is a renderer of the
//! document model: `crate::document::docx`.)

mod guid;
pub mod ics;
pub mod qdpx;
pub mod xlsx;

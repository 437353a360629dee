//! Het model: what a Visieleertraject is, in the words of the method. A traject and its
//! phases, the duo-interviews and their quotes, the sessies, the synthesis and the borging,
//! dates, and the characters no text may hold.
//!
//! The lowest layer: it uses nothing else of visieleer (two exceptions still stand, listed in
//! `tests/huis.rs`: a traject carries the names to mask for its documents, and the model
//! checks its numbers against the file's maximum).

pub mod borging;
pub mod datum;
pub mod fase;
pub mod interview;
pub mod sessie;
pub mod synthese;
pub mod teken;
pub mod toestemming;
pub mod traject;

//! Het model: what a Visieleertraject is, in the words of the method. A traject and its
//! phases, the duo-interviews and their quotes, the sessies, the synthesis and the borging,
//! dates, and the characters no text may hold.
//!
//! The lowest layer: it uses nothing else of visieleer. Within it, the parts come before the
//! whole: `historie`, `nummer`, `interview` and `borging` never use `traject`.

pub mod borging;
pub mod datum;
pub mod fase;
pub mod historie;
pub mod interview;
pub mod nummer;
pub mod sessie;
pub mod synthese;
pub mod teken;
pub mod toestemming;
pub mod traject;

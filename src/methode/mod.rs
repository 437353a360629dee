//! De methode: the rules of the method over the model. The gates between the phases
//! (`poort`), the order in time (`volgorde`), what may be recorded in which phase and nothing
//! held in the future (`vastleggen`), the checks beyond the schema (`controle`), repeated
//! numbers after a merge (`dubbel`), repairing slips (`herstel`: what depends on a record,
//! removing it, the gates a repair may not break), what is overdue (`signalen`), what comes
//! next over the map (`agenda`) and the order of the three synthesis steps
//! (`synthesevolgorde`). Small pure functions over a traject; they use the model and ask the
//! file's home (`crate::bestand`) for lines in messages.

pub mod agenda;
pub mod controle;
pub(crate) mod dubbel;
pub mod herstel;
pub(crate) mod poort;
pub(crate) mod signalen;
pub mod synthesevolgorde;
pub mod vastleggen;
pub mod volgorde;

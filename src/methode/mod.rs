//! De methode: the rules of the method over the model. The gates between the phases
//! (`poort`), the order in time (`volgorde`), the checks beyond the schema (`controle`) and
//! repeated numbers after a merge (`dubbel`), and repairing slips (`herstel`: what depends on a
//! record, removing it, the gates a repair may not break). Small pure functions over a traject; they use the
//! model and ask the file's home (`crate::bestand`) for lines in messages.

pub mod controle;
pub(crate) mod dubbel;
pub mod herstel;
pub(crate) mod poort;
pub mod volgorde;

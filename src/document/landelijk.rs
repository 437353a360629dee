//! The words the national documents share: a traject named by its gemeenten, a list of such
//! names, which trajecten count, and "twee van de zeven trajecten die meetellen". Used by the
//! rode-draden report ([`crate::document::rode_draden`]) and its method chapter
//! ([`crate::document::rode_draden_methode`]), so both count and name alike.

use crate::document::opsomming;
use crate::model::fase::Status;
use crate::model::traject::Traject;
use crate::taal::van_de;

/// How the report names the trajecten that count, after a number.
pub(crate) const DIE_MEETELLEN: &str = "trajecten die meetellen";

/// Whether a traject's findings count.
pub fn telt_mee(t: &Traject) -> bool {
    matches!(t.status, Status::Lopend | Status::Afgerond)
}

/// A traject by name: its gemeenten.
pub(crate) fn naam(t: &Traject) -> String {
    opsomming(&t.gemeenten)
}

/// Traject names as a list; with "; " between them when a name is itself a list of
/// gemeenten ("Bloemendorp en Kanaalstad; Zeewijk").
pub(crate) fn namenlijst(namen: &[String]) -> String {
    if namen.iter().any(|n| n.contains(" en ") || n.contains(',')) {
        namen.join("; ")
    } else {
        opsomming(namen)
    }
}

/// The names of trajecten as a list.
pub(crate) fn namen_van(trajecten: &[&Traject]) -> String {
    namenlijst(&trajecten.iter().map(|t| naam(t)).collect::<Vec<_>>())
}

/// "zeven trajecten die meetellen", after "geen van de"; without the number when only one
/// counts ("geen van de trajecten die meetellen").
pub(crate) fn alle_die_meetellen(geheel: usize) -> String {
    if geheel == 1 {
        DIE_MEETELLEN.to_string()
    } else {
        format!("{} {DIE_MEETELLEN}", crate::taal::getal(geheel))
    }
}

/// "twee van de zeven trajecten die meetellen"; "het enige traject dat meetelt" when one
/// counts.
pub(crate) fn van_mee(deel: usize, geheel: usize) -> String {
    if geheel == 1 && deel == 1 {
        "het enige traject dat meetelt".to_string()
    } else {
        van_de(deel, geheel, DIE_MEETELLEN)
    }
}

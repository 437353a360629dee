//! Meetings of a traject: the kick-off, the ontwerpsessie, the borgingsessie and others.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::datum::{Datering, Datum};

/// The kinds of meeting the method knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SessieSoort {
    Kickoff,
    Ontwerpsessie,
    Borgingsessie,
    Inwonerssessie,
    Werkbezoek,
    Nazorg,
}

impl SessieSoort {
    pub const ALLE: [SessieSoort; 6] = [
        SessieSoort::Kickoff,
        SessieSoort::Ontwerpsessie,
        SessieSoort::Borgingsessie,
        SessieSoort::Inwonerssessie,
        SessieSoort::Werkbezoek,
        SessieSoort::Nazorg,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            SessieSoort::Kickoff => "kickoff",
            SessieSoort::Ontwerpsessie => "ontwerpsessie",
            SessieSoort::Borgingsessie => "borgingsessie",
            SessieSoort::Inwonerssessie => "inwonerssessie",
            SessieSoort::Werkbezoek => "werkbezoek",
            SessieSoort::Nazorg => "nazorg",
        }
    }

    /// "de" or "het": "het werkbezoek", "de kick-off".
    pub fn lidwoord(self) -> &'static str {
        match self {
            SessieSoort::Werkbezoek | SessieSoort::Nazorg => "het",
            _ => "de",
        }
    }

    /// How a report names it.
    pub fn titel(self) -> &'static str {
        match self {
            SessieSoort::Kickoff => "Kick-off",
            SessieSoort::Ontwerpsessie => "Ontwerpsessie",
            SessieSoort::Borgingsessie => "Borgingsessie",
            SessieSoort::Inwonerssessie => "Inwonerssessie",
            SessieSoort::Werkbezoek => "Werkbezoek",
            SessieSoort::Nazorg => "Nazorggesprek",
        }
    }
}

impl fmt::Display for SessieSoort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl FromStr for SessieSoort {
    type Err = String;

    fn from_str(tekst: &str) -> Result<SessieSoort, String> {
        let gezocht = tekst.trim().to_lowercase().replace('-', "");
        SessieSoort::ALLE
            .into_iter()
            .find(|s| s.naam() == gezocht)
            .ok_or_else(|| {
                format!(
                    "onbekende soort sessie '{tekst}'; kies uit {}",
                    SessieSoort::ALLE.map(SessieSoort::naam).join(", ")
                )
            })
    }
}

/// A meeting, held on its date or planned for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sessie {
    /// Its stable number (see [`crate::model::traject::Traject::nummer_toe`]); written only
    /// where it is not the number after the one before it.
    #[serde(default, skip_serializing_if = "crate::model::nummer::is_nul")]
    pub nr: u32,
    pub soort: SessieSoort,
    pub datum: Option<Datum>,
    /// `true` while the meeting is only planned.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gepland: bool,
    /// A planning known only by its month or year (`datum` is then empty): "in september",
    /// "in 2025", never an invented day. Gone once the meeting is held on its day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gepland_in: Option<Datering>,
    /// The facilitator's private note: never printed in a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notitie: Option<String>,
    /// The public account of the meeting (`sessie --verslag`): for the kick-off the
    /// expectations agreed, for the ontwerpsessie its design. Shown in `toon` and in the
    /// report's Aanpak, unlike `notitie`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verslag: Option<String>,
}

impl Sessie {
    pub fn gehouden(&self) -> bool {
        !self.gepland
    }

    /// When a planned meeting is to be: its day, or the month or year it is planned in.
    pub fn planning(&self) -> Option<Datering> {
        if !self.gepland {
            return None;
        }
        self.datum.map(Datering::Dag).or(self.gepland_in)
    }
}

//! The synthesis in three steps: moderatoren, expertteam, reflectie.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::datum::Datum;

/// One of the three synthesis steps, in the order they are taken.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Stap {
    Moderatoren,
    Expertteam,
    Reflectie,
}

impl Stap {
    pub const ALLE: [Stap; 3] = [Stap::Moderatoren, Stap::Expertteam, Stap::Reflectie];

    pub fn naam(self) -> &'static str {
        match self {
            Stap::Moderatoren => "moderatoren",
            Stap::Expertteam => "expertteam",
            Stap::Reflectie => "reflectie",
        }
    }

    /// How a report names it.
    pub fn titel(self) -> &'static str {
        match self {
            Stap::Moderatoren => "Synthese door de moderatoren",
            Stap::Expertteam => "Synthese door het expertteam",
            Stap::Reflectie => "Reflectie in de ontwerpsessie",
        }
    }
}

impl fmt::Display for Stap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// Whether an insight names a difficulty or something that works.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum InzichtSoort {
    Dilemma,
    Werkzaam,
}

/// An insight of one synthesis step, optionally backed by quote ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inzicht {
    pub nr: u32,
    pub stap: Stap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soort: Option<InzichtSoort>,
    pub tekst: String,
    /// Ids of supporting quotes, as `2.3`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citaten: Vec<String>,
    /// The day the insight was reached (a reflectie belongs on or after the ontwerpsessie);
    /// files written before insights had dates have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Datum>,
}

//! The five phases of a Visieleertraject and the status a traject can have.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One of the five phases, in the order the method walks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fase {
    Werving,
    Starten,
    Luisteren,
    Ontwerpen,
    Borgen,
}

impl Fase {
    pub const ALLE: [Fase; 5] = [
        Fase::Werving,
        Fase::Starten,
        Fase::Luisteren,
        Fase::Ontwerpen,
        Fase::Borgen,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Fase::Werving => "werving",
            Fase::Starten => "starten",
            Fase::Luisteren => "luisteren",
            Fase::Ontwerpen => "ontwerpen",
            Fase::Borgen => "borgen",
        }
    }

    /// The phase after this one; `None` after borgen (the traject is then afgerond).
    pub fn volgende(self) -> Option<Fase> {
        match self {
            Fase::Werving => Some(Fase::Starten),
            Fase::Starten => Some(Fase::Luisteren),
            Fase::Luisteren => Some(Fase::Ontwerpen),
            Fase::Ontwerpen => Some(Fase::Borgen),
            Fase::Borgen => None,
        }
    }

    pub fn nummer(self) -> usize {
        self as usize + 1
    }
}

impl fmt::Display for Fase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// Where a traject stands as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Lopend,
    Afgerond,
    Gestopt,
    Geannuleerd,
}

impl Status {
    pub fn naam(self) -> &'static str {
        match self {
            Status::Lopend => "lopend",
            Status::Afgerond => "afgerond",
            Status::Gestopt => "gestopt",
            Status::Geannuleerd => "geannuleerd",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

//! Borging that lasts: follow-up agreements (afspraken) made in borgen, and the nazorg entries
//! that record, months later, how each one stands and the story behind it.
//!
//! The source report asks for streefwaarden agreed in advance and prefers stories to numbers
//! (narratief monitoren); an afspraak therefore carries a streefwaarde in words and every
//! nazorg entry a verhaal.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::datum::{Datering, Datum};
use crate::model::interview::Perspectief;

/// A follow-up agreement: what, who owns it, how we will know it worked, and when we look.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Afspraak {
    pub nr: u32,
    pub tekst: String,
    pub eigenaar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streefwaarde: Option<String>,
    /// The day the afspraak should be looked at again (in the nazorggesprek).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Datum>,
    /// The oplossingsrichting (its number) this afspraak carries out: the chain the report
    /// shows from richting to afspraak to nazorg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub richting: Option<u32>,
    /// The gemeente of a regional traject this afspraak is for (`afspraak --gemeente`);
    /// absent for the whole region. Its nazorg is for the same gemeente.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nazorg: Vec<Nazorg>,
}

/// The state of an afspraak at a nazorggesprek, with the story behind it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nazorg {
    /// Its number under its afspraak (`2.1` is nazorg 1 of afspraak 2); written only where it
    /// is not the number after the one before it.
    #[serde(default, skip_serializing_if = "crate::model::nummer::is_nul")]
    pub nr: u32,
    pub datum: Datum,
    pub stand: Stand,
    pub verhaal: String,
    /// When the afspraak is looked at again: required while it "loopt", so the follow-up
    /// cannot stop silently (a month or a year when that is all that is known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volgende: Option<Datering>,
    /// Whose story the verhaal is: the source report holds up inwoners and uitvoering as the
    /// mirror of what changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspectief: Option<Perspectief>,
}

/// How an afspraak stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Stand {
    Loopt,
    Gehaald,
    NietGehaald,
}

impl Stand {
    pub fn naam(self) -> &'static str {
        match self {
            Stand::Loopt => "loopt",
            Stand::Gehaald => "gehaald",
            Stand::NietGehaald => "niet gehaald",
        }
    }
}

impl fmt::Display for Stand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl Afspraak {
    /// The latest nazorg entry, if any.
    pub fn laatste_nazorg(&self) -> Option<&Nazorg> {
        self.nazorg.iter().max_by_key(|n| n.datum)
    }

    /// The latest nazorg says it "loopt" and the day to look again has passed: the follow-up
    /// stopped without a word. Returns that day.
    pub fn volgende_verlopen(&self, vandaag: Datum) -> Option<Datering> {
        let laatste = self.laatste_nazorg()?;
        let volgende = laatste.volgende?;
        (laatste.stand == Stand::Loopt && volgende.laatste_dag() < vandaag).then_some(volgende)
    }

    /// Its date has passed and nobody has looked at it since.
    pub fn is_verlopen(&self, vandaag: Datum) -> bool {
        self.datum.is_some_and(|d| d < vandaag) && self.nazorg.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn afspraak(datum: Option<&str>, nazorg: bool) -> Afspraak {
        Afspraak {
            nr: 1,
            tekst: "Eén nummer".into(),
            eigenaar: "teamleider".into(),
            streefwaarde: None,
            datum: datum.map(|d| d.parse().unwrap()),
            richting: None,
            gemeente: None,
            nazorg: if nazorg {
                vec![Nazorg {
                    nr: 1,
                    datum: "2024-05-01".parse().unwrap(),
                    stand: Stand::Gehaald,
                    verhaal: "Het werkt.".into(),
                    volgende: None,
                    perspectief: None,
                }]
            } else {
                Vec::new()
            },
        }
    }

    #[test]
    fn verlopen_is_na_de_datum_en_zonder_nazorg() {
        let vandaag: Datum = "2024-06-01".parse().unwrap();
        assert!(afspraak(Some("2024-05-31"), false).is_verlopen(vandaag));
        assert!(!afspraak(Some("2024-06-01"), false).is_verlopen(vandaag));
        assert!(!afspraak(Some("2024-05-31"), true).is_verlopen(vandaag));
        assert!(!afspraak(None, false).is_verlopen(vandaag));
    }

    #[test]
    fn stand_leest_en_schrijft_met_streepje() {
        let yaml = serde_yaml::to_string(&Stand::NietGehaald).unwrap();
        assert_eq!(yaml.trim(), "niet-gehaald");
        assert_eq!(Stand::NietGehaald.to_string(), "niet gehaald");
    }
}

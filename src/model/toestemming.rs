//! Consent per use: what the participants of a duo-interview allowed their words to be used for.
//!
//! `ja` is every use, `nee` none, and anything between is a set of uses (`rapport, kaartjes`).
//! Consent may differ per participant (`beleidsadviseur Wmo: rapport` beside `wijkcoach: ja`):
//! a quote follows its speaker's consent, a quote without (known) speaker the narrowest of the
//! two. The file holds the same words the facilitator types, so it stays readable: an old file
//! with `ja` or `nee` keeps its meaning and is written back as it was.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One use of a participant's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gebruik {
    /// The traject's own borgingsrapport.
    Rapport,
    /// Quote cards for the ontwerpsessie (and the clusters made of them).
    Kaartjes,
    /// The rode draden over all trajecten of the map.
    Landelijk,
    /// Exports for research: CSV, Excel, `.qdpx` and `toon --json`.
    Onderzoek,
}

impl Gebruik {
    pub const ALLE: [Gebruik; 4] = [
        Gebruik::Rapport,
        Gebruik::Kaartjes,
        Gebruik::Landelijk,
        Gebruik::Onderzoek,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Gebruik::Rapport => "rapport",
            Gebruik::Kaartjes => "kaartjes",
            Gebruik::Landelijk => "landelijk",
            Gebruik::Onderzoek => "onderzoek",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Gebruik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// A set of uses; written `ja` when it holds all, `nee` when it holds none, and otherwise as a
/// comma list in the fixed order rapport, kaartjes, landelijk, onderzoek.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Gebruiken(u8);

impl Gebruiken {
    pub const ALLE: Gebruiken = Gebruiken(0b1111);
    pub const GEEN: Gebruiken = Gebruiken(0);

    pub fn van(gebruiken: &[Gebruik]) -> Gebruiken {
        Gebruiken(gebruiken.iter().fold(0, |b, g| b | g.bit()))
    }

    pub fn bevat(self, gebruik: Gebruik) -> bool {
        self.0 & gebruik.bit() != 0
    }

    pub fn is_leeg(self) -> bool {
        self.0 == 0
    }

    /// What both allow.
    pub fn en(self, ander: Gebruiken) -> Gebruiken {
        Gebruiken(self.0 & ander.0)
    }

    /// What either allows.
    pub fn of(self, ander: Gebruiken) -> Gebruiken {
        Gebruiken(self.0 | ander.0)
    }

    /// Whether every use of `self` is also in `ander`.
    pub fn binnen(self, ander: Gebruiken) -> bool {
        self.0 & !ander.0 == 0
    }

    pub fn lijst(self) -> impl Iterator<Item = Gebruik> {
        Gebruik::ALLE.into_iter().filter(move |g| self.bevat(*g))
    }

    /// The mark the facilitator's own views put before a quote: what it may be used for.
    pub fn teken(self) -> String {
        if self == Gebruiken::ALLE {
            "✓ mag overal in".to_string()
        } else if self.is_leeg() {
            "⊘ zonder toestemming".to_string()
        } else {
            format!("◐ alleen {self}")
        }
    }
}

impl fmt::Display for Gebruiken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Gebruiken::ALLE {
            return f.write_str("ja");
        }
        if self.is_leeg() {
            return f.write_str("nee");
        }
        let namen: Vec<&str> = self.lijst().map(Gebruik::naam).collect();
        f.write_str(&namen.join(", "))
    }
}

/// What `--toestemming` and the files accept, for messages.
pub const UITLEG: &str = "'ja' of 'nee', of een lijst van rapport, kaartjes, landelijk en onderzoek (zoals 'rapport, kaartjes')";

impl FromStr for Gebruiken {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Gebruiken, String> {
        let klein = tekst.trim().to_lowercase();
        match klein.as_str() {
            "ja" => return Ok(Gebruiken::ALLE),
            "nee" => return Ok(Gebruiken::GEEN),
            "" => return Err(format!("toestemming is leeg; geef {UITLEG}")),
            _ => {}
        }
        let mut uit = Gebruiken::GEEN;
        for deel in klein.split([',', ' ']).filter(|d| !d.is_empty()) {
            let gebruik = Gebruik::ALLE
                .into_iter()
                .find(|g| g.naam() == deel)
                .ok_or_else(|| {
                    if deel == "ja" || deel == "nee" {
                        format!(
                            "'{}': 'ja' en 'nee' staan alleen, niet in een lijst; geef {UITLEG}",
                            tekst.trim()
                        )
                    } else {
                        format!("'{deel}' is geen gebruik; geef {UITLEG}")
                    }
                })?;
            uit = uit.of(Gebruiken::van(&[gebruik]));
        }
        Ok(uit)
    }
}

/// The consent of an interview: one set of uses for both participants, or one per role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Toestemming {
    Beide(Gebruiken),
    /// Per role of the duo, in the order given; roles compare case-insensitively.
    PerRol(Vec<(String, Gebruiken)>),
}

impl Toestemming {
    pub const JA: Toestemming = Toestemming::Beide(Gebruiken::ALLE);
    pub const NEE: Toestemming = Toestemming::Beide(Gebruiken::GEEN);

    /// What a quote of `van` may be used for: that role's consent; without a speaker, or with
    /// a speaker this consent does not know, the narrowest of all.
    pub fn voor(&self, van: Option<&str>) -> Gebruiken {
        match self {
            Toestemming::Beide(g) => *g,
            Toestemming::PerRol(rollen) => {
                let eigen = van.and_then(|van| {
                    let van = van.trim().to_lowercase();
                    rollen
                        .iter()
                        .find(|(rol, _)| rol.trim().to_lowercase() == van)
                        .map(|(_, g)| *g)
                });
                eigen.unwrap_or_else(|| self.smalste())
            }
        }
    }

    /// What every participant allowed.
    pub fn smalste(&self) -> Gebruiken {
        match self {
            Toestemming::Beide(g) => *g,
            Toestemming::PerRol(rollen) => rollen
                .iter()
                .fold(Gebruiken::ALLE, |acc, (_, g)| acc.en(*g)),
        }
    }

    /// What at least one participant allowed.
    pub fn breedste(&self) -> Gebruiken {
        match self {
            Toestemming::Beide(g) => *g,
            Toestemming::PerRol(rollen) => rollen
                .iter()
                .fold(Gebruiken::GEEN, |acc, (_, g)| acc.of(*g)),
        }
    }

    /// No use at all for anyone.
    pub fn is_nee(&self) -> bool {
        self.breedste().is_leeg()
    }

    /// Whether `self` allows nothing that `oud` did not allow, for each of these roles.
    pub fn binnen(&self, oud: &Toestemming, rollen: &[&str]) -> bool {
        let mut sprekers: Vec<Option<&str>> = rollen.iter().map(|r| Some(*r)).collect();
        sprekers.push(None);
        sprekers
            .into_iter()
            .all(|van| self.voor(van).binnen(oud.voor(van)))
    }

    /// Reads `--toestemming` as given (once, or once per role as `rol=gebruiken`) against the
    /// roles of the duo.
    pub fn uit_argumenten(waarden: &[String], rollen: &[&str]) -> Result<Toestemming, String> {
        let met_rol: Vec<&String> = waarden.iter().filter(|w| w.contains('=')).collect();
        if met_rol.is_empty() {
            return match waarden {
                [enkel] => Ok(Toestemming::Beide(enkel.parse()?)),
                [] => Err(format!("geef --toestemming: {UITLEG}")),
                _ => Err(
                    "geef --toestemming één keer voor beide deelnemers, of per rol als rol=gebruiken (zoals --toestemming wijkcoach=ja)"
                        .to_string(),
                ),
            };
        }
        if met_rol.len() != waarden.len() {
            return Err(
                "geef --toestemming óf één keer voor beide deelnemers, óf voor elke rol als rol=gebruiken; niet beide door elkaar"
                    .to_string(),
            );
        }
        let paren = waarden
            .iter()
            .map(|w| {
                let (rol, g) = w.rsplit_once('=').unwrap_or((w, ""));
                Ok((rol.trim().to_string(), g.parse::<Gebruiken>()?))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Toestemming::per_rol(paren, rollen)
    }

    /// Consent per role, checked against the roles of the duo: every role exactly once, as the
    /// duo spells it. Equal consent for all becomes one value.
    pub fn per_rol(
        paren: Vec<(String, Gebruiken)>,
        rollen: &[&str],
    ) -> Result<Toestemming, String> {
        let mut uit: Vec<(String, Gebruiken)> = Vec::new();
        for (rol, g) in paren {
            let Some(eigen) = rollen
                .iter()
                .find(|r| r.trim().to_lowercase() == rol.trim().to_lowercase())
            else {
                return Err(format!(
                    "'{rol}' is geen rol van dit duo-interview; geef de toestemming voor {}",
                    rollen
                        .iter()
                        .map(|r| format!("'{r}'"))
                        .collect::<Vec<_>>()
                        .join(" en ")
                ));
            };
            if uit.iter().any(|(r, _)| r == eigen) {
                return Err(format!("de toestemming van '{eigen}' staat er twee keer"));
            }
            uit.push((eigen.to_string(), g));
        }
        if let Some(mist) = rollen.iter().find(|r| !uit.iter().any(|(u, _)| u == *r)) {
            return Err(format!(
                "de toestemming van '{mist}' ontbreekt; geef die van elke rol, zoals --toestemming \"{mist}=ja\""
            ));
        }
        // In the order of the duo, so the same consent is always written the same way.
        uit.sort_by_key(|(rol, _)| rollen.iter().position(|r| r == rol));
        // Equal consent for every role: one value for all.
        let eerste = uit.first().map(|(_, g)| *g);
        if eerste.is_some_and(|e| uit.iter().all(|(_, g)| *g == e)) {
            return Ok(Toestemming::Beide(eerste.unwrap_or_default()));
        }
        Ok(Toestemming::PerRol(uit))
    }

    /// The roles this consent names, if it is given per role.
    pub fn rollen(&self) -> Vec<&str> {
        match self {
            Toestemming::Beide(_) => Vec::new(),
            Toestemming::PerRol(r) => r.iter().map(|(rol, _)| rol.as_str()).collect(),
        }
    }
}

impl fmt::Display for Toestemming {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Toestemming::Beide(g) => write!(f, "{g}"),
            Toestemming::PerRol(rollen) => {
                let delen: Vec<String> = rollen.iter().map(|(r, g)| format!("{r}: {g}")).collect();
                f.write_str(&delen.join("; "))
            }
        }
    }
}

impl FromStr for Toestemming {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Toestemming, String> {
        Ok(Toestemming::Beide(tekst.parse()?))
    }
}

impl Serialize for Toestemming {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Toestemming::Beide(g) => s.serialize_str(&g.to_string()),
            Toestemming::PerRol(rollen) => {
                let mut map = s.serialize_map(Some(rollen.len()))?;
                for (rol, g) in rollen {
                    map.serialize_entry(rol, &g.to_string())?;
                }
                map.end()
            }
        }
    }
}

/// What the reader of a file says of a consent it cannot read (the file layer turns it into a sentence).
pub const ONGELDIG: &str = "ongeldige toestemming";

impl<'de> Deserialize<'de> for Toestemming {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Toestemming, D::Error> {
        struct Lezer;
        impl<'de> Visitor<'de> for Lezer {
            type Value = Toestemming;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{UITLEG}, of per rol 'rol: gebruiken'")
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Toestemming, E> {
                Ok(if v { Toestemming::JA } else { Toestemming::NEE })
            }

            // The message names no value: a message about a file never quotes its content.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Toestemming, E> {
                v.parse().map_err(|_| E::custom(ONGELDIG))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Toestemming, A::Error> {
                let mut rollen: Vec<(String, Gebruiken)> = Vec::new();
                while let Some((rol, waarde)) = m.next_entry::<String, String>()? {
                    let g: Gebruiken = waarde.parse().map_err(|_| de::Error::custom(ONGELDIG))?;
                    if rollen
                        .iter()
                        .any(|(r, _)| r.to_lowercase() == rol.to_lowercase())
                    {
                        return Err(de::Error::custom(ONGELDIG));
                    }
                    rollen.push((rol, g));
                }
                if rollen.is_empty() {
                    return Err(de::Error::custom(ONGELDIG));
                }
                Ok(Toestemming::PerRol(rollen))
            }
        }
        d.deserialize_any(Lezer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leest_en_schrijft_gebruiken() {
        for (in_, uit) in [
            ("ja", "ja"),
            ("Nee", "nee"),
            ("kaartjes,rapport", "rapport, kaartjes"),
            ("rapport, kaartjes, landelijk, onderzoek", "ja"),
            ("onderzoek", "onderzoek"),
        ] {
            assert_eq!(in_.parse::<Gebruiken>().unwrap().to_string(), uit);
        }
        for fout in ["", "misschien", "ja, rapport", "rapport; kaartjes"] {
            assert!(fout.parse::<Gebruiken>().is_err(), "{fout}");
        }
    }

    #[test]
    fn een_citaat_volgt_zijn_spreker_en_anders_de_smalste() {
        let t = Toestemming::uit_argumenten(
            &[
                "Wijkcoach=ja".into(),
                "beleidsadviseur Wmo=rapport,kaartjes".into(),
            ],
            &["wijkcoach", "beleidsadviseur Wmo"],
        )
        .unwrap();
        assert_eq!(t.voor(Some("WIJKCOACH")), Gebruiken::ALLE);
        assert_eq!(
            t.voor(Some("beleidsadviseur wmo")).to_string(),
            "rapport, kaartjes"
        );
        assert_eq!(t.voor(None).to_string(), "rapport, kaartjes");
        assert_eq!(
            t.voor(Some("iemand anders")).to_string(),
            "rapport, kaartjes"
        );
        assert!(Toestemming::NEE.binnen(&t, &["wijkcoach"]));
        assert!(!Toestemming::JA.binnen(&t, &["wijkcoach", "beleidsadviseur Wmo"]));
        for fout in [
            vec!["wijkcoach=ja".to_string()],
            vec!["wijkcoach=ja".into(), "ja".into()],
            vec!["wijkcoach=ja".into(), "wijkcoach=nee".into()],
            vec!["ja".into(), "nee".into()],
        ] {
            assert!(
                Toestemming::uit_argumenten(&fout, &["wijkcoach", "beleidsadviseur Wmo"]).is_err(),
                "{fout:?}"
            );
        }
    }
}

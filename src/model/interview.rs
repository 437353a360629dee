//! Duo-interviews and the quotes (citaten) the moderator noted in them.
//!
//! An interview knows the roles and perspectives of its two participants, never their names.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::datum::{Datering, Datum};
use crate::model::historie::Gebeurtenis;

/// The perspective a participant speaks from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Perspectief {
    Inwoner,
    Uitvoering,
    Beleid,
    Bestuur,
    Partner,
}

impl Perspectief {
    pub const ALLE: [Perspectief; 5] = [
        Perspectief::Inwoner,
        Perspectief::Uitvoering,
        Perspectief::Beleid,
        Perspectief::Bestuur,
        Perspectief::Partner,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Perspectief::Inwoner => "inwoner",
            Perspectief::Uitvoering => "uitvoering",
            Perspectief::Beleid => "beleid",
            Perspectief::Bestuur => "bestuur",
            Perspectief::Partner => "partner",
        }
    }

    /// All perspective names, for messages: `inwoner, uitvoering, …`.
    pub fn opsomming() -> String {
        Perspectief::ALLE.map(Perspectief::naam).join(", ")
    }
}

impl fmt::Display for Perspectief {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl FromStr for Perspectief {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Perspectief, String> {
        let tekst = tekst.trim().to_lowercase();
        Perspectief::ALLE
            .into_iter()
            .find(|p| p.naam() == tekst)
            .ok_or_else(|| {
                format!(
                    "onbekend perspectief '{tekst}'; kies uit {}",
                    Perspectief::opsomming()
                )
            })
    }
}

/// One of the two people of a duo: a role and a perspective, no name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deelnemer {
    pub rol: String,
    pub perspectief: Perspectief,
}

impl Deelnemer {
    /// Reads `rol:perspectief`, as given to `interview --duo`.
    pub fn uit_argument(tekst: &str) -> Result<Deelnemer, String> {
        let (rol, perspectief) = tekst.rsplit_once(':').ok_or_else(|| {
            format!("'{tekst}' is geen rol:perspectief, zoals wijkcoach:uitvoering")
        })?;
        let rol = rol.trim();
        if rol.is_empty() {
            return Err(format!(
                "'{tekst}' noemt geen rol; schrijf rol:perspectief, zoals wijkcoach:uitvoering"
            ));
        }
        Ok(Deelnemer {
            rol: rol.to_string(),
            perspectief: perspectief.parse()?,
        })
    }
}

impl fmt::Display for Deelnemer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.rol, self.perspectief)
    }
}

pub use crate::model::toestemming::{Gebruik, Gebruiken, Toestemming};

/// A held duo-interview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub nr: u32,
    pub datum: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator: Option<String>,
    /// The gemeente of a regional traject this interview was held in (`interview --gemeente`);
    /// absent for the whole region, and in a traject of one gemeente.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    pub toestemming: Toestemming,
    pub duo: Vec<Deelnemer>,
    /// The highest quote number ever given in this interview, so numbers are never reused.
    #[serde(default)]
    pub laatste_citaat: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citaten: Vec<Citaat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notitie: Option<String>,
    /// The file name of the moderator's notes this interview was imported from
    /// (`visieleer notities`); importing that file again updates this interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bron: Option<String>,
    /// The moderator's free notes from that file: kept with the interview, never printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aantekeningen: Option<String>,
    /// The day consent was withdrawn (`visieleer intrekken`); the quotes' words are then erased.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingetrokken: Option<Datum>,
    /// Of a withdrawn interview: the fingerprints of its quotes (made by the privacy
    /// layer's `vingerafdruk`), never the words, so its notes are refused when someone imports them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vingerafdrukken: Vec<String>,
    /// What happened to this interview's quotes. Kept here, not in the traject's history, so
    /// two moderators adding quotes to different interviews touch separate lines (clean merges).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub historie: Vec<Gebeurtenis>,
    /// The plan this interview was held from (`interview --gehouden`, or notes naming the
    /// number of a planned interview), so plan and result stand side by side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
}

/// What was planned of an interview that was held: its planned date, when one was known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Datering>,
}

/// Where the invitation of a planned duo-interview stands (`interview-stand`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Uitnodiging {
    Gevraagd,
    Toegezegd,
    Afgezegd,
}

impl Uitnodiging {
    pub const ALLE: [Uitnodiging; 3] = [
        Uitnodiging::Gevraagd,
        Uitnodiging::Toegezegd,
        Uitnodiging::Afgezegd,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Uitnodiging::Gevraagd => "gevraagd",
            Uitnodiging::Toegezegd => "toegezegd",
            Uitnodiging::Afgezegd => "afgezegd",
        }
    }
}

impl fmt::Display for Uitnodiging {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

impl FromStr for Uitnodiging {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Uitnodiging, String> {
        let tekst = tekst.trim().to_lowercase();
        Uitnodiging::ALLE
            .into_iter()
            .find(|u| u.naam() == tekst)
            .ok_or_else(|| {
                format!("onbekende stand '{tekst}'; kies uit gevraagd, toegezegd of afgezegd")
            })
    }
}

/// A duo-interview planned ahead (from starten on): who is to be heard, by role and
/// perspective only, when (a day, or only a month or year) and by which moderator. No consent
/// yet, no quotes: it counts for no gate and appears in no document until it is held, when it
/// becomes an [`Interview`] with the same number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeplandInterview {
    pub nr: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Datering>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator: Option<String>,
    pub duo: Vec<Deelnemer>,
    /// The gemeente of a regional traject it is planned in (`interview --gepland --gemeente`);
    /// absent for the whole region. The held interview keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemeente: Option<String>,
    /// Where the invitation stands; none while nobody was asked yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand: Option<Uitnodiging>,
}

impl GeplandInterview {
    /// Whether it still stands: not cancelled.
    pub fn loopt(&self) -> bool {
        self.stand != Some(Uitnodiging::Afgezegd)
    }

    /// Whether its date has passed while it still stands: the whole day, month or year lies
    /// before `vandaag`.
    pub fn is_verlopen(&self, vandaag: Datum) -> bool {
        self.loopt() && self.datum.is_some_and(|d| d.laatste_dag() < vandaag)
    }

    /// The held interview it becomes: the same number, duo and moderator, held on `datum` with
    /// the consent given then, remembering what was planned.
    pub fn wordt_gehouden(self, datum: Datum, toestemming: Toestemming) -> Interview {
        Interview {
            moderator: self.moderator,
            gemeente: self.gemeente,
            plan: Some(Plan { datum: self.datum }),
            ..Interview::nieuw(self.nr, Some(datum), toestemming, self.duo)
        }
    }

    /// `wijkcoach (uitvoering) en wethouder (bestuur)`.
    pub fn duo_tekst(&self) -> String {
        self.duo
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(" en ")
    }
}

impl Interview {
    /// A held interview without quotes yet.
    pub fn nieuw(
        nr: u32,
        datum: Option<Datum>,
        toestemming: Toestemming,
        duo: Vec<Deelnemer>,
    ) -> Interview {
        Interview {
            nr,
            datum,
            moderator: None,
            gemeente: None,
            toestemming,
            duo,
            laatste_citaat: 0,
            citaten: Vec::new(),
            notitie: None,
            bron: None,
            aantekeningen: None,
            ingetrokken: None,
            vingerafdrukken: Vec::new(),
            historie: Vec::new(),
            plan: None,
        }
    }

    pub fn noteer(&mut self, datum: Datum, wat: impl Into<String>) {
        self.historie.push(Gebeurtenis {
            datum,
            wat: wat.into(),
        });
    }

    /// Whether anyone of the duo allowed any use of their words.
    pub fn heeft_toestemming(&self) -> bool {
        !self.toestemming.is_nee() && self.ingetrokken.is_none()
    }

    /// What a quote of this interview may be used for: nothing once withdrawn, else its
    /// speaker's consent (the narrowest of the duo's when it names no speaker).
    pub fn gebruiken(&self, citaat: &Citaat) -> Gebruiken {
        if self.ingetrokken.is_some() || citaat.ingetrokken {
            return Gebruiken::GEEN;
        }
        self.toestemming.voor(citaat.van.as_deref())
    }

    /// The duo member with this role (case-insensitive).
    pub fn deelnemer(&self, rol: &str) -> Option<&Deelnemer> {
        let rol = rol.trim().to_lowercase();
        self.duo.iter().find(|d| d.rol.to_lowercase() == rol)
    }

    /// The role of the duo a quote is attributed to, as the duo spells it; refuses a role that
    /// was not in this interview.
    pub fn spreker(&self, rol: &str) -> Result<String, String> {
        self.deelnemer(rol).map(|d| d.rol.clone()).ok_or_else(|| {
            format!(
                "'{rol}' zat niet in duo-interview {}; kies {}.",
                self.nr,
                self.rollen()
            )
        })
    }

    pub fn rollen(&self) -> String {
        self.duo
            .iter()
            .map(|d| format!("'{}'", d.rol))
            .collect::<Vec<_>>()
            .join(" en ")
    }

    pub fn citaat(&self, nr: u32) -> Option<&Citaat> {
        // Quotes are numbered in the order they are added, so a binary search finds one in
        // constant-ish time (the synthesis may cite every quote of a long interview); a
        // hand-edited order falls back to the scan.
        let i = self.citaten.partition_point(|c| c.nr < nr);
        match self.citaten.get(i) {
            Some(c) if c.nr == nr => Some(c),
            _ => self.citaten.iter().find(|c| c.nr == nr),
        }
    }

    /// The highest quote number this interview ever gave (a deleted quote's number is never
    /// given again).
    pub fn hoogste_citaatnummer(&self) -> u32 {
        self.laatste_citaat
            .max(self.citaten.iter().map(|c| c.nr).max().unwrap_or(0))
    }

    /// The quote number after `hoogste`; refused past [`crate::model::nummer::MAX_NUMMER`].
    pub fn citaatnummer_na(&self, hoogste: u32) -> anyhow::Result<u32> {
        crate::model::nummer::volgend_nummer(
            hoogste,
            &format!("citaat bij duo-interview {}", self.nr),
        )
    }

    /// Adds a quote with the next unused number and returns its id; refused, with nothing
    /// changed, when that number would pass [`crate::model::nummer::MAX_NUMMER`].
    pub fn voeg_citaat_toe(
        &mut self,
        tekst: String,
        van: Option<String>,
        tags: Vec<String>,
    ) -> anyhow::Result<CitaatId> {
        let nr = self.citaatnummer_na(self.hoogste_citaatnummer())?;
        self.laatste_citaat = nr;
        self.citaten.push(Citaat::nieuw(nr, tekst, van, tags));
        Ok(CitaatId {
            interview: self.nr,
            nr,
        })
    }
}

/// A quote, attributed to a role of the duo, never to a person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citaat {
    pub nr: u32,
    pub tekst: String,
    /// The role (from the duo) of whoever said it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub van: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Marked as kerncitaat (exemplary): the eindrapportage quotes it in its main text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub kern: bool,
    /// Consent was withdrawn: the text is erased, the id and its references stay.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ingetrokken: bool,
    /// The fingerprint of the words as the notes file holds them, once the text was changed
    /// with `citaat-wijzig --tekst`: a new import recognises the original and keeps the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origineel: Option<String>,
}

impl Citaat {
    /// A quote as first recorded: not (yet) a kerncitaat, not withdrawn.
    pub fn nieuw(nr: u32, tekst: String, van: Option<String>, tags: Vec<String>) -> Citaat {
        Citaat {
            nr,
            tekst,
            van,
            tags,
            kern: false,
            ingetrokken: false,
            origineel: None,
        }
    }
}

/// A quote id as users write it: `<interview>.<n>`, for example `2.3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CitaatId {
    pub interview: u32,
    pub nr: u32,
}

impl fmt::Display for CitaatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.interview, self.nr)
    }
}

impl FromStr for CitaatId {
    type Err = String;

    fn from_str(tekst: &str) -> Result<CitaatId, String> {
        let fout = || {
            format!(
                "'{tekst}' is geen citaat-id; een id ziet eruit als 2.3 (interview 2, citaat 3)"
            )
        };
        let (interview, nr) = tekst.trim().split_once('.').ok_or_else(fout)?;
        let getal = |d: &str| {
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(fout());
            }
            d.parse::<u32>().map_err(|_| fout())
        };
        Ok(CitaatId {
            interview: getal(interview)?,
            nr: getal(nr)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leest_duo_argumenten() {
        let d = Deelnemer::uit_argument("beleidsadviseur Wmo:beleid").unwrap();
        assert_eq!(d.rol, "beleidsadviseur Wmo");
        assert_eq!(d.perspectief, Perspectief::Beleid);
        assert!(Deelnemer::uit_argument("wijkcoach").is_err());
        assert!(Deelnemer::uit_argument(":beleid").is_err());
        assert!(Deelnemer::uit_argument("wijkcoach:burger").is_err());
    }

    #[test]
    fn vindt_een_citaat_ook_in_een_met_de_hand_omgezette_volgorde() {
        let mut i = Interview::nieuw(1, None, Toestemming::JA, Vec::new());
        for nr in [1, 2, 3, 5, 8] {
            i.citaten
                .push(Citaat::nieuw(nr, format!("citaat {nr}"), None, Vec::new()));
        }
        for nr in [1, 2, 3, 5, 8] {
            assert_eq!(i.citaat(nr).map(|c| c.nr), Some(nr));
        }
        assert!(i.citaat(4).is_none() && i.citaat(9).is_none() && i.citaat(0).is_none());
        i.citaten.swap(0, 4);
        i.citaten.swap(1, 3);
        for nr in [1, 2, 3, 5, 8] {
            assert_eq!(i.citaat(nr).map(|c| c.nr), Some(nr));
        }
        assert!(i.citaat(4).is_none());
    }

    #[test]
    fn leest_citaat_ids() {
        assert_eq!(
            "2.3".parse::<CitaatId>().unwrap(),
            CitaatId {
                interview: 2,
                nr: 3
            }
        );
        for fout in ["2", "2.", ".3", "a.b", "-1.2", "2.3.4", "99999999999.1"] {
            assert!(fout.parse::<CitaatId>().is_err(), "{fout}");
        }
    }
}

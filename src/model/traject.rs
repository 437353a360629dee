//! A Visieleertraject: one gemeente's (or a few gemeenten's) walk through the five phases.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::model::historie::Gebeurtenis;
pub use crate::model::nummer::{MAX_NUMMER, is_nul, volgend_nummer};

use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::interview::{Citaat, CitaatId, Gebruik, Interview, Perspectief};
use crate::model::sessie::{Sessie, SessieSoort};
use crate::model::synthese::{Inzicht, Stap};

/// The schema version written into every traject file. Version 2 ends with [`SLOTREGEL`];
/// version 1 files (without it) are still read and become version 2 at their next change.
pub const VERSIE: u32 = 2;

/// The last line of every traject file visieleer writes. A file cut off at any line (by a sync
/// tool, an editor or a failed merge) has lost it, so the cut is noticed before the next write
/// makes the loss permanent; a hand edit that keeps the file whole keeps it too.
pub const SLOTREGEL: &str = "einde_bestand: true";

/// The method aims to finish a traject in seven to ten weeks, counted from the aanmelding.
pub const STREEF_WEKEN_MIN: i64 = 7;
pub const STREEF_WEKEN_MAX: i64 = 10;

/// One traject, as stored in `<map>/<slug>.yaml`.
///
/// A new field must also be named in `kop.rs` (the head, or the tail keys), or `overzicht`
/// falls back to reading whole files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Traject {
    pub versie: u32,
    /// The file name without `.yaml`; not stored in the file itself.
    #[serde(skip)]
    pub slug: String,
    pub gemeenten: Vec<String>,
    pub vraagstuk: String,
    /// The theme in a few words, as in table 1 of the Rapportage Visieleren.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thema: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pilot: bool,
    /// Marked regional although stored under one name (a region such as West-Brabant Oost);
    /// a traject of more than one gemeente is regional anyway (see [`Traject::is_regionaal`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub regionaal: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kernvraag: Option<String>,
    pub fase: Fase,
    pub status: Status,
    /// Why the traject was stopped or cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reden: Option<String>,
    /// The aanmelding by the college van B&W; the doorlooptijd counts from here. In a
    /// traject of several gemeenten registered one by one, the day the last one registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aanmelding: Option<Datum>,
    /// The aanmelding of each college, when the gemeenten of a regional traject registered one
    /// by one (`aanmelding --gemeente`); empty when all registered at once.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aanmeldingen: BTreeMap<String, Datum>,
    #[serde(default)]
    pub tijdlijn: Tijdlijn,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expertteam: Vec<Expert>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessies: Vec<Sessie>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interviews: Vec<Interview>,
    /// Duo-interviews planned but not held (yet); they share the interviews' numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub geplande_interviews: Vec<crate::model::interview::GeplandInterview>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synthese: Vec<Inzicht>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub richtingen: Vec<Richting>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluatie: Option<Evaluatie>,
    /// The facilitator's own conclusions, verbatim in the report's chapter *Conclusies en
    /// aanbevelingen* (`visieleer conclusie`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusie: Option<String>,
    /// The facilitator's lead text per thema (by tag), verbatim above the thema in the report
    /// (`visieleer thema-inleiding`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub thema_inleidingen: BTreeMap<String, String>,
    /// Follow-up agreements made in borgen, with their nazorg.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub afspraken: Vec<crate::model::borging::Afspraak>,
    /// The highest number ever given per kind, kept once a removal took away the highest one,
    /// so a number is never given twice (see [`Nummers`]).
    #[serde(default, skip_serializing_if = "Nummers::is_leeg")]
    pub nummers: Nummers,
    /// Fingerprints of the quotes of withdrawn interviews that were removed since (see
    /// `visieleer verwijder`): notes with those words are still refused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vingerafdrukken: Vec<String>,
    /// Fingerprints of the original words of redacted quotes that were removed since: a new
    /// import of the notes does not bring those words back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub geredigeerd: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notitie: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub historie: Vec<Gebeurtenis>,
    /// Always written last, as [`SLOTREGEL`].
    #[serde(default)]
    pub einde_bestand: Slotregel,
}

/// The `einde_bestand: true` field: always written as `true`; read as whether the file had it.
///
/// It says something about the file, not the traject, so two trajecten are equal whatever it
/// holds, and a traject read from an old file compares equal to the one it becomes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Slotregel {
    /// Whether the file that was read had the line.
    pub gelezen: bool,
}

impl PartialEq for Slotregel {
    fn eq(&self, _: &Slotregel) -> bool {
        true
    }
}

impl Serialize for Slotregel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(true)
    }
}

impl<'de> Deserialize<'de> for Slotregel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Slotregel, D::Error> {
        if bool::deserialize(d)? {
            Ok(Slotregel { gelezen: true })
        } else {
            Err(serde::de::Error::custom(
                "'einde_bestand' is altijd true; zet 'einde_bestand: true' terug",
            ))
        }
    }
}

/// The highest number ever given per kind, once a removal took away the highest one: the next
/// number then still comes after it, so a number that once meant something (in a report, a
/// notes file, an e-mail) never means something else. Written only while it is above every
/// number present.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nummers {
    #[serde(default, skip_serializing_if = "is_nul")]
    pub interview: u32,
    #[serde(default, skip_serializing_if = "is_nul")]
    pub sessie: u32,
    #[serde(default, skip_serializing_if = "is_nul")]
    pub expert: u32,
    #[serde(default, skip_serializing_if = "is_nul")]
    pub inzicht: u32,
    #[serde(default, skip_serializing_if = "is_nul")]
    pub richting: u32,
    #[serde(default, skip_serializing_if = "is_nul")]
    pub afspraak: u32,
}

impl Nummers {
    pub fn is_leeg(&self) -> bool {
        *self == Nummers::default()
    }
}

/// The perspectives of the method by whether the duo-interviews heard them, will hear them
/// (a plan that still stands) or neither (see [`Traject::perspectief_dekking`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dekking {
    pub gehoord: Vec<Perspectief>,
    pub gepland: Vec<Perspectief>,
    pub open: Vec<Perspectief>,
}

/// The day each phase began, and the day the traject ended (afgerond, gestopt or geannuleerd).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tijdlijn {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub werving: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starten: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub luisteren: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ontwerpen: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borgen: Option<Datum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub einde: Option<Datum>,
}

impl Tijdlijn {
    pub fn begin(&self, fase: Fase) -> Option<Datum> {
        match fase {
            Fase::Werving => self.werving,
            Fase::Starten => self.starten,
            Fase::Luisteren => self.luisteren,
            Fase::Ontwerpen => self.ontwerpen,
            Fase::Borgen => self.borgen,
        }
    }

    pub fn zet_begin(&mut self, fase: Fase, datum: Datum) {
        let veld = match fase {
            Fase::Werving => &mut self.werving,
            Fase::Starten => &mut self.starten,
            Fase::Luisteren => &mut self.luisteren,
            Fase::Ontwerpen => &mut self.ontwerpen,
            Fase::Borgen => &mut self.borgen,
        };
        *veld = Some(datum);
    }

    /// The day `fase` ended: the begin of the next phase, or the end of the traject.
    pub fn eind(&self, fase: Fase) -> Option<Datum> {
        match fase.volgende() {
            Some(volgende) => self.begin(volgende),
            None => self.einde,
        }
    }
}

/// A member of the expertteam.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expert {
    /// Its stable number; written only where it is not the number after the one before it.
    #[serde(default, skip_serializing_if = "is_nul")]
    pub nr: u32,
    pub naam: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expertise: Option<String>,
}

/// An oplossingsrichting from the ontwerpsessie, with the insights of the synthesis it answers.
///
/// Stored as plain text when it answers no recorded insight, so files written before
/// richtingen could be linked read (and write) exactly as before.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "RichtingBestand", into = "RichtingBestand")]
pub struct Richting {
    /// Its stable number; written only where it is not the number after the one before it.
    pub nr: u32,
    pub tekst: String,
    /// Numbers of the insights (`Inzicht::nr`) this richting answers.
    pub inzichten: Vec<u32>,
}

impl Richting {
    pub fn nieuw(tekst: impl Into<String>) -> Richting {
        Richting {
            nr: 0,
            tekst: tekst.into(),
            inzichten: Vec::new(),
        }
    }
}

impl PartialEq<&str> for Richting {
    fn eq(&self, ander: &&str) -> bool {
        self.tekst == *ander
    }
}

#[derive(Clone, Serialize, Deserialize)]
#[serde(untagged)]
enum RichtingBestand {
    Tekst(String),
    Gekoppeld {
        #[serde(default, skip_serializing_if = "is_nul")]
        nr: u32,
        tekst: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        inzichten: Vec<u32>,
    },
}

impl From<RichtingBestand> for Richting {
    fn from(b: RichtingBestand) -> Richting {
        match b {
            RichtingBestand::Tekst(tekst) => Richting::nieuw(tekst),
            RichtingBestand::Gekoppeld {
                nr,
                tekst,
                inzichten,
            } => Richting {
                nr,
                tekst,
                inzichten,
            },
        }
    }
}

impl From<Richting> for RichtingBestand {
    fn from(r: Richting) -> RichtingBestand {
        if r.inzichten.is_empty() && r.nr == 0 {
            RichtingBestand::Tekst(r.tekst)
        } else {
            RichtingBestand::Gekoppeld {
                nr: r.nr,
                tekst: r.tekst,
                inzichten: r.inzichten,
            }
        }
    }
}

/// The closing evaluation of the borgen phase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluatie {
    /// The day the evaluation was recorded; `check` wants it after the borgingsessie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum: Option<Datum>,
    pub proces: String,
    pub inzichten: String,
    pub vervolg: String,
}

impl Traject {
    /// A new traject in fase werving, status lopend.
    pub fn nieuw(
        slug: &str,
        gemeenten: Vec<String>,
        vraagstuk: String,
        facilitator: Option<String>,
        datum: Datum,
    ) -> Traject {
        let mut traject = Traject {
            versie: VERSIE,
            slug: slug.to_string(),
            gemeenten,
            vraagstuk,
            thema: None,
            pilot: false,
            regionaal: false,
            facilitator,
            kernvraag: None,
            fase: Fase::Werving,
            status: Status::Lopend,
            reden: None,
            aanmelding: None,
            aanmeldingen: BTreeMap::new(),
            tijdlijn: Tijdlijn {
                werving: Some(datum),
                ..Tijdlijn::default()
            },
            expertteam: Vec::new(),
            sessies: Vec::new(),
            interviews: Vec::new(),
            geplande_interviews: Vec::new(),
            synthese: Vec::new(),
            richtingen: Vec::new(),
            evaluatie: None,
            conclusie: None,
            thema_inleidingen: BTreeMap::new(),
            afspraken: Vec::new(),
            nummers: Nummers::default(),
            vingerafdrukken: Vec::new(),
            geredigeerd: Vec::new(),
            notitie: None,
            historie: Vec::new(),
            einde_bestand: Slotregel::default(),
        };
        traject.noteer(datum, "traject aangemaakt in fase werving");
        traject
    }

    /// Appends a line to the history.
    pub fn noteer(&mut self, datum: Datum, wat: impl Into<String>) {
        self.historie.push(Gebeurtenis {
            datum,
            wat: wat.into(),
        });
    }

    pub fn gemeenten_tekst(&self) -> String {
        self.gemeenten.join(", ")
    }

    pub fn is_lopend(&self) -> bool {
        self.status == Status::Lopend
    }

    /// Whether a meeting of this kind was held (not only planned).
    pub fn sessie_gehouden(&self, soort: SessieSoort) -> bool {
        self.sessies
            .iter()
            .any(|s| s.soort == soort && s.gehouden())
    }

    pub fn interview(&self, nr: u32) -> Option<&Interview> {
        self.interviews.iter().find(|i| i.nr == nr)
    }

    /// Whether the traject covers more than one gemeente, or is marked regional.
    pub fn is_regionaal(&self) -> bool {
        self.regionaal || self.gemeenten.len() > 1
    }

    /// The day the college of `gemeente` registered: its own aanmelding, or the one for all.
    pub fn aanmelding_van(&self, gemeente: &str) -> Option<Datum> {
        self.aanmeldingen.get(gemeente).copied().or(self.aanmelding)
    }

    /// The gemeenten whose college has not registered yet, in the traject's order.
    pub fn nog_niet_aangemeld(&self) -> Vec<&str> {
        self.gemeenten
            .iter()
            .filter(|g| self.aanmelding_van(g).is_none())
            .map(String::as_str)
            .collect()
    }

    /// Registers the college of `gemeente`, or of every gemeente not yet registered when
    /// `None`. The traject counts as registered (and its doorlooptijd starts) on the day the
    /// last one did. Refused for a gemeente that is not in the traject.
    pub fn meld_aan(&mut self, gemeente: Option<&str>, datum: Datum) -> anyhow::Result<()> {
        // The traject's own spelling, whatever the case typed.
        let gemeente = match gemeente {
            Some(naam) => {
                let gezocht = naam.trim().to_lowercase();
                match self
                    .gemeenten
                    .iter()
                    .find(|g| g.trim().to_lowercase() == gezocht)
                {
                    Some(eigen) => Some(eigen.clone()),
                    None => anyhow::bail!(
                        "Gemeente '{}' hoort niet bij traject '{}' ({}); noem een van die gemeenten.",
                        naam.trim(),
                        self.slug,
                        self.gemeenten_tekst()
                    ),
                }
            }
            None => None,
        };
        let gemeente = gemeente.as_deref();
        match gemeente {
            // One college, or all at once: one date, no list per college.
            _ if self.gemeenten.len() <= 1 => self.aanmelding = Some(datum),
            None if self.aanmeldingen.is_empty() => self.aanmelding = Some(datum),
            None => {
                for g in self.gemeenten.clone() {
                    self.aanmeldingen.entry(g).or_insert(datum);
                }
            }
            Some(g) => {
                if self.aanmeldingen.is_empty()
                    && let Some(eerder) = self.aanmelding
                {
                    // Registered all at once before: each college keeps that day.
                    for eigen in &self.gemeenten {
                        self.aanmeldingen.insert(eigen.clone(), eerder);
                    }
                }
                self.aanmeldingen.insert(g.to_string(), datum);
            }
        }
        if !self.aanmeldingen.is_empty() {
            self.aanmelding = match self.nog_niet_aangemeld_per_college() {
                true => None,
                false => self.aanmeldingen.values().max().copied(),
            };
        }
        Ok(())
    }

    /// The gemeente an interview or afspraak of this traject belongs to, from `--gemeente` (or
    /// `gemeente:` in notes): the traject's own spelling of one of its gemeenten (compared
    /// without regard to case), or `None` when the traject has only that one gemeente (then it
    /// is the whole traject anyway). Refused, with the gemeenten to choose from, for a
    /// gemeente that is not in the traject.
    pub fn eigen_gemeente(&self, naam: &str) -> Result<Option<String>, String> {
        let gezocht = naam.trim().to_lowercase();
        let Some(eigen) = self
            .gemeenten
            .iter()
            .find(|g| g.trim().to_lowercase() == gezocht)
        else {
            return Err(format!(
                "Gemeente '{}' hoort niet bij traject '{}' ({}); noem een van die gemeenten",
                naam.trim(),
                self.slug,
                self.gemeenten_tekst()
            ));
        };
        Ok((self.gemeenten.len() > 1).then(|| eigen.clone()))
    }

    /// Whether an interview or afspraak of `gemeente` (`None`: the whole region) belongs in
    /// the part of the traject for `voor`: its own, and those of the whole region.
    pub fn hoort_bij(gemeente: Option<&str>, voor: &str) -> bool {
        gemeente.is_none_or(|g| g == voor)
    }

    /// Whether some gemeente lacks its own aanmelding (for [`Traject::meld_aan`]).
    fn nog_niet_aangemeld_per_college(&self) -> bool {
        self.gemeenten
            .iter()
            .any(|g| !self.aanmeldingen.contains_key(g))
    }

    /// Whether any duo-interview was planned: one still planned, or a held one that was.
    pub fn heeft_planning(&self) -> bool {
        !self.geplande_interviews.is_empty() || self.interviews.iter().any(|i| i.plan.is_some())
    }

    /// Which perspectives the held duo-interviews heard (withdrawn ones excepted), which the
    /// standing plans will hear besides, and which neither.
    pub fn perspectief_dekking(&self) -> Dekking {
        let gehoord: Vec<Perspectief> = Perspectief::ALLE
            .into_iter()
            .filter(|p| {
                self.interviews
                    .iter()
                    .filter(|i| i.ingetrokken.is_none())
                    .any(|i| i.duo.iter().any(|d| d.perspectief == *p))
            })
            .collect();
        let gepland: Vec<Perspectief> = Perspectief::ALLE
            .into_iter()
            .filter(|p| !gehoord.contains(p))
            .filter(|p| {
                self.geplande_interviews
                    .iter()
                    .filter(|g| g.loopt())
                    .any(|g| g.duo.iter().any(|d| d.perspectief == *p))
            })
            .collect();
        let open = Perspectief::ALLE
            .into_iter()
            .filter(|p| !gehoord.contains(p) && !gepland.contains(p))
            .collect();
        Dekking {
            gehoord,
            gepland,
            open,
        }
    }

    /// The planned (not yet held) duo-interview with this number.
    pub fn gepland_interview(&self, nr: u32) -> Option<&crate::model::interview::GeplandInterview> {
        self.geplande_interviews.iter().find(|g| g.nr == nr)
    }

    /// Turns planned interview `nr` into a held one (see
    /// [`crate::model::interview::GeplandInterview::wordt_gehouden`]), placed among the held
    /// interviews by its number; returns it, or `None` when no such plan exists.
    pub fn houd_gepland_interview(
        &mut self,
        nr: u32,
        datum: Datum,
        toestemming: crate::model::interview::Toestemming,
    ) -> Option<&mut Interview> {
        let p = self.geplande_interviews.iter().position(|g| g.nr == nr)?;
        let interview = self
            .geplande_interviews
            .remove(p)
            .wordt_gehouden(datum, toestemming);
        let plek = self.interviews.partition_point(|i| i.nr < nr);
        self.interviews.insert(plek, interview);
        Some(&mut self.interviews[plek])
    }

    pub fn interview_mut(&mut self, nr: u32) -> Option<&mut Interview> {
        self.interviews.iter_mut().find(|i| i.nr == nr)
    }

    /// The number for a new duo-interview; refused past [`MAX_NUMMER`]. Never one that was
    /// given before, also when that interview was removed (planned interviews included).
    pub fn volgend_interviewnummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.interviews
                .iter()
                .map(|i| i.nr)
                .chain(self.geplande_interviews.iter().map(|g| g.nr))
                .chain([self.nummers.interview])
                .max()
                .unwrap_or(0),
            "duo-interview",
        )
    }

    /// The number for a new sessie, never one given before.
    pub fn volgend_sessienummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.sessies
                .iter()
                .map(|s| s.nr)
                .chain([self.nummers.sessie])
                .max()
                .unwrap_or(0),
            "sessie",
        )
    }

    /// The number for a new expert, never one given before.
    pub fn volgend_expertnummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.expertteam
                .iter()
                .map(|e| e.nr)
                .chain([self.nummers.expert])
                .max()
                .unwrap_or(0),
            "expert",
        )
    }

    /// The number for a new oplossingsrichting, never one given before.
    pub fn volgend_richtingnummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.richtingen
                .iter()
                .map(|r| r.nr)
                .chain([self.nummers.richting])
                .max()
                .unwrap_or(0),
            "oplossingsrichting",
        )
    }

    /// Gives every sessie, expert, richting and nazorg without a number (a file written before
    /// they had one, or a number left out because it follows the one before) the number after
    /// the one before it: files that never had the numbers read with 1, 2, 3… in file order,
    /// the numbers `toon` shows, and keep them. Runs on every read.
    pub fn nummer_toe(&mut self) {
        fn toe<T>(lijst: &mut [T], nr: impl Fn(&mut T) -> &mut u32) {
            let mut vorig = 0;
            for x in lijst {
                let n = nr(x);
                if *n == 0 {
                    *n = vorig + 1;
                }
                vorig = *n;
            }
        }
        toe(&mut self.sessies, |s| &mut s.nr);
        toe(&mut self.expertteam, |e| &mut e.nr);
        toe(&mut self.richtingen, |r| &mut r.nr);
        for a in &mut self.afspraken {
            toe(&mut a.nazorg, |n| &mut n.nr);
        }
    }

    /// The reverse of [`Traject::nummer_toe`] before writing: a number that is the one after
    /// the one before it is left out, so a file keeps its shape until a removal leaves a gap,
    /// and a high-water mark in [`Nummers`] that the numbers present already reach is left out.
    pub fn impliciete_nummers_weg(&mut self) {
        fn weg<T>(lijst: &mut [T], nr: impl Fn(&mut T) -> &mut u32) {
            let mut vorig = 0;
            for x in lijst {
                let n = nr(x);
                let eigen = *n;
                if eigen == vorig + 1 {
                    *n = 0;
                }
                vorig = eigen;
            }
        }
        let hoogste = |it: &mut dyn Iterator<Item = u32>| it.max().unwrap_or(0);
        let nummers = &mut self.nummers;
        if nummers.interview
            <= hoogste(
                &mut self
                    .interviews
                    .iter()
                    .map(|i| i.nr)
                    .chain(self.geplande_interviews.iter().map(|g| g.nr)),
            )
        {
            nummers.interview = 0;
        }
        if nummers.sessie <= hoogste(&mut self.sessies.iter().map(|s| s.nr)) {
            nummers.sessie = 0;
        }
        if nummers.expert <= hoogste(&mut self.expertteam.iter().map(|e| e.nr)) {
            nummers.expert = 0;
        }
        if nummers.richting <= hoogste(&mut self.richtingen.iter().map(|r| r.nr)) {
            nummers.richting = 0;
        }
        if nummers.inzicht <= hoogste(&mut self.synthese.iter().map(|i| i.nr)) {
            nummers.inzicht = 0;
        }
        if nummers.afspraak <= hoogste(&mut self.afspraken.iter().map(|a| a.nr)) {
            nummers.afspraak = 0;
        }
        weg(&mut self.sessies, |s| &mut s.nr);
        weg(&mut self.expertteam, |e| &mut e.nr);
        weg(&mut self.richtingen, |r| &mut r.nr);
        for a in &mut self.afspraken {
            weg(&mut a.nazorg, |n| &mut n.nr);
        }
    }

    /// The quote with this id, with its interview.
    pub fn citaat(&self, id: CitaatId) -> Option<(&Interview, &Citaat)> {
        let interview = self.interview(id.interview)?;
        Some((interview, interview.citaat(id.nr)?))
    }

    /// Every quote with its id and interview, in interview order.
    pub fn citaten(&self) -> impl Iterator<Item = (CitaatId, &Interview, &Citaat)> {
        self.interviews.iter().flat_map(|i| {
            i.citaten.iter().map(move |c| {
                (
                    CitaatId {
                        interview: i.nr,
                        nr: c.nr,
                    },
                    i,
                    c,
                )
            })
        })
    }

    /// Quotes that may be used for `gebruik` (see [`mag_gedeeld`]).
    pub fn deelbare_citaten(
        &self,
        gebruik: Gebruik,
    ) -> impl Iterator<Item = (CitaatId, &Interview, &Citaat)> {
        self.citaten()
            .filter(move |(_, i, c)| mag_gedeeld(i, c, gebruik))
    }

    /// How many quotes are held back from `gebruik` for lack of consent.
    pub fn achtergehouden_citaten(&self, gebruik: Gebruik) -> usize {
        self.citaten()
            .filter(|(_, i, c)| !mag_gedeeld(i, c, gebruik))
            .count()
    }

    /// The perspective of the speaker of a quote, when the quote names its role.
    pub fn perspectief_van(interview: &Interview, citaat: &Citaat) -> Option<Perspectief> {
        citaat
            .van
            .as_deref()
            .and_then(|rol| interview.deelnemer(rol))
            .map(|d| d.perspectief)
    }

    pub fn inzichten(&self, stap: Stap) -> impl Iterator<Item = &Inzicht> {
        self.synthese.iter().filter(move |i| i.stap == stap)
    }

    /// The number for a new insight; refused past [`MAX_NUMMER`].
    pub fn volgend_inzichtnummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.synthese
                .iter()
                .map(|i| i.nr)
                .chain([self.nummers.inzicht])
                .max()
                .unwrap_or(0),
            "inzicht",
        )
    }

    /// The number for a new afspraak; refused past [`MAX_NUMMER`].
    pub fn volgend_afspraaknummer(&self) -> anyhow::Result<u32> {
        volgend_nummer(
            self.afspraken
                .iter()
                .map(|a| a.nr)
                .chain([self.nummers.afspraak])
                .max()
                .unwrap_or(0),
            "afspraak",
        )
    }

    /// Where a phase began and ended: the one rule every view uses (the report's timeline,
    /// the programme overview, `toon`, the method's order). A phase ends where the next phase
    /// began; the phase a traject ended in (stopped, cancelled, or borgen of an afgerond
    /// traject) ends on the end date; the current phase of a running traject has no end yet
    /// (`None`: it runs until today). `None` for a phase the traject never began.
    pub fn periode(&self, fase: Fase) -> Option<(Datum, Option<Datum>)> {
        let begin = self.tijdlijn.begin(fase)?;
        let volgende = fase.volgende().and_then(|v| self.tijdlijn.begin(v));
        let eind = volgende.or_else(|| {
            if fase != self.fase {
                // A phase before the current one whose successor has no date (a hand edit):
                // it has no length of its own.
                return Some(begin);
            }
            if self.is_lopend() {
                None
            } else {
                Some(self.tijdlijn.einde.unwrap_or(begin))
            }
        });
        Some((begin, eind.map(|e| e.max(begin))))
    }

    /// The phases that have a date as bars, each from its first to its last day by
    /// [`Traject::periode`], the current phase of a running traject until today: what the
    /// report's timeline and the programme overview draw.
    pub fn fasebalken(&self, vandaag: Datum) -> Vec<(Fase, Datum, Datum)> {
        Fase::ALLE
            .iter()
            .filter_map(|&f| {
                let (begin, eind) = self.periode(f)?;
                Some((f, begin, eind.unwrap_or(vandaag).max(begin)))
            })
            .collect()
    }

    /// The day the doorlooptijd ends: the end of the traject, or today while it runs.
    pub fn peildatum(&self, vandaag: Datum) -> Datum {
        self.tijdlijn.einde.unwrap_or(vandaag)
    }

    /// Whole weeks from the aanmelding until the end (or today), when the aanmelding is known.
    pub fn doorlooptijd_weken(&self, vandaag: Datum) -> Option<i64> {
        self.aanmelding
            .map(|start| start.weken_tot(self.peildatum(vandaag)))
    }

    /// A lopend traject running longer than the 10-week target.
    pub fn over_streeftijd(&self, vandaag: Datum) -> bool {
        self.is_lopend()
            && self
                .doorlooptijd_weken(vandaag)
                .is_some_and(|w| w > STREEF_WEKEN_MAX)
    }
}

/// Whether a quote may be used for `gebruik`: it was not withdrawn, and its speaker (or, for a
/// quote without speaker, both of the duo) allowed that use. Every output asks with its own use.
pub fn mag_gedeeld(interview: &Interview, citaat: &Citaat, gebruik: Gebruik) -> bool {
    interview.gebruiken(citaat).bevat(gebruik)
}

//! The rode-draden report over all trajecten of a map: a national report like the Rapportage
//! Visieleren itself. A cover and contents; an introduction in prose (which trajecten, which
//! period, how the method works and how this report counts); per thema a chapter with its
//! dilemma's en uitdagingen and werkzame elementen in prose, each with the quotes it rests on;
//! conclusions; optionally a chapter on the method itself ([`crate::document::rode_draden_methode`],
//! `rode-draden --methode`); and as annexes the table of trajecten (table 1 of that report) and
//! the counts of quotes per thema.
//!
//! Counts are written "in twee van de zeven trajecten die meetellen": stopped and cancelled
//! trajecten are listed but contribute no findings, and findings from a traject that still runs
//! are marked provisional. Trajecten are named by their gemeenten; the tool's own signals and
//! ids stay out of the reading text (quote ids only in the annex). Quotes of interviews
//! without consent for national use are neither shown nor counted. Every table has a fixed
//! number of columns, whatever the number of trajecten, so nothing is cut off in print.
//!
//! Why one long file: the report is one document told in reading order, and its chapters
//! (introduction, themas, conclusions, annexes) share the findings per thema, the counts per
//! traject ([`Tellingen`]) and the quote helpers; split up, those internals would be exported
//! to siblings only to be handed back. The method chapter, which needs none of them, lives
//! in its own file, and the words both share (naming and counting trajecten) in
//! [`crate::document::landelijk`].

use std::collections::{BTreeMap, BTreeSet};

use crate::document::{self, Blok, Document, Inline, Omslag, Sectie, opsomming};
use crate::luisteren::citaten::{bron_landelijk, thema_titel, themas_van};
use crate::luisteren::codeboek::{Codeboek, THEMA};
use crate::model::datum::Datum;
use crate::model::interview::CitaatId;
use crate::model::synthese::{Inzicht, InzichtSoort};
use crate::model::traject::Traject;
use crate::privacy::Masker;
use crate::taal::{aantal, getal, hoofdletter};

pub use crate::document::landelijk::telt_mee;
use crate::document::landelijk::{alle_die_meetellen, naam, namen_van, namenlijst, van_mee};
use crate::document::rode_draden_methode::Deelname;

const TITEL: &str = "Rode draden uit de Visieleertrajecten";
const OVERIGE: &str = "Overige thema's";
/// The chapter of the insights that rest on no quote with a thema.
const ZONDER_THEMA: &str = "Inzichten zonder thema";

/// Drops from a traject what the report never reads, so a national map fits in memory, and
/// returns what tables 3 and 4 count of its quotes: then only the quotes an insight refers to
/// stay (the report quotes only those), and of those interviews only what attributes a quote.
/// Histories, notes, the expert team, sessions and directions go (what the method chapter
/// needs of the interviews and sessions is counted first); the evaluation and the agreements
/// stay, for that chapter. Of a traject that does not count (stopped or cancelled) everything
/// but its row in table 1 and its reason goes. The names of the map are gathered before this,
/// from the whole traject.
pub fn alleen_wat_telt(t: &mut Traject, boek: &Codeboek) -> Tellingen {
    t.historie = Vec::new();
    t.expertteam = Vec::new();
    t.richtingen = Vec::new();
    t.notitie = None;
    t.kernvraag = None;
    if !telt_mee(t) {
        t.sessies = Vec::new();
        t.interviews = Vec::new();
        t.synthese = Vec::new();
        t.evaluatie = None;
        t.afspraken = Vec::new();
        return Tellingen::default();
    }
    let verwezen: std::collections::HashSet<&str> = t
        .synthese
        .iter()
        .flat_map(|i| i.citaten.iter().map(String::as_str))
        .collect();
    let mut houden = std::collections::HashSet::new();
    for interview in &t.interviews {
        for c in &interview.citaten {
            if verwezen.contains(format!("{}.{}", interview.nr, c.nr).as_str()) {
                houden.insert((interview.nr, c.nr));
            }
        }
    }
    let tellingen = tellingen(t, boek);
    t.sessies = Vec::new();
    for interview in &mut t.interviews {
        interview.historie = Vec::new();
        interview.aantekeningen = None;
        interview.notitie = None;
        interview.vingerafdrukken = Vec::new();
        let nr = interview.nr;
        interview.citaten.retain(|c| houden.contains(&(nr, c.nr)));
        interview.citaten.shrink_to_fit();
    }
    t.interviews.retain(|i| !i.citaten.is_empty());
    t.interviews.shrink_to_fit();
    tellingen
}

/// What tables 3 and 4 count of one traject, so its quotes need not stay in memory.
#[derive(Debug, Clone, Default)]
pub struct Tellingen {
    /// Shareable quotes per thema key of [`themas`] (a quote with two themas counts twice).
    per_thema: Vec<usize>,
    /// Per thema tag of the codebook: in how many interviews it was heard, and in how many of
    /// those by both members of the duo.
    gehoord: Vec<(usize, usize)>,
    /// Who took part, for the method chapter.
    deelname: Deelname,
}

/// The counts of tables 3 and 4 for one traject.
pub fn tellingen(t: &Traject, boek: &Codeboek) -> Tellingen {
    let themas = themas(boek);
    let per_thema = themas
        .iter()
        .map(|(sleutel, _)| {
            t.deelbare_citaten(crate::model::interview::Gebruik::Landelijk)
                .filter(|(id, _, _)| {
                    let themas = citaat_themas(boek, t, *id).unwrap_or_default();
                    match sleutel {
                        Some(tag) => themas.contains(tag),
                        None => themas.is_empty(),
                    }
                })
                .count()
        })
        .collect();
    let gehoord = themas
        .iter()
        .filter_map(|(s, _)| s.as_ref())
        .map(|sleutel| {
            let (mut gehoord, mut beide) = (0, 0);
            for interview in t.interviews.iter().filter(|i| i.heeft_toestemming()) {
                let met_thema: Vec<_> = interview
                    .citaten
                    .iter()
                    .filter(|c| {
                        crate::model::traject::mag_gedeeld(
                            interview,
                            c,
                            crate::model::interview::Gebruik::Landelijk,
                        )
                    })
                    .filter(|c| c.tags.contains(sleutel))
                    .collect();
                if met_thema.is_empty() {
                    continue;
                }
                gehoord += 1;
                let beide_rollen = interview.duo.len() == 2
                    && interview.duo.iter().all(|d| {
                        met_thema.iter().any(|c| {
                            c.van
                                .as_deref()
                                .is_some_and(|v| v.to_lowercase() == d.rol.to_lowercase())
                        })
                    });
                if beide_rollen {
                    beide += 1;
                }
            }
            (gehoord, beide)
        })
        .collect();
    Tellingen {
        per_thema,
        gehoord,
        deelname: Deelname::van(t),
    }
}

/// The thema keys of the report: the codebook's thema tags, then "Overige".
fn themas(boek: &Codeboek) -> Vec<(Option<String>, String)> {
    boek.groep(THEMA)
        .map(|t| (Some(t.tag.clone()), thema_titel(t)))
        .chain([(None, OVERIGE.to_string())])
        .collect()
}

/// The thema tags of a shareable quote; empty when the quote has none or may not be shared.
fn citaat_themas(boek: &Codeboek, t: &Traject, id: CitaatId) -> Option<Vec<String>> {
    let (interview, citaat) = t.citaat(id)?;
    if !crate::model::traject::mag_gedeeld(
        interview,
        citaat,
        crate::model::interview::Gebruik::Landelijk,
    ) {
        return None;
    }
    Some(
        themas_van(boek, citaat)
            .map(|tag| tag.tag.clone())
            .collect(),
    )
}

/// The themas an insight touches, through its shareable quotes; `[None]` when none.
fn inzicht_themas(boek: &Codeboek, t: &Traject, inzicht: &Inzicht) -> Vec<Option<String>> {
    let mut uit: Vec<Option<String>> = Vec::new();
    for id in &inzicht.citaten {
        let Ok(id) = id.parse::<CitaatId>() else {
            continue;
        };
        for tag in citaat_themas(boek, t, id).unwrap_or_default() {
            if !uit.contains(&Some(tag.clone())) {
                uit.push(Some(tag));
            }
        }
    }
    if uit.is_empty() {
        uit.push(None);
    }
    uit
}

/// Which trajecten a report is about (`rode-draden --alleen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Alleen {
    /// Trajecten of more than one gemeente, or marked regional.
    Regionaal,
    /// Trajecten of one gemeente, not marked regional.
    Lokaal,
}

impl Alleen {
    pub fn naam(self) -> &'static str {
        match self {
            Alleen::Regionaal => "regionaal",
            Alleen::Lokaal => "lokaal",
        }
    }

    /// Whether `t` belongs to this kind (see [`Traject::is_regionaal`]).
    pub fn past(self, t: &Traject) -> bool {
        t.is_regionaal() == (self == Alleen::Regionaal)
    }

    /// "regionale" or "lokale", before "trajecten".
    fn bijvoeglijk(self) -> &'static str {
        match self {
            Alleen::Regionaal => "regionale",
            Alleen::Lokaal => "lokale",
        }
    }
}

/// What a rode-draden report holds besides the themas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Opties {
    /// A chapter on the method itself (`--methode`).
    pub methode: bool,
    /// Only the regional or only the local trajecten (`--alleen`).
    pub alleen: Option<Alleen>,
}

/// Each traject with its masker and the counts of its quotes.
fn geteld<'a>(
    trajecten: &'a [(Traject, Masker)],
    boek: &Codeboek,
) -> Vec<(&'a Traject, &'a Masker, Tellingen)> {
    trajecten
        .iter()
        .map(|(t, masker)| (t, masker, tellingen(t, boek)))
        .collect()
}

/// The report as markdown.
pub fn markdown(trajecten: &[(Traject, Masker)], vandaag: Datum, boek: &Codeboek) -> String {
    markdown_met(trajecten, vandaag, boek, Opties::default())
}

/// The report as one self-contained HTML file.
pub fn html(trajecten: &[(Traject, Masker)], vandaag: Datum, boek: &Codeboek) -> String {
    html_met(trajecten, vandaag, boek, Opties::default())
}

/// The report as markdown, with the chapters and selection of `opties`.
pub fn markdown_met(
    trajecten: &[(Traject, Masker)],
    vandaag: Datum,
    boek: &Codeboek,
    opties: Opties,
) -> String {
    document::markdown::render(&document(&geteld(trajecten, boek), vandaag, boek, opties))
}

/// The report as HTML, with the chapters and selection of `opties`.
pub fn html_met(
    trajecten: &[(Traject, Masker)],
    vandaag: Datum,
    boek: &Codeboek,
    opties: Opties,
) -> String {
    document::html::render(&document(&geteld(trajecten, boek), vandaag, boek, opties))
}

/// The report as markdown, from trajecten summarised by [`alleen_wat_telt`] with their counts.
pub fn markdown_samengevat(
    trajecten: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
) -> String {
    document::markdown::render(&document(trajecten, vandaag, boek, Opties::default()))
}

/// The report as HTML, from trajecten summarised by [`alleen_wat_telt`] with their counts.
pub fn html_samengevat(
    trajecten: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
) -> String {
    document::html::render(&document(trajecten, vandaag, boek, Opties::default()))
}

/// Whether the findings of a counted traject are provisional: it still runs.
fn voorlopig(t: &Traject) -> bool {
    t.is_lopend()
}

/// The insights of the counted trajecten under a thema, of one kind.
fn inzichten_bij<'a>(
    mee: &[&'a Traject],
    boek: &Codeboek,
    sleutel: &Option<String>,
    soort: Option<InzichtSoort>,
) -> Vec<(&'a Traject, &'a Inzicht)> {
    mee.iter()
        .flat_map(|t| {
            t.synthese
                .iter()
                .filter(move |i| i.soort == soort)
                .filter(|i| inzicht_themas(boek, t, i).contains(sleutel))
                .map(move |i| (*t, i))
        })
        .collect()
}

/// The insights of one thema, by kind.
struct Themabevindingen<'a> {
    sleutel: Option<String>,
    titel: String,
    dilemmas: Vec<(&'a Traject, &'a Inzicht)>,
    werkzaam: Vec<(&'a Traject, &'a Inzicht)>,
    overig: Vec<(&'a Traject, &'a Inzicht)>,
}

impl<'a> Themabevindingen<'a> {
    fn alle(&self) -> impl Iterator<Item = &(&'a Traject, &'a Inzicht)> {
        self.dilemmas
            .iter()
            .chain(&self.werkzaam)
            .chain(&self.overig)
    }

    fn is_leeg(&self) -> bool {
        self.alle().next().is_none()
    }

    /// The trajecten the thema was heard in, in report order.
    fn trajecten(&self) -> Vec<&'a Traject> {
        let mut uit: Vec<&Traject> = Vec::new();
        for (t, _) in self.alle() {
            if !uit.iter().any(|u| std::ptr::eq(*u, *t)) {
                uit.push(t);
            }
        }
        uit
    }

    /// The chapter title: the thema, or for insights without one, what they are.
    fn kop(&self) -> &str {
        if self.sleutel.is_none() {
            ZONDER_THEMA
        } else {
            &self.titel
        }
    }
}

/// The insight of a list with the most supporting quotes; the first on a tie.
fn sterkste<'a>(lijst: &[(&'a Traject, &'a Inzicht)]) -> Option<(&'a Traject, &'a Inzicht)> {
    let mut sterkst: Option<(&Traject, &Inzicht)> = None;
    for &(t, i) in lijst {
        if sterkst.is_none_or(|s| i.citaten.len() > s.1.citaten.len()) {
            sterkst = Some((t, i));
        }
    }
    sterkst
}

/// "“Regels lopen achter op de praktijk” (Zeewijk)", with "voorlopig" for a running traject.
fn inzicht_kort(t: &Traject, i: &Inzicht) -> String {
    format!(
        "\u{201c}{}\u{201d} ({}{})",
        i.tekst.trim().trim_end_matches('.'),
        naam(t),
        if voorlopig(t) { ", voorlopig" } else { "" }
    )
}

/// The lead of a thema chapter: in how many of the trajecten that count it was heard, whether
/// it is a rode draad, what kinds of insight it gave, and which findings are provisional.
fn themalead(b: &Themabevindingen, mee: usize) -> String {
    let trajecten = b.trajecten();
    let mut uit = if b.sleutel.is_none() {
        format!(
            "Deze inzichten steunen niet op citaten met een thema uit het codeboek. Ze komen uit {}: {}.",
            van_mee(trajecten.len(), mee),
            namen_van(&trajecten)
        )
    } else {
        let mut zin = format!(
            "Dit thema kwam naar voren in {}: {}.",
            van_mee(trajecten.len(), mee),
            namen_van(&trajecten)
        );
        zin.push_str(if trajecten.len() > 1 {
            " Het komt in meer dan één traject terug en is daarmee een rode draad."
        } else {
            " Het klonk in één traject; of het een rode draad is, moet blijken uit meer trajecten."
        });
        zin
    };
    let mut delen = Vec::new();
    if !b.dilemmas.is_empty() {
        delen.push(aantal(
            b.dilemmas.len(),
            "dilemma of uitdaging",
            "dilemma's en uitdagingen",
        ));
    }
    if !b.werkzaam.is_empty() {
        delen.push(aantal(
            b.werkzaam.len(),
            "werkzaam element",
            "werkzame elementen",
        ));
    }
    if !b.overig.is_empty() {
        delen.push(aantal(b.overig.len(), "ander inzicht", "andere inzichten"));
    }
    uit.push_str(&format!(
        " De synthese leverde hier {} op.",
        opsomming(&delen)
    ));
    let lopend: Vec<&Traject> = trajecten.into_iter().filter(|t| voorlopig(t)).collect();
    if !lopend.is_empty() {
        uit.push_str(&format!(
            " De bevindingen uit {} zijn voorlopig: {} nog.",
            namen_van(&lopend),
            if lopend.len() == 1 {
                "dat traject loopt"
            } else {
                "die trajecten lopen"
            }
        ));
    }
    uit
}

/// Builds the thema chapters, telling each quote once per chapter.
struct Themahoofdstuk<'a, 'b> {
    mee: &'b [&'a Traject],
    maskers: &'b [&'a Masker],
    boek: &'b Codeboek,
    getoond: BTreeSet<(usize, CitaatId)>,
}

impl<'a> Themahoofdstuk<'a, '_> {
    /// One insight: its text in bold with where it comes from, then the quotes it rests on
    /// that may be shared nationally, each shown once in the chapter.
    fn inzicht(&mut self, t: &Traject, i: &Inzicht) -> Vec<Blok> {
        let nr = self
            .mee
            .iter()
            .position(|m| std::ptr::eq(*m, t))
            .unwrap_or_default();
        let mut blokken = vec![Blok::Alinea(vec![
            Inline::Sterk(i.tekst.trim().to_string()),
            Inline::Tekst(format!(
                " \u{2014} {}{}",
                naam(t),
                if voorlopig(t) {
                    " (voorlopig: het traject loopt nog)"
                } else {
                    ""
                }
            )),
        ])];
        let mut eerder = Vec::new();
        for id in &i.citaten {
            let Ok(id) = id.parse::<CitaatId>() else {
                continue;
            };
            if citaat_themas(self.boek, t, id).is_none() {
                continue;
            }
            let Some((interview, citaat)) = t.citaat(id) else {
                continue;
            };
            let bron = format!(
                "{} in {}",
                bron_landelijk(interview, citaat, |rol| self
                    .boek
                    .wijst_naar_een_persoon(rol)),
                naam(t)
            );
            if self.getoond.insert((nr, id)) {
                blokken.push(Blok::citaat(self.maskers[nr].citaat(citaat), bron, None));
            } else {
                eerder.push(bron);
            }
        }
        if !eerder.is_empty() {
            blokken.push(Blok::alinea(format!(
                "Het steunt verder op {} {} hierboven al {}: {}.",
                aantal(eerder.len(), "citaat", "citaten"),
                if eerder.len() == 1 { "dat" } else { "die" },
                if eerder.len() == 1 { "staat" } else { "staan" },
                opsomming(&eerder)
            )));
        }
        blokken
    }
}

/// The report as a document.
pub fn document(
    geteld: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
    opties: Opties,
) -> Document {
    let geteld: Vec<&(&Traject, &Masker, Tellingen)> = geteld
        .iter()
        .filter(|(t, _, _)| opties.alleen.is_none_or(|a| a.past(t)))
        .collect();
    let trajecten: Vec<&Traject> = geteld.iter().map(|(t, _, _)| *t).collect();
    let (mee, maskers): (Vec<&Traject>, Vec<&Masker>) = geteld
        .iter()
        .filter(|(t, _, _)| telt_mee(t))
        .map(|(t, masker, _)| (*t, *masker))
        .unzip();
    let soort = opties
        .alleen
        .map(|a| format!("{} ", a.bijvoeglijk()))
        .unwrap_or_default();

    let mut doc = Document::nieuw(TITEL);
    doc.voettekst = Some(TITEL.to_string());
    let mut regels = vec![format!("Stand van {}", vandaag.voluit())];
    let hoeveel = aantal(
        trajecten.len(),
        &format!("{soort}traject"),
        &format!("{soort}trajecten"),
    );
    regels.push(hoofdletter(&match (trajecten.len(), mee.len()) {
        (n, m) if n == m && n > 1 => format!(
            "{hoeveel}, die {} meetellen",
            if n == 2 {
                "beide".to_string()
            } else {
                format!("alle {}", getal(n))
            }
        ),
        (_, m) => format!(
            "{hoeveel}, waarvan {} {}",
            getal(m),
            if m == 1 { "meetelt" } else { "meetellen" }
        ),
    }));
    regels.push("VNG Visieleren".to_string());
    doc.omslag = Some(Omslag {
        soort: "Rode draden".to_string(),
        titel: match opties.alleen {
            Some(a) => format!(
                "{} Visieleertrajecten toegang sociaal domein",
                hoofdletter(a.bijvoeglijk())
            ),
            None => "Visieleertrajecten toegang sociaal domein".to_string(),
        },
        ondertitel: Some(
            "Wat leren de trajecten samen over de toegang tot het sociaal domein?".to_string(),
        ),
        regels,
    });
    doc.inhoud = true;

    let bevindingen: Vec<Themabevindingen> = themas(boek)
        .into_iter()
        .map(|(sleutel, titel)| Themabevindingen {
            dilemmas: inzichten_bij(&mee, boek, &sleutel, Some(InzichtSoort::Dilemma)),
            werkzaam: inzichten_bij(&mee, boek, &sleutel, Some(InzichtSoort::Werkzaam)),
            overig: inzichten_bij(&mee, boek, &sleutel, None),
            sleutel,
            titel,
        })
        .collect();
    let met_inzichten: Vec<&Themabevindingen> =
        bevindingen.iter().filter(|b| !b.is_leeg()).collect();

    let mut hoofdstuk = 1;
    doc.secties
        .extend(inleiding(&trajecten, &mee, vandaag, opties, &met_inzichten));
    for b in &met_inzichten {
        hoofdstuk += 1;
        let mut h = Themahoofdstuk {
            mee: &mee,
            maskers: &maskers,
            boek,
            getoond: BTreeSet::new(),
        };
        doc.secties.push(
            Sectie::nieuw(1, format!("{hoofdstuk} {}", b.kop()))
                .met(Blok::alinea(themalead(b, mee.len()))),
        );
        let mut sub = 0;
        for (kop, lijst) in [
            ("Dilemma's en uitdagingen", &b.dilemmas),
            ("Werkzame elementen", &b.werkzaam),
            ("Andere inzichten", &b.overig),
        ] {
            if lijst.is_empty() {
                continue;
            }
            sub += 1;
            let mut sectie = Sectie::nieuw(2, format!("{hoofdstuk}.{sub} {kop}"));
            for (t, i) in lijst.iter() {
                for blok in h.inzicht(t, i) {
                    sectie.voeg_toe(blok);
                }
            }
            doc.secties.push(sectie);
        }
    }
    hoofdstuk += 1;
    doc.secties
        .push(conclusies(hoofdstuk, &mee, &bevindingen, &met_inzichten));
    if opties.methode {
        hoofdstuk += 1;
        let deelname: Vec<(&Traject, &Deelname)> = geteld
            .iter()
            .map(|(t, _, tel)| (*t, &tel.deelname))
            .collect();
        doc.secties
            .extend(crate::document::rode_draden_methode::hoofdstuk(
                hoofdstuk, &deelname, vandaag,
            ));
    }
    doc.secties.extend(bijlagen(&geteld, boek, &mee, &maskers));
    doc
}

/// The earliest start and the latest end of the trajecten that have dates; the end is `None`
/// while one of them still runs.
fn periode_van(trajecten: &[&Traject]) -> Option<(Datum, Option<Datum>)> {
    let begin = trajecten
        .iter()
        .filter_map(|t| t.aanmelding.or(t.tijdlijn.werving))
        .min()?;
    let eind = if trajecten.iter().any(|t| t.is_lopend()) {
        None
    } else {
        trajecten.iter().filter_map(|t| t.tijdlijn.einde).max()
    };
    Some((begin, eind))
}

/// Chapter 1: which trajecten, which period, how the method works and how the report counts.
fn inleiding(
    trajecten: &[&Traject],
    mee: &[&Traject],
    vandaag: Datum,
    opties: Opties,
    met_inzichten: &[&Themabevindingen],
) -> Vec<Sectie> {
    let soort = opties
        .alleen
        .map(|a| format!("{} ", a.bijvoeglijk()))
        .unwrap_or_default();
    let mut sectie = Sectie::nieuw(1, "1 Inleiding");
    let mut zin = format!(
        "Dit rapport bundelt wat {} samen leren over de toegang tot het sociaal domein: {}.",
        aantal(
            trajecten.len(),
            &format!("{soort}Visieleertraject"),
            &format!("{soort}Visieleertrajecten")
        ),
        namen_van(trajecten)
    );
    if trajecten.len() == 1 {
        zin = format!(
            "Dit rapport bundelt wat het {soort}Visieleertraject van {} leert over de toegang tot het sociaal domein.",
            namen_van(trajecten)
        );
    }
    zin.push_str(&format!(" Het geeft de stand van {}.", vandaag.voluit()));
    let zonder_datum: Vec<&Traject> = trajecten
        .iter()
        .copied()
        .filter(|t| t.aanmelding.or(t.tijdlijn.werving).is_none())
        .collect();
    match periode_van(trajecten) {
        Some((begin, Some(eind))) => zin.push_str(&format!(
            " {} van {} tot {}.",
            if trajecten.len() == 1 {
                "Het traject liep"
            } else {
                "De trajecten liepen"
            },
            begin.voluit(),
            eind.voluit()
        )),
        Some((begin, None)) => {
            let lopend: Vec<&Traject> = trajecten.iter().copied().filter(|t| t.is_lopend()).collect();
            zin.push_str(&format!(
                " De trajecten liepen vanaf {}; {} {} nog.",
                begin.voluit(),
                namen_van(&lopend),
                if lopend.len() == 1 { "loopt" } else { "lopen" }
            ))
        }
        None => zin.push_str(
            " Van geen van de trajecten zijn datums vastgelegd; in welke periode ze liepen, staat daarom niet in dit rapport.",
        ),
    }
    if !zonder_datum.is_empty() && zonder_datum.len() < trajecten.len() {
        zin.push_str(&format!(
            " Van {} zijn geen datums vastgelegd.",
            namen_van(&zonder_datum)
        ));
    }
    sectie.voeg_toe(Blok::alinea(zin));
    if let Some(a) = opties.alleen {
        sectie.voeg_toe(Blok::alinea(match a {
            Alleen::Regionaal => "Dit rapport gaat alleen over de regionale trajecten: trajecten van meer dan één gemeente, of van een regio die als één geheel meedeed. De trajecten van één gemeente staan er niet in.",
            Alleen::Lokaal => "Dit rapport gaat alleen over de lokale trajecten: trajecten van één gemeente. De regionale trajecten, van meer dan één gemeente of van een regio, staan er niet in.",
        }));
    }
    sectie.voeg_toe(Blok::alinea(
        "Een Visieleertraject helpt een gemeente, of een paar samenwerkende gemeenten, bij een vraagstuk over de toegang tot het sociaal domein. Een team van experts onder leiding van de VNG faciliteert het gesprek tussen bestuur, beleid, uitvoering en bij voorkeur ook inwoners. Het traject kent vijf fasen. In de werving wordt de vraag verhelderd. Na de aanmelding door het college van B&W begint het traject met een kick-off, waarin de kernvraag wordt aangescherpt. In de fase luisteren interviewen mensen met verschillende perspectieven elkaar in duo-interviews. In de fase ontwerpen worden de inzichten uit die gesprekken samengebracht in een synthese, in drie stappen: door de moderatoren, door het expertteam en bij de start van de ontwerpsessie; die sessie levert oplossingsrichtingen op. In de fase borgen wordt een eindrapportage besproken in de borgingsessie en volgt een evaluatie van het proces, de inzichten en het vervolg. Het streven is een traject in zeven tot tien weken af te ronden.",
    ));
    sectie.voeg_toe(Blok::alinea(
        "De synthese van elk traject levert inzichten op: dilemma's en uitdagingen, en werkzame elementen. Een inzicht hoort bij een thema via de citaten uit de duo-interviews waarop het steunt. Dit rapport zet de inzichten van de trajecten per thema naast elkaar; een thema dat in meer dan één traject terugkomt, is een rode draad. Citaten staan er alleen in als de geïnterviewden toestemming gaven voor landelijk gebruik, en alleen met hun rol en perspectief.",
    ));
    let buiten: Vec<&Traject> = trajecten.iter().copied().filter(|t| !telt_mee(t)).collect();
    let mut telling = format!(
        "Alle tellingen gaan over de trajecten die meetellen: de lopende en de afgeronde trajecten. {}",
        match mee.len() {
            0 => "Dat zijn er nu geen.".to_string(),
            1 => "Dat is er nu één.".to_string(),
            n => format!("Dat zijn er nu {}.", getal(n)),
        }
    );
    if buiten.is_empty() {
        telling.push_str(" Geen van de trajecten is gestopt of geannuleerd.");
    } else {
        let lijst: Vec<String> = buiten
            .iter()
            .map(|t| format!("{} ({})", naam(t), t.status))
            .collect();
        telling.push_str(&format!(
            " Gestopte en geannuleerde trajecten tellen niet mee, omdat ze de methode niet hebben doorlopen: {}. Ze staan wel in het overzicht van de trajecten in de bijlage.",
            namenlijst(&lijst)
        ));
    }
    let lopend: Vec<&Traject> = mee
        .iter()
        .copied()
        .filter(|t| voorlopig(t) && !t.synthese.is_empty())
        .collect();
    if !lopend.is_empty() {
        telling.push_str(&format!(
            " Bevindingen uit trajecten die nog lopen, zijn voorlopig en staan er met \u{2018}voorlopig\u{2019} bij: dat geldt voor {}.",
            namen_van(&lopend)
        ));
    }
    sectie.voeg_toe(Blok::alinea(telling));
    let mut leeswijzer = if met_inzichten.is_empty() {
        "Na deze inleiding volgen de conclusies".to_string()
    } else {
        format!(
            "Na deze inleiding volgt per thema een hoofdstuk ({}), met eerst de dilemma's en uitdagingen en daarna de werkzame elementen, elk met de citaten waarop ze steunen. Daarna volgen de conclusies",
            opsomming(
                &met_inzichten
                    .iter()
                    .map(|b| b.kop().to_string())
                    .collect::<Vec<_>>()
            )
        )
    };
    if opties.methode {
        leeswijzer.push_str(" en een hoofdstuk over de methode: doorlooptijd, de perspectieven die gehoord zijn, gestopte trajecten, evaluaties en afspraken");
    }
    leeswijzer.push_str(
        ". De bijlagen geven het overzicht van de trajecten en de tellingen van citaten per thema.",
    );
    sectie.voeg_toe(Blok::alinea(leeswijzer));
    vec![sectie]
}

/// The conclusions: per thema whether it is a rode draad, its main dilemma and what works.
fn conclusies(
    hoofdstuk: usize,
    mee: &[&Traject],
    bevindingen: &[Themabevindingen],
    met_inzichten: &[&Themabevindingen],
) -> Sectie {
    let mut sectie = Sectie::nieuw(1, format!("{hoofdstuk} Conclusies"));
    if met_inzichten.is_empty() {
        sectie.voeg_toe(Blok::alinea(if mee.is_empty() {
            "Er zijn geen trajecten die meetellen; rode draden zijn er daarom nog niet.".to_string()
        } else {
            format!(
                "Van geen van de {} is een synthese met inzichten vastgelegd. Rode draden per thema zijn er daarom nog niet; ze ontstaan zodra de trajecten hun inzichten vastleggen.",
                alle_die_meetellen(mee.len())
            )
        }));
        return sectie;
    }
    let draden: Vec<String> = met_inzichten
        .iter()
        .filter(|b| b.sleutel.is_some() && b.trajecten().len() > 1)
        .map(|b| b.titel.clone())
        .collect();
    sectie.voeg_toe(Blok::alinea(match draden.len() {
        0 => "Nog geen thema komt in meer dan één traject terug; rode draden moeten blijken uit meer trajecten.".to_string(),
        1 => format!(
            "Eén thema komt in meer dan één traject terug en is daarmee een rode draad: {}.",
            draden[0]
        ),
        n => format!(
            "{} thema's komen in meer dan één traject terug en zijn daarmee rode draden: {}.",
            hoofdletter(&getal(n)),
            opsomming(&draden)
        ),
    }));
    for b in met_inzichten {
        let trajecten = b.trajecten();
        let mut tekst = format!(
            "in {}{}.",
            van_mee(trajecten.len(), mee.len()),
            if b.sleutel.is_some() && trajecten.len() > 1 {
                ", een rode draad"
            } else {
                ""
            }
        );
        if let Some((t, i)) = sterkste(&b.dilemmas) {
            tekst.push_str(&format!(
                " Het belangrijkste dilemma: {}.",
                inzicht_kort(t, i)
            ));
        }
        if let Some((t, i)) = sterkste(&b.werkzaam) {
            tekst.push_str(&format!(" Wat werkt: {}.", inzicht_kort(t, i)));
        }
        if b.dilemmas.is_empty()
            && b.werkzaam.is_empty()
            && let Some((t, i)) = sterkste(&b.overig)
        {
            tekst.push_str(&format!(" Het sterkst onderbouwd: {}.", inzicht_kort(t, i)));
        }
        sectie.voeg_toe(Blok::Alinea(vec![
            Inline::Sterk(format!("{}:", b.kop())),
            Inline::Tekst(format!(" {tekst}")),
        ]));
    }
    let stil: Vec<String> = bevindingen
        .iter()
        .filter(|b| b.sleutel.is_some() && b.is_leeg())
        .map(|b| b.titel.clone())
        .collect();
    if !stil.is_empty() {
        sectie.voeg_toe(Blok::alinea(format!(
            "Bij {} {} zijn nog geen inzichten vastgelegd.",
            if stil.len() == 1 {
                "het thema"
            } else {
                "de thema's"
            },
            opsomming(&stil)
        )));
    }
    let lopend: Vec<&Traject> = mee
        .iter()
        .copied()
        .filter(|t| voorlopig(t) && !t.synthese.is_empty())
        .collect();
    if !lopend.is_empty() {
        sectie.voeg_toe(Blok::alinea(format!(
            "Deze conclusies zijn voorlopig voor zover ze steunen op {}: {} nog, en {} bevindingen kunnen nog veranderen.",
            namen_van(&lopend),
            if lopend.len() == 1 {
                "dat traject loopt"
            } else {
                "die trajecten lopen"
            },
            if lopend.len() == 1 { "zijn" } else { "hun" }
        )));
    }
    sectie
}

/// The annexes: the table of trajecten (table 1 of the VNG report), the quotes per thema and
/// traject with their ids, and how often both sides of a duo named a thema.
fn bijlagen(
    geteld: &[&(&Traject, &Masker, Tellingen)],
    boek: &Codeboek,
    mee: &[&Traject],
    maskers: &[&Masker],
) -> Vec<Sectie> {
    let mut uit = Vec::new();
    let mut trajectsectie = Sectie::nieuw(1, "Bijlage 1 De trajecten").op_nieuwe_pagina();
    trajectsectie.voeg_toe(Blok::Tabel {
        intro: Some(document::tekst(
            "Per traject de gemeente(n), de periode en de stand, en het thema of vraagstuk; gestopte en geannuleerde trajecten tellen in dit rapport niet mee.",
        )),
        kop: vec![
            "Gemeente(n)".to_string(),
            "Periode en stand".to_string(),
            "Thema of vraagstuk".to_string(),
        ],
        rijen: geteld
            .iter()
            .map(|(t, _, _)| {
                let mut gemeente = naam(t);
                if t.pilot {
                    gemeente.push_str(" (pilot)");
                }
                let stand = crate::document::rapport::stand_in_woorden(t);
                let stand = match crate::document::rapport::periode(t) {
                    Some(p) => format!("{p}; {stand}"),
                    None => stand,
                };
                vec![
                    gemeente,
                    hoofdletter(&stand),
                    t.vraagstuk.trim().to_string(),
                ]
            })
            .collect(),
    });
    uit.push(trajectsectie);

    // Trajecten as rows, themas as columns: the table keeps its width at any number of
    // trajecten.
    let themas = themas(boek);
    let mut kop = vec!["Traject".to_string()];
    kop.extend(themas.iter().map(|(sleutel, titel)| {
        if sleutel.is_some() {
            titel.clone()
        } else {
            "Zonder thema".to_string()
        }
    }));
    kop.push("Totaal".to_string());
    let mut totalen = vec![0usize; themas.len() + 1];
    let mut rijen = Vec::new();
    for (t, _, tel) in geteld
        .iter()
        .filter(|(t, _, tel)| telt_mee(t) && tel.per_thema.iter().sum::<usize>() > 0)
    {
        let mut rij = vec![naam(t)];
        let mut som = 0;
        for (k, n) in tel.per_thema.iter().enumerate() {
            som += n;
            totalen[k] += n;
            rij.push(n.to_string());
        }
        totalen[themas.len()] += som;
        rij.push(som.to_string());
        rijen.push(rij);
    }
    if rijen.len() > 1 {
        let mut rij = vec!["Totaal".to_string()];
        rij.extend(totalen.iter().map(usize::to_string));
        rijen.push(rij);
    }
    let mut citaatsectie = Sectie::nieuw(1, "Bijlage 2 Citaten per thema en traject");
    if rijen.is_empty() {
        citaatsectie.voeg_toe(Blok::alinea(
            "Van de trajecten die meetellen zijn geen citaten met toestemming voor landelijk gebruik vastgelegd.",
        ));
    } else {
        citaatsectie.voeg_toe(Blok::Tabel {
            intro: Some(document::tekst(
                "Het aantal citaten met toestemming voor landelijk gebruik, per traject en thema; een citaat met twee thema's telt bij beide.",
            )),
            kop,
            rijen,
        });
    }
    let mut rijen = Vec::new();
    for (k, (_, titel)) in themas.iter().filter(|(s, _)| s.is_some()).enumerate() {
        let (mut gehoord, mut beide) = (0, 0);
        for (_, _, tel) in geteld.iter().filter(|(t, _, _)| telt_mee(t)) {
            gehoord += tel.gehoord[k].0;
            beide += tel.gehoord[k].1;
        }
        rijen.push(vec![titel.clone(), gehoord.to_string(), beide.to_string()]);
    }
    if rijen.iter().any(|r| r[1] != "0") {
        citaatsectie.voeg_toe(Blok::Tabel {
            intro: Some(document::tekst(
                "Een thema dat in één duo-interview door beide deelnemers wordt genoemd, weegt zwaarder dan een thema dat twee keer van één kant komt. Per thema: in hoeveel duo-interviews het klonk, en in hoeveel daarvan beide deelnemers het noemden.",
            )),
            kop: vec![
                "Thema".to_string(),
                "Duo-interviews waarin gehoord".to_string(),
                "Door beide deelnemers".to_string(),
            ],
            rijen,
        });
    }
    uit.push(citaatsectie);
    if let Some(sectie) = meest_aangehaald(boek, mee, maskers, &themas) {
        uit.push(sectie);
    }
    uit
}

/// Annex 3: per thema the quotes the insights refer to most, with their ids.
fn meest_aangehaald(
    boek: &Codeboek,
    mee: &[&Traject],
    maskers: &[&Masker],
    themas: &[(Option<String>, String)],
) -> Option<Sectie> {
    let mut sectie = Sectie::nieuw(1, "Bijlage 3 Meest aangehaalde citaten");
    sectie.voeg_toe(Blok::alinea(
        "Per thema de citaten (hoogstens drie) waar de inzichten van de trajecten het vaakst naar verwijzen, met hun nummer in het trajectbestand.",
    ));
    let mut iets = false;
    for (sleutel, titel) in themas {
        let mut tellingen: BTreeMap<(usize, CitaatId), usize> = BTreeMap::new();
        for (nr, t) in mee.iter().enumerate() {
            for inzicht in &t.synthese {
                for id in &inzicht.citaten {
                    let Ok(id) = id.parse::<CitaatId>() else {
                        continue;
                    };
                    let Some(themas) = citaat_themas(boek, t, id) else {
                        continue;
                    };
                    let hoort = match sleutel {
                        Some(tag) => themas.contains(tag),
                        None => themas.is_empty(),
                    };
                    if hoort {
                        *tellingen.entry((nr, id)).or_default() += 1;
                    }
                }
            }
        }
        if tellingen.is_empty() {
            continue;
        }
        iets = true;
        let mut lijst: Vec<_> = tellingen.into_iter().collect();
        // Most cited first; ties in traject and id order, so the output is stable.
        lijst.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        sectie.voeg_toe(Blok::Alinea(vec![Inline::Sterk(if sleutel.is_some() {
            titel.clone()
        } else {
            ZONDER_THEMA.to_string()
        })]));
        for ((nr, id), n) in lijst.into_iter().take(3) {
            let t = mee[nr];
            let Some((interview, citaat)) = t.citaat(id) else {
                continue;
            };
            let id = id.to_string();
            sectie.voeg_toe(Blok::citaat(
                maskers[nr].citaat(citaat),
                format!(
                    "{} in {}, aangehaald in {}",
                    bron_landelijk(interview, citaat, |rol| boek.wijst_naar_een_persoon(rol)),
                    naam(t),
                    aantal(n, "inzicht", "inzichten")
                ),
                Some(&id),
            ));
        }
    }
    iets.then_some(sectie)
}

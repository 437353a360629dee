//! The rode-draden report over all trajecten of a map, like chapters 2–5 of the Rapportage
//! Visieleren: the table of trajecten, per thema the dilemma's and werkzame elementen from every
//! synthesis, how often each thema was heard, and the quotes the insights lean on most.
//!
//! Trajecten are named by their gemeenten, as in table 1 of that report; the tool's own signals
//! (weeks over the target) stay out. Trajecten that were stopped or cancelled are listed but
//! contribute no findings; quotes of interviews without consent are neither shown nor counted.
//! Every table has a fixed number of columns, whatever the number of trajecten, so nothing is
//! cut off in print.

use std::collections::BTreeMap;

use crate::document::{self, Blok, Document, Sectie, opsomming};
use crate::luisteren::citaten::{bron_landelijk, thema_titel, themas_van};
use crate::luisteren::codeboek::{Codeboek, THEMA};
use crate::model::datum::Datum;
use crate::model::fase::Status;
use crate::model::interview::CitaatId;
use crate::model::synthese::{Inzicht, InzichtSoort};
use crate::model::traject::Traject;
use crate::privacy::Masker;

const TITEL: &str = "Rode draden uit de Visieleertrajecten";
const OVERIGE: &str = "Overige thema's";

/// Drops from a traject what the report never reads, so a national map fits in memory, and
/// returns what tables 3 and 4 count of its quotes: then only the quotes an insight refers to
/// stay (the report quotes only those), and of those interviews only what attributes a quote.
/// Histories, notes, the expert team, sessions, directions, evaluation and agreements go; of a
/// traject that does not count (stopped or cancelled) everything but its row in table 1. The
/// names of the map are gathered before this, from the whole traject.
pub fn alleen_wat_telt(t: &mut Traject, boek: &Codeboek) -> Tellingen {
    t.historie = Vec::new();
    t.expertteam = Vec::new();
    t.sessies = Vec::new();
    t.richtingen = Vec::new();
    t.evaluatie = None;
    t.afspraken = Vec::new();
    t.notitie = None;
    t.kernvraag = None;
    if !telt_mee(t) {
        t.interviews = Vec::new();
        t.synthese = Vec::new();
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
    Tellingen { per_thema, gehoord }
}

/// Whether a traject's findings count.
pub fn telt_mee(t: &Traject) -> bool {
    matches!(t.status, Status::Lopend | Status::Afgerond)
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
    document::markdown::render(&document(&geteld(trajecten, boek), vandaag, boek))
}

/// The report as one self-contained HTML file.
pub fn html(trajecten: &[(Traject, Masker)], vandaag: Datum, boek: &Codeboek) -> String {
    document::html::render(&document(&geteld(trajecten, boek), vandaag, boek))
}

/// The report as markdown, from trajecten summarised by [`alleen_wat_telt`] with their counts.
pub fn markdown_samengevat(
    trajecten: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
) -> String {
    document::markdown::render(&document(trajecten, vandaag, boek))
}

/// The report as HTML, from trajecten summarised by [`alleen_wat_telt`] with their counts.
pub fn html_samengevat(
    trajecten: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
) -> String {
    document::html::render(&document(trajecten, vandaag, boek))
}

fn meervoud(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

/// A traject by name: its gemeenten.
fn naam(t: &Traject) -> String {
    opsomming(&t.gemeenten)
}

/// Traject names as a list; with "; " between them when a name is itself a list of
/// gemeenten ("Bloemendorp en Kanaalstad; Zeewijk").
fn namenlijst(namen: &[String]) -> String {
    if namen.iter().any(|n| n.contains(" en ") || n.contains(',')) {
        namen.join("; ")
    } else {
        opsomming(namen)
    }
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

/// A short conclusion for a thema, from the insights of all trajecten: in how many trajecten
/// it led to insights, of which kind, and the insight with the most support.
fn conclusie(
    mee: &[&Traject],
    dilemmas: &[(&Traject, &Inzicht)],
    werkzaam: &[(&Traject, &Inzicht)],
    overig: &[(&Traject, &Inzicht)],
) -> String {
    let alle: Vec<&(&Traject, &Inzicht)> = dilemmas.iter().chain(werkzaam).chain(overig).collect();
    let mut namen: Vec<String> = Vec::new();
    for (t, _) in &alle {
        if !namen.contains(&naam(t)) {
            namen.push(naam(t));
        }
    }
    let mut delen = Vec::new();
    if !dilemmas.is_empty() {
        delen.push(meervoud(
            dilemmas.len(),
            "dilemma of uitdaging",
            "dilemma's en uitdagingen",
        ));
    }
    if !werkzaam.is_empty() {
        delen.push(meervoud(
            werkzaam.len(),
            "werkzaam element",
            "werkzame elementen",
        ));
    }
    if !overig.is_empty() {
        delen.push(meervoud(overig.len(), "ander inzicht", "andere inzichten"));
    }
    let mut uit = format!(
        "Dit thema leidde in {} van de {} trajecten met bevindingen tot inzichten ({}): {}.",
        namen.len(),
        mee.iter().filter(|t| !t.synthese.is_empty()).count(),
        namenlijst(&namen),
        opsomming(&delen)
    );
    uit.push_str(if namen.len() > 1 {
        " Het komt in meer trajecten terug en is daarmee een rode draad."
    } else {
        " Het klonk in één traject; of het een rode draad is, moet blijken uit meer trajecten."
    });
    // The insight with the most supporting quotes; the first in the report on a tie.
    let mut sterkst: Option<&(&Traject, &Inzicht)> = None;
    for i in &alle {
        if sterkst.is_none_or(|s| i.1.citaten.len() > s.1.citaten.len()) {
            sterkst = Some(i);
        }
    }
    if let Some((t, i)) = sterkst.filter(|s| s.1.citaten.len() > 1) {
        uit.push_str(&format!(
            " Het best onderbouwd, met {} citaten: \u{201c}{}\u{201d} ({}).",
            i.citaten.len(),
            i.tekst.trim(),
            naam(t)
        ));
    }
    uit
}

/// The report as a document.
pub fn document(
    geteld: &[(&Traject, &Masker, Tellingen)],
    vandaag: Datum,
    boek: &Codeboek,
) -> Document {
    let trajecten: Vec<&Traject> = geteld.iter().map(|(t, _, _)| *t).collect();
    let (mee, maskers): (Vec<&Traject>, Vec<&Masker>) = geteld
        .iter()
        .filter(|(t, _, _)| telt_mee(t))
        .map(|(t, masker, _)| (*t, *masker))
        .unzip();
    let met_bevindingen = mee.iter().filter(|t| !t.synthese.is_empty()).count();
    let mut doc = Document::nieuw(TITEL);
    doc.voettekst = Some(TITEL.to_string());

    let mut trajectsectie = Sectie::nieuw(1, "1 De trajecten").met(Blok::alinea(format!(
        "Stand van {}: {} in deze map, waarvan {} met bevindingen.",
        vandaag.voluit(),
        meervoud(trajecten.len(), "traject", "trajecten"),
        met_bevindingen
    )));
    trajectsectie.voeg_toe(Blok::Tabel {
        intro: Some(document::tekst(
            "Per traject de gemeente(n), de periode en de stand, en het vraagstuk.",
        )),
        kop: vec![
            "Gemeente(n)".to_string(),
            "Periode en stand".to_string(),
            "Vraagstuk".to_string(),
        ],
        rijen: trajecten
            .iter()
            .map(|t| {
                let mut gemeente = naam(t);
                if t.pilot {
                    gemeente.push_str(" (pilot)");
                }
                let stand = crate::document::rapport::stand_in_woorden(t);
                let stand = match crate::document::rapport::periode(t) {
                    Some(p) => format!("{p}; {stand}"),
                    None => stand,
                };
                let stand = crate::taal::hoofdletter(&stand);
                vec![gemeente, stand, t.vraagstuk.trim().to_string()]
            })
            .collect(),
    });
    let buiten: Vec<String> = trajecten
        .iter()
        .filter(|t| !telt_mee(t))
        .map(|t| format!("{} ({})", naam(t), t.status))
        .collect();
    if !buiten.is_empty() {
        trajectsectie.voeg_toe(Blok::alinea(format!(
            "Gestopt of geannuleerd, en daarom zonder bevindingen in dit rapport: {}.",
            namenlijst(&buiten)
        )));
    }
    doc.secties.push(trajectsectie);

    doc.secties.push(Sectie::nieuw(1, "2 Rode draden per thema").met(Blok::alinea(format!(
        "Per thema een korte conclusie en de inzichten uit de synthese van elk traject. Een inzicht hoort bij een thema via de citaten die het onderbouwen; een inzicht zonder zulke citaten staat onder {OVERIGE}."
    ))));
    for (sleutel, titel) in themas(boek) {
        let dilemmas = inzichten_bij(&mee, boek, &sleutel, Some(InzichtSoort::Dilemma));
        let werkzaam = inzichten_bij(&mee, boek, &sleutel, Some(InzichtSoort::Werkzaam));
        let overig = inzichten_bij(&mee, boek, &sleutel, None);
        let mut sectie = Sectie::nieuw(2, titel);
        if dilemmas.is_empty() && werkzaam.is_empty() && overig.is_empty() {
            sectie.voeg_toe(Blok::alinea("Nog geen inzichten bij dit thema."));
            doc.secties.push(sectie);
            continue;
        }
        sectie.voeg_toe(Blok::alinea(conclusie(&mee, &dilemmas, &werkzaam, &overig)));
        doc.secties.push(sectie);
        for (kop, lijst) in [
            ("Dilemma's en uitdagingen", &dilemmas),
            ("Werkzame elementen", &werkzaam),
            ("Overige inzichten", &overig),
        ] {
            if lijst.is_empty() {
                continue;
            }
            doc.secties.push(
                Sectie::nieuw(3, kop).met(Blok::lijst(
                    lijst
                        .iter()
                        .map(|(t, i)| document::tekst(format!("{} ({})", i.tekst.trim(), naam(t)))),
                )),
            );
        }
    }

    // Trajecten as rows, themas as columns: the table keeps its width at any number of
    // trajecten.
    let themas = themas(boek);
    let mut kop = vec!["Traject".to_string()];
    kop.extend(themas.iter().map(|(_, titel)| titel.clone()));
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
    doc.secties
        .push(Sectie::nieuw(1, "3 Citaten per thema en traject").met(Blok::Tabel {
            intro: Some(document::tekst(
                "Het aantal citaten (met toestemming) per traject en thema, voor de trajecten waarvan citaten zijn vastgelegd; een citaat met twee thema's telt bij beide.",
            )),
            kop,
            rijen,
        }));

    let mut rijen = Vec::new();
    for (k, (_, titel)) in themas.iter().filter(|(s, _)| s.is_some()).enumerate() {
        let (mut gehoord, mut beide) = (0, 0);
        for (_, _, tel) in geteld.iter().filter(|(t, _, _)| telt_mee(t)) {
            gehoord += tel.gehoord[k].0;
            beide += tel.gehoord[k].1;
        }
        rijen.push(vec![titel.clone(), gehoord.to_string(), beide.to_string()]);
    }
    doc.secties.push(
        Sectie::nieuw(1, "4 Gehoord vanuit beide kanten van het duo").met(Blok::Tabel {
            intro: Some(document::tekst(
                "Een thema dat in één duo-interview door beide deelnemers wordt genoemd, weegt zwaarder dan een thema dat twee keer van één kant komt. Per thema: in hoeveel duo-interviews het klonk, en in hoeveel daarvan beide deelnemers het noemden.",
            )),
            kop: vec![
                "Thema".to_string(),
                "Duo-interviews waarin gehoord".to_string(),
                "Door beide deelnemers".to_string(),
            ],
            rijen,
        }),
    );

    doc.secties.push(
        Sectie::nieuw(1, "5 Meest aangehaalde citaten per thema").met(Blok::alinea(
            "Per thema de citaten (hoogstens drie) waar de inzichten van de trajecten het vaakst naar verwijzen.",
        )),
    );
    for (sleutel, titel) in &themas {
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
        let mut lijst: Vec<_> = tellingen.into_iter().collect();
        // Most cited first; ties in traject and id order, so the output is stable.
        lijst.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut sectie = Sectie::nieuw(2, titel.clone());
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
                    meervoud(n, "inzicht", "inzichten")
                ),
                Some(&id),
            ));
        }
        doc.secties.push(sectie);
    }
    doc
}

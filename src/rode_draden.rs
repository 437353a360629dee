//! The rode-draden report over all trajecten of a map, like chapters 2–5 of the Rapportage
//! Visieleren: the table of trajecten, per thema the dilemma's and werkzame elementen from every
//! synthesis, how often each thema was heard, and the quotes the insights lean on most.
//!
//! Trajecten that were stopped or cancelled are listed but contribute no findings; quotes of
//! interviews without consent are neither shown nor counted.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::citaten::{bron, thema_titel, themas_van};
use crate::codeboek::{Codeboek, THEMA};
use crate::datum::Datum;
use crate::fase::Status;
use crate::html::{self, Deel};
use crate::interview::CitaatId;
use crate::markdown::{blokcitaat, cel, tabel};
use crate::overzicht;
use crate::synthese::{Inzicht, InzichtSoort};
use crate::traject::Traject;

const TITEL: &str = "Rode draden uit de Visieleertrajecten";
const OVERIGE: &str = "Overige";

/// Drops from a traject what the report never reads, so a national map fits in memory: the
/// histories, the moderators' notes, and the text of every quote no insight refers to (the
/// report quotes only those; it counts the others by tag and speaker).
pub fn alleen_wat_telt(t: &mut Traject) {
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
    t.historie = Vec::new();
    for interview in &mut t.interviews {
        interview.historie = Vec::new();
        interview.aantekeningen = None;
        interview.notitie = None;
        for c in &mut interview.citaten {
            if !houden.contains(&(interview.nr, c.nr)) {
                c.tekst = String::new();
                c.origineel = None;
            }
        }
    }
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
    if !crate::traject::mag_gedeeld(interview, citaat) {
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

/// The report as markdown.
pub fn markdown(trajecten: &[Traject], vandaag: Datum, boek: &Codeboek) -> String {
    html::markdown(&delen(trajecten, vandaag, boek))
}

/// The report as one self-contained HTML file.
pub fn html(trajecten: &[Traject], vandaag: Datum, boek: &Codeboek) -> String {
    html::document(TITEL, &delen(trajecten, vandaag, boek), "")
}

fn delen(trajecten: &[Traject], vandaag: Datum, boek: &Codeboek) -> Vec<Deel> {
    let mee: Vec<&Traject> = trajecten.iter().filter(|t| telt_mee(t)).collect();
    let mut uit = String::new();
    let _ = writeln!(uit, "# {TITEL}\n");
    let _ = writeln!(
        uit,
        "Stand van {}: {} in deze map, waarvan {} met bevindingen.\n",
        vandaag.voluit(),
        if trajecten.len() == 1 {
            "1 traject".to_string()
        } else {
            format!("{} trajecten", trajecten.len())
        },
        mee.len()
    );

    let _ = writeln!(uit, "## 1 De trajecten\n");
    uit.push_str(&overzicht::markdown_tabel(&overzicht::rijen(
        trajecten, vandaag,
    )));
    uit.push('\n');
    let buiten: Vec<String> = trajecten
        .iter()
        .filter(|t| !telt_mee(t))
        .map(|t| format!("{} ({})", cel(&t.slug), t.status))
        .collect();
    if !buiten.is_empty() {
        let _ = writeln!(
            uit,
            "Gestopt of geannuleerd, en daarom zonder bevindingen in dit rapport: {}.\n",
            buiten.join(", ")
        );
    }

    let _ = writeln!(uit, "## 2 Rode draden per thema\n");
    let _ = writeln!(
        uit,
        "Per thema de inzichten uit de synthese van elk traject. Een inzicht hoort bij een thema via de citaten die het onderbouwen; een inzicht zonder zulke citaten staat onder {OVERIGE}.\n"
    );
    for (sleutel, titel) in themas(boek) {
        let _ = writeln!(uit, "### {}\n", cel(&titel));
        let mut iets = false;
        for (soort, kop) in [
            (Some(InzichtSoort::Dilemma), "Dilemma's en uitdagingen"),
            (Some(InzichtSoort::Werkzaam), "Werkzame elementen"),
            (None, "Overige inzichten"),
        ] {
            let regels: Vec<String> = mee
                .iter()
                .flat_map(|t| {
                    t.synthese
                        .iter()
                        .filter(|i| i.soort == soort)
                        .filter(|i| inzicht_themas(boek, t, i).contains(&sleutel))
                        .map(|i| format!("- {} (traject {})", cel(&i.tekst), cel(&t.slug)))
                })
                .collect();
            if regels.is_empty() {
                continue;
            }
            iets = true;
            let _ = writeln!(uit, "#### {kop}\n\n{}\n", regels.join("\n"));
        }
        if !iets {
            let _ = writeln!(uit, "Nog geen inzichten bij dit thema.\n");
        }
    }

    let _ = writeln!(uit, "## 3 Citaten per thema en traject\n");
    let _ = writeln!(
        uit,
        "Het aantal citaten (met toestemming) per thema; een citaat met twee thema's telt bij beide.\n"
    );
    let mut kop: Vec<String> = vec!["Thema".into()];
    kop.extend(mee.iter().map(|t| cel(&t.slug)));
    kop.push("Totaal".into());
    let kop: Vec<&str> = kop.iter().map(String::as_str).collect();
    let mut rijen = Vec::new();
    for (sleutel, titel) in themas(boek) {
        let mut rij = vec![cel(&titel)];
        let mut totaal = 0;
        for t in &mee {
            let n = t
                .deelbare_citaten()
                .filter(|(id, _, _)| {
                    let themas = citaat_themas(boek, t, *id).unwrap_or_default();
                    match &sleutel {
                        Some(tag) => themas.contains(tag),
                        None => themas.is_empty(),
                    }
                })
                .count();
            totaal += n;
            rij.push(n.to_string());
        }
        rij.push(totaal.to_string());
        rijen.push(rij);
    }
    uit.push_str(&tabel(&kop, &rijen));
    uit.push('\n');

    let _ = writeln!(uit, "## 4 Gehoord vanuit beide kanten van het duo\n");
    let _ = writeln!(
        uit,
        "Een thema dat in één duo-interview door beide deelnemers wordt genoemd, weegt zwaarder dan een thema dat twee keer van één kant komt. Per thema: in hoeveel duo-interviews het klonk, en in hoeveel daarvan beide deelnemers het noemden.\n"
    );
    let mut rijen = Vec::new();
    for (sleutel, titel) in themas(boek).into_iter().filter(|(s, _)| s.is_some()) {
        let (mut gehoord, mut beide) = (0, 0);
        for t in &mee {
            for interview in t.interviews.iter().filter(|i| i.heeft_toestemming()) {
                let met_thema: Vec<_> = interview
                    .citaten
                    .iter()
                    .filter(|c| crate::traject::mag_gedeeld(interview, c))
                    .filter(|c| sleutel.as_ref().is_some_and(|s| c.tags.contains(s)))
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
        }
        rijen.push(vec![cel(&titel), gehoord.to_string(), beide.to_string()]);
    }
    uit.push_str(&tabel(
        &[
            "Thema",
            "Duo-interviews waarin gehoord",
            "Door beide deelnemers",
        ],
        &rijen,
    ));
    uit.push('\n');

    let _ = writeln!(uit, "## 5 Meest aangehaalde citaten per thema\n");
    let _ = writeln!(
        uit,
        "Per thema de citaten (hoogstens drie) waar de inzichten van de trajecten het vaakst naar verwijzen.\n"
    );
    for (sleutel, titel) in themas(boek) {
        let mut tellingen: BTreeMap<(String, CitaatId), usize> = BTreeMap::new();
        for t in &mee {
            for inzicht in &t.synthese {
                for id in &inzicht.citaten {
                    let Ok(id) = id.parse::<CitaatId>() else {
                        continue;
                    };
                    let Some(themas) = citaat_themas(boek, t, id) else {
                        continue;
                    };
                    let hoort = match &sleutel {
                        Some(tag) => themas.contains(tag),
                        None => themas.is_empty(),
                    };
                    if hoort {
                        *tellingen.entry((t.slug.clone(), id)).or_default() += 1;
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
        let _ = writeln!(uit, "### {}\n", cel(&titel));
        for ((slug, id), n) in lijst.into_iter().take(3) {
            let Some(t) = mee.iter().find(|t| t.slug == slug) else {
                continue;
            };
            let Some((interview, citaat)) = t.citaat(id) else {
                continue;
            };
            let _ = writeln!(
                uit,
                "{}\n\n— {}, traject {}, citaat {id}; aangehaald in {}\n",
                blokcitaat(&crate::privacy::deelbare_tekst(t, citaat)),
                cel(&bron(interview, citaat)),
                cel(&slug),
                if n == 1 {
                    "1 inzicht".to_string()
                } else {
                    format!("{n} inzichten")
                }
            );
        }
    }
    vec![Deel::Markdown(uit)]
}

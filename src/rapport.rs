//! The eindrapportage (borgingsrapport) of one traject, as markdown.
//!
//! Quotes are attributed by role and perspective only, and quotes of an interview without
//! consent never appear.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::datum::Datum;
use crate::fase::{Fase, Status};
use crate::interview::Perspectief;
use crate::markdown::{blokcitaat, cel, tabel, tekst};
use crate::synthese::{InzichtSoort, Stap};
use crate::toon::doorlooptijd;
use crate::traject::Traject;

/// Whether the report is still a concept: before borgen, or when the traject ended early.
pub fn is_concept(t: &Traject) -> bool {
    t.fase < Fase::Borgen || matches!(t.status, Status::Gestopt | Status::Geannuleerd)
}

fn periode(t: &Traject) -> String {
    let begin = t.aanmelding.or(t.tijdlijn.werving);
    match (begin, t.tijdlijn.einde) {
        (Some(b), Some(e)) => format!("{} – {}", b.voluit(), e.voluit()),
        (Some(b), None) => format!("vanaf {}", b.voluit()),
        (None, _) => "onbekend".to_string(),
    }
}

/// The whole eindrapportage.
pub fn rapport(t: &Traject, vandaag: Datum) -> String {
    let mut uit = String::new();
    let concept = if is_concept(t) {
        "Concept-eindrapportage"
    } else {
        "Eindrapportage"
    };
    let _ = writeln!(
        uit,
        "# {concept} Visieleertraject {}\n",
        cel(&t.gemeenten_tekst())
    );
    let mut kop = vec![
        vec!["Traject".to_string(), cel(&t.slug)],
        vec!["Gemeente(n)".to_string(), cel(&t.gemeenten_tekst())],
        vec!["Periode".to_string(), periode(t)],
    ];
    if let Some(f) = &t.facilitator {
        kop.push(vec!["Facilitator".to_string(), cel(f)]);
    }
    kop.push(vec![
        "Status".to_string(),
        format!("{} (fase {})", t.status, t.fase),
    ]);
    kop.push(vec![
        "Versie".to_string(),
        if is_concept(t) {
            format!("concept, {}", vandaag.voluit())
        } else {
            vandaag.voluit()
        },
    ]);
    uit.push_str(&tabel(&["", ""], &kop));
    uit.push('\n');

    let _ = writeln!(uit, "## Samenvatting\n");
    match &t.kernvraag {
        Some(k) => {
            let _ = writeln!(uit, "De kernvraag van dit traject was: *{}*\n", cel(k));
        }
        None => {
            let _ = writeln!(uit, "De kernvraag is nog niet aangescherpt.\n");
        }
    }
    if t.richtingen.is_empty() {
        let _ = writeln!(uit, "Er zijn nog geen oplossingsrichtingen gekozen.\n");
    } else {
        let _ = writeln!(uit, "De gemeente koos deze oplossingsrichtingen:\n");
        for r in &t.richtingen {
            let _ = writeln!(uit, "- {}", cel(r));
        }
        uit.push('\n');
    }

    let _ = writeln!(uit, "## 1 Aanleiding en vraagstelling\n");
    let _ = writeln!(uit, "**Vraagstuk.** {}\n", tekst(&t.vraagstuk));
    if let Some(k) = &t.kernvraag {
        let _ = writeln!(uit, "**Kernvraag.** {}\n", tekst(k));
    }

    let _ = writeln!(uit, "## 2 Aanpak\n");
    let _ = writeln!(uit, "### Fasen\n");
    let fasen: Vec<Vec<String>> = Fase::ALLE
        .iter()
        .map(|&f| {
            vec![
                format!("{}. {f}", f.nummer()),
                t.tijdlijn
                    .begin(f)
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "—".into()),
                t.tijdlijn
                    .eind(f)
                    .filter(|_| t.tijdlijn.begin(f).is_some())
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    uit.push_str(&tabel(&["Fase", "Begin", "Einde"], &fasen));
    let _ = writeln!(uit, "\nDoorlooptijd: {}.\n", doorlooptijd(t, vandaag));

    let _ = writeln!(uit, "### Bijeenkomsten\n");
    let gehouden: Vec<_> = t.sessies.iter().filter(|s| s.gehouden()).collect();
    if gehouden.is_empty() {
        let _ = writeln!(uit, "Er zijn nog geen bijeenkomsten gehouden.\n");
    } else {
        for s in gehouden {
            let _ = writeln!(
                uit,
                "- {}: {}",
                s.soort.titel(),
                s.datum
                    .map(|d| d.voluit())
                    .unwrap_or_else(|| "datum onbekend".into())
            );
        }
        uit.push('\n');
    }

    let _ = writeln!(uit, "### Duo-interviews\n");
    let mut per_perspectief: BTreeMap<Perspectief, usize> = BTreeMap::new();
    for i in &t.interviews {
        for d in &i.duo {
            *per_perspectief.entry(d.perspectief).or_default() += 1;
        }
    }
    let _ = writeln!(
        uit,
        "Er {} {} duo-{} gehouden, met {} deelnemers.\n",
        if t.interviews.len() == 1 {
            "is"
        } else {
            "zijn"
        },
        t.interviews.len(),
        if t.interviews.len() == 1 {
            "interview"
        } else {
            "interviews"
        },
        t.interviews.len() * 2
    );
    if !per_perspectief.is_empty() {
        let rijen: Vec<Vec<String>> = per_perspectief
            .iter()
            .map(|(p, n)| vec![p.naam().to_string(), n.to_string()])
            .collect();
        uit.push_str(&tabel(&["Perspectief", "Deelnemers"], &rijen));
        uit.push('\n');
    }

    let _ = writeln!(uit, "### Expertteam\n");
    if t.expertteam.is_empty() {
        let _ = writeln!(uit, "Er is nog geen expertteam samengesteld.\n");
    } else {
        let rijen: Vec<Vec<String>> = t
            .expertteam
            .iter()
            .map(|e| {
                vec![
                    cel(&e.naam),
                    e.expertise.as_deref().map(cel).unwrap_or_default(),
                ]
            })
            .collect();
        uit.push_str(&tabel(&["Naam", "Expertise"], &rijen));
        uit.push('\n');
    }

    let _ = writeln!(uit, "## 3 Wat we hoorden\n");
    let citaten: Vec<_> = t.deelbare_citaten().collect();
    if citaten.is_empty() {
        let _ = writeln!(
            uit,
            "Er zijn (nog) geen citaten die gedeeld mogen worden.\n"
        );
    }
    for (id, interview, citaat) in citaten {
        uit.push_str(&blokcitaat(&crate::privacy::deelbare_tekst(t, citaat)));
        let bron = match (&citaat.van, Traject::perspectief_van(interview, citaat)) {
            (Some(rol), Some(p)) => format!("{} ({p})", cel(rol)),
            _ => interview
                .duo
                .iter()
                .map(|d| format!("{} ({})", cel(&d.rol), d.perspectief))
                .collect::<Vec<_>>()
                .join(" en "),
        };
        let _ = writeln!(uit, "\n\n— {bron}, citaat {id}\n");
    }

    let _ = writeln!(uit, "## 4 Synthese\n");
    for stap in Stap::ALLE {
        let _ = writeln!(uit, "### {}\n", stap.titel());
        let inzichten: Vec<_> = t.inzichten(stap).collect();
        if inzichten.is_empty() {
            let _ = writeln!(uit, "Nog geen inzichten.\n");
            continue;
        }
        for inzicht in inzichten {
            let soort = match inzicht.soort {
                Some(InzichtSoort::Dilemma) => "**Dilemma.** ",
                Some(InzichtSoort::Werkzaam) => "**Werkzaam element.** ",
                None => "",
            };
            let bronnen = if inzicht.citaten.is_empty() {
                String::new()
            } else {
                format!(" (citaten {})", inzicht.citaten.join(", "))
            };
            let _ = writeln!(uit, "- {soort}{}{bronnen}", cel(&inzicht.tekst));
        }
        uit.push('\n');
    }

    let _ = writeln!(uit, "## 5 Oplossingsrichtingen en handelingsperspectief\n");
    if t.richtingen.is_empty() {
        let _ = writeln!(uit, "Nog geen oplossingsrichtingen gekozen.\n");
    } else {
        for (nr, r) in t.richtingen.iter().enumerate() {
            let _ = writeln!(uit, "{}. {}", nr + 1, cel(r));
        }
        uit.push('\n');
    }

    let _ = writeln!(uit, "## 6 Evaluatie\n");
    match &t.evaluatie {
        None => {
            let _ = writeln!(uit, "De evaluatie is nog niet vastgelegd.");
        }
        Some(e) => {
            let _ = writeln!(uit, "**Proces.** {}\n", tekst(&e.proces));
            let _ = writeln!(uit, "**Opgehaalde inzichten.** {}\n", tekst(&e.inzichten));
            let _ = writeln!(uit, "**Vervolg.** {}", tekst(&e.vervolg));
        }
    }
    uit
}

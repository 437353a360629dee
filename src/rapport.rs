//! The eindrapportage (borgingsrapport) of one traject, as markdown and as HTML.
//!
//! The chapters follow the conventions of Dutch municipal reports: a title block, a
//! Samenvatting, then 1 Aanleiding en vraagstelling, 2 Aanpak, 3 Wat we hoorden, 4 Synthese,
//! 5 Oplossingsrichtingen, 6 Borging, and annexes with the quotes behind the synthesis.
//! Quotes are attributed by role and perspective only, and quotes of an interview without
//! consent never appear.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::citaten::{bron, perspectief, perspectief_titel, telt_als_kern, thema_titel, thema_van};
use crate::codeboek::{Codeboek, THEMA};
use crate::datum::Datum;
use crate::fase::{Fase, Status};
use crate::html::{self, Deel};
use crate::interview::{Citaat, CitaatId, Interview, Perspectief};
use crate::markdown::{blokcitaat, cel, tabel, tekst};
use crate::sessie::SessieSoort;
use crate::synthese::{Inzicht, InzichtSoort, Stap};
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

/// The whole eindrapportage as markdown.
pub fn rapport(t: &Traject, vandaag: Datum, boek: &Codeboek) -> String {
    html::markdown(&delen(t, vandaag, boek))
}

/// The whole eindrapportage as one self-contained HTML file.
pub fn rapport_html(t: &Traject, vandaag: Datum, boek: &Codeboek) -> String {
    html::document(&titel(t), &delen(t, vandaag, boek), "")
}

fn titel(t: &Traject) -> String {
    let soort = if is_concept(t) {
        "Concept-eindrapportage"
    } else {
        "Eindrapportage"
    };
    format!("{soort} Visieleertraject {}", t.gemeenten_tekst())
}

/// A quote as it appears in any document: the blockquote, then its attribution.
pub fn citaat_blok(t: &Traject, id: CitaatId, interview: &Interview, citaat: &Citaat) -> String {
    format!(
        "{}\n\n— {}, citaat {id}\n\n",
        blokcitaat(&crate::privacy::deelbare_tekst(t, citaat)),
        cel(&bron(interview, citaat))
    )
}

fn meervoud(n: usize, een: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { een } else { meer })
}

/// The report in parts: markdown, with the drawn timeline between them for the HTML output.
pub fn delen(t: &Traject, vandaag: Datum, boek: &Codeboek) -> Vec<Deel> {
    let mut delen = Vec::new();
    let mut uit = String::new();
    titelblok(&mut uit, t, vandaag);
    samenvatting(&mut uit, t);
    aanleiding(&mut uit, t);
    let _ = writeln!(uit, "## 2 Aanpak\n");
    let _ = writeln!(uit, "### Fasen en doorlooptijd\n");
    delen.push(Deel::Markdown(std::mem::take(&mut uit)));
    if let Some(svg) = crate::svg::tijdlijn(t, vandaag) {
        delen.push(Deel::Getekend(svg));
    }
    aanpak(&mut uit, t, vandaag);
    wat_we_hoorden(&mut uit, t, boek);
    synthese(&mut uit, t);
    richtingen(&mut uit, t);
    borging(&mut uit, t, vandaag);
    bijlagen(&mut uit, t);
    delen.push(Deel::Markdown(uit));
    delen
}

fn titelblok(uit: &mut String, t: &Traject, vandaag: Datum) {
    let _ = writeln!(uit, "# {}\n", cel(&titel(t)));
    let mut kop = vec![
        vec!["Traject".to_string(), cel(&t.slug)],
        vec!["Gemeente(n)".to_string(), cel(&t.gemeenten_tekst())],
    ];
    if let Some(thema) = &t.thema {
        kop.push(vec!["Thema".to_string(), cel(thema)]);
    }
    kop.push(vec!["Periode".to_string(), periode(t)]);
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
}

fn samenvatting(uit: &mut String, t: &Traject) {
    let _ = writeln!(uit, "## Samenvatting\n");
    let _ = writeln!(
        uit,
        "{} werkte in een Visieleertraject aan dit vraagstuk: {}\n",
        cel(&t.gemeenten_tekst()),
        cel(&t.vraagstuk)
    );
    match &t.kernvraag {
        Some(k) => {
            let _ = writeln!(uit, "De kernvraag was: *{}*\n", cel(k));
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
}

fn aanleiding(uit: &mut String, t: &Traject) {
    let _ = writeln!(uit, "## 1 Aanleiding en vraagstelling\n");
    let _ = writeln!(uit, "**Vraagstuk.** {}\n", tekst(&t.vraagstuk));
    match &t.kernvraag {
        Some(k) => {
            let _ = writeln!(uit, "**Kernvraag.** {}\n", tekst(k));
        }
        None => {
            let _ = writeln!(uit, "**Kernvraag.** Nog niet aangescherpt.\n");
        }
    }
}

fn aanpak(uit: &mut String, t: &Traject, vandaag: Datum) {
    let fasen: Vec<Vec<String>> = Fase::ALLE
        .iter()
        .map(|&f| {
            let begin = t.tijdlijn.begin(f);
            let eind = t.tijdlijn.eind(f).filter(|_| begin.is_some());
            vec![
                format!("{}. {f}", f.nummer()),
                begin.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                eind.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                match (begin, eind) {
                    (Some(b), Some(e)) => meervoud(b.dagen_tot(e).max(0) as usize, "dag", "dagen"),
                    _ => "—".into(),
                },
            ]
        })
        .collect();
    uit.push_str(&tabel(&["Fase", "Begin", "Einde", "Duur"], &fasen));
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
    let n = t.interviews.len();
    let _ = writeln!(
        uit,
        "Er {} {} gehouden, met {}.\n",
        if n == 1 { "is" } else { "zijn" },
        meervoud(n, "duo-interview", "duo-interviews"),
        meervoud(n * 2, "deelnemer", "deelnemers")
    );
    let mut per_perspectief: BTreeMap<Perspectief, usize> = BTreeMap::new();
    let mut paren: BTreeMap<(Perspectief, Perspectief), usize> = BTreeMap::new();
    for i in &t.interviews {
        for d in &i.duo {
            *per_perspectief.entry(d.perspectief).or_default() += 1;
        }
        if let [a, b] = i.duo.as_slice() {
            let (x, y) = if a.perspectief <= b.perspectief {
                (a.perspectief, b.perspectief)
            } else {
                (b.perspectief, a.perspectief)
            };
            *paren.entry((x, y)).or_default() += 1;
        }
    }
    if !per_perspectief.is_empty() {
        let rijen: Vec<Vec<String>> = per_perspectief
            .iter()
            .map(|(p, n)| vec![p.naam().to_string(), n.to_string()])
            .collect();
        uit.push_str(&tabel(&["Perspectief", "Deelnemers"], &rijen));
        uit.push('\n');
        let _ = writeln!(
            uit,
            "Welke perspectieven samen een duo vormden (aantal duo-interviews):\n"
        );
        let aanwezig: Vec<Perspectief> = per_perspectief.keys().copied().collect();
        let mut kop = vec![String::new()];
        kop.extend(aanwezig.iter().map(|p| p.naam().to_string()));
        let kop: Vec<&str> = kop.iter().map(String::as_str).collect();
        let rijen: Vec<Vec<String>> = aanwezig
            .iter()
            .map(|&rij| {
                let mut cellen = vec![rij.naam().to_string()];
                for &kolom in &aanwezig {
                    let sleutel = if rij <= kolom {
                        (rij, kolom)
                    } else {
                        (kolom, rij)
                    };
                    cellen.push(paren.get(&sleutel).copied().unwrap_or(0).to_string());
                }
                cellen
            })
            .collect();
        uit.push_str(&tabel(&kop, &rijen));
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
}

/// Quotes are grouped by the thema group of the map's codebook.
fn wat_we_hoorden(uit: &mut String, t: &Traject, boek: &Codeboek) {
    let _ = writeln!(uit, "## 3 Wat we hoorden\n");
    let kern: Vec<_> = t
        .deelbare_citaten()
        .filter(|(_, _, c)| telt_als_kern(t, c))
        .collect();
    let achtergehouden = t.achtergehouden_citaten();
    if kern.is_empty() {
        let _ = writeln!(
            uit,
            "Er zijn (nog) geen citaten die gedeeld mogen worden.\n"
        );
    } else {
        let _ = writeln!(
            uit,
            "De citaten komen uit de duo-interviews. Ze staan per thema, en binnen een thema per perspectief; wie iets zei noemen we alleen met rol en perspectief.\n"
        );
    }
    if achtergehouden > 0 {
        let _ = writeln!(
            uit,
            "{} uit duo-interviews zonder toestemming {} niet in dit rapport.\n",
            meervoud(achtergehouden, "citaat", "citaten"),
            if achtergehouden == 1 {
                "staat"
            } else {
                "staan"
            }
        );
    }
    let mut groepen: Vec<(String, Vec<_>)> = boek
        .groep(THEMA)
        .map(|tag| {
            let citaten: Vec<_> = kern
                .iter()
                .filter(|(_, _, c)| thema_van(boek, c).is_some_and(|t| t.tag == tag.tag))
                .copied()
                .collect();
            (thema_titel(tag), citaten)
        })
        .collect();
    groepen.push((
        "Overige".to_string(),
        kern.iter()
            .filter(|(_, _, c)| thema_van(boek, c).is_none())
            .copied()
            .collect(),
    ));
    for (titel, citaten) in groepen {
        if citaten.is_empty() {
            continue;
        }
        let _ = writeln!(uit, "### {}\n", cel(&titel));
        let volgorde = Perspectief::ALLE.map(Some).into_iter().chain([None]);
        for p in volgorde {
            let hier: Vec<_> = citaten
                .iter()
                .filter(|(_, i, c)| perspectief(i, c) == p)
                .collect();
            if hier.is_empty() {
                continue;
            }
            let _ = writeln!(uit, "#### {}\n", perspectief_titel(p));
            for (id, interview, citaat) in hier {
                uit.push_str(&citaat_blok(t, *id, interview, citaat));
            }
        }
    }
}

fn bronnen(inzicht: &Inzicht) -> String {
    if inzicht.citaten.is_empty() {
        String::new()
    } else {
        format!(
            " (citaten {}; zie bijlage A)",
            inzicht
                .citaten
                .iter()
                .map(|c| cel(c))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn synthese(uit: &mut String, t: &Traject) {
    let _ = writeln!(uit, "## 4 Synthese\n");
    let _ = writeln!(
        uit,
        "De synthese gebeurde in drie stappen: de moderatoren, het expertteam en de reflectie in de ontwerpsessie.\n"
    );
    for stap in Stap::ALLE {
        let _ = writeln!(uit, "### {}\n", stap.titel());
        let inzichten: Vec<_> = t.inzichten(stap).collect();
        if inzichten.is_empty() {
            let _ = writeln!(uit, "Nog geen inzichten.\n");
            continue;
        }
        for (soort, kop) in [
            (Some(InzichtSoort::Dilemma), "Dilemma's en uitdagingen"),
            (Some(InzichtSoort::Werkzaam), "Werkzame elementen"),
            (None, "Overige inzichten"),
        ] {
            let hier: Vec<_> = inzichten.iter().filter(|i| i.soort == soort).collect();
            if hier.is_empty() {
                continue;
            }
            let _ = writeln!(uit, "#### {kop}\n");
            for inzicht in hier {
                let _ = writeln!(uit, "- {}{}", cel(&inzicht.tekst), bronnen(inzicht));
            }
            uit.push('\n');
        }
    }
}

fn richtingen(uit: &mut String, t: &Traject) {
    let _ = writeln!(uit, "## 5 Oplossingsrichtingen en handelingsperspectief\n");
    if t.richtingen.is_empty() {
        let _ = writeln!(uit, "Nog geen oplossingsrichtingen gekozen.\n");
    } else {
        for (nr, r) in t.richtingen.iter().enumerate() {
            let _ = writeln!(uit, "{}. {}", nr + 1, cel(r));
        }
        uit.push('\n');
    }
}

fn borging(uit: &mut String, t: &Traject, vandaag: Datum) {
    let _ = writeln!(uit, "## 6 Borging\n");
    let _ = writeln!(uit, "### Afspraken\n");
    if t.afspraken.is_empty() {
        let _ = writeln!(uit, "Er zijn nog geen vervolgafspraken vastgelegd.\n");
    } else {
        let rijen: Vec<Vec<String>> = t
            .afspraken
            .iter()
            .map(|a| {
                let stand = match a.laatste_nazorg() {
                    Some(n) => format!("{} ({})", n.stand, n.datum),
                    None if a.is_verlopen(vandaag) => "geen nazorg, datum verstreken".into(),
                    None => "nog geen nazorg".into(),
                };
                vec![
                    a.nr.to_string(),
                    cel(&a.tekst),
                    cel(&a.eigenaar),
                    a.streefwaarde
                        .as_deref()
                        .map(cel)
                        .unwrap_or_else(|| "—".into()),
                    a.datum.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                    stand,
                ]
            })
            .collect();
        uit.push_str(&tabel(
            &[
                "Nr",
                "Afspraak",
                "Eigenaar",
                "Streefwaarde",
                "Bekijken op",
                "Stand",
            ],
            &rijen,
        ));
        uit.push('\n');
    }

    let _ = writeln!(uit, "### Evaluatie\n");
    match &t.evaluatie {
        None => {
            let _ = writeln!(uit, "De evaluatie is nog niet vastgelegd.\n");
        }
        Some(e) => {
            let _ = writeln!(uit, "**Proces.** {}\n", tekst(&e.proces));
            let _ = writeln!(uit, "**Opgehaalde inzichten.** {}\n", tekst(&e.inzichten));
            let _ = writeln!(uit, "**Vervolg.** {}\n", tekst(&e.vervolg));
        }
    }

    // The nazorggesprek happens after the traject is finished, so its date comes from a
    // nazorg session when one was recorded in time, and otherwise from the nazorg entries.
    let mut gesprekken: Vec<Datum> = t
        .sessies
        .iter()
        .filter(|s| s.soort == SessieSoort::Nazorg && s.gehouden())
        .filter_map(|s| s.datum)
        .chain(
            t.afspraken
                .iter()
                .flat_map(|a| a.nazorg.iter().map(|n| n.datum)),
        )
        .collect();
    gesprekken.sort();
    gesprekken.dedup();
    let met_nazorg: Vec<_> = t
        .afspraken
        .iter()
        .filter(|a| !a.nazorg.is_empty())
        .collect();
    if gesprekken.is_empty() && met_nazorg.is_empty() {
        return;
    }
    let _ = writeln!(uit, "### Nazorggesprek\n");
    if !gesprekken.is_empty() {
        let _ = writeln!(
            uit,
            "Het nazorggesprek vond plaats op {}.\n",
            gesprekken
                .iter()
                .map(|d| d.voluit())
                .collect::<Vec<_>>()
                .join(" en ")
        );
    }
    for a in met_nazorg {
        for n in &a.nazorg {
            let _ = writeln!(
                uit,
                "**Afspraak {}: {}** Stand op {}: {}.\n\n{}\n",
                a.nr,
                cel(&a.tekst),
                n.datum.voluit(),
                n.stand,
                tekst(&n.verhaal)
            );
        }
    }
}

fn bijlagen(uit: &mut String, t: &Traject) {
    let met_citaten: Vec<_> = t
        .synthese
        .iter()
        .filter(|i| !i.citaten.is_empty())
        .collect();
    if !met_citaten.is_empty() {
        let _ = writeln!(uit, "## Bijlage A Citaten bij de synthese\n");
        for stap in Stap::ALLE {
            for inzicht in met_citaten.iter().filter(|i| i.stap == stap) {
                let _ = writeln!(
                    uit,
                    "### Bij inzicht {} ({}): {}\n",
                    inzicht.nr,
                    stap.naam(),
                    cel(&inzicht.tekst)
                );
                for id in &inzicht.citaten {
                    let gevonden = id
                        .parse::<CitaatId>()
                        .ok()
                        .and_then(|id| t.citaat(id).map(|(i, c)| (id, i, c)));
                    match gevonden {
                        Some((id, i, c)) if crate::traject::mag_gedeeld(i, c) => {
                            uit.push_str(&citaat_blok(t, id, i, c));
                        }
                        Some((id, _, _)) => {
                            let _ = writeln!(
                                uit,
                                "Citaat {id} komt uit een duo-interview zonder toestemming en staat daarom niet in dit rapport.\n"
                            );
                        }
                        None => {
                            let _ = writeln!(uit, "Citaat {} bestaat niet meer.\n", cel(id));
                        }
                    }
                }
            }
        }
    }
    let overige: Vec<_> = t
        .deelbare_citaten()
        .filter(|(_, _, c)| !telt_als_kern(t, c))
        .collect();
    if !overige.is_empty() {
        let _ = writeln!(uit, "## Bijlage B Overige citaten\n");
        for (id, interview, citaat) in overige {
            uit.push_str(&citaat_blok(t, id, interview, citaat));
        }
    }
}

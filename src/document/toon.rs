//! The traject at a glance, for the terminal: phase bar, gate checklist, dates, doorlooptijd.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::methode::poort::poort;
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::interview::Perspectief;
use crate::model::traject::{STREEF_WEKEN_MAX, STREEF_WEKEN_MIN, Traject};

/// The phase bar: `✔ werving ─ ● starten ─ ○ luisteren …`.
pub fn fasebalk(t: &Traject) -> String {
    Fase::ALLE
        .iter()
        .map(|&fase| {
            let teken = if fase < t.fase || t.status == Status::Afgerond {
                "✔"
            } else if fase == t.fase && t.is_lopend() {
                "●"
            } else if fase == t.fase {
                "✖"
            } else {
                "○"
            };
            format!("{teken} {fase}")
        })
        .collect::<Vec<_>>()
        .join(" ─ ")
}

/// The doorlooptijd in words, against the 7–10 week target.
pub fn doorlooptijd(t: &Traject, vandaag: Datum) -> String {
    match t.doorlooptijd_weken(vandaag) {
        None => "onbekend (nog geen aanmelding door B&W)".to_string(),
        Some(weken) => {
            let oordeel = if weken > STREEF_WEKEN_MAX {
                if t.is_lopend() {
                    ", over de streeftijd"
                } else {
                    ", langer dan de streeftijd"
                }
            } else {
                ""
            };
            format!(
                "{weken} {} sinds de aanmelding (streeftijd {STREEF_WEKEN_MIN}–{STREEF_WEKEN_MAX} weken{oordeel})",
                if weken == 1 { "week" } else { "weken" }
            )
        }
    }
}

fn datum_of_streep(d: Option<Datum>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".to_string())
}

/// Everything `visieleer toon` prints.
pub fn toon(t: &Traject, vandaag: Datum) -> String {
    let mut uit = String::new();
    let _ = writeln!(uit, "Traject {} — {}", t.slug, t.gemeenten_tekst());
    let _ = writeln!(uit, "Vraagstuk: {}", t.vraagstuk);
    let _ = writeln!(
        uit,
        "Kernvraag: {}",
        t.kernvraag.as_deref().unwrap_or("(nog niet aangescherpt)")
    );
    if let Some(f) = &t.facilitator {
        let _ = writeln!(uit, "Facilitator: {f}");
    }
    let status = match t.status {
        Status::Lopend => format!("lopend, fase {} van 5: {}", t.fase.nummer(), t.fase),
        Status::Afgerond => "afgerond".to_string(),
        Status::Gestopt | Status::Geannuleerd => format!(
            "{} in fase {}{}",
            t.status,
            t.fase,
            t.reden
                .as_deref()
                .map(|r| format!(" — {r}"))
                .unwrap_or_default()
        ),
    };
    let _ = writeln!(uit, "Status: {status}");
    let _ = writeln!(uit);
    let _ = writeln!(uit, "  {}", fasebalk(t));
    let _ = writeln!(uit);
    let _ = writeln!(uit, "Fasen:");
    for fase in Fase::ALLE {
        let regel = match t.periode(fase) {
            None => "—".to_string(),
            Some((b, Some(e))) => format!("{b} t/m {e}"),
            Some((b, None)) => format!("{b} t/m …"),
        };
        let _ = writeln!(uit, "  {:<10} {regel}", fase.naam());
    }
    if let Some(aanmelding) = t.aanmelding {
        let _ = writeln!(uit, "Aanmelding B&W: {aanmelding}");
    }
    if let Some(einde) = t.tijdlijn.einde {
        let _ = writeln!(uit, "Einde: {einde}");
    }
    let _ = writeln!(uit, "Doorlooptijd: {}", doorlooptijd(t, vandaag));

    if t.is_lopend() {
        let poort = poort(t);
        let _ = writeln!(uit);
        let naar = poort.naar().map(|f| f.naam()).unwrap_or("afgerond");
        let _ = writeln!(uit, "Poort van {} naar {naar}:", t.fase);
        for eis in &poort.eisen {
            let _ = writeln!(
                uit,
                "  [{}] {}",
                if eis.voldaan { "x" } else { " " },
                eis.wat
            );
            if !eis.voldaan {
                let _ = writeln!(uit, "      → {}", eis.opdracht);
            }
        }
        for waarschuwing in &poort.waarschuwingen {
            let _ = writeln!(uit, "  Let op: {waarschuwing}.");
        }
        if poort.staat_open() {
            let _ = writeln!(
                uit,
                "  De poort staat open: visieleer volgende {} --datum DATUM (zonder --datum: vandaag)",
                t.slug
            );
        }
    }

    let _ = writeln!(uit);
    if !t.expertteam.is_empty() {
        let namen: Vec<_> = t
            .expertteam
            .iter()
            .map(|e| format!("{}. {}", e.nr, e.naam))
            .collect();
        let _ = writeln!(uit, "Expertteam: {}", namen.join(", "));
    }
    if !t.sessies.is_empty() {
        let _ = writeln!(uit, "Sessies:");
        for s in &t.sessies {
            let _ = writeln!(
                uit,
                "  {:>2}. {:<15} {}{}",
                s.nr,
                s.soort.titel(),
                match s.gepland_in {
                    Some(p) if s.datum.is_none() => p.voluit(),
                    _ => datum_of_streep(s.datum),
                },
                if s.gepland { " (gepland)" } else { "" }
            );
            if let Some(v) = &s.verslag {
                let _ = writeln!(uit, "      Verslag: {v}");
            }
        }
    }
    let met_toestemming = t
        .interviews
        .iter()
        .filter(|i| i.heeft_toestemming())
        .count();
    let citaten = t.citaten().count();
    let _ = writeln!(
        uit,
        "Duo-interviews: {} ({met_toestemming} met toestemming), citaten: {citaten}",
        t.interviews.len()
    );
    // What each use may take: the facilitator sees every quote, the documents only these.
    let nergens = t
        .citaten()
        .filter(|(_, i, c)| i.gebruiken(c).is_leeg())
        .count();
    if nergens > 0 {
        let _ = writeln!(
            uit,
            "  {nergens} {} achtergehouden: zonder toestemming komen ze in geen enkel document.",
            if nergens == 1 { "citaat" } else { "citaten" }
        );
    }
    let per_gebruik: Vec<String> = crate::model::interview::Gebruik::ALLE
        .into_iter()
        .filter_map(|gebruik| {
            let achter = t.achtergehouden_citaten(gebruik) - nergens;
            (achter > 0).then(|| format!("{achter} niet in {}", gebruik_waar(gebruik)))
        })
        .collect();
    if !per_gebruik.is_empty() {
        let _ = writeln!(
            uit,
            "  Toestemming voor een deel: {}.",
            per_gebruik.join(", ")
        );
    }
    if !t.interviews.is_empty() {
        let mut per_perspectief: BTreeMap<Perspectief, usize> = BTreeMap::new();
        for i in &t.interviews {
            for d in &i.duo {
                *per_perspectief.entry(d.perspectief).or_default() += 1;
            }
        }
        let delen: Vec<_> = per_perspectief
            .iter()
            .map(|(p, n)| format!("{p} {n}"))
            .collect();
        let _ = writeln!(uit, "  gesproken per perspectief: {}", delen.join(", "));
        if t.is_regionaal() && t.interviews.iter().any(|i| i.gemeente.is_some()) {
            let _ = writeln!(uit, "  per gemeente: {}", per_gemeente(t));
        }
    }
    if t.heeft_planning() {
        uit.push_str(&toon_planning(t));
    }
    if !t.synthese.is_empty() {
        let _ = writeln!(uit, "Synthese: {} inzichten", t.synthese.len());
    }
    if !t.richtingen.is_empty() {
        let _ = writeln!(uit, "Oplossingsrichtingen: {}", t.richtingen.len());
        for r in &t.richtingen {
            let _ = writeln!(uit, "  {:>2}. {}", r.nr, r.tekst);
        }
    }
    if t.evaluatie.is_some() {
        let _ = writeln!(uit, "Evaluatie: vastgelegd");
    }
    for (tag, inleiding) in &t.thema_inleidingen {
        let _ = writeln!(uit, "Inleiding bij #{tag}: {inleiding}");
    }
    if let Some(c) = &t.conclusie {
        let _ = writeln!(uit, "Conclusie: {c}");
    }
    uit.push_str(&toon_afspraken(t));
    let signalen = crate::methode::signalen::signalen(t, vandaag);
    if !signalen.is_empty() {
        let _ = writeln!(uit, "Signalen:");
        for signaal in signalen {
            let _ = writeln!(uit, "  Let op: {}.", signaal.zin);
        }
    }
    uit
}

/// How many interviews each gemeente of a regional traject had, and the whole region.
fn per_gemeente(t: &Traject) -> String {
    let mut delen: Vec<String> = t
        .gemeenten
        .iter()
        .map(|g| {
            let n = t
                .interviews
                .iter()
                .filter(|i| i.gemeente.as_deref() == Some(g))
                .count();
            format!("{g} {n}")
        })
        .collect();
    let regio = t.interviews.iter().filter(|i| i.gemeente.is_none()).count();
    if regio > 0 {
        delen.push(format!("hele regio {regio}"));
    }
    delen.join(", ")
}

/// The planning of the duo-interviews in `visieleer toon`: every planned interview, the held
/// ones that were planned (plan beside result), and the perspectives' coverage.
fn toon_planning(t: &Traject) -> String {
    let mut uit = String::new();
    let _ = writeln!(uit, "Planning duo-interviews:");
    let mut regels: Vec<(u32, String)> = t
        .geplande_interviews
        .iter()
        .map(|g| {
            (
                g.nr,
                format!(
                    "{}: {}",
                    g.duo_tekst(),
                    plan_en_stand(
                        g.datum,
                        g.stand.map(|s| s.naam()).unwrap_or("nog niet gevraagd")
                    )
                ),
            )
        })
        .chain(t.interviews.iter().filter_map(|i| {
            let plan = i.plan.as_ref()?;
            let duo: Vec<String> = i.duo.iter().map(|d| d.to_string()).collect();
            Some((
                i.nr,
                format!(
                    "{}: {}",
                    duo.join(" en "),
                    plan_en_stand(
                        plan.datum,
                        &format!("gehouden {}", datum_of_streep(i.datum))
                    )
                ),
            ))
        }))
        .collect();
    regels.sort_by_key(|(nr, _)| *nr);
    for (nr, regel) in regels {
        let _ = writeln!(uit, "  {nr:>2}. {regel}");
    }
    let _ = writeln!(uit, "  {}", dekking_zin(t));
    uit
}

/// "gepland september 2024, toegezegd", or "datum nog open, gevraagd".
fn plan_en_stand(datum: Option<crate::model::datum::Datering>, stand: &str) -> String {
    match datum {
        Some(d) => format!("gepland {}, {stand}", d.voluit()),
        None => format!("gepland zonder datum, {stand}"),
    }
}

/// The perspectives heard, planned and neither, in one sentence: "Perspectieven gehoord:
/// beleid en uitvoering; gepland: inwoner; nog niet gepland of gehoord: bestuur en partner."
pub fn dekking_zin(t: &Traject) -> String {
    let d = t.perspectief_dekking();
    let namen = |ps: &[Perspectief]| {
        let namen: Vec<&str> = ps.iter().map(|p| p.naam()).collect();
        crate::document::opsomming(&namen)
    };
    let mut delen = Vec::new();
    if !d.gehoord.is_empty() {
        delen.push(format!("gehoord: {}", namen(&d.gehoord)));
    }
    if !d.gepland.is_empty() {
        delen.push(format!("gepland: {}", namen(&d.gepland)));
    }
    if d.open.is_empty() {
        delen.push("elk perspectief is gehoord of gepland".to_string());
    } else {
        delen.push(format!("nog niet gepland of gehoord: {}", namen(&d.open)));
    }
    format!("Perspectieven {}.", delen.join("; "))
}

/// The afspraken block of `visieleer toon`.
fn toon_afspraken(t: &Traject) -> String {
    use std::fmt::Write as _;
    let mut uit = String::new();
    if t.afspraken.is_empty() {
        return uit;
    }
    let _ = writeln!(uit, "Afspraken:");
    for a in &t.afspraken {
        let stand = match a.laatste_nazorg() {
            Some(n) => format!("{} ({})", n.stand, n.datum),
            None => "nog geen nazorg".to_string(),
        };
        let _ = writeln!(
            uit,
            "  {}. {} — eigenaar {}{}{} — {stand}",
            a.nr,
            a.tekst,
            a.eigenaar,
            a.gemeente
                .as_deref()
                .map(|g| format!(", voor {g}"))
                .unwrap_or_default(),
            a.datum
                .map(|d| format!(", bekijken op {d}"))
                .unwrap_or_default()
        );
        if let Some(r) = a.richting {
            let _ = writeln!(uit, "     werkt oplossingsrichting {r} uit");
        }
        for n in &a.nazorg {
            let _ = writeln!(
                uit,
                "     nazorg {}.{}: {} ({}){}{}",
                a.nr,
                n.nr,
                n.stand,
                n.datum,
                n.perspectief
                    .map(|p| format!(", perspectief {p}"))
                    .unwrap_or_default(),
                n.volgende
                    .map(|v| format!(", volgende keer: {}", v.voluit()))
                    .unwrap_or_default()
            );
        }
    }
    uit
}

/// Where a use takes quotes, for the facilitator's views.
pub fn gebruik_waar(gebruik: crate::model::interview::Gebruik) -> &'static str {
    use crate::model::interview::Gebruik;
    match gebruik {
        Gebruik::Rapport => "het rapport",
        Gebruik::Kaartjes => "de kaartjes",
        Gebruik::Landelijk => "de rode draden",
        Gebruik::Onderzoek => "exports (CSV, Excel, qdpx, JSON)",
    }
}

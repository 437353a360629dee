//! The phase timeline as an inline SVG, drawn by the tool: phases as bars on a date axis,
//! sessions as marks, and the 10-week target as a line.

use std::fmt::Write as _;

use crate::document::ontsnappen::html::escape;
use crate::model::datum::Datum;
use crate::model::fase::Fase;
use crate::model::traject::{STREEF_WEKEN_MAX, Traject};

const BREEDTE: f64 = 640.0;
const LINKS: f64 = 110.0;
const RECHTS: f64 = 20.0;
const RIJ: f64 = 22.0;
const BOVEN: f64 = 26.0;

/// The timeline of a traject, or `None` when no phase has a date yet.
///
/// Phases are bars, held meetings filled diamonds with their name, planned meetings hollow
/// ones; the axis shows day and month with the year below it; a legend explains the marks.
pub fn tijdlijn(t: &Traject, vandaag: Datum) -> Option<String> {
    let balken = t.fasebalken(vandaag);
    tijdlijn_van(t, balken)
}

/// How many positions the bar column of [`tijdlijn_tabel`] has.
const STAPPEN: i64 = 20;

/// The same timeline as a table, for formats that show no SVG (Word): per phase its dates,
/// its length and a bar of `█` on a scale from the first to the last day.
pub fn tijdlijn_tabel(t: &Traject, vandaag: Datum) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let balken = t.fasebalken(vandaag);
    let begin = balken.iter().map(|b| b.1).min()?;
    let eind = balken.iter().map(|b| b.2).max()?;
    let dagen = begin.dagen_tot(eind).max(1);
    let positie = |d: Datum| (begin.dagen_tot(d) * (STAPPEN - 1) / dagen).clamp(0, STAPPEN - 1);
    let kop = ["Fase", "Van", "Tot", "Duur", "Verloop"]
        .map(String::from)
        .to_vec();
    let rijen = balken
        .iter()
        .map(|&(f, van, tot)| {
            let weken = (van.dagen_tot(tot) + 6) / 7;
            let balk: String = (0..STAPPEN)
                .map(|i| {
                    if (positie(van)..=positie(tot)).contains(&i) {
                        '█'
                    } else {
                        '·'
                    }
                })
                .collect();
            vec![
                format!("{}. {}", f.nummer(), f),
                van.voluit(),
                tot.voluit(),
                if weken == 1 {
                    "1\u{a0}week".to_string()
                } else {
                    format!("{weken}\u{a0}weken")
                },
                balk,
            ]
        })
        .collect();
    Some((kop, rijen))
}

fn tijdlijn_van(t: &Traject, balken: Vec<(Fase, Datum, Datum)>) -> Option<String> {
    let eerste = balken.iter().map(|b| b.1).min()?;
    let doel = t
        .aanmelding
        .and_then(|a| a.plus_dagen_binnen_kalender(STREEF_WEKEN_MAX * 7));
    let mut sessies: Vec<_> = t
        .sessies
        .iter()
        .filter_map(|s| s.datum.map(|d| (s, d)))
        .collect();
    sessies.sort_by_key(|(s, d)| (*d, s.soort));
    let mut laatste = balken.iter().map(|b| b.2).max()?;
    for d in doel.iter().chain(sessies.iter().map(|(_, d)| d)) {
        laatste = laatste.max(*d);
    }
    let begin = eerste.min(t.aanmelding.unwrap_or(eerste));
    let dagen = begin.dagen_tot(laatste).max(7) as f64;
    let schaal = (BREEDTE - LINKS - RECHTS) / dagen;
    let x = |d: Datum| LINKS + begin.dagen_tot(d) as f64 * schaal;

    // Five phase rows, then a row of meetings whose names take two label lines.
    let y_sessies = BOVEN + Fase::ALLE.len() as f64 * RIJ;
    let as_y = y_sessies + RIJ + 24.0;
    let legenda_y = as_y + 40.0;
    let hoogte = legenda_y + 14.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn\" role=\"img\" viewBox=\"0 0 {BREEDTE} {hoogte:.0}\" width=\"{BREEDTE}\" height=\"{hoogte:.0}\" font-family=\"sans-serif\" font-size=\"11\">"
    );
    let _ = writeln!(
        svg,
        "<title>Tijdlijn van het traject van {}: de vijf fasen, de bijeenkomsten en de streeftijd van {STREEF_WEKEN_MAX} weken</title>",
        escape(&t.gemeenten_tekst())
    );
    for (rij, fase) in Fase::ALLE.iter().enumerate() {
        let y = BOVEN + rij as f64 * RIJ;
        let _ = writeln!(
            svg,
            "<text x=\"4\" y=\"{:.1}\">{}. {}</text>",
            y + 14.0,
            fase.nummer(),
            fase.naam()
        );
        if let Some((_, b, e)) = balken.iter().find(|(f, _, _)| f == fase) {
            let breedte = ((b.dagen_tot(*e) as f64) * schaal).max(3.0);
            let _ = writeln!(
                svg,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{breedte:.1}\" height=\"14\" rx=\"2\" fill=\"#5a7fa8\"><title>{}: {} tot {}</title></rect>",
                x(*b),
                y + 3.0,
                fase.naam(),
                b.voluit(),
                e.voluit()
            );
        }
    }
    let _ = writeln!(
        svg,
        "<text x=\"4\" y=\"{:.1}\">bijeenkomsten</text>",
        y_sessies + 14.0
    );
    let my = y_sessies + 10.0;
    for (n, (sessie, d)) in sessies.iter().enumerate() {
        let mx = x(*d);
        let vulling = if sessie.gehouden() {
            "fill=\"#d9822b\""
        } else {
            "fill=\"#fff\" stroke=\"#d9822b\" stroke-width=\"1.5\""
        };
        let _ = writeln!(
            svg,
            "<path d=\"M {mx:.1} {:.1} L {:.1} {my:.1} L {mx:.1} {:.1} L {:.1} {my:.1} Z\" {vulling}><title>{}: {}</title></path>",
            my - 6.0,
            mx + 6.0,
            my + 6.0,
            mx - 6.0,
            escape(sessie.soort.titel()),
            d.voluit()
        );
        // Names alternate between two lines below the marks, so neighbours do not overlap.
        let ly = my + 18.0 + (n % 2) as f64 * 11.0;
        let anker = if mx > BREEDTE - RECHTS - 40.0 {
            "end"
        } else if mx < LINKS + 30.0 {
            "start"
        } else {
            "middle"
        };
        let _ = writeln!(
            svg,
            "<text x=\"{mx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anker}\" font-size=\"9\">{}</text>",
            escape(sessie.soort.titel())
        );
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{LINKS}\" y1=\"{as_y:.1}\" x2=\"{:.1}\" y2=\"{as_y:.1}\" stroke=\"#333\" stroke-width=\"1\"/>",
        BREEDTE - RECHTS
    );
    // A tick every week, a date label every other tick, from the first day; over a long span
    // (a date typed wrong) the ticks spread out so the figure stays small. The year stands
    // under the first label and under the first label of each new year.
    let stap = (begin.dagen_tot(laatste) / 7 / 30).max(1);
    let mut week = 0;
    let mut jaar = None;
    while week * 7 <= begin.dagen_tot(laatste) {
        let d = begin.plus_dagen(week * 7);
        let tx = x(d);
        let _ = writeln!(
            svg,
            "<line x1=\"{tx:.1}\" y1=\"{as_y:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#333\" stroke-width=\"1\"/>",
            as_y + 4.0
        );
        if (week / stap) % 2 == 0 {
            let _ = writeln!(
                svg,
                "<text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
                as_y + 15.0,
                d.dag_maand()
            );
            if jaar != Some(d.jaar()) {
                jaar = Some(d.jaar());
                let _ = writeln!(
                    svg,
                    "<text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"bold\">{}</text>",
                    as_y + 26.0,
                    d.jaar()
                );
            }
        }
        week += stap;
    }
    if let Some(doel) = doel {
        let dx = x(doel);
        let _ = writeln!(
            svg,
            "<line x1=\"{dx:.1}\" y1=\"{:.1}\" x2=\"{dx:.1}\" y2=\"{as_y:.1}\" stroke=\"#b22\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>Streeftijd: {STREEF_WEKEN_MAX} weken na de aanmelding ({})</title></line>",
            BOVEN - 8.0,
            doel.voluit()
        );
        let _ = writeln!(
            svg,
            "<text x=\"{dx:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"9\" fill=\"#b22\">{STREEF_WEKEN_MAX} weken</text>",
            BOVEN - 14.0
        );
    }
    // The legend.
    let ly = legenda_y;
    let _ = writeln!(
        svg,
        "<rect x=\"4\" y=\"{:.1}\" width=\"16\" height=\"9\" rx=\"2\" fill=\"#5a7fa8\"/><text x=\"24\" y=\"{ly:.1}\" font-size=\"9\">fase</text>",
        ly - 8.0
    );
    let _ = writeln!(
        svg,
        "<path d=\"M 76 {:.1} L 81 {:.1} L 76 {:.1} L 71 {:.1} Z\" fill=\"#d9822b\"/><text x=\"86\" y=\"{ly:.1}\" font-size=\"9\">bijeenkomst</text>",
        ly - 8.5,
        ly - 3.5,
        ly + 1.5,
        ly - 3.5
    );
    let _ = writeln!(
        svg,
        "<path d=\"M 166 {:.1} L 171 {:.1} L 166 {:.1} L 161 {:.1} Z\" fill=\"#fff\" stroke=\"#d9822b\" stroke-width=\"1.5\"/><text x=\"176\" y=\"{ly:.1}\" font-size=\"9\">gepland</text>",
        ly - 8.5,
        ly - 3.5,
        ly + 1.5,
        ly - 3.5
    );
    if doel.is_some() {
        let _ = writeln!(
            svg,
            "<line x1=\"230\" y1=\"{:.1}\" x2=\"250\" y2=\"{:.1}\" stroke=\"#b22\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><text x=\"255\" y=\"{ly:.1}\" font-size=\"9\">streeftijd: {STREEF_WEKEN_MAX} weken na de aanmelding</text>",
            ly - 3.5,
            ly - 3.5
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tekent_fasen_bijeenkomsten_en_de_streeftijd() {
        let dag = |d: &str| d.parse::<Datum>().unwrap();
        let mut t = Traject::nieuw(
            "x",
            vec!["Zeewijk".into()],
            "V".into(),
            None,
            dag("2024-01-08"),
        );
        assert!(tijdlijn(&t, dag("2024-01-08")).is_some());
        t.aanmelding = Some(dag("2024-01-15"));
        t.tijdlijn.zet_begin(Fase::Starten, dag("2024-01-15"));
        t.fase = Fase::Starten;
        t.sessies.push(crate::model::sessie::Sessie {
            nr: 1,
            soort: crate::model::sessie::SessieSoort::Kickoff,
            datum: Some(dag("2024-01-22")),
            gepland: false,
            notitie: None,
        });
        let svg = tijdlijn(&t, dag("2024-02-01")).unwrap();
        // Two phases and the legend's bar; one meeting and the legend's two marks.
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        assert_eq!(svg.matches("<path").count(), 3, "{svg}");
        assert!(svg.contains("Kick-off: 22 januari 2024"), "{svg}");
        assert!(svg.contains(">Kick-off</text>"), "{svg}");
        assert!(svg.contains(">2024</text>"), "{svg}");
        assert!(svg.contains("(25 maart 2024)</title>"), "{svg}");
        assert_eq!(svg, tijdlijn(&t, dag("2024-02-01")).unwrap());
    }

    #[test]
    fn ook_met_datums_aan_het_eind_van_de_kalender() {
        let dag = |d: &str| d.parse::<Datum>().unwrap();
        let mut t = Traject::nieuw("x", vec!["Z".into()], "V".into(), None, dag("0001-01-01"));
        t.aanmelding = Some(dag("9999-12-30"));
        let svg = tijdlijn(&t, dag("9999-12-31")).unwrap();
        assert!(svg.len() < 20_000, "{}", svg.len());
    }
}

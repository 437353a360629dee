//! The phase timeline as an inline SVG, drawn by the tool: phases as bars on a date axis,
//! sessions as marks, and the 10-week target as a line.

use std::fmt::Write as _;

use crate::document::ontsnappen::html::escape;
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::sessie::SessieSoort;
use crate::model::traject::{STREEF_WEKEN_MAX, Traject};
use crate::taal::hoofdletter;

/// The drawing's width in points: the SVG says its size in `pt`, so every font size below is
/// the size in print (in the HTML and the PDF alike), never scaled down.
const BREEDTE: f64 = 480.0;
/// The column of phase names.
const LINKS: f64 = 80.0;
const RECHTS: f64 = 8.0;
/// Room at the right edge for events after the traject (a nazorg months later).
const RAND: f64 = 46.0;
const RIJ: f64 = 17.0;
/// The band above the phases for the labels of the vertical lines (10 weeks, today, stop).
const BOVEN: f64 = 30.0;
/// Type sizes, in points: nothing smaller than 9.
const LETTER: f64 = 9.5;
const NAAM: f64 = 10.0;
const KLEIN: f64 = 9.0;
/// A generous width of an average character, as a share of the type size (the widest sans
/// faces a browser may pick average less), so a label never takes more room than counted.
pub const TEKENBREEDTE: f64 = 0.6;
/// Space kept free between two labels.
const TUSSEN: f64 = 4.0;
/// Label lines under the meetings: a label that fits on none of them is left out (every
/// meeting is listed in the text beside the figure).
const SESSIEREGELS: usize = 3;

/// The timeline of a traject, or `None` when no phase has a date yet.
///
/// Phases are bars, held meetings filled diamonds with their name, planned meetings hollow
/// ones; the axis runs from the traject's first to its last event, and a meeting long after
/// that (a nazorg) stands at the right edge with its date. A red line marks the 10-week target,
/// a line marks today on a running traject and the end on a stopped or cancelled one; a
/// legend explains the marks. Labels never overlap: each is moved to a free line or left out.
pub fn tijdlijn(t: &Traject, vandaag: Datum) -> Option<String> {
    let balken = t.fasebalken(vandaag);
    tijdlijn_van(t, balken, vandaag)
}

/// The width a label takes at a type size, counted generously (see [`TEKENBREEDTE`]).
fn breedte(tekst: &str, grootte: f64) -> f64 {
    tekst.chars().count() as f64 * grootte * TEKENBREEDTE
}

/// Placed labels on one line, to find a free place for the next.
#[derive(Default)]
struct Regel(Vec<(f64, f64)>);

impl Regel {
    fn vrij(&self, x0: f64, x1: f64) -> bool {
        self.0
            .iter()
            .all(|&(a, b)| x1 + TUSSEN <= a || x0 >= b + TUSSEN)
    }
}

/// A label written with its left edge at `x`, so its box is plain to read from the SVG.
fn label(svg: &mut String, x: f64, y: f64, grootte: f64, extra: &str, tekst: &str) {
    let _ = writeln!(
        svg,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{grootte}\" text-anchor=\"start\"{extra}>{}</text>",
        escape(tekst)
    );
}

/// How many positions the bar column of [`tijdlijn_tabel`] has.
const STAPPEN: i64 = 20;

/// The same timeline as a table, for formats that show no SVG (Word): per phase its dates,
/// its length and a bar of `█` on a scale over the traject, then each meeting (`●` held, `○`
/// planned) and the 10-week target from the aanmelding (`|`) on the same scale, so the table shows what the
/// figure's caption names. The phase a running traject is in has no end date yet: "loopt
/// nog", never today's date as if the phase ended today. A meeting after the axis (a nazorg
/// months later) stands at its right edge.
pub fn tijdlijn_tabel(t: &Traject, vandaag: Datum) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let balken = t.fasebalken(vandaag);
    let doel = t
        .aanmelding
        .and_then(|a| a.plus_dagen_binnen_kalender(STREEF_WEKEN_MAX * 7));
    let mut sessies: Vec<_> = t
        .sessies
        .iter()
        .filter_map(|s| s.datum.map(|d| (s, d)))
        .collect();
    sessies.sort_by_key(|(s, d)| (*d, s.soort));
    let begin = balken
        .iter()
        .map(|b| b.1)
        .chain(t.aanmelding)
        .chain(sessies.iter().map(|(_, d)| *d))
        .min()?;
    let eind = balken
        .iter()
        .map(|b| b.2)
        .chain(doel)
        .chain(
            sessies
                .iter()
                .filter(|(s, _)| s.soort != SessieSoort::Nazorg)
                .map(|(_, d)| *d),
        )
        .max()?;
    let dagen = begin.dagen_tot(eind).max(1);
    let positie = |d: Datum| (begin.dagen_tot(d) * (STAPPEN - 1) / dagen).clamp(0, STAPPEN - 1);
    // A date stays on one line in its cell.
    let datum = |d: Datum| d.voluit().replace(' ', "\u{a0}");
    let merk = |d: Datum, teken: char| -> String {
        (0..STAPPEN)
            .map(|i| if i == positie(d) { teken } else { '·' })
            .collect()
    };
    let kop = ["Fase", "Van", "Tot", "Duur", "Verloop"]
        .map(String::from)
        .to_vec();
    let mut rijen: Vec<Vec<String>> = balken
        .iter()
        .map(|&(f, van, tot)| {
            let loopt = t.status == Status::Lopend && f == t.fase;
            // A phase shorter than a week (a stop soon after it began) in days, never "0 weken".
            let dagen = van.dagen_tot(tot);
            let weken = (dagen + 6) / 7;
            let balk: String = (0..STAPPEN)
                .map(|i| {
                    if (positie(van)..=positie(tot)).contains(&i) {
                        '█'
                    } else {
                        '·'
                    }
                })
                .collect();
            let duur = match dagen {
                ..=1 => "1\u{a0}dag".to_string(),
                2..=6 => format!("{dagen}\u{a0}dagen"),
                7 => "1\u{a0}week".to_string(),
                _ => format!("{weken}\u{a0}weken"),
            };
            vec![
                format!("{}. {}", f.nummer(), f),
                datum(van),
                if loopt {
                    "loopt nog".to_string()
                } else {
                    datum(tot)
                },
                if loopt {
                    format!("{duur} tot nu")
                } else {
                    duur
                },
                balk,
            ]
        })
        .collect();
    for (sessie, d) in &sessies {
        rijen.push(vec![
            if sessie.gehouden() {
                sessie.soort.titel().to_string()
            } else {
                format!("{} (gepland)", sessie.soort.titel())
            },
            datum(*d),
            String::new(),
            String::new(),
            merk(*d, if sessie.gehouden() { '●' } else { '○' }),
        ]);
    }
    if let (Some(aanmelding), Some(doel)) = (t.aanmelding, doel) {
        rijen.push(vec![
            "Streeftijd".to_string(),
            datum(aanmelding),
            datum(doel),
            format!("{STREEF_WEKEN_MAX}\u{a0}weken"),
            merk(doel, '|'),
        ]);
    }
    Some((kop, rijen))
}

/// A vertical line across the phases: the 10-week target, today, or the end.
struct Lijn {
    x: f64,
    kleur: &'static str,
    streep: bool,
    label: String,
    titel: String,
}

fn tijdlijn_van(t: &Traject, balken: Vec<(Fase, Datum, Datum)>, vandaag: Datum) -> Option<String> {
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
    // The end marker: today on a running traject, the stop on one that ended early.
    let eindlijn = match t.status {
        Status::Lopend => Some((vandaag, "vandaag", "#2a7a3a")),
        Status::Gestopt => t.tijdlijn.einde.map(|d| (d, "gestopt", "#444")),
        Status::Geannuleerd => t.tijdlijn.einde.map(|d| (d, "geannuleerd", "#444")),
        Status::Afgerond => None,
    };
    // The axis covers the traject itself: its phases, its meetings but a nazorg, the target
    // and the end marker. A nazorg after that is drawn at the right edge.
    let begin = balken
        .iter()
        .map(|b| b.1)
        .chain(t.aanmelding)
        .chain(sessies.iter().map(|(_, d)| *d))
        .min()
        .unwrap_or(eerste);
    let mut eind = balken.iter().map(|b| b.2).max()?;
    for d in doel.iter().copied().chain(eindlijn.map(|e| e.0)).chain(
        sessies
            .iter()
            .filter(|(s, _)| s.soort != SessieSoort::Nazorg)
            .map(|(_, d)| *d),
    ) {
        eind = eind.max(d);
    }
    let later = sessies.iter().any(|(_, d)| *d > eind);
    let as_eind_x = BREEDTE - RECHTS - if later { RAND } else { 0.0 };
    let dagen = begin.dagen_tot(eind).max(14) as f64;
    let schaal = (as_eind_x - LINKS) / dagen;
    let x = |d: Datum| LINKS + begin.dagen_tot(d) as f64 * schaal;
    let rand_x = BREEDTE - RECHTS - 8.0;

    let y_sessies = BOVEN + Fase::ALLE.len() as f64 * RIJ;
    let my = y_sessies + 8.0;
    let mut svg = String::new();
    let mut inhoud = String::new();

    for (rij, fase) in Fase::ALLE.iter().enumerate() {
        let y = BOVEN + rij as f64 * RIJ;
        label(
            &mut inhoud,
            2.0,
            y + 12.0,
            NAAM,
            "",
            &format!("{}. {}", fase.nummer(), fase.naam()),
        );
        if let Some((_, b, e)) = balken.iter().find(|(f, _, _)| f == fase) {
            let breedte = ((b.dagen_tot(*e) as f64) * schaal).max(3.0);
            let _ = writeln!(
                inhoud,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{breedte:.1}\" height=\"12\" rx=\"2\" fill=\"#5a7fa8\"><title>{}: {} tot {}</title></rect>",
                x(*b),
                y + 3.0,
                fase.naam(),
                b.voluit(),
                e.voluit()
            );
        }
    }
    label(&mut inhoud, 2.0, my + 4.0, NAAM, "", "bijeenkomsten");

    // The vertical lines, with their labels in the band above the phases: beside the line,
    // right or left of it, on the first of two lines where it touches no other label or line.
    let mut lijnen = Vec::new();
    if let Some(doel) = doel {
        lijnen.push(Lijn {
            x: x(doel),
            kleur: "#b22",
            streep: true,
            label: format!("{STREEF_WEKEN_MAX} weken"),
            titel: format!(
                "Streeftijd: {STREEF_WEKEN_MAX} weken na de aanmelding ({})",
                doel.voluit()
            ),
        });
    }
    if let Some((d, naam, kleur)) = eindlijn {
        lijnen.push(Lijn {
            x: x(d),
            kleur,
            streep: false,
            label: naam.to_string(),
            titel: format!("{}: {}", hoofdletter(naam), d.voluit()),
        });
    }
    let mut band = [Regel::default(), Regel::default()];
    for (i, lijn) in lijnen.iter().enumerate() {
        let w = breedte(&lijn.label, LETTER);
        let anderen: Vec<f64> = lijnen
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, l)| l.x)
            .collect();
        let plek = [0, 1].into_iter().find_map(|r| {
            [lijn.x + 3.0, lijn.x - 3.0 - w]
                .into_iter()
                .find(|&x0| {
                    x0 >= LINKS
                        && x0 + w <= BREEDTE
                        && band[r].vrij(x0, x0 + w)
                        && anderen.iter().all(|&a| a < x0 - 2.0 || a > x0 + w + 2.0)
                })
                .map(|x0| (r, x0))
        });
        let _ = writeln!(
            inhoud,
            "<line x1=\"{:.1}\" y1=\"4\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"1.5\"{}><title>{}</title></line>",
            lijn.x,
            lijn.x,
            y_sessies + RIJ,
            lijn.kleur,
            if lijn.streep {
                " stroke-dasharray=\"4 3\""
            } else {
                ""
            },
            escape(&lijn.titel)
        );
        if let Some((r, x0)) = plek {
            band[r].0.push((x0, x0 + w));
            label(
                &mut inhoud,
                x0,
                12.0 + r as f64 * 12.0,
                LETTER,
                &format!(" fill=\"{}\"", lijn.kleur),
                &lijn.label,
            );
        }
    }

    // The meetings; a label goes on the first of the label lines where it is free, or is
    // left out. A meeting after the axis stands at the right edge with its date.
    let mut regels: Vec<Regel> = (0..SESSIEREGELS).map(|_| Regel::default()).collect();
    let mut gebruikt = 0;
    if later {
        let _ = writeln!(
            inhoud,
            "<line x1=\"{as_eind_x:.1}\" y1=\"{my:.1}\" x2=\"{:.1}\" y2=\"{my:.1}\" stroke=\"#999\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>",
            rand_x - 7.0
        );
    }
    for (sessie, d) in &sessies {
        let na_de_as = *d > eind;
        let mx = if na_de_as { rand_x } else { x(*d) };
        ruit(
            &mut inhoud,
            mx,
            my,
            sessie.gehouden(),
            &format!("{}: {}", sessie.soort.titel(), d.voluit()),
        );
        let tekst = if na_de_as {
            format!("{} {}", sessie.soort.titel(), d.dag_maand())
        } else {
            sessie.soort.titel().to_string()
        };
        let w = breedte(&tekst, LETTER);
        let x0 = (mx - w / 2.0).clamp(2.0, BREEDTE - 2.0 - w);
        if let Some(r) = (0..SESSIEREGELS).find(|&r| regels[r].vrij(x0, x0 + w)) {
            regels[r].0.push((x0, x0 + w));
            gebruikt = gebruikt.max(r + 1);
            label(
                &mut inhoud,
                x0,
                my + 20.0 + r as f64 * 12.0,
                LETTER,
                "",
                &tekst,
            );
        }
    }

    // The axis: a tick every week (fewer over a long span), a date under as many ticks as fit
    // without touching, the year under the first date and under the first of each new year.
    let as_y = my + 12.0 + gebruikt as f64 * 12.0 + 4.0;
    let _ = writeln!(
        inhoud,
        "<line x1=\"{LINKS}\" y1=\"{as_y:.1}\" x2=\"{as_eind_x:.1}\" y2=\"{as_y:.1}\" stroke=\"#333\" stroke-width=\"1\"/>"
    );
    let totaal = begin.dagen_tot(eind);
    let week_px = 7.0 * schaal;
    let stap = ((totaal / 7 / 40).max(1)) as f64;
    let label_w = breedte("30 sep", KLEIN) + TUSSEN + 2.0;
    let label_stap = ((label_w / (week_px * stap)).ceil() as i64).max(1);
    let mut week: i64 = 0;
    let mut n: i64 = 0;
    let mut jaar = None;
    let mut datums = Regel::default();
    while week * 7 <= totaal {
        let d = begin.plus_dagen(week * 7);
        let tx = x(d);
        let _ = writeln!(
            inhoud,
            "<line x1=\"{tx:.1}\" y1=\"{as_y:.1}\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#333\" stroke-width=\"1\"/>",
            as_y + 3.0
        );
        let tekst = d.dag_maand();
        let w = breedte(&tekst, KLEIN);
        let x0 = (tx - w / 2.0).max(2.0);
        if n % label_stap == 0 && x0 + w <= BREEDTE - 2.0 && datums.vrij(x0, x0 + w) {
            datums.0.push((x0, x0 + w));
            label(&mut inhoud, x0, as_y + 13.0, KLEIN, "", &tekst);
            if jaar != Some(d.jaar()) {
                jaar = Some(d.jaar());
                let j = d.jaar().to_string();
                label(
                    &mut inhoud,
                    x0,
                    as_y + 24.0,
                    KLEIN,
                    " font-weight=\"bold\"",
                    &j,
                );
            }
        }
        week += stap as i64;
        n += 1;
    }

    // The legend, its items side by side, on a second line when they do not fit on one.
    let mut items: Vec<(&str, String)> = vec![
        ("fase", "fase".into()),
        ("ruit", "bijeenkomst".into()),
        ("gepland", "gepland".into()),
    ];
    if doel.is_some() {
        items.push((
            "doel",
            format!("streeftijd: {STREEF_WEKEN_MAX} weken na de aanmelding"),
        ));
    }
    if let Some((_, naam, _)) = eindlijn {
        items.push(("eind", naam.to_string()));
    }
    let mut lx = 2.0;
    let mut ly = as_y + 40.0;
    for (soort, tekst) in &items {
        let w = 20.0 + breedte(tekst, KLEIN) + 10.0;
        if lx + w > BREEDTE && lx > 2.0 {
            lx = 2.0;
            ly += 14.0;
        }
        match *soort {
            "fase" => {
                let _ = writeln!(
                    inhoud,
                    "<rect x=\"{lx:.1}\" y=\"{:.1}\" width=\"14\" height=\"8\" rx=\"2\" fill=\"#5a7fa8\"/>",
                    ly - 7.5
                );
            }
            "ruit" => ruit(&mut inhoud, lx + 7.0, ly - 3.5, true, "bijeenkomst"),
            "gepland" => ruit(&mut inhoud, lx + 7.0, ly - 3.5, false, "gepland"),
            "doel" => {
                let _ = writeln!(
                    inhoud,
                    "<line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#b22\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
                    ly - 3.5,
                    lx + 16.0,
                    ly - 3.5
                );
            }
            _ => {
                let kleur = eindlijn.map(|e| e.2).unwrap_or("#444");
                let _ = writeln!(
                    inhoud,
                    "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{kleur}\" stroke-width=\"1.5\"/>",
                    lx + 7.0,
                    ly - 9.0,
                    lx + 7.0,
                    ly + 2.0
                );
            }
        }
        label(&mut inhoud, lx + 20.0, ly, KLEIN, "", tekst);
        lx += w;
    }
    let hoogte = ly + 6.0;
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn\" role=\"img\" viewBox=\"0 0 {BREEDTE} {hoogte:.0}\" width=\"{BREEDTE}pt\" height=\"{hoogte:.0}pt\" font-family=\"Carlito, 'DejaVu Sans', Arial, sans-serif\">"
    );
    let _ = writeln!(
        svg,
        "<title>Tijdlijn van het traject van {}: de vijf fasen, de bijeenkomsten en de streeftijd van {STREEF_WEKEN_MAX} weken</title>",
        escape(&t.gemeenten_tekst())
    );
    svg.push_str(&inhoud);
    svg.push_str("</svg>");
    Some(svg)
}

/// A meeting's diamond: filled when held, hollow when planned.
fn ruit(svg: &mut String, mx: f64, my: f64, gehouden: bool, titel: &str) {
    let vulling = if gehouden {
        "fill=\"#d9822b\""
    } else {
        "fill=\"#fff\" stroke=\"#d9822b\" stroke-width=\"1.5\""
    };
    let _ = writeln!(
        svg,
        "<path d=\"M {mx:.1} {:.1} L {:.1} {my:.1} L {mx:.1} {:.1} L {:.1} {my:.1} Z\" {vulling}><title>{}</title></path>",
        my - 5.5,
        mx + 5.5,
        my + 5.5,
        mx - 5.5,
        escape(titel)
    );
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
            gepland_in: None,
            notitie: None,
            verslag: None,
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

//! The report's timeline figure (one design for HTML and PDF), read from its SVG geometry: the
//! drawing is sized in points, so a font size is the size in print; every label is at least
//! 9 pt, no two labels overlap, no vertical line (10 weeks, today, the stop) runs through a
//! label, the axis belongs to the traject itself (a later nazorg stands at the edge), and a
//! stopped traject's phase runs to the stop.

use crate::common;

use common::Sessie;

/// The timeline's SVG in the HTML report.
fn figuur(s: &Sessie, slug: &str) -> String {
    let html = s.ok(&["rapport", slug, "--html"]);
    let begin = html
        .find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tijdlijn\"")
        .expect("een tijdlijn");
    let eind = begin + html[begin..].find("</svg>").unwrap();
    html[begin..eind].to_string()
}

/// A label's box (x0, y0, x1, y1) and its text.
type Label = ((f64, f64, f64, f64), String);

fn attr(element: &str, naam: &str) -> Option<f64> {
    let start = element.find(&format!(" {naam}=\""))? + naam.len() + 3;
    let rest = &element[start..];
    rest[..rest.find('"')?].trim_end_matches("pt").parse().ok()
}

/// A label's box: (x0, y0, x1, y1) and its text; the width is counted generously (0.6 of the
/// size per character, more than any sans face needs).
fn labels(svg: &str) -> Vec<Label> {
    svg.split("<text ")
        .skip(1)
        .map(|stuk| {
            let kop = &format!(" {}", &stuk[..stuk.find('>').unwrap()]);
            let tekst = &stuk[stuk.find('>').unwrap() + 1..stuk.find("</text>").unwrap()];
            let x = attr(kop, "x").unwrap();
            let y = attr(kop, "y").unwrap();
            let grootte = attr(kop, "font-size").expect("elk label heeft zijn grootte");
            assert!(grootte >= 9.0, "'{tekst}' is {grootte} pt");
            assert!(kop.contains("text-anchor=\"start\""), "{kop}");
            let tekens = tekst.replace("&amp;", "&").chars().count() as f64;
            (
                (
                    x,
                    y - 0.8 * grootte,
                    x + tekens * grootte * 0.6,
                    y + 0.25 * grootte,
                ),
                tekst.to_string(),
            )
        })
        .collect()
}

/// Vertical lines longer than a tick: (x, y0, y1).
fn lijnen(svg: &str) -> Vec<(f64, f64, f64)> {
    svg.split("<line ")
        .skip(1)
        .filter_map(|stuk| {
            let kop = &format!(" {}", &stuk[..stuk.find('>').unwrap()]);
            let (x1, x2) = (attr(kop, "x1")?, attr(kop, "x2")?);
            let (y1, y2) = (attr(kop, "y1")?, attr(kop, "y2")?);
            (x1 == x2 && (y2 - y1).abs() > 20.0).then_some((x1, y1.min(y2), y1.max(y2)))
        })
        .collect()
}

/// The checks every timeline passes; returns the labels.
fn leesbaar(svg: &str) -> Vec<Label> {
    let breedte = attr(svg, "width").unwrap();
    assert!(
        svg.contains(&format!("width=\"{breedte}pt\"")),
        "de maat staat in punten"
    );
    assert!(
        svg.contains(&format!("viewBox=\"0 0 {breedte} ")),
        "één eenheid is één punt"
    );
    let labels = labels(svg);
    for (i, (a, ta)) in labels.iter().enumerate() {
        assert!(a.0 >= 0.0 && a.2 <= breedte, "'{ta}' valt buiten de figuur");
        for (b, tb) in &labels[i + 1..] {
            let los = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
            assert!(los, "'{ta}' {a:?} overlapt '{tb}' {b:?}\n{svg}");
        }
        for (x, y0, y1) in lijnen(svg) {
            let door = a.0 < x && x < a.2 && a.1 < y1 && y0 < a.3;
            assert!(!door, "een lijn op x={x} loopt door '{ta}'\n{svg}");
        }
    }
    labels
}

fn heeft(labels: &[Label], tekst: &str) -> bool {
    labels.iter().any(|(_, t)| t == tekst)
}

/// The right end of the rightmost phase bar.
fn einde_fasen(svg: &str) -> f64 {
    svg.split("<rect ")
        .skip(1)
        .filter(|s| s.contains("<title>"))
        .map(|s| attr(&format!(" {s}"), "x").unwrap() + attr(&format!(" {s}"), "width").unwrap())
        .fold(0.0, f64::max)
}

#[test]
fn afgerond_met_een_latere_nazorg_aan_de_rand() {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.doe("sessie zeewijk nazorg --gepland --datum 2024-10-01");
    let svg = figuur(&s, "zeewijk");
    let labels = leesbaar(&svg);
    assert!(heeft(&labels, "10 weken"), "{svg}");
    assert!(heeft(&labels, "Nazorggesprek 1 okt"), "{svg}");
    assert!(
        !heeft(&labels, "vandaag"),
        "een afgerond traject heeft geen vandaag"
    );
    // The traject fills the axis instead of its left quarter.
    assert!(einde_fasen(&svg) > 0.75 * 480.0, "{}", einde_fasen(&svg));
}

#[test]
fn lopend_met_vandaag() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let svg = figuur(&s, "t");
    let labels = leesbaar(&svg);
    assert!(
        heeft(&labels, "vandaag") && heeft(&labels, "10 weken"),
        "{svg}"
    );
}

#[test]
fn gestopt_tot_de_stop() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("stop t --reden 'Verkiezingen' --datum 2024-03-01");
    let svg = figuur(&s, "t");
    let labels = leesbaar(&svg);
    assert!(heeft(&labels, "gestopt"), "{svg}");
    let stop = svg
        .split("<line ")
        .find(|l| l.contains("<title>Gestopt: 1 maart 2024</title>"))
        .and_then(|l| attr(&format!(" {l}"), "x1"))
        .expect("de stoplijn");
    assert!(
        (einde_fasen(&svg) - stop).abs() < 1.0,
        "de fase loopt tot de stop: {svg}"
    );
}

#[test]
fn veel_bijeenkomsten_dicht_op_elkaar() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    for dag in [
        "02-01", "02-02", "02-03", "02-05", "02-06", "02-07", "02-08",
    ] {
        s.doe(&format!("sessie t werkbezoek --datum 2024-{dag}"));
        s.doe(&format!("sessie t inwonerssessie --datum 2024-{dag}"));
    }
    let svg = figuur(&s, "t");
    leesbaar(&svg);
    // Those left out of the figure are all in the text.
    let md = s.doe("rapport t");
    assert!(md.matches("Werkbezoek").count() >= 7, "{md}");
}

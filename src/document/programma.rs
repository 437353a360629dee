//! The programme dashboard for the VNG (`overzicht --html`): every traject of the map as a row
//! on one shared time axis, with its state in words and what needs attention, on one A4 in
//! landscape.
//!
//! Each row has a small timeline drawn by the tool: the phases as coloured bars, held meetings
//! as filled diamonds, planned ones hollow, and today as a red line; all rows share the axis in
//! the table's header, so trajecten can be compared at a glance.

use std::fmt::Write as _;

use crate::document::ontsnappen::html::escape;
use crate::document::{Blok, Document, Sectie, Tijdbalk, opsomming};
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::traject::{STREEF_WEKEN_MAX, Traject};

const TITEL: &str = "Programmaoverzicht Visieleertrajecten";

/// The drawing's width in its own units; the table scales it to its column.
const BREEDTE: f64 = 300.0;
const BALK_HOOGTE: f64 = 16.0;
const AS_HOOGTE: f64 = 28.0;

/// A colour per phase, light to dark in the order of the method.
fn kleur(f: Fase) -> &'static str {
    match f {
        Fase::Werving => "#c9d3e0",
        Fase::Starten => "#9dbbdb",
        Fase::Luisteren => "#6b9bcc",
        Fase::Ontwerpen => "#3f74ad",
        Fase::Borgen => "#1d3f66",
    }
}

const BIJEENKOMST: &str = "#d9822b";
const VANDAAG: &str = "#b22";

/// The first and last day the shared axis shows.
#[derive(Clone, Copy, Debug)]
struct Bereik {
    begin: Datum,
    eind: Datum,
}

impl Bereik {
    fn x(&self, d: Datum) -> f64 {
        let dagen = self.begin.dagen_tot(self.eind).max(1) as f64;
        (self.begin.dagen_tot(d) as f64 / dagen * BREEDTE).clamp(0.0, BREEDTE)
    }
}

/// Every date a traject has.
fn datums(t: &Traject) -> Vec<Datum> {
    let mut uit: Vec<Datum> = Fase::ALLE
        .iter()
        .filter_map(|&f| t.tijdlijn.begin(f))
        .collect();
    uit.extend(t.aanmelding);
    uit.extend(t.tijdlijn.einde);
    uit.extend(t.sessies.iter().filter_map(|s| s.datum));
    uit
}

/// From the first of the month of the earliest date to the end of the month after the latest
/// (or today).
fn bereik(trajecten: &[Traject], vandaag: Datum) -> Bereik {
    let alle: Vec<Datum> = trajecten.iter().flat_map(datums).collect();
    let eerste = alle.iter().copied().min().unwrap_or(vandaag).min(vandaag);
    let laatste = alle.iter().copied().max().unwrap_or(vandaag).max(vandaag);
    let begin = eerste.plus_dagen(1 - i64::from(eerste.dag()));
    let eind = laatste.plus_dagen(35 - i64::from(laatste.dag()));
    let eind = eind.plus_dagen(1 - i64::from(eind.dag()));
    Bereik { begin, eind }
}

fn ruit(svg: &mut String, x: f64, y: f64, gehouden: bool, titel: &str) {
    let vulling = if gehouden {
        format!("fill=\"{BIJEENKOMST}\"")
    } else {
        format!("fill=\"#fff\" stroke=\"{BIJEENKOMST}\" stroke-width=\"1.5\"")
    };
    let _ = writeln!(
        svg,
        "<path d=\"M {x:.1} {:.1} L {:.1} {y:.1} L {x:.1} {:.1} L {:.1} {y:.1} Z\" {vulling}><title>{}</title></path>",
        y - 5.0,
        x + 5.0,
        y + 5.0,
        x - 5.0,
        escape(titel)
    );
}

/// The timeline of one traject on the shared axis.
fn balk_svg(t: &Traject, bereik: Bereik, vandaag: Datum) -> String {
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {BREEDTE} {BALK_HOOGTE}\" font-family=\"sans-serif\" font-size=\"9\">\n<title>Tijdlijn van {}</title>\n",
        escape(&opsomming(&t.gemeenten))
    );
    let balken = t.fasebalken(vandaag);
    for (f, b, e) in &balken {
        let x = bereik.x(*b);
        let breedte = (bereik.x(*e) - x).max(2.0);
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"3\" width=\"{breedte:.1}\" height=\"10\" fill=\"{}\"><title>{}: {} tot {}</title></rect>",
            kleur(*f),
            f.naam(),
            b.voluit(),
            e.voluit()
        );
    }
    if balken.is_empty() && t.sessies.iter().all(|s| s.datum.is_none()) {
        let _ = writeln!(
            svg,
            "<text x=\"4\" y=\"12\" fill=\"#666\">geen datums vastgelegd</text>"
        );
    }
    let mut sessies: Vec<_> = t
        .sessies
        .iter()
        .filter_map(|s| s.datum.map(|d| (d, s)))
        .collect();
    sessies.sort_by_key(|(d, s)| (*d, s.soort));
    for (d, s) in sessies {
        ruit(
            &mut svg,
            bereik.x(d),
            8.0,
            s.gehouden(),
            &format!(
                "{}: {}{}",
                s.soort.titel(),
                d.voluit(),
                if s.gehouden() { "" } else { " (gepland)" }
            ),
        );
    }
    let v = bereik.x(vandaag);
    let _ = writeln!(
        svg,
        "<line x1=\"{v:.1}\" y1=\"0\" x2=\"{v:.1}\" y2=\"{BALK_HOOGTE}\" stroke=\"{VANDAAG}\" stroke-width=\"1\"/>"
    );
    svg.push_str("</svg>");
    svg
}

/// The shared axis: a tick each month, labelled with the month (and the year in January and
/// at the start), fewer labels over a long span.
fn as_svg(bereik: Bereik) -> String {
    const MAANDEN: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {BREEDTE} {AS_HOOGTE}\" font-family=\"sans-serif\" font-size=\"9\">\n<title>Tijdas van {} tot {}</title>\n",
        bereik.begin.voluit(),
        bereik.eind.voluit()
    );
    let _ = writeln!(
        svg,
        "<line x1=\"0\" y1=\"{0}\" x2=\"{BREEDTE}\" y2=\"{0}\" stroke=\"#333\" stroke-width=\"1\"/>",
        AS_HOOGTE - 1.0
    );
    let mut maanden = Vec::new();
    let mut d = bereik.begin;
    while d < bereik.eind {
        maanden.push(d);
        d = d.plus_dagen(32);
        d = d.plus_dagen(1 - i64::from(d.dag()));
    }
    let stap = maanden.len().div_ceil(14).max(1);
    for (i, m) in maanden.iter().enumerate() {
        let x = bereik.x(*m);
        let _ = writeln!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{AS_HOOGTE}\" stroke=\"#333\" stroke-width=\"1\"/>",
            AS_HOOGTE - 5.0
        );
        if i % stap == 0 && x < BREEDTE - 14.0 {
            let _ = writeln!(
                svg,
                "<text x=\"{:.1}\" y=\"10\">{}</text>",
                x + 2.0,
                MAANDEN[m.maand() as usize - 1]
            );
            // The year under the first month shown and under every January.
            if i == 0 || m.maand() == 1 {
                let _ = writeln!(
                    svg,
                    "<text x=\"{:.1}\" y=\"20\" font-weight=\"bold\">{}</text>",
                    x + 2.0,
                    m.jaar()
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The legend, as a drawing under the table.
fn legenda_svg() -> String {
    let mut svg = String::from(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 760 18\" width=\"760\" height=\"18\" font-family=\"sans-serif\" font-size=\"11\">\n<title>Legenda</title>\n",
    );
    let mut x = 0.0;
    for f in Fase::ALLE {
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.0}\" y=\"4\" width=\"14\" height=\"10\" fill=\"{}\"/><text x=\"{:.0}\" y=\"13\">{}</text>",
            kleur(f),
            x + 18.0,
            f.naam()
        );
        x += 92.0;
    }
    ruit(&mut svg, x + 5.0, 9.0, true, "bijeenkomst");
    let _ = writeln!(
        svg,
        "<text x=\"{:.0}\" y=\"13\">bijeenkomst</text>",
        x + 14.0
    );
    x += 92.0;
    ruit(&mut svg, x + 5.0, 9.0, false, "gepland");
    let _ = writeln!(svg, "<text x=\"{:.0}\" y=\"13\">gepland</text>", x + 14.0);
    x += 70.0;
    let _ = writeln!(
        svg,
        "<line x1=\"{x:.0}\" y1=\"2\" x2=\"{x:.0}\" y2=\"16\" stroke=\"{VANDAAG}\" stroke-width=\"1.5\"/><text x=\"{:.0}\" y=\"13\">vandaag</text>",
        x + 5.0
    );
    svg.push_str("</svg>");
    svg
}

/// Where a traject stands, with a capital.
fn stand(t: &Traject) -> String {
    crate::taal::hoofdletter(&crate::document::rapport::stand_in_woorden(t))
}

/// What needs attention, in words; empty when nothing does.
fn aandacht(t: &Traject, vandaag: Datum) -> Vec<String> {
    use crate::methode::signalen::{Soort, signalen};
    let signalen = signalen(t, vandaag);
    let aantal = |soort: Soort| signalen.iter().filter(|s| s.soort == soort).count();
    let mut uit = Vec::new();
    if aantal(Soort::ZesMaanden) > 0 {
        uit.push("loopt langer dan zes maanden".to_string());
    }
    if aantal(Soort::OverStreeftijd) > 0 {
        uit.push(format!("loopt langer dan {STREEF_WEKEN_MAX} weken"));
    }
    match aantal(Soort::SessieVerlopen) {
        0 => {}
        1 => uit.push("1 geplande sessie over zijn datum".to_string()),
        n => uit.push(format!("{n} geplande sessies over hun datum")),
    }
    match aantal(Soort::InterviewVerlopen) {
        0 => {}
        1 => uit.push("1 gepland duo-interview over zijn datum".to_string()),
        n => uit.push(format!("{n} geplande duo-interviews over hun datum")),
    }
    match aantal(Soort::AfspraakVerlopen) {
        0 => {}
        1 => uit.push("1 afspraak over zijn datum zonder nazorg".to_string()),
        n => uit.push(format!("{n} afspraken over hun datum zonder nazorg")),
    }
    if aantal(Soort::GeenNazorg) > 0 {
        uit.push("afgerond zonder nazorggesprek".to_string());
    }
    match aantal(Soort::NazorgVerlopen) {
        0 => {}
        1 => uit.push("1 lopende afspraak over het volgende moment".to_string()),
        n => uit.push(format!("{n} lopende afspraken over het volgende moment")),
    }
    uit
}

/// The timeline of a row in words, for markdown.
fn balk_tekst(t: &Traject, vandaag: Datum) -> String {
    let balken = t.fasebalken(vandaag);
    let begin = balken.iter().map(|b| b.1).min();
    let eind = balken.iter().map(|b| b.2).max();
    let mut delen = Vec::new();
    match (begin, eind) {
        (Some(b), Some(e)) if t.is_lopend() => {
            delen.push(format!("sinds {}", b.voluit()));
            let _ = e;
        }
        (Some(b), Some(e)) => delen.push(format!("van {} tot {}", b.voluit(), e.voluit())),
        _ => delen.push("geen datums vastgelegd".to_string()),
    }
    let gehouden = t
        .sessies
        .iter()
        .filter(|s| s.gehouden() && s.datum.is_some())
        .count();
    let gepland = t
        .sessies
        .iter()
        .filter(|s| !s.gehouden() && s.datum.is_some())
        .count();
    if gehouden > 0 {
        delen.push(if gehouden == 1 {
            "1 bijeenkomst".to_string()
        } else {
            format!("{gehouden} bijeenkomsten")
        });
    }
    if gepland > 0 {
        delen.push(format!("{gepland} gepland"));
    }
    delen.join(", ")
}

/// The dashboard as a document.
pub fn document(trajecten: &[Traject], vandaag: Datum) -> Document {
    let mut doc = Document::nieuw(TITEL);
    doc.pagina = crate::document::Pagina::A4Liggend;
    doc.voettekst = Some(format!("{TITEL}, stand van {}", vandaag.voluit()));

    let mut tellingen = Vec::new();
    for status in [
        Status::Lopend,
        Status::Afgerond,
        Status::Gestopt,
        Status::Geannuleerd,
    ] {
        let n = trajecten.iter().filter(|t| t.status == status).count();
        if n > 0 {
            tellingen.push(format!("{} {status}", crate::taal::getal(n)));
        }
    }
    let mut sectie = Sectie::nieuw(1, format!("Stand van {}", vandaag.voluit()));
    sectie.voeg_toe(Blok::alinea(format!(
        "{}: {}.",
        crate::taal::hoofdletter(&crate::taal::aantal(
            trajecten.len(),
            "traject",
            "trajecten"
        )),
        opsomming(&tellingen)
    )));
    let naam = |t: &Traject| opsomming(&t.gemeenten);
    use crate::methode::signalen::Soort;
    let met = |soorten: &[Soort]| -> Vec<String> {
        trajecten
            .iter()
            .filter(|t| {
                crate::methode::signalen::signalen(t, vandaag)
                    .iter()
                    .any(|s| soorten.contains(&s.soort))
            })
            .map(naam)
            .collect()
    };
    let te_lang = met(&[Soort::OverStreeftijd, Soort::ZesMaanden]);
    let zes_maanden = met(&[Soort::ZesMaanden]);
    let sessies = met(&[Soort::SessieVerlopen]);
    let interviews = met(&[Soort::InterviewVerlopen]);
    let afspraken = met(&[Soort::AfspraakVerlopen]);
    let nazorg = met(&[Soort::GeenNazorg]);
    let stil = met(&[Soort::NazorgVerlopen]);
    let lijst = |namen: &[String]| {
        if namen.iter().any(|n| n.contains(" en ")) {
            namen.join("; ")
        } else {
            opsomming(namen)
        }
    };
    let geen = [&te_lang, &sessies, &interviews, &afspraken, &nazorg, &stil]
        .iter()
        .all(|l| l.is_empty());
    sectie.voeg_toe(Blok::alinea(match geen {
        true => format!(
            "Geen signalen: geen lopend traject duurt langer dan de streeftijd van {STREEF_WEKEN_MAX} weken, geen geplande sessie of gepland duo-interview, geen afspraak en geen lopende nazorg is over zijn datum, en elk afgerond traject heeft zijn nazorggesprek."
        ),
        false => {
            let mut zinnen = Vec::new();
            if !te_lang.is_empty() {
                zinnen.push(format!(
                    "Langer dan de streeftijd van {STREEF_WEKEN_MAX} weken: {}.",
                    lijst(&te_lang)
                ));
            }
            if !zes_maanden.is_empty() {
                zinnen.push(format!(
                    "Langer dan zes maanden: {}.",
                    lijst(&zes_maanden)
                ));
            }
            if !sessies.is_empty() {
                zinnen.push(format!(
                    "Geplande sessies over hun datum: {}.",
                    lijst(&sessies)
                ));
            }
            if !interviews.is_empty() {
                zinnen.push(format!(
                    "Geplande duo-interviews over hun datum: {}.",
                    lijst(&interviews)
                ));
            }
            if !afspraken.is_empty() {
                zinnen.push(format!(
                    "Afspraken over hun datum zonder nazorg: {}.",
                    lijst(&afspraken)
                ));
            }
            if !nazorg.is_empty() {
                zinnen.push(format!(
                    "Afgerond zonder nazorggesprek: {}.",
                    lijst(&nazorg)
                ));
            }
            if !stil.is_empty() {
                zinnen.push(format!(
                    "Nazorg die loopt, over het volgende moment: {}.",
                    lijst(&stil)
                ));
            }
            format!("Aandacht nodig. {}", zinnen.join(" "))
        }
    }));
    let bereik = bereik(trajecten, vandaag);
    sectie.voeg_toe(Blok::Tijdbalken {
        kop: vec![
            "Traject".to_string(),
            "Stand".to_string(),
            "Tijdlijn".to_string(),
            "Weken".to_string(),
            "Aandacht".to_string(),
        ],
        kolom: 2,
        schaal: as_svg(bereik),
        rijen: trajecten
            .iter()
            .map(|t| {
                let mut traject = naam(t);
                if t.is_regionaal() {
                    traject.push_str(" (regionaal)");
                }
                if t.pilot {
                    traject.push_str(" (pilot)");
                }
                Tijdbalk {
                    cellen: vec![
                        traject,
                        stand(t),
                        t.doorlooptijd_weken(vandaag)
                            .map(|w| w.to_string())
                            .unwrap_or_else(|| "–".to_string()),
                        aandacht(t, vandaag).join("; "),
                    ],
                    svg: balk_svg(t, bereik, vandaag),
                    tekst: balk_tekst(t, vandaag),
                }
            })
            .collect(),
    });
    sectie.voeg_toe(Blok::Figuur {
        tabel: None,
        svg: legenda_svg(),
        onderschrift: format!(
            "per traject de fasen als gekleurde balken op één tijdas; een gevulde ruit is een gehouden bijeenkomst, een open ruit een geplande; de rode lijn is vandaag. Weken: de doorlooptijd vanaf de aanmelding (streeftijd {STREEF_WEKEN_MAX} weken)."
        ),
    });
    doc.secties.push(sectie);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_tijdas_begint_op_de_eerste_van_de_maand_en_eindigt_na_vandaag() {
        let dag = |d: &str| d.parse::<Datum>().unwrap();
        let mut t = Traject::nieuw(
            "x",
            vec!["Zeewijk".into()],
            "V".into(),
            None,
            dag("2024-01-08"),
        );
        t.aanmelding = Some(dag("2024-01-15"));
        let b = bereik(std::slice::from_ref(&t), dag("2024-03-20"));
        assert_eq!(b.begin, dag("2024-01-01"));
        assert_eq!(b.eind, dag("2024-04-01"));
        let as_ = as_svg(b);
        assert!(
            as_.contains(">jan</text>") && as_.contains(">2024</text>"),
            "{as_}"
        );
    }
}

//! Signals: what the method expects by now and has not happened, each with the command that
//! resolves it. One list per traject, [`signalen`], that `toon`, `overzicht` (table and HTML)
//! and `check` all show, so a facilitator hears the same thing wherever they look.
//!
//! - a planned session whose date has passed (it was held, moved or dropped: say which);
//! - a planned duo-interview whose date (day, month or year) has passed while it was neither
//!   held nor cancelled ("verlopen");
//! - an afspraak whose review date passed without a nazorg entry (the source report: monitoring
//!   works only when the streefwaarden agreed in advance are looked at again);
//! - an afgerond traject without a nazorggesprek held or planned within three months of its
//!   afronding, or without any nazorg when its dates are unknown ("een evaluerend
//!   nazorggesprek met alle deelnemende gemeenten", the report promises);
//! - a lopend traject past the ten weeks of the method, and past six months (the report: a
//!   traject "loopt om diverse redenen vaak uit naar zes maanden");
//! - an afspraak whose latest nazorg says it "loopt", with a next moment that has passed
//!   without a later nazorg (the follow-up that would otherwise stop silently).

use crate::model::borging::Afspraak;
use crate::model::datum::{Datum, Precisie};
use crate::model::fase::Status;
use crate::model::sessie::SessieSoort;
use crate::model::traject::{STREEF_WEKEN_MAX, Traject};

/// How long after its afronding a traject's nazorggesprek should be held or planned.
pub const NAZORG_BINNEN_MAANDEN: u32 = 3;

/// How long a traject may run, from its aanmelding, before it is flagged a second time.
pub const UITLOOP_MAANDEN: u32 = 6;

/// One thing that needs attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signaal {
    pub soort: Soort,
    /// One sentence with the command that resolves it.
    pub zin: String,
}

/// The kinds of signal, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Soort {
    ZesMaanden,
    OverStreeftijd,
    SessieVerlopen,
    InterviewVerlopen,
    AfspraakVerlopen,
    GeenNazorg,
    NazorgVerlopen,
}

/// Every signal of a traject on `vandaag`, in a fixed order.
pub fn signalen(t: &Traject, vandaag: Datum) -> Vec<Signaal> {
    let mut uit = Vec::new();
    let slug = &t.slug;
    if t.is_lopend()
        && let Some(start) = t.aanmelding
    {
        let weken = t.doorlooptijd_weken(vandaag).unwrap_or(0);
        if start.plus_maanden(UITLOOP_MAANDEN) < vandaag {
            uit.push(Signaal {
                soort: Soort::ZesMaanden,
                zin: format!(
                    "het traject loopt al langer dan zes maanden ({weken} weken sinds de aanmelding); bespreek met de gemeente hoe het wordt afgerond, met 'visieleer volgende {slug}' of 'visieleer stop {slug} --reden …'"
                ),
            });
        } else if t.over_streeftijd(vandaag) {
            uit.push(Signaal {
                soort: Soort::OverStreeftijd,
                zin: format!(
                    "het traject loopt {weken} weken sinds de aanmelding, langer dan de streeftijd van {STREEF_WEKEN_MAX} weken; kijk wat de volgende stap ophoudt met 'visieleer toon {slug}'"
                ),
            });
        }
    }
    // A stopped or cancelled traject plans nothing any more; an afgerond one its nazorg.
    if !matches!(t.status, Status::Gestopt | Status::Geannuleerd) {
        for sessie in t.sessies.iter() {
            // A month or a year has passed once its last day has.
            if let Some(planning) = sessie.planning().filter(|p| p.laatste_dag() < vandaag) {
                let soort = sessie.soort;
                let dag = match planning {
                    crate::model::datum::Datering::Dag(d) => d.to_string(),
                    _ => "JJJJ-MM-DD".to_string(),
                };
                uit.push(Signaal {
                    soort: Soort::SessieVerlopen,
                    zin: format!(
                        "de geplande {soort} van {planning} is verlopen; leg vast dat hij is gehouden met 'visieleer sessie {slug} {} --datum {dag}', of plan hem opnieuw met --gepland en een nieuwe datum",
                        soort.naam()
                    ),
                });
            }
        }
    }
    if !matches!(t.status, Status::Gestopt | Status::Geannuleerd) {
        for g in t
            .geplande_interviews
            .iter()
            .filter(|g| g.is_verlopen(vandaag))
        {
            uit.push(Signaal {
                soort: Soort::InterviewVerlopen,
                zin: interview_verlopen(t, g),
            });
        }
    }
    for a in verlopen_afspraken(t, vandaag) {
        uit.push(Signaal {
            soort: Soort::AfspraakVerlopen,
            zin: signaal(t, a),
        });
    }
    if let Some(zin) = geen_nazorg(t, vandaag) {
        uit.push(Signaal {
            soort: Soort::GeenNazorg,
            zin,
        });
    }
    if !matches!(t.status, Status::Gestopt | Status::Geannuleerd) {
        for a in &t.afspraken {
            if let Some(volgende) = a.volgende_verlopen(vandaag) {
                uit.push(Signaal {
                    soort: Soort::NazorgVerlopen,
                    zin: format!(
                        "afspraak {} ({}) loopt en zou {} {} weer besproken worden, maar er is sindsdien geen nazorg vastgelegd; leg de nieuwe stand vast met 'visieleer nazorg {slug} --afspraak {} --stand … --verhaal …'",
                        a.nr,
                        a.tekst,
                        if volgende.precisie() == Precisie::Dag { "op" } else { "in" },
                        volgende.voluit(),
                        a.nr
                    ),
                });
            }
        }
    }
    uit
}

/// The signal for a planned duo-interview past its date ("verlopen").
fn interview_verlopen(t: &Traject, g: &crate::model::interview::GeplandInterview) -> String {
    let slug = &t.slug;
    let nr = g.nr;
    format!(
        "het geplande duo-interview {nr} ({}) van {} is verlopen; leg vast dat het is gehouden met 'visieleer interview {slug} --gehouden {nr} --toestemming …' (of lees de notities in), verzet het met 'visieleer interview-wijzig {slug} {nr} --datum …' of zeg het af met 'visieleer interview-stand {slug} {nr} afgezegd'",
        g.duo_tekst(),
        g.datum.map(|d| d.voluit()).unwrap_or_default()
    )
}

/// An afgerond traject without its nazorggesprek: none held or planned (and no nazorg entry on
/// an afspraak) within three months of the afronding, once those months have passed, and none
/// held since (a late one keeps the promise, late; a late plan does not resolve it); or, when
/// the afronding has no date, no nazorg at all.
fn geen_nazorg(t: &Traject, vandaag: Datum) -> Option<String> {
    if t.status != Status::Afgerond {
        return None;
    }
    let slug = &t.slug;
    // Each nazorggesprek held or planned, with whether it was held; the stand of an afspraak
    // recorded counts as held (it is what a nazorggesprek yields).
    let gesprekken: Vec<(Option<Datum>, bool)> = t
        .sessies
        .iter()
        .filter(|s| s.soort == SessieSoort::Nazorg)
        .map(|s| {
            let dag = s.datum.or(s.gepland_in.map(|p| p.eerste_dag()));
            (dag, s.gehouden())
        })
        .chain(
            t.afspraken
                .iter()
                .flat_map(|a| a.nazorg.iter().map(|n| (Some(n.datum), true))),
        )
        .collect();
    let opdracht = format!(
        "plan het nazorggesprek met 'visieleer sessie {slug} nazorg --gepland --datum JJJJ-MM-DD'"
    );
    match t.tijdlijn.einde {
        Some(einde) => {
            let uiterlijk = einde.plus_maanden(NAZORG_BINNEN_MAANDEN);
            let op_tijd = gesprekken
                .iter()
                .any(|(d, _)| d.is_none_or(|d| d <= uiterlijk));
            let gehouden = gesprekken.iter().any(|(_, gehouden)| *gehouden);
            (!op_tijd && !gehouden && uiterlijk < vandaag).then(|| {
                format!(
                    "het traject is op {einde} afgerond en er is binnen {NAZORG_BINNEN_MAANDEN} maanden (tot {uiterlijk}) geen nazorggesprek gehouden of gepland; {opdracht}"
                )
            })
        }
        None => gesprekken
            .is_empty()
            .then(|| format!("het traject is afgerond zonder enige nazorg; {opdracht}")),
    }
}

/// The afspraken of a traject whose date has passed without a nazorg entry. A stopped or
/// cancelled traject has nothing left to follow up.
pub fn verlopen_afspraken(t: &Traject, vandaag: Datum) -> Vec<&Afspraak> {
    if matches!(t.status, Status::Gestopt | Status::Geannuleerd) {
        return Vec::new();
    }
    t.afspraken
        .iter()
        .filter(|a| a.is_verlopen(vandaag))
        .collect()
}

/// The signal for an afspraak past its date.
pub fn signaal(t: &Traject, a: &Afspraak) -> String {
    format!(
        "afspraak {} ({}) had op {} besproken moeten zijn en heeft nog geen nazorg; leg de stand vast met 'visieleer nazorg {} --afspraak {} --stand … --verhaal …'",
        a.nr,
        a.tekst,
        a.datum.map(|d| d.to_string()).unwrap_or_default(),
        t.slug,
        a.nr
    )
}

/// The signals in a few words each, for a table cell: "⚠ over 10 weken; ⚠ geen nazorg".
pub fn kort(signalen: &[Signaal]) -> String {
    let mut delen: Vec<String> = Vec::new();
    let aantal = |soort: Soort| signalen.iter().filter(|s| s.soort == soort).count();
    for soort in [
        Soort::ZesMaanden,
        Soort::OverStreeftijd,
        Soort::SessieVerlopen,
        Soort::InterviewVerlopen,
        Soort::AfspraakVerlopen,
        Soort::GeenNazorg,
        Soort::NazorgVerlopen,
    ] {
        let n = aantal(soort);
        if n == 0 {
            continue;
        }
        delen.push(match soort {
            Soort::ZesMaanden => "⚠ over zes maanden".to_string(),
            Soort::OverStreeftijd => format!("⚠ over {STREEF_WEKEN_MAX} weken"),
            Soort::SessieVerlopen if n == 1 => "⚠ 1 geplande sessie verlopen".to_string(),
            Soort::SessieVerlopen => format!("⚠ {n} geplande sessies verlopen"),
            Soort::InterviewVerlopen if n == 1 => "⚠ 1 gepland interview verlopen".to_string(),
            Soort::InterviewVerlopen => format!("⚠ {n} geplande interviews verlopen"),
            Soort::AfspraakVerlopen if n == 1 => "⚠ 1 afspraak zonder nazorg".to_string(),
            Soort::AfspraakVerlopen => format!("⚠ {n} afspraken zonder nazorg"),
            Soort::GeenNazorg => "⚠ geen nazorg".to_string(),
            Soort::NazorgVerlopen if n == 1 => "⚠ 1 lopende nazorg verlopen".to_string(),
            Soort::NazorgVerlopen => format!("⚠ {n} lopende nazorgen verlopen"),
        });
    }
    delen.join("; ")
}

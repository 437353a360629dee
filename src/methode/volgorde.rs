//! The method's order in time: a held meeting belongs to its phase, a phase begins only after
//! what its gate relied on, and nothing is dated before the phase it belongs to began.
//!
//! [`controleer`] finds every place where the dates of a traject contradict that order; `check`
//! reports them with their line, and every command refuses a change that would add one, so the
//! timeline a facilitator builds with visieleer stays one that `check` accepts.

use crate::bestand::{Deel, Ligging};
use crate::methode::controle::{Bevinding, Ernst};
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::sessie::SessieSoort;
use crate::model::traject::Traject;

/// Where in the traject file a finding points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plek {
    Aanmelding,
    Begin(Fase),
    Einde,
    Sessie(usize),
    Interview(usize),
    Evaluatie,
    Nazorg {
        afspraak: usize,
        nazorg: usize,
    },
    /// A line of the traject's own history (`historie`).
    Historie(usize),
}

/// One contradiction in the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tijdfout {
    pub ernst: Ernst,
    pub plek: Plek,
    pub tekst: String,
    /// When the phase that follows would begin on or after this date, this finding is gone:
    /// `volgende` suggests it as the earliest `--datum`.
    pub vanaf: Option<Datum>,
}

impl Tijdfout {
    pub fn bevinding(&self) -> Bevinding {
        Bevinding {
            ernst: self.ernst,
            tekst: self.tekst.clone(),
        }
    }
}

/// The phases in which a held meeting of this kind takes place: from, until (`None`: also
/// after afronding).
pub fn fasen(soort: SessieSoort) -> (Fase, Option<Fase>) {
    match soort {
        SessieSoort::Kickoff => (Fase::Starten, Some(Fase::Starten)),
        SessieSoort::Ontwerpsessie => (Fase::Ontwerpen, Some(Fase::Ontwerpen)),
        SessieSoort::Borgingsessie => (Fase::Borgen, Some(Fase::Borgen)),
        SessieSoort::Inwonerssessie | SessieSoort::Werkbezoek => {
            (Fase::Luisteren, Some(Fase::Borgen))
        }
        SessieSoort::Nazorg => (Fase::Borgen, None),
    }
}

/// The phases of a meeting kind in words: "fase starten", "de fasen luisteren tot en met
/// borgen", "fase borgen of na de afronding".
pub fn fasen_tekst(soort: SessieSoort) -> String {
    match fasen(soort) {
        (van, Some(tot)) if van == tot => format!("fase {van}"),
        (van, Some(tot)) => format!("de fasen {van} tot en met {tot}"),
        (van, None) => format!("fase {van} of na de afronding"),
    }
}

/// Whether a held meeting of this kind may be recorded now: the traject is in one of its phases
/// (or, for nazorg, afgerond).
pub fn mag_gehouden(t: &Traject, soort: SessieSoort) -> bool {
    let (van, tot) = fasen(soort);
    match t.status {
        Status::Lopend => t.fase >= van && tot.is_none_or(|tot| t.fase <= tot),
        Status::Afgerond => tot.is_none(),
        Status::Gestopt | Status::Geannuleerd => false,
    }
}

/// How a report line names a held meeting: "de gehouden kick-off".
fn sessienaam(soort: SessieSoort) -> String {
    format!("de gehouden {}", soort.titel().to_lowercase())
}

/// The day `fase` ended, by the one rule of [`Traject::periode`]; `None` while it runs.
fn eind(t: &Traject, fase: Fase) -> Option<Datum> {
    t.periode(fase).and_then(|(_, eind)| eind)
}

/// How the end of a phase is named: "het begin van fase luisteren" or "het einde van het traject".
fn eind_tekst(t: &Traject, fase: Fase) -> String {
    match fase.volgende() {
        Some(volgende) if t.tijdlijn.begin(volgende).is_some() => {
            format!("het begin van fase {volgende}")
        }
        _ => format!("het einde van het traject ({})", t.status),
    }
}

fn fout(plek: Plek, tekst: String, vanaf: Option<Datum>) -> Tijdfout {
    Tijdfout {
        ernst: Ernst::Fout,
        plek,
        tekst,
        vanaf,
    }
}

/// Every contradiction between the dates of a traject and the method's order.
pub fn controleer(t: &Traject) -> Vec<Tijdfout> {
    let mut fouten = Vec::new();
    fasen_op_volgorde(t, &mut fouten);
    if let (Some(aanmelding), Some(starten)) = (t.aanmelding, t.tijdlijn.starten)
        && aanmelding > starten
    {
        fouten.push(fout(
            Plek::Aanmelding,
            format!(
                "de aanmelding ({aanmelding}) ligt na het begin van fase starten ({starten}), terwijl de poort van werving op de aanmelding rust"
            ),
            Some(aanmelding),
        ));
    }
    for (i, sessie) in t.sessies.iter().enumerate() {
        if sessie.gehouden() {
            sessie_in_haar_fase(t, i, sessie.soort, sessie.datum, &mut fouten);
        }
    }
    interviews_in_luisteren(t, &mut fouten);
    evaluatie_in_borgen(t, &mut fouten);
    na_heropenen(t, &mut fouten);
    if let Some(borgen) = t.tijdlijn.borgen {
        for (a, afspraak) in t.afspraken.iter().enumerate() {
            for (n, nazorg) in afspraak.nazorg.iter().enumerate() {
                if nazorg.datum < borgen {
                    fouten.push(fout(
                        Plek::Nazorg {
                            afspraak: a,
                            nazorg: n,
                        },
                        format!(
                            "de nazorg bij afspraak {} ({}) ligt vóór het begin van fase borgen ({borgen})",
                            afspraak.nr, nazorg.datum
                        ),
                        None,
                    ));
                }
            }
        }
    }
    fouten
}

fn fasen_op_volgorde(t: &Traject, fouten: &mut Vec<Tijdfout>) {
    let mut vorige: Option<(Fase, Datum)> = None;
    for fase in Fase::ALLE {
        if fase > t.fase {
            if t.tijdlijn.begin(fase).is_some() {
                fouten.push(fout(
                    Plek::Begin(fase),
                    format!(
                        "fase {fase} heeft een begindatum maar het traject is pas in fase {}",
                        t.fase
                    ),
                    None,
                ));
            }
            continue;
        }
        if let Some(begin) = t.tijdlijn.begin(fase) {
            if let Some((vf, vd)) = vorige
                && begin < vd
            {
                fouten.push(fout(
                    Plek::Begin(fase),
                    format!("fase {fase} begint ({begin}) vóór fase {vf} ({vd})"),
                    Some(vd),
                ));
            }
            vorige = Some((fase, begin));
        }
    }
    if let (Some(einde), Some((fase, laatste))) = (t.tijdlijn.einde, vorige)
        && einde < laatste
    {
        fouten.push(fout(
            Plek::Einde,
            format!("de einddatum ({einde}) ligt vóór het begin van fase {fase} ({laatste})"),
            Some(laatste),
        ));
    }
}

fn sessie_in_haar_fase(
    t: &Traject,
    i: usize,
    soort: SessieSoort,
    datum: Option<Datum>,
    fouten: &mut Vec<Tijdfout>,
) {
    let (van, tot) = fasen(soort);
    let naam = sessienaam(soort);
    if t.fase < van {
        fouten.push(fout(
            Plek::Sessie(i),
            format!(
                "{naam}{} hoort bij {}, maar het traject is pas in fase {}; zet 'gepland: true' als ze nog moet komen",
                datum.map(|d| format!(" ({d})")).unwrap_or_default(),
                fasen_tekst(soort),
                t.fase
            ),
            None,
        ));
        return;
    }
    let Some(datum) = datum else { return };
    if let Some(begin) = t.tijdlijn.begin(van)
        && datum < begin
    {
        fouten.push(fout(
            Plek::Sessie(i),
            format!(
                "{naam} ({datum}) ligt vóór het begin van fase {van} ({begin}); zo'n bijeenkomst hoort bij {}",
                fasen_tekst(soort)
            ),
            None,
        ));
    }
    if let Some(tot) = tot
        && let Some(eind) = eind(t, tot)
        && datum > eind
    {
        fouten.push(fout(
            Plek::Sessie(i),
            format!(
                "{naam} ({datum}) ligt na {} ({eind}); zo'n bijeenkomst hoort bij {}",
                eind_tekst(t, tot),
                fasen_tekst(soort)
            ),
            Some(datum),
        ));
    }
}

/// Interviews belong to luisteren: before its begin is a warning; and ontwerpen cannot have
/// begun before the interviews the luisteren gate needed.
fn interviews_in_luisteren(t: &Traject, fouten: &mut Vec<Tijdfout>) {
    let luisteren = t.tijdlijn.luisteren;
    let kickoff = t
        .sessies
        .iter()
        .filter(|s| s.soort == SessieSoort::Kickoff && s.gehouden())
        .filter_map(|s| s.datum)
        .min();
    for (i, interview) in t.interviews.iter().enumerate() {
        let Some(datum) = interview.datum else {
            continue;
        };
        let grens = match (luisteren, kickoff) {
            (Some(begin), _) if datum < begin => {
                Some(format!("het begin van fase luisteren ({begin})"))
            }
            (None, Some(kick)) if datum < kick => Some(format!("de kick-off ({kick})")),
            _ => None,
        };
        if let Some(grens) = grens {
            fouten.push(Tijdfout {
                ernst: Ernst::Waarschuwing,
                plek: Plek::Interview(i),
                tekst: format!(
                    "duo-interview {} ({datum}) is gehouden vóór {grens}",
                    interview.nr
                ),
                vanaf: None,
            });
        }
    }
    let Some(ontwerpen) = eind(t, Fase::Luisteren) else {
        return;
    };
    let poort_met = |tot: &dyn Fn(Option<Datum>) -> bool| {
        crate::methode::poort::luisteren_open(t.interviews.iter().filter(|i| tot(i.datum)))
    };
    if !poort_met(&|_| true) || poort_met(&|d| d.is_none_or(|d| d <= ontwerpen)) {
        return;
    }
    // Add the later interviews one by one, earliest first, until the gate opens: those are
    // the ones it relied on.
    let mut later: Vec<(usize, Datum)> = t
        .interviews
        .iter()
        .enumerate()
        .filter_map(|(i, iv)| iv.datum.filter(|d| *d > ontwerpen).map(|d| (i, d)))
        .collect();
    later.sort_by_key(|(i, d)| (*d, *i));
    for (i, datum) in later {
        let interview = &t.interviews[i];
        fouten.push(fout(
            Plek::Interview(i),
            format!(
                "duo-interview {} ({datum}) ligt na {} ({ontwerpen}), maar de poort van luisteren rust erop",
                interview.nr,
                eind_tekst(t, Fase::Luisteren)
            ),
            Some(datum),
        ));
        if poort_met(&|d| d.is_none_or(|d| d <= datum)) {
            break;
        }
    }
}

fn evaluatie_in_borgen(t: &Traject, fouten: &mut Vec<Tijdfout>) {
    let Some(datum) = t.evaluatie.as_ref().and_then(|e| e.datum) else {
        return;
    };
    if let Some(borgen) = t.tijdlijn.borgen
        && datum < borgen
    {
        fouten.push(fout(
            Plek::Evaluatie,
            format!("de evaluatie ({datum}) ligt vóór het begin van fase borgen ({borgen})"),
            None,
        ));
    }
    let borging = t
        .sessies
        .iter()
        .filter(|s| s.soort == SessieSoort::Borgingsessie && s.gehouden())
        .filter_map(|s| s.datum)
        .min();
    if let Some(borging) = borging
        && datum < borging
    {
        fouten.push(fout(
            Plek::Evaluatie,
            format!("de evaluatie ({datum}) ligt vóór de borgingsessie ({borging})"),
            None,
        ));
    }
    if let Some(einde) = eind(t, Fase::Borgen)
        && datum > einde
    {
        fouten.push(fout(
            Plek::Evaluatie,
            format!(
                "de evaluatie ({datum}) ligt na {} ({einde})",
                eind_tekst(t, Fase::Borgen)
            ),
            Some(datum),
        ));
    }
}

/// What a line of the traject's history says about its status, as `stop`, `annuleer`,
/// `volgende` (afronden) and `heropen` write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Statuswissel {
    /// The traject ended: stopped, cancelled or finished.
    Einde(Status),
    /// The traject was reopened, in this phase (when the line names one visieleer knows).
    Heropend(Option<Fase>),
}

fn statuswissel(wat: &str) -> Option<Statuswissel> {
    if let Some(rest) = wat.strip_prefix("traject heropend") {
        let fase = rest
            .strip_prefix(" in fase ")
            .and_then(|r| r.split_whitespace().next())
            .and_then(|naam| Fase::ALLE.into_iter().find(|f| f.naam() == naam));
        return Some(Statuswissel::Heropend(fase));
    }
    [Status::Gestopt, Status::Geannuleerd, Status::Afgerond]
        .into_iter()
        .find(|status| {
            wat.strip_prefix("traject ")
                .and_then(|r| r.strip_prefix(status.naam()))
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
        .map(Statuswissel::Einde)
}

/// A reopened traject goes on from the day it was reopened: what ends it again, and every
/// phase it moves on to, lies on or after that day; and in the history every reopening lies on
/// or after the end it undid, every end on or after the reopening before it.
fn na_heropenen(t: &Traject, fouten: &mut Vec<Tijdfout>) {
    let wissels: Vec<(usize, Datum, Statuswissel)> = t
        .historie
        .iter()
        .enumerate()
        .filter_map(|(i, g)| statuswissel(&g.wat).map(|w| (i, g.datum, w)))
        .collect();
    let Some(&(_, heropend, Statuswissel::Heropend(in_fase))) = wissels
        .iter()
        .rev()
        .find(|(_, _, w)| matches!(w, Statuswissel::Heropend(_)))
    else {
        return;
    };
    if let Some(einde) = t.tijdlijn.einde
        && einde < heropend
    {
        fouten.push(fout(
            Plek::Einde,
            format!(
                "de einddatum ({einde}) ligt vóór de dag waarop het traject werd heropend ({heropend})"
            ),
            Some(heropend),
        ));
    }
    if let Some(in_fase) = in_fase {
        for fase in Fase::ALLE
            .into_iter()
            .filter(|f| *f > in_fase && *f <= t.fase)
        {
            if let Some(begin) = t.tijdlijn.begin(fase)
                && begin < heropend
            {
                fouten.push(fout(
                    Plek::Begin(fase),
                    format!(
                        "fase {fase} begint ({begin}) vóór de dag waarop het traject in fase {in_fase} werd heropend ({heropend})"
                    ),
                    Some(heropend),
                ));
            }
        }
    }
    // The last end of a traject that has not run since is the end date's, reported above.
    let laatste_einde = (!t.is_lopend())
        .then(|| wissels.last())
        .flatten()
        .filter(|(_, d, w)| matches!(w, Statuswissel::Einde(_)) && Some(*d) == t.tijdlijn.einde)
        .map(|(i, _, _)| *i);
    for paar in wissels.windows(2) {
        let ((_, eerder, vorige), (i, datum, wissel)) = (paar[0], paar[1]);
        if datum >= eerder || Some(i) == laatste_einde {
            continue;
        }
        let tekst = match (vorige, wissel) {
            (Statuswissel::Einde(_), Statuswissel::Heropend(_)) => format!(
                "de heropening in de historie ({datum}) ligt vóór het einde dat ze ongedaan maakte ({eerder})"
            ),
            (Statuswissel::Heropend(_), Statuswissel::Einde(_)) => format!(
                "het einde in de historie ({datum}) ligt vóór de heropening die eraan voorafging ({eerder})"
            ),
            _ => continue,
        };
        fouten.push(fout(Plek::Historie(i), tekst, None));
    }
    for paar in wissels.windows(2) {
        if let ((_, einde, Statuswissel::Einde(status)), (_, heropend, Statuswissel::Heropend(_))) =
            (paar[0], paar[1])
            && einde < heropend
        {
            niets_tussen(t, status, einde, heropend, fouten);
        }
    }
}

/// Between an end and the reopening that undid it, the traject did not run: nothing of it was
/// held then (an interview, a meeting, the evaluation), except the nazorg that follows an
/// afronding.
fn niets_tussen(
    t: &Traject,
    status: Status,
    einde: Datum,
    heropend: Datum,
    fouten: &mut Vec<Tijdfout>,
) {
    let tussen = |d: Datum| einde < d && d < heropend;
    let periode = format!(
        "in de tijd dat het traject {status} was ({einde} tot de heropening op {heropend})"
    );
    let nazorg_mag = status == Status::Afgerond;
    for (i, sessie) in t.sessies.iter().enumerate() {
        if let Some(datum) = sessie.datum.filter(|d| sessie.gehouden() && tussen(*d))
            && !(nazorg_mag && sessie.soort == SessieSoort::Nazorg)
        {
            fouten.push(fout(
                Plek::Sessie(i),
                format!("{} ({datum}) ligt {periode}", sessienaam(sessie.soort)),
                None,
            ));
        }
    }
    for (i, interview) in t.interviews.iter().enumerate() {
        if let Some(datum) = interview.datum.filter(|d| tussen(*d)) {
            fouten.push(fout(
                Plek::Interview(i),
                format!("duo-interview {} ({datum}) ligt {periode}", interview.nr),
                None,
            ));
        }
    }
    if let Some(datum) = t
        .evaluatie
        .as_ref()
        .and_then(|e| e.datum)
        .filter(|d| tussen(*d))
    {
        fouten.push(fout(
            Plek::Evaluatie,
            format!("de evaluatie ({datum}) ligt {periode}"),
            None,
        ));
    }
    if !nazorg_mag {
        for (a, afspraak) in t.afspraken.iter().enumerate() {
            for (n, nazorg) in afspraak.nazorg.iter().enumerate() {
                if tussen(nazorg.datum) {
                    fouten.push(fout(
                        Plek::Nazorg {
                            afspraak: a,
                            nazorg: n,
                        },
                        format!(
                            "de nazorg bij afspraak {} ({}) ligt {periode}",
                            afspraak.nr, nazorg.datum
                        ),
                        None,
                    ));
                }
            }
        }
    }
}

/// Dates after today: a held meeting, an interview, the evaluation, a nazorggesprek or a phase
/// cannot lie in the future (a planned meeting can). Usually a typo in the year; a warning, since today may be set wrong.
pub fn in_de_toekomst(t: &Traject, vandaag: Datum) -> Vec<Tijdfout> {
    let mut bevindingen = Vec::new();
    let mut meld = |plek: Plek, wat: String, datum: Datum| {
        if datum > vandaag {
            bevindingen.push(Tijdfout {
                ernst: Ernst::Waarschuwing,
                plek,
                tekst: format!(
                    "{wat} heeft een datum in de toekomst ({datum}); controleer het jaartal"
                ),
                vanaf: None,
            });
        }
    };
    for fase in Fase::ALLE {
        if let Some(d) = t.tijdlijn.begin(fase) {
            meld(Plek::Begin(fase), format!("het begin van fase {fase}"), d);
        }
    }
    if let Some(d) = t.aanmelding {
        meld(Plek::Aanmelding, "de aanmelding".to_string(), d);
    }
    for (i, sessie) in t.sessies.iter().enumerate() {
        if sessie.gehouden()
            && let Some(d) = sessie.datum
        {
            meld(
                Plek::Sessie(i),
                format!("de gehouden sessie {}", sessie.soort),
                d,
            );
        }
    }
    for (i, interview) in t.interviews.iter().enumerate() {
        if let Some(d) = interview.datum {
            meld(
                Plek::Interview(i),
                format!("duo-interview {}", interview.nr),
                d,
            );
        }
    }
    if let Some(d) = t.evaluatie.as_ref().and_then(|e| e.datum) {
        meld(Plek::Evaluatie, "de evaluatie".to_string(), d);
    }
    for (a, afspraak) in t.afspraken.iter().enumerate() {
        for (n, nazorg) in afspraak.nazorg.iter().enumerate() {
            meld(
                Plek::Nazorg {
                    afspraak: a,
                    nazorg: n,
                },
                format!("de nazorg bij afspraak {}", afspraak.nr),
                nazorg.datum,
            );
        }
    }
    bevindingen
}

/// The errors in `na` that `voor` did not have: what a change would add to the timeline.
pub fn nieuwe_fouten(voor: &[Tijdfout], na: &Traject) -> Vec<Tijdfout> {
    controleer(na)
        .into_iter()
        .filter(|f| f.ernst == Ernst::Fout && !voor.iter().any(|v| v.tekst == f.tekst))
        .collect()
}

/// The line (1-based) in a traject file where a finding points, as far as it can be found:
/// the deepest part of its path that the file has.
pub fn regel(tekst: &str, plek: Plek) -> Option<usize> {
    Ligging::van(tekst).diepste(&pad_van(plek))
}

/// The line of a finding in a file whose [`Ligging`] is already at hand (`check` may have many
/// findings in one file).
pub fn regel_in(ligging: &Ligging, plek: Plek) -> Option<usize> {
    ligging.diepste(&pad_van(plek))
}

/// The keys and list items that lead to a place in the file.
fn pad_van(plek: Plek) -> Vec<Deel<'static>> {
    use Deel::{Item, Sleutel};
    match plek {
        Plek::Aanmelding => vec![Sleutel("aanmelding")],
        Plek::Begin(fase) => vec![Sleutel("tijdlijn"), Sleutel(fase.naam())],
        Plek::Einde => vec![Sleutel("tijdlijn"), Sleutel("einde")],
        Plek::Sessie(i) => vec![Sleutel("sessies"), Item(i), Sleutel("datum")],
        Plek::Interview(i) => vec![Sleutel("interviews"), Item(i), Sleutel("datum")],
        Plek::Evaluatie => vec![Sleutel("evaluatie"), Sleutel("datum")],
        Plek::Nazorg { afspraak, nazorg } => vec![
            Sleutel("afspraken"),
            Item(afspraak),
            Sleutel("nazorg"),
            Item(nazorg),
            Sleutel("datum"),
        ],
        Plek::Historie(i) => vec![Sleutel("historie"), Item(i), Sleutel("datum")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "versie: 1
gemeenten:
- Hoorn
aanmelding: 2024-01-15
tijdlijn:
  werving: 2024-01-08
  starten: 2024-01-15
sessies:
- soort: kickoff
  datum: 2024-01-22
- soort: ontwerpsessie
  datum: 2024-01-24
afspraken:
- nr: 1
  nazorg:
  - datum: 2024-05-01
  - datum: 2024-06-01
    stand: loopt
";

    #[test]
    fn vindt_de_regel() {
        assert_eq!(regel(YAML, Plek::Aanmelding), Some(4));
        assert_eq!(regel(YAML, Plek::Begin(Fase::Starten)), Some(7));
        assert_eq!(regel(YAML, Plek::Sessie(0)), Some(10));
        assert_eq!(regel(YAML, Plek::Sessie(1)), Some(12));
        assert_eq!(
            regel(
                YAML,
                Plek::Nazorg {
                    afspraak: 0,
                    nazorg: 1
                }
            ),
            Some(17)
        );
        // Missing parts: the deepest line found.
        assert_eq!(regel(YAML, Plek::Sessie(5)), Some(8));
        assert_eq!(regel(YAML, Plek::Evaluatie), None);
    }

    #[test]
    fn herkent_einde_en_heropening_in_de_historie() {
        assert_eq!(
            statuswissel("traject gestopt in fase starten: verkiezingen"),
            Some(Statuswissel::Einde(Status::Gestopt))
        );
        assert_eq!(
            statuswissel("traject geannuleerd in fase werving: x"),
            Some(Statuswissel::Einde(Status::Geannuleerd))
        );
        assert_eq!(
            statuswissel("traject afgerond"),
            Some(Statuswissel::Einde(Status::Afgerond))
        );
        assert_eq!(
            statuswissel("traject heropend in fase borgen (was afgerond): vergeten"),
            Some(Statuswissel::Heropend(Some(Fase::Borgen)))
        );
        assert_eq!(
            statuswissel("traject heropend"),
            Some(Statuswissel::Heropend(None))
        );
        for ander in [
            "traject aangemaakt in fase werving",
            "traject gestoptx",
            "naar fase starten",
            "kickoff gehouden",
        ] {
            assert_eq!(statuswissel(ander), None, "{ander}");
        }
    }

    #[test]
    fn vindt_de_regel_bij_ingesprongen_lijsten() {
        let yaml = "sessies:\n  - soort: kickoff\n    datum: 2024-01-22\n  -   soort: werkbezoek\n      datum: 2024-02-02\nfase: starten\n";
        assert_eq!(regel(yaml, Plek::Sessie(1)), Some(5));
    }
}

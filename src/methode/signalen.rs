//! Signals: what the method expects by now and has not happened. An afspraak whose date has
//! passed without a nazorg entry is overdue (the source report: monitoring works only when the
//! streefwaarden agreed in advance are looked at again).

use crate::model::borging::Afspraak;
use crate::model::datum::Datum;
use crate::model::fase::Status;
use crate::model::traject::Traject;

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

/// The signal `toon` prints for each afspraak past its date.
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

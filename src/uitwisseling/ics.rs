//! The agenda as an iCalendar file (RFC 5545) that Outlook and other calendars import: one
//! all-day event per agenda item, written with the `icalendar` crate.
//!
//! The same map on the same day gives the same bytes:
//! - every UID is the traject's slug and the item's stable key (`hoorn.sessie-3@visieleer`),
//!   so importing again updates an event instead of doubling it;
//! - DTSTAMP (required by the standard: when the calendar object was made) is today
//!   ([`crate::model::datum::VANDAAG_VAR`] when set) at midnight UTC, not the clock, which the
//!   crate would otherwise take; a calendar only compares it between versions of one UID;
//! - a day is a one-day span, a month or a year a span over all its days (DTEND is the day
//!   after, as the standard counts), so no day is invented.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, EventLike};

use crate::methode::agenda::Punt;
use crate::model::datum::Datum;

fn dag(d: Datum) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.jaar(), d.maand(), d.dag()).expect("een Datum is een dag")
}

/// The calendar of the agenda items, made on `vandaag`.
pub fn kalender(punten: &[Punt], vandaag: Datum) -> String {
    let mut kalender = Calendar::empty();
    for (sleutel, waarde) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//VNG Visieleertrajecten//visieleer//NL"),
        ("CALSCALE", "GREGORIAN"),
        ("X-WR-CALNAME", "Visieleertrajecten: agenda"),
    ] {
        kalender.append_property((sleutel, waarde));
    }
    let stempel = dag(vandaag)
        .and_hms_opt(0, 0, 0)
        .expect("middernacht bestaat")
        .and_utc();
    for p in punten {
        let mut beschrijving = format!("Traject: {} ({})", p.traject, p.slug);
        if !p.toelichting.is_empty() {
            beschrijving.push('\n');
            beschrijving.push_str(&p.toelichting);
        }
        if p.datum.precisie() != crate::model::datum::Precisie::Dag {
            beschrijving.push_str(&format!(
                "\nDatum: {} (geen dag afgesproken).",
                p.datum.voluit()
            ));
        }
        let event = icalendar::Event::new()
            .uid(&format!("{}.{}@visieleer", p.slug, p.sleutel))
            .timestamp(stempel)
            .starts(dag(p.datum.eerste_dag()))
            .ends(dag(p.datum.laatste_dag().plus_dagen(1)))
            .summary(&format!("{}: {}", p.traject, p.wat))
            .description(&beschrijving)
            .done();
        kalender.push(event);
    }
    kalender.to_string()
}

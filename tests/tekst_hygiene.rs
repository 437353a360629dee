//! Text goes into a traject and out of its documents as text: what a facilitator types at the
//! start of a richting, insight or afspraak never becomes markdown structure, and control or
//! bidi characters are refused on every way in and never reach a terminal raw.

mod common;

use common::Sessie;
use pulldown_cmark::{Event, Options, Parser};

/// The text of a markdown document, and how many lists it holds.
fn lees_md(md: &str) -> (String, usize) {
    let mut tekst = String::new();
    let mut items = 0;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) => tekst.push_str(&t),
            Event::End(_) | Event::SoftBreak => tekst.push('\n'),
            Event::Start(pulldown_cmark::Tag::List(_)) => items += 1,
            _ => {}
        }
    }
    (tekst, items)
}

const MARKERS: [&str; 7] = [
    "- Eén voordeur",
    "1. Eén loket",
    "2) Eén team",
    "+ Eén plan",
    "* Eén budget",
    "# Eén visie",
    "10) Tien wijken",
];

#[test]
fn een_lijstteken_aan_het_begin_blijft_tekst() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.ok(&["afspraak", "t", "Pilot", "--eigenaar", "teamleider"]);
    let voor = s.ok(&["rapport", "t"]);
    let (_, items_voor) = lees_md(&voor);
    for marker in MARKERS {
        s.ok(&["richting", "t", marker]);
        s.ok(&["afspraak", "t", marker, "--eigenaar", "teamleider"]);
    }
    let md = s.ok(&["rapport", "t"]);
    let (gelezen, items) = lees_md(&md);
    for marker in MARKERS {
        assert!(
            gelezen.contains(marker),
            "{marker:?} niet letterlijk terug:\n{md}"
        );
    }
    // Each afspraak is one item of the document's own lists, never a list of its own.
    assert_eq!(items, items_voor, "{md}");
    let html = s.ok(&["rapport", "t", "--html"]);
    for marker in MARKERS {
        let ontsnapt = visieleer::html::escape(marker);
        assert!(html.contains(&ontsnapt), "{marker:?} niet in de HTML");
    }
}

//! Text goes into a traject and out of its documents as text: what a facilitator types at the
//! start of a richting, insight or afspraak never becomes markdown structure, and control or
//! bidi characters are refused on every way in and never reach a terminal raw.

use crate::common;

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
    s.doe("afspraak t Pilot --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    let voor = s.doe("rapport t");
    let (_, items_voor) = lees_md(&voor);
    for marker in MARKERS {
        s.ok(&["richting", "t", marker]);
        s.ok(&[
            "afspraak",
            "t",
            marker,
            "--eigenaar",
            "teamleider",
            "--streefwaarde",
            "Werkt",
            "--datum",
            "2024-09-02",
        ]);
    }
    let md = s.doe("rapport t");
    let (gelezen, items) = lees_md(&md);
    for marker in MARKERS {
        assert!(
            gelezen.contains(marker),
            "{marker:?} niet letterlijk terug:\n{md}"
        );
    }
    // Each afspraak is one item of the document's own lists, never a list of its own.
    assert_eq!(items, items_voor, "{md}");
    let html = s.doe("rapport t --html");
    for marker in MARKERS {
        let ontsnapt = visieleer::document::ontsnappen::html::escape(marker);
        assert!(html.contains(&ontsnapt), "{marker:?} niet in de HTML");
    }
}

const NOTITIES: &str = "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n# Duo-interview\n\n> Ik heb drie keer mijn verhaal verteld.\n> — bewoner\n";

/// Each refused character, as a facilitator might paste it by accident or on purpose.
const STUURTEKENS: [(&str, &str); 6] = [
    ("\u{1b}[31m", "ESC"),
    ("\u{7}", "BEL"),
    ("\r", "CR"),
    ("\u{202E}", "U+202E"),
    ("\u{2067}", "U+2067"),
    ("\u{200F}", "U+200F"),
];

#[test]
fn stuurtekens_op_de_opdrachtregel_worden_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    for (teken, naam) in STUURTEKENS {
        let tekst = format!("Het loket{teken} sluit om vier uur.");
        let fout = s.weigert(&["citaat", "t", "1", &tekst, "--van", "wijkcoach"]);
        assert!(
            fout.contains("onzichtbaar stuurteken") && fout.contains(naam),
            "{fout}"
        );
        assert!(
            !fout.contains(teken),
            "het teken staat rauw in de melding: {fout:?}"
        );
        assert_eq!(fout.lines().count(), 1, "{fout}");
        let fout = s.weigert(&["richting", "t", &tekst]);
        assert!(fout.contains("onzichtbaar stuurteken"), "{fout}");
    }
}

#[test]
fn stuurtekens_in_notities_en_clusters_worden_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    // Windows line ends are line ends, not characters.
    s.schrijf("crlf.md", &NOTITIES.replace('\n', "\r\n"));
    s.doe("notities t --proef crlf.md");
    for (teken, naam) in STUURTEKENS {
        if teken == "\r" {
            s.schrijf("n.md", &NOTITIES.replace("drie keer", "drie\rkeer"));
        } else {
            s.schrijf(
                "n.md",
                &NOTITIES.replace("drie keer", &format!("drie{teken}keer")),
            );
        }
        let fout = s.weigert_regel("notities t n.md");
        assert!(
            fout.contains("n.md, regel 12, kolom 14: een onzichtbaar stuurteken"),
            "{fout}"
        );
        assert!(fout.contains(naam), "{fout}");
        assert!(!fout.contains(teken), "{fout:?}");
    }
    s.traject_in_borgen("b");
    for (teken, naam) in STUURTEKENS {
        s.schrijf(
            "c.csv",
            &format!("kaartje,cluster\n1.1,Eén{teken} voordeur\n"),
        );
        let fout = s.weigert_regel("clusters b c.csv");
        assert!(
            fout.contains("regel 2, kolom 8: een onzichtbaar stuurteken"),
            "{fout}"
        );
        assert!(fout.contains(naam) && !fout.contains(teken), "{fout:?}");
    }
}

/// A quote edited by hand with escapes (`\e`, `\r`, `\u202E`) in a double-quoted string: `check`
/// names the line, and no list or document shows the characters raw; the CR does not break the
/// quote out of its blockquote.
#[test]
fn met_de_hand_ingetypte_stuurtekens() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let tekst = s.lees("t");
    let oud = "tekst: De regels zijn nog van vorig jaar.";
    assert!(tekst.contains(oud), "{tekst}");
    let nieuw = "tekst: \"Rood\\e[31m\\a en \\u202Eterug\\r\\rnog binnen\"";
    let bewerkt = tekst.replacen(oud, nieuw, 1);
    let regel = bewerkt.lines().position(|r| r.contains("Rood")).unwrap() + 1;
    s.schrijf("trajecten/t.yaml", &bewerkt);
    let voor = s.inhoud();
    let uit = s.run(&["check"]);
    assert_eq!(voor, s.inhoud());
    assert_eq!(uit.code, 1);
    assert!(
        uit.stdout.contains(&format!(
            "regel {regel}: een onzichtbaar stuurteken (een ESC)"
        )),
        "{}",
        uit.stdout
    );
    for args in [
        vec!["citaten", "t"],
        vec!["citaten", "t", "--csv"],
        vec!["toon", "t"],
        vec!["rapport", "t"],
        vec!["rapport", "t", "--html"],
        vec!["kaartjes", "t"],
    ] {
        let uit = s.ok(&args);
        assert!(
            !uit.chars().any(visieleer::model::teken::is_stuurteken),
            "{args:?} toont een stuurteken rauw"
        );
    }
    // Written to a file (not through the terminal's stdout): the document itself is safe.
    s.doe("rapport t -o rapport.md");
    let md = std::fs::read_to_string(s.pad().join("rapport.md")).unwrap();
    assert!(!md.chars().any(visieleer::model::teken::is_stuurteken));
    s.doe("rapport t --html -o rapport.html");
    let html = std::fs::read_to_string(s.pad().join("rapport.html")).unwrap();
    assert!(!html.chars().any(visieleer::model::teken::is_stuurteken));
    let mut in_citaat = 0;
    let mut gevonden = false;
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(pulldown_cmark::Tag::BlockQuote(_)) => in_citaat += 1,
            Event::End(pulldown_cmark::TagEnd::BlockQuote(_)) => in_citaat -= 1,
            Event::Text(t) if t.contains("nog binnen") => {
                assert!(
                    in_citaat > 0,
                    "de CR brak het citaat uit zijn blokcitaat:\n{md}"
                );
                gevonden = true;
            }
            _ => {}
        }
    }
    assert!(gevonden, "{md}");
}

#[test]
fn een_melding_toont_geen_stuurteken() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let fout = s.weigert(&["toon", "t\u{1b}]0;titel\u{7}"]);
    assert!(
        !fout.chars().any(visieleer::model::teken::is_stuurteken),
        "{fout:?}"
    );
    assert!(fout.contains("geen geldige trajectnaam"), "{fout}");
}

/// A message names the file, the line, the column and the field, never what the file says
/// there: the file may be another one (a symlink), or hold what must not be shown.
#[test]
fn een_melding_citeert_geen_bestandsinhoud() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let heel = s.lees("t");
    for kapot in [
        heel.replacen("versie: 2", "versie: GEHEIM", 1),
        heel.replacen("fase: luisteren", "fase: GEHEIM", 1),
        heel.replacen("status: lopend", "status: [GEHEIM]", 1),
        heel.replacen("aanmelding: 2024-01-15", "aanmelding: GEHEIM-01-15", 1),
        heel.replacen("aanmelding: 2024-01-15", "aanmelding: 2024-02-31", 1),
        heel.replacen("gemeenten:\n- Zeewijk", "gemeenten: GEHEIM", 1),
        heel.replacen("kernvraag:", "kernvraag: 'GEHEIM'\nkernvraag:", 1),
    ] {
        assert_ne!(kapot, heel);
        s.schrijf("trajecten/t.yaml", &kapot);
        let fout = s.weigert_regel("toon t");
        for geheim in ["GEHEIM", "2024-02-31", "4294967295"] {
            assert!(
                !fout.contains(geheim),
                "de melding citeert het bestand: {fout}"
            );
        }
        assert!(fout.contains("regel "), "{fout}");
        assert_eq!(fout.lines().count(), 1, "{fout}");
    }
    // A traject file that is a symlink to some other file: that file is never shown.
    s.schrijf("elders.txt", "GEHEIM: [wachtwoord\n");
    std::fs::remove_file(s.bestand("t")).unwrap();
    std::os::unix::fs::symlink(s.pad().join("elders.txt"), s.bestand("t")).unwrap();
    for args in [vec!["toon", "t"], vec!["overzicht"], vec!["check"]] {
        let u = s.run(&args);
        // `overzicht` skips it (exit 0); `toon` and `check` name it.
        assert_eq!(u.code, i32::from(args[0] != "overzicht"), "{args:?}");
        assert!(
            !u.stdout.contains("GEHEIM") && !u.stderr.contains("GEHEIM"),
            "{u:?}"
        );
    }
}

#[test]
fn stuurtekens_in_het_codeboek_worden_gemeld() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "trajecten/codeboek.yaml",
        "tags:\n  - tag: wachtlijst\n    groep: thema\n    omschrijving: Wachten\u{202e} op hulp\n",
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(
        u.stdout.contains(
            "fout: trajecten/codeboek.yaml: regel 4, kolom 26: een onzichtbaar stuurteken"
        ),
        "{}",
        u.stdout
    );
    assert!(!u.stdout.contains('\u{202e}'), "{}", u.stdout);
    let fout = s.weigert(&["codeboek"]);
    assert!(fout.contains("stuurteken"), "{fout}");
}

//! Whatever visieleer writes, it reads back: texts full of YAML's own indicators (`*nadruk*`,
//! `, &`, `- *`, `[*`, `{&`, `: `, ` #`, `|`, `>`, `!`, `%`, `@`, backticks, quotes, leading
//! and trailing spaces, CRLF, every Unicode plane) go in through each command that takes text,
//! and come back out of `toon --json` exactly as the command accepted them (trimmed) and in
//! `rapport` as their words. One ordinary quote once made a traject unreadable; this is the
//! guard against every such quote.

use crate::common::Sessie;
use crate::markdown_eigenschappen::{leestekst, woorden};

use proptest::prelude::*;
use serde_json::Value;

/// Pieces a moderator or facilitator might type, chosen for what YAML would make of them.
fn stuk() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "*echt*",
            "&welzijn",
            ", *x",
            "- &y",
            "[*a*, b]",
            "{&c}",
            "{*x*}",
            ": ",
            " #",
            "#",
            "|",
            ">",
            "!",
            "!!str",
            "%",
            "@",
            "`code`",
            "'",
            "\"",
            "''",
            "\\",
            "\\n",
            "---",
            "...",
            "? ",
            "-",
            "- ",
            "B&W",
            "*",
            "&",
            "~",
            "null",
            "true",
            "0x1F",
            "1e3",
            "2024-03-12",
            "=",
            "+",
            "<b>",
            "&amp;",
            "\t",
        ])
        .prop_map(str::to_string),
        "[a-zà-ÿ]{1,10}",
        // Letters and symbols from every plane, never a control or bidi character (those are
        // refused on the way in, by design).
        "[\\p{L}\\p{N}\\p{P}\\p{S}]{1,6}",
    ]
}

/// A text: pieces with spaces between them (or none), sometimes padded or ending in a line break.
fn tekst() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", " ", "  ", "\t", "\r\n", "\n"]),
        prop::collection::vec((stuk(), prop::sample::select(vec![" ", "", ", "])), 1..8),
        prop::sample::select(vec!["", " ", "\r\n", "\n", " \t"]),
    )
        .prop_map(|(voor, stukken, na)| {
            let mut t = voor.to_string();
            for (s, tussen) in stukken {
                t.push_str(&s);
                t.push_str(tussen);
            }
            t.push_str(na);
            t
        })
}

/// What a document shows of a text: masked as every document masks (the traject here knows no
/// names) and with its spaces collapsed.
fn in_document(tekst: &str) -> String {
    woorden(&visieleer::privacy::maskeer(tekst, &[]))
}

fn veld<'a>(json: &'a Value, pad: &[&str]) -> &'a Value {
    let mut v = json;
    for deel in pad {
        v = match deel.parse::<usize>() {
            Ok(i) => &v[i],
            Err(_) => &v[*deel],
        };
    }
    v
}

/// Runs a command that takes `tekst`; true when it was accepted. A refusal must be a clean
/// one: exit 1, one message, no file changed (checked by `weigert`).
fn neemt_aan(s: &Sessie, args: &[&str]) -> bool {
    let u = s.run(args);
    if u.code == 0 {
        return true;
    }
    assert!(!u.stderr.contains("panicked"), "{args:?}: {}", u.stderr);
    s.weigert(args);
    false
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(12),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn elke_tekst_komt_terug_zoals_hij_erin_ging(
        citaat in tekst(),
        gewijzigd in tekst(),
        inzicht in tekst(),
        richting in tekst(),
        afspraak in tekst(),
        proces in tekst(),
        kernvraag in tekst(),
    ) {
        let s = Sessie::nieuw();
        s.traject_in_borgen("t");
        let mut verwacht: Vec<(Vec<&str>, String)> = Vec::new();
        if neemt_aan(&s, &["citaat", "t", "1", "--van", "wijkcoach", "--", &citaat]) {
            verwacht.push((vec!["interviews", "0", "citaten", "1", "tekst"], citaat.trim().to_string()));
        }
        // A text given to an option is written `--optie=TEKST`, so that one starting with `-` is
        // never taken for an option.
        if neemt_aan(&s, &["citaat-wijzig", "t", "2.1", &format!("--tekst={gewijzigd}")]) {
            verwacht.push((vec!["interviews", "1", "citaten", "0", "tekst"], gewijzigd.trim().to_string()));
        }
        if neemt_aan(&s, &["synthese", "t", "--stap", "expertteam", "--soort", "dilemma", "--citaat", "1.1", "--", &inzicht]) {
            verwacht.push((vec!["synthese", "3", "tekst"], inzicht.trim().to_string()));
        }
        if neemt_aan(&s, &["richting", "t", "--", &richting]) {
            verwacht.push((vec!["richtingen", "1"], richting.trim().to_string()));
        }
        if neemt_aan(&s, &["afspraak", "t", "--eigenaar", "teamleider", "--streefwaarde", "Werkt", "--datum", "2024-09-02", "--", &afspraak]) {
            verwacht.push((vec!["afspraken", "0", "tekst"], afspraak.trim().to_string()));
        }
        if neemt_aan(&s, &["evaluatie", "t", &format!("--proces={proces}"), "--inzichten", "Eén deur", "--vervolg", "Pilot", "--datum", "2024-03-18"]) {
            verwacht.push((vec!["evaluatie", "proces"], proces.trim().to_string()));
        }
        if neemt_aan(&s, &["kernvraag", "t", "--", &kernvraag]) {
            verwacht.push((vec!["kernvraag"], kernvraag.trim().to_string()));
        }
        // Every command reads the file back: a check, the traject as JSON, the report.
        s.ok(&["check"]);
        let json: Value = serde_json::from_str(&s.doe("toon t --json")).unwrap();
        let rapport = leestekst(&s.doe("rapport t"));
        for (pad, tekst) in &verwacht {
            // `toon --json` shows what every output shows: the text as accepted, masked where it
            // may identify someone (an e-mail address, say).
            let gelezen = veld(&json, pad);
            let gemaskeerd = visieleer::privacy::maskeer(tekst, &[]);
            prop_assert_eq!(gelezen.as_str(), Some(gemaskeerd.as_str()), "{:?}", pad);
            prop_assert!(
                rapport.contains(&in_document(tekst)),
                "{:?} ontbreekt in het rapport: {:?}", pad, in_document(tekst)
            );
        }
    }

    /// A quote in a moderator's notes, between words so that the notes grammar (a trailing
    /// `#tag`, a last `— rol` line, markdown's own block markers) stays grammar.
    #[test]
    fn een_citaat_uit_notities_komt_terug(kern in tekst()) {
        let kern = kern.replace(['\r', '\n'], " ");
        let zin = format!("Ik zei: {} (einde)", kern.trim());
        let s = Sessie::nieuw();
        s.traject_in_luisteren("t");
        s.schrijf(
            "n.md",
            &format!(
                "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n> {zin}\n> — bewoner\n"
            ),
        );
        if neemt_aan(&s, &["notities", "t", "n.md"]) {
            s.ok(&["check"]);
            let json: Value = serde_json::from_str(&s.doe("toon t --json")).unwrap();
            let gemaskeerd = visieleer::privacy::maskeer(&zin, &[]);
            prop_assert_eq!(
                json["interviews"][0]["citaten"][0]["tekst"].as_str(),
                Some(gemaskeerd.as_str())
            );
        }
    }
}

/// The sentences that bricked a traject before the file layer read the parser's own events.
#[test]
fn gewone_zinnen_met_sterretjes_en_ampersands() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wethouder:bestuur --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    let zinnen = [
        "Ik zei het al, *echt* waar.",
        "Zorg, &welzijn samen.",
        "Eerst dit - *dan* dat.",
        "Lijst [*a*, b] klaar.",
        "Zo {*x*} ja.",
        "Ik zei het al,*echt*.",
    ];
    for zin in zinnen {
        s.ok(&["citaat", "t", "1", "--van", "wethouder", zin]);
    }
    s.ok(&["check"]);
    let json: Value = serde_json::from_str(&s.doe("toon t --json")).unwrap();
    let teksten: Vec<&str> = json["interviews"][0]["citaten"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tekst"].as_str().unwrap())
        .collect();
    assert_eq!(teksten, zinnen);
}

/// A quote line that markdown would read as a heading (`> # Eerst dit`) keeps its `#`: it is
/// what the moderator wrote, as a list marker is.
#[test]
fn een_kopje_in_een_citaat_is_tekst() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "n.md",
        "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n> # Rapportage Visieleren, echt waar.\n> — bewoner\n\n> ## Twee dingen\n> — wijkcoach\n",
    );
    s.doe("notities t n.md");
    let json: Value = serde_json::from_str(&s.doe("toon t --json")).unwrap();
    let teksten: Vec<&str> = json["interviews"][0]["citaten"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tekst"].as_str().unwrap())
        .collect();
    assert_eq!(
        teksten,
        ["# Rapportage Visieleren, echt waar.", "## Twee dingen"]
    );
    let rapport = leestekst(&s.doe("rapport t"));
    assert!(
        rapport.contains("# Rapportage Visieleren, echt waar."),
        "{rapport}"
    );
}

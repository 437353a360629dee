//! A traject file cut off at a line boundary (a sync tool, an editor, a failed merge) is
//! noticed by `check` and by every command, before the next write makes the loss permanent;
//! a hand edit that keeps the file whole stays valid. See "Een afgekapt bestand" in HANDLEIDING.md.

use crate::common;

use std::fs;
use std::path::Path;

use common::Sessie;
use visieleer::bestand::{lees as uit_yaml, schrijf as naar_yaml};
use visieleer::model::traject::SLOTREGEL;

fn repo(pad: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(pad)).unwrap()
}

#[test]
fn de_bestanden_in_de_repository_zijn_omgezet() {
    let mut paden = vec!["examples/zeewaarde.yaml".to_string()];
    for map in ["trajecten", "examples/drie"] {
        for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(map)).unwrap() {
            let naam = entry.unwrap().file_name().into_string().unwrap();
            if naam.ends_with(".yaml") {
                paden.push(format!("{map}/{naam}"));
            }
        }
    }
    assert!(paden.len() > 10);
    for pad in paden {
        let tekst = repo(&pad);
        assert!(tekst.starts_with("versie: 2\n"), "{pad}");
        assert!(tekst.ends_with(&format!("\n{SLOTREGEL}\n")), "{pad}");
        let traject = uit_yaml(&tekst, "x").unwrap_or_else(|e| panic!("{pad}: {e}"));
        assert_eq!(
            naar_yaml(&traject).unwrap(),
            tekst,
            "{pad} is niet zoals visieleer schrijft"
        );
    }
}

/// Every cut of examples/zeewaarde.yaml at a line boundary: `check`, a reading command and a
/// writing command each refuse it with one Dutch sentence and change nothing.
#[test]
fn afgekapt_op_elke_regel() {
    let heel = repo("examples/zeewaarde.yaml");
    let regels: Vec<&str> = heel.split_inclusive('\n').collect();
    let s = Sessie::nieuw();
    let mut gevonden = 0;
    for n in 0..regels.len() {
        s.schrijf("trajecten/zeewaarde.yaml", &regels[..n].concat());
        let check = s.run(&["check"]);
        let toon = s.run(&["toon", "zeewaarde"]);
        let overzicht = s.run(&["overzicht"]);
        let fout = s.weigert_regel("kernvraag zeewaarde 'Een nieuwe kernvraag?'");
        let alle_weigeren = check.code == 1 && toon.code == 1 && overzicht.code == 1;
        if alle_weigeren {
            gevonden += 1;
        }
        if n > 0 {
            // With the first line in place, the message says what happened, once.
            for melding in [&check.stdout, &toon.stderr, &overzicht.stderr, &fout] {
                assert_eq!(
                    melding.matches("afgekapt").count(),
                    1,
                    "na {n} regels: {melding}"
                );
                assert!(
                    melding.contains(&format!("houdt op na regel {n} ")),
                    "{melding}"
                );
            }
            assert_eq!(toon.stderr.lines().count(), 1, "{}", toon.stderr);
            assert!(toon.stdout.is_empty());
        }
    }
    assert!(
        gevonden * 100 >= regels.len() * 95,
        "{gevonden} van {} afkappingen gevonden",
        regels.len()
    );
    // The whole file is fine.
    s.schrijf("trajecten/zeewaarde.yaml", &heel);
    s.ok(&["check"]);
}

#[test]
fn met_de_hand_bewerkt_blijft_geldig() {
    let s = Sessie::nieuw();
    let heel = repo("examples/zeewaarde.yaml");
    // A value changed and the last line moved up: the file is whole, so it stays valid.
    let bewerkt = heel
        .replace("facilitator: Mirjam de Vries", "facilitator: M. de Vries")
        .replace(&format!("{SLOTREGEL}\n"), "")
        .replacen("versie: 2\n", &format!("versie: 2\n{SLOTREGEL}\n"), 1);
    assert_ne!(bewerkt, heel);
    s.schrijf("trajecten/zeewaarde.yaml", &bewerkt);
    s.ok(&["check"]);
    s.doe("toon zeewaarde");
    s.ok(&["overzicht"]);
}

#[test]
fn een_bestand_zonder_slotregel_van_versie_2_is_afgekapt() {
    let s = Sessie::nieuw();
    let heel = repo("examples/zeewaarde.yaml");
    s.schrijf(
        "trajecten/zeewaarde.yaml",
        &heel.replace("einde_bestand: true", "einde_bestand: false"),
    );
    let fout = s.weigert_regel("toon zeewaarde");
    assert!(fout.contains("waarschijnlijk afgekapt"), "{fout}");
}

#[test]
fn een_oud_bestand_wordt_gelezen_en_bij_de_volgende_wijziging_omgezet() {
    let s = Sessie::nieuw();
    let oud = repo("examples/zeewaarde.yaml")
        .replacen("versie: 2\n", "versie: 1\n", 1)
        .replace(&format!("{SLOTREGEL}\n"), "");
    s.schrijf("trajecten/zeewaarde.yaml", &oud);
    let check = s.ok(&["check"]);
    assert!(check.contains("oude formaat (versie 1)"), "{check}");
    assert!(check.contains("0 fouten, 1 waarschuwing"), "{check}");
    s.doe("toon zeewaarde");
    s.ok(&["overzicht"]);
    s.doe("heropen zeewaarde --reden 'Nog een afspraak'");
    let nieuw = s.lees("zeewaarde");
    assert!(nieuw.starts_with("versie: 2\n") && nieuw.ends_with(&format!("\n{SLOTREGEL}\n")));
    let check = s.ok(&["check"]);
    assert!(!check.contains("oude formaat"), "{check}");
}

//! The method's order in time after `heropen`: a reopened traject goes on from the day it was
//! reopened. Ending it again or moving it on before that day is refused; a file edited by hand
//! that contradicts it is reported by `check` with the line.

use std::fs;

use crate::common::Sessie;

/// A traject afgerond on 2024-03-25 and reopened on 2024-04-01.
fn heropend() -> Sessie {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.doe("heropen zeewijk --reden 'richting vergeten' --datum 2024-04-01");
    s
}

#[test]
fn stoppen_annuleren_en_afronden_voor_de_heropening_worden_geweigerd() {
    let s = heropend();
    for opdracht in ["stop", "annuleer"] {
        let fout = s.weigert(&[
            opdracht,
            "zeewijk",
            "--reden",
            "toch niet",
            "--datum",
            "2024-03-28",
        ]);
        assert!(
            fout.contains(
                "de einddatum (2024-03-28) ligt vóór de dag waarop het traject werd heropend (2024-04-01)"
            ),
            "{opdracht}: {fout}"
        );
        assert!(fout.contains("Controleer de --datum"), "{opdracht}: {fout}");
    }
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-03-28");
    assert!(
        fout.contains("ligt vóór de dag waarop het traject werd heropend (2024-04-01)"),
        "{fout}"
    );
    assert!(fout.contains("geef --datum 2024-04-01 of later"), "{fout}");

    // On the day of the reopening itself, or later, it goes.
    s.doe("volgende zeewijk --datum 2024-04-01");
    s.doe("heropen zeewijk --reden 'nog iets' --datum 2024-04-02");
    s.doe("stop zeewijk --reden klaar --datum 2024-04-03");
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");
}

/// The line (1-based) of `zoek` in the file, which must hold it exactly once.
fn regel(tekst: &str, zoek: &str) -> usize {
    assert_eq!(tekst.matches(zoek).count(), 1, "{zoek:?} in:\n{tekst}");
    tekst[..tekst.find(zoek).unwrap()].matches('\n').count() + 1
}

#[test]
fn check_meldt_een_einde_voor_de_heropening_met_de_regel() {
    let s = heropend();
    s.doe("stop zeewijk --reden klaar --datum 2024-04-03");
    let tekst = s
        .lees("zeewijk")
        .replace("einde: 2024-04-03", "einde: 2024-03-30");
    fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    let verwacht = format!(
        "regel {}: de einddatum (2024-03-30) ligt vóór de dag waarop het traject werd heropend (2024-04-01)",
        regel(&tekst, "einde: 2024-03-30")
    );
    assert!(
        u.stdout.contains(&verwacht),
        "mist '{verwacht}' in:\n{}",
        u.stdout
    );
}

#[test]
fn check_meldt_een_historie_die_niet_op_volgorde_staat() {
    let s = heropend();
    s.doe("stop zeewijk --reden klaar --datum 2024-04-03");
    // By hand: the reopening moved before the afronding it undid.
    let tekst = s.lees("zeewijk").replace(
        "- datum: 2024-04-01\n  wat: 'traject heropend",
        "- datum: 2024-03-20\n  wat: 'traject heropend",
    );
    fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    let verwacht = format!(
        "regel {}: de heropening in de historie (2024-03-20) ligt vóór het einde dat ze ongedaan maakte (2024-03-25)",
        regel(&tekst, "- datum: 2024-03-20\n  wat: 'traject heropend")
    );
    assert!(
        u.stdout.contains(&verwacht),
        "mist '{verwacht}' in:\n{}",
        u.stdout
    );
}

#[test]
fn check_meldt_een_fase_die_begon_voor_de_heropening() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    // By hand: a stop and a reopening in ontwerpen dated after borgen began (2024-03-04).
    let tekst = s.lees("zeewijk").replace(
        "einde_bestand: true",
        "- datum: 2024-03-05\n  wat: 'traject gestopt in fase ontwerpen: pauze'\n- datum: 2024-03-10\n  wat: 'traject heropend in fase ontwerpen (was gestopt): verder'\neinde_bestand: true",
    );
    fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    let verwacht = format!(
        "regel {}: fase borgen begint (2024-03-04) vóór de dag waarop het traject in fase ontwerpen werd heropend (2024-03-10)",
        regel(&tekst, "  borgen: 2024-03-04")
    );
    assert!(
        u.stdout.contains(&verwacht),
        "mist '{verwacht}' in:\n{}",
        u.stdout
    );
}

#[test]
fn niets_gehouden_terwijl_het_traject_dicht_was_behalve_nazorg() {
    let s = heropend();
    let fout = s.weigert_regel("sessie zeewijk werkbezoek --datum 2024-03-28");
    assert!(
        fout.contains(
            "de gehouden werkbezoek (2024-03-28) ligt in de tijd dat het traject afgerond was (2024-03-25 tot de heropening op 2024-04-01)"
        ),
        "{fout}"
    );
    // Nazorg is what follows an afronding: that goes.
    s.doe("sessie zeewijk nazorg --datum 2024-03-28");
    s.doe("nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Het loopt.' --datum 2024-03-28");
    s.doe("sessie zeewijk werkbezoek --datum 2024-04-01");
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");

    // A stopped traject held nothing at all while it was stopped.
    s.doe("stop zeewijk --reden pauze --datum 2024-04-02");
    s.doe("heropen zeewijk --reden verder --datum 2024-04-10");
    let fout = s.weigert_regel("sessie zeewijk nazorg --datum 2024-04-05");
    assert!(
        fout.contains("ligt in de tijd dat het traject gestopt was (2024-04-02 tot de heropening op 2024-04-10)"),
        "{fout}"
    );
}

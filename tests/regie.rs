//! Signals: what the method expects by now, shown in `toon`, `overzicht` (table and HTML) and
//! `check`, each with the command that resolves it; it appears on the right day and goes away
//! once resolved.

use crate::common::Sessie;

/// A command on another day than the session's fixed today.
fn op(s: &Sessie, vandaag: &str, regel: &str) -> String {
    let args = shlex::split(regel).unwrap();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let uit = s
        .command(&args)
        .env("VISIELEER_VANDAAG", vandaag)
        .output()
        .unwrap();
    assert!(
        uit.status.success(),
        "{regel}: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    String::from_utf8(uit.stdout).unwrap()
}

#[test]
fn een_afgerond_traject_zonder_nazorggesprek() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    // Afgerond on 25 March: three months later, on 25 June, the nazorggesprek is due.
    for vandaag in ["2024-04-15", "2024-06-25"] {
        let toon = op(&s, vandaag, "toon t");
        assert!(!toon.contains("nazorggesprek"), "{vandaag}: {toon}");
    }
    let toon = op(&s, "2024-06-26", "toon t");
    assert!(
        toon.contains("Let op: het traject is op 2024-03-25 afgerond en er is binnen 3 maanden (tot 2024-06-25) geen nazorggesprek gehouden of gepland; plan het nazorggesprek met 'visieleer sessie t nazorg --gepland --datum JJJJ-MM-DD'."),
        "{toon}"
    );
    let overzicht = op(&s, "2024-06-26", "overzicht");
    assert!(overzicht.contains("⚠ geen nazorg"), "{overzicht}");
    let html = op(&s, "2024-06-26", "overzicht --html");
    assert!(
        html.contains("Afgerond zonder nazorggesprek: Zeewijk."),
        "{html}"
    );
    let check = op(&s, "2024-06-26", "check");
    assert!(
        check.contains("waarschuwing: trajecten/t.yaml: het traject is op 2024-03-25 afgerond"),
        "{check}"
    );

    // Planned within the three months: resolved.
    op(
        &s,
        "2024-06-26",
        "sessie t nazorg --gepland --datum 2024-06-20",
    );
    let toon = op(&s, "2024-06-26", "toon t");
    assert!(!toon.contains("geen nazorggesprek"), "{toon}");
    // But a planned session whose day has passed is a signal of its own.
    assert!(
        toon.contains("Let op: de geplande nazorg van 2024-06-20 is verlopen; leg vast dat hij is gehouden met 'visieleer sessie t nazorg --datum 2024-06-20'"),
        "{toon}"
    );
    op(&s, "2024-06-26", "sessie t nazorg --datum 2024-06-20");
    let toon = op(&s, "2024-06-26", "toon t");
    assert!(!toon.contains("Signalen:"), "{toon}");
    assert!(op(&s, "2024-06-26", "overzicht").contains("┆ afgerond ┆"));
    assert!(!op(&s, "2024-06-26", "overzicht").contains('⚠'));
}

#[test]
fn een_afgerond_traject_zonder_datums_en_zonder_enige_nazorg() {
    let s = Sessie::nieuw();
    s.schrijf(
        "trajecten/oud.yaml",
        "versie: 2\ngemeenten:\n- Oudedorp\nvraagstuk: Toegang\nfase: borgen\nstatus: afgerond\neinde_bestand: true\n",
    );
    let toon = s.doe("toon oud");
    assert!(
        toon.contains("Let op: het traject is afgerond zonder enige nazorg; plan het nazorggesprek met 'visieleer sessie oud nazorg --gepland --datum JJJJ-MM-DD'."),
        "{toon}"
    );
}

#[test]
fn een_traject_over_tien_weken_en_over_zes_maanden() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    // Ten weeks after the aanmelding is 25 March; past it, the first signal.
    assert!(!op(&s, "2024-03-25", "toon t").contains("Signalen:"));
    let toon = op(&s, "2024-04-01", "toon t");
    assert!(
        toon.contains("Let op: het traject loopt 11 weken sinds de aanmelding, langer dan de streeftijd van 10 weken"),
        "{toon}"
    );
    assert!(op(&s, "2024-04-01", "overzicht").contains("⚠ over 10 weken"));
    // Six months after 15 January is 15 July; past it, the second replaces the first.
    assert!(!op(&s, "2024-07-15", "toon t").contains("zes maanden"));
    let toon = op(&s, "2024-07-16", "toon t");
    assert!(
        toon.contains(
            "Let op: het traject loopt al langer dan zes maanden (26 weken sinds de aanmelding)"
        ),
        "{toon}"
    );
    assert!(!toon.contains("langer dan de streeftijd"), "{toon}");
    assert!(op(&s, "2024-07-16", "overzicht").contains("⚠ over zes maanden"));
    // A stopped traject has nothing left to steer.
    op(
        &s,
        "2024-07-16",
        "stop t --reden 'Geen capaciteit' --datum 2024-07-16",
    );
    assert!(!op(&s, "2024-07-17", "toon t").contains("Signalen:"));
}

#[test]
fn een_geplande_sessie_over_haar_datum() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    s.doe("volgende t --datum 2024-01-15");
    s.doe("sessie t kickoff --gepland --datum 2024-01-22");
    assert!(!op(&s, "2024-01-22", "toon t").contains("Signalen:"));
    let toon = op(&s, "2024-01-23", "toon t");
    assert!(
        toon.contains("Let op: de geplande kickoff van 2024-01-22 is verlopen"),
        "{toon}"
    );
    let check = op(&s, "2024-01-23", "check");
    assert!(check.contains("0 fouten, 1 waarschuwing"), "{check}");
    op(&s, "2024-01-23", "sessie t kickoff --datum 2024-01-22");
    assert!(!op(&s, "2024-01-23", "toon t").contains("Signalen:"));
}

#[test]
fn het_programma_op_15_januari_2025_mist_de_nazorg() {
    let s = Sessie::nieuw();
    let bron = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("trajecten");
    std::fs::create_dir_all(s.map()).unwrap();
    for entry in std::fs::read_dir(bron).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(entry.path(), s.map().join(entry.file_name())).unwrap();
        }
    }
    let html = op(&s, "2025-01-15", "overzicht --html");
    assert!(
        html.contains("Afgerond zonder nazorggesprek: Ermelo, Harderwijk en Zeewolde; Hoorn; Schouwen-Duiveland; Súdwest-Fryslân; West Brabant Oost."),
        "{html}"
    );
    assert!(!html.contains("Geen signalen"), "{html}");
}

#[test]
fn een_sessie_met_een_verslag_in_toon_en_rapport() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    s.doe("volgende t --datum 2024-01-15");
    s.doe("sessie t kickoff --datum 2024-01-22 --verslag 'Verwachting: één voordeur binnen een jaar; bel bij vragen 06-12345678.'");
    let toon = s.doe("toon t");
    assert!(
        toon.contains("Verslag: Verwachting: één voordeur binnen een jaar"),
        "{toon}"
    );
    // A free text like any other: check names it, and no document shows the number.
    let check = s.doe("check");
    assert!(
        check.contains("verslag van kickoff 1 bevat mogelijk een telefoonnummer"),
        "{check}"
    );
    let rapport = s.doe("rapport t");
    assert!(
        rapport.contains(
            "Kick-off: Verwachting: één voordeur binnen een jaar; bel bij vragen \\[weggelaten\\]."
        ),
        "{rapport}"
    );
    assert!(!rapport.contains("12345678"), "{rapport}");
    // Corrected and taken away with sessie-wijzig; undone with ongedaan.
    s.doe("sessie-wijzig t 1 --verslag 'Verwachting: één voordeur.'");
    assert!(
        s.doe("rapport t")
            .contains("Kick-off: Verwachting: één voordeur.")
    );
    let voor = s.lees("t");
    s.doe("sessie-wijzig t 1 --geen-verslag");
    assert!(!s.lees("t").contains("verslag:"));
    s.doe("ongedaan t");
    assert_eq!(s.lees("t"), voor);
    // The private notitie never leaves the tool; the verslag is the public account.
    s.weigert_regel("sessie t kickoff --datum 2024-01-22 --verslag ''");
}

#[test]
fn een_afspraak_werkt_een_oplossingsrichting_uit() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let fout = s.weigert_regel("afspraak t 'Eén nummer' --eigenaar teamleider --richting 7");
    assert!(
        fout.contains("Traject 't' heeft geen oplossingsrichting 7; 'visieleer toon t' toont de richtingen met hun nummer."),
        "{fout}"
    );
    s.doe("afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners bellen één keer' --datum 2024-09-02 --richting 1");
    assert!(s.lees("t").contains("  richting: 1\n"), "{}", s.lees("t"));
    assert!(s.doe("toon t").contains("werkt oplossingsrichting 1 uit"));
    let rapport = s.doe("rapport t");
    assert!(
        rapport.contains(
            "Afspraak 1 werkt deze oplossingsrichting uit: Eén wijkteam per wijk met eigen mandaat"
        ),
        "{rapport}"
    );
    // The richting cannot quietly go while an afspraak carries it out.
    let fout = s.weigert_regel("verwijder t richting 1");
    assert!(
        fout.contains("afspraak 1 ('Eén nummer') verwijst ernaar"),
        "{fout}"
    );
    s.doe("afspraak-wijzig t 1 --geen-richting");
    assert!(!s.lees("t").contains("richting: 1"));
    s.doe("afspraak-wijzig t 1 --richting 1");
    // A hand edit to a richting that does not exist is an error for check.
    let tekst = s.lees("t").replace("  richting: 1\n", "  richting: 9\n");
    s.schrijf("trajecten/t.yaml", &tekst);
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    assert!(
        uit.stdout
            .contains("afspraak 1 werkt oplossingsrichting 9 uit, die niet bestaat"),
        "{}",
        uit.stdout
    );
}

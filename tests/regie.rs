//! Signals: what the method expects by now, shown in `toon`, `overzicht` (table and HTML) and
//! `check`, each with the command that resolves it; it appears on the right day and goes away
//! once resolved.

use crate::common::Sessie;

#[test]
fn een_afgerond_traject_zonder_nazorggesprek() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    // Afgerond on 25 March: three months later, on 25 June, the nazorggesprek is due.
    for vandaag in ["2024-04-15", "2024-06-25"] {
        let toon = s.doe_op(vandaag, "toon t");
        assert!(!toon.contains("nazorggesprek"), "{vandaag}: {toon}");
    }
    let toon = s.doe_op("2024-06-26", "toon t");
    assert!(
        toon.contains("Let op: het traject is op 2024-03-25 afgerond en er is binnen 3 maanden (tot 2024-06-25) geen nazorggesprek gehouden of gepland; plan het nazorggesprek met 'visieleer sessie t nazorg --gepland --datum JJJJ-MM-DD'."),
        "{toon}"
    );
    let overzicht = s.doe_op("2024-06-26", "overzicht");
    assert!(overzicht.contains("⚠ geen nazorg"), "{overzicht}");
    let html = s.doe_op("2024-06-26", "overzicht --html");
    assert!(
        html.contains("Afgerond zonder nazorggesprek: Zeewijk."),
        "{html}"
    );
    let check = s.doe_op("2024-06-26", "check");
    assert!(
        check.contains("waarschuwing: trajecten/t.yaml: het traject is op 2024-03-25 afgerond"),
        "{check}"
    );

    // Planned within the three months: resolved.
    s.doe_op("2024-06-26", "sessie t nazorg --gepland --datum 2024-06-20");
    let toon = s.doe_op("2024-06-26", "toon t");
    assert!(!toon.contains("geen nazorggesprek"), "{toon}");
    // But a planned session whose day has passed is a signal of its own.
    assert!(
        toon.contains("Let op: de geplande nazorg van 2024-06-20 is verlopen; leg vast dat hij is gehouden met 'visieleer sessie t nazorg --datum 2024-06-20'"),
        "{toon}"
    );
    s.doe_op("2024-06-26", "sessie t nazorg --datum 2024-06-20");
    let toon = s.doe_op("2024-06-26", "toon t");
    assert!(!toon.contains("Signalen:"), "{toon}");
    assert!(s.doe_op("2024-06-26", "overzicht").contains("┆ afgerond ┆"));
    assert!(!s.doe_op("2024-06-26", "overzicht").contains('⚠'));
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
    assert!(!s.doe_op("2024-03-25", "toon t").contains("Signalen:"));
    let toon = s.doe_op("2024-04-01", "toon t");
    assert!(
        toon.contains("Let op: het traject loopt 11 weken sinds de aanmelding, langer dan de streeftijd van 10 weken"),
        "{toon}"
    );
    assert!(
        s.doe_op("2024-04-01", "overzicht")
            .contains("⚠ over 10 weken")
    );
    // Six months after 15 January is 15 July; past it, the second replaces the first.
    assert!(!s.doe_op("2024-07-15", "toon t").contains("zes maanden"));
    let toon = s.doe_op("2024-07-16", "toon t");
    assert!(
        toon.contains(
            "Let op: het traject loopt al langer dan zes maanden (26 weken sinds de aanmelding)"
        ),
        "{toon}"
    );
    assert!(!toon.contains("langer dan de streeftijd"), "{toon}");
    assert!(
        s.doe_op("2024-07-16", "overzicht")
            .contains("⚠ over zes maanden")
    );
    // A stopped traject has nothing left to steer.
    s.doe_op(
        "2024-07-16",
        "stop t --reden 'Geen capaciteit' --datum 2024-07-16",
    );
    assert!(!s.doe_op("2024-07-17", "toon t").contains("Signalen:"));
}

#[test]
fn een_geplande_sessie_over_haar_datum() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    s.doe("volgende t --datum 2024-01-15");
    s.doe("sessie t kickoff --gepland --datum 2024-01-22");
    assert!(!s.doe_op("2024-01-22", "toon t").contains("Signalen:"));
    let toon = s.doe_op("2024-01-23", "toon t");
    assert!(
        toon.contains("Let op: de geplande kickoff van 2024-01-22 is verlopen"),
        "{toon}"
    );
    let check = s.doe_op("2024-01-23", "check");
    assert!(check.contains("0 fouten, 1 waarschuwing"), "{check}");
    s.doe_op("2024-01-23", "sessie t kickoff --datum 2024-01-22");
    assert!(!s.doe_op("2024-01-23", "toon t").contains("Signalen:"));
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
    let html = s.doe_op("2025-01-15", "overzicht --html");
    assert!(
        html.contains("Afgerond zonder nazorggesprek: Ermelo, Harderwijk en Zeewolde; Hoorn; Schouwen-Duiveland; Súdwest-Fryslân; West Brabant Oost."),
        "{html}"
    );
    assert!(!html.contains("Geen signalen"), "{html}");
    // toon says it too, and the table of overzicht.
    let toon = s.doe_op("2025-01-15", "toon hoorn");
    assert!(
        toon.contains("Let op: het traject is afgerond zonder enige nazorg; plan het nazorggesprek met 'visieleer sessie hoorn nazorg --gepland --datum JJJJ-MM-DD'."),
        "{toon}"
    );
    assert_eq!(
        s.doe_op("2025-01-15", "overzicht")
            .matches("⚠ geen nazorg")
            .count(),
        5
    );
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

/// Whether the signals of `toon` on `vandaag` say exactly these things (each a piece of its
/// sentence), and nothing else.
#[track_caller]
fn signalen_op(s: &Sessie, vandaag: &str, verwacht: &[&str]) {
    let toon = s.doe_op(vandaag, "toon t");
    let regels: Vec<&str> = toon
        .lines()
        .filter(|r| r.trim_start().starts_with("Let op:"))
        .collect();
    assert_eq!(regels.len(), verwacht.len(), "{vandaag}: {regels:#?}");
    for (regel, stuk) in regels.iter().zip(verwacht) {
        assert!(regel.contains(stuk), "{vandaag}: '{stuk}' niet in {regel}");
    }
}

#[test]
fn van_planning_tot_nazorg_verschijnt_elk_signaal_op_zijn_dag_en_verdwijnt_weer() {
    let s = Sessie::nieuw();
    let doe = |vandaag: &str, regel: &str| {
        s.doe_op(vandaag, regel);
    };
    doe(
        "2024-01-08",
        "nieuw t --gemeente Zeewijk --vraagstuk 'Hoe?' --datum 2024-01-08",
    );
    doe("2024-01-15", "aanmelding t --datum 2024-01-15");
    doe("2024-01-15", "volgende t --datum 2024-01-15");
    // A planned kick-off: silent on its day, a signal the day after, gone once held.
    doe(
        "2024-01-15",
        "sessie t kickoff --gepland --datum 2024-01-22",
    );
    signalen_op(&s, "2024-01-22", &[]);
    signalen_op(
        &s,
        "2024-01-23",
        &["de geplande kickoff van 2024-01-22 is verlopen"],
    );
    doe("2024-01-23", "sessie t kickoff --datum 2024-01-22");
    signalen_op(&s, "2024-01-23", &[]);
    for (dag, regel) in [
        ("2024-01-23", "kernvraag t 'Hoe één voordeur?'"),
        ("2024-01-23", "expert t 'E. Xpert'"),
        ("2024-01-29", "volgende t --datum 2024-01-29"),
        (
            "2024-02-01",
            "interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01",
        ),
        (
            "2024-02-01",
            "citaat t 1 'De regels zijn oud.' --van wijkcoach",
        ),
        (
            "2024-02-05",
            "interview t --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --datum 2024-02-05",
        ),
        ("2024-02-05", "citaat t 2 'Welk loket?' --van bewoner"),
        ("2024-02-12", "volgende t --datum 2024-02-12"),
        (
            "2024-02-14",
            "synthese t --stap moderatoren 'Regels knellen' --citaat 1.1",
        ),
        (
            "2024-02-20",
            "synthese t --stap expertteam 'Eén deur helpt'",
        ),
        ("2024-02-26", "sessie t ontwerpsessie --datum 2024-02-26"),
        (
            "2024-02-26",
            "synthese t --stap reflectie 'Iedereen herkent het'",
        ),
        ("2024-02-26", "richting t 'Eén wijkteam per wijk'"),
        ("2024-03-04", "volgende t --datum 2024-03-04"),
        ("2024-03-18", "sessie t borgingsessie --datum 2024-03-18"),
        (
            "2024-03-18",
            "evaluatie t --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18",
        ),
        (
            "2024-03-18",
            "afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners bellen één keer' --datum 2024-05-01",
        ),
    ] {
        doe(dag, regel);
    }
    // Past ten whole weeks after the aanmelding (from 1 April), then the afspraak's date (1 May).
    signalen_op(&s, "2024-03-31", &[]);
    signalen_op(
        &s,
        "2024-04-01",
        &["loopt 11 weken sinds de aanmelding, langer dan de streeftijd van 10 weken"],
    );
    signalen_op(&s, "2024-05-01", &["langer dan de streeftijd"]);
    signalen_op(
        &s,
        "2024-05-02",
        &[
            "langer dan de streeftijd",
            "afspraak 1 (Eén nummer) had op 2024-05-01 besproken moeten zijn",
        ],
    );
    // Six months after the aanmelding (15 July) the second replaces the first.
    signalen_op(
        &s,
        "2024-07-16",
        &["al langer dan zes maanden", "afspraak 1 (Eén nummer)"],
    );
    // Afgerond on 20 July: the traject no longer runs late; the afspraak still waits.
    doe("2024-07-20", "volgende t --datum 2024-07-20");
    signalen_op(&s, "2024-07-20", &["afspraak 1 (Eén nummer)"]);
    // Three months after the afronding (20 October), no nazorggesprek: a signal.
    signalen_op(&s, "2024-10-20", &["afspraak 1 (Eén nummer)"]);
    signalen_op(
        &s,
        "2024-10-21",
        &[
            "afspraak 1 (Eén nummer)",
            "het traject is op 2024-07-20 afgerond en er is binnen 3 maanden (tot 2024-10-20) geen nazorggesprek gehouden of gepland",
        ],
    );
    let html = s.doe_op("2024-10-21", "overzicht --html");
    assert!(
        html.contains("Afgerond zonder nazorggesprek: Zeewijk."),
        "{html}"
    );
    // Planned late: the promise is not kept yet; the planned day passes: another signal;
    // held, late: both go.
    doe("2024-10-21", "sessie t nazorg --gepland --datum 2024-11-04");
    signalen_op(
        &s,
        "2024-11-04",
        &[
            "afspraak 1 (Eén nummer)",
            "geen nazorggesprek gehouden of gepland",
        ],
    );
    signalen_op(
        &s,
        "2024-11-05",
        &[
            "de geplande nazorg van 2024-11-04 is verlopen",
            "afspraak 1 (Eén nummer)",
            "geen nazorggesprek gehouden of gepland",
        ],
    );
    doe("2024-11-05", "sessie t nazorg --datum 2024-11-04");
    signalen_op(&s, "2024-11-05", &["afspraak 1 (Eén nummer)"]);
    // The afspraak loopt, to be looked at again in January 2025.
    let fout = s.weigert_regel(
        "nazorg t --afspraak 1 --stand loopt --verhaal 'Twee wijken.' --datum 2024-04-15",
    );
    assert!(
        fout.contains("zeg met --volgende wanneer er weer naar gekeken wordt"),
        "{fout}"
    );
    doe(
        "2024-11-05",
        "nazorg t --afspraak 1 --stand loopt --volgende 'januari 2025' --perspectief inwoners --verhaal 'Twee wijken werken met het nummer.' --datum 2024-11-04",
    );
    signalen_op(&s, "2024-11-05", &[]);
    // The whole month of January is still in time; on 1 February it has passed.
    signalen_op(&s, "2025-01-31", &[]);
    signalen_op(
        &s,
        "2025-02-01",
        &[
            "afspraak 1 (Eén nummer) loopt en zou in januari 2025 weer besproken worden, maar er is sindsdien geen nazorg vastgelegd; leg de nieuwe stand vast met 'visieleer nazorg t --afspraak 1 --stand … --verhaal …'",
        ],
    );
    assert!(
        s.doe_op("2025-02-01", "overzicht")
            .contains("⚠ 1 lopende nazorg verlopen")
    );
    let html = s.doe_op("2025-02-01", "overzicht --html");
    assert!(
        html.contains("Nazorg die loopt, over het volgende moment: Zeewijk."),
        "{html}"
    );
    let check = s.doe_op("2025-02-01", "check");
    assert!(check.contains("0 fouten, 1 waarschuwing"), "{check}");
    assert!(
        check.contains("loopt en zou in januari 2025 weer besproken worden"),
        "{check}"
    );
    // The agenda had it ahead; the next nazorg resolves it.
    assert!(
        s.doe_op("2024-12-01", "agenda")
            .contains("januari 2025  Zeewijk (t): afspraak 1 opnieuw bespreken (loopt)")
    );
    doe(
        "2025-02-03",
        "nazorg t --afspraak 1 --stand gehaald --perspectief uitvoering --verhaal 'Het nummer werkt overal.' --datum 2025-02-03",
    );
    signalen_op(&s, "2025-02-03", &[]);
    assert!(!s.doe_op("2025-02-03", "overzicht").contains('⚠'));
    let toon = s.doe_op("2025-02-03", "toon t");
    assert!(
        toon.contains(
            "nazorg 1.1: loopt (2024-11-04), perspectief inwoner, volgende keer: januari 2025"
        ),
        "{toon}"
    );
    assert!(
        toon.contains("nazorg 1.2: gehaald (2025-02-03), perspectief uitvoering"),
        "{toon}"
    );
    let rapport = s.doe_op("2025-02-03", "rapport t");
    assert!(rapport.contains("Twee wijken werken met het nummer. (Verteld vanuit het perspectief inwoner.) Volgende bespreking: januari 2025."), "{rapport}");
}

#[test]
fn de_nazorg_die_loopt_vraagt_een_volgend_moment() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    let fout = s.weigert_regel("nazorg t --afspraak 1 --stand gehaald --volgende 2024-09 --verhaal 'Klaar.' --datum 2024-04-10");
    assert!(
        fout.contains("--volgende hoort bij een afspraak die loopt"),
        "{fout}"
    );
    let fout = s.weigert_regel("nazorg t --afspraak 1 --stand loopt --volgende 2024-03 --verhaal 'Loopt.' --datum 2024-04-10");
    assert!(
        fout.contains("--volgende (maart 2024) ligt niet na het nazorggesprek van 10 april 2024"),
        "{fout}"
    );
    let fout = s.weigert_regel("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --perspectief wijk --verhaal 'Loopt.' --datum 2024-04-10");
    assert!(
        fout.contains("--perspectief: onbekend perspectief 'wijk'; kies uit inwoner, uitvoering"),
        "{fout}"
    );
    let fout = s.weigert_regel("nazorg t --afspraak 1 --stand loopt --volgende 'volgend jaar' --verhaal 'Loopt.' --datum 2024-04-10");
    assert!(fout.contains("--volgende 'volgend jaar'"), "{fout}");
    s.doe(
        "nazorg t --afspraak 1 --stand loopt --volgende 2025 --verhaal 'Loopt.' --datum 2024-04-10",
    );
    assert!(
        s.lees("t").contains("    volgende: 2025\n"),
        "{}",
        s.lees("t")
    );
    // Corrected with nazorg-wijzig; a stand other than loopt has no next moment.
    s.doe("nazorg-wijzig t 1.1 --volgende 'september 2024' --perspectief uitvoering");
    let tekst = s.lees("t");
    assert!(
        tekst.contains("    volgende: 2024-09\n    perspectief: uitvoering\n"),
        "{tekst}"
    );
    s.doe("nazorg-wijzig t 1.1 --stand gehaald");
    assert!(!s.lees("t").contains("volgende:"));
    let fout = s.weigert_regel("nazorg-wijzig t 1.1 --stand loopt");
    assert!(fout.contains("zeg met --volgende"), "{fout}");
    s.doe("nazorg-wijzig t 1.1 --stand loopt --volgende 2024-12-01");
    assert!(s.lees("t").contains("    volgende: 2024-12-01\n"));
}

#[test]
fn bestanden_van_voor_de_regels_krijgen_waarschuwingen() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    s.doe("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Loopt.' --datum 2024-04-10");
    // By hand, as files were before: no streefwaarde, no date, no next moment; the synthesis
    // out of order.
    let tekst = s
        .lees("t")
        .replace("  streefwaarde: Inwoners bellen één keer\n", "")
        .replace("  datum: 2024-09-02\n", "")
        .replace("    volgende: 2024-09\n", "")
        .replace("  stap: moderatoren\n", "  stap: expertteam\n");
    s.schrijf("trajecten/t.yaml", &tekst);
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 0, "{}", uit.stdout);
    for verwacht in [
        "afspraak 1 heeft geen streefwaarde",
        "'visieleer afspraak-wijzig t 1 --streefwaarde \"…\"'",
        "afspraak 1 heeft geen datum, dus niemand wordt eraan herinnerd",
        "nazorg 1.1 zegt dat afspraak 1 loopt, maar niet wanneer er weer naar gekeken wordt; zeg het met 'visieleer nazorg-wijzig t 1.1 --volgende JJJJ-MM-DD'",
        "de synthese heeft inzichten van het expertteam maar geen van de moderatoren",
    ] {
        assert!(
            uit.stdout.contains(verwacht),
            "mist '{verwacht}':\n{}",
            uit.stdout
        );
    }
    assert!(
        uit.stdout.contains("0 fouten, 4 waarschuwingen"),
        "{}",
        uit.stdout
    );
    // The old file keeps working: a new nazorg is taken.
    s.doe("nazorg t --afspraak 1 --stand gehaald --verhaal 'Klaar.' --datum 2024-04-12");
}

#[test]
fn de_synthese_in_volgorde() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    s.doe("citaat t 1 'De regels zijn oud.' --van wijkcoach");
    s.doe("interview t --duo beleidsadviseur:beleid --duo wethouder:bestuur --toestemming ja --datum 2024-02-05");
    s.doe("citaat t 2 'Beleid is voor alle wijken.' --van beleidsadviseur");
    s.doe("volgende t --datum 2024-02-12");
    let fout = s.weigert_regel("synthese t --stap expertteam 'Eén deur'");
    assert!(
        fout.contains("Het expertteam bouwt voort op de synthese van de moderatoren, en traject 't' heeft nog geen inzicht van de moderatoren; leg dat eerst vast met 'visieleer synthese t --stap moderatoren \"…\"'."),
        "{fout}"
    );
    let fout = s.weigert_regel("synthese t --stap reflectie 'Herkenbaar'");
    assert!(
        fout.contains("nog geen inzicht van het expertteam"),
        "{fout}"
    );
    s.doe("synthese t --stap moderatoren 'Regels knellen' --datum 2024-02-14");
    assert!(
        s.lees("t")
            .contains("  tekst: Regels knellen\n  datum: 2024-02-14\n")
    );
    s.doe("synthese t --stap expertteam 'Eén deur' --datum 2024-02-20");
    let fout = s.weigert_regel("synthese t --stap reflectie 'Herkenbaar' --datum 2024-02-26");
    assert!(
        fout.contains(
            "leg die eerst vast met 'visieleer sessie t ontwerpsessie --datum JJJJ-MM-DD'"
        ),
        "{fout}"
    );
    s.schrijf("c.csv", "1.1,Eén voordeur\n");
    let fout = s.weigert_regel("clusters t c.csv --datum 2024-02-26");
    assert!(fout.contains("heeft nog geen ontwerpsessie"), "{fout}");
    s.doe("sessie t ontwerpsessie --datum 2024-02-26");
    let fout = s.weigert_regel("synthese t --stap reflectie 'Herkenbaar' --datum 2024-02-25");
    assert!(
        fout.contains("De reflectie hoort bij de ontwerpsessie van 26 februari 2024, en 25 februari 2024 ligt daarvoor; geef de datum van de reflectie met --datum (op of na 2024-02-26)."),
        "{fout}"
    );
    s.doe("synthese t --stap reflectie 'Herkenbaar' --datum 2024-02-26");
    s.doe("clusters t c.csv --datum 2024-02-26");
    // A correction may not break the order where it held.
    let fout = s.weigert_regel("inzicht-wijzig t 3 --datum 2024-02-20");
    assert!(
        fout.contains("Dat breekt de volgorde van de synthese: inzicht 3 (reflectie) is van 2024-02-20, vóór de ontwerpsessie van 2024-02-26"),
        "{fout}"
    );
    let fout = s.weigert_regel("inzicht-wijzig t 1 --stap expertteam");
    assert!(fout.contains("geen van de moderatoren"), "{fout}");
    s.doe("inzicht-wijzig t 3 --datum 2024-02-27");
    let check = s.doe("check");
    assert!(
        check.contains(": 0 fouten") && !check.contains("synthese"),
        "{check}"
    );
}

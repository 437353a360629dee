//! The method's order in time: held meetings in their phase, `volgende` never before what the
//! gate relied on, closing only with an afspraak and a clean `check`, and undo with `heropen`.

use crate::common;

use common::Sessie;

fn in_starten(s: &Sessie) {
    s.traject_in_werving("zeewijk");
    s.doe("aanmelding zeewijk --datum 2024-01-16");
    s.doe("volgende zeewijk --datum 2024-01-16");
}

#[test]
fn een_gehouden_sessie_hoort_in_haar_fase() {
    let s = Sessie::nieuw();
    in_starten(&s);
    let fout = s.weigert_regel("sessie zeewijk ontwerpsessie --datum 2024-01-24");
    assert!(
        fout.contains("Een gehouden ontwerpsessie hoort bij fase ontwerpen; traject 'zeewijk' is in fase starten")
            && fout.contains("--gepland"),
        "{fout}"
    );
    let fout = s.weigert_regel("sessie zeewijk inwonerssessie --datum 2024-01-24");
    assert!(
        fout.contains("de fasen luisteren tot en met borgen"),
        "{fout}"
    );
    let fout = s.weigert_regel("sessie zeewijk nazorg --datum 2024-01-24");
    assert!(fout.contains("fase borgen of na de afronding"), "{fout}");
    // Planned, it can be recorded in any phase.
    s.doe("sessie zeewijk ontwerpsessie --datum 2024-05-06 --gepland");
    // A held kick-off cannot lie before starten began.
    let fout = s.weigert_regel("sessie zeewijk kickoff --datum 2024-01-10");
    assert!(
        fout.contains(
            "de gehouden kick-off (2024-01-10) ligt vóór het begin van fase starten (2024-01-16)"
        ),
        "{fout}"
    );
    s.doe("sessie zeewijk kickoff --datum 2024-01-24");
    let uit = s.ok(&["check"]);
    // Only the signal that it runs past ten weeks (since 16 January).
    assert!(uit.contains("0 fouten, 1 waarschuwing"), "{uit}");
    assert!(
        uit.contains("langer dan de streeftijd van 10 weken"),
        "{uit}"
    );
}

#[test]
fn volgende_niet_voor_de_aanmelding_of_het_begin_van_de_fase() {
    let s = Sessie::nieuw();
    s.traject_in_werving("zeewijk");
    s.doe("aanmelding zeewijk --datum 2024-01-16");
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-01-10");
    assert!(
        fout.contains("kan niet op 2024-01-10 naar fase starten: de aanmelding (2024-01-16)")
            && fout.contains("geef --datum 2024-01-16 of later"),
        "{fout}"
    );
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-01-01");
    assert!(
        fout.contains("vóór het begin van fase werving (2024-01-08)"),
        "{fout}"
    );
    s.doe("volgende zeewijk --datum 2024-01-16");
}

#[test]
fn luisteren_niet_voor_de_kickoff_en_ontwerpen_niet_voor_de_interviews() {
    let s = Sessie::nieuw();
    in_starten(&s);
    s.doe("sessie zeewijk kickoff --datum 2024-01-24");
    s.doe("kernvraag zeewijk 'Hoe één voordeur?'");
    s.doe("expert zeewijk 'E. Xpert'");
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-01-20");
    assert!(
        fout.contains(
            "de gehouden kick-off (2024-01-24) ligt na het begin van fase luisteren (2024-01-20)"
        ) && fout.contains("geef --datum 2024-01-24 of later"),
        "{fout}"
    );
    s.doe("volgende zeewijk --datum 2024-01-29");
    for (duo, datum) in [
        (["bewoner:inwoner", "wijkcoach:uitvoering"], "2024-02-01"),
        (
            ["beleidsadviseur:beleid", "wethouder:bestuur"],
            "2024-02-20",
        ),
    ] {
        let nr = s.ok(&[
            "interview",
            "zeewijk",
            "--duo",
            duo[0],
            "--duo",
            duo[1],
            "--toestemming",
            "ja",
            "--datum",
            datum,
            "--stil",
        ]);
        s.ok(&["citaat", "zeewijk", nr.trim(), "Iets wat gezegd is."]);
    }
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-02-12");
    assert!(
        fout.contains("duo-interview 2 (2024-02-20) ligt na het begin van fase ontwerpen (2024-02-12), maar de poort van luisteren rust erop")
            && fout.contains("geef --datum 2024-02-20 of later"),
        "{fout}"
    );
    s.doe("volgende zeewijk --datum 2024-02-20");
}

#[test]
fn afronden_vraagt_een_afspraak_en_een_schone_check() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    // The evaluation cannot be dated before the borgingsessie.
    let fout = s
        .weigert_regel("evaluatie zeewijk --proces a --inzichten b --vervolg c --datum 2024-03-11");
    assert!(
        fout.contains("de evaluatie (2024-03-11) ligt vóór de borgingsessie (2024-03-18)"),
        "{fout}"
    );
    s.doe("evaluatie zeewijk --proces a --inzichten b --vervolg c --datum 2024-03-18");
    s.doe("afspraak zeewijk 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    // By hand, the evaluation moves before the borgingsessie: check reports it with its line,
    // and the traject cannot be closed until it is fixed.
    let tekst = s.lees("zeewijk");
    let kapot = tekst.replace(
        "  datum: 2024-03-18\n  proces: a",
        "  datum: 2024-03-11\n  proces: a",
    );
    assert_ne!(tekst, kapot);
    std::fs::write(s.bestand("zeewijk"), &kapot).unwrap();
    let regel = kapot
        .lines()
        .position(|r| r == "  datum: 2024-03-11")
        .unwrap()
        + 1;
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1);
    assert!(
        u.stdout.contains(&format!(
            "fout: trajecten/zeewijk.yaml: regel {regel}: de evaluatie (2024-03-11) ligt vóór de borgingsessie (2024-03-18)"
        )),
        "{}",
        u.stdout
    );
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-03-25");
    assert!(
        fout.contains("kan niet worden afgerond zolang 'visieleer check' een fout meldt")
            && fout.contains("de evaluatie (2024-03-11) ligt vóór de borgingsessie"),
        "{fout}"
    );
    std::fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    // Closing cannot lie before the evaluation either.
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-03-15");
    assert!(
        fout.contains("de evaluatie (2024-03-18) ligt na het einde van het traject"),
        "{fout}"
    );
    assert!(
        s.doe("volgende zeewijk --datum 2024-03-25")
            .contains("afgerond")
    );
}

#[test]
fn na_afronding_kunnen_afspraken_en_nazorg_nog() {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.doe("sessie zeewijk nazorg --datum 2024-04-10");
    s.doe("nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Het nummer werkt in twee wijken.' --datum 2024-04-10");
    assert_eq!(
        s.doe("afspraak zeewijk 'Ook de derde wijk' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-09-02")
            .trim(),
        "Afspraak 2 vastgelegd."
    );
    let fout = s.weigert_regel("richting zeewijk 'Nog een richting'");
    assert!(
        fout.contains("afgerond en kan niet meer worden gewijzigd")
            && fout.contains("visieleer heropen zeewijk --reden"),
        "{fout}"
    );
    let fout = s.weigert_regel("sessie zeewijk werkbezoek --datum 2024-04-10");
    assert!(
        fout.contains("afgerond en kan niet meer worden gewijzigd"),
        "{fout}"
    );
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");
}

#[test]
fn heropen_maakt_stoppen_annuleren_en_afronden_ongedaan() {
    let s = Sessie::nieuw();
    in_starten(&s);
    let fout = s.weigert_regel("heropen zeewijk --reden 'per ongeluk'");
    assert!(
        fout.contains("loopt nog (fase starten); er is niets te heropenen"),
        "{fout}"
    );
    s.doe("stop zeewijk --reden verkiezingen --datum 2024-01-20");
    let fout = s.weigert_regel("kernvraag zeewijk 'Hoe?'");
    assert!(
        fout.contains("is gestopt (verkiezingen) en kan niet meer worden gewijzigd; moet er toch iets veranderen, heropen het dan met 'visieleer heropen zeewijk --reden"),
        "{fout}"
    );
    let fout = s.weigert_regel("heropen zeewijk --reden x --datum 2024-01-19");
    assert!(fout.contains("geef --datum 2024-01-20 of later"), "{fout}");
    let uit = s.doe("heropen zeewijk --reden 'nieuwe wethouder' --datum 2024-02-01");
    assert_eq!(
        uit.trim(),
        "Traject 'zeewijk' was gestopt en loopt weer, in fase starten (2 van 5)."
    );
    let tekst = s.lees("zeewijk");
    assert!(tekst.contains("status: lopend"), "{tekst}");
    assert!(
        !tekst.contains("einde:") && !tekst.contains("reden:"),
        "{tekst}"
    );
    assert!(
        tekst.contains("wat: 'traject heropend in fase starten (was gestopt): nieuwe wethouder'"),
        "{tekst}"
    );
    s.doe("kernvraag zeewijk 'Hoe?'");
    s.doe("annuleer zeewijk --reden 'toch niet'");
    s.doe("heropen zeewijk --reden 'toch wel'");
    assert!(s.lees("zeewijk").contains("status: lopend"));
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");
}

#[test]
fn een_afgerond_traject_heropenen_en_opnieuw_afronden() {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.doe("heropen zeewijk --reden 'richting vergeten' --datum 2024-03-26");
    s.doe("richting zeewijk 'Nog een richting'");
    s.doe("volgende zeewijk --datum 2024-03-27");
    let tekst = s.lees("zeewijk");
    assert!(
        tekst.contains("status: afgerond") && tekst.contains("einde: 2024-03-27"),
        "{tekst}"
    );
}

#[test]
fn check_meldt_datums_buiten_hun_fase_met_de_regel() {
    let s = Sessie::nieuw();
    in_starten(&s);
    s.doe("sessie zeewijk kickoff --datum 2024-01-24");
    // By hand: the kick-off before the aanmelding, and an ontwerpsessie that was held already.
    let tekst = s.lees("zeewijk").replace(
        "sessies:\n- soort: kickoff\n  datum: 2024-01-24\n",
        "sessies:\n- soort: kickoff\n  datum: 2024-01-12\n- soort: ontwerpsessie\n  datum: 2024-01-25\n",
    );
    std::fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    let regel = |zoek: &str| tekst.lines().position(|r| r == zoek).unwrap() + 1;
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    for verwacht in [
        format!(
            "fout: trajecten/zeewijk.yaml: regel {}: de gehouden kick-off (2024-01-12) ligt vóór het begin van fase starten (2024-01-16)",
            regel("  datum: 2024-01-12")
        ),
        format!(
            "fout: trajecten/zeewijk.yaml: regel {}: de gehouden ontwerpsessie (2024-01-25) hoort bij fase ontwerpen, maar het traject is pas in fase starten",
            regel("  datum: 2024-01-25")
        ),
    ] {
        assert!(
            u.stdout.contains(&verwacht),
            "mist '{verwacht}' in:\n{}",
            u.stdout
        );
    }
}

/// One rule for where a phase ends (`Traject::periode`): a traject stopped in luisteren shows
/// that phase ending on the stop date in `toon`, in the report's timeline (SVG and the Word
/// table) and in the programme overview, never as a sliver of zero length or open-ended.
#[test]
fn een_gestopte_fase_eindigt_overal_op_de_stopdatum() {
    let s = Sessie::nieuw();
    let voorbeeld = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/drie/heidebeek.yaml"),
    )
    .unwrap();
    s.schrijf("trajecten/heidebeek.yaml", &voorbeeld);
    let toon = s.doe("toon heidebeek");
    assert!(
        toon.contains("luisteren  2024-02-26 t/m 2024-03-15"),
        "{toon}"
    );
    let html = s.doe("rapport heidebeek --html");
    assert!(
        html.contains("luisteren: 26 februari 2024 tot 15 maart 2024"),
        "{html}"
    );
    let programma = s.doe("overzicht --html");
    assert!(
        programma.contains("<title>luisteren: 26 februari 2024 tot 15 maart 2024</title>"),
        "{programma}"
    );
    s.doe("rapport heidebeek --docx -o r.docx");
}

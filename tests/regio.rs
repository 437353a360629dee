//! Regional trajecten: several colleges of B&W register one by one, werving waits for all of
//! them, and the doorlooptijd starts at the last; a region under one name is marked regional.

use crate::common::Sessie;

fn regionaal_traject(s: &Sessie) {
    let uit = s.doe(
        "nieuw sed --gemeente 'Stede Broec' --gemeente Enkhuizen --gemeente Drechterland --vraagstuk 'Hoe vinden inwoners de weg?' --datum 2024-01-08",
    );
    assert!(uit.contains("(regionaal, fase werving)"), "{uit}");
    assert!(uit.contains("--gemeente"), "{uit}");
}

#[test]
fn werving_wacht_op_het_college_van_elke_gemeente() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    let uit = s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    assert!(
        uit.contains("Nog niet aangemeld: Stede Broec, Drechterland"),
        "{uit}"
    );
    let fout = s.weigert_regel("volgende sed --datum 2024-01-23");
    assert!(
        fout.contains("nog niet: Stede Broec, Drechterland"),
        "{fout}"
    );
    assert!(
        fout.contains("visieleer aanmelding sed --gemeente \"Stede Broec\""),
        "{fout}"
    );

    s.doe("aanmelding sed --gemeente 'Stede Broec' --datum 2024-01-10");
    let uit = s.doe("aanmelding sed --gemeente Drechterland --datum 2024-02-01");
    assert!(uit.contains("Alle colleges zijn nu aangemeld"), "{uit}");
    assert!(uit.contains("1 februari 2024"), "{uit}");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-02-01\n"), "{bestand}");
    assert!(
        bestand.contains("aanmeldingen:\n  Drechterland: 2024-02-01\n  Enkhuizen: 2024-01-22\n  Stede Broec: 2024-01-10\n"),
        "{bestand}"
    );
    assert!(s.doe("check").contains("0 fouten"));
    s.doe("volgende sed --datum 2024-02-02");
    assert!(s.lees("sed").contains("fase: starten"));
}

#[test]
fn zonder_gemeente_meldt_elk_college_tegelijk_aan() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --datum 2024-01-15");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-01-15\n"), "{bestand}");
    assert!(!bestand.contains("aanmeldingen:"), "{bestand}");
    s.doe("volgende sed --datum 2024-01-16");

    // The rest after one by one: every college not yet registered gets that day.
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    s.doe("aanmelding sed --datum 2024-01-29");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-01-29\n"), "{bestand}");
    assert!(bestand.contains("  Enkhuizen: 2024-01-22\n"), "{bestand}");
}

#[test]
fn een_gemeente_buiten_het_traject_wordt_geweigerd() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    let fout = s.weigert_regel("aanmelding sed --gemeente Hoorn --datum 2024-01-22");
    assert!(
        fout.contains(
            "Gemeente 'Hoorn' hoort niet bij traject 'sed' (Stede Broec, Enkhuizen, Drechterland)"
        ),
        "{fout}"
    );
}

#[test]
fn een_regio_onder_een_naam_met_thema_en_pilot() {
    let s = Sessie::nieuw();
    let uit = s.doe(
        "nieuw wbo --gemeente 'West-Brabant Oost' --regionaal --pilot --thema 'Integrale toegang' --vraagstuk 'Hoe werken we samen?' --datum 2024-01-08",
    );
    assert!(uit.contains("West-Brabant Oost (regionaal)"), "{uit}");
    let bestand = s.lees("wbo");
    assert!(bestand.contains("thema: Integrale toegang\n"), "{bestand}");
    assert!(bestand.contains("pilot: true\n"), "{bestand}");
    assert!(bestand.contains("regionaal: true\n"), "{bestand}");
    let overzicht = s.doe("overzicht");
    assert!(overzicht.contains("Integrale toegang"), "{overzicht}");
    // One gemeente: the ordinary aanmelding, without a list per college.
    s.doe("aanmelding wbo --gemeente 'West-Brabant Oost' --datum 2024-01-15");
    let bestand = s.lees("wbo");
    assert!(bestand.contains("aanmelding: 2024-01-15\n"), "{bestand}");
    assert!(!bestand.contains("aanmeldingen:"), "{bestand}");
}

#[test]
fn check_ziet_aanmeldingen_die_niet_kloppen() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    let bestand = s.lees("sed");
    s.schrijf(
        "trajecten/sed.yaml",
        &bestand
            .replace(
                "  Enkhuizen: 2024-01-22\n",
                "  Enkhuizen: 2024-01-22\n  Hoorn: 2024-01-23\n",
            )
            .replace("aanmeldingen:", "aanmelding: 2024-01-22\naanmeldingen:"),
    );
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    assert!(
        uit.stdout.contains("'aanmeldingen' noemt 'Hoorn'"),
        "{}",
        uit.stdout
    );
    assert!(
        uit.stdout.contains("'aanmelding' staat ingevuld terwijl nog niet elk college zich heeft aangemeld (nog niet: Stede Broec, Drechterland)"),
        "{}",
        uit.stdout
    );
}

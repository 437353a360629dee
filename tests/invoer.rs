//! Bad input: one clear Dutch sentence, exit code 1 (2 for wrong usage), and no file changed.

use crate::common;

use common::Sessie;

fn met_traject() -> Sessie {
    let s = Sessie::nieuw();
    // Interviews belong to luisteren: the traject gets there first, as the method asks.
    s.traject_in_luisteren("zeewijk");
    s.doe("interview zeewijk --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja");
    s.doe("citaat zeewijk 1 'Een citaat.'");
    s
}

#[test]
fn ongeldige_trajectnamen_worden_nooit_een_pad() {
    let s = Sessie::nieuw();
    for slug in ["../x", "Hoorn", "", "a/b", "hoorn.yaml", &"a".repeat(65)] {
        let fout = s.weigert(&["nieuw", slug, "--gemeente", "X", "--vraagstuk", "Y"]);
        assert!(fout.contains("geen geldige trajectnaam"), "{slug}: {fout}");
    }
    assert!(!s.pad().join("x.yaml").exists());
    assert!(
        !s.map().exists(),
        "er is geen map gemaakt voor een geweigerde opdracht"
    );
    let s = met_traject();
    for opdracht in [
        vec!["toon", "../zeewijk"],
        vec!["aanmelding", "Zeewijk"],
        vec!["rapport", "../../etc/passwd"],
    ] {
        let fout = s.weigert(&opdracht);
        assert!(
            fout.contains("geen geldige trajectnaam"),
            "{opdracht:?}: {fout}"
        );
    }
}

#[test]
fn een_bestaand_traject_wordt_niet_overschreven() {
    let s = met_traject();
    let fout = s.weigert_regel("nieuw zeewijk --gemeente Ander --vraagstuk Anders");
    assert!(
        fout.contains("Er bestaat al een traject 'zeewijk'"),
        "{fout}"
    );
}

#[test]
fn onbekende_trajecten_interviews_en_citaten_worden_genoemd() {
    let s = met_traject();
    let fout = s.weigert_regel("toon hoorn");
    assert!(
        fout.contains("geen traject 'hoorn'") && fout.contains("zeewijk"),
        "{fout}"
    );
    let fout = s.weigert_regel("citaat zeewijk 7 Tekst");
    assert!(fout.contains("geen duo-interview 7"), "{fout}");
    for nummer in ["-1", "0", "99999999999999999999", "een"] {
        let fout = s.weigert(&["citaat", "zeewijk", nummer, "Tekst"]);
        assert!(fout.contains("geen interviewnummer"), "{nummer}: {fout}");
    }
    // Inzichten belong to ontwerpen and later: a traject that got there.
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let fout =
        s.weigert_regel("synthese zeewijk --stap moderatoren Inzicht --citaat 1.1 --citaat 1.9");
    assert!(fout.contains("geen citaat 1.9"), "{fout}");
    let fout = s.weigert_regel("synthese zeewijk --stap moderatoren Inzicht --citaat abc");
    assert!(fout.contains("'abc' is geen citaat-id"), "{fout}");
}

#[test]
fn duo_interviews_hebben_precies_twee_rollen_met_een_bekend_perspectief() {
    let s = met_traject();
    let fout = s.weigert_regel("interview zeewijk --duo wijkcoach:uitvoering --toestemming ja");
    assert!(fout.contains("precies twee deelnemers"), "{fout}");
    let fout = s.weigert_regel(
        "interview zeewijk --duo a:inwoner --duo b:inwoner --duo c:inwoner --toestemming ja",
    );
    assert!(fout.contains("precies twee deelnemers"), "{fout}");
    let fout = s
        .weigert_regel("interview zeewijk --duo wijkcoach:burger --duo b:inwoner --toestemming ja");
    assert!(
        fout.contains("onbekend perspectief 'burger'")
            && fout.contains("inwoner, uitvoering, beleid, bestuur, partner"),
        "{fout}"
    );
    let fout =
        s.weigert_regel("interview zeewijk --duo wijkcoach --duo b:inwoner --toestemming ja");
    assert!(fout.contains("rol:perspectief"), "{fout}");
    let fout = s
        .weigert_regel("interview zeewijk --duo a:inwoner --duo b:inwoner --toestemming misschien");
    assert!(fout.contains("'ja' of 'nee'"), "{fout}");
    let fout = s
        .weigert_regel("interview zeewijk --duo Coach:inwoner --duo coach:beleid --toestemming ja");
    assert!(fout.contains("verschillende rollen"), "{fout}");
    // Consent has no default: leaving it out is wrong usage.
    let fout = s.weigert_met(
        2,
        &[
            "interview",
            "zeewijk",
            "--duo",
            "a:inwoner",
            "--duo",
            "b:beleid",
        ],
    );
    assert!(fout.contains("--toestemming"), "{fout}");
}

#[test]
fn een_citaat_is_van_een_rol_uit_het_duo() {
    let s = met_traject();
    let fout = s.weigert_regel("citaat zeewijk 1 Tekst --van wethouder");
    assert!(
        fout.contains("'wethouder' zat niet in duo-interview 1")
            && fout.contains("'wijkcoach' en 'beleidsadviseur'"),
        "{fout}"
    );
    let uit = s.doe("citaat zeewijk 1 Tekst --van WIJKCOACH --stil");
    assert_eq!(uit.trim(), "1.2");
    assert!(s.lees("zeewijk").contains("van: wijkcoach"));
}

#[test]
fn lege_te_lange_en_rare_teksten() {
    let s = met_traject();
    let fout = s.weigert_regel("citaat zeewijk 1 '   '");
    assert!(fout.contains("leeg"), "{fout}");
    let lang = "woord ".repeat(2000);
    let fout = s.weigert(&["citaat", "zeewijk", "1", &lang]);
    assert!(fout.contains("te lang"), "{fout}");
    let fout = s.weigert(&["citaat", "zeewijk", "1", "met een bel\u{7} erin"]);
    assert!(fout.contains("stuurteken"), "{fout}");
    let fout = s.weigert_regel("kernvraag zeewijk ''");
    assert!(fout.contains("leeg"), "{fout}");
    let fout = s.weigert_regel("nieuw ander --gemeente '' --vraagstuk V");
    assert!(fout.contains("--gemeente is leeg"), "{fout}");
}

#[test]
fn onmogelijke_datums() {
    let s = met_traject();
    for datum in ["2024-02-30", "2024-13-01", "15/01/2024", "gisteren"] {
        let fout = s.weigert(&["aanmelding", "zeewijk", "--datum", datum]);
        assert!(
            fout.contains(&format!("--datum '{datum}'")),
            "{datum}: {fout}"
        );
        assert!(
            fout.contains("5-3-2024, 05-03-2024, 5 maart 2024, 5 mrt 2024 of 2024-03-05"),
            "de melding zegt hoe het wel moet: {fout}"
        );
    }
    let u = s
        .command(&["aanmelding", "zeewijk"])
        .env("VISIELEER_VANDAAG", "morgen")
        .output()
        .unwrap();
    assert_eq!(u.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&u.stderr).contains("VISIELEER_VANDAAG"));
}

#[test]
fn een_gestopt_traject_weigert_wijzigingen() {
    let s = met_traject();
    s.doe("stop zeewijk --reden 'gewijzigde timing'");
    for opdracht in [
        vec!["citaat", "zeewijk", "1", "Nog iets"],
        vec!["aanmelding", "zeewijk"],
        vec!["volgende", "zeewijk"],
        vec!["annuleer", "zeewijk", "--reden", "toch niet"],
    ] {
        let fout = s.weigert(&opdracht);
        assert!(
            fout.contains("is gestopt (gewijzigde timing) en kan niet meer worden gewijzigd"),
            "{opdracht:?}: {fout}"
        );
    }
    assert!(
        s.doe("toon zeewijk")
            .contains("gestopt in fase luisteren — gewijzigde timing")
    );
}

#[test]
fn kapotte_trajectbestanden_worden_gemeld_met_pad_en_regel() {
    let s = met_traject();
    s.schrijf(
        "trajecten/kapot.yaml",
        "versie: 1\ngemeenten: [X\nvraagstuk: y\n",
    );
    let fout = s.weigert_regel("toon kapot");
    assert!(
        fout.contains("kapot.yaml") && fout.contains("regel"),
        "{fout}"
    );
    s.schrijf("trajecten/kapot.yaml", "versie: 1\ngemeenten: [X]\nvraagstuk: y\nfase: werving\nstatus: lopend\nvraagstukk: typfout\n");
    let fout = s.weigert_regel("aanmelding kapot");
    assert!(
        fout.contains("kapot.yaml: regel 6") && fout.contains("onbekend veld 'vraagstukk'"),
        "{fout}"
    );
    s.schrijf("trajecten/kapot.yaml", "versie: 1\ngemeenten: [X]\nvraagstuk: y\nfase: werving\nstatus: lopend\naanmelding: 2024-02-30\n");
    let fout = s.weigert_regel("toon kapot");
    assert!(
        fout.contains("regel 6, kolom 13: een datum die niet bestaat")
            && !fout.contains("2024-02-30"),
        "{fout}"
    );
    s.schrijf(
        "trajecten/kapot.yaml",
        "versie: 1\ngemeenten: [X]\nfase: werving\nstatus: lopend\n",
    );
    let fout = s.weigert_regel("toon kapot");
    assert!(fout.contains("het veld 'vraagstuk' ontbreekt"), "{fout}");
    s.schrijf(
        "trajecten/kapot.yaml",
        "versie: 1\ngemeenten: [X]\nvraagstuk: y\nfase: dromen\nstatus: lopend\n",
    );
    let fout = s.weigert_regel("toon kapot");
    assert!(fout.contains("onbekende waarde in"), "{fout}");
    s.schrijf(
        "trajecten/kapot.yaml",
        &[0xff_u8 as char].iter().collect::<String>(),
    );
    std::fs::write(s.bestand("kapot"), [0xff, 0xfe, b'x']).unwrap();
    let fout = s.weigert_regel("toon kapot");
    assert!(fout.contains("geen geldige UTF-8"), "{fout}");
}

#[test]
fn verkeerd_gebruik_geeft_code_2_in_het_nederlands() {
    let s = met_traject();
    let fout = s.weigert_met(2, &["volgnde", "zeewijk"]);
    assert!(
        fout.contains("onbekende opdracht 'volgnde'; bedoelde je 'volgende'?"),
        "{fout}"
    );
    let fout = s.weigert_met(2, &["toon", "zeewijk", "--jsn"]);
    assert!(fout.contains("onbekende optie '--jsn'"), "{fout}");
    let fout = s.weigert_met(2, &["synthese", "zeewijk", "--stap", "experts", "X"]);
    assert!(
        fout.contains("ongeldige waarde 'experts'") && fout.contains("moderatoren"),
        "{fout}"
    );
    let fout = s.weigert_met(2, &["nieuw", "x"]);
    assert!(fout.contains("er ontbreekt iets"), "{fout}");
}

#[test]
fn hulp_is_nederlands_met_voorbeelden() {
    let s = Sessie::nieuw();
    let hulp = s.ok(&["--help"]);
    assert!(
        hulp.contains("Gebruik:") && hulp.contains("Opdrachten:") && hulp.contains("Opties:"),
        "{hulp}"
    );
    assert!(
        !hulp.contains("Usage") && !hulp.contains("Print help"),
        "{hulp}"
    );
    for opdracht in [
        "nieuw",
        "aanmelding",
        "kernvraag",
        "expert",
        "sessie",
        "interview",
        "citaat",
        "synthese",
        "richting",
        "evaluatie",
        "volgende",
        "stop",
        "annuleer",
        "toon",
        "overzicht",
        "rapport",
        "check",
    ] {
        let hulp = s.ok(&[opdracht, "--help"]);
        assert!(
            hulp.contains("Voorbeeld:"),
            "{opdracht} --help heeft geen voorbeeld:\n{hulp}"
        );
        assert!(
            !hulp.contains("Usage") && !hulp.contains("[OPTIONS]") && !hulp.contains("Print help"),
            "{opdracht}:\n{hulp}"
        );
    }
}

#[test]
fn de_map_komt_uit_optie_of_omgeving() {
    let s = Sessie::nieuw();
    s.doe("--map elders nieuw a --gemeente A --vraagstuk V");
    assert!(s.pad().join("elders/a.yaml").is_file());
    let u = s
        .command(&["toon", "a"])
        .env("VISIELEER_MAP", s.pad().join("elders"))
        .output()
        .unwrap();
    assert_eq!(u.status.code(), Some(0));
    let fout = s.weigert_regel("toon a");
    assert!(
        fout.contains("Er is geen map 'trajecten' in deze map of een map erboven"),
        "{fout}"
    );
    s.schrijf("eenbestand", "x");
    let fout = s.weigert_regel("--map eenbestand overzicht");
    assert!(fout.contains("is een bestand, geen map"), "{fout}");
}

#[test]
fn een_citaat_mag_met_een_streepje_beginnen() {
    let s = met_traject();
    assert_eq!(
        s.doe("citaat zeewijk 1 '- eerst bellen, dan mailen' --stil")
            .trim(),
        "1.2"
    );
    assert!(s.lees("zeewijk").contains("- eerst bellen, dan mailen"));
    s.doe("kernvraag zeewijk '-- hoe verder?'");
}

#[test]
fn hulp_noemt_de_argumenten_in_de_volgorde_van_gebruik() {
    let s = Sessie::nieuw();
    let hulp = s.doe("citaat --help");
    let argumenten = hulp.split_once("Argumenten:").unwrap().1;
    let plek = |naam: &str| {
        argumenten
            .find(naam)
            .unwrap_or_else(|| panic!("{naam}:\n{hulp}"))
    };
    assert!(
        plek("<TRAJECT>") < plek("<INTERVIEW>") && plek("<INTERVIEW>") < plek("<TEKST>"),
        "{hulp}"
    );
}

#[test]
fn een_dubbel_veld_wordt_op_zijn_regel_gemeld() {
    let s = met_traject();
    s.schrijf(
        "trajecten/dubbel.yaml",
        "versie: 1\ngemeenten: [X]\nvraagstuk: y\nfase: werving\nstatus: lopend\nnotitie: a\nnotitie: b\n",
    );
    let fout = s.weigert_regel("toon dubbel");
    assert!(
        fout.contains("regel 7, kolom 1: het veld 'notitie' staat er twee keer"),
        "{fout}"
    );
}

#[test]
fn yaml_fouten_zijn_nederlands_en_een_bom_stoort_niet() {
    let s = met_traject();
    let goed = s.lees("zeewijk");
    std::fs::write(s.bestand("zeewijk"), format!("\u{feff}{goed}")).unwrap();
    assert!(s.doe("toon zeewijk").contains("Traject zeewijk"));
    for (kapot, verwacht) in [
        ("versie: 1\ngemeenten: [A\n", "haakje"),
        ("versie: 1\n\tgemeenten: [A]\n", "tab"),
    ] {
        s.schrijf("trajecten/kapot.yaml", kapot);
        let fout = s.weigert_regel("toon kapot");
        assert!(fout.contains(verwacht), "{fout}");
        for engels in ["did not find", "expected", "found a", "violates"] {
            assert!(!fout.contains(engels), "Engels in: {fout}");
        }
    }
}

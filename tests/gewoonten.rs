//! The tool meets people where they are (issue "Vergissingen herstellen"): the map is found from
//! any folder below it, dates are read as Dutch people write them, the method's order and
//! today are kept, a quote typed without `>` is noticed, and terminal tables wrap between
//! words only.

use crate::common;

use std::path::Path;

use common::{Sessie, Uitkomst, woorden};

/// Runs a command line in a folder of the session (relative to its root).
fn in_map(s: &Sessie, map: &str, regel: &str) -> Uitkomst {
    let args = woorden(regel);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let uit = s
        .command(&args)
        .current_dir(s.pad().join(map))
        .output()
        .unwrap();
    Uitkomst {
        stdout: String::from_utf8_lossy(&uit.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&uit.stderr).into_owned(),
        code: uit.status.code().unwrap_or(-1),
    }
}

// 1. The map is found like git finds a repository.

#[test]
fn de_map_wordt_gevonden_van_drie_mappen_diep() {
    let s = Sessie::nieuw();
    s.traject_in_werving("zeewijk");
    std::fs::create_dir_all(s.pad().join("a/b/c")).unwrap();
    let toon = in_map(&s, "a/b/c", "toon zeewijk");
    assert_eq!(toon.code, 0, "{}", toon.stderr);
    assert!(toon.stdout.contains("Zeewijk"), "{}", toon.stdout);
    // A change from down there lands in the one map, and no second map appears.
    let aanmelding = in_map(&s, "a/b/c", "aanmelding zeewijk --datum 15-1-2024");
    assert_eq!(aanmelding.code, 0, "{}", aanmelding.stderr);
    assert!(s.lees("zeewijk").contains("aanmelding: 2024-01-15"));
    let nieuw = in_map(
        &s,
        "a/b/c",
        "nieuw zeedorp --gemeente Zeedorp --vraagstuk Vraag --datum 2024-01-08",
    );
    assert_eq!(nieuw.code, 0, "{}", nieuw.stderr);
    assert!(!nieuw.stdout.contains("Nieuwe map"), "{}", nieuw.stdout);
    assert!(s.bestand("zeedorp").is_file());
    assert!(!s.pad().join("a/b/c/trajecten").exists());
    // Inside the map's own folder, too.
    let binnen = in_map(&s, "trajecten", "toon zeedorp");
    assert_eq!(binnen.code, 0, "{}", binnen.stderr);
}

#[test]
fn zonder_map_zegt_visieleer_waar_het_zocht_en_maakt_geen_tweede() {
    let s = Sessie::nieuw();
    std::fs::create_dir_all(s.pad().join("a/b")).unwrap();
    let voor = s.inhoud();
    let toon = in_map(&s, "a/b", "toon zeewijk");
    assert_eq!(toon.code, 1);
    assert!(
        toon.stderr
            .contains("Er is geen map 'trajecten' in deze map of een map erboven; ga naar de map van je project"),
        "{}",
        toon.stderr
    );
    assert_eq!(toon.stderr.trim().lines().count(), 1, "{}", toon.stderr);
    assert_eq!(voor, s.inhoud());
    // The first `nieuw` says where it makes the map.
    let nieuw = s.doe("nieuw zeewijk --gemeente Zeewijk --vraagstuk Vraag --datum 2024-01-08");
    let map = s.map().canonicalize().unwrap();
    assert!(
        nieuw.starts_with(&format!(
            "Nieuwe map voor de trajecten gemaakt: {}.",
            map.display()
        )),
        "{nieuw}"
    );
    // Never a map inside a map.
    let fout = s.weigert_regel("nieuw ander --gemeente X --vraagstuk Y --map trajecten/deel");
    assert!(fout.contains("maak geen map in een map"), "{fout}");
    assert!(!Path::new(&s.map().join("deel")).exists());
}

// 2. Dates as Dutch people write them.

#[test]
fn elke_gangbare_schrijfwijze_is_dezelfde_dag() {
    let mut bestanden = Vec::new();
    for vorm in [
        "22-1-2024",
        "22-01-2024",
        "22 januari 2024",
        "22 jan 2024",
        "22 Jan. 2024",
        "2024-01-22",
    ] {
        let s = Sessie::nieuw();
        s.traject_in_werving("t");
        s.doe("aanmelding t --datum 2024-01-15");
        s.doe("volgende t --datum 2024-01-15");
        let uit = s.ok(&["sessie", "t", "kickoff", "--datum", vorm]);
        assert_eq!(uit, "Kick-off gehouden op 22 januari 2024.\n", "{vorm}");
        bestanden.push(s.lees("t"));
    }
    assert!(
        bestanden[0].contains("datum: 2024-01-22"),
        "{}",
        bestanden[0]
    );
    assert!(bestanden.windows(2).all(|p| p[0] == p[1]));
}

#[test]
fn een_dubbelzinnige_of_onmogelijke_datum_wordt_geweigerd_met_de_vormen() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    for (datum, reden) in [
        ("15/1/2024", "dubbelzinnig"),
        ("15-1-24", "twee cijfers"),
        ("30-2-2024", "niet bestaat"),
        ("januari 2024", "alleen een maand"),
        ("2024", "alleen een jaar"),
        ("15 januari", "geen jaar"),
        ("gisteren", "geen datum"),
    ] {
        let fout = s.weigert(&["aanmelding", "t", "--datum", datum]);
        assert!(fout.contains(reden), "{datum}: {fout}");
        assert!(
            fout.contains("5-3-2024, 05-03-2024, 5 maart 2024, 5 mrt 2024 of 2024-03-05"),
            "{datum}: {fout}"
        );
        assert_eq!(fout.trim().lines().count(), 1, "{fout}");
    }
}

#[test]
fn een_zelfgekozen_datum_wordt_genoemd() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    let toon = s.doe("toon t");
    assert!(
        toon.contains("visieleer volgende t --datum DATUM (zonder --datum: vandaag)"),
        "{toon}"
    );
    let uit = s.doe("volgende t");
    assert_eq!(
        uit,
        "Traject 't' is nu in fase starten (2 van 5).\nDatum: vandaag, 15 april 2024; een andere dag geef je met --datum.\n"
    );
    // With --datum, or when the message names the day already, no extra line.
    assert!(!s.doe("sessie t kickoff").contains("Datum: vandaag"));
}

#[test]
fn notities_met_een_nederlandse_datum() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "n.md",
        "---\ndatum: 5 februari 2024\ntoestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n> De regels zijn oud.\n> — wijkcoach\n",
    );
    s.doe("notities t n.md");
    assert!(s.lees("t").contains("datum: 2024-02-05"));
}

// 3. The method's order, and nothing held in the future.

#[test]
fn interviews_en_citaten_pas_vanaf_luisteren() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    let fout =
        s.weigert_regel("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-01-10");
    assert!(
        fout.contains("Gehouden duo-interviews horen bij fase luisteren en later; traject 't' is in fase werving."),
        "{fout}"
    );
    s.schrijf(
        "n.md",
        "---\ndatum: 2024-01-10\ntoestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n> De regels zijn oud.\n",
    );
    let fout = s.weigert_regel("notities t n.md");
    assert!(fout.contains("horen bij fase luisteren"), "{fout}");
    let fout = s.weigert_regel("notities t n.md --proef");
    assert!(fout.contains("horen bij fase luisteren"), "{fout}");
}

#[test]
fn inzichten_en_richtingen_pas_vanaf_ontwerpen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let fout = s.weigert_regel("synthese t --stap moderatoren 'Regels knellen'");
    assert!(
        fout.contains("Inzichten van de synthese horen bij fase ontwerpen en later; traject 't' is in fase luisteren."),
        "{fout}"
    );
    let fout = s.weigert_regel("richting t 'Eén wijkteam'");
    assert!(
        fout.contains("Oplossingsrichtingen horen bij fase ontwerpen en later; traject 't' is in fase luisteren."),
        "{fout}"
    );
}

#[test]
fn gehouden_is_niet_in_de_toekomst() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    let fout = s.weigert_regel("sessie t nazorg --datum 2031-05-01");
    assert!(fout.contains("na vandaag (15 april 2024)"), "{fout}");
    assert!(fout.contains("--gepland"), "{fout}");
    s.doe("sessie t nazorg --datum 2031-05-01 --gepland");
    let s2 = Sessie::nieuw();
    s2.traject_in_luisteren("t");
    let fout = s2.weigert_regel("sessie t werkbezoek --datum 1-5-2031");
    assert!(
        fout.contains("Het werkbezoek kan niet op 1 mei 2031 zijn gehouden, want dat is na vandaag (15 april 2024); controleer het jaartal, of leg het vast als planning met --gepland."),
        "{fout}"
    );
    let fout =
        s.weigert_regel("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Loopt.' --datum 1-1-2025");
    assert!(
        fout.contains("Het nazorggesprek kan niet op 1 januari 2025 zijn gehouden, want dat is na vandaag (15 april 2024)"),
        "{fout}"
    );
    s.doe("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Loopt.' --datum 15-4-2024");
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let fout = s.weigert_regel(
        "interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-04-16",
    );
    assert!(
        fout.contains(
            "Een duo-interview kan niet op 16 april 2024 zijn gehouden, want dat is na vandaag"
        ),
        "{fout}"
    );
    s.schrijf(
        "n.md",
        "---\ndatum: 16 april 2024\ntoestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n> De regels zijn oud.\n",
    );
    for regel in ["notities t n.md", "notities t n.md --proef"] {
        let fout = s.weigert_regel(regel);
        assert!(
            fout.contains(
                "n.md: Het duo-interview van deze notities kan niet op 16 april 2024 zijn gehouden"
            ),
            "{regel}: {fout}"
        );
    }
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.doe("sessie t borgingsessie --datum 2024-03-18");
    let fout = s.weigert_regel(
        "evaluatie t --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2025-03-18",
    );
    assert!(
        fout.contains("De evaluatie kan niet op 18 maart 2025"),
        "{fout}"
    );
}

#[test]
fn check_meldt_handwerk_tegen_de_volgorde_en_in_de_toekomst() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    s.doe("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Loopt.' --datum 2024-04-01");
    // By hand: the nazorg a year later, and the traject back in starten with its interviews.
    let tekst = s
        .lees("t")
        .replace("datum: 2024-04-01", "datum: 2025-04-01");
    std::fs::write(s.bestand("t"), &tekst).unwrap();
    let check = s.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("de nazorg bij afspraak 1 heeft een datum in de toekomst (2025-04-01)"),
        "{}",
        check.stdout
    );
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let tekst = s.lees("t").replace("fase: borgen", "fase: starten");
    let tekst = tekst
        .lines()
        .filter(|r| {
            !r.starts_with("  luisteren:")
                && !r.starts_with("  ontwerpen:")
                && !r.starts_with("  borgen:")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    std::fs::write(s.bestand("t"), &tekst).unwrap();
    let check = s.run(&["check"]);
    for verwacht in [
        "het traject is in fase starten maar heeft 2 gehouden duo-interviews; die horen bij fase luisteren en later",
        "het traject is in fase starten maar heeft 2 citaten; die horen bij fase luisteren en later",
        "het traject is in fase starten maar heeft 3 inzichten van de synthese; die horen bij fase ontwerpen en later",
        "het traject is in fase starten maar heeft 1 oplossingsrichtingen; die horen bij fase ontwerpen en later",
    ] {
        assert!(
            check.stdout.contains(verwacht),
            "mist '{verwacht}' in:\n{}{}",
            check.stdout,
            check.stderr
        );
    }
    // And a quote is refused there, as an interview is.
    let fout = s.weigert_regel("citaat t 1 'Nog een.' --van wijkcoach");
    assert!(
        fout.contains("Citaten horen bij fase luisteren en later"),
        "{fout}"
    );
}

// 4. Notes without `>`.

const KOP: &str = "---\ndatum: 2024-02-01\ntoestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n";

#[test]
fn een_citaat_zonder_pijl_wordt_gemeld() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "n.md",
        &format!(
            "{KOP}> De regels zijn oud.\n> — wijkcoach\n\nWijkcoach: \"Niemand weet waar het loket is.\"\n\n\u{201c}We lopen steeds tegen dezelfde muur aan.\u{201d} — bewoner\n\nGewone aantekening over \"het loket\" en de sfeer.\n\n- **Bewoner:** „Ik bel gewoon de wethouder.”\n"
        ),
    );
    for regel in ["notities t n.md --proef", "notities t n.md"] {
        let uit = s.run(
            &woorden(regel)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        assert_eq!(uit.code, 0, "{}", uit.stderr);
        let gemeld: Vec<&str> = uit
            .stderr
            .lines()
            .filter(|r| r.contains("lijkt een citaat zonder >"))
            .collect();
        assert_eq!(gemeld.len(), 3, "{regel}: {}", uit.stderr);
        for nr in [14, 16, 20] {
            assert!(
                gemeld
                    .iter()
                    .any(|r| r.contains(&format!("n.md, regel {nr}:"))),
                "{regel}: regel {nr} in {gemeld:?}"
            );
        }
    }
    // The notes themselves stay the moderator's own and are imported as before.
    assert!(s.lees("t").contains("De regels zijn oud."));
}

#[test]
fn een_tag_met_een_spatie_is_een_tagprobleem() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    for citaat in [
        "> De regels zijn oud.\n> — wijkcoach #rust-en-regie regionaal\n",
        "> De regels zijn oud. #rust-en-regie regionaal\n",
        "> De regels zijn oud.\n> #rust-en-regie regionaal #inwoner-centraal\n",
    ] {
        s.schrijf("n.md", &format!("{KOP}{citaat}"));
        let fout = s.weigert_regel("notities t n.md --proef");
        assert!(
            fout.contains("'#rust-en-regie regionaal' is een tag met een spatie"),
            "{citaat}: {fout}"
        );
        assert!(!fout.contains("zat niet in dit duo"), "{fout}");
    }
}

// 5. Terminal tables wrap between words only.

#[test]
fn tabellen_breken_nooit_midden_in_een_woord() {
    let s = Sessie::nieuw();
    s.doe("nieuw sed --gemeente 'Stede Broec' --gemeente Enkhuizen --gemeente Drechterland --gemeente Medemblik --vraagstuk 'Hoe werken we samen?' --datum 2024-01-08");
    s.traject_in_borgen("zeewijk");
    let woorden_van = |tekst: &str| -> Vec<String> {
        tekst
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() > 3)
            .map(String::from)
            .collect()
    };
    for (opdracht, verwacht) in [
        (
            "overzicht",
            "Stede Broec, Enkhuizen, Drechterland en Medemblik werving borgen weken",
        ),
        (
            "interviews zeewijk",
            "wijkcoach uitvoering beleidsadviseur bewoner inwoner wethouder bestuur",
        ),
        (
            "citaten zeewijk",
            "De regels zijn nog van vorig jaar rust-en-regie inwoner-centraal",
        ),
    ] {
        let uit = s
            .command(
                &woorden(opdracht)
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )
            .env("COLUMNS", "80")
            .output()
            .unwrap();
        let tabel = String::from_utf8(uit.stdout).unwrap();
        for woord in woorden_van(verwacht) {
            assert!(
                tabel.contains(&woord),
                "{opdracht}: '{woord}' is afgebroken:\n{tabel}"
            );
        }
        for regel in tabel.lines() {
            assert!(
                regel.chars().count() <= 80,
                "{opdracht}: te breed:\n{tabel}"
            );
        }
    }
    // A word longer than its column could be is never broken: the table grows instead.
    s.doe("nieuw stede-broec-enkhuizen-drechterland-medemblik --gemeente Westfriesland --vraagstuk 'Hoe?' --datum 2024-01-08");
    let uit = s
        .command(&["overzicht"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let tabel = String::from_utf8(uit.stdout).unwrap();
    assert!(
        tabel.contains("stede-broec-enkhuizen-drechterland-medemblik"),
        "{tabel}"
    );
}

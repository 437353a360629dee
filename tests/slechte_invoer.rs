//! A table of bad input for every command: each gives one clear Dutch error and changes nothing.

use crate::common;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use common::Sessie;

/// Asserts one line of Dutch on stderr, starting with "fout:" and naming `verwacht`.
#[track_caller]
fn een_heldere_fout(args: &[&str], fout: &str, verwacht: &str) {
    let regels: Vec<&str> = fout.lines().filter(|r| !r.trim().is_empty()).collect();
    assert_eq!(regels.len(), 1, "{args:?} gaf meer dan één regel:\n{fout}");
    assert!(regels[0].starts_with("fout: "), "{args:?}: {fout}");
    assert!(
        fout.to_lowercase().contains(&verwacht.to_lowercase()),
        "{args:?}: verwachtte '{verwacht}' in:\n{fout}"
    );
    for engels in ["error", "invalid", "expected", "panicked", "No such file"] {
        assert!(!fout.contains(engels), "{args:?}: Engels in:\n{fout}");
    }
}

#[test]
fn slechte_invoer_per_opdracht() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let lang = "a".repeat(10_000);
    let tabel: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["nieuw", "", "--gemeente", "G", "--vraagstuk", "V"],
            "geen geldige trajectnaam",
        ),
        (
            vec!["nieuw", "Hoorn!", "--gemeente", "G", "--vraagstuk", "V"],
            "geen geldige trajectnaam",
        ),
        (
            vec!["nieuw", "x", "--gemeente", "", "--vraagstuk", "V"],
            "leeg",
        ),
        (
            vec!["nieuw", "x", "--gemeente", "G", "--vraagstuk", &lang],
            "te lang",
        ),
        (
            vec!["nieuw", "x", "--gemeente", "G\u{7}", "--vraagstuk", "V"],
            "stuurteken",
        ),
        (
            vec![
                "nieuw",
                "x",
                "--gemeente",
                "G",
                "--vraagstuk",
                "V",
                "--datum",
                "2024-02-30",
            ],
            "die niet bestaat",
        ),
        (
            vec!["nieuw", "zeewijk", "--gemeente", "G", "--vraagstuk", "V"],
            "bestaat al",
        ),
        (
            vec!["aanmelding", "zeewijk", "--datum", "2024-02-30"],
            "die niet bestaat",
        ),
        (vec!["aanmelding", "nergens"], "geen traject 'nergens'"),
        (vec!["kernvraag", "zeewijk", ""], "leeg"),
        (vec!["kernvraag", "zeewijk", "   "], "leeg"),
        (
            vec!["kernvraag", "zeewijk", "kleur\u{1b}[31m"],
            "stuurteken",
        ),
        (vec!["kernvraag", "zeewijk", &lang], "te lang"),
        (vec!["expert", "zeewijk", ""], "leeg"),
        (vec!["expert", "zeewijk", "twee\nregels"], "één regel"),
        (vec!["sessie", "zeewijk", "feest"], "onbekende soort sessie"),
        (
            vec!["sessie", "zeewijk", "kickoff", "--datum", "2024-13-01"],
            "die niet bestaat",
        ),
        (
            vec!["sessie", "zeewijk", "kickoff", "--datum", "12/03/2024"],
            "dubbelzinnig",
        ),
        (
            vec![
                "interview",
                "zeewijk",
                "--duo",
                "a:b",
                "--duo",
                "c:inwoner",
                "--toestemming",
                "ja",
            ],
            "onbekend perspectief",
        ),
        (
            vec![
                "interview",
                "zeewijk",
                "--duo",
                "a:inwoner",
                "--toestemming",
                "ja",
            ],
            "precies twee",
        ),
        (
            vec![
                "interview",
                "zeewijk",
                "--duo",
                "a:inwoner",
                "--duo",
                "b:beleid",
                "--toestemming",
                "misschien",
            ],
            "'ja' of 'nee'",
        ),
        (
            vec![
                "interview",
                "zeewijk",
                "--duo",
                ":inwoner",
                "--duo",
                "b:beleid",
                "--toestemming",
                "ja",
            ],
            "geen rol",
        ),
        (vec!["citaat", "zeewijk", "1", ""], "leeg"),
        (vec!["citaat", "zeewijk", "1", &lang], "te lang"),
        (vec!["citaat", "zeewijk", "1", "bel\u{7}"], "stuurteken"),
        (vec!["citaat", "zeewijk", "1", "rtl\u{202e}"], "stuurteken"),
        (
            vec!["citaat", "zeewijk", "0", "tekst"],
            "geen interviewnummer",
        ),
        (
            vec!["citaat", "zeewijk", "--", "-1", "tekst"],
            "geen interviewnummer",
        ),
        (
            vec!["citaat", "zeewijk", "99999999999", "tekst"],
            "geen interviewnummer",
        ),
        (
            vec!["citaat", "zeewijk", "4294967295", "tekst"],
            "geen duo-interview",
        ),
        (
            vec!["citaat", "zeewijk", "één", "tekst"],
            "geen interviewnummer",
        ),
        (
            vec!["citaat", "zeewijk", "1", "tekst", "--van", "burgemeester"],
            "zat niet in",
        ),
        (vec!["citaat", "zeewijk", "1", "tekst", "--tag", ""], "tag"),
        (
            vec!["citaat", "zeewijk", "1", "tekst", "--datum", "2024-02-30"],
            "die niet bestaat",
        ),
        (
            vec!["synthese", "zeewijk", "--stap", "reflectie", ""],
            "leeg",
        ),
        (
            vec![
                "synthese",
                "zeewijk",
                "--stap",
                "reflectie",
                "t",
                "--citaat",
                "9.9",
            ],
            "9.9",
        ),
        (
            vec![
                "synthese",
                "zeewijk",
                "--stap",
                "reflectie",
                "t",
                "--citaat",
                "abc",
            ],
            "geen citaat-id",
        ),
        (vec!["richting", "zeewijk", ""], "leeg"),
        (
            vec![
                "evaluatie",
                "zeewijk",
                "--proces",
                "",
                "--inzichten",
                "i",
                "--vervolg",
                "v",
            ],
            "leeg",
        ),
        (
            vec![
                "evaluatie",
                "zeewijk",
                "--proces",
                "p",
                "--inzichten",
                "i",
                "--vervolg",
                "v",
                "--datum",
                "2024-02-30",
            ],
            "die niet bestaat",
        ),
        (
            vec!["volgende", "zeewijk", "--datum", "2024-02-30"],
            "die niet bestaat",
        ),
        (vec!["stop", "zeewijk", "--reden", ""], "leeg"),
        (
            vec!["annuleer", "zeewijk", "--reden", "\u{1}"],
            "stuurteken",
        ),
        (vec!["toon", "../zeewijk"], "geen geldige trajectnaam"),
        (vec!["toon", "nergens"], "geen traject 'nergens'"),
        (
            vec!["rapport", "zeewijk", "-o", "bestaat/niet/r.md"],
            "bestaat niet",
        ),
        (vec!["rapport", "zeewijk", "-o", "trajecten"], "is een map"),
        (vec!["intrekken", "zeewijk", "0"], "geen interviewnummer"),
        (vec!["intrekken", "zeewijk", "7"], "geen duo-interview 7"),
    ];
    let mut mislukt = Vec::new();
    for (args, verwacht) in &tabel {
        let uitkomst = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let fout = s.weigert(args);
            een_heldere_fout(args, &fout, verwacht);
        }));
        if uitkomst.is_err() {
            mislukt.push(args.join(" ").chars().take(80).collect::<String>());
        }
    }
    assert!(mislukt.is_empty(), "mislukt: {mislukt:#?}");
}

#[test]
fn negatieve_interviewnummers_zijn_foute_invoer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    for args in [
        vec!["citaat", "zeewijk", "-1", "tekst"],
        vec!["intrekken", "zeewijk", "-5"],
    ] {
        let fout = s.weigert(&args);
        een_heldere_fout(&args, &fout, "is geen interviewnummer");
    }
}

#[test]
fn ongeldige_utf8_in_een_argument() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let voor = s.inhoud();
    let uit = s
        .command(&["citaat", "zeewijk", "1"])
        .arg(OsStr::from_bytes(b"caf\xe9"))
        .output()
        .unwrap();
    assert_eq!(uit.status.code(), Some(2));
    let fout = String::from_utf8_lossy(&uit.stderr);
    een_heldere_fout(&[], &fout, "geen geldige UTF-8");
    assert_eq!(voor, s.inhoud());
}

#[test]
fn ongeldige_utf8_in_een_bestand() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let mut bytes = s.lees("zeewijk").into_bytes();
    bytes.extend_from_slice(b"notitie: caf\xe9\n");
    std::fs::write(s.bestand("zeewijk"), &bytes).unwrap();
    let regel = bytes.iter().filter(|&&b| b == b'\n').count();
    for args in [
        vec!["toon", "zeewijk"],
        vec!["rapport", "zeewijk"],
        vec!["overzicht"],
        vec!["citaat", "zeewijk", "1", "tekst"],
    ] {
        let fout = s.weigert(&args);
        een_heldere_fout(
            &args,
            &fout,
            &format!("regel {regel} is geen geldige UTF-8"),
        );
    }
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1);
    assert!(uit.stdout.contains("geen geldige UTF-8"), "{}", uit.stdout);
}

#[test]
fn een_map_die_een_bestand_is() {
    let s = Sessie::nieuw();
    s.schrijf("trajecten", "geen map");
    for args in [
        vec!["nieuw", "x", "--gemeente", "G", "--vraagstuk", "V"],
        vec!["toon", "x"],
        vec!["overzicht"],
        vec!["check"],
        vec!["citaat", "x", "1", "tekst"],
        vec!["intrekken", "x", "1"],
    ] {
        let fout = s.weigert(&args);
        een_heldere_fout(&args, &fout, "is een bestand, geen map");
    }
}

#[test]
fn een_map_die_niet_bestaat() {
    let s = Sessie::nieuw();
    for args in [vec!["toon", "x"], vec!["overzicht"], vec!["check"]] {
        let fout = s.weigert(&args);
        een_heldere_fout(&args, &fout, "geen map 'trajecten'");
    }
}

#[test]
fn een_alleen_lezen_map() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let map = s.map();
    std::fs::set_permissions(&map, std::fs::Permissions::from_mode(0o555)).unwrap();
    // root ignores permissions: then this case cannot be tested here.
    let proef = map.join("proef");
    if std::fs::write(&proef, "x").is_ok() {
        let _ = std::fs::remove_file(&proef);
        std::fs::set_permissions(&map, std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("overgeslagen: als root gelden alleen-lezen-rechten niet");
        return;
    }
    let fout = s.weigert_regel("citaat zeewijk 1 tekst");
    een_heldere_fout(&[], &fout, "schrijfbaar");
    // Reading still works.
    s.doe("toon zeewijk");
    std::fs::set_permissions(&map, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn een_notitiebestand_van_50_mb() {
    let s = Sessie::nieuw();
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V");
    let regel = "> Een citaat dat steeds herhaald wordt. #inwoner-centraal\n\n";
    let kop = "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: a\n    perspectief: inwoner\n  - rol: b\n    perspectief: beleid\n---\n";
    s.schrijf(
        "groot.md",
        &format!("{kop}{}", regel.repeat(50 * 1024 * 1024 / regel.len() + 1)),
    );
    // A refused notes import lists every problem, one per line, after one sentence.
    let fout = s.weigert_regel("notities zeewijk groot.md");
    assert!(
        fout.starts_with("fout: het notitiebestand is geweigerd; er is niets geïmporteerd."),
        "{fout}"
    );
    assert!(fout.contains("groot.md: het bestand is te groot voor de notities van één interview (50 MB, hoogstens 4 MB)"), "{fout}");
}

#[test]
fn een_bestand_van_50_mb() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let mut tekst = s.lees("zeewijk");
    let regel = "- datum: 2024-01-01\n  wat: opvulling voor een heel groot bestand\n";
    tekst.push_str(&regel.repeat(50 * 1024 * 1024 / regel.len() + 1));
    std::fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    for args in [
        vec!["toon", "zeewijk"],
        vec!["overzicht"],
        vec!["citaat", "zeewijk", "1", "tekst"],
    ] {
        let fout = s.weigert(&args);
        een_heldere_fout(&args, &fout, "te groot voor een trajectbestand (50 MB");
    }
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1);
    assert!(uit.stdout.contains("te groot"), "{}", uit.stdout);
}

#[test]
fn diepe_nesting_in_notities_en_codeboek_hangt_niet() {
    let s = Sessie::nieuw();
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V");
    let diep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    s.schrijf(
        "diep.md",
        &format!("---\ndatum: 2024-03-12\ntoestemming: ja\nduo: {diep}\n---\n> Iets.\n"),
    );
    let fout = s.weigert_regel("notities zeewijk diep.md");
    assert!(
        fout.contains("diep.md, regel 4") && fout.contains("haakjes"),
        "{fout}"
    );
    s.schrijf("trajecten/codeboek.yaml", &format!("tags: {diep}\n"));
    let fout = s.weigert_regel("citaat zeewijk 1 x --tag rust-en-regie");
    assert!(fout.contains("haakjes"), "{fout}");
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1);
    assert!(u.stdout.contains("haakjes"), "{u:?}");
}

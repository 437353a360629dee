//! The first hour: the README's walk runs as written, help examples are never wrapped inside a
//! command, tab completion knows the values, and what the user meets is Dutch.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folder of the visieleer binary under test, to put in front of PATH.
fn bin_map() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_visieleer"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The shell block of the README's walk.
fn wandeling() -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let deel = readme
        .split("## Een traject van begin tot eind")
        .nth(1)
        .expect("de wandeling in README.md");
    let blok = deel.split("```sh\n").nth(1).expect("een sh-blok");
    blok.split("\n```").next().unwrap().to_string()
}

#[test]
fn de_wandeling_uit_de_readme_werkt_vanuit_de_hoofdmap() {
    let script = wandeling();
    // The walk's first line runs visieleer through cargo unless it is on the PATH; here the
    // binary under test is on the PATH, and the whole walk runs as written.
    let eerste = script.lines().next().unwrap();
    assert!(
        eerste.starts_with("command -v visieleer >/dev/null || visieleer() {"),
        "{eerste}"
    );
    let rest = script.as_str();
    let tmp = tempfile::tempdir().unwrap();
    let hoorn_voor = std::fs::read(repo().join("trajecten/hoorn.yaml")).unwrap();
    let pad = format!(
        "{}:{}",
        bin_map().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let uit = Command::new("bash")
        .args(["-euo", "pipefail", "-c", rest])
        .current_dir(repo())
        .env("PATH", pad)
        .env("TMPDIR", tmp.path())
        .env("NO_COLOR", "1")
        .env_remove("VISIELEER_MAP")
        .env_remove("VISIELEER_VANDAAG")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&uit.stdout);
    let stderr = String::from_utf8_lossy(&uit.stderr);
    assert!(
        uit.status.success(),
        "de wandeling faalde:\n{stdout}\n{stderr}"
    );
    for verwacht in [
        "Duo-interview 1 vastgelegd (wijkcoach, beleidsadviseur).",
        "Citaat 1.1 vastgelegd.",
        "notities",
        "Traject 'hoorn' is afgerond.",
        "Nazorg bij afspraak 1 vastgelegd",
        "1 traject gecontroleerd: 0 fouten",
    ] {
        assert!(stdout.contains(verwacht), "mist '{verwacht}' in:\n{stdout}");
    }
    // The interviews table shows the one from the notes with its source.
    assert!(
        stdout.contains("notities 2024-02-06-bewoner-klantcontact.md"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read(repo().join("trajecten/hoorn.yaml")).unwrap(),
        hoorn_voor,
        "de wandeling veranderde trajecten/"
    );
    assert!(!repo().join("eindrapportage.html").exists());
}

#[test]
fn voorbeelden_in_de_hulp_worden_niet_midden_in_een_opdracht_afgebroken() {
    let s = Sessie::nieuw();
    let hulp = s.ok(&["--help"]);
    let lijst = hulp.split("Opdrachten:").nth(1).unwrap();
    let opdrachten: Vec<&str> = lijst
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        .filter(|r| r.starts_with("  ") && !r.starts_with("   "))
        .filter_map(|r| r.split_whitespace().next())
        .collect();
    assert!(opdrachten.len() > 30, "{opdrachten:?}");
    let voorbeeld = |opdracht: &str, kolommen: &str| {
        let uit = s
            .command(&[opdracht, "--help"])
            .env("COLUMNS", kolommen)
            .output()
            .unwrap();
        let hulp = String::from_utf8(uit.stdout).unwrap();
        hulp.split_once("Voorbeeld")
            .and_then(|(_, rest)| rest.split_once('\n'))
            .map(|(_, rest)| rest.to_string())
            .unwrap_or_else(|| panic!("{opdracht} --help zonder voorbeeld"))
    };
    for opdracht in opdrachten {
        // On an 80-column terminal the examples read exactly as without any width limit.
        let breed = voorbeeld(opdracht, "1000");
        assert_eq!(
            voorbeeld(opdracht, "80"),
            breed,
            "{opdracht}: een voorbeeld wordt op 80 kolommen afgebroken"
        );
        // A command that goes on on the next line says so with ` \`.
        let mut vorige = "";
        for regel in breed.lines() {
            if regel.starts_with("    ") {
                assert!(
                    vorige.ends_with(" \\"),
                    "{opdracht}: '{regel}' volgt niet op een regel met ' \\':\n{breed}"
                );
            }
            vorige = regel;
        }
    }
}

/// What bash offers after typing `words` and pressing tab, through the script of
/// `visieleer completions bash`.
fn aanvulling(s: &Sessie, words: &[&str]) -> Vec<String> {
    let script = s.doe("completions bash");
    let woorden = words
        .iter()
        .map(|w| format!("'{w}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let laatste = words.len() - 1;
    let uit = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{script}\nCOMP_WORDS=({woorden}); COMP_CWORD={laatste}; _clap_complete_visieleer visieleer '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            words[laatste],
            words[laatste - 1]
        ))
        .current_dir(s.pad())
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_map().display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env_remove("VISIELEER_MAP")
        .output()
        .unwrap();
    String::from_utf8(uit.stdout)
        .unwrap()
        .lines()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .collect()
}

#[test]
fn aanvulling_kent_trajecten_tags_en_waarden() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    s.traject_in_luisteren("zeedorp");
    let bevat = |woorden: &[&str], verwacht: &[&str]| {
        let aangeboden = aanvulling(&s, woorden);
        for v in verwacht {
            assert!(
                aangeboden.iter().any(|a| a == v),
                "{woorden:?}: mist '{v}' in {aangeboden:?}"
            );
        }
    };
    bevat(&["visieleer", "toon", "zee"], &["zeewijk", "zeedorp"]);
    bevat(
        &["visieleer", "sessie", "zeewijk", "bor"],
        &["borgingsessie"],
    );
    bevat(
        &["visieleer", "citaat", "zeewijk", "1", "x", "--tag", "rust"],
        &["rust-en-regie"],
    );
    bevat(
        &[
            "visieleer",
            "interview",
            "zeewijk",
            "--duo",
            "wijkcoach:uit",
        ],
        &["wijkcoach:uitvoering"],
    );
    bevat(
        &["visieleer", "synthese", "zeewijk", "--stap", ""],
        &["moderatoren", "expertteam", "reflectie"],
    );
    bevat(
        &["visieleer", "synthese", "zeewijk", "--soort", ""],
        &["dilemma", "werkzaam"],
    );
    bevat(
        &["visieleer", "nazorg", "zeewijk", "--stand", ""],
        &["loopt", "gehaald", "niet-gehaald"],
    );
    bevat(
        &["visieleer", "citaten", "zeewijk", "--perspectief", "in"],
        &["inwoner"],
    );
    bevat(&["visieleer", "hero"], &["heropen"]);
    // A tag from the map's own codebook.
    s.schrijf(
        "trajecten/codeboek.yaml",
        "tags:\n  - tag: wachtlijst\n    groep: thema\n    omschrijving: Wachten op hulp\n",
    );
    bevat(
        &["visieleer", "tag", "zeewijk", "1.1", "--tag", "wacht"],
        &["wachtlijst"],
    );
}

#[test]
fn fouten_in_een_trajectbestand_zijn_nederlands() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let tekst = s.lees("zeewijk");
    for (kapot, verwacht) in [
        (
            tekst.replace("versie: 2", "versie: een"),
            "'versie' is een tekst, maar moet een heel getal zijn",
        ),
        (
            tekst.replace("gemeenten:\n- Zeewijk", "gemeenten: Zeewijk"),
            "'gemeenten' is een tekst, maar moet een lijst (regels die met '- ' beginnen) zijn",
        ),
    ] {
        assert_ne!(kapot, tekst);
        std::fs::write(s.bestand("zeewijk"), &kapot).unwrap();
        let fout = s.weigert_regel("toon zeewijk");
        assert!(fout.contains(verwacht), "{fout}");
        for engels in ["invalid", "expected", "string", "sequence", "u32"] {
            assert!(!fout.contains(engels), "'{engels}' in: {fout}");
        }
    }
    std::fs::write(s.bestand("zeewijk"), &tekst).unwrap();
    // A file-system surprise in Dutch: the lock file is a folder.
    let slot = s.map().join(".visieleer.lock");
    let _ = std::fs::remove_file(&slot);
    std::fs::create_dir(&slot).unwrap();
    let fout = s.weigert_regel("kernvraag zeewijk 'Hoe?'");
    assert!(
        fout.contains("'trajecten/.visieleer.lock' is geen gewoon bestand; verwijder het"),
        "{fout}"
    );
    assert!(!fout.contains("os error"), "{fout}");
}

#[test]
fn overzicht_en_rode_draden_tonen_wat_te_lezen_is() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    s.traject_in_luisteren("zeedorp");
    let tekst = s
        .lees("zeedorp")
        .replace("fase: luisteren", "fase: luistren");
    std::fs::write(s.bestand("zeedorp"), tekst).unwrap();
    let u = s.run(&["overzicht"]);
    assert_eq!(u.code, 1, "{u:?}");
    assert!(u.stdout.contains("zeewijk"), "{}", u.stdout);
    assert!(
        u.stderr.contains("trajecten/zeedorp.yaml")
            && u.stderr.contains("onbekende waarde in 'fase'"),
        "{}",
        u.stderr
    );
    let u = s.run(&["rode-draden"]);
    assert_eq!(u.code, 1, "{u:?}");
    // The report names trajecten by gemeente; the readable one is in it.
    assert!(
        u.stdout.contains("Eén traject, waarvan één meetelt"),
        "{}",
        u.stdout
    );
    assert!(
        u.stdout
            .contains("Dit rapport bundelt wat het Visieleertraject van Zeewijk leert"),
        "{}",
        u.stdout
    );
    assert!(u.stdout.contains("Zeewijk"), "{}", u.stdout);
    assert!(u.stderr.contains("trajecten/zeedorp.yaml"), "{}", u.stderr);
}

#[test]
fn interviews_als_tabel_en_wat_interview_en_citaat_vastleggen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let leeg = s.doe("interviews zeewijk");
    assert!(leeg.contains("heeft nog geen duo-interviews"), "{leeg}");
    let uit = s.doe("interview zeewijk --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --moderator 'A. Jansen' --datum 2024-02-01");
    assert_eq!(
        uit.trim(),
        "Duo-interview 1 vastgelegd (wijkcoach, bewoner)."
    );
    let nr = s.doe("interview zeewijk --duo wethouder:bestuur --duo beleidsadviseur:beleid --toestemming nee --datum 2024-02-05 --stil");
    assert_eq!(nr, "2\n");
    assert_eq!(
        s.doe("citaat zeewijk 1 'Eén deur.'").trim(),
        "Citaat 1.1 vastgelegd."
    );
    assert_eq!(s.doe("citaat zeewijk 1 'Twee deuren.' --stil"), "1.2\n");
    let tabel = s.doe("interviews zeewijk");
    insta::assert_snapshot!("interviews_tabel", tabel);
    let fout = s.weigert_regel("citaat zeewijk 7 Niets.");
    assert!(
        fout.contains("'visieleer interviews zeewijk' toont de interviews"),
        "{fout}"
    );
}

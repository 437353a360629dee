//! A facilitator team sharing the map through git: clean merges, and conflicts reported well.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::Sessie;

fn git(map: &Path, args: &[&str]) -> String {
    let uit = Command::new("git")
        .current_dir(map)
        .args([
            "-c",
            "user.name=Moderator",
            "-c",
            "user.email=m@example.org",
        ])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("git draait");
    assert!(
        uit.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&uit.stdout),
        String::from_utf8_lossy(&uit.stderr)
    );
    String::from_utf8_lossy(&uit.stdout).into_owned()
}

fn git_ontbreekt() -> bool {
    let ontbreekt = Command::new("git").arg("--version").output().is_err();
    if ontbreekt {
        eprintln!("overgeslagen: git is niet geïnstalleerd");
    }
    ontbreekt
}

/// Two trajecten, each with two duo-interviews, committed in `basis/`; clones `a/` and `b/`.
fn twee_klonen() -> Sessie {
    let s = Sessie::nieuw();
    for slug in ["zeewijk", "hoorn"] {
        s.ok(&[
            "--map",
            "basis",
            "nieuw",
            slug,
            "--gemeente",
            "Zeewijk",
            "--vraagstuk",
            "Hoe vinden inwoners de weg?",
        ]);
        for stap in [
            vec!["aanmelding", slug],
            vec!["volgende", slug],
            vec!["sessie", slug, "kickoff"],
            vec!["kernvraag", slug, "Eén voordeur?"],
            vec!["expert", slug, "E. Xpert"],
            vec!["volgende", slug],
        ] {
            let mut args = vec!["--map", "basis"];
            args.extend(stap);
            s.ok(&args);
        }
        for duo in [
            ["wijkcoach:uitvoering", "bewoner:inwoner"],
            ["wethouder:bestuur", "beleidsadviseur:beleid"],
        ] {
            s.ok(&[
                "--map",
                "basis",
                "interview",
                slug,
                "--duo",
                duo[0],
                "--duo",
                duo[1],
                "--toestemming",
                "ja",
            ]);
        }
        for nr in ["1", "2"] {
            s.ok(&["--map", "basis", "citaat", slug, nr, "Eerste citaat."]);
        }
        // A third interview without quotes yet: its first quote adds new lists.
        s.ok(&[
            "--map",
            "basis",
            "interview",
            slug,
            "--duo",
            "huisarts:partner",
            "--duo",
            "mantelzorger:inwoner",
            "--toestemming",
            "ja",
        ]);
    }
    let basis = s.pad().join("basis");
    git(&basis, &["init", "-q"]);
    git(&basis, &["add", "."]);
    git(&basis, &["commit", "-qm", "begin"]);
    for kloon in ["a", "b"] {
        git(s.pad(), &["clone", "-q", "basis", kloon]);
    }
    s
}

#[test]
fn citaten_in_verschillende_interviews_en_trajecten_mergen_schoon() {
    if git_ontbreekt() {
        return;
    }
    let s = twee_klonen();
    assert!(
        !git(&s.pad().join("a"), &["ls-files"]).contains(".visieleer.lock"),
        "het slot hoort niet in git"
    );
    for n in 0..3 {
        s.ok(&[
            "--map",
            "a",
            "citaat",
            "zeewijk",
            "1",
            &format!("A zegt {n}."),
        ]);
        s.ok(&[
            "--map",
            "b",
            "citaat",
            "zeewijk",
            "2",
            &format!("B zegt {n}."),
        ]);
    }
    s.doe("--map a citaat zeewijk 3 'A begint interview 3.'");
    s.doe("--map a citaat hoorn 2 'A in hoorn 2.'");
    // A richting belongs to ontwerpen: A takes hoorn there first.
    s.doe("--map a volgende hoorn");
    s.doe("--map a richting hoorn 'Eén wijkteam per wijk'");
    s.doe("--map b sessie zeewijk ontwerpsessie --gepland --datum 2024-05-06");
    for kloon in ["a", "b"] {
        let map = s.pad().join(kloon);
        git(&map, &["add", "."]);
        git(&map, &["commit", "-qm", kloon]);
    }
    let a = s.pad().join("a");
    git(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "../b", "HEAD"],
    );
    let uit = s.doe("--map a check");
    assert!(uit.contains("0 fouten"), "{uit}");
    let zeewijk = visieleer::bestand::lees_bestand(&a.join("zeewijk.yaml"), "zeewijk").unwrap();
    let ids: Vec<String> = zeewijk.citaten().map(|(id, _, _)| id.to_string()).collect();
    assert_eq!(
        ids,
        [
            "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1"
        ]
    );
    let hoorn = visieleer::bestand::lees_bestand(&a.join("hoorn.yaml"), "hoorn").unwrap();
    assert_eq!(hoorn.richtingen, ["Eén wijkteam per wijk"]);
    let ids: Vec<String> = hoorn.citaten().map(|(id, _, _)| id.to_string()).collect();
    assert_eq!(ids, ["1.1", "2.1", "2.2"]);
    assert_eq!(zeewijk.sessies.len(), 2);
}

#[test]
fn een_mergeconflict_wordt_door_elke_opdracht_gemeld() {
    if git_ontbreekt() {
        return;
    }
    let s = twee_klonen();
    s.doe("--map a citaat zeewijk 1 'A zegt iets.'");
    s.doe("--map b citaat zeewijk 1 'B zegt iets anders.'");
    for kloon in ["a", "b"] {
        let map = s.pad().join(kloon);
        git(&map, &["commit", "-qam", kloon]);
    }
    let a = s.pad().join("a");
    let merge = Command::new("git")
        .current_dir(&a)
        .args(["-c", "user.name=M", "-c", "user.email=m@example.org"])
        .args(["pull", "-q", "--no-rebase", "--no-edit", "../b", "HEAD"])
        .output()
        .unwrap();
    assert!(!merge.status.success(), "dit hoorde te botsen");
    let tekst = std::fs::read_to_string(a.join("zeewijk.yaml")).unwrap();
    let regel = tekst
        .lines()
        .position(|r| r.starts_with("<<<<<<<"))
        .unwrap()
        + 1;
    let verwacht = format!("regel {regel}: een onopgelost merge-conflict");

    let uit = s.run(&["--map", "a", "check"]);
    assert_eq!(uit.code, 1);
    assert!(uit.stdout.contains(&verwacht), "{}", uit.stdout);
    assert!(uit.stdout.contains("zeewijk.yaml"), "{}", uit.stdout);
    for args in [
        vec!["toon", "zeewijk"],
        vec!["rapport", "zeewijk"],
        vec!["overzicht"],
        vec!["citaat", "zeewijk", "2", "Nog een."],
        vec!["intrekken", "zeewijk", "1"],
        vec!["volgende", "zeewijk"],
    ] {
        let mut volledig = vec!["--map", "a"];
        volledig.extend(args.iter().copied());
        let fout = s.weigert(&volledig);
        assert!(fout.contains(&verwacht), "{args:?}: {fout}");
        assert!(!fout.contains("YAML"), "{args:?}: {fout}");
    }
}

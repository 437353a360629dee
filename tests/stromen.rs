//! The streams of a command (issue 17): a stdout or stderr that cannot be written never makes
//! visieleer panic, and a change that was saved says so even when its confirmation is lost.
//! Every run here has stdout or stderr on `/dev/full`, through the real binary.

use std::fs::File;
use std::process::{Command, Stdio};

use crate::common::{self, Sessie};

/// Which stream goes to `/dev/full`.
#[derive(Clone, Copy, Debug)]
enum Vol {
    Stdout,
    Stderr,
}

struct Uit {
    code: i32,
    /// The stream that was not full.
    andere: String,
}

fn draai(s: &Sessie, vol: Vol, args: &[&str]) -> Uit {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("visieleer"));
    cmd.current_dir(s.pad())
        .env("VISIELEER_VANDAAG", common::VANDAAG)
        .env_remove("VISIELEER_MAP")
        .env("NO_COLOR", "1")
        .args(args);
    let volle = File::options()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    match vol {
        Vol::Stdout => cmd.stdout(volle).stderr(Stdio::piped()),
        Vol::Stderr => cmd.stderr(volle).stdout(Stdio::piped()),
    };
    let uit = cmd.output().expect("visieleer draait");
    let andere = match vol {
        Vol::Stdout => &uit.stderr,
        Vol::Stderr => &uit.stdout,
    };
    Uit {
        code: uit.status.code().unwrap_or(-1),
        andere: String::from_utf8_lossy(andere).into_owned(),
    }
}

/// A full stderr: the change is saved, the command ends as it would (0), no panic (101), and its
/// confirmation still reaches stdout.
#[test]
fn een_volle_stderr_geeft_geen_paniek() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    // `citaat` without --van warns on stderr after saving the quote.
    let u = draai(
        &s,
        Vol::Stderr,
        &["citaat", "t", "1", "Het loket was dicht."],
    );
    assert_eq!(u.code, 0, "{}", u.andere);
    assert!(s.lees("t").contains("Het loket was dicht."));
    assert!(u.andere.contains("1.1"), "{}", u.andere);
    // A refusal with nowhere to say it: still code 1, no panic, nothing changed.
    let voor = s.inhoud();
    let u = draai(&s, Vol::Stderr, &["citaat", "t", "9", "Nog een."]);
    assert_eq!(u.code, 1);
    assert_eq!(voor, s.inhoud());
    // Wrong usage (clap's message on stderr): code 2.
    assert_eq!(draai(&s, Vol::Stderr, &["citaat", "--onbekend"]).code, 2);
    // An export with -o reports on stderr only.
    let u = draai(&s, Vol::Stderr, &["rapport", "t", "-o", "r.md"]);
    assert_eq!(u.code, 0);
    assert!(s.pad().join("r.md").exists());
}

/// A full stdout after a saved change: exit 1 and one line that says the change *was* saved.
#[test]
fn een_volle_stdout_na_een_wijziging_zegt_dat_ze_bewaard_is() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    let u = draai(
        &s,
        Vol::Stdout,
        &[
            "citaat",
            "t",
            "1",
            "Het loket was dicht.",
            "--van",
            "bewoner",
        ],
    );
    assert_eq!(u.code, 1, "{}", u.andere);
    assert!(s.lees("t").contains("Het loket was dicht."));
    assert_eq!(u.andere.lines().count(), 1, "{}", u.andere);
    assert!(
        u.andere
            .starts_with("fout: De wijziging is wel bewaard in 'trajecten/t.yaml'")
            && u.andere.contains("niet nog eens"),
        "{}",
        u.andere
    );
    // A new traject too.
    let u = draai(
        &s,
        Vol::Stdout,
        &[
            "nieuw",
            "n",
            "--gemeente",
            "Noord",
            "--vraagstuk",
            "Hoe?",
            "--datum",
            "2024-01-08",
        ],
    );
    assert_eq!(u.code, 1);
    assert!(s.bestand("n").exists());
    assert!(
        u.andere.contains("wel bewaard in 'trajecten/n.yaml'"),
        "{}",
        u.andere
    );
}

/// A read-only command whose output cannot be written keeps its message: nothing was saved.
#[test]
fn een_volle_stdout_bij_lezen_zegt_niets_over_bewaren() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let voor = s.inhoud();
    for args in [
        vec!["toon", "t"],
        vec!["citaten", "t", "--csv"],
        vec!["--help"],
    ] {
        let u = draai(&s, Vol::Stdout, &args);
        assert_eq!(u.code, 1, "{args:?}: {}", u.andere);
        assert!(
            u.andere
                .starts_with("fout: De uitvoer kon niet worden geschreven (de schijf is vol)"),
            "{args:?}: {}",
            u.andere
        );
        assert!(!u.andere.contains("bewaard"), "{}", u.andere);
    }
    // A change that changed nothing saved nothing either.
    let u = draai(
        &s,
        Vol::Stdout,
        &["kernvraag", "t", "Hoe maken we één herkenbare voordeur?"],
    );
    assert!(!u.andere.contains("wel bewaard"), "{}", u.andere);
    assert_eq!(voor, s.inhoud());
}

/// A temporary file with a modification time `uur` hours ago.
fn tijdelijk(s: &Sessie, naam: &str, uur: u64) -> std::path::PathBuf {
    let pad = s.pad().join(naam);
    std::fs::write(&pad, "half").unwrap();
    let toen = std::time::SystemTime::now() - std::time::Duration::from_secs(uur * 3600);
    File::options()
        .write(true)
        .open(&pad)
        .unwrap()
        .set_modified(toen)
        .unwrap();
    pad
}

/// What a killed export left beside its target goes with the next export to that target, but
/// only when it is old and no process holds it: a fresh one, one held open, and one of another
/// target stay.
#[test]
fn een_verlaten_tijdelijk_bestand_wordt_opgeruimd() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    for (uitvoer, args) in [
        ("c.xlsx", vec!["citaten", "t", "--xlsx", "-o", "c.xlsx"]),
        ("t.qdpx", vec!["qdpx", "t", "-o", "t.qdpx"]),
        ("r.md", vec!["rapport", "t", "-o", "r.md"]),
    ] {
        let verlaten = tijdelijk(&s, &format!(".{uitvoer}.tmp-Ab12Cd"), 2);
        let vers = tijdelijk(&s, &format!(".{uitvoer}.tmp-Ef34Gh"), 0);
        let vastgehouden = tijdelijk(&s, &format!(".{uitvoer}.tmp-Ij56Kl"), 2);
        let ander = tijdelijk(&s, &format!(".x{uitvoer}.tmp-Mn78Op"), 2);
        // A running process with the file open (as its stdin), as a live export has it.
        let mut houder = Command::new("sleep")
            .arg("60")
            .stdin(File::open(&vastgehouden).unwrap())
            .spawn()
            .expect("sleep");
        s.ok(&args);
        let _ = houder.kill();
        let _ = houder.wait();
        assert!(s.pad().join(uitvoer).exists(), "{args:?}");
        assert!(
            !verlaten.exists(),
            "{args:?}: het verlaten bestand staat er nog"
        );
        assert!(vers.exists(), "{args:?}: een vers bestand is weggehaald");
        assert!(
            vastgehouden.exists(),
            "{args:?}: een open bestand is weggehaald"
        );
        assert!(
            ander.exists(),
            "{args:?}: het bestand van een ander doel is weggehaald"
        );
        // Once no process holds it, it goes too.
        s.ok(&args);
        assert!(!vastgehouden.exists(), "{args:?}");
        assert!(vers.exists() && ander.exists());
    }
}

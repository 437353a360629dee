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
    let volle = File::options().write(true).open("/dev/full").expect("/dev/full");
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
    s.ok(&[
        "interview", "t", "--duo", "wijkcoach:uitvoering", "--duo", "bewoner:inwoner",
        "--toestemming", "ja", "--datum", "2024-02-01",
    ]);
    // `citaat` without --van warns on stderr after saving the quote.
    let u = draai(&s, Vol::Stderr, &["citaat", "t", "1", "Het loket was dicht."]);
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
    s.ok(&[
        "interview", "t", "--duo", "wijkcoach:uitvoering", "--duo", "bewoner:inwoner",
        "--toestemming", "ja", "--datum", "2024-02-01",
    ]);
    let u = draai(
        &s,
        Vol::Stdout,
        &["citaat", "t", "1", "Het loket was dicht.", "--van", "bewoner"],
    );
    assert_eq!(u.code, 1, "{}", u.andere);
    assert!(s.lees("t").contains("Het loket was dicht."));
    assert_eq!(u.andere.lines().count(), 1, "{}", u.andere);
    assert!(
        u.andere.starts_with("fout: De wijziging is wel bewaard in 'trajecten/t.yaml'")
            && u.andere.contains("niet nog eens"),
        "{}",
        u.andere
    );
    // A new traject too.
    let u = draai(
        &s,
        Vol::Stdout,
        &["nieuw", "n", "--gemeente", "Noord", "--vraagstuk", "Hoe?", "--datum", "2024-01-08"],
    );
    assert_eq!(u.code, 1);
    assert!(s.bestand("n").exists());
    assert!(u.andere.contains("wel bewaard in 'trajecten/n.yaml'"), "{}", u.andere);
}

/// A read-only command whose output cannot be written keeps its message: nothing was saved.
#[test]
fn een_volle_stdout_bij_lezen_zegt_niets_over_bewaren() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let voor = s.inhoud();
    for args in [vec!["toon", "t"], vec!["citaten", "t", "--csv"], vec!["--help"]] {
        let u = draai(&s, Vol::Stdout, &args);
        assert_eq!(u.code, 1, "{args:?}: {}", u.andere);
        assert!(
            u.andere.starts_with("fout: De uitvoer kon niet worden geschreven (de schijf is vol)"),
            "{args:?}: {}",
            u.andere
        );
        assert!(!u.andere.contains("bewaard"), "{}", u.andere);
    }
    // A change that changed nothing saved nothing either.
    let u = draai(&s, Vol::Stdout, &["kernvraag", "t", "Hoe maken we één herkenbare voordeur?"]);
    assert!(!u.andere.contains("wel bewaard"), "{}", u.andere);
    assert_eq!(voor, s.inhoud());
}

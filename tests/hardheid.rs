//! A reviewer trying to break visieleer: output paths that are no ordinary file, full disks,
//! reserved names, hand-edited numbers, read-only files, pipes where files belong and YAML that
//! would expand without bound. Each ends in one Dutch sentence, exit code 1 and no changed byte.

use crate::common;

use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::process::Stdio;
use std::time::Duration;

use common::Sessie;

fn maak_fifo(pad: &std::path::Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(pad)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

/// The binary as a plain process, for tests that need to choose its stdout.
fn proces(s: &Sessie, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("visieleer"));
    cmd.current_dir(s.pad())
        .env("VISIELEER_VANDAAG", common::VANDAAG)
        .env_remove("VISIELEER_MAP")
        .env("NO_COLOR", "1")
        .args(args);
    cmd
}

fn met_citaat(s: &Sessie) {
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    s.doe("citaat t 1 'De regels zijn van vorig jaar.' --van wijkcoach");
}

#[test]
fn een_document_vervangt_nooit_een_apparaat_pijp_of_snelkoppeling() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    let fout = s.weigert_regel("rapport t -o /dev/full");
    assert!(fout.contains("geen gewoon bestand"), "{fout}");
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device(),
        "/dev/full is nog een apparaat"
    );

    let pijp = s.pad().join("pijp.html");
    maak_fifo(&pijp);
    let u = s
        .command(&["rapport", "t", "--html", "-o", pijp.to_str().unwrap()])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(u.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&u.stderr).contains("pijp"));
    assert!(fs::symlink_metadata(&pijp).unwrap().file_type().is_fifo());
    // The session compares every file before and after a command; a pipe cannot be read.
    fs::remove_file(&pijp).unwrap();

    s.schrijf("echt.md", "van iemand anders\n");
    std::os::unix::fs::symlink(s.pad().join("echt.md"), s.pad().join("link.md")).unwrap();
    let fout = s.weigert_regel("rapport t -o link.md");
    assert!(fout.contains("snelkoppeling"), "{fout}");
    assert!(
        fs::symlink_metadata(s.pad().join("link.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(s.pad().join("echt.md")).unwrap(),
        "van iemand anders\n"
    );
}

#[test]
fn een_document_overschrijft_nooit_de_eigen_bestanden_van_de_map() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    for doel in [
        "trajecten/.visieleer.lock",
        "trajecten/codeboek.yaml",
        "trajecten/t.yaml",
    ] {
        let fout = s.weigert(&["rapport", "t", "-o", doel]);
        assert!(fout.contains(doel.rsplit('/').next().unwrap()), "{fout}");
    }
}

#[test]
fn een_document_houdt_de_rechten_van_het_bestand_en_laat_niets_achter() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    s.schrijf("rapport.md", "oud\n");
    let pad = s.pad().join("rapport.md");
    fs::set_permissions(&pad, fs::Permissions::from_mode(0o640)).unwrap();
    s.doe("rapport t -o rapport.md");
    assert_eq!(
        fs::metadata(&pad).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert!(
        fs::read_to_string(&pad)
            .unwrap()
            .contains("De regels zijn van vorig jaar.")
    );
    let rest: Vec<_> = fs::read_dir(s.pad())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(rest.is_empty(), "tijdelijke bestanden over: {rest:?}");

    fs::set_permissions(&pad, fs::Permissions::from_mode(0o444)).unwrap();
    let fout = s.weigert_regel("rapport t -o rapport.md");
    assert!(fout.contains("alleen-lezen"), "{fout}");
}

#[test]
fn een_volle_schijf_op_stdout_is_een_fout() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    for args in [
        &["citaten", "t", "--csv"][..],
        &["rapport", "t"][..],
        &["overzicht"][..],
    ] {
        let vol = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let u = proces(&s, args).stdout(Stdio::from(vol)).output().unwrap();
        assert_eq!(u.status.code(), Some(1), "{args:?}");
        let fout = String::from_utf8_lossy(&u.stderr);
        assert!(fout.contains("schijf is vol"), "{args:?}: {fout}");
    }
    // A closed pipe (`| head`) still ends quietly.
    let mut kind = proces(&s, &["rapport", "t"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    drop(kind.stdout.take());
    let status = kind.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn codeboek_is_geen_trajectnaam() {
    let s = Sessie::nieuw();
    let fout = s.weigert_regel(
        "nieuw codeboek --gemeente Zeewijk --vraagstuk 'Hoe vinden inwoners de weg?'",
    );
    assert!(fout.contains("naam die visieleer zelf gebruikt"), "{fout}");
}

#[test]
fn een_nummer_buiten_bereik_is_een_fout_met_veld_en_regel() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    let tekst = s
        .lees("t")
        .replace("laatste_citaat: 1", "laatste_citaat: 4294967295");
    let regel = tekst
        .lines()
        .position(|r| r.contains("laatste_citaat"))
        .unwrap()
        + 1;
    fs::write(s.bestand("t"), &tekst).unwrap();
    let fout = s.weigert_regel("citaat t 1 'Nog een zin.' --van wijkcoach");
    assert!(fout.contains(&format!("regel {regel}")), "{fout}");
    assert!(
        fout.contains("'laatste_citaat' is groter dan 999999"),
        "{fout}"
    );
    assert!(!fout.contains("4294967295"), "{fout}");
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1);
    assert!(u.stdout.contains("laatste_citaat"), "{}", u.stdout);

    let tekst = s
        .lees("t")
        .replace("laatste_citaat: 4294967295", "laatste_citaat: 1")
        .replace("- nr: 1\n  datum", "- nr: 4294967295\n  datum");
    fs::write(s.bestand("t"), &tekst).unwrap();
    let fout = s.weigert_regel("interview t --duo a:beleid --duo b:bestuur --toestemming ja");
    assert!(fout.contains("'nr' is groter dan 999999"), "{fout}");
}

#[test]
fn een_alleen_lezen_trajectbestand_wordt_niet_vervangen() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    let pad = s.bestand("t");
    fs::set_permissions(&pad, fs::Permissions::from_mode(0o444)).unwrap();
    let fout = s.weigert_regel("citaat t 1 'Nog een zin.' --van wijkcoach");
    assert!(fout.contains("alleen-lezen"), "{fout}");
    assert_eq!(
        fs::metadata(&pad).unwrap().permissions().mode() & 0o777,
        0o444
    );
    // Reading still works.
    s.doe("toon t");
}

#[test]
fn een_schrijfbaar_trajectbestand_houdt_zijn_rechten() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    let pad = s.bestand("t");
    fs::set_permissions(&pad, fs::Permissions::from_mode(0o660)).unwrap();
    s.doe("citaat t 1 'Nog een zin.' --van wijkcoach");
    assert_eq!(
        fs::metadata(&pad).unwrap().permissions().mode() & 0o777,
        0o660
    );
}

#[test]
fn pijpen_in_de_map_laten_niets_hangen() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    maak_fifo(&s.map().join("codeboek.yaml"));
    maak_fifo(&s.map().join("pijp.yaml"));
    let slot = s.map().join(".visieleer.lock");
    let _ = fs::remove_file(&slot);
    maak_fifo(&slot);
    let draai = |args: &[&str]| {
        s.command(args)
            .timeout(Duration::from_secs(20))
            .output()
            .expect("visieleer draait")
    };
    let u = draai(&["check"]);
    let uit = String::from_utf8_lossy(&u.stdout);
    assert_eq!(u.status.code(), Some(1), "{uit}");
    assert!(uit.contains("pijp.yaml: is een pijp (FIFO)"), "{uit}");
    assert!(uit.contains("codeboek"), "{uit}");
    let u = draai(&["toon", "t"]);
    assert!(u.status.code().is_some(), "toon hing niet");
    let u = draai(&["citaat", "t", "1", "Nog een zin.", "--van", "wijkcoach"]);
    assert_eq!(u.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&u.stderr).contains("geen gewoon bestand"));
}

#[test]
fn notities_van_een_apparaat_worden_geweigerd() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    let u = s
        .command(&["notities", "t", "/dev/zero"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(u.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&u.stderr).contains("apparaat"));
}

/// Runs visieleer in the session's folder under a memory limit far below what an alias bomb's
/// expansion would need; returns the exit code and everything it printed.
fn onder_geheugengrens(s: &Sessie, args: &str) -> (Option<i32>, String) {
    let bin = assert_cmd::cargo::cargo_bin("visieleer");
    let u = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 1000000; exec \"$0\" {args}"))
        .arg(&bin)
        .current_dir(s.pad())
        .env("VISIELEER_VANDAAG", common::VANDAAG)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let alles = format!(
        "{}{}",
        String::from_utf8_lossy(&u.stdout),
        String::from_utf8_lossy(&u.stderr)
    );
    (u.status.code(), alles)
}

/// A map-size alias bomb: one anchored megabyte, aliased 200 000 times, after `kop`.
fn aliasbom(kop: &str) -> String {
    let mut bom = String::from(kop);
    bom.push_str("gemeenten: &g\n- ");
    bom.push_str(&"x".repeat(1 << 20));
    bom.push_str("\nfase: werving\nstatus: lopend\nnotitie: [");
    for i in 0..200_000 {
        if i > 0 {
            bom.push_str(", ");
        }
        bom.push_str("*g");
    }
    bom.push_str("]\n");
    bom
}

#[test]
fn een_aliasbom_wordt_geweigerd_voordat_hij_uitdijt() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    fs::write(
        s.map().join("bom.yaml"),
        aliasbom("versie: 1\nvraagstuk: v\n"),
    )
    .unwrap();
    for args in ["check", "overzicht", "rode-draden", "toon bom"] {
        let (code, alles) = onder_geheugengrens(&s, args);
        assert_eq!(code, Some(1), "{args}: {alles}");
        assert!(
            alles.contains("regel 3: een YAML-verwijzing"),
            "{args}: {alles}"
        );
    }
}

/// The review's trick: a line starting with `'` inside a multi-line value hid an alias bomb
/// from the old line scanner, and `check`, `overzicht`, `rode-draden` and `citaten --csv`
/// aborted for the whole map (out of memory). The parser's own events see the anchor; the
/// same trick in `codeboek.yaml` is refused too.
#[test]
fn een_aliasbom_achter_een_regel_met_aanhalingsteken() {
    let s = Sessie::nieuw();
    met_citaat(&s);
    fs::write(
        s.map().join("bom.yaml"),
        aliasbom("versie: 1\nvraagstuk: een lange\n  'zin over\n  twee regels\n"),
    )
    .unwrap();
    for args in ["check", "overzicht", "rode-draden", "citaten --csv"] {
        let (code, alles) = onder_geheugengrens(&s, args);
        assert_eq!(code, Some(1), "{args}: {alles}");
        assert!(
            alles.contains("regel 5: een YAML-verwijzing"),
            "{args}: {alles}"
        );
    }
    fs::remove_file(s.map().join("bom.yaml")).unwrap();
    fs::write(
        s.map().join("codeboek.yaml"),
        "tags:\n- tag: a\n  groep: thema\n  omschrijving: een lange\n    'zin\n- &t {tag: b, groep: thema, omschrijving: x}\n- *t\n",
    )
    .unwrap();
    for args in ["check", "codeboek"] {
        let (code, alles) = onder_geheugengrens(&s, args);
        assert_eq!(code, Some(1), "{args}: {alles}");
        assert!(
            alles.contains("regel 6: een YAML-verwijzing"),
            "{args}: {alles}"
        );
    }
}

//! Map hygiene: a file that looks like a copy of a traject file but cannot be one (a sync
//! conflict copy, a backup, a `.yml`) is reported by `check` and stops every export over the
//! whole map, so the words of a withdrawn interview never leave the map through a copy.

use std::fs;

use crate::common::Sessie;

/// The quote of interview 2 in [`Sessie::traject_in_borgen`].
const WOORDEN: &str = "welk loket";

fn met_kopie(naam: &str) -> Sessie {
    let s = Sessie::nieuw();
    s.traject_in_borgen("hoorn");
    fs::copy(s.bestand("hoorn"), s.map().join(naam)).unwrap();
    s
}

#[test]
fn een_synckopie_na_intrekken_lekt_niet_via_exports() {
    let s = met_kopie("hoorn (1).yaml");
    // `check` names the copy and fails, and says what to do.
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(u.stdout.contains("hoorn (1).yaml"), "{}", u.stdout);
    assert!(u.stdout.contains("Verwijder het"), "{}", u.stdout);
    // The copy is no traject: `check` counts one.
    assert!(u.stdout.contains("1 traject gecontroleerd"), "{}", u.stdout);

    s.doe("intrekken hoorn 2");
    assert!(!s.lees("hoorn").contains(WOORDEN));

    for args in [
        &["citaten", "--csv"][..],
        &["citaten", "--xlsx", "-o", "uit.xlsx"],
        &["qdpx", "-o", "uit.qdpx"],
        &["rode-draden"],
        &["rode-draden", "--html", "-o", "rd.html"],
    ] {
        let fout = s.weigert(args);
        assert!(fout.contains("hoorn (1).yaml"), "{args:?}: {fout}");
        assert!(fout.contains("verwijder het"), "{args:?}: {fout}");
        assert_eq!(fout.trim().lines().count(), 1, "{args:?}: {fout}");
        assert!(!fout.contains(WOORDEN));
    }
    assert!(!s.pad().join("uit.xlsx").exists());
    assert!(!s.pad().join("uit.qdpx").exists());

    // An export of the one traject is not about the copy.
    let csv = s.doe("citaten hoorn --csv");
    assert!(!csv.contains(WOORDEN));

    // The overview carries no quotes: it warns and goes on, without the copy as a traject.
    let u = s.run(&["overzicht"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(u.stderr.contains("hoorn (1).yaml"), "{}", u.stderr);
    assert!(!u.stdout.contains("hoorn (1)"), "{}", u.stdout);

    // Once the copy is gone, the export runs and the withdrawn words stay out.
    fs::remove_file(s.map().join("hoorn (1).yaml")).unwrap();
    let csv = s.doe("citaten --csv");
    assert!(csv.contains("De regels zijn nog van vorig jaar."), "{csv}");
    assert!(!csv.contains(WOORDEN), "{csv}");
    s.ok(&["check"]);
}

#[test]
fn elke_soort_kopie_wordt_gemeld_en_weigert_de_export() {
    for naam in [
        "hoorn.sync-conflict-20240301-101010-ABCDEF7.yaml",
        "hoorn.yaml.orig",
        "hoorn.yaml~",
        "hoorn.yaml.bak",
        "hoorn.yml",
        "Hoorn.yaml",
        "hoorn kopie.yaml",
        "codeboek (1).yaml",
    ] {
        let s = met_kopie(naam);
        let u = s.run(&["check"]);
        assert_eq!(u.code, 1, "{naam}: {}", u.stdout);
        assert!(u.stdout.contains(naam), "{naam}: {}", u.stdout);
        let fout = s.weigert_regel("citaten --csv");
        assert!(fout.contains(naam), "{naam}: {fout}");
    }
}

#[test]
fn eigen_bestanden_en_andere_bestanden_blijven_toegestaan() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("hoorn");
    s.schrijf(
        "trajecten/codeboek.yaml",
        "modus: uitbreiden\ntags:\n  - tag: wachtlijst\n    groep: thema\n    omschrijving: Wachtlijsten in de toegang\n",
    );
    for (naam, inhoud) in [
        ("notities-hoorn-1.md", "# Duo-interview\n"),
        ("export.csv", "a,b\n"),
        ("LEESMIJ.txt", "yaml\n"),
        ("yaml-uitleg.md", "Over .yaml-bestanden\n"),
    ] {
        s.schrijf(format!("trajecten/{naam}"), inhoud);
    }
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");
    s.doe("citaten --csv");
    s.ok(&["rode-draden"]);
    let u = s.run(&["overzicht"]);
    assert_eq!(u.code, 0);
    assert!(u.stderr.is_empty(), "{}", u.stderr);
    let u = s.run(&["codeboek"]);
    assert_eq!(u.code, 0);
    assert!(u.stderr.is_empty(), "{}", u.stderr);
    assert!(u.stdout.contains("wachtlijst"), "{}", u.stdout);
}

#[test]
fn de_voorbeeldmappen_zijn_schoon() {
    // examples/ holds notes (.md) and a CSV beside its traject files: none of them is a copy.
    for map in ["examples/drie", "examples"] {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(map);
        let s = Sessie::nieuw();
        let u = s.run(&["--map", map.to_str().unwrap(), "check"]);
        assert!(!u.stdout.contains("kopie"), "{map:?}: {}", u.stdout);
        assert!(
            !u.stdout.contains("geldige trajectnaam"),
            "{map:?}: {}",
            u.stdout
        );
    }
}

#[test]
fn een_kopie_met_een_naam_die_geen_utf8_is() {
    use std::os::unix::ffi::OsStrExt;
    let s = Sessie::nieuw();
    s.traject_in_borgen("hoorn");
    let naam = std::ffi::OsStr::from_bytes(b"hoorn \xff.yaml");
    fs::copy(s.bestand("hoorn"), s.map().join(naam)).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(u.stdout.contains("geldige trajectnaam"), "{}", u.stdout);
    s.weigert_regel("citaten --csv");
}

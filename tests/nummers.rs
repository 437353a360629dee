//! Numbers in a traject file: every id is at least 1, and a command that would hand out a
//! number past the documented maximum (999999) is refused before it writes, so nothing the
//! tool writes is ever refused by the tool. Each way a new number is handed out is driven
//! through the binary against a file edited by hand up to the maximum.

use std::fs;

use crate::common::Sessie;

const MAX: &str = "999999";

/// Replaces `van` by `naar` in the file of `slug`, where it occurs exactly once.
fn zet(s: &Sessie, slug: &str, van: &str, naar: &str) {
    let tekst = s.lees(slug);
    assert_eq!(tekst.matches(van).count(), 1, "{van:?} in:\n{tekst}");
    fs::write(s.bestand(slug), tekst.replace(van, naar)).unwrap();
}

/// A refusal at the maximum: one Dutch line naming the number, and nothing written.
#[track_caller]
fn weigert_bij_max(s: &Sessie, args: &[&str], wat: &str) {
    let fout = s.weigert(args);
    assert!(
        fout.contains(&format!("Er kan geen {wat} meer bij")),
        "{args:?}: {fout}"
    );
    assert!(fout.contains(MAX), "{args:?}: {fout}");
    assert!(fout.contains("er is niets vastgelegd"), "{args:?}: {fout}");
    assert_eq!(fout.trim().lines().count(), 1, "{args:?}: {fout}");
    assert!(!fout.contains("1000000"), "{args:?}: {fout}");
}

/// `check` accepts the file: a number at the maximum is allowed.
#[track_caller]
fn check_ok(s: &Sessie) {
    let u = s.run(&["check"]);
    assert_eq!(u.code, 0, "{}", u.stdout);
}

/// The quote counter of interview 1 in [`Sessie::traject_in_borgen`].
const EERSTE: &str = "laatste_citaat: 1\n  citaten:\n  - nr: 1\n    tekst: De regels";

const NOTITIES: &str = "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n# Duo-interview\n\n> Het loket was dicht.\n> — bewoner\n";

#[test]
fn citaat_bij_het_hoogste_citaatnummer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    zet(
        &s,
        "t",
        EERSTE,
        &EERSTE.replace("laatste_citaat: 1", "laatste_citaat: 999999"),
    );
    check_ok(&s);
    weigert_bij_max(
        &s,
        &["citaat", "t", "1", "Nog een zin.", "--van", "wijkcoach"],
        "citaat bij duo-interview 1",
    );
    // One below: the quote gets the maximum itself, and every command still reads the file.
    zet(
        &s,
        "t",
        "laatste_citaat: 999999\n",
        "laatste_citaat: 999998\n",
    );
    let uit = s.doe("citaat t 1 'Nog een zin.' --van wijkcoach");
    assert!(uit.contains("1.999999"), "{uit}");
    check_ok(&s);
    s.doe("toon t");
    weigert_bij_max(
        &s,
        &["citaat", "t", "1", "En nog een.", "--van", "wijkcoach"],
        "citaat bij duo-interview 1",
    );
}

#[test]
fn interview_bij_het_hoogste_interviewnummer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    zet(
        &s,
        "t",
        "- nr: 2\n  datum: 2024-02-05",
        "- nr: 999999\n  datum: 2024-02-05",
    );
    // The insight that cites quote 2.1 follows the new number.
    zet(&s, "t", "- '2.1'", "- '999999.1'");
    check_ok(&s);
    weigert_bij_max(
        &s,
        &[
            "interview",
            "t",
            "--duo",
            "a:beleid",
            "--duo",
            "b:bestuur",
            "--toestemming",
            "ja",
            "--datum",
            "2024-02-06",
        ],
        "duo-interview",
    );
    // Notes of a new interview would need a new interview number too.
    s.schrijf("n.md", NOTITIES);
    weigert_bij_max(&s, &["notities", "t", "n.md"], "duo-interview");
}

#[test]
fn notities_bij_het_hoogste_citaatnummer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.schrijf("n.md", NOTITIES);
    s.doe("notities t n.md");
    zet(
        &s,
        "t",
        "laatste_citaat: 1\n  citaten:\n  - nr: 1\n    tekst: Het loket",
        "laatste_citaat: 999999\n  citaten:\n  - nr: 1\n    tekst: Het loket",
    );
    check_ok(&s);
    // The same notes again give no new number: accepted, nothing changes.
    s.doe("notities t n.md");
    s.schrijf(
        "n.md",
        &format!("{NOTITIES}\n> Niemand nam op.\n> — wijkcoach\n"),
    );
    weigert_bij_max(&s, &["notities", "t", "n.md"], "citaat bij duo-interview 3");
}

#[test]
fn synthese_en_clusters_bij_het_hoogste_inzichtnummer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    zet(&s, "t", "- nr: 3\n", "- nr: 999999\n");
    check_ok(&s);
    weigert_bij_max(
        &s,
        &["synthese", "t", "--stap", "reflectie", "Nog een inzicht"],
        "inzicht",
    );
    s.schrijf("c.csv", "kaartje,cluster\n1.1,Eén voordeur\n");
    weigert_bij_max(&s, &["clusters", "t", "c.csv"], "inzicht");
}

#[test]
fn afspraak_bij_het_hoogste_afspraaknummer_en_nazorg_gaat_door() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    zet(
        &s,
        "t",
        "afspraken:\n- nr: 1\n",
        "afspraken:\n- nr: 999999\n",
    );
    check_ok(&s);
    weigert_bij_max(
        &s,
        &[
            "afspraak",
            "t",
            "Nog een afspraak",
            "--eigenaar",
            "teamleider",
            "--streefwaarde",
            "Werkt",
            "--datum",
            "2024-09-02",
        ],
        "afspraak",
    );
    // Nazorg hands out no number: it goes on at the maximum, and the file stays readable.
    s.doe("nazorg t --afspraak 999999 --stand loopt --volgende 2024-09 --verhaal 'Het loopt.' --datum 2024-04-01");
    check_ok(&s);
}

#[test]
fn nummer_nul_is_een_fout_met_de_regel() {
    let gevallen: [(&str, &str, &str); 4] = [
        (
            "interview",
            "- nr: 2\n  datum: 2024-02-05",
            "- nr: 0\n  datum: 2024-02-05",
        ),
        (
            "citaat",
            "  - nr: 1\n    tekst: De regels",
            "  - nr: 0\n    tekst: De regels",
        ),
        ("inzicht", "- nr: 3\n", "- nr: 0\n"),
        ("afspraak", "afspraken:\n- nr: 1\n", "afspraken:\n- nr: 0\n"),
    ];
    for (wat, van, naar) in gevallen {
        let s = Sessie::nieuw();
        s.traject_afgerond("t");
        zet(&s, "t", van, naar);
        let regel = s
            .lees("t")
            .lines()
            .position(|r| r.trim_start().trim_start_matches("- ") == "nr: 0")
            .unwrap()
            + 1;
        let u = s.run(&["check"]);
        assert_eq!(u.code, 1, "{wat}: {}", u.stdout);
        assert!(
            u.stdout
                .contains(&format!("regel {regel}: 'nr: 0' is geen geldig nummer")),
            "{wat}: {}",
            u.stdout
        );
        // No export carries its quotes, and no command works on the file until it is fixed.
        for args in [
            &["citaten", "--csv"][..],
            &["citaten", "t", "--csv"],
            &["rapport", "t"],
            &["intrekken", "t", "2"],
        ] {
            let fout = s.weigert(args);
            assert!(
                fout.contains("'nr: 0' is geen geldig nummer"),
                "{wat} {args:?}: {fout}"
            );
        }
    }
}

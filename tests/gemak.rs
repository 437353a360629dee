//! What people expect of a CLI: completions, a man page, Dutch help with an example for every
//! command, and no colour codes when the output is not a terminal or NO_COLOR is set.

use crate::common;

use common::Sessie;

/// Every subcommand, as `visieleer --help` lists them.
fn opdrachten(s: &Sessie) -> Vec<String> {
    let hulp = s.ok(&["--help"]);
    let lijst = hulp
        .split("Opdrachten:")
        .nth(1)
        .expect("een lijst met opdrachten");
    let lijst = lijst.split("\n\n").next().unwrap();
    lijst
        .lines()
        // A command starts at two spaces; a wrapped description is indented further.
        .filter(|r| r.starts_with("  ") && !r.starts_with("   "))
        .filter_map(|r| r.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn elke_opdracht_heeft_nederlandse_hulp_met_een_voorbeeld() {
    let s = Sessie::nieuw();
    let alle = opdrachten(&s);
    for nieuw in [
        "afspraak",
        "nazorg",
        "kaartjes",
        "clusters",
        "rode-draden",
        "completions",
        "manpage",
    ] {
        assert!(
            alle.iter().any(|o| o == nieuw),
            "{nieuw} ontbreekt in {alle:?}"
        );
    }
    for opdracht in &alle {
        let hulp = s.ok(&[opdracht, "--help"]);
        assert!(
            hulp.contains("Voorbeeld"),
            "{opdracht} --help zonder voorbeeld:\n{hulp}"
        );
        assert!(hulp.contains("Gebruik:"), "{opdracht}:\n{hulp}");
        for engels in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Print help",
            "[OPTIONS]",
        ] {
            assert!(
                !hulp.contains(engels),
                "{opdracht} --help bevat '{engels}':\n{hulp}"
            );
        }
    }
}

#[test]
fn aanvulling_voor_drie_shells() {
    let s = Sessie::nieuw();
    for (shell, kenmerk) in [
        ("bash", "_clap_complete_visieleer"),
        ("zsh", "#compdef visieleer"),
        ("fish", "--command visieleer"),
    ] {
        let uit = s.ok(&["completions", shell]);
        assert!(uit.contains(kenmerk), "{shell}: {uit}");
        // The script asks visieleer itself on every tab, so it knows the map's values.
        assert!(
            uit.contains("COMPLETE") && uit.contains("visieleer"),
            "{shell}"
        );
    }
    let fout = s.weigert_met(2, &["completions", "powershell"]);
    assert!(fout.contains("ongeldige waarde 'powershell'"), "{fout}");
}

#[test]
fn man_pagina_in_het_nederlands() {
    let s = Sessie::nieuw();
    let man = s.ok(&["manpage"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH VISIELEER 1"),
        "{man}"
    );
    for kop in [".SH NAAM", ".SH GEBRUIK", ".SH OPDRACHTEN"] {
        assert!(man.contains(kop), "{kop} ontbreekt:\n{man}");
    }
    assert!(!man.contains(".SH NAME") && !man.contains(".SH SUBCOMMANDS"));
    assert!(man.contains("rode\\-draden"), "{man}");
    // The manual's name in the page header is Dutch too (man otherwise prints "General
    // Commands Manual"), and commands are named as typed, not as pages that do not exist.
    assert!(
        man.contains(".TH VISIELEER 1 \"\" \"visieleer 0.1.0\" \"Handleiding visieleer\""),
        "{man}"
    );
    assert!(man.contains("\nvisieleer rode\\-draden\n"), "{man}");
    assert!(!man.contains("(1)\n"), "{man}");
}

#[test]
fn geen_kleurcodes_buiten_een_terminal_of_met_no_color() {
    let s = Sessie::nieuw();
    // Not a terminal (a pipe), NO_COLOR unset.
    let uit = s
        .command(&["toon", "bestaat-niet"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let fout = String::from_utf8_lossy(&uit.stderr);
    assert!(fout.starts_with("fout: "), "{fout}");
    assert!(!fout.contains('\u{1b}'), "kleurcode in {fout:?}");
    // NO_COLOR set (the helper always sets it).
    let fout = s.weigert_regel("toon bestaat-niet");
    assert!(!fout.contains('\u{1b}'), "kleurcode in {fout:?}");
}

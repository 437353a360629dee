//! The house rules of the code, checked on its text: the traject file as text has one home
//! (`src/bestand/`), and that home uses nothing above it.

use std::fs;
use std::path::{Path, PathBuf};

fn bronbestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(map).unwrap().flatten() {
        let pad = entry.path();
        if pad.is_dir() {
            bronbestanden(&pad, uit);
        } else if pad.extension().is_some_and(|e| e == "rs") {
            uit.push(pad);
        }
    }
}

/// The code of a file without its unit tests (by convention the `#[cfg(test)]` module at the
/// end), which may build YAML to test with.
fn code_zonder_tests(pad: &Path) -> String {
    let tekst = fs::read_to_string(pad).unwrap();
    match tekst.find("#[cfg(test)]\nmod tests") {
        Some(i) => tekst[..i].to_string(),
        None => tekst,
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Only `src/bestand/` reads or writes YAML text or talks to the parser; every other module
/// asks it (lines for messages, the names of other trajecten, comments, the head of a file).
#[test]
fn alleen_het_bestand_kent_yaml_als_tekst() {
    let mut bestanden = Vec::new();
    bronbestanden(&src(), &mut bestanden);
    let thuis = src().join("bestand");
    let verboden = [
        "serde_yaml::from_",
        "serde_yaml::to_",
        "libyaml",
        "Lezer::nieuw",
        // The field lines a scanner would look for.
        "\"vingerafdrukken:\"",
        "\"nr:\"",
        "\"naam: \"",
        "\"moderator: \"",
        "strip_prefix(\"versie:\")",
    ];
    let mut gevonden = Vec::new();
    for pad in bestanden.iter().filter(|p| !p.starts_with(&thuis)) {
        let code = code_zonder_tests(pad);
        for v in verboden {
            if code.contains(v) {
                gevonden.push(format!("{}: {v}", pad.display()));
            }
        }
    }
    assert!(
        gevonden.is_empty(),
        "YAML als tekst buiten src/bestand/:\n{}",
        gevonden.join("\n")
    );
}

/// The home of the file is a lower layer: it uses the model (the traject and its parts, dates,
/// phases, the characters it refuses), never the map, the method's rules, privacy, documents
/// or commands.
#[test]
fn het_bestand_gebruikt_niets_van_hogere_lagen() {
    let mut bestanden = Vec::new();
    bronbestanden(&src().join("bestand"), &mut bestanden);
    let toegestaan = ["bestand", "model"];
    let mut gevonden = Vec::new();
    for pad in &bestanden {
        let code = code_zonder_tests(pad);
        for (i, _) in code.match_indices("crate::") {
            let module: String = code[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !module.is_empty() && !toegestaan.contains(&module.as_str()) {
                gevonden.push(format!("{}: crate::{module}", pad.display()));
            }
        }
    }
    assert!(
        gevonden.is_empty(),
        "src/bestand/ gebruikt een hogere laag:\n{}",
        gevonden.join("\n")
    );
}

/// The layers of `src/`, from the bottom up: each may use the ones below it, never one above.
const LAGEN: [&str; 9] = [
    "model",
    "bestand",
    "methode",
    "opslag",
    "privacy",
    "luisteren",
    "document",
    "uitwisseling",
    "cmd",
];

/// The uses that still run upward, each to be removed by making privacy an explicit context
/// (issue "Het huis"): a traject carries the names its documents mask, the method's checks ask
/// privacy for warnings, and the map hands each document the names of the other trajecten.
/// The list may only shrink.
const NOG_OMHOOG: [(&str, &str); 4] = [
    ("src/model/traject.rs", "privacy"),
    ("src/model/interview.rs", "privacy"),
    ("src/methode/controle.rs", "privacy"),
    ("src/opslag/mod.rs", "privacy"),
];

/// Imports run downward between the layers: no module uses a layer above its own, except the
/// listed ones that are still to go.
#[test]
fn imports_lopen_omlaag() {
    let mut bestanden = Vec::new();
    bronbestanden(&src(), &mut bestanden);
    let rang = |laag: &str| LAGEN.iter().position(|l| *l == laag);
    let mut omhoog = std::collections::BTreeSet::new();
    for pad in &bestanden {
        let rel = pad.strip_prefix(src().parent().unwrap()).unwrap();
        let rel = rel.to_string_lossy().to_string();
        let Some(eigen) = rel.split('/').nth(1).and_then(rang) else {
            continue;
        };
        let code = code_zonder_tests(pad);
        for (i, _) in code.match_indices("crate::") {
            if i > 0 && code.as_bytes()[i - 1] == b'$' {
                continue;
            }
            let laag: String = code[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if let Some(doel) = rang(&laag)
                && doel > eigen
            {
                omhoog.insert((rel.clone(), laag));
            }
        }
    }
    let bekend: std::collections::BTreeSet<(String, String)> = NOG_OMHOOG
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let nieuw: Vec<_> = omhoog.difference(&bekend).collect();
    assert!(nieuw.is_empty(), "imports die omhoog lopen: {nieuw:?}");
    let weg: Vec<_> = bekend.difference(&omhoog).collect();
    assert!(weg.is_empty(), "opgelost, haal ze uit NOG_OMHOOG: {weg:?}");
}

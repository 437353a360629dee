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
            for module in lagen_na(&code[i + 7..]) {
                if !module.is_empty() && !toegestaan.contains(&module.as_str()) {
                    gevonden.push(format!("{}: crate::{module}", pad.display()));
                }
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
    "privacy",
    "opslag",
    "luisteren",
    "document",
    "uitwisseling",
    "cmd",
];

/// Imports run downward between the layers: no module uses a layer above its own, so no two
/// layers can use each other in a circle.
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
            for laag in lagen_na(&code[i + 7..]) {
                if let Some(doel) = rang(&laag)
                    && doel > eigen
                {
                    omhoog.insert((rel.clone(), laag));
                }
            }
        }
    }
    assert!(omhoog.is_empty(), "imports die omhoog lopen: {omhoog:?}");
}

/// The top-level modules a path after `crate::` names: one (`crate::privacy::x`), or each of a
/// group (`crate::{privacy::x, opslag}`).
fn lagen_na(na: &str) -> Vec<String> {
    let naam = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(groep) = na.strip_prefix('{') else {
        return vec![naam(na)];
    };
    let mut lagen = Vec::new();
    let mut diepte = 0;
    let mut begin = 0;
    for (i, c) in groep.char_indices() {
        match c {
            '{' => diepte += 1,
            '}' if diepte == 0 => {
                lagen.push(naam(&groep[begin..i]));
                break;
            }
            '}' => diepte -= 1,
            ',' if diepte == 0 => {
                lagen.push(naam(&groep[begin..i]));
                begin = i + 1;
            }
            _ => {}
        }
    }
    lagen
}

#[test]
fn lagen_na_leest_groepen() {
    assert_eq!(lagen_na("privacy::Masker;"), ["privacy"]);
    assert_eq!(
        lagen_na("{privacy::{Masker, Namen}, opslag::Map};"),
        ["privacy", "opslag"]
    );
}

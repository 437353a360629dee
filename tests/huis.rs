//! The house rules of the code, checked on its text: the traject file as text has one home
//! (`src/bestand/`), and that home uses nothing above it.

use std::collections::{BTreeMap, BTreeSet};
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

/// The module of a source file, as a path: `src/document/rapport.rs` is `document::rapport`,
/// a folder's `mod.rs` is the folder, `lib.rs` and `main.rs` are the crate itself.
fn module_van(pad: &Path) -> String {
    let rel = pad.strip_prefix(src()).unwrap().with_extension("");
    let mut delen: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if delen.last().is_some_and(|d| d == "mod") {
        delen.pop();
    }
    if delen == ["lib"] || delen == ["main"] {
        delen.clear();
    }
    delen.join("::")
}

/// The longest module of `modules` that `pad` (a path after `crate::`) lies in.
fn module_in<'a>(modules: &'a BTreeSet<String>, pad: &str) -> Option<&'a String> {
    let delen: Vec<&str> = pad.split("::").collect();
    (1..=delen.len())
        .rev()
        .find_map(|n| modules.get(&delen[..n].join("::")))
}

/// The paths a piece of code names after `crate::` (each of a group) or `super::`, made
/// absolute for the module `eigen`.
fn verwijzingen(code: &str, eigen: &str) -> Vec<String> {
    let pad_na = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
            .collect::<String>()
            .trim_end_matches(':')
            .to_string()
    };
    let mut uit = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        if i > 0 && code.as_bytes()[i - 1] == b'$' {
            continue;
        }
        let na = &code[i + 7..];
        match na.strip_prefix('{') {
            Some(_) => uit.extend(lagen_na(na)),
            None => uit.push(pad_na(na)),
        }
    }
    let ouder: Vec<&str> = eigen.split("::").collect();
    let ouder = ouder[..ouder.len().saturating_sub(1)].join("::");
    for (i, _) in code.match_indices("super::") {
        if i > 0
            && (code.as_bytes()[i - 1].is_ascii_alphanumeric() || code.as_bytes()[i - 1] == b':')
        {
            continue;
        }
        let pad = pad_na(&code[i + 7..]);
        uit.push(if ouder.is_empty() {
            pad
        } else {
            format!("{ouder}::{pad}")
        });
    }
    uit
}

/// No two modules use each other, directly or around a circle (what `cargo modules` would
/// draw as a cycle), between layers or within one. A module and the folder it lives in may
/// use each other's items: that is how a folder shares its types with its files.
#[test]
fn geen_kring_tussen_modules() {
    let mut bestanden = Vec::new();
    bronbestanden(&src(), &mut bestanden);
    let modules: BTreeSet<String> = bestanden.iter().map(|p| module_van(p)).collect();
    let mut gebruikt: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for pad in &bestanden {
        let eigen = module_van(pad);
        let code: String = code_zonder_tests(pad)
            .lines()
            .filter(|r| !r.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let doelen = gebruikt.entry(eigen.clone()).or_default();
        for verwijzing in verwijzingen(&code, &eigen) {
            if let Some(doel) = module_in(&modules, &verwijzing)
                && *doel != eigen
                && !eigen.starts_with(&format!("{doel}::"))
                && !doel.starts_with(&format!("{eigen}::"))
                && !doel.is_empty()
                && !eigen.is_empty()
            {
                doelen.insert(doel.clone());
            }
        }
    }
    // Depth-first search; a module met again while still on the path closes a circle.
    fn zoek<'a>(
        m: &'a str,
        gebruikt: &'a BTreeMap<String, BTreeSet<String>>,
        pad: &mut Vec<&'a str>,
        klaar: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = pad.iter().position(|p| *p == m) {
            let mut kring: Vec<String> = pad[i..].iter().map(|s| s.to_string()).collect();
            kring.push(m.to_string());
            return Some(kring);
        }
        if !klaar.insert(m) {
            return None;
        }
        pad.push(m);
        for doel in gebruikt.get(m).into_iter().flatten() {
            if let Some(kring) = zoek(doel, gebruikt, pad, klaar) {
                return Some(kring);
            }
        }
        pad.pop();
        None
    }
    let mut klaar = BTreeSet::new();
    for m in gebruikt.keys() {
        let kring = zoek(m, &gebruikt, &mut Vec::new(), &mut klaar);
        assert!(
            kring.is_none(),
            "modules in een kring: {}",
            kring.unwrap().join(" → ")
        );
    }
}

/// A newcomer reads a file in one sitting: no source file is much over 800 lines unless its
/// module doc says why it is one file ("Why one long file: …").
#[test]
fn lange_bestanden_zeggen_waarom() {
    let mut bestanden = Vec::new();
    bronbestanden(&src(), &mut bestanden);
    let mut te_lang = Vec::new();
    for pad in &bestanden {
        let tekst = fs::read_to_string(pad).unwrap();
        let regels = code_zonder_tests(pad).lines().count();
        let uitleg = tekst
            .lines()
            .take_while(|r| r.starts_with("//!"))
            .any(|r| r.contains("Why one long file:"));
        if regels > 850 && !uitleg {
            te_lang.push(format!("{} ({regels} regels)", pad.display()));
        }
    }
    assert!(
        te_lang.is_empty(),
        "te lang zonder uitleg in de moduledoc: {te_lang:?}"
    );
}

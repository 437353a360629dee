//! Every document and export of the maps in the repository, byte for byte: the example map
//! `examples/drie`, the single example `examples/zeewaarde.yaml` and the real programme in
//! `trajecten/`. Each output is kept as its length and XXH3-128 hash in `tests/gouden/<map>.txt`,
//! so a change that moves one byte of any document shows up here, by name.
//!
//! A change that is meant to change documents rewrites the lists with
//! `VISIELEER_GOUD=bijwerken cargo test --test main gouden`; the diff of `tests/gouden/` then
//! shows which outputs changed, for the commit message to explain.

use crate::common::Sessie;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// "Today" for every map: fixed, so the documents that print today's date stay the same.
const VANDAAG: &str = "2024-07-15";

/// A map of the repository, copied into a fresh session so nothing is written into the repo.
fn sessie_met(bron: &[PathBuf]) -> Sessie {
    let s = Sessie::nieuw();
    fs::create_dir_all(s.map()).unwrap();
    for pad in bron {
        fs::copy(pad, s.map().join(pad.file_name().unwrap())).unwrap();
    }
    s
}

fn yaml_in(map: &Path) -> Vec<PathBuf> {
    let mut uit: Vec<PathBuf> = fs::read_dir(map)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    uit.sort();
    uit
}

/// The bytes a command writes: to stdout, or to the file `-o` names (the last argument).
fn uitvoer(s: &Sessie, args: &[&str]) -> Vec<u8> {
    let uit = s
        .command(args)
        .env("VISIELEER_VANDAAG", VANDAAG)
        .output()
        .unwrap();
    assert!(
        uit.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    match args.iter().position(|a| *a == "-o") {
        Some(i) => {
            let pad = s.pad().join(args[i + 1]);
            let bytes = fs::read(&pad).unwrap();
            fs::remove_file(pad).unwrap();
            bytes
        }
        None => uit.stdout,
    }
}

/// Every output of every traject of the session's map and of the map as a whole, by name.
fn alle_uitvoer(s: &Sessie) -> Vec<(String, Vec<u8>)> {
    let mut uit = Vec::new();
    for pad in yaml_in(&s.map()) {
        let slug = pad.file_stem().unwrap().to_str().unwrap().to_string();
        let per_traject: [(&str, Vec<&str>); 10] = [
            ("rapport.md", vec!["rapport", &slug]),
            ("rapport.html", vec!["rapport", &slug, "--html"]),
            (
                "rapport.docx",
                vec!["rapport", &slug, "--docx", "-o", "uit.docx"],
            ),
            ("kaartjes.md", vec!["kaartjes", &slug]),
            ("kaartjes.html", vec!["kaartjes", &slug, "--html"]),
            ("toon.txt", vec!["toon", &slug]),
            ("toon.json", vec!["toon", &slug, "--json"]),
            (
                "citaten.csv",
                vec!["citaten", &slug, "--csv", "-o", "uit.csv"],
            ),
            (
                "citaten.xlsx",
                vec!["citaten", &slug, "--xlsx", "-o", "uit.xlsx"],
            ),
            ("project.qdpx", vec!["qdpx", &slug, "-o", "uit.qdpx"]),
        ];
        for (naam, args) in per_traject {
            uit.push((format!("{slug}/{naam}"), uitvoer(s, &args)));
        }
    }
    let over_de_map: [(&str, &[&str]); 8] = [
        ("rode-draden.md", &["rode-draden"]),
        ("rode-draden.html", &["rode-draden", "--html"]),
        ("rode-draden-methode.md", &["rode-draden", "--methode"]),
        ("overzicht.txt", &["overzicht"]),
        ("overzicht.html", &["overzicht", "--html"]),
        ("citaten.csv", &["citaten", "--csv", "-o", "uit.csv"]),
        ("citaten.xlsx", &["citaten", "--xlsx", "-o", "uit.xlsx"]),
        ("project.qdpx", &["qdpx", "-o", "uit.qdpx"]),
    ];
    for (naam, args) in over_de_map {
        uit.push((format!("map/{naam}"), uitvoer(s, args)));
    }
    uit
}

/// One line per output: its name, its length and its hash.
fn lijst(uitvoer: &[(String, Vec<u8>)]) -> String {
    let mut tekst = String::new();
    for (naam, bytes) in uitvoer {
        let hash = xxhash_rust::xxh3::xxh3_128(bytes);
        writeln!(tekst, "{naam} {} {hash:032x}", bytes.len()).unwrap();
    }
    tekst
}

fn vergelijk(naam: &str, s: &Sessie) {
    let bestand = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gouden")
        .join(format!("{naam}.txt"));
    let nu = lijst(&alle_uitvoer(s));
    if std::env::var_os("VISIELEER_GOUD").is_some_and(|w| w == "bijwerken") {
        fs::create_dir_all(bestand.parent().unwrap()).unwrap();
        fs::write(&bestand, &nu).unwrap();
        return;
    }
    let vastgelegd = fs::read_to_string(&bestand).unwrap_or_default();
    let anders: Vec<String> = nu
        .lines()
        .zip(vastgelegd.lines().chain(std::iter::repeat("")))
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.split(' ').next().unwrap().to_string())
        .collect();
    assert!(
        anders.is_empty() && nu.lines().count() == vastgelegd.lines().count(),
        "andere bytes in {naam}: {anders:?}; is dat de bedoeling, schrijf dan de lijst opnieuw met VISIELEER_GOUD=bijwerken cargo test --test main gouden"
    );
}

fn repo(pad: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(pad)
}

#[test]
fn de_voorbeeldmap_drie() {
    vergelijk("drie", &sessie_met(&yaml_in(&repo("examples/drie"))));
}

#[test]
fn het_voorbeeld_zeewaarde() {
    vergelijk("zeewaarde", &sessie_met(&[repo("examples/zeewaarde.yaml")]));
}

#[test]
fn het_programma_van_negen_trajecten() {
    vergelijk("trajecten", &sessie_met(&yaml_in(&repo("trajecten"))));
}

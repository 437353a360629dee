//! The PDF documents visieleer typesets itself (`--pdf`), read back page by page with poppler
//! (pdftotext, pdfinfo, pdffonts): the contents page points at the pages the chapters are on,
//! every page after the cover has "pagina X van Y", no quote or card is split over two
//! pages, the fonts are embedded, the same state gives the same bytes, and text with Typst's
//! own special characters comes out verbatim.
//!
//! Without poppler-utils the tests say so and skip, but only outside CI: in CI (`CI` set) a
//! missing tool is a failure; `.ci/run` installs poppler-utils.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;
use proptest::prelude::*;

/// Whether poppler's tools are there; panics in CI when they are not.
pub(crate) fn poppler() -> bool {
    let er = ["pdftotext", "pdfinfo", "pdffonts"].iter().all(|t| {
        Command::new(t)
            .arg("-v")
            .output()
            .is_ok_and(|u| u.status.success() || !u.stderr.is_empty())
    });
    if !er {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is gezet maar pdftotext, pdfinfo of pdffonts ontbreekt; installeer poppler-utils"
        );
        eprintln!("OVERGESLAGEN: PDF-test zonder poppler-utils (apt-get install poppler-utils)");
    }
    er
}

pub(crate) fn paginas(pdf: &Path) -> usize {
    let uit = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let tekst = String::from_utf8_lossy(&uit.stdout).into_owned();
    tekst
        .lines()
        .find_map(|r| r.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("geen paginatal in {tekst}"))
}

/// The text of each page, in reading order.
pub(crate) fn pagina_teksten(pdf: &Path) -> Vec<String> {
    (1..=paginas(pdf))
        .map(|n| {
            let uit = Command::new("pdftotext")
                .args(["-f", &n.to_string(), "-l", &n.to_string(), "-raw"])
                .arg(pdf)
                .arg("-")
                .output()
                .unwrap();
            assert!(uit.status.success());
            String::from_utf8(uit.stdout).unwrap()
        })
        .collect()
}

/// Whitespace collapsed to single spaces, so a text can be found whatever its line breaks.
pub(crate) fn plat(tekst: &str) -> String {
    tekst.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn pdf(s: &Sessie, args: &[&str], naam: &str) -> PathBuf {
    let pad = s.pad().join(naam);
    let mut alle: Vec<&str> = args.to_vec();
    alle.extend(["-o", naam]);
    s.ok(&alle);
    assert!(std::fs::read(&pad).unwrap().starts_with(b"%PDF-"));
    pad
}

/// The entries of the contents page: (title, page number).
pub(crate) fn inhoud(pagina: &str) -> Vec<(String, usize)> {
    pagina
        .lines()
        .filter_map(|r| {
            // An entry has a dot leader; the footer on the same page has none.
            if !r.contains(". .") {
                return None;
            }
            let r = r.replace('\u{2060}', "");
            let (titel, nr) = r.trim().rsplit_once(' ')?;
            let nr = nr.parse().ok()?;
            let titel = titel.trim_end_matches([' ', '.']).trim();
            (!titel.is_empty()).then(|| (titel.to_string(), nr))
        })
        .collect()
}

/// Fonts embedded, the contents page right, footers on every page but the cover, no quote
/// split over two pages.
fn controleer_rapport(pad: &Path, citaten: &[&str]) -> Vec<String> {
    let teksten = pagina_teksten(pad);
    assert!(inhoud(&teksten[1]).len() >= 5, "{}", teksten[1]);
    controleer_paginas(pad, &teksten, citaten);
    teksten
}

/// Every font embedded, and Carlito.
pub(crate) fn ingebed(pad: &Path) {
    let fonts = Command::new("pdffonts").arg(pad).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout).into_owned();
    let rijen: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rijen.is_empty(), "{fonts}");
    for rij in &rijen {
        let kolommen: Vec<&str> = rij.split_whitespace().collect();
        let emb = kolommen[kolommen.len() - 5];
        assert_eq!(emb, "yes", "niet ingebed: {rij}");
        assert!(rij.contains("Carlito"), "{rij}");
    }
}

/// Fonts embedded, the contents page (when there is one) right, footers on every page but
/// the cover, no heading at the foot of a page, no quote split over two pages.
pub(crate) fn controleer_paginas(pad: &Path, teksten: &[String], citaten: &[&str]) {
    let n = teksten.len();
    ingebed(pad);
    // Footers: none on the cover (a document with a contents page has one), "pagina X van
    // Y" on every other page.
    let regels = if n > 1 {
        inhoud(&teksten[1])
    } else {
        Vec::new()
    };
    let omslag = !regels.is_empty();
    if omslag {
        assert!(!teksten[0].contains("pagina 1 van"), "{}", teksten[0]);
    }
    for (i, t) in teksten.iter().enumerate().skip(usize::from(omslag)) {
        assert!(
            t.contains(&format!("pagina {} van {n}", i + 1)),
            "pagina {}: {t}",
            i + 1
        );
    }
    // The contents (page 2): each chapter on the page it names, as a line of its own.
    for (titel, nr) in &regels {
        assert!(*nr >= 3 && *nr <= n, "{titel} op pagina {nr}");
        let pagina = &teksten[nr - 1];
        assert!(
            pagina.lines().any(|r| plat(r) == plat(titel)),
            "'{titel}' staat niet op pagina {nr}:\n{pagina}"
        );
        for (i, ander) in teksten.iter().enumerate().skip(2) {
            if i + 1 != *nr {
                assert!(
                    !ander.lines().any(|r| plat(r) == plat(titel)),
                    "'{titel}' staat ook als kop op pagina {}",
                    i + 1
                );
            }
        }
    }
    // No page ends with a chapter heading: a heading stays with what follows it.
    for (i, t) in teksten.iter().enumerate().skip(2) {
        let laatste = t
            .lines()
            .map(str::trim)
            .rfind(|r| !r.is_empty() && !r.contains("pagina "));
        if let Some(laatste) = laatste {
            assert!(
                !regels.iter().any(|(titel, _)| plat(titel) == plat(laatste)),
                "pagina {} eindigt met de kop '{laatste}'",
                i + 1
            );
        }
    }
    // Each quote whole on one page.
    for citaat in citaten {
        let op: Vec<usize> = teksten
            .iter()
            .enumerate()
            .filter(|(_, t)| plat(t).contains(&plat(citaat)))
            .map(|(i, _)| i + 1)
            .collect();
        assert!(!op.is_empty(), "citaat '{citaat}' niet heel op één pagina");
    }
}

#[test]
fn het_borgingsrapport_als_pdf_per_pagina() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.doe("sessie zeewijk nazorg --gepland --datum 2024-10-01");
    let pad = pdf(&s, &["rapport", "zeewijk"], "rapport.pdf");
    let teksten = controleer_rapport(
        &pad,
        &[
            "De regels zijn nog van vorig jaar.",
            "Ik wist niet bij welk loket ik moest zijn.",
        ],
    );
    assert!(teksten[0].contains("Borgingsrapport") || teksten[0].contains("BORGINGSRAPPORT"));
    // Deterministic: the same state gives the same bytes, with --pdf as with the name alone.
    let nogmaals = pdf(&s, &["rapport", "zeewijk", "--pdf"], "nogmaals.pdf");
    assert_eq!(
        std::fs::read(&pad).unwrap(),
        std::fs::read(&nogmaals).unwrap()
    );
    // The document date is visieleer's today, never the clock.
    let info = Command::new("pdfinfo").arg(&pad).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("Apr 15") && info.contains("2024"), "{info}");
}

#[test]
fn een_concept_heeft_het_stempel_op_elke_pagina() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    // A long quote (about 1700 characters) is kept whole too.
    let lang = "Wat ik steeds weer merk is dat iedereen zijn best doet. ".repeat(30);
    s.ok(&["citaat", "t", "1", lang.trim(), "--van", "wijkcoach"]);
    s.ok(&[
        "synthese",
        "t",
        "--stap",
        "reflectie",
        "Iedereen doet zijn best",
        "--citaat",
        "1.2",
    ]);
    let pad = pdf(&s, &["rapport", "t"], "concept.pdf");
    let teksten = controleer_rapport(&pad, &["De regels zijn nog van vorig jaar.", lang.trim()]);
    for (i, t) in teksten.iter().enumerate() {
        assert!(t.contains("CONCEPT"), "pagina {} zonder CONCEPT", i + 1);
    }
}

#[test]
fn kaartjes_als_pdf_nooit_over_twee_paginas() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    let mut citaten = Vec::new();
    for i in 0..13 {
        let tekst = format!(
            "Citaat nummer {} over de toegang: de regels knellen en niemand weet waar hij moet zijn.",
            [
                "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                "elf", "twaalf", "dertien"
            ][i]
        );
        s.ok(&["citaat", "t", "1", &tekst, "--van", "wijkcoach"]);
        citaten.push(tekst);
    }
    let pad = pdf(&s, &["kaartjes", "t", "--pdf"], "kaartjes.pdf");
    let teksten = pagina_teksten(&pad);
    assert!(teksten.len() >= 2, "13 kaartjes passen niet op één vel");
    for c in &citaten {
        let op = teksten
            .iter()
            .filter(|t| plat(t).contains(&plat(c)))
            .count();
        assert_eq!(op, 1, "kaartje '{c}' niet heel op één pagina");
    }
    for (i, t) in teksten.iter().enumerate() {
        assert!(t.contains(&format!("pagina {} van {}", i + 1, teksten.len())));
    }
}

#[test]
fn rode_draden_en_overzicht_als_pdf() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.traject_in_luisteren("hoorn");
    let rd = pdf(&s, &["rode-draden"], "rode-draden.pdf");
    let tekst = plat(&pagina_teksten(&rd).concat());
    assert!(
        tekst.contains("De regels zijn nog van vorig jaar."),
        "{tekst}"
    );
    let ov = pdf(&s, &["overzicht", "--pdf"], "programma.pdf");
    let tekst = plat(&pagina_teksten(&ov).concat());
    assert!(tekst.contains("Programmaoverzicht"), "{tekst}");
    let info = Command::new("pdfinfo").arg(&ov).output().unwrap();
    // A4 landscape.
    assert!(
        String::from_utf8_lossy(&info.stdout).contains("841.89 x 595.276"),
        "{}",
        String::from_utf8_lossy(&info.stdout)
    );
}

/// Text with Typst's special characters, never a name or number the privacy mask would
/// touch (no digits, no dots).
fn lastige_tekst() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            proptest::sample::select(vec![
                "#", "$", "*", "_", "@", "<", ">", "[", "]", "\\", "~", "`", "=", "+", "-", "/",
                "{", "}", "(", ")", "%", "&", "^", "|", "'", "\"", ":", ";", "#set", "#let", "$x$",
                "*vet*", "_schuin_", "@ref", "<label>", "//", "/*", "*/", "\\u{41}", "#{", "}",
                "#[", "]", "``", "```", "--", "---", "...", "\\\\",
            ])
            .prop_map(str::to_string),
            "[a-zA-Zé]{1,8}",
        ],
        1..12,
    )
    .prop_map(|delen| format!("begin {} eind", delen.join(" ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, failure_persistence: None, ..ProptestConfig::default() })]

    /// A quote and the facilitator's own text are user text: with Typst's markup characters
    /// in them they still come out in the PDF exactly as typed.
    #[test]
    fn tekst_met_typst_tekens_komt_letterlijk_in_de_pdf(citaat in lastige_tekst(), vraag in lastige_tekst()) {
        if !poppler() {
            return Ok(());
        }
        let s = Sessie::nieuw();
        s.traject_in_luisteren("t");
        s.ok(&["kernvraag", "t", &vraag]);
        s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
        s.ok(&["citaat", "t", "1", &citaat, "--van", "wijkcoach"]);
        let pad = pdf(&s, &["rapport", "t"], "r.pdf");
        let tekst = plat(&pagina_teksten(&pad).concat());
        prop_assert!(tekst.contains(&plat(&citaat)), "{citaat:?} niet letterlijk in:\n{tekst}");
        prop_assert!(tekst.contains(&plat(&vraag)), "{vraag:?} niet letterlijk in:\n{tekst}");
        let kaartjes = pdf(&s, &["kaartjes", "t"], "k.pdf");
        let tekst = plat(&pagina_teksten(&kaartjes).concat());
        prop_assert!(tekst.contains(&plat(&citaat)), "{citaat:?} niet letterlijk op het kaartje:\n{tekst}");
    }
}

#[test]
fn tekens_buiten_de_letter_worden_genoemd() {
    let s = Sessie::nieuw();
    s.ok(&[
        "nieuw",
        "t",
        "--gemeente",
        "Zeewijk",
        "--vraagstuk",
        "Waar moet ik zijn 😀 中?",
        "--datum",
        "2024-01-08",
    ]);
    let u = s.run(&["rapport", "t", "-o", "t.pdf"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(
        u.stderr
            .contains("2 tekens staan niet in de letter van de PDF")
            && u.stderr.contains("中 😀"),
        "{}",
        u.stderr
    );
    assert!(
        std::fs::read(s.pad().join("t.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
}

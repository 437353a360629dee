//! Word files that Word opens: every .docx visieleer writes is valid against the OOXML schema,
//! checked by an independent validator (openxml-audit, `pip install openxml-audit`), for the
//! example traject, a concept report, a stopped traject and a factsheet. Beside the schema:
//! fields updated on opening, Dutch as the language, title and author in the properties, rows
//! that do not split, headings kept with their text; and, printed through LibreOffice, table
//! words that are not broken and a cover whose titles do not overlap.
//!
//! Without python3 with openxml-audit (or LibreOffice and poppler-utils for the printed
//! checks) the tests say so and skip, but only outside CI: in CI (`CI` set) a missing tool is a
//! failure, so `.ci/run` installs them first.

use crate::common;
use crate::common::vind;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;

/// Whether python3 has openxml-audit; panics in CI when it has not.
fn validator() -> bool {
    let ok = Command::new("python3")
        .args(["-m", "openxml_audit", "--help"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!(
                "CI is gezet maar python3 met openxml-audit ontbreekt; installeer: pip install openxml-audit"
            );
        }
        eprintln!("OVERGESLAGEN: geen openxml-audit (installeer: pip install openxml-audit)");
    }
    ok
}

/// The schema errors openxml-audit finds in a file, strict and without a maximum.
fn schemafouten(bestand: &Path) -> Vec<String> {
    let uit = Command::new("python3")
        .args([
            "-m",
            "openxml_audit",
            "--validator",
            "ooxml",
            "--policy",
            "strict",
            "--max-errors",
            "0",
            "--output",
            "json",
        ])
        .arg(bestand)
        .output()
        .expect("python3 draait");
    let tekst = String::from_utf8_lossy(&uit.stdout);
    let v: serde_json::Value = serde_json::from_str(&tekst).unwrap_or_else(|f| {
        panic!(
            "openxml-audit gaf geen JSON ({f}): {tekst}\n{}",
            String::from_utf8_lossy(&uit.stderr)
        )
    });
    let verslag = &v[0];
    let mut fouten: Vec<String> = verslag["errors"]
        .as_array()
        .map(|f| f.iter().map(|f| f.to_string()).collect())
        .unwrap_or_default();
    if fouten.is_empty() && (verslag["valid"] != true || verslag["error_count"] != 0) {
        fouten.push(verslag.to_string());
    }
    fouten
}

/// The parts of a zip file by name, as text.
fn delen(bestand: &Path) -> std::collections::BTreeMap<String, String> {
    let bytes = std::fs::read(bestand).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("een zip");
    (0..zip.len())
        .map(|i| {
            let mut deel = zip.by_index(i).unwrap();
            let mut inhoud = String::new();
            deel.read_to_string(&mut inhoud).unwrap();
            (deel.name().unwrap().to_string(), inhoud)
        })
        .collect()
}

/// The text of the first element `<naam>` in `xml`.
fn element<'x>(xml: &'x str, naam: &str) -> &'x str {
    let open = format!("<{naam}>");
    let begin = xml
        .find(&open)
        .unwrap_or_else(|| panic!("geen {naam}: {xml}"))
        + open.len();
    let eind = xml[begin..].find('<').unwrap() + begin;
    &xml[begin..eind]
}

/// The Word files of the test: (name, file, expected title fragment, expected author).
fn word_bestanden() -> (
    Sessie,
    Vec<(&'static str, PathBuf, &'static str, &'static str)>,
) {
    let s = Sessie::nieuw();
    let voorbeelden = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::fs::create_dir_all(s.map()).unwrap();
    std::fs::copy(
        voorbeelden.join("zeewaarde.yaml"),
        s.map().join("zeewaarde.yaml"),
    )
    .unwrap();
    // heidebeek of the example map: stopped after the kick-off.
    std::fs::copy(
        voorbeelden.join("drie/heidebeek.yaml"),
        s.map().join("heidebeek.yaml"),
    )
    .unwrap();
    s.traject_in_borgen("concept");
    s.traject_in_borgen("gestopt");
    s.doe("stop gestopt --reden 'De gemeente koos een andere aanpak.' --datum 2024-03-06");
    // Nothing recorded yet: a one-page factsheet, and no facilitator.
    s.traject_in_werving("factsheet");
    let mut uit = Vec::new();
    for (slug, titel, auteur) in [
        ("zeewaarde", "Zeewaarde", "Mirjam de Vries"),
        ("concept", "Zeewijk", "F. Acilitator"),
        ("gestopt", "Zeewijk", "F. Acilitator"),
        ("heidebeek", "Heidebeek", "VNG Visieleertraject"),
        ("factsheet", "Zeewijk", "VNG Visieleertraject"),
    ] {
        let naam = format!("{slug}.docx");
        s.doe(&format!("rapport {slug} --docx -o {naam}"));
        uit.push((slug, s.pad().join(naam), titel, auteur));
    }
    (s, uit)
}

#[test]
fn elk_word_bestand_is_geldig_volgens_het_schema() {
    let (_s, bestanden) = word_bestanden();
    // Whatever the validator says, these hold in every file.
    for (slug, bestand, titel, auteur) in &bestanden {
        let d = delen(bestand);
        let instellingen = &d["word/settings.xml"];
        assert!(
            instellingen.contains(r#"<w:updateFields w:val="true"/>"#),
            "{slug}: {instellingen}"
        );
        assert!(
            instellingen.contains(r#"<w:themeFontLang w:val="nl-NL"/>"#),
            "{slug}"
        );
        let stijlen = &d["word/styles.xml"];
        let standaard = &stijlen[stijlen.find("<w:rPrDefault>").expect("rPrDefault")
            ..stijlen.find("</w:rPrDefault>").expect("rPrDefault")];
        assert!(
            standaard.contains(r#"<w:lang w:val="nl-NL""#),
            "{slug}: {standaard}"
        );
        for kop in ["Heading1", "Heading2", "Heading3", "Title", "TOCHeading"] {
            let begin = stijlen
                .find(&format!(r#"w:styleId="{kop}""#))
                .unwrap_or_else(|| panic!("{slug}: geen stijl {kop}"));
            let stijl = &stijlen[begin..begin + stijlen[begin..].find("</w:style>").unwrap()];
            assert!(stijl.contains("<w:keepNext/>"), "{slug} {kop}: {stijl}");
        }
        let kenmerken = &d["docProps/core.xml"];
        assert!(
            element(kenmerken, "dc:title").contains(titel),
            "{slug}: {kenmerken}"
        );
        if !auteur.is_empty() {
            assert_eq!(element(kenmerken, "dc:creator"), *auteur, "{slug}");
        }
        let lichaam = &d["word/document.xml"];
        let rijen = lichaam.matches("<w:tr>").count();
        assert!(rijen > 0, "{slug}: geen tabel");
        assert_eq!(
            lichaam.matches("<w:tr><w:trPr><w:cantSplit/>").count(),
            rijen,
            "{slug}: een tabelrij mag over een pagina breken"
        );
        assert!(
            lichaam.contains(r#"<w:tblLayout w:type="fixed"/>"#),
            "{slug}"
        );
    }
    if !validator() {
        return;
    }
    for (slug, bestand, _, _) in &bestanden {
        let fouten = schemafouten(bestand);
        assert!(
            fouten.is_empty(),
            "{slug}: {} schemafouten:\n{}",
            fouten.len(),
            fouten.join("\n")
        );
    }
}

/// LibreOffice and pdftotext; panics in CI when one is missing.
fn afdrukgereedschap() -> Option<(PathBuf, PathBuf)> {
    match (vind(&["soffice", "libreoffice"]), vind(&["pdftotext"])) {
        (Some(s), Some(t)) => Some((s, t)),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "CI is gezet maar soffice of pdftotext ontbreekt; installeer libreoffice-writer-nogui en poppler-utils"
            )
        }
        _ => {
            eprintln!(
                "OVERGESLAGEN: geen LibreOffice of pdftotext (installeer libreoffice-writer-nogui en poppler-utils)"
            );
            None
        }
    }
}

/// The Word file printed to PDF by LibreOffice.
fn als_pdf(soffice: &Path, docx: &Path) -> PathBuf {
    let profiel = tempfile::tempdir().unwrap();
    let map = docx.parent().unwrap();
    let uit = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profiel.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(map)
        .arg(docx)
        .output()
        .expect("soffice start");
    let pdf = docx.with_extension("pdf");
    assert!(
        pdf.is_file(),
        "LibreOffice maakte geen PDF: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    pdf
}

/// The words of a page with their box, as pdftotext -bbox gives them: (word, yMin, yMax).
fn woorden_met_plaats(pdftotext: &Path, pdf: &Path, pagina: u32) -> Vec<(String, f64, f64)> {
    let uit = Command::new(pdftotext)
        .args([
            "-bbox",
            "-f",
            &pagina.to_string(),
            "-l",
            &pagina.to_string(),
        ])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext draait");
    let html = String::from_utf8_lossy(&uit.stdout).into_owned();
    let getal = |regel: &str, naam: &str| -> f64 {
        let begin = regel.find(&format!("{naam}=\"")).unwrap() + naam.len() + 2;
        regel[begin..begin + regel[begin..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    html.lines()
        .filter(|r| r.trim_start().starts_with("<word "))
        .map(|r| {
            let woord = &r[r.find('>').unwrap() + 1..r.rfind("</word>").unwrap()];
            (woord.to_string(), getal(r, "yMin"), getal(r, "yMax"))
        })
        .collect()
}

#[test]
fn afgedrukt_breekt_geen_woord_en_overlapt_de_omslag_niet() {
    let Some((soffice, pdftotext)) = afdrukgereedschap() else {
        return;
    };
    let (_s, bestanden) = word_bestanden();
    let (_, docx, _, _) = bestanden
        .iter()
        .find(|b| b.0 == "zeewaarde")
        .expect("zeewaarde");
    let pdf = als_pdf(&soffice, docx);
    // The cover: the kind of report above the title, the two lines apart.
    let omslag = woorden_met_plaats(&pdftotext, &pdf, 1);
    let plaats = |w: &str| {
        omslag
            .iter()
            .find(|(t, _, _)| t == w)
            .unwrap_or_else(|| panic!("{w} niet op de omslag: {omslag:?}"))
    };
    let soort = plaats("Borgingsrapport");
    let titel = plaats("Visieleertraject");
    assert!(
        soort.2 <= titel.1,
        "de titels op de omslag overlappen: {soort:?} en {titel:?}"
    );
    // Every word in a table cell is a whole word somewhere in the printed text.
    let alles = Command::new(&pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext draait");
    let gedrukt: BTreeSet<String> = String::from_utf8_lossy(&alles.stdout)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .collect();
    let lichaam = &delen(docx)["word/document.xml"];
    let mut cellen = 0;
    for tabel in lichaam.split("<w:tbl>").skip(1) {
        let tabel = &tabel[..tabel.find("</w:tbl>").unwrap()];
        for stuk in tabel.split(r#"<w:t xml:space="preserve">"#).skip(1) {
            let tekst = &stuk[..stuk.find("</w:t>").unwrap()];
            for woord in tekst.split_whitespace() {
                let woord = woord.trim_matches(|c: char| !c.is_alphanumeric());
                if woord.chars().count() < 4 || !woord.chars().all(char::is_alphabetic) {
                    continue;
                }
                cellen += 1;
                assert!(
                    gedrukt.contains(woord),
                    "'{woord}' is in een tabel afgebroken"
                );
            }
        }
    }
    assert!(cellen > 40, "te weinig tabelwoorden gevonden: {cellen}");
    assert!(gedrukt.contains("klantcontactcentrum"));
}

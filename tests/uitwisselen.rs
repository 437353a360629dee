//! Excel and Word, read back with clients no one here wrote: openpyxl and python-docx.
//!
//! Without python3 or those packages the tests say so and skip, but only outside CI: in CI
//! (`CI` set) a missing client is a failure, so `.ci/run` installs them first.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::Sessie;

/// Whether `python3` can import these modules; panics in CI when it cannot.
fn python_met(modules: &[&str]) -> bool {
    let import = format!("import {}", modules.join(", "));
    let ok = Command::new("python3")
        .args(["-c", &import])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!(
                "CI is gezet maar python3 met {} ontbreekt; installeer: pip install python-docx openpyxl",
                modules.join(", ")
            );
        }
        eprintln!(
            "OVERGESLAGEN: geen python3 met {} (installeer: pip install python-docx openpyxl)",
            modules.join(", ")
        );
    }
    ok
}

/// Runs a Python script on a file and returns what it printed.
fn python(script: &str, bestand: &Path) -> String {
    let uit = Command::new("python3")
        .args(["-c", script])
        .arg(bestand)
        .output()
        .expect("python3 draait");
    assert!(
        uit.status.success(),
        "python faalde: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    String::from_utf8(uit.stdout).unwrap()
}

const TELEFOON: &str = "06-12345678";
const ACHTERGEHOUDEN: &str = "Dit zei ik alleen voor het verslag.";
const INGETROKKEN: &str = "Achteraf wil ik dit toch liever niet delen.";

/// A traject in borgen with its two quotes, a quote with a planted phone number and one from
/// an interview without consent.
fn traject() -> Sessie {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.ok(&[
        "citaat",
        "zeewijk",
        "1",
        &format!("Bel me gerust op {TELEFOON}; = maatwerk, zei ze."),
        "--van",
        "wijkcoach",
    ]);
    s.doe("interview zeewijk --duo mantelzorger:inwoner --duo huisarts:partner --toestemming nee --datum 2024-02-09");
    s.ok(&["citaat", "zeewijk", "3", ACHTERGEHOUDEN]);
    s.doe("interview zeewijk --duo consulent:uitvoering --duo inwoner:inwoner --toestemming ja --datum 2024-02-10");
    s.ok(&["citaat", "zeewijk", "4", INGETROKKEN, "--van", "consulent"]);
    s.doe("intrekken zeewijk 4");
    s
}

#[test]
fn excel_met_vaste_gefilterde_kop_en_echte_datums() {
    let s = traject();
    s.doe("citaten zeewijk --xlsx -o citaten.xlsx");
    let bestand = s.pad().join("citaten.xlsx");
    // The same state writes the same bytes.
    let eerste = std::fs::read(&bestand).unwrap();
    s.doe("citaten zeewijk --xlsx -o citaten.xlsx");
    assert_eq!(eerste, std::fs::read(&bestand).unwrap());
    if !python_met(&["openpyxl"]) {
        return;
    }
    let uit = python(
        r#"
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rijen = [[c.value.isoformat()[:10] if hasattr(c.value, "isoformat") else c.value for c in r] for r in ws.iter_rows()]
print(json.dumps({
    "bladen": wb.sheetnames,
    "vast": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "rijen": rijen,
    "datumtype": [type(ws.cell(r, 4).value).__name__ for r in range(2, ws.max_row + 1)],
    "datumformaat": ws.cell(2, 4).number_format,
    "omloop": ws.cell(2, ws.max_column).alignment.wrap_text,
    "breedte_tekst": ws.column_dimensions[openpyxl.utils.get_column_letter(ws.max_column)].width,
    "breedte_traject": ws.column_dimensions["A"].width,
    "formules": [c.coordinate for r in ws.iter_rows() for c in r if c.data_type == "f"],
}))
"#,
        &bestand,
    );
    let v: serde_json::Value = serde_json::from_str(&uit).unwrap();
    assert_eq!(v["bladen"], serde_json::json!(["Citaten"]));
    assert_eq!(v["vast"], "A2");
    let rijen = v["rijen"].as_array().unwrap();
    let kop: Vec<&str> = rijen[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    // The same columns as the CSV.
    let csv = s.doe("citaten zeewijk --csv");
    assert_eq!(kop.join(","), csv.lines().next().unwrap());
    assert_eq!(
        v["filter"],
        format!("A1:{}{}", (b'A' + kop.len() as u8 - 1) as char, rijen.len())
    );
    assert_eq!(rijen.len(), 4, "{uit}");
    assert_eq!(rijen[1][3], "2024-02-01");
    assert!(
        v["datumtype"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t == "datetime")
    );
    assert_eq!(v["datumformaat"], "dd-mm-yyyy");
    assert_eq!(v["omloop"], true);
    assert!(v["breedte_tekst"].as_f64().unwrap() >= 60.0, "{uit}");
    assert!(v["breedte_traject"].as_f64().unwrap() < 20.0, "{uit}");
    assert_eq!(v["formules"], serde_json::json!([]));
    let tekst = uit.to_string();
    assert!(!tekst.contains(TELEFOON), "{uit}");
    assert!(tekst.contains("[weggelaten]"), "{uit}");
    assert!(!tekst.contains(ACHTERGEHOUDEN), "{uit}");
    assert!(!tekst.contains("Achteraf"), "{uit}");
    assert!(!tekst.contains("\"4.1\""), "{uit}");
}

#[test]
fn excel_en_csv_van_de_hele_map() {
    let s = traject();
    s.doe("nieuw hoorn --gemeente Hoorn --vraagstuk 'Waar?'");
    s.doe("citaten --xlsx -o alle.xlsx");
    let csv = s.doe("citaten --csv");
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(!csv.contains(TELEFOON) && !csv.contains(ACHTERGEHOUDEN));
    assert!(!csv.contains("Achteraf") && !csv.contains(",4.1,"), "{csv}");
    // --interview belongs to one traject; the table to one traject.
    s.weigert_regel("citaten --csv --interview 1");
    s.weigert(&["citaten"]);
}

#[test]
fn csv_met_puntkomma_en_bom_voor_nederlandse_excel() {
    let s = traject();
    let csv = s.doe("citaten zeewijk --csv --scheiding ';'");
    assert!(
        csv.starts_with("\u{feff}traject;interview;citaat;datum;"),
        "{csv}"
    );
    // A comma is no separator here, so the text needs no quotes for it.
    assert!(
        csv.contains(";\"Bel me gerust op [weggelaten]; = maatwerk, zei ze.\"\n"),
        "{csv}"
    );
    let gewoon = s.doe("citaten zeewijk --csv");
    assert!(gewoon.starts_with("traject,interview"), "{gewoon}");
    s.doe("citaten zeewijk --csv --scheiding ';' -o c.csv");
    let bestand = std::fs::read(s.pad().join("c.csv")).unwrap();
    assert!(bestand.starts_with(&[0xef, 0xbb, 0xbf]));
    let fout = s.weigert_regel("citaten zeewijk --csv --scheiding '|'");
    assert!(fout.contains("kies ',' of ';'"), "{fout}");
}

#[test]
fn binair_nooit_naar_het_scherm() {
    let s = traject();
    let fout = s.weigert_regel("citaten zeewijk --xlsx");
    assert!(fout.contains("geef een bestand met -o"), "{fout}");
    let fout = s.weigert_regel("rapport zeewijk --docx");
    assert!(fout.contains("geef een bestand met -o"), "{fout}");
    s.weigert_regel("rapport zeewijk --docx -o trajecten/zeewijk.yaml");
}

#[test]
fn word_met_kopstijlen_citaten_tabellen_en_paginanummers() {
    let s = traject();
    s.doe("rapport zeewijk --docx -o rapport.docx");
    let bestand = s.pad().join("rapport.docx");
    let eerste = std::fs::read(&bestand).unwrap();
    s.doe("rapport zeewijk --docx -o rapport.docx");
    assert_eq!(eerste, std::fs::read(&bestand).unwrap());
    if !python_met(&["docx"]) {
        return;
    }
    let uit = python(
        r#"
import sys, json, docx
d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
    "alineas": [[p.style.name, p.style.style_id, p.text] for p in d.paragraphs],
    "tabellen": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    "voet": s.footer.paragraphs[0]._p.xml,
    "lichaam": d.element.body.xml,
    "voettekst": s.footer.paragraphs[0].text,
    "kop": s.header.paragraphs[0].text,
    "eerste_pagina_anders": s.different_first_page_header_footer,
    "aangemaakt": d.core_properties.created.isoformat(),
}, ensure_ascii=False))
"#,
        &bestand,
    );
    let v: serde_json::Value = serde_json::from_str(&uit).unwrap();
    let alineas: Vec<(String, String, String)> = v["alineas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a[0].as_str().unwrap().to_string(),
                a[1].as_str().unwrap().to_string(),
                a[2].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let met_stijl = |stijl: &str| -> Vec<&str> {
        alineas
            .iter()
            .filter(|a| a.0 == stijl)
            .map(|a| a.2.as_str())
            .collect()
    };
    assert_eq!(met_stijl("Title"), ["Visieleertraject Zeewijk"]);
    assert!(
        alineas
            .iter()
            .any(|a| a.0 == "Heading 1" && a.1 == "Heading1")
    );
    for kop in ["Samenvatting", "2 Aanpak", "3 Wat we hoorden", "5 Borging"] {
        assert!(met_stijl("Heading 1").contains(&kop), "{kop}: {uit}");
    }
    assert!(!met_stijl("Heading 2").is_empty());
    // Each quote in the Quote style, its attribution right under it.
    let citaat = alineas
        .iter()
        .position(|a| a.0 == "Quote" && a.2 == "De regels zijn nog van vorig jaar.")
        .expect("het citaat in de stijl Quote");
    assert_eq!(alineas[citaat + 1].0, "Bron");
    assert!(
        alineas[citaat + 1].2.contains("wijkcoach (uitvoering)"),
        "{uit}"
    );
    // A table-of-contents field over the headings, and a bookmark on each heading for its
    // page reference.
    let lichaam = v["lichaam"].as_str().unwrap();
    assert!(
        lichaam.contains(r#"TOC \o &quot;1-2&quot;"#) || lichaam.contains(r#"TOC \o "1-2""#),
        "geen inhoudsopgave"
    );
    assert!(lichaam.contains("PAGEREF _Toc0"), "geen paginaverwijzing");
    assert!(
        lichaam.contains(r#"w:name="_Toc0""#),
        "geen bladwijzer bij de kop"
    );
    assert_eq!(met_stijl("toc 1")[0].trim_end(), "Samenvatting");
    let tabellen = v["tabellen"].as_array().unwrap();
    // The timeline as a table of the phases, with Dutch dates kept on one line.
    let tijdlijn = tabellen
        .iter()
        .find(|t| t[0][0] == "Fase")
        .expect("de tijdlijn als tabel");
    assert_eq!(tijdlijn[1][0], "1. werving");
    assert_eq!(tijdlijn[1][1], "8\u{a0}januari\u{a0}2024");
    let voet = v["voet"].as_str().unwrap();
    assert!(voet.contains("<w:instrText>PAGE</w:instrText>"), "{voet}");
    assert!(
        voet.contains("<w:instrText>NUMPAGES</w:instrText>"),
        "{voet}"
    );
    assert!(
        v["voettekst"]
            .as_str()
            .unwrap()
            .starts_with("Borgingsrapport Zeewijk — pagina"),
        "{uit}"
    );
    // Before the borgingsessie: CONCEPT at the top of every page, the cover too.
    assert_eq!(v["kop"], "CONCEPT");
    assert_eq!(v["eerste_pagina_anders"], true);
    assert_eq!(v["aangemaakt"], "2024-04-15T00:00:00+00:00");
    // Consent and masking as in every document; no date in ISO form in the text.
    let alle_tekst = alineas
        .iter()
        .map(|a| a.2.clone())
        .chain(tabellen.iter().map(|t| t.to_string()))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!alle_tekst.contains(TELEFOON), "{alle_tekst}");
    assert!(!alle_tekst.contains(ACHTERGEHOUDEN), "{alle_tekst}");
    assert!(!alle_tekst.contains("Achteraf"), "{alle_tekst}");
    assert!(alle_tekst.contains("[weggelaten]"), "{alle_tekst}");
    let iso = alle_tekst.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    });
    assert!(!iso, "een ISO-datum in het rapport: {alle_tekst}");
}

#[test]
fn word_na_borgen_zonder_concept() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-11");
    s.doe("rapport zeewijk --docx -o rapport.docx");
    if !python_met(&["docx"]) {
        return;
    }
    let uit = python(
        "import sys, docx\nd = docx.Document(sys.argv[1])\nprint(repr([p.text for p in d.sections[0].header.paragraphs]), d.paragraphs[0].text)",
        &s.pad().join("rapport.docx"),
    );
    assert!(!uit.contains("CONCEPT"), "{uit}");
    assert!(uit.contains("Borgingsrapport"), "{uit}");
}

/// Two trajecten with quotes, and a third without, whose facilitator a quote in zeewijk names:
/// a map-wide export must mask a name from elsewhere in the map too.
fn drie_trajecten() -> Sessie {
    let s = traject();
    s.traject_in_borgen("hoorn");
    s.doe("nieuw bergen --gemeente Bergen --vraagstuk 'Waar?' --facilitator 'Jolanda Verbeek'");
    s.doe("citaat zeewijk 1 'Jolanda Verbeek belde me dezelfde dag terug.' --van beleidsadviseur");
    s
}

/// The rows of a CSV without its header (and byte-order mark).
fn rijen(csv: &str) -> &str {
    csv.split_once('\n').unwrap().1
}

#[test]
fn csv_van_de_hele_map_is_elk_traject_achter_elkaar() {
    let s = drie_trajecten();
    for scheiding in [",", ";"] {
        for filter in [
            &[][..],
            &["--tag", "rust-en-regie"],
            &["--perspectief", "uitvoering"],
        ] {
            let met = |slug: Option<&str>| {
                let mut args = vec!["citaten"];
                args.extend(slug);
                args.extend(["--csv", "--scheiding", scheiding]);
                args.extend(filter);
                args.iter().map(|a| a.to_string()).collect::<Vec<_>>()
            };
            let draai = |slug: Option<&str>| {
                let args = met(slug);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                s.run(&args)
            };
            let alle = draai(None);
            assert_eq!(alle.code, 0, "{}", alle.stderr);
            let hoorn = draai(Some("hoorn"));
            let zeewijk = draai(Some("zeewijk"));
            // The header once, then the trajecten in the order of their files.
            let kop = zeewijk.stdout.split_inclusive('\n').next().unwrap();
            assert_eq!(
                alle.stdout,
                format!("{kop}{}{}", rijen(&hoorn.stdout), rijen(&zeewijk.stdout)),
                "{scheiding} {filter:?}"
            );
            assert!(!alle.stdout.contains("Verbeek"), "{}", alle.stdout);
            // The same rows in a file, with the count of both trajecten.
            let mut args = met(None);
            args.extend(["-o".into(), "alle.csv".into()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let uit = s.run(&args);
            assert_eq!(uit.code, 0, "{}", uit.stderr);
            assert_eq!(
                std::fs::read_to_string(s.pad().join("alle.csv")).unwrap(),
                alle.stdout
            );
            let aantal = rijen(&alle.stdout).lines().count();
            assert!(
                uit.stderr.contains(&format!(
                    "{aantal} {} geschreven naar alle.csv.",
                    if aantal == 1 { "citaat" } else { "citaten" }
                )),
                "{}",
                uit.stderr
            );
            assert_eq!(uit.stderr.contains("zonder toestemming"), filter.is_empty());
        }
    }
    let alle = s.run(&["citaten", "--csv"]);
    assert!(
        alle.stderr
            .contains("2 citaten uit interviews zonder toestemming zijn niet geëxporteerd."),
        "{}",
        alle.stderr
    );
}

#[test]
fn kapot_traject_laat_geen_halve_export_achter() {
    let s = drie_trajecten();
    s.doe("citaten --csv -o alle.csv");
    // zeewijk comes last: hoorn's rows are written before its file turns out to be broken.
    let mut tekst = s.lees("zeewijk");
    tekst.push_str("kapot: [\n");
    s.schrijf("trajecten/zeewijk.yaml", &tekst);
    for args in [
        &["citaten", "--csv"][..],
        &["citaten", "--csv", "-o", "alle.csv"],
        &["citaten", "--csv", "-o", "nieuw.csv"],
        &["citaten", "--xlsx", "-o", "alle.xlsx"],
    ] {
        let fout = s.weigert(args);
        assert_eq!(fout.lines().count(), 1, "{fout}");
        assert!(fout.contains("zeewijk.yaml"), "{fout}");
        assert!(s.run(args).stdout.is_empty(), "{args:?}");
    }
    assert!(!s.pad().join("nieuw.csv").exists());
}

#[test]
fn excel_van_de_hele_map_heeft_elke_rij_van_de_csv() {
    let s = drie_trajecten();
    let csv = s.doe("citaten --csv");
    s.doe("citaten --xlsx -o alle.xlsx");
    let bestand = s.pad().join("alle.xlsx");
    let eerste = std::fs::read(&bestand).unwrap();
    s.doe("citaten --xlsx -o alle.xlsx");
    assert_eq!(eerste, std::fs::read(&bestand).unwrap());
    if !python_met(&["openpyxl"]) {
        return;
    }
    let uit = python(
        r#"
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
def tekst(v):
    if v is None: return ""
    if hasattr(v, "isoformat"): return v.isoformat()[:10]
    return str(v)
print(json.dumps({
    "rijen": [[tekst(c.value) for c in r] for r in ws.iter_rows()],
    "vast": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "breedtes": {k: d.width for k, d in ws.column_dimensions.items()},
}))
"#,
        &bestand,
    );
    let v: serde_json::Value = serde_json::from_str(&uit).unwrap();
    let verwacht = Command::new("python3")
        .args([
            "-c",
            "import sys, csv, json; print(json.dumps(list(csv.reader(sys.stdin))))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut p| {
            use std::io::Write;
            p.stdin.take().unwrap().write_all(csv.as_bytes())?;
            p.wait_with_output()
        })
        .unwrap();
    let verwacht: serde_json::Value = serde_json::from_slice(&verwacht.stdout).unwrap();
    // Every row of the CSV, in the same order and with the same cells; the CSV's `'` before
    // a leading `=` is only there to keep a spreadsheet from running it.
    let verwacht: Vec<Vec<String>> = verwacht
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().replacen("'=", "=", 1))
                .collect()
        })
        .collect();
    let rijen: Vec<Vec<String>> = serde_json::from_value(v["rijen"].clone()).unwrap();
    assert_eq!(rijen, verwacht);
    assert_eq!(rijen.len(), 7, "{uit}");
    assert_eq!(v["vast"], "A2");
    assert_eq!(v["filter"], format!("A1:Q{}", rijen.len()));
    // Fitted as autofit fits: the header with room for its filter button, the quote text at
    // its fixed width, the dates at theirs.
    let breedte = |k: &str| v["breedtes"][k].as_f64().unwrap();
    assert!((breedte("Q") - 80.71).abs() < 0.01, "{uit}");
    assert!((breedte("D") - 11.71).abs() < 0.01, "{uit}");
    assert!(breedte("A") > 8.0 && breedte("A") < 20.0, "{uit}");
}

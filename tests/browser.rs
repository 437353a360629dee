//! The HTML documents in a real browser: headless Chromium prints them to PDF, and the PDF must
//! have a sensible number of A4 pages and contain the quotes.
//!
//! Without a browser the test says so and skips, but only outside CI: in CI (`CI` set) a
//! missing browser is a failure, so `.ci/run` installs Chromium and poppler-utils first.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;

fn vind(namen: &[&str]) -> Option<PathBuf> {
    let pad = std::env::var_os("PATH")?;
    for map in std::env::split_paths(&pad) {
        for naam in namen {
            let kandidaat = map.join(naam);
            if kandidaat.is_file() {
                return Some(kandidaat);
            }
        }
    }
    None
}

/// Chromium and the poppler tools, or `None` (with a visible message) when they are missing
/// outside CI.
fn gereedschap() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let browser = vind(&["chromium", "chromium-browser", "google-chrome"]);
    let pdftotext = vind(&["pdftotext"]);
    let pdfinfo = vind(&["pdfinfo"]);
    match (browser, pdftotext, pdfinfo) {
        (Some(b), Some(t), Some(i)) => Some((b, t, i)),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "CI is gezet maar chromium, pdftotext of pdfinfo ontbreekt; installeer chromium en poppler-utils"
            )
        }
        _ => {
            eprintln!(
                "OVERGESLAGEN: browsertest zonder chromium/poppler-utils (installeer: apt-get install chromium poppler-utils)"
            );
            None
        }
    }
}

/// Prints an HTML file to PDF and returns the page count and the text.
fn druk_af(browser: &Path, pdftotext: &Path, pdfinfo: &Path, html: &Path) -> (u32, String) {
    let pdf = print_pdf(browser, html);
    let paginas = aantal_paginas(pdfinfo, &pdf);
    // `-raw`: text in the order it was drawn, so two columns of cards do not interleave.
    let tekst = Command::new(pdftotext)
        .arg("-raw")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    (paginas, String::from_utf8_lossy(&tekst.stdout).into_owned())
}

fn print_pdf(browser: &Path, html: &Path) -> PathBuf {
    let profiel = tempfile::tempdir().unwrap();
    let pdf = html.with_extension("pdf");
    let uitvoer = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profiel.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium start");
    assert!(
        pdf.is_file(),
        "chromium maakte geen PDF van {}: {}",
        html.display(),
        String::from_utf8_lossy(&uitvoer.stderr)
    );
    pdf
}

fn aantal_paginas(pdfinfo: &Path, pdf: &Path) -> u32 {
    let info = Command::new(pdfinfo).arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    info.lines()
        .find_map(|r| r.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo noemt het aantal pagina's")
}

/// The text of every page of a PDF, white space folded.
fn paginas(pdftotext: &Path, pdfinfo: &Path, pdf: &Path) -> Vec<String> {
    (1..=aantal_paginas(pdfinfo, pdf))
        .map(|n| {
            let uit = Command::new(pdftotext)
                .args(["-raw", "-f", &n.to_string(), "-l", &n.to_string()])
                .arg(pdf)
                .arg("-")
                .output()
                .unwrap();
            zonder_witruimte(&String::from_utf8_lossy(&uit.stdout))
        })
        .collect()
}

/// The text a reader sees of an HTML document: no head, no drawing, no element hidden in
/// print, no tags, entities decoded.
fn zichtbare_tekst(html: &str) -> String {
    let mut tekst = html.to_string();
    for (begin, eind) in [
        ("<head>", "</head>"),
        ("<svg", "</svg>"),
        ("<p class=\"stempel-scherm\">", "</p>"),
    ] {
        while let Some(b) = tekst.find(begin) {
            let e = tekst[b..].find(eind).expect("gesloten element") + b + eind.len();
            tekst.replace_range(b..e, " ");
        }
    }
    let mut uit = String::new();
    let mut in_tag = false;
    for c in tekst.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                uit.push(' ');
            }
            c if !in_tag => uit.push(c),
            _ => {}
        }
    }
    let uit = uit
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    zonder_witruimte(&uit)
}

/// The quotes of an HTML document with their attribution line, as printed.
fn citaten_in(html: &str) -> Vec<(String, String)> {
    html.split("<div class=\"citaat")
        .skip(1)
        .map(|deel| {
            let (citaat, rest) = deel.split_once("</blockquote>").unwrap();
            let citaat = citaat.split_once('>').unwrap().1;
            let bron = rest.split("</p>").next().unwrap();
            (zichtbare_tekst(citaat), zichtbare_tekst(bron))
        })
        .collect()
}

fn iso_datum(tekst: &str) -> Option<&str> {
    let b = tekst.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let cijfers = [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&j| w[j].is_ascii_digit());
        (cijfers && w[4] == b'-' && w[7] == b'-').then(|| &tekst[i..i + 10])
    })
}

/// What a printed report must be: every visible word in the PDF, the page numbers and the
/// running footer on every page after the cover, every quote whole on one page with its
/// attribution, no date as JJJJ-MM-DD, and a concept says so on every page.
fn controleer_rapport(
    pdftotext: &Path,
    pdfinfo: &Path,
    html_pad: &Path,
    pdf: &Path,
    voet: &str,
    concept: bool,
) -> Vec<String> {
    let html = std::fs::read_to_string(html_pad).unwrap();
    let paginas = paginas(pdftotext, pdfinfo, pdf);
    // Headings may be set in capitals: words are compared in lower case.
    let alles = paginas.join(" ").to_lowercase();
    let mut in_pdf: std::collections::HashMap<&str, usize> = Default::default();
    for w in alles.split(' ') {
        *in_pdf.entry(w).or_default() += 1;
    }
    let zichtbaar = zichtbare_tekst(&html).to_lowercase();
    let mut in_html: std::collections::HashMap<&str, usize> = Default::default();
    for w in zichtbaar.split(' ') {
        *in_html.entry(w).or_default() += 1;
    }
    for (woord, n) in &in_html {
        let gedrukt = in_pdf.get(woord).copied().unwrap_or(0);
        assert!(
            gedrukt >= *n,
            "{}: '{woord}' staat {n} keer in de HTML maar {gedrukt} keer in de PDF (weggevallen?)\n{alles}",
            html_pad.display()
        );
    }
    let totaal = paginas.len();
    let omslag = html.contains("<section class=\"omslag\">");
    for (i, pagina) in paginas.iter().enumerate().skip(usize::from(omslag)) {
        let nummer = format!("pagina {} van {totaal}", i + 1);
        assert!(
            pagina.contains(&nummer),
            "geen '{nummer}' op pagina {}:\n{pagina}",
            i + 1
        );
        assert!(
            pagina.contains(voet),
            "geen '{voet}' op pagina {}:\n{pagina}",
            i + 1
        );
    }
    if omslag {
        assert!(
            !paginas[0].contains("pagina 1 van"),
            "een paginanummer op de omslag"
        );
    }
    let alles = paginas.join(" ");
    for (citaat, bron) in citaten_in(&html) {
        assert!(
            paginas
                .iter()
                .any(|p| p.contains(&citaat) && p.contains(&bron)),
            "citaat niet heel op één pagina met zijn bron: {citaat:?} / {bron:?}"
        );
    }
    assert_eq!(
        iso_datum(&alles),
        None,
        "een datum als JJJJ-MM-DD in de PDF"
    );
    for (i, pagina) in paginas.iter().enumerate() {
        assert_eq!(
            pagina.contains("CONCEPT"),
            concept,
            "pagina {} van een {}concept:\n{pagina}",
            i + 1,
            if concept { "" } else { "niet-" }
        );
    }
    paginas
}

fn zonder_witruimte(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn het_voorbeeldrapport_afgedrukt_als_een_wethouder_het_leest() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    let s = Sessie::nieuw();
    let voorbeelden = format!("{}/examples", env!("CARGO_MANIFEST_DIR"));
    s.ok(&[
        "--map",
        &voorbeelden,
        "rapport",
        "zeewaarde",
        "--html",
        "-o",
        "zeewaarde.html",
    ]);
    let html = s.pad().join("zeewaarde.html");
    let pdf = print_pdf(&browser, &html);
    let paginas = controleer_rapport(
        &pdftotext,
        &pdfinfo,
        &html,
        &pdf,
        "Borgingsrapport Zeewaarde",
        false,
    );
    // Few, full pages: the cover, contents with the samenvatting, and the chapters after one
    // another (no page per chapter).
    assert!(
        (4..=7).contains(&paginas.len()),
        "{} pagina's",
        paginas.len()
    );
    assert!(paginas[0].contains("Definitief, besproken in de borgingsessie van 2 april 2024"));
    assert!(paginas[1].contains("Inhoud") && paginas[1].contains("Samenvatting"));
    // The samenvatting can be read alone: it is whole on the page of the contents.
    assert!(
        paginas[1].contains("Een kwartaaloverleg met de welzijnsorganisatie"),
        "{}",
        paginas[1]
    );
}

/// A traject of table 1 (no recorded content) prints as one page with its source note.
#[test]
fn een_factsheet_is_een_pagina() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    let s = Sessie::nieuw();
    let trajecten = format!("{}/trajecten", env!("CARGO_MANIFEST_DIR"));
    for (slug, voet, concept) in [
        ("oldenzaal", "Factsheet Oldenzaal", false),
        (
            "stede-broec-enkhuizen-drechterland",
            "Factsheet Stede Broec, Enkhuizen en Drechterland",
            true,
        ),
    ] {
        let bestand = format!("{slug}.html");
        s.ok(&[
            "--map", &trajecten, "rapport", slug, "--html", "-o", &bestand,
        ]);
        let html = s.pad().join(&bestand);
        let pdf = print_pdf(&browser, &html);
        let paginas = controleer_rapport(&pdftotext, &pdfinfo, &html, &pdf, voet, concept);
        assert_eq!(paginas.len(), 1, "{paginas:?}");
        assert!(paginas[0].contains("tabel 1"), "{}", paginas[0]);
    }
}

#[test]
fn rapport_en_kaartjes_afgedrukt_in_een_echte_browser() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let citaten = [
        "Een <script>alert('x')</script> blijft gewoon tekst.",
        "Wij zijn *samen* de regio | niet los van elkaar.",
    ];
    for c in citaten {
        s.ok(&[
            "citaat",
            "zeewijk",
            "1",
            c,
            "--van",
            "wijkcoach",
            "--tag",
            "lokaal-regionaal",
        ]);
    }
    let lang = "Een lang citaat dat op het kaartje kleiner moet worden gezet. ".repeat(12);
    for _ in 0..7 {
        s.ok(&["citaat", "zeewijk", "2", &lang, "--van", "bewoner"]);
    }
    // The longest quote visieleer accepts.
    let langst = "Zo lang als het maar kan. ".repeat(192);
    s.ok(&["citaat", "zeewijk", "2", &langst, "--van", "bewoner"]);
    s.ok(&["rapport", "zeewijk", "--html", "-o", "rapport.html"]);
    s.ok(&["kaartjes", "zeewijk", "--html", "-o", "kaartjes.html"]);

    let html = s.pad().join("rapport.html");
    let pdf = print_pdf(&browser, &html);
    // Before the borgingsessie: a concept, on every page.
    let paginas = controleer_rapport(
        &pdftotext,
        &pdfinfo,
        &html,
        &pdf,
        "Borgingsrapport Zeewijk",
        true,
    );
    let tekst = paginas.join(" ");
    for c in citaten
        .iter()
        .chain(&["De regels zijn nog van vorig jaar."])
    {
        assert!(
            tekst.contains(c),
            "{c:?} niet in de PDF van het rapport:\n{tekst}"
        );
    }
    assert!(tekst.contains("5 Borging"), "{tekst}");

    // 12 cards: two sheets of (at most) 8; every card whole on its page.
    let (paginas, tekst) = druk_af(
        &browser,
        &pdftotext,
        &pdfinfo,
        &s.pad().join("kaartjes.html"),
    );
    assert_eq!(paginas, 2, "kaartjes: {paginas} pagina's");
    let tekst = zonder_witruimte(&tekst);
    for c in citaten {
        assert!(tekst.contains(c), "{c:?} niet op de kaartjes:\n{tekst}");
    }
    assert_eq!(tekst.matches("Kaartje ").count(), 12, "{tekst}");
    assert_eq!(
        tekst.matches(zonder_witruimte(&lang).as_str()).count(),
        7,
        "{tekst}"
    );
}

/// LibreOffice, or `None` (with a visible message) when it is missing outside CI.
fn libreoffice() -> Option<PathBuf> {
    match vind(&["soffice", "libreoffice"]) {
        Some(s) => Some(s),
        None if std::env::var_os("CI").is_some() => {
            panic!("CI is gezet maar soffice ontbreekt; installeer libreoffice-writer-nogui")
        }
        None => {
            eprintln!(
                "OVERGESLAGEN: Word-test zonder LibreOffice (installeer: apt-get install libreoffice-writer-nogui)"
            );
            None
        }
    }
}

#[test]
fn het_word_rapport_door_libreoffice_afgedrukt() {
    let Some((_, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    let Some(soffice) = libreoffice() else {
        return;
    };
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.ok(&["rapport", "zeewijk", "--docx", "-o", "rapport.docx"]);
    let profiel = tempfile::tempdir().unwrap();
    let uitvoer = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profiel.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(s.pad())
        .arg(s.pad().join("rapport.docx"))
        .output()
        .expect("soffice start");
    let pdf = s.pad().join("rapport.pdf");
    assert!(
        pdf.is_file(),
        "LibreOffice maakte geen PDF: {}",
        String::from_utf8_lossy(&uitvoer.stderr)
    );
    let paginas = paginas(&pdftotext, &pdfinfo, &pdf);
    assert!(
        (3..=12).contains(&paginas.len()),
        "{} pagina's",
        paginas.len()
    );
    // The cover has no page number; every page has the stamp; the others "pagina X van Y".
    assert!(!paginas[0].contains("pagina 1 van"), "{}", paginas[0]);
    for (nr, pagina) in paginas.iter().enumerate() {
        assert!(pagina.contains("CONCEPT"), "pagina {}: {pagina}", nr + 1);
        if nr > 0 {
            let verwacht = format!("pagina {} van {}", nr + 1, paginas.len());
            assert!(pagina.contains(&verwacht), "{verwacht}: {pagina}");
        }
    }
    let alles = paginas.join(" ");
    for tekst in [
        "De regels zijn nog van vorig jaar.",
        "wijkcoach (uitvoering), citaat 1.1",
        "1. werving",
        "3 Wat we hoorden",
    ] {
        assert!(alles.contains(&zonder_witruimte(tekst)), "{tekst}: {alles}");
    }
}

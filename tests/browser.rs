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
    let info = Command::new(pdfinfo).arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let paginas = info
        .lines()
        .find_map(|r| r.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo noemt het aantal pagina's");
    // `-raw`: text in the order it was drawn, so two columns of cards do not interleave.
    let tekst = Command::new(pdftotext)
        .arg("-raw")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    (paginas, String::from_utf8_lossy(&tekst.stdout).into_owned())
}

fn zonder_witruimte(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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

    let (paginas, tekst) = druk_af(
        &browser,
        &pdftotext,
        &pdfinfo,
        &s.pad().join("rapport.html"),
    );
    // A title page, the Samenvatting and chapters 1–6 each on a new page, and annex A.
    assert!((9..=16).contains(&paginas), "rapport: {paginas} pagina's");
    let tekst = zonder_witruimte(&tekst);
    for c in citaten
        .iter()
        .chain(&["De regels zijn nog van vorig jaar."])
    {
        assert!(
            tekst.contains(c),
            "{c:?} niet in de PDF van het rapport:\n{tekst}"
        );
    }
    assert!(
        tekst.contains("6 Borging") && tekst.contains("10 weken"),
        "{tekst}"
    );

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

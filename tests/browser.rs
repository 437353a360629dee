//! The HTML documents in a real browser: headless Chromium prints them to PDF, and the PDF must
//! have a sensible number of A4 pages and contain the quotes.
//!
//! Without a browser the test says so and skips, but only outside CI: in CI (`CI` set) a
//! missing browser is a failure, so `.ci/run` installs Chromium and poppler-utils first.

use crate::common;

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
            zonder_witruimte(&heel_na_afbreekstreepje(&String::from_utf8_lossy(
                &uit.stdout,
            )))
        })
        .collect()
}

/// A word broken at its hyphen at the end of a line ("Schouwen-" / "Duiveland") made whole.
fn heel_na_afbreekstreepje(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut vorige = ' ';
    let mut tekens = tekst.chars().peekable();
    while let Some(c) = tekens.next() {
        if c == '-' && vorige.is_alphanumeric() && tekens.peek() == Some(&'\n') {
            uit.push('-');
            tekens.next();
            vorige = '-';
            continue;
        }
        uit.push(c);
        vorige = c;
    }
    uit
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
    alles_gedrukt(&html, &paginas, html_pad);
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

/// Every word of the HTML's visible text is in the PDF, as often: nothing was clipped or lost.
fn alles_gedrukt(html: &str, paginas: &[String], pad: &Path) {
    // Headings may be set in capitals: words are compared in lower case.
    let alles = paginas.join(" ").to_lowercase();
    let mut in_pdf: std::collections::HashMap<&str, usize> = Default::default();
    for w in alles.split(' ') {
        *in_pdf.entry(w).or_default() += 1;
    }
    let zichtbaar = zichtbare_tekst(html).to_lowercase();
    let mut in_html: std::collections::HashMap<&str, usize> = Default::default();
    for w in zichtbaar.split(' ') {
        *in_html.entry(w).or_default() += 1;
    }
    for (woord, n) in &in_html {
        let gedrukt = in_pdf.get(woord).copied().unwrap_or(0);
        assert!(
            gedrukt >= *n,
            "{}: '{woord}' staat {n} keer in de HTML maar {gedrukt} keer in de PDF (weggevallen?)\n{alles}",
            pad.display()
        );
    }
}

/// "pagina X van Y" on every page, and no date as JJJJ-MM-DD anywhere.
fn genummerd_zonder_iso_datum(paginas: &[String]) {
    let totaal = paginas.len();
    for (i, pagina) in paginas.iter().enumerate() {
        let nummer = format!("pagina {} van {totaal}", i + 1);
        assert!(
            pagina.contains(&nummer),
            "geen '{nummer}' op pagina {}:\n{pagina}",
            i + 1
        );
    }
    assert_eq!(
        iso_datum(&paginas.join(" ")),
        None,
        "een datum als JJJJ-MM-DD in de PDF"
    );
}

/// The words of a PDF page with their size in points, from `pdftotext -bbox`: a word's box is
/// as high as its type's ascent plus descent, 1.164 times the size for DejaVu Sans.
fn woorden_met_grootte(pdftotext: &Path, pdf: &Path) -> Vec<(u32, String, f64, f64)> {
    let uit = Command::new(pdftotext)
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let tekst = String::from_utf8_lossy(&uit.stdout).into_owned();
    let attribuut = |regel: &str, naam: &str| -> f64 {
        let begin = regel.find(&format!("{naam}=\"")).unwrap() + naam.len() + 2;
        regel[begin..].split('"').next().unwrap().parse().unwrap()
    };
    let mut pagina = 0;
    let mut woorden = Vec::new();
    for regel in tekst.lines() {
        if regel.contains("<page ") {
            pagina += 1;
        } else if regel.contains("<word ") {
            let hoogte = attribuut(regel, "yMax") - attribuut(regel, "yMin");
            let woord = regel.split('>').nth(1).unwrap().split('<').next().unwrap();
            woorden.push((
                pagina,
                woord.to_string(),
                hoogte / 1.164,
                attribuut(regel, "yMin"),
            ));
        }
    }
    woorden
}

/// The cards of a card sheet as printed: each card's visible text.
fn kaarten_in(html: &str) -> Vec<String> {
    html.split("<div class=\"kaart\">")
        .skip(1)
        .map(|deel| zichtbare_tekst(deel.split("</div>").next().unwrap()))
        .collect()
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
        (4..=8).contains(&paginas.len()),
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
    s.doe("rapport zeewijk --html -o rapport.html");
    s.doe("kaartjes zeewijk --html -o kaartjes.html");

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

    // 12 quotes; the long ones continue on next cards, eight cards to a sheet after the cover.
    let html = std::fs::read_to_string(s.pad().join("kaartjes.html")).unwrap();
    let kaarten = kaarten_in(&html).len();
    let (paginas, tekst) = druk_af(
        &browser,
        &pdftotext,
        &pdfinfo,
        &s.pad().join("kaartjes.html"),
    );
    // The facilitator's cover sheet first.
    assert_eq!(
        paginas as usize,
        1 + kaarten.div_ceil(8),
        "kaartjes: {paginas} pagina's"
    );
    let tekst = zonder_witruimte(&tekst);
    for c in citaten {
        assert!(tekst.contains(c), "{c:?} niet op de kaartjes:\n{tekst}");
    }
    assert_eq!(tekst.matches("Kaartje ").count(), kaarten, "{tekst}");
    assert_eq!(
        tekst.split(' ').filter(|w| *w == "gezet.").count(),
        7 * 12,
        "{tekst}"
    );
}

/// Cards as a facilitator prints them: a quote of about 120 words and one of 5000 characters
/// continue on next cards, nothing is cut, type is never below 10 pt, no card is split over
/// two pages, every card names its gemeente, and the sheets are numbered.
#[test]
fn kaartjes_afgedrukt_heel_en_leesbaar() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let woorden120 = (1..=120)
        .map(|i| format!("woord{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    s.ok(&["citaat", "zeewijk", "1", &woorden120, "--van", "wijkcoach"]);
    let langst = format!(
        "{}\n\n{}",
        "Zo lang als het maar kan. ".repeat(96).trim(),
        "Een tweede alinea met andere woorden. ".repeat(60).trim()
    );
    assert!(langst.chars().count() >= 4500);
    s.ok(&[
        "citaat",
        "zeewijk",
        "2",
        &langst,
        "--van",
        "bewoner",
        "--tag",
        "rust-en-regie",
    ]);
    // In capitals, which take more room.
    let hoofdletters = "WIJ WILLEN MEER MANDAAT VOOR DE WIJKCOACH IN ELKE WIJK. ".repeat(8);
    s.ok(&[
        "citaat",
        "zeewijk",
        "2",
        &hoofdletters,
        "--van",
        "wethouder",
    ]);
    s.doe("kaartjes zeewijk --html -o kaartjes.html");
    let pad = s.pad().join("kaartjes.html");
    let html = std::fs::read_to_string(&pad).unwrap();
    let pdf = print_pdf(&browser, &pad);
    let paginas = paginas(&pdftotext, &pdfinfo, &pdf);
    alles_gedrukt(&html, &paginas, &pad);
    genummerd_zonder_iso_datum(&paginas);
    let alles = paginas.join(" ");
    // The 120 words, each once, over the cards.
    let mut woorden: Vec<&str> = alles
        .split(' ')
        .filter(|w| w.starts_with("woord") && w[5..].parse::<u32>().is_ok())
        .collect();
    woorden.sort();
    woorden.dedup();
    assert_eq!(woorden.len(), 120, "{woorden:?}");
    assert!(alles.contains("(vervolg, 2 van"), "{alles}");
    // Every card whole on one page, with its name, gemeente and attribution.
    let kaarten = kaarten_in(&html);
    assert!(kaarten.len() > 8, "{}", kaarten.len());
    for kaart in &kaarten {
        assert!(kaart.contains(" · Zeewijk"), "{kaart}");
        assert!(
            paginas.iter().any(|p| p.contains(kaart.as_str())),
            "kaartje niet heel op één pagina: {kaart}"
        );
    }
    // The facilitator's cover sheet, then eight cards to a page.
    assert!(paginas[0].contains("Voor de begeleider"), "{}", paginas[0]);
    assert!(!paginas[0].contains("Kaartje "), "{}", paginas[0]);
    for p in &paginas[1..] {
        assert!(!p.contains("visieleer clusters"), "{p}");
    }
    assert_eq!(
        paginas.len(),
        1 + kaarten.len().div_ceil(8),
        "{} pagina's",
        paginas.len()
    );
    // Type: every word in the page area (above the footer) at least 10 pt.
    let onderrand = 841.9 - 12.0 / 25.4 * 72.0;
    for (pagina, woord, pt, y) in woorden_met_grootte(&pdftotext, &pdf) {
        if y < onderrand {
            assert!(pt >= 9.95, "'{woord}' op pagina {pagina} is {pt:.1} pt");
        }
    }
}

/// Copies the yaml files of `mappen` (relative to the repository) into one map.
fn map_met(s: &Sessie, mappen: &[&str]) {
    std::fs::create_dir_all(s.map()).unwrap();
    for map in mappen {
        let bron = Path::new(env!("CARGO_MANIFEST_DIR")).join(map);
        for entry in std::fs::read_dir(&bron).unwrap().flatten() {
            let pad = entry.path();
            if pad.extension().is_some_and(|e| e == "yaml") {
                std::fs::copy(&pad, s.map().join(pad.file_name().unwrap())).unwrap();
            }
        }
    }
}

/// A map of 40 trajecten: the example and table-1 trajecten over and over, each with other
/// (long) gemeente names.
fn veertig_trajecten(s: &Sessie) {
    let mut bronnen: Vec<PathBuf> = ["examples/drie", "trajecten"]
        .iter()
        .flat_map(|m| {
            std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(m))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        })
        .collect();
    bronnen.sort();
    std::fs::create_dir_all(s.map()).unwrap();
    for i in 0..40 {
        let bron = &bronnen[i % bronnen.len()];
        let yaml = std::fs::read_to_string(bron).unwrap();
        let (kop, rest) = yaml.split_once("gemeenten:\n").unwrap();
        let rest: String = rest
            .lines()
            .skip_while(|r| r.starts_with("- "))
            .map(|r| format!("{r}\n"))
            .collect();
        let yaml = format!(
            "{kop}gemeenten:\n- Gemeente Nummer {i} aan de Lange Rivier\n- Buurgemeente {i}\n{rest}"
        );
        std::fs::write(s.map().join(format!("t{i:02}.yaml")), yaml).unwrap();
    }
}

/// Fills a session's map with trajecten.
type VulDeMap = fn(&Sessie);

/// The two maps the programme documents are printed for: the table-1 and example trajecten,
/// and forty generated ones.
fn programmamappen() -> [(&'static str, VulDeMap); 2] {
    [
        (
            "voorbeelden",
            (|s: &Sessie| map_met(s, &["trajecten", "examples/drie"])) as VulDeMap,
        ),
        ("veertig", veertig_trajecten as VulDeMap),
    ]
}

/// Runs `<opdracht> --html -o <opdracht>.html` and prints it: the path, the HTML and the PDF.
fn schrijf_en_druk(s: &Sessie, browser: &Path, opdracht: &str) -> (PathBuf, String, PathBuf) {
    let bestand = format!("{opdracht}.html");
    s.ok(&[opdracht, "--html", "-o", &bestand]);
    let pad = s.pad().join(&bestand);
    let html = std::fs::read_to_string(&pad).unwrap();
    let pdf = print_pdf(browser, &pad);
    (pad, html, pdf)
}

/// Rode draden print whole at any number of trajecten: every word in the PDF, page numbers
/// after the cover, no ISO dates, gemeenten by name.
#[test]
fn rode_draden_afgedrukt_zonder_iets_af_te_snijden() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    for (naam, vul) in programmamappen() {
        let s = Sessie::nieuw();
        vul(&s);
        let (pad, html, pdf) = schrijf_en_druk(&s, &browser, "rode-draden");
        let paginas = paginas(&pdftotext, &pdfinfo, &pdf);
        alles_gedrukt(&html, &paginas, &pad);
        // A national report with a cover: no page number on the cover, on every other page.
        let totaal = paginas.len();
        assert!(!paginas[0].contains("pagina 1 van"), "{}", paginas[0]);
        for (i, pagina) in paginas.iter().enumerate().skip(1) {
            let nummer = format!("pagina {} van {totaal}", i + 1);
            assert!(pagina.contains(&nummer), "geen '{nummer}':\n{pagina}");
        }
        let alles = paginas.join(" ");
        assert_eq!(
            iso_datum(&alles),
            None,
            "een datum als JJJJ-MM-DD in de PDF"
        );
        assert!(alles.contains("Totaal"), "{naam}: {alles}");
        if naam == "voorbeelden" {
            assert!(
                alles.contains("Stede Broec, Enkhuizen en Drechterland"),
                "{alles}"
            );
            assert!(!alles.contains("stede-broec"), "{alles}");
        } else {
            assert!(
                alles.contains("Gemeente Nummer 39 aan de Lange Rivier"),
                "{alles}"
            );
        }
    }
}

/// The programme dashboard: one A4 in landscape for the example and table-1 trajecten, every
/// word printed; with 40 trajecten still nothing cut off.
#[test]
fn programmaoverzicht_afgedrukt_op_a4_liggend() {
    let Some((browser, pdftotext, pdfinfo)) = gereedschap() else {
        return;
    };
    for (naam, vul) in programmamappen() {
        let s = Sessie::nieuw();
        vul(&s);
        let (pad, html, pdf) = schrijf_en_druk(&s, &browser, "overzicht");
        let info = Command::new(&pdfinfo).arg(&pdf).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout).into_owned();
        assert!(
            info.contains("841.92 x 595")
                || info.contains("842 x 595")
                || info.contains("841.92 x 594.96"),
            "niet liggend: {info}"
        );
        let paginas = paginas(&pdftotext, &pdfinfo, &pdf);
        alles_gedrukt(&html, &paginas, &pad);
        genummerd_zonder_iso_datum(&paginas);
        if naam == "voorbeelden" {
            assert_eq!(paginas.len(), 1, "{paginas:?}");
            assert!(
                paginas[0].contains("Stede Broec, Enkhuizen en Drechterland")
                    && paginas[0].contains("Stand van 15 april 2024"),
                "{}",
                paginas[0]
            );
        }
    }
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
    s.doe("rapport zeewijk --docx -o rapport.docx");
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
        "wijkcoach (uitvoering)",
        "1. werving",
        "3 Wat we hoorden",
    ] {
        assert!(alles.contains(&zonder_witruimte(tekst)), "{tekst}: {alles}");
    }
}

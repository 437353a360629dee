//! Every document printed and looked at page by page, as issue 21 asks: `rapport --pdf` for
//! the example traject, a concept, a stopped traject, a table-1 factsheet and the nine
//! trajecten, plus `kaartjes`, `overzicht` and `rode-draden` as PDF; and the Word report
//! printed by LibreOffice after a field update.
//!
//! Per page (pdftotext -f N -l N, -bbox for sizes and places): the contents page numbers are
//! the pages the headings are on, "pagina X van Y" in the footer, no quote or card split over
//! two pages, a long quote continued at the end of a sentence on a filled card, every word
//! above the footer (the timeline's labels among them) at least 9 pt and no two words on top
//! of each other, the same bytes for the same state, every font embedded. Every Word report
//! has zero errors from the OOXML schema validator (openxml-audit).
//!
//! Without poppler-utils, LibreOffice or the python3-uno bridge the tests say so and skip,
//! but only outside CI: `.ci/run` installs them.

use crate::common;
use crate::common::vind;
use crate::pdf::{controleer_paginas, ingebed, inhoud, pagina_teksten, pdf, plat, poppler};

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;

/// A word on a page, with its box in points (y downwards), as pdftotext -bbox gives it.
#[derive(Debug, Clone)]
struct Woord {
    pagina: usize,
    tekst: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// The words of every page, and each page's size (width, height).
fn woorden(pdf: &Path) -> (Vec<Woord>, Vec<(f64, f64)>) {
    let uit = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext draait");
    let html = String::from_utf8_lossy(&uit.stdout).into_owned();
    let getal = |regel: &str, naam: &str| -> f64 {
        let begin = regel.find(&format!(" {naam}=\"")).unwrap() + naam.len() + 3;
        regel[begin..begin + regel[begin..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let mut lijst = Vec::new();
    let mut hoogtes = Vec::new();
    for regel in html.lines().map(str::trim_start) {
        if regel.starts_with("<page ") {
            hoogtes.push((getal(regel, "width"), getal(regel, "height")));
        } else if regel.starts_with("<word ") {
            lijst.push(Woord {
                pagina: hoogtes.len(),
                tekst: regel[regel.find('>').unwrap() + 1..regel.rfind("</word>").unwrap()]
                    .to_string(),
                x0: getal(regel, "xMin"),
                y0: getal(regel, "yMin"),
                x1: getal(regel, "xMax"),
                y1: getal(regel, "yMax"),
            });
        }
    }
    (lijst, hoogtes)
}

/// Every word above the footer at least 9 pt (pdftotext's box is as high as the type size),
/// and no two words on a page overlapping: the timeline's labels are words like any other.
fn leesbaar_en_los(pdf: &Path) {
    let (lijst, hoogtes) = woorden(pdf);
    assert!(!lijst.is_empty(), "{}: geen tekst", pdf.display());
    // The footer (8.5 pt, "… pagina X van Y") is the line of the last "pagina" on a page;
    // everything above it is text to read.
    let voet = |pagina: usize| {
        lijst
            .iter()
            .filter(|w| w.pagina == pagina && w.tekst == "pagina")
            .map(|w| w.y0)
            .reduce(f64::max)
            .unwrap_or(hoogtes[pagina - 1].1)
    };
    let voeten: Vec<f64> = (1..=hoogtes.len()).map(voet).collect();
    for w in &lijst {
        if w.y1 < voeten[w.pagina - 1] - 1.0 {
            assert!(
                w.y1 - w.y0 >= 8.95,
                "{}: '{}' op pagina {} is {:.1} pt",
                pdf.display(),
                w.tekst,
                w.pagina,
                w.y1 - w.y0
            );
        }
    }
    for (i, a) in lijst.iter().enumerate() {
        for b in lijst[i + 1..].iter().take_while(|b| b.pagina == a.pagina) {
            let breed = a.x1.min(b.x1) - a.x0.max(b.x0);
            let hoog = a.y1.min(b.y1) - a.y0.max(b.y0);
            assert!(
                breed <= 0.5 || hoog <= 0.5,
                "{}: op pagina {} overlappen '{}' en '{}': {a:?} {b:?}",
                pdf.display(),
                a.pagina,
                a.tekst,
                b.tekst
            );
        }
    }
}

/// The quote paragraphs of a markdown report (its `> ` lines without the attribution).
fn citaten(md: &str) -> Vec<String> {
    md.lines()
        .filter_map(|r| r.strip_prefix("> "))
        .filter(|r| !r.starts_with('—') && !r.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// A map with the example traject, a concept, a stopped traject and the nine trajecten of
/// table 1 (all factsheets).
fn alle_trajecten() -> (Sessie, Vec<String>) {
    let s = Sessie::nieuw();
    let bron = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(s.map()).unwrap();
    let mut slugs = Vec::new();
    std::fs::copy(
        bron.join("examples/zeewaarde.yaml"),
        s.map().join("zeewaarde.yaml"),
    )
    .unwrap();
    slugs.push("zeewaarde".to_string());
    for entry in std::fs::read_dir(bron.join("trajecten")).unwrap().flatten() {
        let pad = entry.path();
        if pad.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&pad, s.map().join(pad.file_name().unwrap())).unwrap();
            slugs.push(pad.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    s.traject_in_borgen("concept");
    s.traject_in_borgen("gestopt");
    s.doe("stop gestopt --reden 'De gemeente koos een andere aanpak.' --datum 2024-03-06");
    slugs.push("concept".into());
    slugs.push("gestopt".into());
    slugs.sort();
    (s, slugs)
}

#[test]
fn elk_rapport_als_pdf_per_pagina() {
    if !poppler() {
        return;
    }
    let (s, slugs) = alle_trajecten();
    assert_eq!(slugs.len(), 12, "{slugs:?}");
    for slug in &slugs {
        let pad = pdf(&s, &["rapport", slug, "--pdf"], &format!("{slug}.pdf"));
        let teksten = pagina_teksten(&pad);
        let md = s.doe(&format!("rapport {slug}"));
        let citaten = citaten(&md);
        let citaten: Vec<&str> = citaten.iter().map(String::as_str).collect();
        controleer_paginas(&pad, &teksten, &citaten);
        leesbaar_en_los(&pad);
        // A report with chapters has its contents on page 2; a factsheet is short.
        if md.contains("## Samenvatting") {
            assert!(inhoud(&teksten[1]).len() >= 5, "{slug}: {}", teksten[1]);
        }
    }
    // The timeline is among the words checked: its labels are text in the PDF.
    let zeewaarde = plat(&pagina_teksten(&s.pad().join("zeewaarde.pdf")).concat());
    for label in ["Kick-off", "Borgingsessie", "10 weken"] {
        assert!(zeewaarde.contains(label), "{label} niet in de tijdlijn");
    }
    // The same state, the same bytes.
    let nogmaals = pdf(&s, &["rapport", "zeewaarde", "--pdf"], "nogmaals.pdf");
    assert_eq!(
        std::fs::read(s.pad().join("zeewaarde.pdf")).unwrap(),
        std::fs::read(nogmaals).unwrap()
    );
}

#[test]
fn programma_en_rode_draden_als_pdf_per_pagina() {
    if !poppler() {
        return;
    }
    let (s, _) = alle_trajecten();
    for (args, naam) in [
        (vec!["rode-draden", "--pdf"], "rode-draden.pdf"),
        (vec!["overzicht", "--pdf"], "overzicht.pdf"),
    ] {
        let pad = pdf(&s, &args, naam);
        let teksten = pagina_teksten(&pad);
        controleer_paginas(&pad, &teksten, &[]);
        leesbaar_en_los(&pad);
        let nogmaals = pdf(&s, &args, &format!("nogmaals-{naam}"));
        assert_eq!(
            std::fs::read(&pad).unwrap(),
            std::fs::read(nogmaals).unwrap(),
            "{naam}"
        );
    }
}

/// The sentences of a text, each ending in . ! or ?.
fn zinnen(tekst: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let mut zin = Vec::new();
    for w in tekst.split_whitespace() {
        zin.push(w);
        if w.ends_with(['.', '!', '?']) {
            uit.push(zin.join(" "));
            zin.clear();
        }
    }
    if !zin.is_empty() {
        uit.push(zin.join(" "));
    }
    uit
}

/// A long quote of real sentences (about 150 words from the VNG report's section 1.1) and
/// one of many short ones: each continues on the next card at the end of a sentence, every
/// card but a quote's last is filled, the cards carry no instructions and the facilitator's
/// cover sheet does.
#[test]
fn kaartjes_als_pdf_gevuld_en_doorlopend_aan_het_eind_van_een_zin() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    let lang = "Het streven is een Visieleertraject in zeven tot tien weken af te ronden, wat om diverse redenen vaak uitloopt naar zes maanden. Tijdens het traject staat een team van deskundigen onder leiding van de VNG de gemeente met raad en daad bij. Passend bij de vraag in een traject stellen we een expertteam samen als klankbord. Tijdens de kick-offbijeenkomst in de fase 'starten' wordt de vraagstelling van de gemeente aangescherpt en worden wederzijdse verwachtingen afgestemd. Belangrijk aandachtspunt in deze fase is het betrekken van zoveel mogelijk verschillende interne en externe stakeholders. In de fase 'luisteren' interviewden vertegenwoordigers van deze perspectieven elkaar in de vorm van duo-interviews. De fase 'ontwerpen' start met een synthese van inzichten uit de duo-interviews. Dit doen we in drie stappen: eerst door de moderators van de duo-interviews, daarna door het expertteam en daarna in de vorm van een reflectie bij de start van een ontwerpsessie.";
    let kort = (1..=40)
        .map(|i| format!("Zin {i} gaat over de toegang."))
        .collect::<Vec<_>>()
        .join(" ");
    s.ok(&["citaat", "t", "1", lang, "--van", "wijkcoach"]);
    s.ok(&["citaat", "t", "1", &kort, "--van", "bewoner"]);
    let pad = pdf(&s, &["kaartjes", "t", "--pdf"], "kaartjes.pdf");
    let teksten = pagina_teksten(&pad);
    controleer_paginas(&pad, &teksten, &[]);
    leesbaar_en_los(&pad);
    // The cover sheet is for the facilitator; the cards carry no instructions.
    assert!(teksten[0].contains("Voor de begeleider"), "{}", teksten[0]);
    assert!(teksten[0].contains("visieleer clusters"), "{}", teksten[0]);
    assert!(!teksten[0].contains("Kaartje "), "{}", teksten[0]);
    for t in &teksten[1..] {
        assert!(!t.contains("visieleer"), "{t}");
        assert!(!t.contains("Knip"), "{t}");
    }
    // The cards in print order (Typst writes them one by one): each one's quote text.
    let mut kaarten: Vec<(String, String)> = Vec::new();
    for t in &teksten[1..] {
        for stuk in t.split("Kaartje ").skip(1) {
            let (kop, rest) = stuk.split_once('\n').unwrap();
            let citaat = rest.split("— ").next().unwrap();
            kaarten.push((kop.to_string(), plat(citaat)));
        }
    }
    for (nr, tekst) in [("1.1", lang.to_string()), ("1.2", kort.clone())] {
        let delen: Vec<&(String, String)> = kaarten
            .iter()
            .filter(|(kop, _)| kop.starts_with(&format!("{nr} ")))
            .collect();
        assert!(delen.len() >= 2, "{nr}: {kaarten:?}");
        let n = delen.len();
        for (i, (kop, citaat)) in delen.iter().enumerate() {
            let verwacht = if i == 0 {
                format!("{nr} (1 van {n})")
            } else {
                format!("{nr} (vervolg, {} van {n})", i + 1)
            };
            assert!(kop.starts_with(&verwacht), "{kop} is niet {verwacht}");
            // Whole sentences on every card.
            assert!(citaat.ends_with('.'), "{kop}: '{citaat}'");
            let eerste = zinnen(citaat).into_iter().next().unwrap();
            assert!(
                zinnen(&tekst).contains(&eerste),
                "{kop} begint midden in een zin: '{citaat}'"
            );
        }
        // Nothing lost or doubled (compared without spaces: a line may break after a hyphen).
        let zonder_wit = |t: &str| t.split_whitespace().collect::<String>();
        let samen: String = delen.iter().map(|(_, c)| zonder_wit(c)).collect();
        assert_eq!(samen, zonder_wit(&tekst), "{nr}");
    }
    // Filled: on every card of the quote of short sentences but its last, less than two
    // lines of 10.5 pt (and the 1.5 mm above the foot) are left free above the foot.
    let (lijst, hoogtes) = woorden(&pad);
    let voeten: Vec<&Woord> = lijst
        .iter()
        .filter(|w| w.tekst == "—" && w.pagina > 1)
        .collect();
    let mut vrij = Vec::new();
    for voet in &voeten {
        let midden = hoogtes[voet.pagina - 1].0 / 2.0;
        let boven = lijst
            .iter()
            .filter(|w| w.pagina == voet.pagina && (w.x0 < midden) == (voet.x0 < midden))
            .filter(|w| w.y1 <= voet.y0 && voet.y0 - w.y1 < 52.0 / 25.4 * 72.0)
            .map(|w| w.y1)
            .fold(f64::MIN, f64::max);
        vrij.push(voet.y0 - boven);
    }
    let kort_delen = kaarten
        .iter()
        .filter(|(kop, _)| kop.starts_with("1.2 "))
        .count();
    let eerste_kort = kaarten.len() - kort_delen;
    assert_eq!(vrij.len(), kaarten.len());
    for (i, ruimte) in vrij[eerste_kort..vrij.len() - 1].iter().enumerate() {
        assert!(
            *ruimte < 2.0 * 1.25 * 10.5 + 4.3,
            "kaartje 1.2 deel {} heeft {ruimte:.1} pt vrij",
            i + 1
        );
    }
    // The same state, the same bytes.
    let nogmaals = pdf(&s, &["kaartjes", "t", "--pdf"], "nogmaals.pdf");
    assert_eq!(
        std::fs::read(&pad).unwrap(),
        std::fs::read(nogmaals).unwrap()
    );
}

/// The Python that has the UNO bridge (Debian's own python3, whatever python3 is first on the
/// PATH), and LibreOffice; panics in CI when one is missing.
fn uno() -> Option<(PathBuf, PathBuf)> {
    let python = ["/usr/bin/python3", "python3"]
        .iter()
        .map(PathBuf::from)
        .find(|p| {
            Command::new(p)
                .args(["-c", "import uno"])
                .output()
                .is_ok_and(|u| u.status.success())
        });
    match (python, vind(&["soffice", "libreoffice"])) {
        (Some(p), Some(s)) if poppler() => Some((p, s)),
        _ if std::env::var_os("CI").is_some() => panic!(
            "CI is gezet maar python3-uno of LibreOffice ontbreekt; installeer python3-uno en libreoffice-writer-nogui"
        ),
        _ => {
            eprintln!(
                "OVERGESLAGEN: geen python3-uno of LibreOffice (apt-get install python3-uno libreoffice-writer-nogui)"
            );
            None
        }
    }
}

/// The Word report of every traject, valid against the OOXML schema, and printed by
/// LibreOffice after updating its fields (as Word does on opening, asked by w:updateFields):
/// the contents shows the pages its headings are on, every page but the cover has "pagina X
/// van Y", the fonts are embedded, the timeline table shows what its caption names.
#[test]
fn word_afgedrukt_na_het_bijwerken_van_de_velden() {
    let Some((python, soffice)) = uno() else {
        return;
    };
    let (s, slugs) = alle_trajecten();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/druk/word_naar_pdf.py");
    // Every report at once: LibreOffice starts once.
    let profiel = tempfile::tempdir().unwrap();
    let mut opdracht = Command::new(&python);
    opdracht
        .arg(&script)
        .arg(profiel.path())
        .env("SOFFICE", &soffice);
    let word = s.pad().join("word");
    std::fs::create_dir_all(&word).unwrap();
    for slug in &slugs {
        s.doe(&format!("rapport {slug} --docx -o word/{slug}.docx"));
        opdracht
            .arg(word.join(format!("{slug}.docx")))
            .arg(s.pad().join(format!("{slug}-word.pdf")));
    }
    schemageldig(&word, slugs.len());
    let uit = opdracht.output().expect("python3 draait");
    assert!(
        uit.status.success(),
        "LibreOffice: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    for slug in slugs.iter().map(String::as_str) {
        let pad = s.pad().join(format!("{slug}-word.pdf"));
        assert!(pad.is_file(), "{slug}: geen PDF");
        ingebed_woord(&pad);
        let teksten = pagina_teksten(&pad);
        let n = teksten.len();
        let regels: Vec<String> = teksten.iter().flat_map(|t| t.lines()).map(plat).collect();
        if let Some(onderschrift) = regels
            .iter()
            .position(|r| r.starts_with("Figuur: de fasen"))
        {
            // The table above the caption shows what the caption names: the phases, the
            // meetings and the target; the phase a running traject is in has no end date.
            let tabel = &regels[regels[..onderschrift]
                .iter()
                .rposition(|r| r.starts_with("Fase Van Tot"))
                .unwrap_or_else(|| panic!("{slug}: geen tabel bij de figuur"))
                ..onderschrift];
            assert!(
                tabel.iter().any(|r| r.starts_with("Kick-off")),
                "{slug}: {tabel:?}"
            );
            assert!(
                tabel.iter().any(|r| r.starts_with("Streeftijd")),
                "{slug}: {tabel:?}"
            );
            if slug == "concept" {
                let borgen = tabel.iter().find(|r| r.starts_with("5. borgen")).unwrap();
                assert!(borgen.contains("loopt nog"), "{borgen}");
                assert!(
                    !borgen.contains("15 april 2024"),
                    "vandaag als einddatum: {borgen}"
                );
            }
        } else {
            // Only the factsheets of table 1 have no dates to draw.
            assert!(
                !["zeewaarde", "concept", "gestopt"].contains(&slug),
                "geen figuur in {slug}"
            );
        }
        for (i, t) in teksten.iter().enumerate().skip(usize::from(n > 1)) {
            assert!(
                t.contains(&format!("pagina {} van {n}", i + 1)),
                "{slug} pagina {}: {t}",
                i + 1
            );
        }
        if n == 1 {
            continue;
        }
        // LibreOffice writes the contents with dot leaders and the page number after them.
        let regels: Vec<(String, usize)> = teksten[1]
            .lines()
            .filter_map(|r| {
                let (titel, nr) = r.trim().split_once("....")?;
                let nr = nr.trim_start_matches('.').trim().parse().ok()?;
                Some((titel.trim().to_string(), nr))
            })
            .collect();
        assert!(regels.len() >= 5, "{slug}: {}", teksten[1]);
        for (titel, nr) in &regels {
            assert!(*nr >= 2 && *nr <= n, "{slug}: {titel} op pagina {nr}");
            let pagina = &teksten[nr - 1];
            // On the contents page itself the heading follows the contents.
            let koppen: Vec<&str> = if *nr == 2 {
                pagina.lines().skip(regels.len() + 1).collect()
            } else {
                pagina.lines().collect()
            };
            assert!(
                koppen.iter().any(|r| plat(r) == plat(titel)),
                "{slug}: '{titel}' staat niet op pagina {nr}:\n{pagina}"
            );
        }
    }
}

/// Every Word file in `map` valid against the OOXML schema (openxml-audit, strict): zero
/// errors. Without openxml-audit the check says so and is skipped, except in CI.
fn schemageldig(map: &Path, aantal: usize) {
    let uit = Command::new("python3")
        .args([
            "-m",
            "openxml_audit",
            "--recursive",
            "--validator",
            "ooxml",
            "--policy",
            "strict",
            "--max-errors",
            "0",
            "--output",
            "json",
        ])
        .arg(map)
        .output();
    let Ok(uit) = uit.as_ref().map(|u| String::from_utf8_lossy(&u.stdout)) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "geen python3 met openxml-audit"
        );
        return;
    };
    let Ok(verslagen) = serde_json::from_str::<serde_json::Value>(&uit) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "openxml-audit gaf geen JSON: {uit}"
        );
        eprintln!("OVERGESLAGEN: geen openxml-audit (pip install openxml-audit)");
        return;
    };
    let verslagen = verslagen.as_array().expect("een lijst");
    assert_eq!(verslagen.len(), aantal, "{uit}");
    for v in verslagen {
        assert!(
            v["valid"] == true && v["error_count"] == 0,
            "{}: {}",
            v["file"],
            v["errors"]
        );
    }
}

/// Every font embedded (LibreOffice picks its own fonts; they must travel with the PDF).
fn ingebed_woord(pad: &Path) {
    let fonts = Command::new("pdffonts").arg(pad).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout).into_owned();
    for rij in fonts.lines().skip(2) {
        let kolommen: Vec<&str> = rij.split_whitespace().collect();
        assert_eq!(kolommen[kolommen.len() - 5], "yes", "niet ingebed: {rij}");
    }
}

#[test]
fn kaartjes_zonder_citaten_als_pdf() {
    if !poppler() {
        return;
    }
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let pad = pdf(&s, &["kaartjes", "t", "--pdf"], "leeg.pdf");
    ingebed(&pad);
    leesbaar_en_los(&pad);
    let tekst = plat(&pagina_teksten(&pad).concat());
    assert!(
        tekst.contains("Er zijn geen citaten die op een kaartje mogen."),
        "{tekst}"
    );
}

/// HANDLEIDING shows one page of each document; the images exist and the script that makes
/// them names each one (their bytes are not checked: they change with every layout change).
#[test]
fn de_handleiding_toont_een_pagina_van_elk_document() {
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR"));
    let handleiding = std::fs::read_to_string(wortel.join("HANDLEIDING.md")).unwrap();
    let script = std::fs::read_to_string(wortel.join("scripts/pagina-afbeeldingen.sh")).unwrap();
    for naam in [
        "rapport",
        "factsheet",
        "kaartjes",
        "rode-draden",
        "overzicht",
    ] {
        let pad = format!("docs/paginas/{naam}.png");
        assert!(handleiding.contains(&format!("]({pad})")), "{pad}");
        let png = std::fs::read(wortel.join(&pad)).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{pad}");
        assert!(script.contains(&format!("maak {naam} ")), "{naam}");
    }
}

//! Issue 19, recognition and masking: names in every shape are no roles, every free-text field
//! is scanned and masked in every output, the new detail kinds are found, and the public VNG
//! sentences give no warning and lose no word.

use crate::common::Sessie;

/// The sentences of the public VNG sources (tests/fixtures/vng_zinnen.txt), one per line.
fn vng_zinnen() -> Vec<String> {
    include_str!("fixtures/vng_zinnen.txt")
        .lines()
        .filter(|r| !r.starts_with('#') && !r.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Every sentence of the sources through the library's recognition: nothing found, nothing
/// masked (1 700 binary calls would take minutes; the binary gets a sample below).
#[test]
fn de_vng_zinnen_geven_geen_vondst() {
    let mut fout = Vec::new();
    for zin in vng_zinnen() {
        let vondsten = visieleer::privacy::vondsten(&zin, &[]);
        if !vondsten.is_empty() || visieleer::privacy::maskeer(&zin, &[]) != zin {
            fout.push(format!("{zin}\n    {vondsten:?}"));
        }
    }
    assert!(
        fout.is_empty(),
        "{} zinnen:\n{}",
        fout.len(),
        fout.join("\n")
    );
}

/// Every detail kind as a facilitator might type it, and the part of it that no output may
/// show (`None` when the planted text is the part).
const DETAILS: &[(&str, &str, &str)] = &[
    ("e-mailadres", "jan.jansen@zeewijk.nl", "jansen@"),
    ("verhuld e-mailadres", "jan(at)voorbeeld.nl", "voorbeeld"),
    ("telefoonnummer", "06-12345678", "12345678"),
    ("BSN", "111222333", "111222333"),
    ("postcode", "1234 AB 5", "1234 AB"),
    ("straat", "Dorpsstraat 12", "Dorpsstraat"),
    ("IBAN", "NL91ABNA0417164300", "ABNA"),
    ("kenteken", "12-BCD-3", "BCD"),
    ("geboortedatum", "geboren op 3 maart 1950", "1950"),
    ("aanhef", "De heer P. de Wit", "de Wit"),
    ("naam elders", "Oosterhuis", "Oosterhuis"),
];

/// The text of every file in a zip (Word, Excel, .qdpx), its XML tags left out so text split
/// over runs reads as one.
fn zip_tekst(pad: &std::path::Path) -> String {
    let bytes = std::fs::read(pad).unwrap();
    let mut archief = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut alles = String::new();
    for i in 0..archief.len() {
        let mut deel = archief.by_index(i).unwrap();
        let mut tekst = String::new();
        if std::io::Read::read_to_string(&mut deel, &mut tekst).is_ok() {
            alles.push_str(&tekst);
            alles.push('\n');
        }
    }
    let mut zonder = String::new();
    let mut in_tag = false;
    for c in alles.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => zonder.push(c),
            _ => {}
        }
    }
    zonder
}

/// A traject whose every free-text field holds `detail`: vraagstuk, kernvraag, a quote, an
/// inzicht, a richting, an afspraak, its nazorg, the evaluatie.
/// The text of a PDF as pdftotext reads it, lines joined twice: with a space, and without a
/// hyphen that ends a line (so a detail broken over two lines is still found).
fn pdf_tekst(pad: &std::path::Path) -> String {
    let uit = std::process::Command::new("pdftotext")
        .arg(pad)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let tekst = String::from_utf8_lossy(&uit.stdout).into_owned();
    assert!(uit.status.success() && tekst.contains("Zeewijk"), "{tekst}");
    format!(
        "{}\n{}",
        tekst.replace('\n', " "),
        tekst.replace("-\n", "").replace('\n', " ")
    )
}

fn traject_met(s: &Sessie, slug: &str, detail: &str) {
    let d = detail.replace('\'', "'\\''");
    for regel in [
        format!(
            "nieuw {slug} --gemeente Zeewijk --vraagstuk 'Hoe vinden inwoners de weg, zegt {d}?' --facilitator 'F. Acilitator' --datum 2024-01-08"
        ),
        format!("aanmelding {slug} --datum 2024-01-15"),
        format!("volgende {slug} --datum 2024-01-15"),
        format!("sessie {slug} kickoff --datum 2024-01-22"),
        format!("kernvraag {slug} 'Hoe helpen we {d} beter?'"),
        format!("expert {slug} 'E. Xpert' --expertise 'lokale teams'"),
        format!("volgende {slug} --datum 2024-01-29"),
        format!(
            "interview {slug} --duo wijkcoach:uitvoering --duo wethouder:bestuur --toestemming ja --datum 2024-02-01"
        ),
        format!("citaat {slug} 1 'Bel gerust, {d}, zei ze.' --van wijkcoach --tag rust-en-regie"),
        format!("citaat {slug} 1 'Wij sturen op rust.' --van wethouder --tag rust-en-regie"),
        format!(
            "interview {slug} --duo bewoner:inwoner --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-05"
        ),
        format!(
            "citaat {slug} 2 'Ik wist niet waar ik moest zijn.' --van bewoner --tag inwoner-centraal"
        ),
        format!("volgende {slug} --datum 2024-02-12"),
        format!(
            "synthese {slug} --stap moderatoren --soort dilemma 'Inzicht over {d}' --citaat 1.1 --citaat 1.2"
        ),
        format!(
            "synthese {slug} --stap expertteam --soort werkzaam 'Eén voordeur helpt' --citaat 1.2"
        ),
        format!("sessie {slug} ontwerpsessie --datum 2024-02-26"),
        format!("synthese {slug} --stap reflectie 'Iedereen herkent het'"),
        format!("richting {slug} 'Richting met {d} erin'"),
        format!("volgende {slug} --datum 2024-03-04"),
        format!("sessie {slug} borgingsessie --datum 2024-03-18"),
        format!(
            "evaluatie {slug} --proces 'Proces met {d}' --inzichten 'Inzichten met {d}' --vervolg 'Vervolg met {d}' --datum 2024-03-18"
        ),
        format!(
            "afspraak {slug} 'Afspraak over {d}' --eigenaar teamleider --streefwaarde 'streef {d}' --datum 2024-09-02"
        ),
        format!("volgende {slug} --datum 2024-03-25"),
        format!("sessie {slug} nazorg --datum 2024-03-28"),
        format!(
            "nazorg {slug} --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Het loopt bij {d}.' --datum 2024-03-28"
        ),
    ] {
        s.doe(&regel);
    }
}

/// Issue 19's done-when: every detail kind in every free-text field; `check` warns and names
/// each field, and no output (markdown, HTML, Word, CSV, Excel, .qdpx, toon --json,
/// rode-draden, kaartjes) shows it.
#[test]
fn elk_gegeven_in_elk_veld_wordt_gemeld_en_gemaskeerd() {
    let s = Sessie::nieuw();
    // A name known elsewhere in the map: an expert written as a flow mapping by hand.
    s.traject_in_werving("ander");
    s.doe("expert ander 'Mirjam Oosterhuis'");
    let ander = s.lees("ander");
    let stroom = ander.replace("- naam: Mirjam Oosterhuis", "- {naam: Mirjam Oosterhuis}");
    assert_ne!(ander, stroom, "{ander}");
    s.schrijf(s.bestand("ander"), &stroom);
    for (i, (soort, detail, _)) in DETAILS.iter().enumerate() {
        let slug = format!("d{i}");
        traject_met(&s, &slug, detail);
        let check = s.run(&["check"]);
        let uit = format!("{}{}", check.stdout, check.stderr);
        for veld in [
            "vraagstuk",
            "kernvraag",
            "citaat 1.1",
            "inzicht 1",
            "richting 1",
            "evaluatie (proces)",
            "evaluatie (inzichten)",
            "evaluatie (vervolg)",
            "afspraak 1",
            "streefwaarde van afspraak 1",
            "nazorg bij afspraak 1",
        ] {
            assert!(
                uit.lines()
                    .any(|r| r.contains(&format!("{slug}.yaml: {veld}"))
                        && r.contains("bevat mogelijk")),
                "{soort}: check noemt '{veld}' niet:\n{uit}"
            );
        }
    }
    for (i, (soort, _, verboden)) in DETAILS.iter().enumerate() {
        let slug = format!("d{i}");
        let mut uitvoer = vec![
            ("rapport", s.doe(&format!("rapport {slug}"))),
            ("rapport --html", s.doe(&format!("rapport {slug} --html"))),
            ("toon --json", s.doe(&format!("toon {slug} --json"))),
            ("toon", s.doe(&format!("toon {slug}"))),
            ("citaten --csv", s.doe(&format!("citaten {slug} --csv"))),
            ("kaartjes", s.doe(&format!("kaartjes {slug}"))),
        ];
        s.doe(&format!("rapport {slug} --docx -o {slug}.docx"));
        uitvoer.push((
            "rapport --docx",
            zip_tekst(&s.pad().join(format!("{slug}.docx"))),
        ));
        s.doe(&format!("citaten {slug} --xlsx -o {slug}.xlsx"));
        uitvoer.push((
            "citaten --xlsx",
            zip_tekst(&s.pad().join(format!("{slug}.xlsx"))),
        ));
        s.doe(&format!("qdpx {slug} -o {slug}.qdpx"));
        uitvoer.push(("qdpx", zip_tekst(&s.pad().join(format!("{slug}.qdpx")))));
        s.doe(&format!("rapport {slug} -o {slug}.pdf"));
        uitvoer.push((
            "rapport --pdf",
            pdf_tekst(&s.pad().join(format!("{slug}.pdf"))),
        ));
        for (wat, tekst) in uitvoer {
            assert!(
                !tekst.contains(verboden),
                "{soort}: '{verboden}' staat in {wat}:\n{tekst}"
            );
        }
    }
    let landelijk = s.doe("rode-draden");
    let landelijk_html = s.doe("rode-draden --html");
    let csv = s.doe("citaten --csv");
    for (soort, _, verboden) in DETAILS.iter().filter(|(soort, ..)| *soort != "naam elders") {
        for (wat, tekst) in [
            ("rode-draden", &landelijk),
            ("rode-draden --html", &landelijk_html),
            ("citaten --csv", &csv),
        ] {
            assert!(
                !tekst.contains(verboden),
                "{soort}: '{verboden}' staat in {wat}"
            );
        }
    }
    // The national report names the wethouder by perspective only.
    assert!(!landelijk.contains("wethouder (bestuur)"), "{landelijk}");
    assert!(
        landelijk.contains("iemand uit het bestuur in Zeewijk"),
        "{landelijk}"
    );
}

/// Names in every shape are refused as a role on input, with one sentence and no change.
#[test]
fn namen_in_elke_vorm_zijn_geen_rol() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    for rol in [
        "J.P.",
        "İLKNUR YILMAZ",
        "kees van der berg",
        "juf Ans",
        "bewoner (Ans, 82 jaar)",
        "dokter Jansen",
        "de heer Visser",
    ] {
        let fout = s.weigert(&[
            "interview",
            "t",
            "--duo",
            &format!("{rol}:inwoner"),
            "--duo",
            "wijkcoach:uitvoering",
            "--toestemming",
            "ja",
        ]);
        assert!(fout.contains("lijkt een naam"), "{rol}: {fout}");
        assert_eq!(fout.trim().lines().count(), 1, "{fout}");
    }
}

/// A role written by hand into the file: `check` warns, and every document prints
/// `[weggelaten]` where the role stood.
#[test]
fn een_naam_als_rol_met_de_hand_wordt_gemeld_en_gemaskeerd() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let tekst = s.lees("t");
    let met_naam = tekst.replace("rol: bewoner", "rol: kees van der berg");
    let met_naam = met_naam.replace("van: bewoner", "van: kees van der berg");
    assert_ne!(tekst, met_naam);
    s.schrijf(s.bestand("t"), &met_naam);
    let check = s.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("duo-interview 2: de rol 'kees van der berg' lijkt een naam"),
        "{}",
        check.stdout
    );
    for uit in [
        s.doe("rapport t"),
        s.doe("rapport t --html"),
        s.doe("toon t --json"),
        s.doe("citaten t --csv"),
        s.doe("kaartjes t"),
        s.doe("rode-draden"),
    ] {
        assert!(!uit.to_lowercase().contains("kees"), "{uit}");
    }
}

/// Words that the old IBAN check took for an account stay in every document, and a sample of
/// the VNG sentences goes through the binary as quotes without a warning or a lost word.
#[test]
fn gewone_woorden_en_vng_zinnen_blijven_staan() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    let mut zinnen: Vec<String> = vec![
        "kw043 kw044 kw045 kw046 kw047".into(),
        "QS01 Als ik bel krijg ik niemand.".into(),
    ];
    zinnen.extend(vng_zinnen().into_iter().step_by(40));
    for zin in &zinnen {
        s.ok(&["citaat", "t", "1", "--van", "wijkcoach", "--", zin]);
    }
    let check = s.run(&["check"]);
    assert!(!check.stdout.contains("bevat mogelijk"), "{}", check.stdout);
    let json: serde_json::Value = serde_json::from_str(&s.doe("toon t --json")).unwrap();
    let teksten: Vec<&str> = json["interviews"][0]["citaten"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["tekst"].as_str().unwrap())
        .collect();
    for zin in &zinnen {
        assert!(teksten.contains(&zin.trim()), "{zin}");
    }
}

/// The national report names roles that point to one person by perspective; `codeboek.yaml`
/// can add roles (`herkenbare_rollen`).
#[test]
fn herkenbare_rollen_in_de_rode_draden() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let voor = s.doe("rode-draden");
    assert!(voor.contains("wijkcoach (uitvoering) in Zeewijk"), "{voor}");
    s.schrijf(
        s.map().join("codeboek.yaml"),
        "herkenbare_rollen:\n  - wijkcoach\n",
    );
    let landelijk = s.doe("rode-draden");
    assert!(!landelijk.contains("wijkcoach"), "{landelijk}");
    assert!(
        landelijk.contains("iemand uit de uitvoering in Zeewijk"),
        "{landelijk}"
    );
    assert!(
        landelijk.contains("bewoner (inwoner) in Zeewijk"),
        "{landelijk}"
    );
    // The gemeente's own report keeps the role.
    assert!(s.doe("rapport t").contains("wijkcoach"));
    // An empty role in the list is refused by check, with its place.
    s.schrijf(
        s.map().join("codeboek.yaml"),
        "herkenbare_rollen:\n  - ''\n",
    );
    let check = s.run(&["check"]);
    assert!(
        check.stdout.contains("herkenbare_rollen[0]"),
        "{}",
        check.stdout
    );
}

/// HANDLEIDING's own example: notes in `duo-jan-de-boer.md` that say "Jan de Boer zei…":
/// `notities` and `check` warn, and no document shows the name.
#[test]
fn een_naam_uit_de_bestandsnaam_van_notities() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "duo-jan-de-boer.md",
        "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n> Jan de Boer zei dat het loket dicht was.\n> — bewoner\n",
    );
    let uit = s.run(&["notities", "t", "duo-jan-de-boer.md"]);
    assert_eq!(uit.code, 0, "{uit:?}");
    assert!(uit.stderr.contains("citaat 1.1 bevat mogelijk"), "{uit:?}");
    let check = s.run(&["check"]);
    assert!(
        check.stdout.contains("citaat 1.1 bevat mogelijk de naam"),
        "{}",
        check.stdout
    );
    for uit in [
        s.doe("citaten t"),
        s.doe("toon t --json"),
        s.doe("citaten t --csv"),
    ] {
        assert!(!uit.to_lowercase().contains("boer"), "{uit}");
        assert!(uit.contains("het loket dicht was"), "{uit}");
    }
}

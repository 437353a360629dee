//! The documents of the fictional example map `examples/drie` (three trajecten: afgerond,
//! lopend, gestopt), as snapshots. The map is copied into a temporary folder first, so the
//! tests never write into the repository.

mod common;

use std::fs;
use std::path::Path;

use common::Sessie;

/// "Today" for the example map: after the nazorg of zeewijk, with one afspraak overdue.
const VANDAAG: &str = "2024-07-15";

fn sessie_met_voorbeelden() -> Sessie {
    let s = Sessie::nieuw();
    let bron = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/drie");
    fs::create_dir_all(s.map()).unwrap();
    for entry in fs::read_dir(&bron).unwrap().flatten() {
        let pad = entry.path();
        if pad.extension().is_some_and(|e| e == "yaml") {
            fs::copy(&pad, s.map().join(pad.file_name().unwrap())).unwrap();
        }
    }
    s
}

fn ok(s: &Sessie, args: &[&str]) -> String {
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
    String::from_utf8(uit.stdout).unwrap()
}

#[test]
fn rode_draden_over_drie_trajecten() {
    let s = sessie_met_voorbeelden();
    let md = ok(&s, &["rode-draden"]);
    // The gestopt traject is in the table, but none of its findings are.
    assert!(
        md.contains("| heidebeek | Heidebeek | luisteren | gestopt |"),
        "{md}"
    );
    assert!(!md.contains("Dit inzicht telt niet mee"), "{md}");
    assert!(!md.contains("gestopt traject."), "{md}");
    assert!(!md.contains("zonder toestemming en mag nergens"), "{md}");
    insta::assert_snapshot!("rode_draden_drie", md);
    let html = ok(&s, &["rode-draden", "--html"]);
    assert!(
        !html.contains("<b>"),
        "html uit een citaat werd doorgegeven"
    );
    insta::assert_snapshot!("rode_draden_drie_html", html);
}

#[test]
fn rapport_en_kaartjes_van_de_voorbeelden() {
    let s = sessie_met_voorbeelden();
    for slug in ["zeewijk", "bloemendorp"] {
        insta::assert_snapshot!(format!("rapport_{slug}"), ok(&s, &["rapport", slug]));
        insta::assert_snapshot!(
            format!("rapport_{slug}_html"),
            ok(&s, &["rapport", slug, "--html"])
        );
    }
    insta::assert_snapshot!("kaartjes_bloemendorp", ok(&s, &["kaartjes", "bloemendorp"]));
    insta::assert_snapshot!(
        "kaartjes_zeewijk_html",
        ok(&s, &["kaartjes", "zeewijk", "--html"])
    );
    let toon = ok(&s, &["toon", "zeewijk"]);
    assert!(
        toon.contains("Let op: afspraak 2 (Wethouder loopt elk kwartaal mee met een wijkcoach) had op 2024-07-01"),
        "{toon}"
    );
}

const PERSPECTIEVEN: [&str; 5] = [
    "(inwoner)",
    "(uitvoering)",
    "(beleid)",
    "(bestuur)",
    "(partner)",
];

/// The lines of a document whose attribution (after `— `) names more than one speaker.
fn twee_sprekers(document: &str) -> Vec<String> {
    document
        .lines()
        .filter(|regel| {
            regel.find("— ").is_some_and(|i| {
                let toeschrijving = &regel[i..];
                PERSPECTIEVEN
                    .iter()
                    .map(|p| toeschrijving.matches(p).count())
                    .sum::<usize>()
                    > 1
            }) || regel.contains("Het duo samen")
        })
        .map(str::to_string)
        .collect()
}

/// Every document visieleer makes of a map: per traject the report and the cards (markdown
/// and HTML), and the rode draden over the map.
fn alle_documenten(s: &Sessie, vandaag: &str) -> Vec<(String, String)> {
    let maak = |args: &[&str]| {
        let uit = s
            .command(args)
            .env("VISIELEER_VANDAAG", vandaag)
            .output()
            .unwrap();
        assert!(
            uit.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&uit.stderr)
        );
        (args.join(" "), String::from_utf8(uit.stdout).unwrap())
    };
    let mut documenten = vec![maak(&["rode-draden"]), maak(&["rode-draden", "--html"])];
    for entry in fs::read_dir(s.map()).unwrap().flatten() {
        let pad = entry.path();
        if pad.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let slug = pad.file_stem().unwrap().to_str().unwrap().to_string();
        for args in [
            vec!["rapport", &slug],
            vec!["rapport", &slug, "--html"],
            vec!["kaartjes", &slug],
            vec!["kaartjes", &slug, "--html"],
        ] {
            documenten.push(maak(&args));
        }
    }
    documenten
}

#[test]
fn geen_citaat_staat_op_naam_van_twee_mensen() {
    // The check itself recognises the old attribution of a quote to both people of a duo.
    assert_eq!(
        twee_sprekers("x\n— bewoner (inwoner) en wijkcoach (uitvoering), citaat 1.2\n").len(),
        1
    );
    let voorbeelden = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (map, vandaag) in [
        (voorbeelden.clone(), "2024-04-08"),
        (voorbeelden.join("drie"), VANDAAG),
    ] {
        let s = Sessie::nieuw();
        fs::create_dir_all(s.map()).unwrap();
        for entry in fs::read_dir(&map).unwrap().flatten() {
            let pad = entry.path();
            if pad.extension().is_some_and(|e| e == "yaml") {
                fs::copy(&pad, s.map().join(pad.file_name().unwrap())).unwrap();
            }
        }
        let documenten = alle_documenten(&s, vandaag);
        assert!(documenten.len() > 2, "{}", map.display());
        for (welk, document) in documenten {
            let fout = twee_sprekers(&document);
            assert!(fout.is_empty(), "{} ({welk}): {fout:?}", map.display());
        }
    }
    // The notes of examples/notities, imported, make cards and a report with one speaker per
    // quote, or the interview.
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let notities = voorbeelden.join("notities/2024-03-12-wijkcoach-beleidsadviseur.md");
    s.ok(&["notities", "zeewijk", notities.to_str().unwrap()]);
    for (welk, document) in alle_documenten(&s, common::VANDAAG) {
        let fout = twee_sprekers(&document);
        assert!(fout.is_empty(), "notities ({welk}): {fout:?}");
    }
}

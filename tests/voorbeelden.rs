//! The documents of the fictional example map `examples/drie` (three trajecten: afgerond,
//! lopend, gestopt), as snapshots. The map is copied into a temporary folder first, so the
//! tests never write into the repository.

use crate::common;

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
    // By hand, an inzicht in the gestopt traject (visieleer itself takes inzichten only from
    // ontwerpen on, and heidebeek stopped in luisteren): it must not count either.
    let heidebeek = s.lees("heidebeek").replacen(
        "\nnotitie:",
        "\nsynthese:\n- nr: 1\n  stap: moderatoren\n  soort: dilemma\n  tekst: Dit inzicht telt niet mee\n  citaten:\n  - '1.1'\nnotitie:",
        1,
    );
    assert!(heidebeek.contains("Dit inzicht telt niet mee"));
    fs::write(s.bestand("heidebeek"), heidebeek).unwrap();
    let md = ok(&s, &["rode-draden"]);
    // The gestopt traject is in the table by name, period and state in words, but none of its
    // findings are; no slug, no tool signal.
    assert!(
        md.contains(
            "| Heidebeek | Van 12 februari 2024 tot 15 maart 2024; gestopt in fase luisteren |"
        ),
        "{md}"
    );
    assert!(!md.contains("bloemendorp") && !md.contains("⚠"), "{md}");
    // Per thema a lead over the trajecten that count, in words; the running traject's
    // findings are provisional.
    assert!(
        md.contains("Dit thema kwam naar voren in beide trajecten die meetellen: Bloemendorp en Kanaalstad; Zeewijk. Het komt in meer dan één traject terug en is daarmee een rode draad."),
        "{md}"
    );
    assert!(
        md.contains(
            "De bevindingen uit Bloemendorp en Kanaalstad zijn voorlopig: dat traject loopt nog."
        ),
        "{md}"
    );
    assert!(
        md.contains("Gestopte en geannuleerde trajecten tellen niet mee, omdat ze de methode niet hebben doorlopen: Heidebeek (gestopt)."),
        "{md}"
    );
    for fout in [
        "in deze map",
        "van de 1 trajecten",
        "Overige thema's",
        "Dit thema leidde",
    ] {
        assert!(!md.contains(fout), "{fout}: {md}");
    }
    assert!(!md.contains("Dit inzicht telt niet mee"), "{md}");
    assert!(!md.contains("gestopt traject."), "{md}");
    assert!(!md.contains("zonder toestemming en mag nergens"), "{md}");
    insta::assert_snapshot!("rode_draden_drie", md);
    let html = ok(&s, &["rode-draden", "--html"]);
    assert!(
        !html.contains("<b>"),
        "html uit een citaat werd doorgegeven"
    );
    insta::assert_snapshot!("rode_draden_drie_html", common::zonder_stijlblad(&html));
}

#[test]
fn rapport_en_kaartjes_van_de_voorbeelden() {
    let s = sessie_met_voorbeelden();
    for slug in ["zeewijk", "bloemendorp", "heidebeek"] {
        insta::assert_snapshot!(format!("rapport_{slug}"), ok(&s, &["rapport", slug]));
        insta::assert_snapshot!(
            format!("rapport_{slug}_html"),
            common::zonder_stijlblad(&ok(&s, &["rapport", slug, "--html"]))
        );
    }
    insta::assert_snapshot!("kaartjes_bloemendorp", ok(&s, &["kaartjes", "bloemendorp"]));
    insta::assert_snapshot!(
        "kaartjes_zeewijk_html",
        common::zonder_stijlblad(&ok(&s, &["kaartjes", "zeewijk", "--html"]))
    );
    insta::assert_snapshot!(
        "kaartjes_bloemendorp_html",
        common::zonder_stijlblad(&ok(&s, &["kaartjes", "bloemendorp", "--html"]))
    );
    // Two gemeenten work together: the verb agrees.
    assert!(
        ok(&s, &["rapport", "bloemendorp"])
            .contains("Bloemendorp en Kanaalstad werken in een Visieleertraject")
    );
    let heidebeek = ok(&s, &["rapport", "heidebeek"]);
    assert!(
        heidebeek.contains("Het traject is op ")
            && heidebeek
                .contains("De reden: De gemeente koos voor een andere aanpak na de verkiezingen."),
        "de reden van het stoppen staat in de samenvatting:\n{heidebeek}"
    );
    let toon = ok(&s, &["toon", "zeewijk"]);
    assert!(
        toon.contains("Let op: afspraak 2 (Wethouder loopt elk kwartaal mee met een wijkcoach) had op 2024-07-01"),
        "{toon}"
    );
}

#[test]
fn het_programmaoverzicht_van_de_voorbeelden() {
    let s = sessie_met_voorbeelden();
    // With zeewaarde too, which has its nazorg planned.
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/zeewaarde.yaml"),
        s.map().join("zeewaarde.yaml"),
    )
    .unwrap();
    let html = ok(&s, &["overzicht", "--html"]);
    assert!(html.contains("size: A4 landscape"), "{html}");
    // Every traject a row with its own timeline on the shared axis; gemeenten by name.
    assert_eq!(html.matches("<td class=\"balk\">").count(), 4, "{html}");
    assert!(html.contains("Bloemendorp en Kanaalstad"), "{html}");
    // Zeewaarde has a planned nazorg: a hollow mark; held meetings are filled.
    assert!(html.contains("(gepland)</title>"), "{html}");
    assert!(
        html.contains("1 afspraak over zijn datum zonder nazorg"),
        "{html}"
    );
    assert!(html.contains("Stand van 15 juli 2024"), "{html}");
    insta::assert_snapshot!("overzicht_drie_html", common::zonder_stijlblad(&html));
    insta::assert_snapshot!(
        "overzicht_drie_markdown",
        ok(&s, &["overzicht", "--markdown"])
    );
    s.doe("overzicht --html -o programma.html");
    assert!(s.pad().join("programma.html").is_file());
    // The name chooses the format (see tests/formaat.rs); the flags do not mix.
    s.doe("overzicht -o tabel.html");
    assert_eq!(
        std::fs::read_to_string(s.pad().join("tabel.html")).unwrap(),
        std::fs::read_to_string(s.pad().join("programma.html")).unwrap()
    );
    let fout = s.weigert_met(2, &["overzicht", "--html", "--json"]);
    assert!(fout.contains("gaan niet samen"), "{fout}");
}

#[test]
fn een_lege_map_heeft_geen_programmaoverzicht() {
    let s = Sessie::nieuw();
    std::fs::create_dir_all(s.map()).unwrap();
    let fout = s.weigert_regel("overzicht --html");
    assert!(fout.contains("nog geen trajecten"), "{fout}");
}

/// The stylesheets of the HTML documents, once each: the document snapshots leave them out
/// (see `common::zonder_stijlblad`), so a change to one shows here and only here.
#[test]
fn stijlbladen() {
    let s = sessie_met_voorbeelden();
    for (naam, args) in [
        ("stijlblad_rapport", &["rapport", "zeewijk", "--html"][..]),
        ("stijlblad_kaartjes", &["kaartjes", "zeewijk", "--html"]),
        ("stijlblad_overzicht", &["overzicht", "--html"]),
        ("stijlblad_rode_draden", &["rode-draden", "--html"]),
    ] {
        insta::assert_snapshot!(naam, common::stijlblad(&ok(&s, args)));
    }
}

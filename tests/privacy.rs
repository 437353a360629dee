//! Privacy (AVG): planted names, numbers, unconsented and withdrawn quotes never reach a document.

use crate::common;

use common::Sessie;

/// Things that may identify someone, planted in quotes of consented interviews.
const GEPLANT: [&str; 6] = [
    "Jansen",
    "j.devries@zeewijk.nl",
    "06-12345678",
    "111222333",
    "1234 AB",
    "Mevrouw Acilitator",
];

const ZONDER_TOESTEMMING: &str = "Dit zei iemand zonder toestemming.";
const INGETROKKEN: &str = "Dit nemen we later terug.";

fn traject_met_geplante_citaten(s: &Sessie) {
    s.traject_in_borgen("zeewijk");
    s.doe("interview zeewijk --duo ondernemer:partner --duo buurtbewoner:inwoner --toestemming nee --moderator 'A. Jansen' --datum 2024-02-08");
    s.ok(&["citaat", "zeewijk", "3", ZONDER_TOESTEMMING]);
    s.doe("interview zeewijk --duo huisarts:partner --duo mantelzorger:inwoner --toestemming ja --datum 2024-02-09");
    s.ok(&["citaat", "zeewijk", "4", INGETROKKEN]);
    s.doe("citaat zeewijk 4 'Zie punt 3: Zeewijk doet het goed.'");
    s.doe("citaat zeewijk 1 'Vraag het Jansen maar, of mail j.devries@zeewijk.nl.'");
    s.doe("citaat zeewijk 1 'Bel me op 06-12345678, mijn BSN is 111222333.'");
    s.doe("citaat zeewijk 2 'Ik woon op Dorpsstraat 12, 1234 AB.'");
    s.doe("citaat zeewijk 2 'Mevrouw Acilitator legde het goed uit.'");
}

#[test]
fn check_waarschuwt_per_citaat() {
    let s = Sessie::nieuw();
    traject_met_geplante_citaten(&s);
    let uit = s.ok(&["check"]);
    for verwacht in [
        "citaat 1.2 bevat mogelijk de naam 'Jansen' (moderator), een e-mailadres",
        "citaat 1.3 bevat mogelijk een telefoonnummer, een mogelijk BSN",
        "citaat 2.2 bevat mogelijk een postcode met huisnummer",
        "citaat 2.3 bevat mogelijk de naam 'Acilitator' (facilitator)",
    ] {
        assert!(uit.contains(verwacht), "{verwacht}\n{uit}");
    }
    assert!(!uit.contains("citaat 4.2 bevat"), "{uit}");
    // The warning never repeats the number or address itself.
    for geheim in ["06-12345678", "111222333", "j.devries", "1234 AB"] {
        assert!(!uit.contains(geheim), "{uit}");
    }
    insta::assert_snapshot!(uit);
}

#[test]
fn geen_document_bevat_geplante_of_ingetrokken_woorden() {
    let s = Sessie::nieuw();
    traject_met_geplante_citaten(&s);
    let uit = s.doe("intrekken zeewijk 4");
    assert!(uit.contains("de tekst van 2 citaten is gewist"), "{uit}");
    // The words are gone from the map itself, not only hidden.
    let bestand = s.lees("zeewijk");
    assert!(!bestand.contains(INGETROKKEN), "{bestand}");
    assert!(!bestand.contains("Zeewijk doet het goed"), "{bestand}");
    assert!(bestand.contains("ingetrokken: 2024-04-15"), "{bestand}");
    s.ok(&["check"]);
    // Ids and references stay: a synthesis may still point at 4.1.
    s.doe("synthese zeewijk --stap reflectie Iets --citaat 4.1");
    let fout = s.weigert_regel("citaat zeewijk 4 'Toch nog iets.'");
    assert!(fout.contains("toestemming ingetrokken"), "{fout}");

    let rapport = s.doe("rapport zeewijk");
    s.doe("rapport zeewijk -o rapport.md");
    let bestand = std::fs::read_to_string(s.pad().join("rapport.md")).unwrap();
    for document in [&rapport, &bestand] {
        for woord in
            GEPLANT
                .iter()
                .chain(&[ZONDER_TOESTEMMING, INGETROKKEN, "Zeewijk doet het goed"])
        {
            assert!(
                !document.contains(woord),
                "'{woord}' staat in het rapport:\n{document}"
            );
        }
        assert!(document.contains("\\[weggelaten\\]"), "{document}");
        // Quote 1.2 is printed, masked, by its speakers.
        assert!(
            document.contains("> Vraag het \\[weggelaten\\] maar, of mail \\[weggelaten\\].\n\n— uit het duo-interview met een wijkcoach en een beleidsadviseur\n"),
            "{document}"
        );
        // No quote of those interviews is printed: no attribution names their speakers.
        for rol in ["ondernemer", "buurtbewoner", "huisarts", "mantelzorger"] {
            assert!(
                !document.contains(&format!("— uit het duo-interview met een {rol}")),
                "{document}"
            );
            assert!(!document.contains(&format!("— {rol}")), "{document}");
        }
    }
    // Every other way a quote can leave the map: HTML, cards, rode draden, the CSV export.
    let csv = s.run(&["citaten", "zeewijk", "--csv"]);
    assert_eq!(csv.code, 0, "{csv:?}");
    let anderen = [
        ("rapport --html", s.doe("rapport zeewijk --html")),
        ("kaartjes", s.doe("kaartjes zeewijk")),
        ("kaartjes --html", s.doe("kaartjes zeewijk --html")),
        ("rode-draden", s.ok(&["rode-draden"])),
        ("rode-draden --html", s.doe("rode-draden --html")),
        ("citaten --csv", csv.stdout),
        ("toon --json", s.doe("toon zeewijk --json")),
    ];
    for (naam, document) in &anderen {
        for woord in
            GEPLANT
                .iter()
                .chain(&[ZONDER_TOESTEMMING, INGETROKKEN, "Zeewijk doet het goed"])
        {
            // The JSON is the whole traject: it names its moderator (staff, not an interviewee)
            // in the interview's own field, but never inside a quote.
            let gezien = if *naam == "toon --json" && *woord == "Jansen" {
                document.replace("\"moderator\": \"A. Jansen\"", "")
            } else {
                document.clone()
            };
            assert!(
                !gezien.contains(woord),
                "'{woord}' staat in {naam}:\n{document}"
            );
        }
        // Rode draden quote only what insights cite most; the others show every quote.
        if !naam.starts_with("rode-draden") {
            assert!(
                document.contains("weggelaten"),
                "{naam} maskeert niet:\n{document}"
            );
        }
    }
    let toon = s.doe("toon zeewijk");
    assert!(toon.contains("3 citaten achtergehouden"), "{toon}");
}

#[test]
fn intrekken_is_herhaalbaar_en_weigert_onzin() {
    let s = Sessie::nieuw();
    traject_met_geplante_citaten(&s);
    s.doe("intrekken zeewijk 3");
    let voor = s.lees("zeewijk");
    let uit = s.doe("intrekken zeewijk 3");
    assert!(uit.contains("de tekst van 0 citaten is gewist"), "{uit}");
    assert_eq!(voor, s.lees("zeewijk"));
    s.weigert_regel("intrekken zeewijk 9");
    s.weigert_regel("intrekken zeewijk nul");
    s.weigert_regel("intrekken nergens 1");
}

#[test]
fn een_ingetrokken_citaat_krijgt_geen_nieuwe_tekst() {
    let s = Sessie::nieuw();
    traject_met_geplante_citaten(&s);
    s.doe("intrekken zeewijk 4");
    let fout = s.weigert_regel("citaat-wijzig zeewijk 4.1 --tekst 'Toch weer iets'");
    assert!(fout.contains("is ingetrokken"), "{fout}");
}

#[test]
fn een_rol_maakt_niemand_herkenbaar() {
    let s = Sessie::nieuw();
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V --datum 2024-01-08");
    s.naar_luisteren("zeewijk");
    s.doe("expert zeewijk 'Karim Bouzid'");
    for rol in [
        "jan@voorbeeld.nl:inwoner",
        "Karim Bouzid:beleid",
        "bewoner 0612345678:inwoner",
    ] {
        let fout = s.weigert(&[
            "interview",
            "zeewijk",
            "--duo",
            rol,
            "--duo",
            "wijkcoach:uitvoering",
            "--toestemming",
            "ja",
        ]);
        assert!(
            fout.contains("noem alleen een functie of rol"),
            "{rol}: {fout}"
        );
    }
    s.schrijf(
        "n.md",
        "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: mevrouw Bouzid\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n> Iets.\n",
    );
    let fout = s.weigert_regel("notities zeewijk n.md");
    assert!(fout.contains("noem alleen een functie of rol"), "{fout}");
    // A role typed into the file by hand is an error for check.
    s.doe("interview zeewijk --duo bewoner:inwoner --duo wijkcoach:uitvoering --toestemming ja");
    std::fs::write(
        s.bestand("zeewijk"),
        s.lees("zeewijk")
            .replace("rol: bewoner", "rol: bewoner j@x.nl"),
    )
    .unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{u:?}");
    assert!(
        u.stdout
            .contains("duo-interview 1: de rol 'bewoner j@x.nl' bevat mogelijk een e-mailadres"),
        "{u:?}"
    );
}

#[test]
fn check_kent_de_namen_van_de_hele_map() {
    let s = Sessie::nieuw();
    s.doe("nieuw ander --gemeente A --vraagstuk V");
    s.doe("expert ander 'Anneke Bakker'");
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V --datum 2024-01-08");
    s.naar_luisteren("zeewijk");
    s.doe("interview zeewijk --duo bewoner:inwoner --duo wijkcoach:uitvoering --toestemming ja");
    s.doe("citaat zeewijk 1 'Mevrouw Bakker van het wijkteam hielp me meteen.'");
    s.doe("citaat zeewijk 1 'De bakker op de hoek weet alles.'");
    s.doe("citaat zeewijk 1 'Ik sprak anneke bakker, zonder hoofdletters getypt.'");
    let u = s.run(&["check"]);
    assert!(
        u.stdout.contains(
            "citaat 1.3 bevat mogelijk de naam 'Anneke Bakker' (expert elders in de map)"
        ),
        "een volledige naam telt ook in kleine letters, zoals bij de eigen namen: {u:?}"
    );
    assert!(
        u.stdout.contains(
            "zeewijk.yaml: citaat 1.1 bevat mogelijk de naam 'Bakker' (expert elders in de map)"
        ),
        "{u:?}"
    );
    assert!(
        !u.stdout.contains("citaat 1.2 bevat"),
        "een bakker is geen naam: {u:?}"
    );
}

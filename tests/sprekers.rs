//! One speaker per quote: the notes name the speaker in the ways moderators write, `--proef`
//! and `check` point at quotes without one, and no document attributes a quote to both people
//! of a duo.

use crate::common;

use std::fs;
use std::path::Path;

use common::Sessie;

fn notities_van(s: &Sessie, naam: &str, inhoud: &str) -> String {
    let pad = format!("notities/{naam}");
    s.schrijf(&pad, inhoud);
    pad
}

/// Notes as moderators write them when nobody told them the format.
const ZOALS_GESCHREVEN: &str = "---
datum: 2024-03-14
toestemming: ja
duo:
  - rol: wethouder
    perspectief: bestuur
  - rol: consulent Wmo
    perspectief: uitvoering
---
# Stadhuis, kamer 2

> **Wethouder:** „We hebben het geld wel, maar niet de mensen.”

> Consulent Wmo: \"Ik bel drie keer en krijg drie antwoorden.\" #transparantie-en-eenvoud

> Toen zei <naam> dat ik moest bellen. #inwoner-centraal – consulent wmo

> Wachtlijsten zijn geen natuurwet.
> #rust-en-regie
> - wethouder

> Het loket – en dat is het probleem – sluit om vier uur. #inwoner-centraal
";

#[test]
fn proef_toont_spreker_en_tags_en_telt_citaten_zonder_spreker() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "stadhuis.md", ZOALS_GESCHREVEN);
    let uit = s.ok(&["notities", "zeewijk", &pad, "--proef"]);
    insta::assert_snapshot!(uit, @r"
    Proef: er wordt niets gewijzigd.
    notities/stadhuis.md → duo-interview 1 wordt vastgelegd: 5 citaten (1.1, 1.2, 1.3, 1.4, 1.5).
      1.1  wethouder  We hebben het geld wel, maar niet de mensen.
      1.2  consulent Wmo  #transparantie-en-eenvoud  Ik bel drie keer en krijg drie antwoorden.
      1.3  consulent Wmo  #inwoner-centraal  Toen zei <naam> dat ik moest bellen.
      1.4  wethouder  #rust-en-regie  Wachtlijsten zijn geen natuurwet.
      1.5  (geen spreker)  #inwoner-centraal  Het loket – en dat is het probleem – sluit om vier uur.
    5 citaten, waarvan 1 zonder spreker. Een citaat zonder spreker staat in documenten als 'uit het duo-interview met …'; noem de rol met '— rol' onder het citaat of met '**Rol:**' ervoor.
    ");
    // Without quotes lacking a speaker, the summary only counts.
    let alle_met_spreker = ZOALS_GESCHREVEN.replace(
        "sluit om vier uur. #inwoner-centraal",
        "sluit om vier uur. #inwoner-centraal — wethouder",
    );
    s.schrijf(&pad, &alle_met_spreker);
    let uit = s.ok(&["notities", "zeewijk", &pad, "--proef"]);
    assert!(
        uit.ends_with("\n5 citaten, waarvan 0 zonder spreker.\n"),
        "{uit}"
    );
}

#[test]
fn check_waarschuwt_voor_elk_citaat_zonder_spreker() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "stadhuis.md", ZOALS_GESCHREVEN);
    s.ok(&["notities", "zeewijk", &pad]);
    s.doe("interview zeewijk --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-03-15");
    let zonder = s.run(&[
        "citaat",
        "zeewijk",
        "2",
        "Niemand weet wie dit zei.",
        "--stil",
    ]);
    assert_eq!(zonder.code, 0, "{zonder:?}");
    assert_eq!(
        zonder.stdout, "2.1\n",
        "met --stil blijft de uitvoer alleen het id"
    );
    assert_eq!(
        zonder.stderr,
        "Let op: citaat 2.1 noemt geen spreker; documenten schrijven het toe aan het duo-interview. Noem de rol met 'visieleer citaat-wijzig zeewijk 2.1 --van <rol>'.\n"
    );
    let met = s.run(&[
        "citaat",
        "zeewijk",
        "2",
        "Dit zei de bewoner.",
        "--van",
        "bewoner",
    ]);
    assert_eq!((met.code, met.stderr.as_str()), (0, ""), "{met:?}");
    let uit = s.ok(&["check"]);
    let zonder: Vec<&str> = uit.lines().filter(|r| r.contains("geen spreker")).collect();
    assert_eq!(
        zonder,
        [
            "waarschuwing: trajecten/zeewijk.yaml: citaat 1.5 noemt geen spreker; documenten schrijven het toe aan het duo-interview, niet aan een van beiden. Noem de rol met 'visieleer citaat-wijzig zeewijk 1.5 --van <rol>' ('wethouder' en 'consulent Wmo')",
            "waarschuwing: trajecten/zeewijk.yaml: citaat 2.1 noemt geen spreker; documenten schrijven het toe aan het duo-interview, niet aan een van beiden. Noem de rol met 'visieleer citaat-wijzig zeewijk 2.1 --van <rol>' ('wijkcoach' en 'bewoner')",
        ],
        "{uit}"
    );
    // The third: the traject runs past the ten weeks of the method.
    assert!(
        uit.contains("langer dan de streeftijd van 10 weken"),
        "{uit}"
    );
    assert!(uit.ends_with("0 fouten, 3 waarschuwingen.\n"), "{uit}");
    s.doe("citaat-wijzig zeewijk 2.1 --van wijkcoach");
    let uit = s.ok(&["check"]);
    assert!(!uit.contains("2.1 noemt geen spreker"), "{uit}");
    assert!(uit.contains("1.5 noemt geen spreker"), "{uit}");
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
        (voorbeelden.join("drie"), "2024-07-15"),
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

#[test]
fn een_citaat_zonder_spreker_staat_op_naam_van_het_interview() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    s.doe("interview zeewijk --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    s.doe("citaat zeewijk 1 'Het loket sluit om vier uur.' --tag inwoner-centraal");
    let interview = "uit het duo-interview met een wijkcoach en een bewoner";
    let rapport = s.doe("rapport zeewijk");
    assert!(
        rapport.contains(&format!(
            "> Het loket sluit om vier uur.\n\n— {interview}\n"
        )),
        "{rapport}"
    );
    let kaartjes = s.doe("kaartjes zeewijk");
    assert!(
        kaartjes.contains(&format!("— {interview}  \nInwoner centraal")),
        "{kaartjes}"
    );
    for document in [
        rapport,
        kaartjes,
        s.doe("rapport zeewijk --html"),
        s.doe("kaartjes zeewijk --html"),
    ] {
        assert!(twee_sprekers(&document).is_empty(), "{document}");
        assert!(!document.contains("— wijkcoach (uitvoering)"), "{document}");
    }
    let tabel = s.doe("citaten zeewijk");
    assert!(tabel.contains("(geen spreker)"), "{tabel}");
    let csv = s.doe("citaten zeewijk --csv");
    assert!(
        csv.contains("zeewijk,1,1.1,2024-02-01,Zeewijk,wijkcoach,uitvoering,bewoner,inwoner,,,ja,"),
        "{csv}"
    );
}

//! The codebook, quote management (`citaten`, `kerncitaat`, `citaat-wijzig`,
//! `citaat-verwijder`, `tag`) and the luisteren view of `toon`.

use crate::common;

use common::Sessie;

const DUO_1: &str = "---
datum: 2024-02-01
moderator: A. Jansen
toestemming: ja
duo:
  - rol: wijkcoach
    perspectief: uitvoering
  - rol: beleidsadviseur Wmo
    perspectief: beleid
---
> Iedereen heeft het over maatwerk, maar de regels zijn nog van vorig jaar.
> — wijkcoach #rust-en-regie #handelingsruimte

> We schrijven ‘integraal’ in elke nota.
>
> Maar elk team heeft z’n eigen formulier.
> — beleidsadviseur Wmo #inwoner-centraal #transparantie-en-eenvoud

> De regio koopt in, wij leggen het uit aan de keukentafel. #lokaal-regionaal
";

const DUO_2: &str = "---
datum: 2024-02-05
toestemming: ja
duo:
  - rol: bewoner
    perspectief: inwoner
  - rol: wethouder
    perspectief: bestuur
---
> Als inwoner weet je gewoon niet bij welk loket je moet zijn, zeker als je hulp=nodig hebt.
> — bewoner #inwoner-centraal #sociale-basis

> Ik wil dat we één voordeur hebben.
> — wethouder #wethouder
";

const DUO_3: &str = "---
datum: 2024-02-08
toestemming: nee
duo:
  - rol: mantelzorger
    perspectief: inwoner
  - rol: wijkcoach
    perspectief: uitvoering
---
> Dit mag nooit de map uit.
> — mantelzorger #inwoner-centraal
";

/// A traject in luisteren with three interviews imported from notes (the third without consent).
fn met_citaten() -> Sessie {
    let s = Sessie::nieuw();
    let slug = "zeewijk";
    s.traject_in_luisteren(slug);
    s.schrijf("notities/duo-1.md", DUO_1);
    s.schrijf("notities/duo-2.md", DUO_2);
    s.schrijf("notities/duo-3.md", DUO_3);
    s.ok(&[
        "notities",
        slug,
        "notities/duo-1.md",
        "notities/duo-2.md",
        "notities/duo-3.md",
    ]);
    s
}

/// Runs a command that must succeed, with a fixed terminal width.
fn breed(s: &Sessie, args: &[&str]) -> String {
    let out = s.command(args).env("COLUMNS", "100").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn codeboek_met_tellingen() {
    let s = met_citaten();
    insta::assert_snapshot!("codeboek", s.ok(&["codeboek"]));
    insta::assert_snapshot!("codeboek_markdown", s.doe("codeboek --markdown"));
}

#[test]
fn codeboek_zonder_map_toont_het_ingebouwde() {
    let s = Sessie::nieuw();
    let uit = s.ok(&["codeboek"]);
    assert!(uit.starts_with("Codeboek (ingebouwd)\n"), "{uit}");
    assert!(
        uit.contains("  rust-en-regie                0  Rust en regie"),
        "{uit}"
    );
    assert_eq!(
        uit.lines().filter(|r| r.starts_with("  ")).count(),
        14,
        "{uit}"
    );
}

#[test]
fn codeboek_yaml_breidt_uit_of_vervangt() {
    let s = met_citaten();
    s.schrijf(
        "trajecten/codeboek.yaml",
        "# Eigen tags van Zeewijk\ntags:\n  - tag: Wachtlijst\n    groep: thema\n    omschrijving: Wachtlijsten en doorlooptijden\n  - tag: vertrouwen\n    groep: relatie\n    omschrijving: Vertrouwen tussen inwoner en gemeente\n",
    );
    let uit = s.ok(&["codeboek"]);
    assert!(
        uit.starts_with("Codeboek (ingebouwd en trajecten/codeboek.yaml)\n"),
        "{uit}"
    );
    assert!(
        uit.contains(
            "  wachtlijst                   0  Wachtlijsten en doorlooptijden\n\nuitgangspunt"
        ),
        "{uit}"
    );
    assert!(
        uit.ends_with(
            "relatie\n  vertrouwen                   0  Vertrouwen tussen inwoner en gemeente\n"
        ),
        "{uit}"
    );
    // `citaat --tag` and `tag` know the map's tags, with suggestions from them.
    s.doe("interview zeewijk --duo huisarts:partner --duo wijkcoach:uitvoering --toestemming ja");
    s.doe("citaat zeewijk 4 'Het duurt maanden.' --tag wachtlijst");
    let fout = s.weigert_regel("tag zeewijk 1.1 --tag wachtlijts");
    assert_eq!(
        fout,
        "fout: --tag: onbekende tag 'wachtlijts'; bedoelde je 'wachtlijst'? 'visieleer codeboek' toont alle tags.\n"
    );
    s.doe("tag zeewijk 1.1 --tag Vertrouwen");
    let csv = s.doe("citaten zeewijk --interview 1 --csv");
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains(",tags_thema,tags_uitgangspunt,tags_niveau,tags_relatie,tags_overig,tekst"),
        "{csv}"
    );
    assert!(
        csv.contains(",rust-en-regie,handelingsruimte,,vertrouwen,,\"Iedereen"),
        "{csv}"
    );
    let csv = s.doe("citaten zeewijk --interview 4 --csv");
    assert!(csv.contains(",wachtlijst,,,,,Het duurt maanden."), "{csv}");

    // Replacing: only the file's tags count; quotes with other tags get a warning from check.
    s.schrijf(
        "trajecten/codeboek.yaml",
        "modus: vervangen\ntags:\n  - tag: wachtlijst\n    groep: thema\n    omschrijving: Wachtlijsten\n",
    );
    let uit = s.ok(&["codeboek"]);
    assert!(
        uit.starts_with(
            "Codeboek (trajecten/codeboek.yaml, in plaats van het ingebouwde)\n\nthema\n  wachtlijst     1  Wachtlijsten\n"
        ),
        "{uit}"
    );
    assert!(uit.contains("Tags in citaten die niet in het codeboek staan: handelingsruimte (1), inwoner-centraal (3),"), "{uit}");
    assert!(!uit.contains("uitgangspunt"), "{uit}");
    let check = s.ok(&["check"]);
    assert!(check.contains("waarschuwing: trajecten/zeewijk.yaml: citaat 1.1 heeft de tag 'rust-en-regie', die niet in het codeboek staat;"), "{check}");
    let fout = s.weigert_regel("citaat zeewijk 4 'Nog iets.' --tag rust-en-regie");
    assert!(fout.contains("onbekende tag 'rust-en-regie'"), "{fout}");
}

#[test]
fn check_meldt_fouten_in_codeboek_yaml_met_regel() {
    let s = met_citaten();
    s.schrijf(
        "trajecten/codeboek.yaml",
        "tags:\n  - tag: rust-en-regie\n    groep: thema\n    omschrijving: Dubbel\n  - tag: twee woorden\n    groep: thema\n    omschrijving: Fout\n  - tag: goed\n    groep: thema\n    omschrijving: Goed\n  - tag: goed\n    groep: thema\n    omschrijving: Nog eens\n",
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    insta::assert_snapshot!(u.stdout, @r"
    fout: trajecten/codeboek.yaml: regel 2: de tag 'rust-en-regie' staat al in het ingebouwde codeboek; laat er één over.
    fout: trajecten/codeboek.yaml: regel 5: 'twee woorden' is geen geldige tag; gebruik letters, cijfers en streepjes, zoals 'rust-en-regie'.
    fout: trajecten/codeboek.yaml: regel 11: de tag 'goed' staat al twee keer in dit bestand; laat er één over.
    waarschuwing: trajecten/zeewijk.yaml: citaat 1.3 noemt geen spreker; documenten schrijven het toe aan het duo-interview, niet aan een van beiden. Noem de rol met 'visieleer citaat-wijzig zeewijk 1.3 --van <rol>' ('wijkcoach' en 'beleidsadviseur Wmo')
    waarschuwing: trajecten/zeewijk.yaml: het traject loopt 13 weken sinds de aanmelding, langer dan de streeftijd van 10 weken; kijk wat de volgende stap ophoudt met 'visieleer toon zeewijk'
    1 traject gecontroleerd: 3 fouten, 2 waarschuwingen.
    ");
    // Commands that need the codebook refuse, and point to check.
    let fout = s.weigert_regel("citaten zeewijk");
    assert_eq!(
        fout,
        "fout: trajecten/codeboek.yaml: regel 2: de tag 'rust-en-regie' staat al in het ingebouwde codeboek; laat er één over. (en nog 2 problemen; 'visieleer check' toont ze allemaal)\n"
    );
    // `toon` still shows the traject, says what is wrong, and counts themes with the built-in.
    let u = s.run(&["toon", "zeewijk"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(
        u.stderr
            .starts_with("Let op: trajecten/codeboek.yaml: regel 2:"),
        "{}",
        u.stderr
    );
    assert!(
        u.stdout.contains("Citaten per thema: inwoner-centraal 3,"),
        "{}",
        u.stdout
    );
    s.schrijf("trajecten/codeboek.yaml", "modus: soms\n");
    let u = s.run(&["check"]);
    assert!(u.stdout.contains("fout: trajecten/codeboek.yaml: regel 1, kolom 8: onbekende waarde in 'modus'; controleer de spelling."), "{}", u.stdout);
    s.schrijf(
        "trajecten/codeboek.yaml",
        "tags:\n  - tag: x\n    groep: thema\n",
    );
    let u = s.run(&["check"]);
    assert!(
        u.stdout.contains("het veld 'omschrijving' ontbreekt"),
        "{}",
        u.stdout
    );
}

#[test]
fn citaten_als_tabel_en_gefilterd() {
    let s = met_citaten();
    s.doe("kerncitaat zeewijk 2.1");
    insta::assert_snapshot!("citaten_tabel", breed(&s, &["citaten", "zeewijk"]));
    insta::assert_snapshot!(
        "citaten_tag",
        breed(&s, &["citaten", "zeewijk", "--tag", "#Inwoner-Centraal"])
    );
    let beleid = breed(&s, &["citaten", "zeewijk", "--perspectief", "beleid"]);
    assert!(
        beleid.contains("│ 1.2 ") && beleid.ends_with("1 citaat.\n"),
        "{beleid}"
    );
    let twee = breed(
        &s,
        &[
            "citaten",
            "zeewijk",
            "--interview",
            "2",
            "--perspectief",
            "Bestuur",
        ],
    );
    assert!(
        twee.contains("│ 2.2 ") && twee.ends_with("1 citaat.\n"),
        "{twee}"
    );
    assert_eq!(
        s.doe("citaten zeewijk --tag deskundigheid"),
        "Geen citaten gevonden.\n"
    );
    let fout = s.weigert_regel("citaten zeewijk --tag rust-regie");
    assert!(
        fout.contains("onbekende tag 'rust-regie'; bedoelde je 'rust-en-regie'?"),
        "{fout}"
    );
    let fout = s.weigert_regel("citaten zeewijk --perspectief burger");
    assert!(fout.contains("onbekend perspectief 'burger'"), "{fout}");
    let fout = s.weigert_regel("citaten zeewijk --interview 9");
    assert!(fout.contains("heeft geen duo-interview 9"), "{fout}");
}

#[test]
fn csv_export_laat_citaten_zonder_toestemming_weg() {
    let s = met_citaten();
    let u = s.run(&["citaten", "zeewijk", "--csv"]);
    assert_eq!(u.code, 0);
    assert_eq!(
        u.stderr,
        "1 citaat uit interviews zonder toestemming is niet geëxporteerd.\n"
    );
    assert!(!u.stdout.contains("Dit mag nooit"));
    insta::assert_snapshot!("citaten_csv", u.stdout);
    let u = s.run(&["citaten", "zeewijk", "--csv", "--interview", "1"]);
    assert_eq!(u.stderr, "", "geen melding als er niets is achtergehouden");
}

#[test]
fn kerncitaten_in_de_hoofdtekst_en_de_rest_in_de_bijlage() {
    let s = met_citaten();
    let rapport = s.doe("rapport zeewijk");
    assert!(
        !rapport.contains("Overige citaten"),
        "zonder markering telt alles als kerncitaat"
    );
    s.doe("kerncitaat zeewijk 2.1 1.1");
    let rapport = s.doe("rapport zeewijk");
    let (hoofdtekst, bijlage) = rapport
        .split_once("## Bijlage A Overige citaten")
        .expect(&rapport);
    // The reading text names the two kerncitaten by speaker only; the annex has the rest, with
    // their ids.
    assert_eq!(
        hoofdtekst.lines().filter(|r| r.starts_with("— ")).count(),
        2,
        "{hoofdtekst}"
    );
    assert!(!hoofdtekst.contains("citaat 1.1") && !hoofdtekst.contains("citaat 2.1"));
    assert!(!bijlage.contains("citaat 1.1\n") && !bijlage.contains("citaat 2.1\n"));
    assert!(!hoofdtekst.contains("citaat 1.2\n"), "{hoofdtekst}");
    assert!(
        bijlage.contains("citaat 1.2\n")
            && bijlage.contains("citaat 1.3\n")
            && bijlage.contains("citaat 2.2\n"),
        "{bijlage}"
    );
    assert!(!rapport.contains("Dit mag nooit"), "{rapport}");
    s.doe("kerncitaat zeewijk 2.1 1.1 --uit");
    assert!(!s.doe("rapport zeewijk").contains("Bijlage"));
    let fout = s.weigert_regel("kerncitaat zeewijk 1.1 7.1");
    assert!(fout.contains("heeft geen citaat 7.1"), "{fout}");
}

#[test]
fn citaat_wijzigen() {
    let s = met_citaten();
    let u = s.run(&[
        "citaat-wijzig",
        "zeewijk",
        "2.2",
        "--tekst",
        "Eén voordeur, daar gaat het om.",
        "--van",
        "WETHOUDER",
        "--tag",
        "rust-en-regie",
        "--tag",
        "wethouder",
    ]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert_eq!(u.stdout, "Citaat 2.2 gewijzigd.\n");
    assert!(
        u.stderr.contains(
            "komt uit de notities 'duo-2.md'; een nieuwe import houdt de aangepaste tekst"
        ),
        "{}",
        u.stderr
    );
    let csv = s.doe("citaten zeewijk --csv --interview 2");
    assert!(csv.contains("2.2,2024-02-05,Zeewijk,bewoner,inwoner,wethouder,bestuur,wethouder,bestuur,ja,rust-en-regie,,wethouder,,\"Eén voordeur, daar gaat het om.\""), "{csv}");
    s.doe("citaat-wijzig zeewijk 2.2 --geen-van --geen-tags");
    let csv = s.doe("citaten zeewijk --csv --interview 2");
    assert!(
        csv.contains(
            "2.2,2024-02-05,Zeewijk,bewoner,inwoner,wethouder,bestuur,,,ja,,,,,\"Eén voordeur"
        ),
        "{csv}"
    );
    let fout = s.weigert_regel("citaat-wijzig zeewijk 2.2 --van wijkcoach");
    assert!(
        fout.contains("'wijkcoach' zat niet in duo-interview 2; kies 'bewoner' en 'wethouder'."),
        "{fout}"
    );
    let fout = s.weigert_regel("citaat-wijzig zeewijk 2.2");
    assert!(fout.contains("Zeg wat er verandert"), "{fout}");
    let fout = s.weigert_regel("citaat-wijzig zeewijk 2.2 --tekst '  '");
    assert!(fout.contains("Het citaat is leeg"), "{fout}");
    let fout = s.weigert_regel("citaat-wijzig zeewijk 2 --tekst x");
    assert!(fout.contains("'2' is geen citaat-id"), "{fout}");
    s.weigert_met(
        2,
        &[
            "citaat-wijzig",
            "zeewijk",
            "2.2",
            "--van",
            "bewoner",
            "--geen-van",
        ],
    );
}

#[test]
fn citaat_verwijderen_tenzij_een_inzicht_ernaar_verwijst() {
    let s = met_citaten();
    // Inzichten belong to ontwerpen: the gate of luisteren is open with these interviews.
    s.doe("volgende zeewijk");
    s.doe("synthese zeewijk --stap moderatoren 'Regels knellen bij maatwerk' --citaat 1.1");
    let fout = s.weigert_regel("citaat-verwijder zeewijk 1.3 1.1");
    assert_eq!(
        fout,
        "fout: Citaat 1.1 wordt niet verwijderd: inzicht 1 ('Regels knellen bij maatwerk') verwijst ernaar. Geef --met-afhankelijke om die verwijzing ook weg te halen.\n"
    );
    assert_eq!(
        s.doe("citaat-verwijder zeewijk 1.3"),
        "Citaat verwijderd: 1.3.\n"
    );
    assert!(!s.lees("zeewijk").contains("De regio koopt in"));
    let fout = s.weigert_regel("citaat-verwijder zeewijk 1.3");
    assert!(fout.contains("heeft geen citaat 1.3"), "{fout}");
    // Quotes of notes belong in the notes: `citaat` refuses, a re-import brings a removed quote
    // back with a new id, because ids are never given out twice.
    let fout = s.weigert_regel("citaat zeewijk 1 'Nieuw citaat.'");
    assert!(
        fout.contains(
            "Duo-interview 1 komt uit de notities 'duo-1.md'; zet het citaat in dat bestand"
        ),
        "{fout}"
    );
    let uit = s.doe("notities zeewijk notities/duo-1.md");
    assert_eq!(
        uit,
        "notities/duo-1.md → duo-interview 1 bijgewerkt: 1 nieuw (1.4), 2 behouden.\n"
    );
}

#[test]
fn tags_toevoegen_aan_meer_citaten_tegelijk() {
    let s = met_citaten();
    assert_eq!(
        s.doe("tag zeewijk 1.1 1.3 2.1 --tag deskundigheid --tag '#Rust-en-Regie'"),
        "3 van 3 citaten getagd met #deskundigheid #rust-en-regie.\n"
    );
    let uit = breed(&s, &["citaten", "zeewijk", "--tag", "deskundigheid"]);
    assert!(uit.ends_with("3 citaten.\n"), "{uit}");
    let voor = s.lees("zeewijk");
    assert_eq!(
        s.doe("tag zeewijk 1.1 --tag deskundigheid"),
        "0 van 1 citaat getagd met #deskundigheid.\n"
    );
    assert_eq!(
        voor,
        s.lees("zeewijk"),
        "een tag die er al is verandert niets"
    );
    let fout = s.weigert_regel("tag zeewijk 1.1 9.9 --tag wethouder");
    assert!(fout.contains("heeft geen citaat 9.9"), "{fout}");
    s.weigert_met(2, &["tag", "zeewijk", "1.1"]);
}

#[test]
fn toon_in_luisteren() {
    let s = met_citaten();
    s.doe("interview zeewijk --duo buurtwerker:uitvoering --duo wijkcoach:uitvoering --toestemming ja --datum 2024-02-12");
    s.doe("citaat zeewijk 4 'Zonder spreker en zonder thema.'");
    insta::assert_snapshot!("toon_luisteren", s.doe("toon zeewijk"));
}

#[test]
fn toon_in_luisteren_zonder_interviews() {
    let s = Sessie::nieuw();
    let slug = "leeg";
    s.ok(&[
        "nieuw",
        slug,
        "--gemeente",
        "Leeg",
        "--vraagstuk",
        "Hoe?",
        "--datum",
        "2024-01-08",
    ]);
    s.ok(&["aanmelding", slug, "--datum", "2024-01-15"]);
    s.ok(&["volgende", slug, "--datum", "2024-01-15"]);
    s.ok(&["sessie", slug, "kickoff", "--datum", "2024-01-22"]);
    s.ok(&["kernvraag", slug, "Hoe?"]);
    s.ok(&["expert", slug, "E. Xpert"]);
    let uit = s.ok(&["toon", slug]);
    assert!(
        !uit.contains("Luisteren\n"),
        "alleen in de fase luisteren:\n{uit}"
    );
    s.ok(&["volgende", slug, "--datum", "2024-01-29"]);
    let uit = s.ok(&["toon", slug]);
    assert!(
        uit.contains("Nog niet gehoord: inwoner, uitvoering, beleid, bestuur, partner.\n"),
        "{uit}"
    );
    assert!(
        uit.contains(
            "Citaten per thema: inwoner-centraal 0, rust-en-regie 0, lokaal-regionaal 0\n"
        ),
        "{uit}"
    );
}

//! Planned and prepared duo-interviews, as a facilitator works with them: plan an interview
//! from starten on (roles only, a date that may be only a month), follow the invitation, hold
//! it (by command or by importing the notes template filled in), and print the interview
//! guide. A plan counts for no gate and changes no document; a plan past its date is a signal.

use std::fs;

use crate::common::Sessie;

/// A traject in fase starten (aanmelding and starten on 15 January 2024).
fn in_starten(s: &Sessie) {
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    s.doe("volgende t --datum 2024-01-15");
}

#[test]
fn plannen_kan_vanaf_starten_met_alleen_rollen_en_een_maand() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    let fout = s.weigert_regel(
        "interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering",
    );
    assert!(
        fout.contains(
            "Duo-interviews plannen kan vanaf fase starten; traject 't' is in fase werving"
        ),
        "{fout}"
    );
    s.doe("aanmelding t --datum 2024-01-15");
    s.doe("volgende t --datum 2024-01-15");
    let uit = s.doe(
        "interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 'september 2024' --moderator 'A. Jansen'",
    );
    assert!(
        uit.contains("Duo-interview 1 gepland (mantelzorger, wijkcoach) voor september 2024."),
        "{uit}"
    );
    assert!(uit.contains("visieleer notities t --sjabloon 1"), "{uit}");
    let bestand = s.lees("t");
    assert!(
        bestand.contains(
            "geplande_interviews:\n- nr: 1\n  datum: 2024-09\n  moderator: A. Jansen\n  duo:\n  - rol: mantelzorger\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n"
        ),
        "{bestand}"
    );
    // No consent, no held interview: nothing under 'interviews'.
    assert!(!bestand.contains("toestemming"), "{bestand}");
    assert!(!bestand.contains("\ninterviews:"), "{bestand}");
    assert!(bestand.contains(
        "wat: duo-interview 1 gepland (mantelzorger (inwoner) en wijkcoach (uitvoering))"
    ));

    // A year is a date too, and a number goes on: plans share the interviews' numbers.
    let nr = s.doe("interview t --gepland --duo wethouder:bestuur --duo beleidsadviseur:beleid --datum 2025 --stil");
    assert_eq!(nr.trim(), "2");
    assert!(s.lees("t").contains("  datum: 2025\n"));
    // Without a date too.
    s.doe("interview t --gepland --duo huisarts:partner --duo 'wijkcoach 2:uitvoering'");
    assert!(s.lees("t").contains("- nr: 3\n  duo:"));

    // Refusals leave every file as it was.
    let fout = s.weigert_regel(
        "interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-09",
    );
    assert!(
        fout.contains("heeft dit duo al gepland als duo-interview 1 (september 2024)")
            && fout.contains("--nogmaals"),
        "{fout}"
    );
    let fout = s
        .weigert_regel("interview t --gepland --duo a:inwoner --duo b:beleid --datum 'maart 2024'");
    assert!(
        fout.contains("Een gepland duo-interview ligt niet in het verleden: maart 2024 is voorbij"),
        "{fout}"
    );
    let fout =
        s.weigert_regel("interview t --gepland --duo a:inwoner --duo b:beleid --datum 2024-13");
    assert!(
        fout.contains("--datum '2024-13' is een datum die niet bestaat"),
        "{fout}"
    );
    let fout = s.weigert_regel(
        "interview t --gepland --duo 'mevrouw Jansen:inwoner' --duo wijkcoach:uitvoering",
    );
    assert!(fout.contains("lijkt een naam"), "{fout}");
    let fout = s.weigert_regel("interview t --gepland --duo a:inwoner");
    assert!(fout.contains("precies twee deelnemers"), "{fout}");
    // No consent with a plan: that is given when it is held.
    let u = s.run(&[
        "interview",
        "t",
        "--gepland",
        "--duo",
        "a:inwoner",
        "--duo",
        "b:beleid",
        "--toestemming",
        "ja",
    ]);
    assert_eq!(u.code, 2, "{}", u.stderr);
    // A second interview with the same duo is possible when asked for.
    s.doe("interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-09 --nogmaals");
    assert!(s.lees("t").contains("- nr: 4\n  datum: 2024-09\n"));
}

#[test]
fn de_uitnodiging_volgen_en_ongedaan_maken() {
    let s = Sessie::nieuw();
    in_starten(&s);
    s.doe("interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-09");
    let uit = s.doe("interview-stand t 1 gevraagd");
    assert_eq!(uit, "Gepland duo-interview 1: gevraagd.\n");
    assert!(s.lees("t").contains("  stand: gevraagd\n"));
    assert!(
        s.lees("t")
            .contains("wat: 'gepland duo-interview 1: gevraagd'")
            || s.lees("t")
                .contains("wat: \"gepland duo-interview 1: gevraagd\""),
        "{}",
        s.lees("t")
    );
    let voor = s.lees("t");
    s.doe("interview-stand t 1 toegezegd --datum 2024-04-20");
    assert!(s.lees("t").contains("  stand: toegezegd\n"));
    // The same stand again changes nothing.
    let uit = s.doe("interview-stand t 1 toegezegd");
    assert!(uit.contains("stond al op toegezegd"), "{uit}");
    let uit = s.doe("ongedaan t");
    assert!(uit.contains("Ongedaan gemaakt"), "{uit}");
    assert_eq!(s.lees("t"), voor);

    let fout = s.weigert_regel("interview-stand t 1 misschien");
    assert!(
        fout.contains(
            "'misschien' is geen stand van een uitnodiging; kies gevraagd, toegezegd of afgezegd."
        ),
        "{fout}"
    );
    let fout = s.weigert_regel("interview-stand t 7 gevraagd");
    assert!(
        fout.contains("Traject 't' heeft geen gepland duo-interview 7"),
        "{fout}"
    );
    // Moving the plan.
    s.doe("interview-wijzig t 1 --datum 2024-10-03 --moderator 'B. de Vries'");
    let bestand = s.lees("t");
    assert!(
        bestand.contains("  datum: 2024-10-03\n  moderator: B. de Vries\n"),
        "{bestand}"
    );
    let fout = s.weigert_regel("interview-wijzig t 1 --datum 2024-01");
    assert!(fout.contains("ligt niet in het verleden"), "{fout}");
}

#[test]
fn een_gepland_interview_wordt_gehouden_met_het_duo_uit_de_planning() {
    let s = Sessie::nieuw();
    in_starten(&s);
    // Planned in January, for February.
    s.doe_op("2024-01-16",
        "interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-02 --moderator 'A. Jansen'",
    );
    s.doe_op(
        "2024-01-16",
        "interview t --gepland --duo wethouder:bestuur --duo beleidsadviseur:beleid",
    );
    // Holding belongs to luisteren.
    let fout = s.weigert_regel("interview t --gehouden 1 --toestemming ja --datum 2024-01-20");
    assert!(fout.contains("horen bij fase luisteren en later"), "{fout}");
    s.doe("sessie t kickoff --datum 2024-01-22");
    s.doe("kernvraag t 'Hoe maken we één herkenbare voordeur?'");
    s.doe("expert t 'E. Xpert'");
    s.doe("volgende t --datum 2024-01-29");
    // Only planned interviews: the gate out of luisteren stays shut.
    let fout = s.weigert_regel("volgende t --datum 2024-02-12");
    assert!(fout.contains("duo-interview"), "{fout}");

    let uit = s.doe("interview t --gehouden 1 --toestemming 'mantelzorger=ja' --toestemming 'wijkcoach=rapport' --datum 2024-02-05");
    assert!(
        uit.contains("Duo-interview 1 gehouden op 5 februari 2024 (mantelzorger, wijkcoach)"),
        "{uit}"
    );
    let bestand = s.lees("t");
    assert!(
        bestand.contains("interviews:\n- nr: 1\n  datum: 2024-02-05\n  moderator: A. Jansen\n"),
        "{bestand}"
    );
    assert!(
        bestand.contains("  plan:\n    datum: 2024-02\n"),
        "{bestand}"
    );
    assert!(
        !bestand.contains("geplande_interviews:\n- nr: 1\n"),
        "{bestand}"
    );
    assert!(
        bestand.contains("gepland duo-interview 1 gehouden"),
        "{bestand}"
    );

    // Plan and result side by side, and the perspectives' coverage.
    let uit = s.doe("interviews t");
    assert!(uit.contains("Plan"), "{uit}");
    assert!(uit.contains("gepland 2024-02"), "{uit}");
    assert!(uit.contains("gepland, nog niet gevraagd"), "{uit}");
    assert!(
        uit.contains("Perspectieven gehoord: inwoner en uitvoering; gepland: beleid en bestuur; nog niet gepland of gehoord: partner."),
        "{uit}"
    );
    let toon = s.doe("toon t");
    assert!(toon.contains("Planning duo-interviews:"), "{toon}");
    assert!(
        toon.contains("1. mantelzorger (inwoner) en wijkcoach (uitvoering): gepland februari 2024, gehouden 2024-02-05"),
        "{toon}"
    );
    assert!(
        toon.contains("2. wethouder (bestuur) en beleidsadviseur (beleid): gepland zonder datum, nog niet gevraagd"),
        "{toon}"
    );

    // Held once; a cancelled plan is not held.
    let fout = s.weigert_regel("interview t --gehouden 1 --toestemming ja");
    assert!(fout.contains("Duo-interview 1 is al gehouden"), "{fout}");
    s.doe("interview-stand t 2 afgezegd");
    let fout = s.weigert_regel("interview t --gehouden 2 --toestemming ja --datum 2024-02-06");
    assert!(
        fout.contains("is afgezegd") && fout.contains("interview-stand t 2 toegezegd"),
        "{fout}"
    );
    // The duo comes from the plan; the consent must name its roles.
    let u = s.run(&[
        "interview",
        "t",
        "--gehouden",
        "2",
        "--duo",
        "a:inwoner",
        "--toestemming",
        "ja",
    ]);
    assert_eq!(u.code, 2, "{}", u.stderr);
    s.doe("interview-stand t 2 toegezegd");
    // Quotes, consent and removal belong to a held interview.
    for regel in [
        "citaat t 2 'Eén deur.' --van wethouder",
        "toestemming t 2 nee",
        "intrekken t 2",
        "verwijder t interview 2",
    ] {
        let fout = s.weigert_regel(regel);
        assert!(
            fout.contains("Duo-interview 2 van traject 't' is gepland en nog niet gehouden; leg vast dat het is gehouden met 'visieleer interview t --gehouden 2 --toestemming …'"),
            "{regel}: {fout}"
        );
    }
    let fout =
        s.weigert_regel("interview t --gehouden 2 --toestemming 'wijkcoach=ja' --datum 2024-02-06");
    assert!(fout.contains("--toestemming"), "{fout}");
    let fout = s.weigert_regel("interview t --gehouden 2 --toestemming ja --datum 2024-05-06");
    assert!(fout.contains("na vandaag"), "{fout}");
    s.doe("interview t --gehouden 2 --toestemming ja --datum 2024-02-06");
    s.doe("citaat t 1 'Ik wist niet waar ik moest zijn.' --van mantelzorger");
    s.doe("citaat t 2 'Ik wil dat een inwoner één deur ziet.' --van wethouder");
    s.doe("volgende t --datum 2024-02-12");
}

#[test]
fn een_gepland_interview_verandert_geen_enkel_document() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    fs::create_dir_all(s.pad().join("uit")).unwrap();
    let exports = |map: &str| {
        for regel in [
            format!("rapport t -o {map}/rapport.md"),
            format!("rapport t --html -o {map}/rapport.html"),
            format!("kaartjes t -o {map}/kaartjes.md"),
            format!("qdpx t -o {map}/t.qdpx"),
            format!("citaten t --xlsx -o {map}/citaten.xlsx"),
            format!("citaten t --csv -o {map}/citaten.csv"),
            format!("rode-draden -o {map}/rode-draden.md"),
        ] {
            s.doe(&regel);
        }
    };
    fs::create_dir_all(s.pad().join("voor")).unwrap();
    fs::create_dir_all(s.pad().join("na")).unwrap();
    exports("voor");
    s.doe("interview t --gepland --duo huisarts:partner --duo mantelzorger:inwoner --datum 2024-05 --moderator 'A. Jansen'");
    s.doe("interview-stand t 3 toegezegd");
    exports("na");
    for naam in [
        "rapport.md",
        "rapport.html",
        "kaartjes.md",
        "t.qdpx",
        "citaten.xlsx",
        "citaten.csv",
        "rode-draden.md",
    ] {
        let voor = zonder_versie(fs::read(s.pad().join("voor").join(naam)).unwrap());
        let na = zonder_versie(fs::read(s.pad().join("na").join(naam)).unwrap());
        assert!(voor == na, "{naam} veranderde door een gepland interview");
    }
    // The plan is in the traject, and toon shows it.
    assert!(
        s.doe("toon t").contains(
            "3. huisarts (partner) en mantelzorger (inwoner): gepland mei 2024, toegezegd"
        )
    );
}

#[test]
fn een_verlopen_gepland_interview_is_een_signaal_tot_het_is_opgelost() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-05");
    // The whole month is the plan: on its last day nothing is overdue yet.
    for vandaag in ["2024-04-15", "2024-05-31"] {
        let toon = s.doe_op(vandaag, "toon t");
        assert!(!toon.contains("verlopen"), "{vandaag}: {toon}");
    }
    let zin = "Let op: het geplande duo-interview 1 (mantelzorger (inwoner) en wijkcoach (uitvoering)) van mei 2024 is verlopen; leg vast dat het is gehouden met 'visieleer interview t --gehouden 1 --toestemming …' (of lees de notities in), verzet het met 'visieleer interview-wijzig t 1 --datum …' of zeg het af met 'visieleer interview-stand t 1 afgezegd'.";
    let toon = s.doe_op("2024-06-01", "toon t");
    assert!(toon.contains(zin), "{toon}");
    let check = s.doe_op("2024-06-01", "check");
    assert!(
        check.contains("waarschuwing: trajecten/t.yaml: het geplande duo-interview 1"),
        "{check}"
    );
    let overzicht = s.doe_op("2024-06-01", "overzicht");
    assert!(
        overzicht.contains("⚠ 1 gepland interview verlopen"),
        "{overzicht}"
    );
    let html = s.doe_op("2024-06-01", "overzicht --html");
    assert!(
        html.contains("Geplande duo-interviews over hun datum: Zeewijk."),
        "{html}"
    );
    // Moved: gone; cancelled: gone; held: gone.
    s.doe_op("2024-06-01", "interview-wijzig t 1 --datum 2024-06-20");
    assert!(!s.doe_op("2024-06-01", "toon t").contains("verlopen"));
    assert!(
        s.doe_op("2024-06-21", "toon t")
            .contains("van 20 juni 2024 is verlopen")
    );
    s.doe_op("2024-06-21", "interview-stand t 1 afgezegd");
    assert!(!s.doe_op("2024-06-21", "toon t").contains("verlopen"));
    s.doe_op("2024-06-21", "interview-stand t 1 toegezegd");
    assert!(s.doe_op("2024-06-21", "toon t").contains("verlopen"));
    s.doe_op("2024-06-21", "interview t --gehouden 1 --toestemming ja");
    let toon = s.doe_op("2024-06-21", "toon t");
    assert!(!toon.contains("verlopen"), "{toon}");
    // Without --datum the planned day was used, since it had come.
    assert!(
        s.lees("t").contains("- nr: 1\n  datum: 2024-06-20\n"),
        "{}",
        s.lees("t")
    );
}

#[test]
fn het_notitiesjabloon_gaat_heen_en_terug() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe_op("2024-04-01",
        "interview t --gepland --duo mantelzorger:inwoner --duo 'wijkcoach Noord:uitvoering' --datum 12-4-2024 --moderator \"O'Neil: moderator\"",
    );
    let scherm = s.doe("notities t --sjabloon 1");
    assert!(
        scherm.starts_with("---\n# Notities van gepland duo-interview 1 van traject 't'.\n"),
        "{scherm}"
    );
    assert!(scherm.contains("\ninterview: 1\n"), "{scherm}");
    assert!(scherm.contains("\ndatum: 2024-04-12\n"), "{scherm}");
    assert!(
        scherm.contains("\nmoderator: 'O''Neil: moderator'\n"),
        "{scherm}"
    );
    assert!(scherm.contains("\ntoestemming:\nduo:\n- rol: mantelzorger\n  perspectief: inwoner\n- rol: wijkcoach Noord\n  perspectief: uitvoering\n---\n"), "{scherm}");
    assert!(
        scherm.contains("# Toestemming: lees de deelnemers de toestemmingstekst voor"),
        "{scherm}"
    );
    assert!(
        scherm.contains("Kernvraag: Hoe maken we één herkenbare voordeur?"),
        "{scherm}"
    );

    fs::create_dir_all(s.pad().join("notities")).unwrap();
    let uit = s.doe("notities t --sjabloon 1 -o notities/interview-1.md");
    assert!(uit.contains("notities t notities/interview-1.md"), "{uit}");
    let pad = s.pad().join("notities/interview-1.md");
    let sjabloon = fs::read_to_string(&pad).unwrap();
    assert_eq!(sjabloon.trim_end(), scherm.trim_end());
    // Never over a file that may hold notes.
    let fout = s.weigert_regel("notities t --sjabloon 1 -o notities/interview-1.md");
    assert!(fout.contains("bestaat al"), "{fout}");

    // Imported as it is, the template is refused: the consent is still to be filled in.
    let fout = s.weigert_regel("notities t notities/interview-1.md");
    assert!(fout.contains("'toestemming' is nog leeg"), "{fout}");

    // The moderator fills it in.
    let ingevuld = sjabloon
        .replace("toestemming:\nduo:", "toestemming:\n  mantelzorger: ja\n  wijkcoach Noord: rapport, kaartjes\nduo:")
        .replace(
            "## Citaten\n",
            "## Citaten\n\n> Ik wist niet bij welk loket ik moest zijn.\n> — mantelzorger\n\n> De regels zijn nog van vorig jaar. #rust-en-regie\n> — wijkcoach Noord\n",
        )
        .replace(
            "## Eigen aantekeningen\n",
            "## Eigen aantekeningen\n\nGesprek liep uit, volgende keer meer tijd.\n",
        );
    fs::write(&pad, ingevuld).unwrap();
    let uit = s.doe("notities t notities/interview-1.md");
    assert!(
        uit.contains("notities/interview-1.md → duo-interview 1 vastgelegd: 2 citaten (1.1, 1.2)."),
        "{uit}"
    );
    let bestand = s.lees("t");
    assert!(!bestand.contains("geplande_interviews"), "{bestand}");
    assert!(
        bestand.contains("interviews:\n- nr: 1\n  datum: 2024-04-12\n"),
        "{bestand}"
    );
    assert!(
        bestand.contains("  plan:\n    datum: 2024-04-12\n"),
        "{bestand}"
    );
    assert!(bestand.contains("bron: interview-1.md"), "{bestand}");
    let citaten = s.doe("citaten t");
    assert!(citaten.contains("Ik wist niet bij welk loket"), "{citaten}");
    assert!(citaten.contains("wijkcoach Noord"), "{citaten}");
    let interviews = s.doe("interviews t");
    assert!(interviews.contains("gepland 2024-04-12"), "{interviews}");
    // Importing it again updates the same interview.
    let uit = s.doe("notities t notities/interview-1.md");
    assert!(
        uit.contains("duo-interview 1: ongewijzigd (2 citaten)"),
        "{uit}"
    );
    // No template for a held interview.
    let fout = s.weigert_regel("notities t --sjabloon 1");
    assert!(fout.contains("Duo-interview 1 is al gehouden"), "{fout}");
}

#[test]
fn notities_voor_een_gepland_nummer_worden_gecontroleerd() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 'april 2024'");
    let sjabloon = s.doe("notities t --sjabloon 1");
    assert!(
        sjabloon.contains("# Gepland in april 2024: vul de dag van het interview in, zoals 'datum: 2024-04-01'.\ndatum:\n"),
        "{sjabloon}"
    );
    let met_toestemming = sjabloon.replace("toestemming:\nduo:", "toestemming: ja\nduo:")
        + "\n> Het loket is te ver weg.\n> — mantelzorger\n";
    s.schrijf("n/a.md", &met_toestemming);
    let fout = s.weigert_regel("notities t n/a.md");
    assert!(fout.contains("'datum' is nog leeg"), "{fout}");
    let compleet = met_toestemming.replace("datum:\n", "datum: 2024-04-10\n");
    s.schrijf("n/b.md", &compleet.replace("interview: 1", "interview: 9"));
    let fout = s.weigert_regel("notities t n/b.md");
    assert!(
        fout.contains("heeft geen gepland duo-interview 9"),
        "{fout}"
    );
    s.schrijf(
        "n/c.md",
        &compleet.replace("rol: wijkcoach", "rol: huisarts"),
    );
    let fout = s.weigert_regel("notities t n/c.md");
    assert!(
        fout.contains("is niet het duo van gepland duo-interview 1"),
        "{fout}"
    );
    s.schrijf(
        "n/d.md",
        &compleet.replace("interview: 1", "interview: drie"),
    );
    let fout = s.weigert_regel("notities t n/d.md");
    assert!(
        fout.contains("'interview' moet het nummer van een gepland duo-interview zijn"),
        "{fout}"
    );
    s.doe("interview-stand t 1 afgezegd");
    s.schrijf("n/e.md", &compleet);
    let fout = s.weigert_regel("notities t n/e.md");
    assert!(fout.contains("is afgezegd"), "{fout}");
    s.doe("interview-stand t 1 toegezegd");
    let uit = s.doe("notities t n/e.md --proef");
    assert!(uit.contains("duo-interview 1 wordt vastgelegd"), "{uit}");
    assert!(s.lees("t").contains("geplande_interviews"));
    s.doe("notities t n/e.md");
    assert!(!s.lees("t").contains("geplande_interviews"));
}

#[test]
fn de_leidraad_met_kernvraag_toestemming_en_vragen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let uit = s.doe("leidraad t");
    for stuk in [
        "# Leidraad duo-interviews Zeewijk",
        "**Kernvraag:** *Hoe maken we één herkenbare voordeur?*",
        "## Toestemming (voorlezen bij het begin)",
        "- **rapport:** in het borgingsrapport",
        "- **kaartjes:** op citaatkaartjes voor de ontwerpsessie",
        "- **landelijk:** in de rode draden",
        "- **onderzoek:** in bestanden voor onderzoek",
        "### Inwoner",
        "### Uitvoering",
        "### Beleid",
        "### Bestuur",
        "### Partner",
        "### Inwoner centraal",
        "### Rust en regie",
        "### Balans lokaal en regionaal",
        "3. Inwoners hebben regie en zeggenschap in het toegangsproces",
    ] {
        assert!(uit.contains(stuk), "{stuk}:\n{uit}");
    }
    // The duo narrows the questions to its perspectives.
    let uit = s.doe("leidraad t --duo mantelzorger:inwoner --duo wijkcoach:uitvoering");
    assert!(uit.contains("### Inwoner (mantelzorger)"), "{uit}");
    assert!(uit.contains("### Uitvoering (wijkcoach)"), "{uit}");
    assert!(!uit.contains("### Bestuur"), "{uit}");
    // A role named as its perspective is not repeated: "Inwoner", not "Inwoner (inwoner)".
    let zelfde = s.doe("leidraad t --duo inwoner:inwoner --duo wijkcoach:uitvoering");
    assert!(
        zelfde.contains("### Inwoner\n") && !zelfde.contains("Inwoner (inwoner)"),
        "{zelfde}"
    );
    assert!(
        uit.contains("**Het duo:** mantelzorger (inwoner) en wijkcoach (uitvoering)."),
        "{uit}"
    );
    s.doe("interview t --gepland --duo wethouder:bestuur --duo beleidsadviseur:beleid");
    let uit = s.doe("leidraad t --interview 1");
    assert!(
        uit.contains("### Beleid (beleidsadviseur)") && uit.contains("### Bestuur (wethouder)"),
        "{uit}"
    );
    assert!(!uit.contains("### Inwoner\n"), "{uit}");
    let fout = s.weigert_regel("leidraad t --interview 5");
    assert!(fout.contains("geen duo-interview 5"), "{fout}");
    let fout = s.weigert_regel("leidraad t --duo a:inwoner --duo b:beleid --duo c:bestuur");
    assert!(fout.contains("geef --duo een of twee keer"), "{fout}");

    // The same document in every format.
    s.doe("leidraad t --html -o leidraad.html");
    let html = fs::read_to_string(s.pad().join("leidraad.html")).unwrap();
    assert!(
        html.contains("Toestemming (voorlezen bij het begin)"),
        "{html}"
    );
    s.doe("leidraad t -o leidraad.pdf");
    assert!(
        fs::read(s.pad().join("leidraad.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );
    s.doe("leidraad t --docx -o leidraad.docx");
    assert!(
        fs::read(s.pad().join("leidraad.docx"))
            .unwrap()
            .starts_with(b"PK")
    );
    let fout = s.weigert_regel("leidraad t --pdf");
    assert!(fout.contains("-o"), "{fout}");
}

#[test]
fn een_eigen_leidraad_in_de_map() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf(
        "trajecten/leidraad.yaml",
        "vragen:\n  - Wie bent u in de wijk?\nperspectieven:\n  inwoner:\n    - Hoe vond u de weg?\n    - Wat hielp?\n",
    );
    let uit = s.doe("leidraad t");
    assert!(
        uit.contains("## Openingsvragen voor beiden\n\n1. Wie bent u in de wijk?\n\n##"),
        "{uit}"
    );
    assert!(
        uit.contains("### Inwoner\n\n1. Hoe vond u de weg?\n2. Wat hielp?\n"),
        "{uit}"
    );
    // What the file does not name stays built in.
    assert!(
        uit.contains("Hoe komt een vraag van een inwoner bij u binnen"),
        "{uit}"
    );
    assert!(
        uit.contains("De vragen komen (deels) uit leidraad.yaml"),
        "{uit}"
    );
    // The file is no traject: overzicht and check leave it be.
    let check = s.doe("check");
    assert!(!check.contains("leidraad"), "{check}");
    let fout = s.weigert_regel("nieuw leidraad --gemeente Zeewijk --vraagstuk 'Hoe?'");
    assert!(
        fout.contains("'leidraad' is een naam die visieleer zelf gebruikt"),
        "{fout}"
    );

    // A faulty guide is refused with its lines, and check names them.
    s.schrijf(
        "trajecten/leidraad.yaml",
        "perspectieven:\n  burger:\n    - Vraag?\n  beleid: []\n",
    );
    let fout = s.weigert_regel("leidraad t");
    assert!(
        fout.contains("leidraad.yaml: regel 2: 'burger' onder 'perspectieven' is geen perspectief; kies uit inwoner, uitvoering, beleid, bestuur, partner."),
        "{fout}"
    );
    assert!(
        fout.contains("regel 4: perspectief 'beleid' heeft geen vragen"),
        "{fout}"
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(
        u.stdout.contains("fout: trajecten/leidraad.yaml: regel 2:"),
        "{}",
        u.stdout
    );
    s.schrijf("trajecten/leidraad.yaml", "vragn:\n  - x\n");
    let fout = s.weigert_regel("leidraad t");
    assert!(fout.contains("vragn"), "{fout}");
}

#[test]
fn een_nummer_gepland_en_gehouden_na_een_samenvoeging() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo b:beleid --toestemming ja --datum 2024-02-01");
    s.doe("interview t --gepland --duo c:bestuur --duo d:partner --datum 2024-06");
    // A merge that kept the plan beside the interview it became: the same number twice.
    let tekst = s.lees("t").replace(
        "geplande_interviews:\n- nr: 2\n",
        "geplande_interviews:\n- nr: 1\n",
    );
    fs::write(s.bestand("t"), tekst).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(
        u.stdout.contains(
            "duo-interview 1 (gehouden én nog gepland) staat 2 keer in het bestand (regels"
        ),
        "{}",
        u.stdout
    );
}

#[test]
fn een_met_de_hand_verkeerde_geplande_datum_noemt_regel_en_vorm() {
    let s = Sessie::nieuw();
    in_starten(&s);
    s.doe("interview t --gepland --duo a:inwoner --duo b:beleid --datum 2024-09");
    let goed = s.lees("t");
    for (fout, verwacht) in [
        (
            "  datum: 2024-13\n",
            "een maand die niet bestaat in 'geplande_interviews[0].datum' (verwacht JJJJ-MM, met een maand van 01 tot 12)",
        ),
        (
            "  datum: september\n",
            "een ongeldige datum in 'geplande_interviews[0].datum' (verwacht een dag als JJJJ-MM-DD, of voor iets geplands een maand als JJJJ-MM of een jaar als JJJJ)",
        ),
        (
            "  datum: 2024-09\n  stand: misschien\n",
            "onbekende waarde in 'geplande_interviews[0].stand'",
        ),
    ] {
        fs::write(s.bestand("t"), goed.replace("  datum: 2024-09\n", fout)).unwrap();
        let u = s.run(&["check"]);
        assert_eq!(u.code, 1, "{fout}: {}", u.stdout);
        assert!(u.stdout.contains(verwacht), "{fout}: {}", u.stdout);
        assert!(u.stdout.contains("t.yaml: regel "), "{}", u.stdout);
    }
}

/// A concept report's cover carries "Versie 0.N, <datum>", which rises with every change to
/// the traject (a plan too, issue 21); everything else in a document must stay the same.
fn zonder_versie(bytes: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(bytes) {
        Ok(tekst) => tekst
            .lines()
            .map(|regel| {
                if regel.contains("Versie 0.") {
                    "Versie"
                } else {
                    regel
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

//! Consent per use (`--toestemming rapport,kaartjes`, per role, `visieleer toestemming`) against
//! every output, and withdrawn and redacted words that stay gone under small edits.

use crate::common;

use common::Sessie;

const WIJKCOACH: &str = "We schuiven elke week dezelfde mensen door naar een ander team.";
const WETHOUDER: &str = "Als bestuur willen we dat de toegang eenvoudiger wordt voor iedereen.";

/// A traject in borgen whose third interview has consent per role: the wijkcoach every use,
/// the wethouder only the report and the cards.
fn met_toestemming_per_rol(s: &Sessie) {
    s.traject_in_borgen("t");
    s.doe(
        "interview t --duo wijkcoach:uitvoering --duo wethouder:bestuur --toestemming wijkcoach=ja --toestemming 'wethouder=rapport, kaartjes' --datum 2024-02-08",
    );
    s.doe(&format!(
        "citaat t 3 '{WIJKCOACH}' --van wijkcoach --tag rust-en-regie"
    ));
    s.doe(&format!(
        "citaat t 3 '{WETHOUDER}' --van wethouder --tag rust-en-regie"
    ));
}

fn tekst_van(s: &Sessie, args: &[&str]) -> String {
    s.ok(args)
}

#[test]
fn elke_uitvoer_vraagt_met_zijn_eigen_gebruik() {
    let s = Sessie::nieuw();
    met_toestemming_per_rol(&s);
    let bestand = s.lees("t");
    assert!(
        bestand.contains("  toestemming:\n    wijkcoach: ja\n    wethouder: rapport, kaartjes\n"),
        "{bestand}"
    );
    // Rapport and kaartjes: both.
    for args in [
        &["rapport", "t"][..],
        &["rapport", "t", "--html"],
        &["kaartjes", "t"],
        &["kaartjes", "t", "--html"],
    ] {
        let uit = tekst_van(&s, args);
        assert!(uit.contains(WIJKCOACH), "{args:?}");
        assert!(uit.contains(WETHOUDER), "{args:?}\n{uit}");
    }
    // Landelijk and onderzoek: only the wijkcoach.
    for args in [
        &["rode-draden"][..],
        &["citaten", "t", "--csv"],
        &["toon", "t", "--json"],
    ] {
        let uit = tekst_van(&s, args);
        assert!(!uit.contains(WETHOUDER), "{args:?}\n{uit}");
    }
    let csv = tekst_van(&s, &["citaten", "t", "--csv"]);
    assert!(csv.contains(WIJKCOACH), "{csv}");
    // Of the wethouder, who did not allow research, not even the role goes out.
    assert!(
        csv.contains("wijkcoach,uitvoering,,bestuur,wijkcoach"),
        "{csv}"
    );
    let qdpx = uitgepakt_na(&s, &["qdpx", "t", "-o", "t2.qdpx"], "t2.qdpx");
    assert!(
        qdpx.contains("t duo-interview 3: deelnemer 2 (bestuur)"),
        "{qdpx}"
    );
    assert!(!qdpx.contains("duo-interview 3: wethouder"), "{qdpx}");
    // The binary exports: Excel and qdpx carry only what research may use.
    s.doe("citaten t --xlsx -o c.xlsx");
    s.doe("qdpx t -o t.qdpx");
    s.doe("rapport t --docx -o r.docx");
    for (pad, wel) in [("c.xlsx", false), ("t.qdpx", false), ("r.docx", true)] {
        let tekst = uitgepakt(&s.pad().join(pad));
        assert_eq!(tekst.contains("dat de toegang eenvoudiger"), wel, "{pad}");
        assert!(tekst.contains("dezelfde mensen door"), "{pad}");
    }
    // The facilitator sees every quote, with what it may be used for.
    let citaten = tekst_van(&s, &["citaten", "t"]);
    assert!(citaten.contains("3.2 ◐RK"), "{citaten}");
    assert!(citaten.contains("Als bestuur willen we"), "{citaten}");
    let interviews = tekst_van(&s, &["interviews", "t"]);
    assert!(
        interviews.contains("wethouder: rapport, kaartjes"),
        "{interviews}"
    );
    let toon = tekst_van(&s, &["toon", "t"]);
    assert!(
        toon.contains("Toestemming voor een deel: 1 niet in de rode draden, 1 niet in exports"),
        "{toon}"
    );
}

fn uitgepakt_na(s: &Sessie, args: &[&str], pad: &str) -> String {
    s.ok(args);
    uitgepakt(&s.pad().join(pad))
}

/// The text of every file in a zip (Word, Excel, qdpx), for a search.
fn uitgepakt(pad: &std::path::Path) -> String {
    let bestand = std::fs::File::open(pad).unwrap();
    let mut zip = zip::ZipArchive::new(bestand).unwrap();
    let mut alles = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut tekst = String::new();
        let _ = std::io::Read::read_to_string(&mut f, &mut tekst);
        alles.push_str(&tekst);
    }
    alles
}

#[test]
fn een_lijst_van_gebruiken_voor_beide() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo b:beleid --toestemming onderzoek --datum 2024-02-01");
    s.doe("citaat t 1 'Alleen voor onderzoek bedoeld, deze woorden hier.' --van a");
    assert!(s.lees("t").contains("  toestemming: onderzoek\n"));
    assert!(tekst_van(&s, &["citaten", "t", "--csv"]).contains("Alleen voor onderzoek"));
    assert!(!tekst_van(&s, &["kaartjes", "t"]).contains("Alleen voor onderzoek"));
    assert!(!tekst_van(&s, &["rapport", "t"]).contains("Alleen voor onderzoek"));
    // Bad consent: one sentence, nothing changed.
    for regel in [
        "interview t --duo a:inwoner --duo b:beleid --toestemming misschien",
        "interview t --duo a:inwoner --duo b:beleid --toestemming a=ja",
        "interview t --duo a:inwoner --duo b:beleid --toestemming a=ja --toestemming ja",
        "interview t --duo a:inwoner --duo b:beleid --toestemming a=ja --toestemming c=nee",
        "interview t --duo a:inwoner --duo b:beleid --toestemming 'ja, rapport'",
    ] {
        let fout = s.weigert_regel(regel);
        assert!(fout.contains("--toestemming"), "{fout}");
    }
}

#[test]
fn toestemming_beperken_en_verruimen_wist_niets() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo b:beleid --toestemming ja --datum 2024-02-01");
    s.doe("citaat t 1 'Dit zeg ik alleen voor het eigen rapport.' --van a");
    let uit = s.ok(&["toestemming", "t", "1", "rapport"]);
    assert!(uit.contains("gewijzigd van 'ja' naar 'rapport'"), "{uit}");
    assert!(!tekst_van(&s, &["kaartjes", "t"]).contains("eigen rapport"));
    assert!(tekst_van(&s, &["rapport", "t"]).contains("eigen rapport"));
    s.ok(&["toestemming", "t", "1", "nee"]);
    let bestand = s.lees("t");
    // Nothing erased: that is intrekken.
    assert!(
        bestand.contains("Dit zeg ik alleen voor het eigen rapport."),
        "{bestand}"
    );
    s.doe("toestemming t 1 a=ja b=kaartjes --datum 2024-04-10");
    let bestand = s.lees("t");
    assert!(
        bestand.contains("toestemming beperkt: was ja, nu rapport"),
        "{bestand}"
    );
    assert!(
        bestand.contains(
            "datum: 2024-04-10\n    wat: 'toestemming verruimd: was nee, nu a: ja; b: kaartjes'"
        ),
        "{bestand}"
    );
    for regel in [
        "toestemming t 1 misschien",
        "toestemming t 1 a=ja",
        "toestemming t 9 ja",
        "toestemming t 1 c=ja b=ja",
    ] {
        s.weigert_regel(regel);
    }
    let help = s.ok(&["toestemming", "--help"]);
    assert!(help.contains("wist geen woorden"), "{help}");
    assert!(
        s.ok(&["intrekken", "--help"])
            .contains("visieleer toestemming")
    );
    s.doe("intrekken t 1");
    let fout = s.weigert_regel("toestemming t 1 ja");
    assert!(fout.contains("ingetrokken"), "{fout}");
}

#[test]
fn een_oud_bestand_met_ja_blijft_zoals_het_was() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo b:beleid --toestemming ja --datum 2024-02-01");
    s.doe("interview t --duo c:inwoner --duo d:beleid --toestemming nee --datum 2024-02-01");
    let voor = s.lees("t");
    assert!(voor.contains("  toestemming: ja\n") && voor.contains("  toestemming: nee\n"));
    s.doe("citaat t 1 'Een citaat erbij verandert de toestemming niet.' --van a");
    let na = s.lees("t");
    assert!(na.contains("  toestemming: ja\n") && na.contains("  toestemming: nee\n"));
    s.ok(&["check"]);
}

const NOTITIES: &str = "\
---
datum: 2024-02-20
moderator: Mirjam Oosterhuis
toestemming: ja
duo:
  - rol: wijkcoach
    perspectief: uitvoering
  - rol: bewoner
    perspectief: inwoner
---

Privé: de bewoner woont naast de bakker.

> Ik wist echt niet bij welk loket ik moest zijn met mijn vraag.
> — bewoner

> Jan van de buren hielp mij uiteindelijk met het formulier invullen.
> — bewoner

> We schuiven elke week dezelfde mensen door naar een ander team.
> — wijkcoach
";

fn met_notities(s: &Sessie, slug: &str) {
    s.traject_in_luisteren(slug);
    s.schrijf("notities/duo.md", NOTITIES);
    s.doe(&format!("notities {slug} notities/duo.md"));
}

#[test]
fn een_kopie_met_een_ander_woord_van_ingetrokken_notities_wordt_geweigerd() {
    let s = Sessie::nieuw();
    met_notities(&s, "t");
    s.doe("intrekken t 1");
    let index = std::fs::read_to_string(s.pad().join("trajecten/vingerafdrukken.yaml")).unwrap();
    assert!(index.starts_with("ingetrokken:\n- "), "{index}");
    assert!(!index.contains("loket"), "{index}");
    let kopie = NOTITIES
        .replace("loket", "balie")
        .replace("formulier", "papier")
        .replace("elke week", "iedere week");
    s.schrijf("elders/kopie.md", &kopie);
    let fout = s.weigert_regel("notities t elders/kopie.md");
    assert!(fout.contains("toestemming hebben ingetrokken"), "{fout}");
    assert!(!s.lees("t").contains("bakker"));
    // The same words typed as a new quote, verbatim or with a word changed.
    s.doe("interview t --duo x:inwoner --duo y:beleid --toestemming ja --datum 2024-03-01");
    for tekst in [
        "Ik wist echt niet bij welk loket ik moest zijn met mijn vraag.",
        "ik wist ECHT niet bij welke balie ik moest zijn met mijn vraag",
    ] {
        let fout = s.weigert(&["citaat", "t", "2", tekst]);
        assert!(fout.contains("toestemming hebben ingetrokken"), "{fout}");
        let fout = s.weigert(&["citaat-wijzig", "t", "2.1", "--tekst", tekst]);
        assert!(!fout.is_empty());
    }
    s.doe("citaat t 2 'Een heel ander verhaal over de wijk en de huisarts.'");
}

#[test]
fn ingetrokken_woorden_blijven_weg_in_een_ander_traject_ook_als_lijst_geschreven() {
    let s = Sessie::nieuw();
    met_notities(&s, "a");
    s.doe("intrekken a 1");
    s.traject_in_luisteren("b");
    // Traject a's fingerprints written as a flow list, and the index lost: check rebuilds it
    // from the parsed file.
    let bestand = s.lees("a");
    let begin = bestand.find("  vingerafdrukken:\n").unwrap();
    let eind = bestand[begin..]
        .find("  historie:")
        .map(|e| begin + e)
        .unwrap();
    let lijst: Vec<&str> = bestand[begin..eind]
        .lines()
        .skip(1)
        .map(|r| r.trim_start_matches(['-', ' ']))
        .collect();
    let plat = format!(
        "{}  vingerafdrukken: [{}]\n{}",
        &bestand[..begin],
        lijst.join(", "),
        &bestand[eind..]
    );
    s.schrijf("trajecten/a.yaml", &plat);
    std::fs::remove_file(s.pad().join("trajecten/vingerafdrukken.yaml")).unwrap();
    s.run(&["check"]);
    assert!(s.pad().join("trajecten/vingerafdrukken.yaml").exists());
    s.schrijf("notities/b.md", NOTITIES);
    let fout = s.weigert_regel("notities b notities/b.md");
    assert!(fout.contains("toestemming hebben ingetrokken"), "{fout}");
}

#[test]
fn een_geredigeerd_citaat_houdt_zijn_redactie_na_een_bewerkte_kopie() {
    let s = Sessie::nieuw();
    met_notities(&s, "t");
    s.doe(
        "citaat-wijzig t 1.2 --tekst '[naam] hielp mij uiteindelijk met het formulier invullen.'",
    );
    // One word changed in the notes, imported again: the name stays out, with a warning.
    let bewerkt = NOTITIES.replace("het formulier invullen", "het formulier in te vullen");
    s.schrijf("notities/duo.md", &bewerkt);
    let u = s.run(&["notities", "t", "notities/duo.md"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(
        u.stderr.contains("oorspronkelijke tekst van citaat 1.2"),
        "{}",
        u.stderr
    );
    let bestand = s.lees("t");
    assert!(!bestand.contains("Jan van de buren"), "{bestand}");
    assert!(bestand.contains("[naam] hielp mij"), "{bestand}");
    // Typing the original back is refused; so is a new quote with those words.
    s.weigert(&[
        "citaat-wijzig",
        "t",
        "1.2",
        "--tekst",
        "Jan van de buren hielp mij uiteindelijk met het formulier invullen.",
    ]);
    // Removing the redacted quote keeps its fingerprint in the map's index.
    s.doe("citaat-verwijder t 1.2");
    let fout = s.weigert_regel("notities t notities/duo.md");
    assert!(fout.contains("oorspronkelijke woorden"), "{fout}");
}

#[test]
fn notities_met_toestemming_per_rol_en_alleen_toestemming_verandert_haar() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let per_rol = NOTITIES.replace(
        "toestemming: ja\n",
        "toestemming:\n  wijkcoach: ja\n  Bewoner: rapport, kaartjes\n",
    );
    s.schrijf("notities/duo.md", &per_rol);
    s.doe("notities t notities/duo.md");
    let bestand = s.lees("t");
    assert!(
        bestand.contains("  toestemming:\n    wijkcoach: ja\n    bewoner: rapport, kaartjes\n"),
        "{bestand}"
    );
    let csv = tekst_van(&s, &["citaten", "t", "--csv"]);
    assert!(
        csv.contains("dezelfde mensen door") && !csv.contains("loket"),
        "{csv}"
    );
    // The same file with another consent: refused, consent changes only with `toestemming`.
    s.schrijf("notities/duo.md", NOTITIES);
    let fout = s.weigert_regel("notities t notities/duo.md");
    assert!(fout.contains("visieleer toestemming t 1"), "{fout}");
    s.doe("toestemming t 1 ja");
    s.doe("notities t notities/duo.md");
    // A role the duo does not have, or one missing: refused with its line.
    for (kop, verwacht) in [
        (
            "toestemming:\n  wijkcoach: ja\n  buurman: ja\n",
            "'buurman' is geen rol",
        ),
        (
            "toestemming:\n  wijkcoach: ja\n",
            "de toestemming van 'bewoner' ontbreekt",
        ),
        (
            "toestemming:\n  wijkcoach: ja\n  bewoner: soms\n",
            "'soms' is geen gebruik",
        ),
    ] {
        s.schrijf(
            "notities/fout.md",
            &NOTITIES.replace("toestemming: ja\n", kop),
        );
        let fout = s.weigert_regel("notities t notities/fout.md");
        assert!(
            fout.contains("regel 4") && fout.contains(verwacht),
            "{fout}"
        );
    }
}

#[test]
fn check_ziet_een_toestemming_per_rol_die_niet_bij_het_duo_past() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo b:beleid --toestemming a=ja --toestemming b=rapport --datum 2024-02-01");
    let bestand = s.lees("t");
    s.schrijf(
        "trajecten/t.yaml",
        &bestand.replace("    b: rapport\n", "    c: rapport\n"),
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1);
    assert!(
        u.stdout.contains(
            "de toestemming van duo-interview 1 noemt 'c', maar die rol zat niet in het duo"
        ),
        "{}",
        u.stdout
    );
    // A value that is no consent is refused by every command, with its line.
    s.schrijf(
        "trajecten/t.yaml",
        &bestand.replace("    b: rapport\n", "    b: misschien\n"),
    );
    let fout = s.weigert_regel("toon t");
    assert!(
        fout.contains("regel 22") && fout.contains("een toestemming die visieleer niet kent"),
        "{fout}"
    );
    assert!(!fout.contains("misschien"), "{fout}");
}

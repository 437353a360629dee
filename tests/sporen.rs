//! Traces that could point at a participant: names taken for roles, withdrawn and redacted
//! words coming back, a broken merge, and identifying details in quotes.

use crate::common;

use common::Sessie;

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

> Ik wist echt niet bij welk loket ik moest zijn.
> — bewoner

> We schuiven elke week dezelfde mensen door naar een ander team.
> — wijkcoach

> Ja, klopt.
";

fn duo(s: &Sessie, rol: &str) -> common::Uitkomst {
    s.run(&[
        "interview",
        "zeewijk",
        "--duo",
        &format!("{rol}:inwoner"),
        "--duo",
        "wijkcoach:uitvoering",
        "--toestemming",
        "ja",
        "--datum",
        "2024-02-01",
        // One duo after another on the same day: not a slip typed twice.
        "--nogmaals",
    ])
}

#[test]
fn namen_worden_nooit_rollen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    for rol in [
        "bewoner",
        "consulent Wmo",
        "medewerker GGD",
        "coördinator Vrijwilligerscentrale",
        "wethouder",
        "Wethouder",
        "Wmo-consulent",
        "beleidsadviseur Jeugd",
        "medewerker van de GGD",
        "Wethouder van Zorg",
        "Vrijwilliger Rode Kruis",
        "lid MR",
        "inwoner met mantelzorgtaak",
    ] {
        let u = duo(&s, rol);
        assert_eq!(u.code, 0, "{rol}: {}", u.stderr);
    }
    for rol in [
        "mevrouw Jansen",
        "dhr. P. de Wit",
        "Jan de Vries",
        "Jan Jansen",
        "mw. Bakker",
        "meneer Pietersen",
        "dr. Visser",
        "drs. Mulder",
        "ir. Hoekstra",
        "mr. Smit",
        "P. Jansen",
        "van der Meer",
        "Anna ter Horst",
        "wijkcoach de Vries",
    ] {
        let fout = s.weigert(&[
            "interview",
            "zeewijk",
            "--duo",
            &format!("{rol}:inwoner"),
            "--duo",
            "wijkcoach:uitvoering",
            "--toestemming",
            "ja",
        ]);
        assert!(
            fout.contains("lijkt een naam") && fout.contains("zoals 'bewoner' of 'wijkcoach'"),
            "{rol}: {fout}"
        );
        assert_eq!(fout.trim().lines().count(), 1, "{fout}");
    }
    // The notes' front matter, with the line of the role.
    s.schrijf(
        "n.md",
        &NOTITIES.replace("rol: bewoner", "rol: dhr. P. de Wit"),
    );
    let fout = s.weigert_regel("notities zeewijk n.md --proef");
    assert!(
        fout.contains("n.md, regel 8: de rol 'dhr. P. de Wit' lijkt een naam"),
        "{fout}"
    );
    // citaat-wijzig --van.
    s.doe("citaat zeewijk 1 'Het loket is ver weg.' --van bewoner");
    let fout = s.weigert_regel("citaat-wijzig zeewijk 1.1 --van 'mevrouw Jansen'");
    assert!(
        fout.contains("--van: de rol 'mevrouw Jansen' lijkt een naam"),
        "{fout}"
    );
    // A name typed into the file by hand: check warns.
    let pad = s.bestand("zeewijk");
    let tekst = std::fs::read_to_string(&pad).unwrap();
    std::fs::write(&pad, tekst.replace(": bewoner\n", ": Karin de Groot\n")).unwrap();
    let uit = s.ok(&["check"]);
    assert!(
        uit.contains("waarschuwing: trajecten/zeewijk.yaml: duo-interview 1: de rol 'Karin de Groot' lijkt een naam"),
        "{uit}"
    );
}

fn traject_met_notities(s: &Sessie) {
    s.traject_in_luisteren("zeewijk");
    s.schrijf("notities/duo-wijkcoach.md", NOTITIES);
    s.doe("notities zeewijk notities/duo-wijkcoach.md");
}

#[test]
fn na_intrekken_blijft_er_geen_spoor_en_komen_de_woorden_niet_terug() {
    let s = Sessie::nieuw();
    traject_met_notities(&s);
    s.doe("intrekken zeewijk 1");
    let bestand = s.lees("zeewijk");
    for spoor in [
        "duo-wijkcoach",
        "2024-02-20",
        "rol: wijkcoach",
        "rol: bewoner",
        "loket",
        "duo-interview 1 vastgelegd",
        "geïmporteerd",
    ] {
        assert!(!bestand.contains(spoor), "{spoor}\n{bestand}");
    }
    assert!(bestand.contains("vingerafdrukken:"), "{bestand}");
    assert!(bestand.contains("ingetrokken: 2024-04-15"), "{bestand}");
    s.ok(&["check"]);
    // Another name, another date, other roles: still the same words.
    let kopie = NOTITIES
        .replace("2024-02-20", "2024-03-01")
        .replace("bewoner", "inwoner");
    s.schrijf("elders/interview-maart.md", &kopie);
    let fout = s.weigert_regel("notities zeewijk elders/interview-maart.md");
    assert!(
        fout.contains("interview-maart.md, regel 12: dit citaat komt uit een duo-interview waarvan de deelnemers hun toestemming hebben ingetrokken"),
        "{fout}"
    );
    s.weigert_regel("notities zeewijk elders/interview-maart.md --proef");
    // The map remembers: another traject refuses them too.
    s.traject_in_luisteren("ander");
    let fout = s.weigert_regel("notities ander elders/interview-maart.md");
    assert!(fout.contains("toestemming hebben ingetrokken"), "{fout}");
    // One quote changed a little (a capital, a comma) is still recognised.
    s.schrijf(
        "derde.md",
        &NOTITIES.replace("Ik wist echt niet", "ik wist, echt, niet"),
    );
    s.weigert_regel("notities ander derde.md");
    // Notes that share only a short answer are other notes.
    s.schrijf(
        "vierde.md",
        "---\ndatum: 2024-03-02\ntoestemming: ja\nduo:\n  - rol: huisarts\n    perspectief: partner\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n> Ja, klopt.\n\n> De huisarts ziet het als eerste.\n",
    );
    s.doe("notities zeewijk vierde.md");
}

#[test]
fn een_aangepast_citaat_blijft_aangepast_na_een_nieuwe_import() {
    let s = Sessie::nieuw();
    traject_met_notities(&s);
    s.doe("citaat-wijzig zeewijk 1.1 --tekst 'Ik wist echt niet bij welk [loket] ik moest zijn.'");
    let u = s.run(&["notities", "zeewijk", "notities/duo-wijkcoach.md"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(
        u.stdout
            .contains("duo-interview 1: ongewijzigd (3 citaten)"),
        "{}",
        u.stdout
    );
    assert!(
        u.stderr.contains("duo-wijkcoach.md bevat nog de oorspronkelijke tekst van citaat 1.1, die met citaat-wijzig is aangepast; de aangepaste tekst blijft staan"),
        "{}",
        u.stderr
    );
    let bestand = s.lees("zeewijk");
    assert!(bestand.contains("[loket]"), "{bestand}");
    assert!(!bestand.contains("welk loket"), "{bestand}");
    let citaten = s.doe("citaten zeewijk");
    assert!(
        citaten.contains("[loket]") && !citaten.contains("welk loket"),
        "{citaten}"
    );
    // Withdrawn after the change: neither wording comes back.
    s.doe("intrekken zeewijk 1");
    s.schrijf("kopie.md", &NOTITIES.replace("2024-02-20", "2024-02-21"));
    s.weigert_regel("notities zeewijk kopie.md");
}

/// Two moderators each added interview 2; the merge kept both.
fn kapotte_merge(s: &Sessie) -> usize {
    s.traject_in_borgen("zeewijk");
    let pad = s.bestand("zeewijk");
    let tekst = std::fs::read_to_string(&pad).unwrap();
    let kapot = tekst.replacen("- nr: 2\n", "- nr: 1\n", 1);
    assert_ne!(kapot, tekst);
    std::fs::write(&pad, &kapot).unwrap();
    kapot.lines().position(|r| r == "- nr: 1").unwrap() + 1
}

#[test]
fn een_kapotte_merge_wordt_geweigerd_met_de_regels() {
    let s = Sessie::nieuw();
    let eerste = kapotte_merge(&s);
    let fout = s.weigert_regel("intrekken zeewijk 1");
    assert!(
        fout.contains(&format!(
            "duo-interview 1 staat 2 keer in het bestand (regels {eerste} en "
        )),
        "{fout}"
    );
    for opdracht in [
        &["rapport", "zeewijk"][..],
        &["rapport", "zeewijk", "--html"],
        &["kaartjes", "zeewijk"],
        &["kaartjes", "zeewijk", "--html"],
        &["citaten", "zeewijk"],
        &["citaten", "zeewijk", "--csv"],
        &["rode-draden"],
        &["rode-draden", "--html"],
    ] {
        let fout = s.weigert(opdracht);
        assert!(fout.contains("git-merge"), "{opdracht:?}: {fout}");
    }
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    assert!(
        uit.stdout.contains(&format!(
            "fout: trajecten/zeewijk.yaml: duo-interview 1 staat 2 keer in het bestand (regels {eerste} en "
        )),
        "{}",
        uit.stdout
    );
}

#[test]
fn een_dubbel_citaat_id_wordt_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("citaat zeewijk 1 'Nog een citaat.' --van wijkcoach");
    let pad = s.bestand("zeewijk");
    let tekst = std::fs::read_to_string(&pad).unwrap();
    std::fs::write(&pad, tekst.replacen("  - nr: 2\n", "  - nr: 1\n", 1)).unwrap();
    let fout = s.weigert_regel("rapport zeewijk");
    assert!(
        fout.contains("citaat 1.1 staat 2 keer in het bestand (regels "),
        "{fout}"
    );
    s.weigert_regel("intrekken zeewijk 1");
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1);
    assert!(
        uit.stdout
            .contains("fout: trajecten/zeewijk.yaml: citaat 1.1 staat 2 keer"),
        "{}",
        uit.stdout
    );
}

/// Each kind of identifying detail, planted in a quote: what the quote says.
const GEPLANT: &[&str] = &[
    "+31 (0)6 12345678",
    "0031 6 12345678",
    "06 - 12345678",
    "06\u{a0}12345678",
    "06\u{202f}12\u{202f}34\u{202f}56\u{202f}78",
    "06–12345678",
    "06 — 1234 5678",
    "06/12.34.56.78",
    "1234ab 5",
    "1234 AB 5",
    "NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00",
    "jan＠zeewijk．nl",
    "111.222.333",
    "mevrouw oosterhuis",
    "Mirjam",
    "acilitator",
    "xpert",
    "van der laan",
    "duo-wijkcoach.md",
    "zwanenburg",
];

#[test]
fn geen_document_toont_een_herleidbaar_gegeven() {
    let s = Sessie::nieuw();
    s.doe("nieuw elders --gemeente Ergens --vraagstuk V --facilitator 'Ingrid Zwanenburg'");
    s.traject_in_borgen("zeewijk");
    s.schrijf("notities/duo-wijkcoach.md", NOTITIES);
    // The notes bring moderator 'Mirjam Oosterhuis' and their file name into the map.
    s.doe("notities zeewijk notities/duo-wijkcoach.md");
    s.doe("afspraak zeewijk 'Pilot één voordeur' --eigenaar 'Kees van der Laan' --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    let mut ids = Vec::new();
    for (n, geplant) in GEPLANT.iter().enumerate() {
        let interview = if n % 2 == 0 { "1" } else { "2" };
        let id = s.ok(&[
            "citaat",
            "zeewijk",
            interview,
            &format!("Zeg het maar: {geplant}, echt waar."),
            "--tag",
            "inwoner-centraal",
            "--stil",
        ]);
        ids.push(id.trim().to_string());
    }
    let uit = s.ok(&["check"]);
    for (id, geplant) in ids.iter().zip(GEPLANT) {
        assert!(
            uit.contains(&format!("citaat {id} bevat mogelijk")),
            "{geplant} ({id}) niet gemeld:\n{uit}"
        );
    }
    let mut verwijzing = vec![
        "synthese",
        "zeewijk",
        "--stap",
        "reflectie",
        "Alles wat we hoorden",
    ];
    for id in &ids {
        verwijzing.push("--citaat");
        verwijzing.push(id);
    }
    s.ok(&verwijzing);
    let documenten = [
        &["rapport", "zeewijk"][..],
        &["rapport", "zeewijk", "--html"],
        &["kaartjes", "zeewijk"],
        &["kaartjes", "zeewijk", "--html"],
        &["citaten", "zeewijk"],
        &["citaten", "zeewijk", "--csv"],
        &["rode-draden"],
        &["rode-draden", "--html"],
    ];
    for opdracht in documenten {
        let document = s.ok(opdracht);
        for geplant in GEPLANT {
            assert!(
                !document.contains(&format!("{geplant}, echt")),
                "{opdracht:?} toont '{geplant}'"
            );
        }
        let gemaskeerd = document.matches("weggelaten").count();
        // Rode draden shows only the quotes the inzichten refer to most.
        let verwacht = if opdracht[0] == "rode-draden" {
            1
        } else {
            GEPLANT.len()
        };
        assert!(
            gemaskeerd >= verwacht,
            "{opdracht:?} toont {gemaskeerd} gemaskeerde citaten:\n{document}"
        );
    }
    // The import warned about the notes' quotes as well.
    s.schrijf(
        "notities/derde.md",
        &NOTITIES
            .replace("2024-02-20", "2024-02-22")
            .replace("Ja, klopt.", "Bel 06 - 12345678 maar."),
    );
    let u = s.run(&["notities", "zeewijk", "notities/derde.md", "--proef"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(
        u.stderr
            .contains("notities/derde.md: citaat 4.3 bevat mogelijk een telefoonnummer"),
        "{}",
        u.stderr
    );
}

/// An interview withdrawn by an older visieleer kept its file name, date and duo, and no
/// fingerprints; withdrawing it again must not drop the only guard against its notes.
#[test]
fn een_oude_intrekking_houdt_haar_bescherming() {
    let s = Sessie::nieuw();
    traject_met_notities(&s);
    s.doe("intrekken zeewijk 1");
    // What an older version left: no fingerprints, the traces still there.
    let pad = s.bestand("zeewijk");
    let tekst = std::fs::read_to_string(&pad).unwrap();
    let begin = tekst.find("  vingerafdrukken:\n").unwrap();
    let eind = begin + tekst[begin..].find("  historie:").unwrap();
    let oud = format!("{}{}", &tekst[..begin], &tekst[eind..])
        .replace("  datum: null\n", "  datum: 2024-02-20\n")
        .replace("rol: deelnemer 1", "rol: wijkcoach")
        .replace("rol: deelnemer 2", "rol: bewoner")
        .replace(
            "  laatste_citaat:",
            "  bron: duo-wijkcoach.md\n  laatste_citaat:",
        );
    std::fs::write(&pad, &oud).unwrap();
    s.ok(&["check"]);
    s.doe("intrekken zeewijk 1");
    let fout = s.weigert_regel("notities zeewijk notities/duo-wijkcoach.md");
    assert!(fout.contains("toestemming ingetrokken"), "{fout}");
}

//! `visieleer notities`: the moderators' notes of duo-interviews as input.

use crate::common;

use common::Sessie;

/// Notes that exercise every rule of the format.
const RIJK: &str = r#"---
datum: "2024-03-12"
toestemming: Ja
duo:
  - rol: Wijkcoach
    perspectief: uitvoering
  - rol: beleidsadviseur Wmo
    perspectief: Beleid
...
# Duo-interview in de bibliotheek

Vrije aantekening met een #hashtag die gewoon tekst is.

> Eén regel, met *nadruk*, een [link](https://example.org) en `code`.
> — wijkcoach #Rust-en-Regie #handelingsruimte

> Eerste alinea van een lang citaat,
die doorloopt op een luie regel.
>
> Tweede alinea: bel nummer #2 of de #wmo-lijn, zei ze.
> – BELEIDSADVISEUR WMO
> #inwoner-centraal

1. Eerste punt uit de lijst:

   > Een citaat in een genummerde lijst. #deskundigheid

- Tweede punt:
  > Een citaat in een opsomming met “krullende aanhalingstekens” en ‘enkele’.
  > -- wijkcoach

```
> Geen citaat: dit staat in een codeblok. #rust-en-regie
```

    > Ook geen citaat: een ingesprongen codeblok.

---
Tekst na een losse streep is geen front matter en verdwijnt niet.
---

> Buiten citaat
> > binnen citaat
>
> Nog buiten. #lokaal-regionaal

> Tags #halverwege blijven tekst; alleen aan het eind tellen ze. #sociale-basis
"#;

fn notities_van(s: &Sessie, naam: &str, inhoud: &str) -> String {
    let pad = format!("notities/{naam}");
    s.schrijf(&pad, inhoud);
    pad
}

#[test]
fn importeert_alle_vormen_van_het_formaat() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "interview-1.md", RIJK);
    let uit = s.ok(&["notities", "zeewijk", &pad]);
    assert_eq!(
        uit,
        "notities/interview-1.md → duo-interview 1 vastgelegd: 6 citaten (1.1, 1.2, 1.3, 1.4, 1.5, 1.6).\n"
    );
    let yaml = s.lees("zeewijk");
    let interview = &yaml[yaml.find("interviews:").unwrap()..yaml.rfind("\nhistorie:").unwrap()];
    insta::assert_snapshot!(interview);
    // The rules, spelled out so a failure says which one broke.
    assert!(
        interview
            .contains("tekst: Eén regel, met *nadruk*, een [link](https://example.org) en `code`."),
        "opmaak blijft staan zoals de moderator hem typte"
    );
    assert!(
        interview.contains("van: Wijkcoach"),
        "rol zoals in het duo gespeld"
    );
    assert!(
        interview.contains("van: beleidsadviseur Wmo"),
        "toeschrijving is hoofdletterongevoelig"
    );
    assert!(
        interview.contains("- rust-en-regie"),
        "tags worden kleine letters"
    );
    assert!(
        interview.contains("Tweede alinea: bel nummer #2 of de #wmo-lijn, zei ze."),
        "# midden in de tekst is tekst"
    );
    assert!(
        interview.contains("die doorloopt op een luie regel."),
        "luie vervolgregel hoort bij het citaat"
    );
    assert!(interview.contains("Een citaat in een genummerde lijst."));
    assert!(interview.contains("“krullende aanhalingstekens” en ‘enkele’."));
    let citaten = &interview[..interview.find("  bron:").unwrap()];
    assert!(!citaten.contains("Geen citaat"), "codeblok is geen citaat");
    assert!(
        !citaten.contains("Ook geen citaat"),
        "ingesprongen codeblok is geen citaat"
    );
    assert!(
        interview.contains("Tekst na een losse streep is geen front matter en verdwijnt niet.")
    );
    assert!(interview.contains("Tags #halverwege blijven tekst; alleen aan het eind tellen ze."));
    assert!(
        !citaten.contains(['—', '–']) && !citaten.contains("--"),
        "de toeschrijving hoort niet bij de tekst"
    );
    assert!(interview.contains("bron: interview-1.md"));
}

#[test]
fn windows_regeleinden_en_bom_worden_gelezen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let tekst = format!("\u{feff}{}", RIJK.replace('\n', "\r\n"));
    let pad = notities_van(&s, "crlf.md", &tekst);
    let uit = s.ok(&["notities", "zeewijk", &pad, "--proef"]);
    assert!(uit.contains("6 citaten"), "{uit}");
    assert!(uit.contains("1.2  beleidsadviseur Wmo  #inwoner-centraal  Eerste alinea van een lang citaat, die doorloopt"), "{uit}");
}

#[test]
fn het_voorbeeld_uit_examples_importeert() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let voorbeeld = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/notities/2024-03-12-wijkcoach-beleidsadviseur.md"
    );
    let uit = s.ok(&["notities", "zeewijk", voorbeeld]);
    assert!(uit.contains("4 citaten (1.1, 1.2, 1.3, 1.4)"), "{uit}");
    assert!(s.ok(&["check"]).contains("0 fouten"));
}

#[test]
fn opnieuw_importeren_verandert_niets() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "interview-1.md", RIJK);
    s.ok(&["notities", "zeewijk", &pad]);
    let voor = s.lees("zeewijk");
    let uit = s.ok(&["notities", "zeewijk", &pad]);
    assert_eq!(
        uit,
        "notities/interview-1.md → duo-interview 1: ongewijzigd (6 citaten).\n"
    );
    assert_eq!(
        voor,
        s.lees("zeewijk"),
        "het trajectbestand moet byte-gelijk blijven"
    );
}

const EERSTE: &str = "---
datum: 2024-03-12
moderator: A. Jansen
toestemming: ja
duo:
  - rol: wijkcoach
    perspectief: uitvoering
  - rol: bewoner
    perspectief: inwoner
---
> Eerste citaat.
> — wijkcoach #rust-en-regie

> Tweede citaat.
> — bewoner

> Derde citaat.
";

#[test]
fn een_gewijzigd_bestand_werkt_het_interview_bij() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "duo.md", EERSTE);
    s.ok(&["notities", "zeewijk", &pad]);
    s.doe("kerncitaat zeewijk 1.1");
    s.doe("tag zeewijk 1.1 --tag deskundigheid");
    // The second quote is removed, the third gets a tag and a speaker, a fourth is new.
    let gewijzigd = EERSTE
        .replace("> Tweede citaat.\n> — bewoner\n\n", "")
        .replace(
            "> Derde citaat.\n",
            "> Derde citaat.\n> -- Bewoner #inwoner-centraal\n\n> Vierde citaat, nieuw.\n",
        );
    s.schrijf(&pad, &gewijzigd);
    let uit = s.ok(&["notities", "zeewijk", &pad]);
    assert_eq!(
        uit,
        "notities/duo.md → duo-interview 1 bijgewerkt: 1 nieuw (1.4), 1 verwijderd (1.2), 2 behouden.\n"
    );
    let csv = s.doe("citaten zeewijk --csv");
    let ids: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|r| r.split(',').nth(2).unwrap())
        .collect();
    assert_eq!(ids, ["1.1", "1.3", "1.4"]);
    let yaml = s.lees("zeewijk");
    assert!(
        yaml.contains("kern: true"),
        "de markering kerncitaat blijft staan:\n{yaml}"
    );
    assert!(
        yaml.contains("    - rust-en-regie\n    - deskundigheid\n"),
        "later toegevoegde tags blijven staan:\n{yaml}"
    );
    assert!(yaml.contains("  - nr: 3\n    tekst: Derde citaat.\n    van: bewoner\n    tags:\n    - inwoner-centraal\n"), "{yaml}");
    // And the same file once more: nothing changes.
    s.ok(&["notities", "zeewijk", &pad]);
    assert_eq!(yaml, s.lees("zeewijk"));
}

#[test]
fn een_citaat_waar_een_inzicht_naar_verwijst_blijft() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "duo.md", EERSTE);
    s.ok(&["notities", "zeewijk", &pad]);
    // Inzichten belong to ontwerpen: a second interview opens the gate of luisteren.
    s.doe("interview zeewijk --duo wethouder:bestuur --duo adviseur:beleid --toestemming ja");
    s.doe("citaat zeewijk 2 'Het tweede gesprek.' --van wethouder");
    s.doe("volgende zeewijk");
    s.doe("synthese zeewijk --stap moderatoren 'Regels knellen' --citaat 1.2");
    s.schrijf(
        &pad,
        &EERSTE.replace("> Tweede citaat.\n> — bewoner\n\n", ""),
    );
    let fout = s.weigert(&["notities", "zeewijk", &pad]);
    assert!(
        fout.contains("citaat 1.2 staat niet meer in het bestand, maar inzicht 1 ('Regels knellen') verwijst ernaar"),
        "{fout}"
    );
}

#[test]
fn proef_wijzigt_niets() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "duo.md", EERSTE);
    let voor = s.inhoud();
    let uit = s.ok(&["notities", "zeewijk", &pad, "--proef"]);
    assert_eq!(voor, s.inhoud());
    insta::assert_snapshot!(uit, @r"
    Proef: er wordt niets gewijzigd.
    notities/duo.md → duo-interview 1 wordt vastgelegd: 3 citaten (1.1, 1.2, 1.3).
      1.1  wijkcoach  #rust-en-regie  Eerste citaat.
      1.2  bewoner  Tweede citaat.
      1.3  (geen spreker)  Derde citaat.
    3 citaten, waarvan 1 zonder spreker. Een citaat zonder spreker staat in documenten als 'uit het duo-interview met …'; noem de rol met '— rol' onder het citaat of met '**Rol:**' ervoor.
    ");
}

#[test]
fn een_bestand_met_problemen_wordt_helemaal_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let goed = notities_van(&s, "goed.md", EERSTE);
    let fout = notities_van(
        &s,
        "fout.md",
        "---
datum: 2024-03-12
toestemming: ja
locatie: bibliotheek
duo:
  - rol: wijkcoach
    perspectief: uitvoering
  - rol: bewoner
    perspectief: burger
---
> Goed citaat.
> — wijkcoach

> Van iemand die er niet bij was.
> — wethouder

> Met een tikfout in de tag. #rust-regie

> Met een onbekende tag. #xyzzy-plugh-qqq

>
> — wijkcoach
",
    );
    let melding = s.weigert(&["notities", "zeewijk", &goed, &fout]);
    insta::assert_snapshot!(melding, @r"
    fout: de notitiebestanden zijn geweigerd; er is niets geïmporteerd. Los deze problemen op en importeer opnieuw:
    notities/fout.md, regel 4: onbekend veld 'locatie' in de front matter; gebruik datum, duo, toestemming, moderator, gemeente en interview.
    notities/fout.md, regel 9: onbekend perspectief 'burger'; kies uit inwoner, uitvoering, beleid, bestuur, partner.
    notities/fout.md, regel 15: 'wethouder' zat niet in dit duo; schrijf 'wijkcoach' of 'bewoner' achter het streepje.
    notities/fout.md, regel 17: onbekende tag 'rust-regie'; bedoelde je 'rust-en-regie'? 'visieleer codeboek' toont alle tags.
    notities/fout.md, regel 19: onbekende tag 'xyzzy-plugh-qqq'; 'visieleer codeboek' toont alle tags.
    notities/fout.md, regel 21: dit citaat heeft geen tekst; schrijf de uitspraak achter '>' of haal het '>'-blok weg.
    ");
}

#[test]
fn front_matter_fouten_met_regelnummer() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let gevallen: [(&str, &str, &str); 7] = [
        (
            "geen.md",
            "# Alleen een kop\n\n> Een citaat.\n",
            "regel 1: het bestand begint niet met front matter",
        ),
        (
            "laat.md",
            "\n---\ndatum: 2024-03-12\n---\n> Een citaat.\n",
            "regel 1: het bestand begint niet met front matter",
        ),
        (
            "open.md",
            "---\ndatum: 2024-03-12\n> Een citaat.\n",
            "regel 1: de front matter wordt niet afgesloten",
        ),
        (
            "toestemming.md",
            "---\ndatum: 2024-03-12\nduo:\n  - rol: a\n    perspectief: inwoner\n  - rol: b\n    perspectief: beleid\n---\n",
            "regel 1: het veld 'toestemming' ontbreekt in de front matter",
        ),
        (
            "datum.md",
            "---\ntoestemming: ja\ndatum: 2024-02-30\nduo:\n  - rol: a\n    perspectief: inwoner\n  - rol: b\n    perspectief: beleid\n---\n",
            "regel 3: 'datum': '2024-02-30' is een datum die niet bestaat",
        ),
        (
            "solo.md",
            "---\ndatum: 2024-03-12\ntoestemming: misschien\nduo:\n  - rol: a\n    perspectief: inwoner\n---\n",
            "regel 3: 'toestemming' moet 'ja' of 'nee', of een lijst",
        ),
        (
            "yaml.md",
            "---\ndatum: 2024-03-12\ntoestemming: ja\nduo: [rol: a\n---\n",
            "regel 5: de front matter is geen geldige YAML",
        ),
    ];
    for (naam, inhoud, verwacht) in gevallen {
        let pad = notities_van(&s, naam, inhoud);
        let fout = s.weigert(&["notities", "zeewijk", &pad]);
        assert!(
            fout.contains(&format!("notities/{naam}, {verwacht}")),
            "{naam}:\n{fout}"
        );
    }
    let pad = notities_van(
        &s,
        "solo2.md",
        "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: a\n    perspectief: inwoner\n---\n",
    );
    let fout = s.weigert(&["notities", "zeewijk", &pad]);
    assert!(
        fout.contains("regel 4: een duo-interview heeft precies twee deelnemers; 'duo' noemt er 1"),
        "{fout}"
    );
    let pad = notities_van(
        &s,
        "naam.md",
        "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: a\n    naam: Piet\n    perspectief: inwoner\n  - rol: b\n    perspectief: beleid\n---\n",
    );
    let fout = s.weigert(&["notities", "zeewijk", &pad]);
    assert!(fout.contains("regel 5: onbekend veld 'naam' bij deelnemer 1 van 'duo'; alleen 'rol' en 'perspectief' (nooit een naam)"), "{fout}");
    let fout = s.weigert_regel("notities zeewijk notities/bestaat-niet.md");
    assert!(
        fout.contains("notities/bestaat-niet.md: het bestand bestaat niet"),
        "{fout}"
    );
}

#[test]
fn zonder_toestemming_wel_importeren_maar_waarschuwen() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(
        &s,
        "nee.md",
        &EERSTE.replace("toestemming: ja", "toestemming: nee"),
    );
    let u = s.run(&["notities", "zeewijk", &pad]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    assert!(u.stderr.contains("zegt 'toestemming: nee'; citaten uit dit interview blijven in de map en komen in geen enkel document"), "{}", u.stderr);
    assert!(s.lees("zeewijk").contains("toestemming: nee"));
}

#[test]
fn aantekeningen_blijven_bewaard_maar_komen_niet_in_het_rapport() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let pad = notities_van(&s, "interview-1.md", RIJK);
    s.ok(&["notities", "zeewijk", &pad]);
    assert!(
        s.lees("zeewijk")
            .contains("Vrije aantekening met een #hashtag die gewoon tekst is.")
    );
    let rapport = s.doe("rapport zeewijk");
    assert!(!rapport.contains("Vrije aantekening"), "{rapport}");
    assert!(rapport.contains("Eén regel, met"), "{rapport}");
}

#[test]
fn dezelfde_bestandsnaam_twee_keer_wordt_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let a = notities_van(&s, "duo.md", EERSTE);
    s.schrijf("ander/duo.md", EERSTE);
    let fout = s.weigert(&["notities", "zeewijk", &a, "ander/duo.md"]);
    assert!(
        fout.contains("De bestandsnaam 'duo.md' komt twee keer voor"),
        "{fout}"
    );
}

#[test]
fn de_handleiding_toont_het_voorbeeld_uit_examples() {
    let readme = include_str!("../HANDLEIDING.md");
    let voorbeeld = include_str!("../examples/notities/2024-03-12-wijkcoach-beleidsadviseur.md");
    assert!(
        readme.contains(&format!("````markdown\n{voorbeeld}````\n")),
        "het voorbeeld in HANDLEIDING.md moet gelijk zijn aan examples/notities/"
    );
}

#[test]
fn een_gestopt_traject_neemt_geen_notities_aan() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    s.doe("stop zeewijk --reden 'Geen capaciteit'");
    let pad = notities_van(&s, "duo.md", EERSTE);
    let fout = s.weigert(&["notities", "zeewijk", &pad]);
    assert!(fout.contains("is gestopt"), "{fout}");
    let fout = s.weigert(&["notities", "zeewijk", &pad, "--proef"]);
    assert!(fout.contains("is gestopt"), "{fout}");
}

#[test]
fn na_intrekken_komen_de_woorden_niet_terug_via_de_notities() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let voorbeeld = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/notities/2024-03-12-wijkcoach-beleidsadviseur.md"
    );
    s.ok(&["notities", "zeewijk", voorbeeld]);
    s.doe("intrekken zeewijk 1");
    assert!(!s.lees("zeewijk").contains("maatwerk"));
    let fout = s.weigert(&["notities", "zeewijk", voorbeeld]);
    assert!(
        fout.contains("hun toestemming hebben ingetrokken"),
        "{fout}"
    );
    assert!(!s.lees("zeewijk").contains("maatwerk"));
}

fn kopie_van_het_voorbeeld(s: &Sessie, naam: &str) -> String {
    let voorbeeld = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/notities/2024-03-12-wijkcoach-beleidsadviseur.md"
    ))
    .unwrap();
    notities_van(s, naam, &voorbeeld)
}

#[test]
fn een_hernoemde_kopie_telt_een_interview_niet_twee_keer() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let eerste = kopie_van_het_voorbeeld(&s, "interview.md");
    s.ok(&["notities", "zeewijk", &eerste]);
    let kopie = kopie_van_het_voorbeeld(&s, "interview-kopie.md");
    let fout = s.weigert(&["notities", "zeewijk", &kopie]);
    assert!(
        fout.contains("hetzelfde interview als duo-interview 1"),
        "{fout}"
    );
    // Withdrawn: a renamed copy does not bring the words back either.
    s.doe("intrekken zeewijk 1");
    let fout = s.weigert(&["notities", "zeewijk", &kopie]);
    assert!(
        fout.contains("hun toestemming hebben ingetrokken"),
        "{fout}"
    );
    assert!(!s.lees("zeewijk").contains("maatwerk"));
}

#[test]
fn dezelfde_bestandsnaam_voor_een_ander_interview_wordt_geweigerd() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("zeewijk");
    let eerste = kopie_van_het_voorbeeld(&s, "a/duo.md");
    s.ok(&["notities", "zeewijk", &eerste]);
    let ander = notities_van(
        &s,
        "b/duo.md",
        "---\ndatum: 2024-03-14\ntoestemming: ja\nduo:\n  - rol: wethouder\n    perspectief: bestuur\n  - rol: buurtwerker\n    perspectief: partner\n---\n> Iets heel anders.\n",
    );
    let fout = s.weigert(&["notities", "zeewijk", &ander]);
    assert!(
        fout.contains("beschrijft een ander interview") && fout.contains("eigen bestandsnaam"),
        "{fout}"
    );
}

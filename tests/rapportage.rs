//! The documents a facilitator hands over: the borgingsrapport, the quote cards, the clusters
//! of the ontwerpsessie, and the afspraken and nazorg that keep the borging alive.

use crate::common;

use common::Sessie;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Quotes with every character markdown could misread.
const LASTIG: &[&str] = &[
    "# Geen kop | maar een *citaat* met _nadruk_ en `code`",
    "1. Geen lijst, <script>alert('x')</script> & &amp; [link](http://x) ![img](y)",
    "- ook geen lijst\n+ en dit niet\n> en geen citaat in een citaat\n---",
    "Regel met \\ backslash en ~~door~~ en | pipes |",
];

/// The traject of the common walk, with a duo-interview without consent, difficult quotes,
/// afspraken, the evaluation, and after it is finished a nazorg entry.
fn volledig(s: &Sessie) {
    s.traject_in_borgen("zeewijk");
    s.doe("interview zeewijk --duo mantelzorger:inwoner --duo huisarts:partner --toestemming nee --datum 2024-02-07");
    s.doe("citaat zeewijk 3 'GEHEIM: dit mag nergens staan.' --van mantelzorger --tag inwoner-centraal");
    for (nr, tekst) in LASTIG.iter().enumerate() {
        let interview = if nr % 2 == 0 { "1" } else { "2" };
        let van = if nr % 2 == 0 {
            "beleidsadviseur"
        } else {
            "wethouder"
        };
        let tag = [
            "lokaal-regionaal",
            "rust-en-regie",
            "inwoner-centraal",
            "deskundigheid",
        ][nr];
        // `--` ends the options, so a quote may start with a dash.
        s.ok(&[
            "citaat", "--van", van, "--tag", tag, "zeewijk", interview, "--", tekst,
        ]);
    }
    s.doe("synthese zeewijk --stap expertteam --soort dilemma 'Lokaal en regionaal schuren' --citaat 1.2 --citaat 3.1");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    s.doe("afspraak zeewijk 'Eén telefoonnummer voor alle vragen' --eigenaar 'teamleider toegang' --streefwaarde 'Inwoners vertellen dat ze in één keer goed terechtkwamen' --datum 2024-04-01");
    s.doe("afspraak zeewijk 'Wethouder loopt elk kwartaal mee' --eigenaar wethouder --streefwaarde 'Hij kent de wijken' --datum 2024-06-01");
    s.doe("evaluatie zeewijk --proces 'Strak gepland' --inzichten 'Eén deur' --vervolg 'Pilot in twee wijken' --datum 2024-03-18");
    s.doe("volgende zeewijk --datum 2024-03-25");
    s.doe("nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Twee wijken werken met het nummer; een inwoner vertelde dat ze niet meer werd doorverwezen.' --datum 2024-04-10");
}

/// The text of every blockquote in a markdown document, as pulldown-cmark reads it:
/// soft breaks as newlines, paragraphs separated by a blank line.
fn blokcitaten(md: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let mut diepte = 0;
    let mut huidig = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::BlockQuote(_)) => {
                diepte += 1;
                huidig.clear();
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                diepte -= 1;
                uit.push(huidig.trim_end().to_string());
            }
            Event::Start(Tag::Paragraph) if diepte > 0 => {}
            Event::End(TagEnd::Paragraph) if diepte > 0 => huidig.push_str("\n\n"),
            Event::Text(t) if diepte > 0 => huidig.push_str(&t),
            Event::SoftBreak | Event::HardBreak if diepte > 0 => huidig.push('\n'),
            ander if diepte > 0 => panic!("onverwacht in een citaat: {ander:?}"),
            _ => {}
        }
    }
    uit
}

#[test]
fn het_rapport_volgt_de_hoofdstukken_van_een_borgingsrapport() {
    let s = Sessie::nieuw();
    volledig(&s);
    let md = s.doe("rapport zeewijk");
    let koppen: Vec<&str> = md.lines().filter(|r| r.starts_with("## ")).collect();
    assert_eq!(
        koppen,
        [
            "## Inhoud",
            "## Samenvatting",
            "## 1 Aanleiding en vraagstelling",
            "## 2 Aanpak",
            "## 3 Wat we hoorden",
            "## 4 Oplossingsrichtingen en handelingsperspectief",
            "## 5 Borging",
            "## 6 Conclusies en aanbevelingen",
            "## Bijlage A Citaten bij de inzichten",
        ]
    );
    // Afgerond after the borgingsessie: definitive, and the cover says when it was discussed.
    assert!(
        md.starts_with("# Borgingsrapport\n\n**Visieleertraject Zeewijk**"),
        "{md}"
    );
    assert!(
        md.contains("Definitief, besproken in de borgingsessie van 18 maart 2024"),
        "{md}"
    );
    assert!(!md.contains("CONCEPT"), "{md}");
    // Never the slug or a date in the file format.
    assert!(!md.contains("zeewijk"), "{md}");
    let iso = md
        .split(|c: char| !c.is_ascii_digit() && c != '-')
        .any(|w| w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-');
    assert!(!iso, "een datum als JJJJ-MM-DD in het rapport:\n{md}");
    insta::assert_snapshot!("rapport_lastige_citaten", md);
}

#[test]
fn het_rapport_is_een_concept_tot_de_fase_borgen() {
    let s = Sessie::nieuw();
    s.doe("nieuw vroeg --gemeente Zeewijk --vraagstuk 'Hoe?'");
    // Nothing recorded yet: a factsheet, marked as a concept.
    let md = s.doe("rapport vroeg");
    assert!(
        md.starts_with("# Factsheet Visieleertraject Zeewijk"),
        "{md}"
    );
    assert!(md.contains("**CONCEPT**"), "{md}");
    assert!(
        md.contains("| Stand | loopt, in fase werving (1 van 5) |"),
        "{md}"
    );
    s.doe("kernvraag vroeg 'Hoe precies?'");
    let md = s.doe("rapport vroeg");
    assert!(md.starts_with("# Concept-borgingsrapport"), "{md}");
    assert!(
        md.contains("Concept, het traject is in fase werving"),
        "{md}"
    );
    assert!(md.contains("Zeewijk werkt in een Visieleertraject"), "{md}");
    assert!(
        md.contains("Wat we hoorden volgt in fase luisteren."),
        "{md}"
    );
    assert!(
        md.contains("De keuze van oplossingsrichtingen volgt in fase ontwerpen."),
        "{md}"
    );
    assert!(md.contains("De borging volgt in fase borgen."), "{md}");
    assert!(
        md.contains("De fasen starten, luisteren, ontwerpen en borgen volgen."),
        "{md}"
    );
    let html = s.doe("rapport vroeg --html");
    assert!(
        html.contains("@top-center { content: \"CONCEPT\";"),
        "{html}"
    );
}

#[test]
fn elk_citaat_staat_letterlijk_in_een_blokcitaat() {
    let s = Sessie::nieuw();
    volledig(&s);
    let md = s.doe("rapport zeewijk");
    let gevonden = blokcitaten(&md);
    for tekst in LASTIG.iter().chain(&["De regels zijn nog van vorig jaar."]) {
        let verwacht = tekst.lines().collect::<Vec<_>>().join("\n");
        assert!(
            gevonden.contains(&verwacht),
            "{verwacht:?} niet als blokcitaat gevonden in {gevonden:#?}"
        );
    }
    // Every quote once: the annex names the ids of the quotes behind an insight.
    for c in &gevonden {
        assert_eq!(
            gevonden.iter().filter(|g| *g == c).count(),
            1,
            "{c:?} twee keer:\n{md}"
        );
    }
    let bijlage = md.split("## Bijlage A").nth(1).unwrap();
    assert!(
        bijlage.contains("| 1.2 beleidsadviseur (beleid); 3.1 (zonder toestemming) |"),
        "{bijlage}"
    );
}

#[test]
fn zonder_toestemming_staat_een_citaat_in_geen_enkel_document() {
    let s = Sessie::nieuw();
    volledig(&s);
    let documenten = [
        s.doe("rapport zeewijk"),
        s.doe("rapport zeewijk --html"),
        s.doe("kaartjes zeewijk"),
        s.doe("kaartjes zeewijk --html"),
        s.doe("kaartjes zeewijk --tag inwoner-centraal"),
        s.ok(&["rode-draden"]),
        s.doe("rode-draden --html"),
    ];
    for doc in &documenten {
        assert!(!doc.contains("GEHEIM"), "{doc}");
        assert!(!doc.contains("mantelzorger"), "{doc}");
    }
    assert!(documenten[0].contains(
        "Ook één citaat uit een duo-interview zonder toestemming onderbouwt dit inzicht; het staat daarom niet in dit rapport."
    ), "{}", documenten[0]);
}

#[test]
fn html_is_een_zelfstandig_bestand_met_alles_als_tekst() {
    let s = Sessie::nieuw();
    volledig(&s);
    let html = s.doe("rapport zeewijk --html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "een citaat werd HTML");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"));
    assert!(html.contains("<svg") && html.contains("10 weken"));
    assert!(html.contains("@page { size: A4;"));
    insta::assert_snapshot!(
        "rapport_lastige_citaten_html",
        common::zonder_stijlblad(&html)
    );
}

#[test]
fn rapport_naar_een_bestand() {
    let s = Sessie::nieuw();
    volledig(&s);
    s.doe("rapport zeewijk --html -o rapport.html");
    let html = std::fs::read_to_string(s.pad().join("rapport.html")).unwrap();
    assert_eq!(html, s.doe("rapport zeewijk --html"));
    let fout = s.weigert_regel("rapport zeewijk -o bestaat-niet/rapport.md");
    assert!(fout.contains("bestaat niet"), "{fout}");
}

#[test]
fn kaartjes_per_citaat_en_te_filteren_op_tag() {
    let s = Sessie::nieuw();
    volledig(&s);
    let md = s.doe("kaartjes zeewijk");
    assert_eq!(md.matches("### Kaartje ").count(), 6, "{md}");
    insta::assert_snapshot!("kaartjes_lastige_citaten", md);
    let gefilterd = s.doe("kaartjes zeewijk --tag '#Rust-en-Regie'");
    assert_eq!(gefilterd.matches("### Kaartje ").count(), 2, "{gefilterd}");
    assert!(gefilterd.contains("over 'Rust en regie'"), "{gefilterd}");
    let fout = s.weigert_regel("kaartjes zeewijk --tag rust-regie");
    assert!(fout.contains("bedoelde je 'rust-en-regie'?"), "{fout}");
    let html = s.doe("kaartjes zeewijk --html");
    assert_eq!(html.matches("<div class=\"kaart\"").count(), 6);
    assert_eq!(html.matches("<section class=\"vel\">").count(), 1);
    insta::assert_snapshot!(
        "kaartjes_lastige_citaten_html",
        common::zonder_stijlblad(&html)
    );
}

#[test]
fn een_lang_citaat_loopt_door_op_een_volgend_kaartje_en_een_vel_heeft_acht_kaartjes() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("vel");
    // About 120 words.
    let lang = "Een lang verhaal over de toegang die nergens eindigt. ".repeat(15);
    for _ in 0..3 {
        s.ok(&["citaat", "vel", "1", &lang, "--van", "wijkcoach"]);
    }
    let html = s.doe("kaartjes vel --html");
    let kaarten = html.matches("<div class=\"kaart\">").count();
    // Each long quote takes more than one card; eight cards to a sheet.
    assert!(kaarten >= 2 + 3 * 2, "{kaarten} kaartjes\n{html}");
    assert_eq!(
        html.matches("<section class=\"vel\">").count(),
        kaarten.div_ceil(8)
    );
    assert!(html.contains("Kaartje 1.3 (1 van "), "{html}");
    assert!(html.contains("Kaartje 1.3 (vervolg, 2 van "), "{html}");
    // Never smaller than 10 pt, and no word lost: every word as often as in the quotes.
    for (i, _) in html.match_indices("style=\"font-size: ") {
        let pt: f64 = html[i + 18..].split("pt").next().unwrap().parse().unwrap();
        assert!(pt >= 10.0, "{pt} pt");
    }
    assert!(
        html.contains("style=\"font-size: 14.0pt\""),
        "kort citaat groot"
    );
    assert_eq!(
        html.matches("eindigt.").count(),
        3 * 15,
        "woorden van het lange citaat ontbreken"
    );
    // Themes as words, the gemeente on every card.
    assert!(html.contains("Rust en regie"), "{html}");
    assert!(!html.contains("rust-en-regie"), "{html}");
    assert_eq!(html.matches(" · Zeewijk</p>").count(), kaarten, "{html}");
}

#[test]
fn clusters_van_de_ontwerpsessie_worden_inzichten_van_de_reflectie() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.schrijf(
        "clusters.csv",
        "kaartje,cluster\n1.1,Eén voordeur\n2.1,\"Eén voordeur\"\n\n1.1,\"Rust, regie\"\n",
    );
    let uit = s.doe("clusters zeewijk clusters.csv");
    assert!(uit.contains("2 nieuw, 0 aangevuld"), "{uit}");
    let voor = s.inhoud();
    let uit = s.doe("clusters zeewijk clusters.csv");
    assert!(uit.contains("niets veranderd"), "{uit}");
    assert_eq!(voor, s.inhoud(), "twee keer inlezen veranderde iets");
    let yaml = s.lees("zeewijk");
    assert!(
        yaml.contains("tekst: Eén voordeur\n  citaten:\n  - '1.1'\n  - '2.1'"),
        "{yaml}"
    );
    let md = s.doe("rapport zeewijk");
    assert!(md.contains("**Eén voordeur.**"), "{md}");
    assert!(md.contains("**Rust, regie.**"), "{md}");
    assert!(
        md.contains(
            "| 4 | reflectie | Eén voordeur | 1.1 wijkcoach (uitvoering); 2.1 bewoner (inwoner) |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| 5 | reflectie | Rust, regie | 1.1 wijkcoach (uitvoering) |"),
        "{md}"
    );

    s.schrijf("extra.csv", "1.1,Rust, regie\n");
    let fout = s.weigert_regel("clusters zeewijk extra.csv");
    assert!(fout.contains("regel 1: verwacht twee velden"), "{fout}");
    s.schrijf("aanvulling.csv", "2.1,\"Rust, regie\"\n");
    let uit = s.doe("clusters zeewijk aanvulling.csv");
    assert!(uit.contains("0 nieuw, 1 aangevuld"), "{uit}");
    // A Dutch spreadsheet saves with semicolons.
    s.schrijf("excel.csv", "kaartje;cluster\n2.1;Signalen ophalen\n");
    let uit = s.doe("clusters zeewijk excel.csv");
    assert!(uit.contains("1 nieuw, 0 aangevuld"), "{uit}");
}

#[test]
fn clusters_weigert_onbekende_kaartjes_en_kapotte_regels_met_regelnummer() {
    let s = Sessie::nieuw();
    volledig(&s);
    let s2 = Sessie::nieuw();
    s2.traject_in_borgen("zeewijk");
    s2.ok(&[
        "interview",
        "zeewijk",
        "--duo",
        "a:inwoner",
        "--duo",
        "b:partner",
        "--toestemming",
        "nee",
    ]);
    s2.ok(&["citaat", "zeewijk", "3", "geheim"]);
    s2.schrijf(
        "fout.csv",
        "kaartje,cluster\n1.1,Goed\nx,Cluster\n9.9,Cluster\n3.1,Geheim\n1.1\n1.1,\"open\n1.1,   \n",
    );
    let fout = s2.weigert(&["clusters", "zeewijk", "fout.csv"]);
    for verwacht in [
        "regel 3: 'x' is geen citaat-id",
        "regel 4: kaartje 9.9 bestaat niet",
        "regel 5: kaartje 3.1 komt uit een duo-interview zonder toestemming",
        "regel 6: verwacht twee velden",
        "regel 7: een aanhalingsteken dat niet wordt gesloten",
        "regel 8: de clusternaam is leeg",
    ] {
        assert!(fout.contains(verwacht), "{verwacht:?} ontbreekt in {fout}");
    }
    assert!(!fout.contains("regel 2"), "{fout}");
    let fout = s2.weigert(&["clusters", "zeewijk", "bestaat-niet.csv"]);
    assert!(fout.contains("bestaat niet"), "{fout}");
    s2.schrijf("leeg.csv", "kaartje,cluster\n");
    let fout = s2.weigert(&["clusters", "zeewijk", "leeg.csv"]);
    assert!(fout.contains("bevat geen clusters"), "{fout}");
    // An afgerond traject takes no clusters any more.
    s.schrijf("c.csv", "1.1,Laat\n");
    let fout = s.weigert_regel("clusters zeewijk c.csv");
    assert!(fout.contains("afgerond"), "{fout}");
}

#[test]
fn afspraken_in_borgen_en_nazorg_na_afloop() {
    let s = Sessie::nieuw();
    s.doe("nieuw vroeg --gemeente Zeewijk --vraagstuk 'Hoe?'");
    let fout = s.weigert_regel("afspraak vroeg Iets --eigenaar iemand");
    assert!(fout.contains("in de fase borgen"), "{fout}");
    let fout =
        s.weigert_regel("nazorg vroeg --afspraak 1 --stand loopt --volgende 2024-09 --verhaal x");
    assert!(fout.contains("Nazorg volgt op de fase borgen"), "{fout}");

    volledig(&s);
    // Finished: a nazorggesprek often leads to a new afspraak, so both stay possible.
    assert_eq!(
        s.doe("afspraak zeewijk 'Nog een' --eigenaar iemand --streefwaarde 'Inwoners merken het' --datum 2024-09-02").trim(),
        "Afspraak 3 vastgelegd."
    );
    let fout =
        s.weigert_regel("nazorg zeewijk --afspraak 9 --stand loopt --volgende 2024-09 --verhaal x");
    assert!(fout.contains("geen afspraak 9"), "{fout}");
    let fout = s.weigert_regel(
        "nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal '  '",
    );
    assert!(fout.contains("--verhaal is leeg"), "{fout}");
    let fout =
        s.weigert_regel("nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal x --datum 2024-01-01");
    assert!(fout.contains("vóór het begin van de fase borgen"), "{fout}");
    let fout = s.weigert_met(
        2,
        &[
            "nazorg",
            "zeewijk",
            "--afspraak",
            "1",
            "--stand",
            "half",
            "--verhaal",
            "x",
        ],
    );
    assert!(fout.contains("ongeldige waarde 'half'"), "{fout}");

    // The same nazorg twice changes nothing.
    let voor = s.inhoud();
    let uit = s.doe("nazorg zeewijk --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Twee wijken werken met het nummer; een inwoner vertelde dat ze niet meer werd doorverwezen.' --datum 2024-04-10");
    assert!(uit.contains("stond er al"), "{uit}");
    assert_eq!(voor, s.inhoud());

    let md = s.doe("rapport zeewijk");
    let borging = md.split("## 5 Borging").nth(1).unwrap();
    assert!(borging.contains("| 1 | Eén telefoonnummer voor alle vragen | teamleider toegang | Inwoners vertellen dat ze in één keer goed terechtkwamen | 1 april 2024 | loopt (10 april 2024) |"), "{borging}");
    assert!(
        borging.contains("### Nazorg\n\nHet nazorggesprek vond plaats op 10 april 2024."),
        "{borging}"
    );
    // The samenvatting names the afspraak with owner, streefwaarde and date, and the nazorg.
    let samenvatting = md
        .split("## Samenvatting")
        .nth(1)
        .unwrap()
        .split("## 1 ")
        .next()
        .unwrap();
    assert!(samenvatting.contains("- Eén telefoonnummer voor alle vragen (eigenaar: teamleider toegang; streefwaarde: Inwoners vertellen dat ze in één keer goed terechtkwamen; bekijken op 1 april 2024)"), "{samenvatting}");
    assert!(
        samenvatting.contains("Het nazorggesprek vond plaats op 10 april 2024."),
        "{samenvatting}"
    );
}

#[test]
fn toon_en_overzicht_melden_afspraken_over_hun_datum_zonder_nazorg() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("afspraak zeewijk 'Eén nummer' --eigenaar teamleider --streefwaarde 'Eén keer bellen' --datum 2024-04-01");
    s.doe("afspraak zeewijk Later --eigenaar wethouder --streefwaarde 'Hij kent de wijken' --datum 2024-09-01");
    // Without a streefwaarde or a date, the follow-up would stop silently: refused.
    let fout =
        s.weigert_regel("afspraak zeewijk 'Zonder datum' --eigenaar wethouder --streefwaarde x");
    assert!(
        fout.contains("Een afspraak heeft een datum nodig"),
        "{fout}"
    );
    let fout =
        s.weigert_regel("afspraak zeewijk 'Zonder datum' --eigenaar wethouder --datum 2024-09-01");
    assert!(
        fout.contains("Een afspraak heeft een streefwaarde nodig"),
        "{fout}"
    );
    let fout = s.weigert_regel("afspraak zeewijk 'Eén nummer' --eigenaar teamleider --streefwaarde 'Eén keer bellen' --datum 2024-04-01");
    assert!(fout.contains("heeft deze afspraak al"), "{fout}");
    let toon = s.doe("toon zeewijk");
    assert!(
        toon.contains("Let op: afspraak 1 (Eén nummer) had op 2024-04-01 besproken moeten zijn"),
        "{toon}"
    );
    assert!(!toon.contains("afspraak 2 (Later)"), "{toon}");
    let overzicht = s.doe("overzicht --markdown");
    assert!(
        overzicht.contains("⚠ 1 afspraak zonder nazorg"),
        "{overzicht}"
    );
    s.doe("nazorg zeewijk --afspraak 1 --stand gehaald --verhaal 'Het nummer werkt.'");
    assert!(!s.doe("toon zeewijk").contains("Let op: afspraak"));
    assert!(!s.ok(&["overzicht"]).contains("zonder nazorg"));
}

#[test]
fn een_richting_noemt_de_inzichten_waar_zij_antwoord_op_is() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let uit =
        s.doe("richting zeewijk 'Eén telefoonnummer voor alle vragen' --inzicht 2 --inzicht 1");
    assert_eq!(
        uit,
        "Oplossingsrichting 2 vastgelegd, als antwoord op inzichten 1 en 2.\n"
    );
    assert!(
        s.lees("zeewijk")
            .contains("- tekst: Eén telefoonnummer voor alle vragen\n  inzichten:\n  - 1\n  - 2\n"),
        "{}",
        s.lees("zeewijk")
    );
    // An existing richting gets another link; the same link twice is refused.
    let uit = s.doe("richting zeewijk 'Eén wijkteam per wijk met eigen mandaat' --inzicht 3");
    assert_eq!(uit, "Oplossingsrichting 1 gekoppeld aan inzicht 3.\n");
    let fout =
        s.weigert_regel("richting zeewijk 'Eén wijkteam per wijk met eigen mandaat' --inzicht 3");
    assert!(fout.contains("staat al in traject 'zeewijk'"), "{fout}");
    let fout = s.weigert_regel("richting zeewijk 'Nog een' --inzicht 9");
    assert!(
        fout.contains("Traject 'zeewijk' heeft geen inzicht 9;"),
        "{fout}"
    );
    let fout = s.weigert_regel("richting zeewijk 'Nog een' --inzicht twee");
    assert!(fout.contains("'twee' is geen inzichtnummer"), "{fout}");

    let md = s.doe("rapport zeewijk");
    assert!(
        md.contains("1. **Eén wijkteam per wijk met eigen mandaat.** Een antwoord op: Iedereen herkent het loket-probleem.\n"),
        "{md}"
    );
    assert!(
        md.contains("2. **Eén telefoonnummer voor alle vragen.** Een antwoord op: Regels knellen; Eén voordeur helpt.\n"),
        "{md}"
    );
}

/// The verb of samenwerkende gemeenten agrees with them.
#[test]
fn enkelvoud_en_meervoud() {
    let s = Sessie::nieuw();
    s.doe("nieuw samen --gemeente Aadorp --gemeente Beekdorp --vraagstuk 'Samen?'");
    s.doe("kernvraag samen 'Hoe samen?'");
    s.doe("stop samen --reden 'de raad koos anders'");
    let md = s.doe("rapport samen");
    assert!(
        md.contains("Aadorp en Beekdorp werkten in een Visieleertraject"),
        "{md}"
    );
    assert!(md.contains("De reden: de raad koos anders."), "{md}");
}

/// `rode-draden` keeps of each traject only its counts and the quotes insights cite; its
/// report is the same as the one built from the whole trajecten, also with an interview
/// without consent and a stopped traject, and with the method chapter (which reads the
/// interviews, sessions, evaluatie and afspraken the summary drops or keeps).
#[test]
fn rode_draden_uit_samenvattingen_is_gelijk_aan_uit_hele_trajecten() {
    let s = Sessie::nieuw();
    volledig(&s);
    s.doe("nieuw bloemendorp --gemeente Bloemendorp --vraagstuk 'Wie helpt wie?'");
    s.doe("stop bloemendorp --reden 'geen capaciteit'");
    for (html, methode) in [(false, false), (true, false), (false, true), (true, true)] {
        let mut args = vec!["rode-draden"];
        if html {
            args.push("--html");
        }
        if methode {
            args.push("--methode");
        }
        let uit_samenvattingen = s.ok(&args);
        let map = visieleer::opslag::Map::new(s.map());
        let gelezen = map
            .alle_samengevat(|_| {})
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        let trajecten = visieleer::opslag::Map::namen_voor_document(gelezen);
        let boek = visieleer::luisteren::codeboek::Codeboek::voor_map(&s.map()).unwrap();
        let vandaag: visieleer::model::datum::Datum = common::VANDAAG.parse().unwrap();
        let opties = visieleer::document::rode_draden::Opties {
            methode,
            alleen: None,
        };
        let uit_hele = if html {
            visieleer::document::rode_draden::html_met(&trajecten, vandaag, &boek, opties)
        } else {
            visieleer::document::rode_draden::markdown_met(&trajecten, vandaag, &boek, opties)
        };
        assert!(uit_samenvattingen.contains("Bloemendorp (gestopt)"));
        assert_eq!(
            uit_samenvattingen.contains("De methode"),
            methode,
            "{uit_samenvattingen}"
        );
        assert_eq!(uit_samenvattingen.trim_end(), uit_hele.trim_end());
    }
}

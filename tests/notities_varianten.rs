//! The notes moderators really write: speaker labels, attributions after a dash, quotation
//! marks, tags on several lines, `<naam>` and other markup. Each variant is written as a
//! moderator types it; the table says which text, speaker and tags must come out.

use visieleer::luisteren::codeboek::Codeboek;
use visieleer::luisteren::notities::{NieuwCitaat, lees};

/// Notes with this duo and body.
fn notities(rollen: [(&str, &str); 2], romp: &str) -> String {
    format!(
        "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: {}\n    perspectief: {}\n  - rol: {}\n    perspectief: {}\n---\n{romp}",
        rollen[0].0, rollen[0].1, rollen[1].0, rollen[1].1
    )
}

fn citaten(rollen: [(&str, &str); 2], romp: &str) -> Vec<NieuwCitaat> {
    match lees(&notities(rollen, romp), &Codeboek::ingebouwd()) {
        Ok(n) => n.citaten,
        Err(p) => panic!("geweigerd: {p:?}\n{romp}"),
    }
}

const WETHOUDER: [(&str, &str); 2] = [
    ("wethouder", "bestuur"),
    ("coördinator vrijwilligers", "partner"),
];
const WIJK: [(&str, &str); 2] = [("Wijkcoach", "uitvoering"), ("bewoner", "inwoner")];
const BELEID: [(&str, &str); 2] = [
    ("Beleidsmedewerker", "beleid"),
    ("consulent Wmo", "uitvoering"),
];

struct Variant {
    duo: [(&'static str, &'static str); 2],
    romp: &'static str,
    tekst: &'static str,
    van: Option<&'static str>,
    tags: &'static [&'static str],
}

const VARIANTEN: &[Variant] = &[
    Variant {
        duo: WETHOUDER,
        romp: "> **Wethouder:** „We hebben het geld wel, maar niet de mensen.”\n",
        tekst: "We hebben het geld wel, maar niet de mensen.",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: BELEID,
        romp: "> Beleidsmedewerker: \"Ik schrijf de regels, maar ik pas ze nooit toe.\"\n",
        tekst: "Ik schrijf de regels, maar ik pas ze nooit toe.",
        van: Some("Beleidsmedewerker"),
        tags: &[],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> **Wethouder**: Dat is hier echt een dingetje. #rust-en-regie\n",
        tekst: "Dat is hier echt een dingetje.",
        van: Some("wethouder"),
        tags: &["rust-en-regie"],
    },
    Variant {
        duo: BELEID,
        romp: "> Ik bel drie keer en krijg drie verschillende antwoorden. – consulent Wmo\n",
        tekst: "Ik bel drie keer en krijg drie verschillende antwoorden.",
        van: Some("consulent Wmo"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Ze weten niet eens dat we bestaan — wijkcoach #inwoner-centraal\n",
        tekst: "Ze weten niet eens dat we bestaan",
        van: Some("Wijkcoach"),
        tags: &["inwoner-centraal"],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Wachtlijsten zijn geen natuurwet.\n> - wethouder\n",
        tekst: "Wachtlijsten zijn geen natuurwet.",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> De regio bepaalt, wij betalen.\n> #lokaal-regionaal\n> – wethouder\n",
        tekst: "De regio bepaalt, wij betalen.",
        van: Some("wethouder"),
        tags: &["lokaal-regionaal"],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Niemand vraagt ons wat we zien. #sociale-basis – coördinator vrijwilligers\n",
        tekst: "Niemand vraagt ons wat we zien.",
        van: Some("coördinator vrijwilligers"),
        tags: &["sociale-basis"],
    },
    Variant {
        duo: WIJK,
        romp: "> Toen zei <naam buurvrouw> dat ik het wijkteam moest bellen.\n> — bewoner\n",
        tekst: "Toen zei <naam buurvrouw> dat ik het wijkteam moest bellen.",
        van: Some("bewoner"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Het is *altijd* de _laatste_ week van de maand, 2 * 3 keer per jaar.\n> -- bewoner\n",
        tekst: "Het is *altijd* de _laatste_ week van de maand, 2 * 3 keer per jaar.",
        van: Some("bewoner"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Het loket – en dat is het probleem – sluit om vier uur.\n",
        tekst: "Het loket – en dat is het probleem – sluit om vier uur.",
        van: None,
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Ik wil twee dingen:\n> - geld\n> - tijd\n",
        tekst: "Ik wil twee dingen:\n\n- geld\n\n- tijd",
        van: None,
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> wijkcoach: ik doe dit werk nu twintig jaar.\n",
        tekst: "ik doe dit werk nu twintig jaar.",
        van: Some("Wijkcoach"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Eerlijk gezegd: niemand leest die brief. #transparantie-en-eenvoud\n",
        tekst: "Eerlijk gezegd: niemand leest die brief.",
        van: None,
        tags: &["transparantie-en-eenvoud"],
    },
    Variant {
        duo: WIJK,
        romp: "> ‘Ik doe z’n werk er gewoon bij.’ – Wijkcoach\n",
        tekst: "Ik doe z’n werk er gewoon bij.",
        van: Some("Wijkcoach"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> \"Ja,\" zei ze, \"maar wie betaalt dat?\"\n> — bewoner\n",
        tekst: "\"Ja,\" zei ze, \"maar wie betaalt dat?\"",
        van: Some("bewoner"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> **Bewoner:**\n> Ik wist niet waar ik heen moest.\n> #inwoner-centraal\n",
        tekst: "Ik wist niet waar ik heen moest.",
        van: Some("bewoner"),
        tags: &["inwoner-centraal"],
    },
    Variant {
        duo: BELEID,
        romp: "> Eerst dachten we: meer regels.\n>\n> Nu weten we: minder formulieren. #transparantie-en-eenvoud\n> — consulent wmo\n",
        tekst: "Eerst dachten we: meer regels.\n\nNu weten we: minder formulieren.",
        van: Some("consulent Wmo"),
        tags: &["transparantie-en-eenvoud"],
    },
    Variant {
        duo: WIJK,
        romp: "> “Het formulier is tien pagina’s.” — bewoner #transparantie-en-eenvoud\n",
        tekst: "Het formulier is tien pagina’s.",
        van: Some("bewoner"),
        tags: &["transparantie-en-eenvoud"],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Je moet gewoon durven. - wethouder\n",
        tekst: "Je moet gewoon durven.",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Geld is er wel. #rust-en-regie\n> Mensen niet. #deskundigheid\n> — wethouder\n",
        tekst: "Geld is er wel. Mensen niet.",
        van: Some("wethouder"),
        tags: &["rust-en-regie", "deskundigheid"],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Het is een lange zin die\nzonder haakje doorloopt. – wethouder\n",
        tekst: "Het is een lange zin die zonder haakje doorloopt.",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: WETHOUDER,
        romp: "- Over geld:\n  > **Wethouder:** „Het potje is leeg.”\n",
        tekst: "Het potje is leeg.",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Het gaat om vertrouwen, niet om regels. #inwoner-centraal\n",
        tekst: "Het gaat om vertrouwen, niet om regels.",
        van: None,
        tags: &["inwoner-centraal"],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Coördinator vrijwilligers: „Wij zien alles als eerste.“\n",
        tekst: "Wij zien alles als eerste.",
        van: Some("coördinator vrijwilligers"),
        tags: &[],
    },
    Variant {
        duo: WETHOUDER,
        romp: "> Bel lijn #2 maar - wethouder\n",
        tekst: "Bel lijn #2 maar",
        van: Some("wethouder"),
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Dat is een no-go - zeker voor mij.\n> - mantelzorger\n",
        tekst: "Dat is een no-go - zeker voor mij.\n\n- mantelzorger",
        van: None,
        tags: &[],
    },
    Variant {
        duo: WIJK,
        romp: "> Zie [de site](https://example.org) en `formulier_b`, of bel 14 0123.\n> — Wijkcoach\n",
        tekst: "Zie [de site](https://example.org) en `formulier_b`, of bel 14 0123.",
        van: Some("Wijkcoach"),
        tags: &[],
    },
];

#[test]
fn wat_moderatoren_schrijven() {
    assert!(VARIANTEN.len() >= 20);
    for v in VARIANTEN {
        let gevonden = citaten(v.duo, v.romp);
        assert_eq!(gevonden.len(), 1, "{}", v.romp);
        let c = &gevonden[0];
        assert_eq!(c.tekst, v.tekst, "tekst van {:?}", v.romp);
        assert_eq!(c.van.as_deref(), v.van, "spreker van {:?}", v.romp);
        assert_eq!(c.tags, v.tags, "tags van {:?}", v.romp);
    }
}

fn problemen(rollen: [(&str, &str); 2], romp: &str) -> Vec<(usize, String)> {
    match lees(&notities(rollen, romp), &Codeboek::ingebouwd()) {
        Ok(n) => panic!("niet geweigerd: {:?}", n.citaten),
        Err(p) => p.into_iter().map(|p| (p.regel, p.tekst)).collect(),
    }
}

#[test]
fn twee_sprekers_in_een_citaat_worden_geweigerd() {
    // A label in front and another role behind: whose words are these?
    let p = problemen(
        WETHOUDER,
        "> **Wethouder:** „Dat regelen we.”\n> — coördinator vrijwilligers\n",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, 11);
    assert!(p[0].1.contains("twee sprekers"), "{p:?}");
    // A conversation written down as one quote.
    let p = problemen(
        WIJK,
        "> **Bewoner:** Ik belde drie keer.\n>\n> **Wijkcoach:** En ik hoorde er niets van.\n",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, 12);
    assert!(
        p[0].1.contains("hier begint 'Wijkcoach' te praten"),
        "{p:?}"
    );
}

#[test]
fn een_streepje_met_een_onbekende_rol_op_een_eigen_regel_blijft_een_fout() {
    let p = problemen(WIJK, "> Dat klopt.\n> — wethouder\n");
    assert_eq!(
        p,
        vec![(
            11,
            "'wethouder' zat niet in dit duo; schrijf 'Wijkcoach' of 'bewoner' achter het streepje"
                .to_string()
        )]
    );
}

/// The table "Zo schrijven moderatoren het ook" in HANDLEIDING.md says what each style gives;
/// the reader must agree with the manual.
#[test]
fn de_handleiding_zegt_wat_de_lezer_doet() {
    let handleiding = include_str!("../HANDLEIDING.md");
    let begin = handleiding
        .find("| in de notities | tekst | spreker | tags |")
        .expect("de tabel in HANDLEIDING.md");
    let rijen: Vec<&str> = handleiding[begin..]
        .lines()
        .skip(2)
        .take_while(|r| r.starts_with('|'))
        .collect();
    assert!(rijen.len() >= 6, "{rijen:?}");
    let duo = [("wethouder", "bestuur"), ("consulent Wmo", "uitvoering")];
    for rij in rijen {
        let cellen: Vec<&str> = rij
            .trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().trim_end_matches('|').trim())
            .collect();
        let romp: String = cellen[0]
            .split("<br>")
            .map(|regel| format!("{}\n", regel.trim_matches('`')))
            .collect();
        let gevonden = citaten(duo, &romp);
        assert_eq!(gevonden.len(), 1, "{rij}");
        let c = &gevonden[0];
        let tekst = cellen[1].replace('\\', "");
        assert_eq!(c.tekst, tekst, "{rij}");
        let van = (cellen[2] != "*(geen)*").then_some(cellen[2]);
        assert_eq!(c.van.as_deref(), van, "{rij}");
        let tags: Vec<&str> = cellen
            .get(3)
            .filter(|t| !t.is_empty())
            .map(|t| t.split(", ").collect())
            .unwrap_or_default();
        assert_eq!(c.tags, tags, "{rij}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Whatever markup characters a quote holds, its text comes out exactly as typed: only the
    /// attribution goes.
    #[test]
    fn de_tekst_blijft_letterlijk(
        tekst in "[A-Za-z(_][A-Za-z0-9 *_<>/\\[\\]()`&;#!.,:'\"\\\\=+~|-]{0,60}",
    ) {
        let tekst = format!("{tekst} eind.");
        let romp = format!("> {tekst}\n> — wijkcoach\n");
        let gevonden = citaten(WIJK, &romp);
        proptest::prop_assert_eq!(gevonden.len(), 1);
        proptest::prop_assert_eq!(&gevonden[0].tekst, &tekst);
        proptest::prop_assert_eq!(gevonden[0].van.as_deref(), Some("Wijkcoach"));
    }
}

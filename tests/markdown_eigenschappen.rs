//! Property: whatever a quote contains, every document shows it as exactly that text. The
//! generated markdown is parsed back with pulldown-cmark and each quote must come out as the
//! text of a blockquote; the HTML may contain no tag the tool did not write itself.
//!
//! The same holds for the document model itself: any text in any block of a
//! `visieleer::document::Document` comes back as that text from both renderers.

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use visieleer::model::datum::Datum;
use visieleer::model::interview::{Deelnemer, Interview, Perspectief, Toestemming};
use visieleer::model::traject::Traject;

fn traject_met(citaten: &[String]) -> Traject {
    let dag = Datum::new(2024, 2, 1).unwrap();
    let mut t = Traject::nieuw(
        "eigenschap",
        vec!["Zeewijk".into()],
        "Vraagstuk".into(),
        None,
        dag,
    );
    let mut interview = Interview::nieuw(
        1,
        Some(dag),
        Toestemming::JA,
        vec![
            Deelnemer {
                rol: "wijkcoach".into(),
                perspectief: Perspectief::Uitvoering,
            },
            Deelnemer {
                rol: "bewoner".into(),
                perspectief: Perspectief::Inwoner,
            },
        ],
    );
    for (nr, tekst) in citaten.iter().enumerate() {
        let tags = if nr % 2 == 0 {
            vec!["inwoner-centraal".to_string()]
        } else {
            Vec::new()
        };
        interview
            .voeg_citaat_toe(tekst.clone(), Some("wijkcoach".into()), tags)
            .unwrap();
    }
    t.interviews.push(interview);
    t
}

/// The text of every blockquote, as pulldown-cmark reads it.
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
            ander if diepte > 0 => huidig.push_str(&format!("<<{ander:?}>>")),
            _ => {}
        }
    }
    uit
}

/// What a quote looks like after markdown: lines trimmed, paragraphs kept, empty lines folded.
fn verwacht(tekst: &str) -> String {
    // Documents mask what may identify someone; the traject here knows no names.
    als_alineas(&visieleer::privacy::maskeer(tekst, &[]))
}

/// A text as markdown gives it back, for the document model itself: it masks nothing (the
/// report masks before it builds the model), so `x@a.nl` comes back as it went in.
fn als_alineas(tekst: &str) -> String {
    visieleer::document::ontsnappen::markdown::alineas(tekst)
        .iter()
        .map(|a| a.join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

const TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "br",
    "svg",
    "text",
    "rect",
    "path",
    "line",
    "section",
    "div",
    "nav",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
];

fn alleen_eigen_tags(html: &str) -> Result<(), String> {
    for (i, _) in html.match_indices('<') {
        let rest = html[i + 1..].trim_start_matches('/');
        let naam: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        if !TAGS.contains(&naam.as_str()) {
            return Err(format!(
                "onbekende tag <{naam}> bij {}",
                &html[i..(i + 40).min(html.len())]
            ));
        }
    }
    Ok(())
}

fn citaat() -> impl Strategy<Value = String> {
    let markdownachtig = "[-#*_|<>`1. +=!\\[\\]()&;~\\\\:a-z\t]{0,24}";
    let regel = prop_oneof![
        "[^\\p{C}]{0,30}",
        markdownachtig,
        Just(String::new()),
        Just("---".to_string()),
        Just("1. ".to_string()),
        // Every list marker a facilitator may type at the start of a richting or insight.
        prop::sample::select(vec![
            "- x", "1. x", "2) x", "+ x", "* x", "# x", "-", "=", "- - -", "10) tien"
        ])
        .prop_map(str::to_string),
        Just("<script>alert(1)</script>".to_string()),
        Just("&amp; &#65;".to_string()),
    ];
    prop::collection::vec(regel, 1..5).prop_map(|r| r.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn elk_citaat_komt_letterlijk_terug(citaten in prop::collection::vec(citaat(), 1..4)) {
        let citaten: Vec<String> = citaten.into_iter().map(|c| c.trim().to_string()).collect();
        prop_assume!(citaten.iter().all(|c| !verwacht(c).is_empty()));
        let t = traject_met(&citaten);
        let vandaag = Datum::new(2024, 4, 15).unwrap();
        let boek = visieleer::luisteren::codeboek::Codeboek::ingebouwd();
        let masker = visieleer::privacy::Masker::alleen_eigen(&t);
        let ctx = visieleer::document::Context { vandaag, boek: &boek, masker: &masker };
        let alleen = [(t.clone(), masker.clone())];
        let documenten = [
            visieleer::document::rapport::rapport(&t, &ctx),
            visieleer::document::kaartjes::markdown(&t, &[], &ctx),
            visieleer::document::rode_draden::markdown(&alleen, vandaag, &boek),
        ];
        for md in &documenten[..2] {
            let gevonden = blokcitaten(md);
            for c in &citaten {
                prop_assert!(
                    gevonden.contains(&verwacht(c)),
                    "{:?} niet letterlijk terug; gevonden: {:?}\n{}", verwacht(c), gevonden, md
                );
            }
        }
        let rapport_html = visieleer::document::rapport::rapport_html(&t, &ctx);
        for c in &citaten {
            for alinea in visieleer::document::ontsnappen::markdown::alineas(&verwacht(c)) {
                let html = visieleer::document::ontsnappen::html::escape(&alinea.join("\n"));
                prop_assert!(
                    rapport_html.contains(&format!("<p>{html}</p>")),
                    "{:?} niet letterlijk in de HTML:\n{}", html, rapport_html
                );
            }
        }
        for html in [
            rapport_html.clone(),
            visieleer::document::kaartjes::html(&t, &[], &ctx),
            visieleer::document::rode_draden::html(&alleen, vandaag, &boek),
        ] {
            if let Err(fout) = alleen_eigen_tags(&html) {
                prop_assert!(false, "{}", fout);
            }
        }
    }
}

/// Text as a reader sees it: runs of white space as one space.
pub fn woorden(tekst: &str) -> String {
    tekst.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// All text of a markdown document as pulldown-cmark reads it, breaks as spaces.
pub fn leestekst(md: &str) -> String {
    let mut uit = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => uit.push_str(&t),
            Event::SoftBreak | Event::HardBreak => uit.push(' '),
            Event::End(_) => uit.push(' '),
            _ => {}
        }
    }
    woorden(&uit)
}

fn regel() -> impl Strategy<Value = String> {
    citaat().prop_map(|c| c.trim().to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn elke_tekst_in_het_documentmodel_komt_letterlijk_terug(
        teksten in prop::collection::vec(regel(), 9)
    ) {
        use visieleer::document::{Blok, Document, Inline, Omslag, Sectie};
        prop_assume!(teksten.iter().all(|t| !woorden(t).is_empty()));
        let t = |n: usize| teksten[n].clone();
        let mut doc = Document::nieuw(t(0));
        doc.omslag = Some(Omslag { soort: t(0), titel: t(1), ondertitel: Some(t(2)), regels: vec![t(3)] });
        doc.inhoud = true;
        doc.voettekst = Some(t(4));
        doc.stempel = Some(t(5));
        doc.secties.push(
            Sectie::nieuw(1, t(6))
                .met(Blok::alinea(t(7)))
                .met(Blok::Alinea(vec![Inline::Sterk(t(8)), Inline::Tekst(format!(" {}", t(0)))]))
                .met(Blok::Alinea(vec![Inline::Nadruk(t(1))]))
                .met(Blok::citaat(t(2), t(3), Some("1.1")))
                .met(Blok::Tabel { intro: Some(visieleer::document::tekst(t(4))), kop: vec![t(5), t(6)], rijen: vec![vec![t(7), t(8)]] })
                .met(Blok::lijst([visieleer::document::tekst(t(0)), visieleer::document::tekst(t(1))]))
                .met(Blok::Definities(vec![(t(2), visieleer::document::tekst(t(3)))]))
                .met(Blok::Kader(visieleer::document::tekst(t(4)))),
        );
        doc.secties.push(Sectie::nieuw(3, t(5)).met(Blok::Figuur { svg: "<svg></svg>".into(), onderschrift: t(6), tabel: None }));
        let md = visieleer::document::markdown::render(&doc);
        // The contents, the list and the definitions hold every item, and no text opens a
        // list of its own or one inside an item.
        let (mut diepte, mut diepst, mut items) = (0, 0, 0);
        for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::List(_)) => { diepte += 1; diepst = diepst.max(diepte); }
                Event::End(TagEnd::List(_)) => diepte -= 1,
                Event::Start(Tag::Item) => items += 1,
                _ => {}
            }
        }
        prop_assert_eq!(diepst, 1, "{}", md);
        prop_assert_eq!(items, doc.hoofdstukken().count() + 3, "{}", md);
        let gelezen = leestekst(&md);
        for tekst in &teksten {
            prop_assert!(
                gelezen.contains(&woorden(tekst)),
                "{:?} niet letterlijk terug uit de markdown; gelezen:\n{}\n{}", woorden(tekst), gelezen, md
            );
        }
        prop_assert!(blokcitaten(&md).contains(&als_alineas(&t(2))) || als_alineas(&t(2)).is_empty());
        let html = visieleer::document::html::render(&doc);
        if let Err(fout) = alleen_eigen_tags(&html) {
            prop_assert!(false, "{}", fout);
        }
        for tekst in &teksten {
            let ontsnapt = woorden(&visieleer::document::ontsnappen::html::escape(tekst));
            prop_assert!(
                woorden(&html).contains(&ontsnapt),
                "{:?} niet ontsnapt in de HTML:\n{}", ontsnapt, html
            );
        }
    }
}

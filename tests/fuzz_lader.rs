//! Fuzzing the traject-file loader: any text gives a result or a Dutch error, never a panic or
//! a hang. `fuzz/run.sh` runs this for a set time with many more cases.
//! The notes reader has its own targets in `tests/fuzz_notities.rs`.

use crate::common;

use proptest::prelude::*;
use visieleer::bestand::lees as uit_yaml;

/// The seed files in `fuzz/corpus/`: valid trajecten and known nasty inputs.
fn corpus() -> Vec<String> {
    common::corpus("fuzz/corpus")
}

fn laad(tekst: &str) {
    match uit_yaml(tekst, "fuzz") {
        Ok(traject) => {
            // What loads must also be writable, and read back to the same traject.
            let yaml = visieleer::bestand::schrijf(&traject).expect("schrijfbaar");
            let terug = uit_yaml(&yaml, "fuzz").expect("teruggelezen");
            assert_eq!(terug, traject);
            // The head that `overzicht` remembers reads back as the head of the full traject.
            let kop = visieleer::opslag::koppen::kop_van(traject.clone());
            let onthouden = visieleer::bestand::schrijf(&kop).expect("kop schrijfbaar");
            let kop_terug = uit_yaml(&onthouden, "fuzz").expect("kop teruggelezen");
            assert_eq!(kop_terug, kop);
            assert_eq!(kop_terug.tijdlijn, traject.tijdlijn);
            assert_eq!(kop_terug.afspraken, traject.afspraken);
            assert_eq!(kop_terug.sessies, traject.sessies);
            let _ = visieleer::methode::controle::controleer(&traject);
            // Every timeline finding points at a line of the file it came from.
            for tijdfout in visieleer::methode::volgorde::controleer(&traject) {
                if let Some(regel) = visieleer::methode::volgorde::regel(tekst, tijdfout.plek) {
                    assert!(regel >= 1 && regel <= tekst.lines().count(), "{tijdfout:?}");
                }
            }
            let masker = visieleer::privacy::Masker::alleen_eigen(&traject);
            let ctx = visieleer::document::Context {
                vandaag: "2024-04-15".parse().unwrap(),
                boek: &visieleer::luisteren::codeboek::Codeboek::ingebouwd(),
                masker: &masker,
            };
            let _ = visieleer::document::rapport::rapport(&traject, &ctx);
        }
        Err(fout) => {
            // One Dutch sentence: a panic would already have failed the test, so what is left
            // to check is that the refusal is a single line with its place or its reason.
            assert!(!fout.is_empty());
            assert!(!fout.contains('\n'), "{fout}");
        }
    }
    let _ = visieleer::bestand::commentaarregel(tekst);
}

#[derive(Debug, Clone)]
enum Mutatie {
    Wis(usize, usize),
    Voeg(usize, String),
    Dupliceer(usize, usize),
}

fn mutatie() -> impl Strategy<Value = Mutatie> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(a, n)| Mutatie::Wis(a, n)),
        (
            any::<usize>(),
            prop_oneof![
                "[ -~\n\t]{0,12}",
                Just("\n- ".to_string()),
                Just(": ".to_string()),
                Just("\n<<<<<<< HEAD\n".to_string()),
                Just("\n=======\n".to_string()),
                Just(" # commentaar".to_string()),
                Just("&a ".to_string()),
                Just("*a".to_string()),
                Just("!!binary ".to_string()),
                Just("\"".to_string()),
                Just("'".to_string()),
                Just("|\n".to_string()),
                Just("{[".to_string()),
                Just("2024-02-30".to_string()),
                Just("99999999999999999999".to_string()),
                Just("\u{feff}".to_string()),
                Just("\u{0}".to_string()),
            ]
        )
            .prop_map(|(a, s)| Mutatie::Voeg(a, s)),
        (any::<usize>(), 1..200usize).prop_map(|(a, n)| Mutatie::Dupliceer(a, n)),
    ]
}

fn pas_toe(tekst: &str, mutaties: &[Mutatie]) -> String {
    let mut t: Vec<char> = tekst.chars().collect();
    for m in mutaties {
        let plek = |a: usize, len: usize| if len == 0 { 0 } else { a % (len + 1) };
        match m {
            Mutatie::Wis(a, n) => {
                let b = plek(*a, t.len());
                let e = (b + n).min(t.len());
                t.drain(b..e);
            }
            Mutatie::Voeg(a, s) => {
                let b = plek(*a, t.len());
                t.splice(b..b, s.chars());
            }
            Mutatie::Dupliceer(a, n) => {
                let b = plek(*a, t.len());
                let e = (b + n).min(t.len());
                let stuk: Vec<char> = t[b..e].to_vec();
                t.splice(e..e, stuk);
            }
        }
    }
    t.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn willekeurige_tekst(tekst in "\\PC{0,400}") {
        laad(&tekst);
    }

    #[test]
    fn yamlachtige_tekst(tekst in "([a-z_]{1,10}: [ -~]{0,20}\n|- |  |#|\"|'|\\||>|&|\\*|!|\\[|\\]|\\{|\\}|,|\n){0,60}") {
        laad(&tekst);
    }

    #[test]
    fn gemuteerde_corpusbestanden(
        keuze in any::<usize>(),
        mutaties in proptest::collection::vec(mutatie(), 1..8),
    ) {
        let corpus = corpus();
        let basis = &corpus[keuze % corpus.len()];
        laad(&pas_toe(basis, &mutaties));
    }
}

#[test]
fn corpus_zelf() {
    for tekst in corpus() {
        laad(&tekst);
    }
}

#[test]
fn diepe_nesting_en_aliasbommen() {
    let diep = format!("versie: {}1{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(uit_yaml(&diep, "x").is_err());
    let diep = format!("versie: {}", "- ".repeat(50_000));
    assert!(uit_yaml(&diep, "x").is_err());
    let mut bom = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (i, naam) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
        let vorige = if i == 0 {
            "a".to_string()
        } else {
            ["b", "c", "d", "e", "f", "g", "h"][i - 1].to_string()
        };
        bom.push_str(&format!("{naam}: &{naam} [*{vorige},*{vorige},*{vorige},*{vorige},*{vorige},*{vorige},*{vorige},*{vorige},*{vorige}]\n"));
    }
    assert!(uit_yaml(&bom, "x").is_err());
    laad(&bom);
}

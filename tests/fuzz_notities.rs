//! Fuzzing the notes reader: whatever a moderator's file holds, `notities::lees` answers with
//! notes or with problems (each with a line), never a panic or a hang. `fuzz/run.sh` runs this
//! together with the loader targets for a set time.

use crate::common;

use proptest::prelude::*;
use visieleer::luisteren::codeboek::Codeboek;
use visieleer::luisteren::notities::lees;

/// The seed notes in `fuzz/notities/`: the HANDLEIDING example and awkward shapes.
fn corpus() -> Vec<String> {
    common::corpus("fuzz/notities")
}

fn lees_alles(tekst: &str) {
    match lees(tekst, &Codeboek::ingebouwd()) {
        Ok(notities) => {
            for citaat in &notities.citaten {
                assert!(!citaat.tekst.trim().is_empty(), "leeg citaat uit {tekst:?}");
            }
        }
        Err(problemen) => {
            assert!(!problemen.is_empty());
            let regels = tekst.lines().count().max(1);
            for p in &problemen {
                assert!(
                    p.regel >= 1 && p.regel <= regels + 1,
                    "regel {} van {regels}: {}",
                    p.regel,
                    p.tekst
                );
            }
        }
    }
}

/// Cuts, copies and inserts at arbitrary (char-aligned) places of a seed file.
fn muteer(basis: &str, knippen: &[(usize, usize, String)]) -> String {
    let mut tekens: Vec<char> = basis.chars().collect();
    for (plek, lengte, invoeg) in knippen {
        let begin = plek % (tekens.len() + 1);
        let eind = (begin + lengte % 40).min(tekens.len());
        tekens.splice(begin..eind, invoeg.chars());
    }
    tekens.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn willekeurige_tekst(tekst in "\\PC{0,400}") {
        lees_alles(&tekst);
    }

    #[test]
    fn markdownachtige_tekst(tekst in "(---\n|> |>> |— |– |-- |#[a-z-]{0,12} |```\n|    |- |1. |\\*|_|`|\\[|\\]|\\(|\\)|\n|[a-zé ]{0,12}|datum: 2024-03-12\n|toestemming: ja\n|duo:\n|  - rol: a\n|    perspectief: inwoner\n){0,60}") {
        lees_alles(&tekst);
    }

    #[test]
    fn gemuteerde_notities(
        keuze in any::<usize>(),
        knippen in proptest::collection::vec((any::<usize>(), any::<usize>(), "(\n|>|---|—|#|`|[a-z ]){0,6}"), 1..8),
    ) {
        let corpus = corpus();
        lees_alles(&muteer(&corpus[keuze % corpus.len()], &knippen));
    }
}

#[test]
fn het_corpus_zelf_is_geldig() {
    for tekst in corpus() {
        assert!(lees(&tekst, &Codeboek::ingebouwd()).is_ok(), "{tekst}");
    }
}

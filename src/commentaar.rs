//! Finding YAML comments in a traject file, which a rewrite would silently drop.
//!
//! A `#` is a comment when it starts a line or follows a space or tab, and is not inside a
//! quoted or block scalar (in a plain scalar, ` #` ends the scalar: it is a comment too). One
//! pass over the file tracks exactly those: quoted scalars (also over several lines), block
//! scalars (`|`, `>`, by their indentation), plain scalars and flow collections. Only what
//! that pass cannot settle on its own (a block scalar with an explicit indentation digit, a
//! quote that never closes) falls back to asking the parser itself: cut the line at each
//! candidate `#`; if the parsed document is the same, the cut-off text was a comment.

use serde_yaml::Value;

/// The first line (1-based) holding a YAML comment, if any. Linear in the file.
pub fn eerste_commentaar(tekst: &str) -> Option<usize> {
    if !tekst.contains('#') {
        return None;
    }
    match scan(tekst) {
        Scan::Commentaar(regel) => Some(regel),
        Scan::Geen => None,
        Scan::Onzeker => met_parser(tekst),
    }
}

#[derive(Debug, PartialEq)]
enum Scan {
    Commentaar(usize),
    Geen,
    Onzeker,
}

/// The one pass described in the module documentation.
fn scan(tekst: &str) -> Scan {
    let b = tekst.as_bytes();
    let mut i = 0;
    let mut regel = 1;
    // A block scalar being skipped: the indentation of the line that opened it, and that of
    // its content once its first non-empty line is seen.
    // (A block scalar that is a whole node on its own line may start at the line's indentation.)
    let mut blok: Option<(isize, Option<usize>)> = None;
    // The most spaces on an empty line before the block's first text: libyaml takes the
    // content's indentation to be at least that.
    let mut leeg_max = 0usize;
    // After a line that ended inside a plain scalar: the indentation a next line must exceed
    // to continue it.
    let mut plain_open: Option<isize> = None;
    let mut plain_ouder: isize = 0;
    let mut diepte = 0usize;
    while i < b.len() {
        let eind = b[i..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |n| i + n);
        let lijn = &b[i..eind];
        let ind = lijn.iter().take_while(|&&c| c == b' ').count();
        let leeg = lijn[ind..]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\r'));
        if let Some((ouder, inhoud)) = blok {
            let binnen = if leeg {
                if inhoud.is_none() {
                    leeg_max = leeg_max.max(lijn.len() - usize::from(lijn.ends_with(b"\r")));
                }
                true
            } else {
                match inhoud {
                    None if leeg_max > ind => return Scan::Onzeker,
                    None if ind as isize > ouder => {
                        blok = Some((ouder, Some(ind)));
                        true
                    }
                    None => false,
                    Some(n) => ind >= n,
                }
            };
            if binnen {
                i = eind + 1;
                regel += 1;
                continue;
            }
            blok = None;
        }
        let mut j = i + ind;
        // A line after a plain scalar may continue it; whether it does depends on
        // indentation rules this pass does not follow, so a line that would open a quote, block
        // or collection there goes to the parser.
        if plain_open.is_some_and(|ouder| ind as isize > ouder)
            && !leeg
            && matches!(
                b[j],
                b'|' | b'>' | b'\'' | b'"' | b'[' | b'{' | b'-' | b'?' | b':'
            )
        {
            return Scan::Onzeker;
        }
        let mut vorige = b'\n';
        let mut spatie = false;
        let mut plain = false;
        // The column of the innermost block collection on this line: the last `- ` or key.
        let mut ouder_kolom = ind;
        while j < b.len() {
            let c = b[j];
            if c == b'\n' {
                regel += 1;
                j += 1;
                break;
            }
            if c == b' ' || c == b'\t' {
                spatie = true;
                j += 1;
                continue;
            }
            if c == b'#' && (spatie || vorige == b'\n') {
                return Scan::Commentaar(regel);
            }
            let na = b.get(j + 1).copied().unwrap_or(b'\n');
            let na_is_ruimte = matches!(na, b' ' | b'\t' | b'\n' | b'\r');
            let knooppunt = !plain
                && (vorige == b'\n'
                    || (diepte > 0 && matches!(vorige, b'[' | b'{' | b','))
                    || (matches!(vorige, b':' | b'-' | b'?') && spatie));
            if knooppunt {
                match c {
                    b'\'' | b'"' => {
                        if diepte == 0 {
                            ouder_kolom = j - i;
                        }
                        j += 1;
                        loop {
                            let Some(&d) = b.get(j) else {
                                return Scan::Onzeker;
                            };
                            if d == b'\n' {
                                regel += 1;
                            } else if c == b'"' && d == b'\\' {
                                j += 1;
                                if b.get(j) == Some(&b'\n') {
                                    regel += 1;
                                }
                            } else if c == b'\'' && d == b'\'' && b.get(j + 1) == Some(&b'\'') {
                                j += 1;
                            } else if d == c {
                                break;
                            }
                            j += 1;
                        }
                        let na = b.get(j + 1).copied().unwrap_or(b'\n');
                        if !matches!(na, b' ' | b'\t' | b'\n' | b'\r' | b':' | b',' | b']' | b'}') {
                            // Text glued to a closing quote: not YAML as visieleer writes it.
                            return Scan::Onzeker;
                        }
                    }
                    b'|' | b'>' => {
                        let kop_eind = b[j..]
                            .iter()
                            .position(|&c| c == b'\n')
                            .map_or(b.len(), |n| j + n);
                        let kop = &b[j + 1..kop_eind];
                        let indicatoren = kop
                            .iter()
                            .take_while(|c| !matches!(c, b' ' | b'\t' | b'\r'))
                            .count();
                        if !kop[..indicatoren].iter().all(|c| matches!(c, b'+' | b'-')) {
                            // An indentation digit, or no block scalar after all.
                            return Scan::Onzeker;
                        }
                        if kop[indicatoren..].contains(&b'#') {
                            return Scan::Commentaar(regel);
                        }
                        if j == i + ind {
                            // On a line of its own, its parent is the collection around it,
                            // which this pass does not track.
                            return Scan::Onzeker;
                        }
                        blok = Some((ouder_kolom as isize, None));
                        leeg_max = 0;
                        j = kop_eind;
                        continue;
                    }
                    b'[' | b'{' => diepte += 1,
                    b'-' | b'?' if na_is_ruimte => ouder_kolom = j - i,
                    b':' if na_is_ruimte => {}
                    _ => {
                        if diepte == 0 {
                            ouder_kolom = j - i;
                        }
                        plain = true;
                        // At the start of a line its parent is not known: any indentation.
                        plain_ouder = if vorige == b'\n' { -1 } else { ind as isize };
                    }
                }
            } else if c == b':' && na_is_ruimte {
                plain = false;
            } else if diepte > 0 && matches!(c, b',' | b']' | b'}') {
                plain = false;
                if c != b',' {
                    diepte -= 1;
                }
            }
            vorige = c;
            spatie = false;
            j += 1;
        }
        if !leeg {
            plain_open = plain.then_some(plain_ouder);
        }
        i = j;
    }
    Scan::Geen
}

/// The parser's answer, for what [`scan`] cannot settle: each candidate `#` is cut off and the
/// file parsed again. Costs a parse per candidate, so it is never the common path.
fn met_parser(tekst: &str) -> Option<usize> {
    let origineel: Value = serde_yaml::from_str(tekst).ok()?;
    let mut begin = 0;
    for (i, regel) in tekst.split_inclusive('\n').enumerate() {
        for (kolom, _) in regel.match_indices('#') {
            let kandidaat = kolom == 0 || regel[..kolom].ends_with([' ', '\t']);
            if !kandidaat {
                continue;
            }
            let eind = regel.trim_end_matches(['\n', '\r']).len();
            let mut zonder = String::with_capacity(tekst.len());
            zonder.push_str(&tekst[..begin + kolom]);
            zonder.push_str(&tekst[begin + eind..]);
            if serde_yaml::from_str::<Value>(&zonder).is_ok_and(|v| v == origineel) {
                return Some(i + 1);
            }
        }
        begin += regel.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vindt_commentaar() {
        assert_eq!(eerste_commentaar("# kop\na: 1\n"), Some(1));
        assert_eq!(eerste_commentaar("a: 1 # na de waarde\n"), Some(1));
        assert_eq!(eerste_commentaar("a:\n  - 1\n  # tussen\n  - 2\n"), Some(3));
        assert_eq!(
            eerste_commentaar("a: |\n  tekst\n# daarna\nb: 2\n"),
            Some(3)
        );
    }

    #[test]
    fn een_pas_zegt_hetzelfde_als_de_parser() {
        let corpus = ["volledig.yaml", "commentaar.yaml", "minimaal.yaml"];
        for naam in corpus {
            let tekst = std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("fuzz/corpus")
                    .join(naam),
            )
            .unwrap();
            assert_eq!(scan(&tekst), uitkomst(met_parser(&tekst)), "{naam}");
        }
        for tekst in [
            "a: it's #1\n",
            "a: x - 'b #c'\n",
            "a: [x, 'b #c', d] # e\n",
            "a: \"b\n  # c\" # d\n",
            "- |\n  a\n  # b\n# c\n",
            "a: |\n    tekst\n  # daarna\nb: 1\n",
            "a: >- # kop\n  b\n",
            "a:\n  - 'x'' #y' #z\n",
            "a: b#c\n",
            "\"a #\": b\n",
        ] {
            assert_eq!(scan(tekst), uitkomst(met_parser(tekst)), "{tekst:?}");
        }
    }

    fn uitkomst(regel: Option<usize>) -> Scan {
        regel.map_or(Scan::Geen, Scan::Commentaar)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, failure_persistence: None, ..Default::default() })]
        #[test]
        fn een_pas_zegt_hetzelfde_als_de_parser_op_willekeurige_yaml(
            delen in proptest::collection::vec(proptest::sample::select(vec![
                "a", "b: ", ": ", " ", "- ", "#", " #", "'", "\"", "|", ">-", "\n", "\n  ", "\n    ",
                "[", "]", ", ", "''", "\\", "x y",
            ]), 0..40)
        ) {
            let tekst = delen.concat();
            if serde_yaml::from_str::<Value>(&tekst).is_err() {
                return Ok(());
            }
            // Whether there is a comment must agree; the line may differ, because cutting a
            // comment line off can itself change how a block scalar ends.
            let snel = scan(&tekst);
            if snel != Scan::Onzeker {
                proptest::prop_assert_eq!(
                    snel == Scan::Geen,
                    met_parser(&tekst).is_none(),
                    "{:?}",
                    tekst
                );
            }
        }
    }

    #[test]
    fn laat_hekjes_in_tekst_met_rust() {
        for tekst in [
            "a: b\n",
            "a: 'zie #3'\n",
            "a: \"zie #3 en # 4\"\n",
            "a: zie#3\n",
            "a: |\n  regel # met hekje\n  # ook dit is tekst\nb: 1\n",
            "a: >-\n  # gevouwen\n  tekst\n",
            "a: \"twee\n  regels # met hekje\"\n",
            "a: 'twee\n\n  # regels'\n",
            "- nr: 1\n  tekst: 'it''s #1'\n",
            "- tekst: \"zeg \\\" #2\"\n",
        ] {
            assert_eq!(eerste_commentaar(tekst), None, "{tekst}");
        }
    }
}

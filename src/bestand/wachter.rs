//! The guards before the data is read, decided on the parser's own events in one pass that
//! stops at the first refusal: no anchors or aliases (a "billion laughs" makes a small file
//! expand to gigabytes), no deeper nesting than visieleer could ever write (the parser's cost
//! grows faster than the depth), and, noted but not refused, the first invisible control or
//! bidi character in a value (also one written as an escape such as `"\e"`), the first
//! comment (a rewrite would drop it), the file's version and whether it has its slotregel.
//!
//! Because the pass stops at the first anchor or at the nesting limit, the parser never does
//! the expensive part of a hostile file.

use super::gebeurtenis::{Gebeurtenis, Lezer, Parserfout, Plek, Stijl};

/// How deep lists and groups may nest. visieleer writes depth 5 at most (interviews, an
/// interview, its quotes, a quote, its tags); a hand-written file has no reason to go deeper.
pub const MAX_NESTING: usize = 64;

/// Why a text is refused before its data is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Weigering {
    /// An anchor (`&naam`) or alias (`*naam`) where the parser reads one.
    Verwijzing(Plek),
    /// Lists and groups nested deeper than [`MAX_NESTING`].
    TeDiep(Plek),
    /// The parser itself stopped.
    Syntax(Parserfout),
}

/// What the pass learned on the way, also when it stopped early.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Toets {
    /// The value of `versie` when it is the first field of the file.
    pub versie: Option<u32>,
    /// Whether the top-level field `einde_bestand` was read.
    pub slot: bool,
    /// The line of the first comment.
    pub commentaar: Option<usize>,
    /// The first control or bidi character in a value, and where it stands: its own column
    /// when it is typed raw (`true`), the value's line when it is written as an escape.
    pub stuurteken: Option<(Plek, char, bool)>,
}

enum Kader {
    Groep { sleutel: bool },
    Lijst,
}

/// Runs the guards over a text.
pub fn toets(tekst: &str) -> (Toets, Option<Weigering>) {
    let bytes = tekst.as_bytes();
    let mut toets = Toets::default();
    // Every `#` in the text; those outside every value are comments.
    let hekjes: Vec<usize> = memchr::memchr_iter(b'#', bytes).collect();
    let mut volgend_hekje = 0;
    let mut stapel: Vec<Kader> = Vec::new();
    // The top-level key just read, when its value is one the pass wants.
    let mut eerste_sleutel = true;
    let mut versie_volgt = false;
    let mut slot_volgt = false;
    let mut lezer = Lezer::nieuw(bytes);
    let commentaar = |tot: usize, toets: &mut Toets, volgend: &mut usize| {
        if *volgend < hekjes.len() && hekjes[*volgend] < tot {
            if toets.commentaar.is_none() {
                toets.commentaar = Some(regel_van_byte(bytes, hekjes[*volgend]));
            }
            while *volgend < hekjes.len() && hekjes[*volgend] < tot {
                *volgend += 1;
            }
        }
    };
    loop {
        let (g, begin, eind) = match lezer.volgende() {
            Ok(Some(e)) => e,
            Ok(None) => break,
            Err(fout) => return (toets, Some(Weigering::Syntax(fout))),
        };
        // Is this node a key of a top-level group?
        let mut is_sleutel = false;
        let bovenaan = stapel.len() == 1;
        match &g {
            Gebeurtenis::Waarde { .. }
            | Gebeurtenis::Alias
            | Gebeurtenis::Lijst { .. }
            | Gebeurtenis::Groep { .. } => {
                if let Some(Kader::Groep { sleutel }) = stapel.last_mut() {
                    is_sleutel = *sleutel;
                    *sleutel = !*sleutel;
                }
            }
            _ => {}
        }
        match g {
            Gebeurtenis::Alias => return (toets, Some(Weigering::Verwijzing(begin))),
            Gebeurtenis::Lijst { anker } | Gebeurtenis::Groep { anker } if anker => {
                return (toets, Some(Weigering::Verwijzing(begin)));
            }
            Gebeurtenis::Waarde { anker: true, .. } => {
                return (toets, Some(Weigering::Verwijzing(begin)));
            }
            Gebeurtenis::Lijst { .. } => {
                versie_volgt = false;
                slot_volgt = false;
                stapel.push(Kader::Lijst);
                if stapel.len() > MAX_NESTING {
                    return (toets, Some(Weigering::TeDiep(begin)));
                }
            }
            Gebeurtenis::Groep { .. } => {
                versie_volgt = false;
                slot_volgt = false;
                stapel.push(Kader::Groep { sleutel: true });
                if stapel.len() > MAX_NESTING {
                    return (toets, Some(Weigering::TeDiep(begin)));
                }
            }
            Gebeurtenis::Sluit => {
                stapel.pop();
            }
            Gebeurtenis::Waarde { tekst, stijl, .. } => {
                commentaar(begin.byte, &mut toets, &mut volgend_hekje);
                if stijl == Stijl::Blok {
                    // The header line of a block scalar (`|-  # …`) may carry a comment.
                    let kop_eind = memchr::memchr(b'\n', &bytes[begin.byte..eind.byte])
                        .map_or(eind.byte, |n| begin.byte + n);
                    commentaar(kop_eind, &mut toets, &mut volgend_hekje);
                }
                // Everything up to the end of the value is text.
                while volgend_hekje < hekjes.len() && hekjes[volgend_hekje] < eind.byte {
                    volgend_hekje += 1;
                }
                if toets.stuurteken.is_none() {
                    let waarde = String::from_utf8_lossy(tekst);
                    if crate::model::teken::heeft_stuurteken(&waarde)
                        && let Some(c) = waarde
                            .chars()
                            .find(|&c| crate::model::teken::is_stuurteken(c))
                    {
                        let (plek, rauw) = plek_van_teken(bytes, begin, eind, c);
                        toets.stuurteken = Some((plek, c, rauw));
                    }
                }
                if bovenaan && is_sleutel {
                    versie_volgt = eerste_sleutel && tekst == b"versie";
                    eerste_sleutel = false;
                    slot_volgt = tekst == b"einde_bestand";
                } else if bovenaan && versie_volgt {
                    versie_volgt = false;
                    toets.versie = std::str::from_utf8(tekst).ok().and_then(|v| v.parse().ok());
                } else if bovenaan && slot_volgt {
                    slot_volgt = false;
                    toets.slot = tekst == b"true";
                }
            }
            Gebeurtenis::Begin | Gebeurtenis::Einde => {}
        }
    }
    commentaar(bytes.len(), &mut toets, &mut volgend_hekje);
    (toets, None)
}

/// Whether the guards provably find nothing in a text, decided on its bytes alone: no anchor or
/// alias can begin (every `&` and `*` follows a letter or digit, so it stands inside a word), no
/// invisible character is typed raw and none can be written as an escape (no `\`), and no
/// nesting can pass [`MAX_NESTING`] (at most 8 brackets `[` `{`, and no line whose indentation
/// and list dashes reach column 20: each level of a block collection takes a column, or two
/// levels two columns). Such a text needs no pass of its own over the parser's events; a
/// property test shows the guards indeed find nothing in it.
pub fn zonder_gevaar(tekst: &str) -> bool {
    let bytes = tekst.as_bytes();
    if memchr::memchr(b'\\', bytes).is_some() || crate::model::teken::heeft_stuurteken(tekst) {
        return false;
    }
    let in_een_woord =
        |i: usize| i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80);
    if !memchr::memchr2_iter(b'&', b'*', bytes).all(in_een_woord) {
        return false;
    }
    if memchr::memchr2_iter(b'[', b'{', bytes).nth(8).is_some() {
        return false;
    }
    let mut begin = 0;
    for eind in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let regel = &bytes[begin..eind];
        begin = eind + 1;
        if regel.len() < 20 {
            continue;
        }
        if regel[..20]
            .iter()
            .all(|&b| b == b' ' || b == b'-' || b == b'\t')
        {
            return false;
        }
    }
    true
}

/// The line (1-based) of a byte offset.
pub fn regel_van_byte(bytes: &[u8], byte: usize) -> usize {
    memchr::memchr_iter(b'\n', &bytes[..byte.min(bytes.len())]).count() + 1
}

/// Where a character of a value stands: where it is typed raw in the value's text (`true`), or
/// else (written as an escape) where the value begins.
fn plek_van_teken(bytes: &[u8], begin: Plek, eind: Plek, c: char) -> (Plek, bool) {
    let mut buf = [0u8; 4];
    let naald = c.encode_utf8(&mut buf).as_bytes();
    let stuk = &bytes[begin.byte..eind.byte.min(bytes.len())];
    match memchr::memmem::find(stuk, naald) {
        Some(n) => {
            let voor = &stuk[..n];
            let regels = memchr::memchr_iter(b'\n', voor).count();
            let kolom = match memchr::memrchr(b'\n', voor) {
                Some(nl) => String::from_utf8_lossy(&voor[nl + 1..]).chars().count() + 1,
                None => begin.kolom + String::from_utf8_lossy(voor).chars().count(),
            };
            (
                Plek {
                    byte: begin.byte + n,
                    regel: begin.regel + regels,
                    kolom,
                },
                true,
            )
        }
        None => (begin, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    fn weigering(tekst: &str) -> Option<Weigering> {
        toets(tekst).1
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2000),
            failure_persistence: None,
            ..Default::default()
        })]

        /// Where the bytes say the guards find nothing, the guards indeed find nothing: no
        /// anchor, alias or deep nesting, no invisible character in a value.
        #[test]
        fn zonder_gevaar_is_wat_de_wachter_zegt(
            stukken in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "a: ", "- ", "  ", "    ", "\n", "&x ", "*x", "B&W", "a*b", "[", "]", "{", "}",
                        ", ", "\"", "'", "\\e", "\\u202E", "#", "|\n", ">-\n", "?", ":", "é&", "\t",
                        "\u{202e}", "\r", "- - - - ", "                    ", "x: &a [1]", "y: *a",
                    ]).prop_map(str::to_string),
                    "[a-z]{1,6}",
                ],
                0..40,
            )
        ) {
            let tekst: String = stukken.concat();
            if zonder_gevaar(&tekst) {
                let (t, w) = toets(&tekst);
                proptest::prop_assert!(
                    !matches!(w, Some(Weigering::Verwijzing(_) | Weigering::TeDiep(_))),
                    "{:?}: {:?}", tekst, w
                );
                proptest::prop_assert!(t.stuurteken.is_none(), "{:?}", tekst);
            }
        }
    }

    #[test]
    fn gewone_tekst_met_sterretjes_en_ampersands() {
        for zin in [
            "Ik zei het al, *echt* waar.",
            "Zorg, &welzijn samen.",
            "Eerst dit - *dan* dat.",
            "Ik zei het al,*echt*.",
            "B&W en *zucht*",
        ] {
            let yaml = format!("tekst: {}\n", super::super::schrijf_tekst(zin));
            assert_eq!(weigering(&yaml), None, "{yaml}");
        }
    }

    #[test]
    fn verwijzingen_worden_geweigerd_waar_de_parser_ze_leest() {
        assert!(matches!(
            weigering("a: &x 1\nb: *x\n"),
            Some(Weigering::Verwijzing(p)) if p.regel == 1
        ));
        assert!(matches!(
            weigering("a: 1\nb:\n- *x\n"),
            Some(Weigering::Verwijzing(p)) if p.regel == 3
        ));
        // A line starting with ' inside a multi-line value hid this from the old scanner.
        assert!(matches!(
            weigering("a: een\n  'twee\nb: &x [1]\nc: *x\n"),
            Some(Weigering::Verwijzing(p)) if p.regel == 3
        ));
        assert_eq!(weigering("tekst: |-\n  - *x\n  : &y\nb: 2 # *c\n"), None);
    }

    #[test]
    fn de_gevallen_van_de_oude_scanners() {
        let verwijzing = |t: &str| match weigering(t) {
            Some(Weigering::Verwijzing(p)) => Some(p.regel),
            _ => None,
        };
        assert_eq!(verwijzing("a: [1, *x]\n"), Some(1));
        assert_eq!(verwijzing("tekst: B&W en *zucht* en a & b\n"), None);
        assert_eq!(verwijzing("tekst: 'Hij zei: *zucht*'\n"), None);
        assert_eq!(verwijzing("tekst: \"- &x\"\n"), None);
        assert_eq!(verwijzing("tekst: |-\n  regel\nb: *c\n"), Some(3));
        assert_eq!(verwijzing("- nr: 1\n  tekst: >\n    *x\n- &a b\n"), Some(4));
        let diep = |t: &str| matches!(weigering(t), Some(Weigering::TeDiep(_)));
        assert!(diep(&format!("a: {}1{}", "[".repeat(500), "]".repeat(500))));
        assert!(weigering(&format!("a:\n{}", "- [\n".repeat(500))).is_some());
        assert!(!diep(&"- tekst: zie [1 of [2\n".repeat(1000)));
        assert!(!diep(
            &"- tekst: '[[[[ ''[[[['\n  b: \"[[\\\"[[\"\n".repeat(100)
        ));
        assert!(!diep(&"- a: [1, [2]] # [[[[[[[[\n".repeat(100)));
    }

    #[test]
    fn diepe_nesting_stopt_vroeg() {
        let diep = "a: ".to_string() + &"[".repeat(100_000);
        assert!(matches!(weigering(&diep), Some(Weigering::TeDiep(_))));
        let ondiep = "a: ".to_string() + &"[".repeat(10) + &"]".repeat(10) + "\n";
        assert_eq!(weigering(&ondiep), None);
    }

    #[test]
    fn commentaar_waar_de_parser_geen_tekst_ziet() {
        let c = |t: &str| toets(t).0.commentaar;
        assert_eq!(c("a: 1 # x\n"), Some(1));
        assert_eq!(c("a: 'b # c'\nd: e#f\n"), None);
        assert_eq!(c("a: |\n  # tekst\nb: 1\n# echt\n"), Some(4));
        assert_eq!(c("a: |- # kop\n  tekst\n"), Some(1));
        assert_eq!(c("# bovenaan\na: 1\n"), Some(1));
        assert_eq!(c("a: [1, 2] # na\n"), Some(1));
    }

    #[test]
    fn versie_slot_en_stuurtekens() {
        let (t, w) = toets("versie: 2\na: \"x\\ey\"\neinde_bestand: true\n");
        assert_eq!(w, None);
        assert_eq!(t.versie, Some(2));
        assert!(t.slot);
        assert_eq!(
            t.stuurteken.map(|(p, c, rauw)| (p.regel, c, rauw)),
            Some((2, '\u{1b}', false))
        );
        let (t, _) = toets("a: 1\nversie: 2\n");
        assert_eq!(t.versie, None);
        assert!(!t.slot);
        let (t, _) = toets("a:\n  b: x\u{202e}y\n");
        assert_eq!(
            t.stuurteken.map(|(p, _, rauw)| (p.regel, p.kolom, rauw)),
            Some((2, 7, true))
        );
    }
}

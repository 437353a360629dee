//! What the rest of the map must know of a traject file without reading it whole: the names of
//! its people (to mask them elsewhere) and the fingerprints of its withdrawn words (so they are
//! never imported again, into any traject).
//!
//! The definition is the parser's: every value of a field named `facilitator`, `moderator`,
//! `naam`, `eigenaar` or `bron`, and every value under a field `vingerafdrukken`, wherever it
//! stands and however it is written ([`uit_gebeurtenissen`]). A one-traject document reads
//! every other file of the map for this, so there is a fast path ([`snel`]) for files written
//! the way visieleer writes them: one SIMD search per field name, then only those lines. It
//! answers only when it is sure; anything it cannot settle on its own line (a `{`, a block
//! scalar, a quote over several lines, a value continued on the next line, an escape) sends
//! the file to the parser. A property test on generated files, hostile ones included, shows the
//! two agree.

use super::gebeurtenis::{Gebeurtenis, Lezer};

/// The fields that name a person or a notes file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Naamveld {
    Facilitator,
    Moderator,
    /// An expert's name.
    Naam,
    /// The owner of an afspraak (a role or a name).
    Eigenaar,
    /// The file name of imported notes.
    Bron,
}

const SLEUTELS: [(&str, Naamveld); 5] = [
    ("facilitator", Naamveld::Facilitator),
    ("moderator", Naamveld::Moderator),
    ("naam", Naamveld::Naam),
    ("eigenaar", Naamveld::Eigenaar),
    ("bron", Naamveld::Bron),
];

const VINGERAFDRUKKEN: &str = "vingerafdrukken";

/// The names and fingerprints of one file, in the order of the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Velden {
    pub namen: Vec<(Naamveld, String)>,
    pub vingerafdrukken: Vec<String>,
}

/// The names and fingerprints of a file: by the fast path when it is sure, else by the parser.
/// A text the parser cannot read gives what it read up to the mistake.
pub fn velden(tekst: &str) -> Velden {
    snel(tekst).unwrap_or_else(|| uit_gebeurtenissen(tekst))
}

fn naamveld(sleutel: &[u8]) -> Option<Naamveld> {
    SLEUTELS
        .iter()
        .find(|(s, _)| s.as_bytes() == sleutel)
        .map(|&(_, v)| v)
}

/// The definition: what the parser reads.
pub fn uit_gebeurtenissen(tekst: &str) -> Velden {
    enum Kader {
        Groep { sleutel: Option<Vec<u8>> },
        Lijst,
    }
    let mut uit = Velden::default();
    let mut stapel: Vec<Kader> = Vec::new();
    // How many frames deep the current `vingerafdrukken` value began, if inside one.
    let mut in_vingerafdrukken: Option<usize> = None;
    let mut lezer = Lezer::nieuw(tekst.as_bytes());
    while let Ok(Some((g, _, _))) = lezer.volgende() {
        // The field this node is the value of, when it is a value of a group.
        let mut veld: Option<Vec<u8>> = None;
        let mut is_sleutel = false;
        if matches!(
            g,
            Gebeurtenis::Waarde { .. }
                | Gebeurtenis::Alias
                | Gebeurtenis::Lijst { .. }
                | Gebeurtenis::Groep { .. }
        ) && let Some(Kader::Groep { sleutel }) = stapel.last_mut()
        {
            match sleutel.take() {
                Some(s) => veld = Some(s),
                None => {
                    is_sleutel = true;
                    *sleutel = Some(match &g {
                        Gebeurtenis::Waarde { tekst, .. } => tekst.to_vec(),
                        _ => Vec::new(),
                    });
                }
            }
        }
        match g {
            Gebeurtenis::Lijst { .. } | Gebeurtenis::Groep { .. } => {
                if in_vingerafdrukken.is_none()
                    && veld.as_deref() == Some(VINGERAFDRUKKEN.as_bytes())
                {
                    in_vingerafdrukken = Some(stapel.len());
                }
                stapel.push(if matches!(g, Gebeurtenis::Lijst { .. }) {
                    Kader::Lijst
                } else {
                    Kader::Groep { sleutel: None }
                });
            }
            Gebeurtenis::Sluit => {
                stapel.pop();
                if in_vingerafdrukken == Some(stapel.len()) {
                    in_vingerafdrukken = None;
                }
            }
            Gebeurtenis::Waarde { tekst, .. } if !is_sleutel => {
                let waarde = String::from_utf8_lossy(tekst).into_owned();
                if in_vingerafdrukken.is_some()
                    || veld.as_deref() == Some(VINGERAFDRUKKEN.as_bytes())
                {
                    uit.vingerafdrukken.push(waarde);
                } else if let Some(soort) = veld.as_deref().and_then(naamveld) {
                    uit.namen.push((soort, waarde));
                }
            }
            _ => {}
        }
    }
    uit
}

/// The fast path: `None` when the file holds anything it cannot settle on one line.
pub fn snel(tekst: &str) -> Option<Velden> {
    let bytes = tekst.as_bytes();
    // Flow collections and block scalars can put a field anywhere: the parser decides.
    if memchr::memchr(b'{', bytes).is_some()
        || [": |", ": >", "- |", "- >", ":\t", "-\t"]
            .iter()
            .any(|m| memchr::memmem::find(bytes, m.as_bytes()).is_some())
    {
        return None;
    }
    let mut gevonden: Vec<(usize, Option<Naamveld>, usize)> = Vec::new();
    for (sleutel, soort) in SLEUTELS
        .iter()
        .map(|&(s, v)| (s, Some(v)))
        .chain(std::iter::once((VINGERAFDRUKKEN, None)))
    {
        for p in memchr::memmem::find_iter(bytes, sleutel.as_bytes()) {
            let begin = memchr::memrchr(b'\n', &bytes[..p]).map_or(0, |n| n + 1);
            let na = &bytes[p + sleutel.len()..];
            let aan_begin = bytes[begin..p].iter().all(|&b| b == b' ' || b == b'-');
            // Forms of the field visieleer never writes: quoted (`"naam": …`), or with a space
            // before its colon.
            if (p > 0 && matches!(bytes[p - 1], b'"' | b'\''))
                || (aan_begin && na.first() == Some(&b' '))
            {
                return None;
            }
            if !aan_begin || !na.starts_with(b":") {
                continue;
            }
            gevonden.push((p, soort, begin));
        }
    }
    gevonden.sort_unstable_by_key(|&(p, _, _)| p);
    let mut uit = Velden::default();
    for (p, soort, begin) in gevonden {
        let sleutel_lengte = soort.map_or(VINGERAFDRUKKEN.len(), |s| {
            SLEUTELS
                .iter()
                .find(|(_, v)| *v == s)
                .map_or(0, |(k, _)| k.len())
        });
        let eind = memchr::memchr(b'\n', &bytes[p..]).map_or(bytes.len(), |n| p + n);
        let regel = &tekst[begin..eind];
        let regel = regel.strip_suffix('\r').unwrap_or(regel);
        let kolom = p - begin;
        let rest = &regel[kolom + sleutel_lengte + 1..];
        if !is_echte_sleutel(bytes, begin, kolom) {
            return None;
        }
        match soort {
            Some(soort) => {
                if !rest.starts_with(' ') || volgt_vervolg(bytes, eind, kolom) {
                    return None;
                }
                uit.namen.push((soort, enkele_waarde(rest)?));
            }
            None => {
                if !rest.trim().is_empty() {
                    return None;
                }
                // Its items: `- waarde` lines at or under the key's indentation, until a line
                // that is not one.
                let mut i = eind + 1;
                while i < bytes.len() {
                    let e = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                    let r = &tekst[i..e];
                    let r = r.strip_suffix('\r').unwrap_or(r);
                    let inhoud = r.trim_start_matches(' ');
                    let inspringing = r.len() - inhoud.len();
                    if inhoud.is_empty() {
                        return None;
                    }
                    if inspringing < kolom.saturating_sub(2) || !inhoud.starts_with("- ") {
                        if inspringing > kolom {
                            return None;
                        }
                        break;
                    }
                    if inspringing > kolom {
                        return None;
                    }
                    uit.vingerafdrukken.push(enkele_waarde(&inhoud[1..])?);
                    i = e + 1;
                }
            }
        }
    }
    Some(uit)
}

/// Whether the key at `kolom` of the line starting at `begin` is a field of a group, not a line
/// inside a value: the nearest line above with less indentation must open the group (`veld:`
/// with nothing after it, or a list item whose content starts at this column), or, at the top,
/// the line above must be a complete field or list item.
fn is_echte_sleutel(bytes: &[u8], begin: usize, kolom: usize) -> bool {
    let regel = &bytes[begin..];
    let inspringing = regel.iter().take_while(|&&b| b == b' ').count();
    let mut eind = begin;
    while eind > 0 {
        let vorige_begin = memchr::memrchr(b'\n', &bytes[..eind - 1]).map_or(0, |n| n + 1);
        let vorige = &bytes[vorige_begin..eind - 1];
        let vorige = vorige.strip_suffix(b"\r").unwrap_or(vorige);
        eind = vorige_begin;
        let inhoud_begin = vorige.iter().take_while(|&&b| b == b' ').count();
        if inhoud_begin == vorige.len() {
            return false;
        }
        if inhoud_begin >= inspringing && inspringing > 0 {
            continue;
        }
        let inhoud = &vorige[inhoud_begin..];
        // A list item whose content column is this key's column (`- nr: 1` above `  bron: …`,
        // or `- - naam: …`): a sibling field of the same group, or the item opening it.
        let mut k = inhoud_begin;
        let mut rest = inhoud;
        while let Some(r) = rest.strip_prefix(b"- ") {
            k += 2;
            let spaties = r.iter().take_while(|&&b| b == b' ').count();
            k += spaties;
            rest = &r[spaties..];
        }
        if inspringing == 0 && kolom == 0 {
            // A top-level field: the line above must be a whole field, a list item or deeper.
            return inhoud_begin > 0 || rest.len() < inhoud.len() || is_hele_veldregel(inhoud);
        }
        if k == kolom && rest.len() < inhoud.len() {
            return is_hele_veldregel(rest) || rest.is_empty();
        }
        // `veld:` opening a group below it.
        return inhoud_begin < inspringing.max(kolom)
            && rest.ends_with(b":")
            && is_veldnaam(&rest[..rest.len() - 1]);
    }
    // The first line of the file.
    kolom == 0 || regel[..kolom].contains(&b'-')
}

/// `naam: waarde` with a simple field name and a value settled on this line (or none).
fn is_hele_veldregel(regel: &[u8]) -> bool {
    let Some(dubbele_punt) = memchr::memmem::find(regel, b": ")
        .or_else(|| regel.ends_with(b":").then(|| regel.len() - 1))
    else {
        return false;
    };
    if !is_veldnaam(&regel[..dubbele_punt]) {
        return false;
    }
    let waarde = std::str::from_utf8(&regel[dubbele_punt + 1..]).unwrap_or("\u{0}");
    waarde.trim().is_empty() || enkele_waarde(waarde).is_some()
}

fn is_veldnaam(naam: &[u8]) -> bool {
    !naam.is_empty()
        && naam
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether the line after a field continues its value (indented deeper than the key).
fn volgt_vervolg(bytes: &[u8], eind: usize, kolom: usize) -> bool {
    let mut i = eind + 1;
    while i < bytes.len() {
        let e = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        let r = &bytes[i..e];
        let r = r.strip_suffix(b"\r").unwrap_or(r);
        let inspringing = r.iter().take_while(|&&b| b == b' ').count();
        if inspringing == r.len() {
            // A blank line inside a value is part of it; settle on the next line.
            i = e + 1;
            continue;
        }
        return inspringing > kolom && r[inspringing] != b'#';
    }
    false
}

/// A value written whole on one line, as YAML reads it: plain, `'single'` (`''` is a quote) or
/// `"double"` without escapes; `None` for anything else (the parser decides).
fn enkele_waarde(rest: &str) -> Option<String> {
    let w = rest.trim_matches(' ');
    if w.is_empty() {
        return None;
    }
    if let Some(binnen) = w.strip_prefix('\'') {
        let binnen = binnen.strip_suffix('\'')?;
        // Every quote inside must be doubled.
        if binnen.replace("''", "").contains('\'') {
            return None;
        }
        return Some(binnen.replace("''", "'"));
    }
    if let Some(binnen) = w.strip_prefix('"') {
        let binnen = binnen.strip_suffix('"')?;
        if binnen.contains(['"', '\\']) {
            return None;
        }
        return Some(binnen.to_string());
    }
    // A plain value: nothing that could start something else or end it early.
    let eerste = w.chars().next()?;
    if "-?:,[]{}#&*!|>'\"%@`".contains(eerste)
        || w.contains(" #")
        || w.contains(": ")
        || w.ends_with(':')
        || w.contains('\t')
        || rest.trim_start_matches(' ').len() != rest.trim_start_matches([' ', '\t']).len()
    {
        return None;
    }
    Some(w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn veld_regel(sleutel: &str, waarde: &str) -> String {
        format!("{sleutel}: {}", super::super::schrijf_tekst(waarde))
    }

    #[test]
    fn leest_wat_visieleer_schrijft() {
        let tekst = "versie: 2\nfacilitator: R. Richters\nexpertteam:\n- naam: Karim Bouzid\n  expertise: x\ninterviews:\n- nr: 1\n  moderator: 'O''Neil'\n  bron: duo-jan.md\n  vingerafdrukken:\n  - 00aa\n  - '11bb'\neinde_bestand: true\n";
        let v = snel(tekst).expect("snel");
        assert_eq!(v, uit_gebeurtenissen(tekst));
        assert_eq!(v.namen.len(), 4);
        assert_eq!(v.namen[2], (Naamveld::Moderator, "O'Neil".to_string()));
        assert_eq!(v.vingerafdrukken, ["00aa", "11bb"]);
    }

    #[test]
    fn vingerafdrukken_onder_een_interview() {
        let tekst = "interviews:\n- nr: 1\n  vingerafdrukken:\n  - 0123456789abcdef\n  - 'fedcba9876543210'\n  historie:\n  - datum: 2024-01-01\n";
        let v = snel(tekst).expect("snel");
        assert_eq!(v.vingerafdrukken, ["0123456789abcdef", "fedcba9876543210"]);
        assert_eq!(v, uit_gebeurtenissen(tekst));
    }

    #[test]
    fn twijfel_gaat_naar_de_parser() {
        for t in [
            "expertteam:\n- {naam: Jan de Boer}\n",
            "vingerafdrukken: [00aa, 11bb]\n",
            "a:\n  tekst: |\n    naam: Jan\n",
            "facilitator: \"Jan\n  de Boer\"\n",
            "facilitator: Jan\n  de Boer\n",
            "\"naam\": Jan\n",
            "a:\n  tekst: \"Hoe\n    naam: Jan\"\n",
        ] {
            assert_eq!(snel(t), None, "{t}");
        }
        assert_eq!(
            velden("expertteam:\n- {naam: Jan de Boer}\n").namen,
            [(Naamveld::Naam, "Jan de Boer".to_string())]
        );
    }

    /// A generated traject file: fields in visieleer's form, with names full of YAML's
    /// indicators, and hostile shapes mixed in.
    fn bestand() -> impl Strategy<Value = String> {
        let naam = prop_oneof![
            "[A-Z][a-z]{1,8} [a-z]{0,3} ?[A-Z][a-z]{1,8}",
            "[\\PC]{1,12}",
            prop::sample::select(vec![
                "O'Neil",
                "Jan: de Boer",
                "#jan",
                "- Jan",
                "Jan #1",
                "'Jan'",
                "\"Jan\"",
                "Jan\nde Boer",
                "naam: Jan",
                " Jan ",
                "Jan\t",
                "*Jan*",
                "&Jan",
                "[Jan]",
                "{Jan}",
                "true",
                "~",
                "2024-01-01",
                "Jan\\n",
                "Jan \"x\"",
            ])
            .prop_map(str::to_string),
        ];
        let regel = prop_oneof![
            (
                prop::sample::select(vec![
                    "facilitator",
                    "moderator",
                    "naam",
                    "eigenaar",
                    "bron",
                    "tekst",
                    "rol"
                ]),
                naam.clone()
            )
                .prop_map(|(k, n)| veld_regel(k, &n)),
            (
                prop::sample::select(vec!["naam", "moderator", "bron"]),
                naam.clone()
            )
                .prop_map(|(k, n)| format!("- {}", veld_regel(k, &n))),
            naam.clone()
                .prop_map(|n| format!("- {{naam: {}}}", super::super::schrijf_tekst(&n))),
            naam.clone()
                .prop_map(|n| format!("tekst: |-\n  naam: {n}\n  x")),
            naam.clone()
                .prop_map(|n| format!("\"naam\": {}", super::super::schrijf_tekst(&n))),
            prop::sample::select(vec![
                "vingerafdrukken:\n- 00aa\n- '11bb'",
                "vingerafdrukken: [00aa, 11bb]",
                "  vingerafdrukken:\n  - 00aa",
                "interviews:\n- nr: 1",
                "  citaten:",
                "# naam: X",
                "",
            ])
            .prop_map(str::to_string),
        ];
        (
            prop::collection::vec((regel, 0usize..3), 1..12),
            any::<bool>(),
        )
            .prop_map(|(regels, crlf)| {
                let mut uit = String::new();
                for (r, inspringing) in regels {
                    for l in r.lines() {
                        uit.push_str(&"  ".repeat(inspringing));
                        uit.push_str(l);
                        uit.push_str(if crlf { "\r\n" } else { "\n" });
                    }
                }
                uit
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        /// Wherever the fast path answers, it answers what the parser reads.
        #[test]
        fn snel_zegt_wat_de_parser_zegt(tekst in bestand()) {
            if let Some(v) = snel(&tekst) {
                // Only for files the parser reads: a broken file is reported by its reader.
                let mut lezer = Lezer::nieuw(tekst.as_bytes());
                let mut goed = true;
                loop {
                    match lezer.volgende() {
                        Ok(Some(_)) => {}
                        Ok(None) => break,
                        Err(_) => { goed = false; break; }
                    }
                }
                if goed {
                    prop_assert_eq!(v, uit_gebeurtenissen(&tekst), "{}", tekst);
                }
            }
        }
    }
}

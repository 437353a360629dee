//! The names a traject or a map knows, and where a text holds them.
//!
//! [`Namen`] indexes every name by one word of it, so a quote is only compared precisely with
//! the names whose key word it contains. Names are compared folded (lower case, `İ` and `ı` as
//! `i`, see [`vouw`]), as whole words; an ordinary Dutch word that is also a surname counts
//! only when written with a capital.

use std::ops::Range;

// FxHash (rustc-hash) for the name index: its keys are short words visieleer derives from the
// map itself, looked up once per word of every quote, so SipHash's protection against chosen
// keys buys nothing here.
use rustc_hash::{FxHashMap, FxHashSet};

use super::naamvorm;

/// One name to look for in quotes: a full staff name, or one word of it, or a notes file name.
#[derive(Clone, Debug)]
pub(crate) struct Naam {
    pub(crate) tekst: String,
    pub(crate) wie: &'static str,
    /// An ordinary Dutch word ("Visser", "Wit") counts only when written with a capital.
    pub(crate) alleen_hoofdletter: bool,
}

/// The names a traject or a whole map knows, indexed by one word of each (the first word with
/// a digit, else the last), so a quote is only compared precisely with the names whose key word
/// it contains: the cost per quote does not grow with the number of names.
#[derive(Clone, Debug, Default)]
pub struct Namen {
    pub(crate) namen: Vec<Naam>,
    op_sleutel: FxHashMap<String, Vec<usize>>,
    /// Every person and file name added, as given: a map repeats the same moderator in
    /// thousands of interviews, and each is taken apart only once.
    gezien: FxHashSet<String>,
    /// Every name indexed, in lower case: a name is indexed once.
    teksten: FxHashSet<String>,
}

impl Namen {
    pub fn is_leeg(&self) -> bool {
        self.namen.is_empty()
    }

    fn voeg_toe(&mut self, tekst: &str, wie: &'static str, alleen_hoofdletter: bool) {
        let tekst = tekst.trim();
        if tekst.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return;
        }
        let Some(sleutel) = sleutel(tekst) else {
            return;
        };
        if !self.teksten.insert(gevouwen(tekst)) {
            return;
        }
        let emmer = self.op_sleutel.entry(gevouwen(sleutel)).or_default();
        emmer.push(self.namen.len());
        self.namen.push(Naam {
            tekst: tekst.to_string(),
            wie,
            alleen_hoofdletter,
        });
    }

    /// A person's name, with the parts a quote may use alone: the first name, the surname, and
    /// the surname with its tussenvoegsel ("Mirjam de Vries": "Mirjam", "de Vries", "Vries").
    pub fn voeg_persoon_toe(&mut self, persoon: &str, wie: &'static str) {
        if !self.gezien.insert(format!("{wie}\u{0}{persoon}")) {
            return;
        }
        // "J. de Vries (wethouder)": the part in brackets is no name.
        let persoon = persoon.split('(').next().unwrap_or(persoon).trim();
        let woorden: Vec<&str> = persoon
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\''))
            .filter(|w| !w.is_empty() && !naamvorm::is_titel(w))
            .collect();
        let los = |woord: &str| {
            woord.chars().next().is_some_and(char::is_uppercase)
                && !woord.contains('.')
                && !woord.chars().any(|c| c.is_ascii_digit())
                && !naamvorm::is_tussenvoegsel(woord)
                && !naamvorm::is_rolwoord(woord)
        };
        if woorden.len() <= 1 {
            self.voeg_toe(
                persoon,
                wie,
                naamvorm::is_gewoon_woord(persoon) || !persoon.contains(char::is_uppercase),
            );
            return;
        }
        self.voeg_toe(persoon, wie, false);
        let eerste = woorden[0];
        if los(eerste) {
            self.voeg_toe(eerste, wie, naamvorm::is_gewoon_woord(eerste));
        }
        let laatste = woorden[woorden.len() - 1];
        if los(laatste) {
            self.voeg_toe(laatste, wie, naamvorm::is_gewoon_woord(laatste));
            let begin = woorden[1..woorden.len() - 1]
                .iter()
                .rposition(|w| !naamvorm::is_tussenvoegsel(w))
                .map_or(1, |p| p + 2);
            if begin < woorden.len() - 1 {
                self.voeg_toe(&woorden[begin..].join(" "), wie, false);
            }
        }
    }

    /// The file name of a moderator's notes ("duo-jan-de-boer.md"), which may hold a name;
    /// also without `.md` when it is made of several parts.
    pub fn voeg_bestandsnaam_toe(&mut self, naam: &str, wie: &'static str) {
        if !self.gezien.insert(format!("{wie}\u{0}{naam}")) {
            return;
        }
        self.voeg_toe(naam, wie, false);
        if let Some((stam, _)) = naam.rsplit_once('.')
            && stam.split(['-', '_']).filter(|d| !d.is_empty()).count() >= 2
        {
            self.voeg_toe(stam, wie, false);
        }
        if let Some(persoon) = persoon_in_bestandsnaam(naam) {
            self.voeg_persoon_toe(&persoon, wie);
        }
    }

    /// Adds every name of `ander`.
    pub fn voeg_samen(&mut self, ander: &Namen) {
        for naam in &ander.namen {
            self.voeg_toe(&naam.tekst, naam.wie, naam.alleen_hoofdletter);
        }
    }

    /// The names without their index: a third of the memory, for a document over the map that
    /// holds every traject's names until all are read.
    pub fn als_lijst(self) -> NamenLijst {
        NamenLijst(self.namen)
    }

    /// Adds the names of `lijst`; with `alleen_voor` only those that could be found in a text
    /// of those words: those whose key (the word the index looks up) is one of them.
    pub fn voeg_lijst_toe(&mut self, lijst: &NamenLijst, alleen_voor: Option<&Woorden>) {
        for naam in &lijst.0 {
            let kan = alleen_voor
                .is_none_or(|woorden| sleutel(&naam.tekst).is_some_and(|s| sleutel_in(s, woorden)));
            if kan {
                self.voeg_toe(&naam.tekst, naam.wie, naam.alleen_hoofdletter);
            }
        }
    }

    /// The names whose key word `tekst` contains, in any case.
    #[cfg(test)]
    pub(crate) fn kandidaten<'a>(&'a self, tekst: &str) -> Vec<&'a Naam> {
        let mut uit: Vec<usize> = Vec::new();
        kleine_woorden(tekst, |woord| self.voeg_kandidaten_toe(woord, &mut uit));
        uit.into_iter().map(|i| &self.namen[i]).collect()
    }

    /// Adds the names keyed on `woord` (in lower case) to `uit`, each once.
    pub(crate) fn voeg_kandidaten_toe(&self, woord: &str, uit: &mut Vec<usize>) {
        if let Some(emmer) = self.op_sleutel.get(woord) {
            for &i in emmer {
                if !uit.contains(&i) {
                    uit.push(i);
                }
            }
        }
    }
}

/// Words of a notes file name that say what the file is, not who was interviewed.
const GEEN_NAAM_IN_BESTAND: &[&str] = &[
    "duo",
    "interview",
    "interviews",
    "gesprek",
    "gesprekken",
    "notities",
    "notitie",
    "aantekeningen",
    "verslag",
    "uitwerking",
    "concept",
    "definitief",
    "versie",
    "kopie",
    "nieuw",
    "oud",
    "def",
    "md",
    "txt",
    "markdown",
    "deel",
    "en",
    "met",
    "of",
];

/// The person a notes file name seems to name (`duo-jan-de-boer.md`: "Jan de Boer"), written
/// as a name: its parts without the extension, dates, numbers, words about the file ("duo",
/// "notities") and roles ("wijkcoach"), when what is left has the shape of a name: two words or
/// more, beginning and ending with a word that is no tussenvoegsel. Capitalised so that the
/// parts a quote may use alone (the first name, the surname) are found like a staff name's.
pub fn persoon_in_bestandsnaam(naam: &str) -> Option<String> {
    let stam = naam.rsplit_once('.').map_or(naam, |(stam, _)| stam);
    let delen: Vec<&str> = stam
        .split(['-', '_', ' ', '.', '/', '\\'])
        .filter(|d| !d.is_empty())
        .filter(|d| d.chars().all(char::is_alphabetic) || *d == "'t")
        .filter(|d| !GEEN_NAAM_IN_BESTAND.contains(&gevouwen(d).as_str()))
        .filter(|d| !naamvorm::is_rolwoord(d) && !naamvorm::is_perspectiefwoord(d))
        .collect();
    let eerste = delen.first()?;
    let laatste = delen.last()?;
    if delen.len() < 2
        || naamvorm::is_tussenvoegsel(eerste)
        || naamvorm::is_tussenvoegsel(laatste)
        || delen
            .iter()
            .filter(|d| !naamvorm::is_tussenvoegsel(d))
            .count()
            > 3
    {
        return None;
    }
    let naam: Vec<String> = delen
        .iter()
        .map(|d| {
            if naamvorm::is_tussenvoegsel(d) {
                gevouwen(d)
            } else {
                let mut tekens = d.chars();
                tekens.next().map_or_else(String::new, |c| {
                    c.to_uppercase().chain(tekens.map(vouw)).collect()
                })
            }
        })
        .collect();
    Some(naam.join(" "))
}

/// The words of `tekst` folded (see [`vouw`]), split at every character that is not
/// alphanumeric, without the empty ones, and without folding the whole text: `check` looks up
/// every word of every quote of the map.
pub(crate) fn kleine_woorden(tekst: &str, mut per_woord: impl FnMut(&str)) {
    let mut klein = String::new();
    for woord in alfanumerieke_woorden(tekst) {
        if !woord.is_ascii() {
            klein.clear();
            klein.extend(woord.chars().map(vouw));
            per_woord(&klein);
        } else if woord.bytes().any(|b| b.is_ascii_uppercase()) {
            klein.clear();
            klein.push_str(woord);
            klein.make_ascii_lowercase();
            per_woord(&klein);
        } else {
            per_woord(woord);
        }
    }
}

/// One character in the case names are compared in: lower case, one character for one, so a
/// name keeps its length and its place in the text. `İ` (which lowers to `i` and a combining
/// dot) and the dotless `ı` fold to `i`, so `İLKNUR YILMAZ`, `İlknur Yılmaz` and `ilknur
/// yilmaz` are one name; the final sigma folds to `σ`.
pub fn vouw(c: char) -> char {
    match c {
        'İ' | 'ı' => 'i',
        'ς' => 'σ',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `tekst` folded character by character (see [`vouw`]).
pub fn gevouwen(tekst: &str) -> String {
    tekst.chars().map(vouw).collect()
}

/// The non-empty runs of alphanumeric characters in `tekst`, as `tekst.split(|c: char|
/// !c.is_alphanumeric())` without the empty ones; ASCII is tested byte by byte, without
/// decoding.
pub(crate) fn alfanumerieke_woorden(tekst: &str) -> impl Iterator<Item = &str> {
    let bytes = tekst.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut begin = None;
        while i < bytes.len() {
            let (lengte, alfanumeriek) = if bytes[i] < 0x80 {
                (1, bytes[i].is_ascii_alphanumeric())
            } else {
                let c = tekst[i..].chars().next().unwrap_or(' ');
                (c.len_utf8(), c.is_alphanumeric())
            };
            match (alfanumeriek, begin) {
                (true, None) => begin = Some(i),
                (false, Some(b)) => {
                    let woord = &tekst[b..i];
                    i += lengte;
                    return Some(woord);
                }
                _ => {}
            }
            i += lengte;
        }
        begin.map(|b| &tekst[b..])
    })
}

/// The names of one traject as a plain list (see [`Namen::als_lijst`]).
#[derive(Debug, Default)]
pub struct NamenLijst(Vec<Naam>);

/// The word a name is indexed under (in its own case; the index lowers it): the first word
/// with a digit, else the last. A notes file name ("2024-03-12-wijkcoach-huisarts") ends in a
/// role that many quotes mention; keyed on its date, it is only compared with the rare quote
/// holding that date.
pub(crate) fn sleutel(tekst: &str) -> Option<&str> {
    alfanumerieke_woorden(tekst)
        .find(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .or_else(|| alfanumerieke_woorden(tekst).last())
}

/// The lower-case words a traject's quotes and roles hold: a name elsewhere in the map that
/// has none of its keys among them can never be found in them (see [`persoon_kan_voorkomen`]).
pub type Woorden = FxHashSet<String>;

/// Whether the index key made of `woord` (the word in lower case) is one of `woorden`: the
/// only way a quote of those words can make the name a candidate.
pub(crate) fn sleutel_in(woord: &str, woorden: &Woorden) -> bool {
    woorden.contains(gevouwen(woord).as_str())
}

/// Where `tekst` holds `woord` as a whole word, ignoring case — except that a one-word name
/// written with a capital (a surname like 'Wit' or 'Visser') only counts when it has a capital in
/// the text too, so "een wit vlak" is not a name.
pub fn woorden(tekst: &str, woord: &str) -> Vec<Range<usize>> {
    let hoofdletter = !woord.contains(char::is_whitespace)
        && woord.chars().next().is_some_and(char::is_uppercase);
    woorden_met(tekst, woord, hoofdletter)
}

/// Where `tekst` holds `woord` as a whole word, ignoring case; with `alleen_hoofdletter` only
/// where the text writes it with a capital.
pub fn woorden_met(tekst: &str, woord: &str, alleen_hoofdletter: bool) -> Vec<Range<usize>> {
    let gezocht: Vec<char> = woord.chars().map(vouw).collect();
    if gezocht.is_empty() {
        return Vec::new();
    }
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let mut uit = Vec::new();
    let mut i = 0;
    while i + gezocht.len() <= tekens.len() {
        let past = tekens[i..i + gezocht.len()]
            .iter()
            .zip(&gezocht)
            .all(|((_, c), g)| vouw(*c) == *g);
        let los = (i == 0 || !tekens[i - 1].1.is_alphanumeric())
            && tekens
                .get(i + gezocht.len())
                .is_none_or(|(_, c)| !c.is_alphanumeric());
        if past && los && (!alleen_hoofdletter || tekens[i].1.is_uppercase()) {
            let eind = tekens
                .get(i + gezocht.len())
                .map_or(tekst.len(), |(b, _)| *b);
            uit.push(tekens[i].0..eind);
            i += gezocht.len();
        } else {
            i += 1;
        }
    }
    uit
}

pub fn bevat_woord(tekst: &str, woord: &str) -> bool {
    !woorden(tekst, woord).is_empty()
}

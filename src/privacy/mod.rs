//! Privacy signals (AVG): quote texts that may identify a person.
//!
//! The map stores no names of interviewees, but a moderator may type one into a quote. These
//! checks look for what would make a quote traceable: a name the map knows (facilitator,
//! moderator, expert), an e-mail address, a Dutch phone number, a postcode with house number,
//! or a nine-digit number that passes the BSN eleven-test. They are warnings: the facilitator
//! decides, and the warning never repeats the number or address itself.

// What a name looks like, and the fingerprints that keep withdrawn words out.
pub(crate) mod naamvorm;
pub(crate) mod vingerafdruk;

use std::ops::Range;
use std::sync::Arc;

use crate::bestand::velden::Naamveld;
// FxHash (rustc-hash) for the name index: its keys are short words visieleer derives from the
// map itself, looked up once per word of every quote, so SipHash's protection against chosen
// keys buys nothing here.
use rustc_hash::{FxHashMap, FxHashSet};

use crate::methode::controle::{Bevinding, Ernst};
use crate::model::interview::{Citaat, CitaatId};
use crate::model::traject::Traject;

/// What makes a quote traceable, found at a place in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vondst {
    /// Byte range in the quote text.
    pub plek: Range<usize>,
    /// What it is, for a warning: "een e-mailadres", "de naam 'Jansen' (moderator)".
    pub soort: String,
}

/// One name to look for in quotes: a full staff name, or one word of it, or a notes file name.
#[derive(Clone, Debug)]
struct Naam {
    tekst: String,
    wie: &'static str,
    /// An ordinary Dutch word ("Visser", "Wit") counts only when written with a capital.
    alleen_hoofdletter: bool,
}

/// The names a traject or a whole map knows, indexed by one word of each (the first word with
/// a digit, else the last), so a quote is only compared precisely with the names whose key word
/// it contains: the cost per quote does not grow with the number of names.
#[derive(Clone, Debug, Default)]
pub struct Namen {
    namen: Vec<Naam>,
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
        if !self.teksten.insert(tekst.to_lowercase()) {
            return;
        }
        let emmer = self.op_sleutel.entry(sleutel.to_lowercase()).or_default();
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
    fn kandidaten<'a>(&'a self, tekst: &str) -> Vec<&'a Naam> {
        let mut uit: Vec<usize> = Vec::new();
        kleine_woorden(tekst, |woord| self.voeg_kandidaten_toe(woord, &mut uit));
        uit.into_iter().map(|i| &self.namen[i]).collect()
    }

    /// Adds the names keyed on `woord` (in lower case) to `uit`, each once.
    fn voeg_kandidaten_toe(&self, woord: &str, uit: &mut Vec<usize>) {
        if let Some(emmer) = self.op_sleutel.get(woord) {
            for &i in emmer {
                if !uit.contains(&i) {
                    uit.push(i);
                }
            }
        }
    }
}

/// The words of `tekst` in lower case, exactly as `tekst.to_lowercase()` split at every
/// character that is not alphanumeric (without the empty ones), without lowering the whole
/// text: `check` looks up every word of every quote of the map.
fn kleine_woorden(tekst: &str, mut per_woord: impl FnMut(&str)) {
    // A capital sigma lowers by what surrounds it, beyond its word: the whole text it is.
    // `tekst.to_lowercase()` split at every character that is not alphanumeric.
    fn klein_en_gesplitst(tekst: &str, per_woord: &mut impl FnMut(&str)) {
        for woord in tekst.to_lowercase().split(|c: char| !c.is_alphanumeric()) {
            if !woord.is_empty() {
                per_woord(woord);
            }
        }
    }
    if tekst.contains('Σ') {
        klein_en_gesplitst(tekst, &mut per_woord);
        return;
    }
    let mut klein = String::new();
    for woord in alfanumerieke_woorden(tekst) {
        if !woord.is_ascii() {
            // 'İ' lowers to 'i' and a combining dot, which is no letter: split again.
            klein_en_gesplitst(woord, &mut per_woord);
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

/// The non-empty runs of alphanumeric characters in `tekst`, as `tekst.split(|c: char|
/// !c.is_alphanumeric())` without the empty ones; ASCII is tested byte by byte, without
/// decoding.
fn alfanumerieke_woorden(tekst: &str) -> impl Iterator<Item = &str> {
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

/// What a document must hide of one traject: the names it knows itself and those known
/// elsewhere in the map. The map's document readers hand one out beside each traject (see
/// [`Masker::voor`]); every document and export that prints a quote, a role or a free text asks
/// it, so nothing a document shows escapes it. It is the caller's, never part of the traject:
/// a traject's state is what its file says.
#[derive(Clone, Debug, Default)]
pub struct Masker {
    eigen: Namen,
    elders: Arc<Namen>,
}

impl Masker {
    /// For `t`, with the names of the rest of the map (learnt by the caller, who read them).
    pub fn voor(t: &Traject, elders: Arc<Namen>) -> Masker {
        Masker {
            eigen: bekende_namen(t),
            elders,
        }
    }

    /// For `t` alone: the names of its own file (for a gate, which reads one traject).
    pub fn alleen_eigen(t: &Traject) -> Masker {
        Masker::voor(t, Arc::default())
    }

    /// The traject's own names, then the map's.
    fn alle(&self) -> [&Namen; 2] {
        [&self.eigen, &self.elders]
    }

    /// The text of a quote as it may appear in a document: everything that may identify
    /// someone replaced by `[weggelaten]`. Every document that prints quote texts goes through
    /// here.
    pub fn citaat(&self, citaat: &Citaat) -> String {
        self.tekst(&citaat.tekst)
    }

    /// `tekst` with everything that may identify someone replaced by `[weggelaten]`.
    pub fn tekst(&self, tekst: &str) -> String {
        maskeer(tekst, &self.alle())
    }
}

/// Every privacy warning for the quotes of a traject, each naming the quote id. The names
/// are those of the traject and those of the rest of the map that `masker` knows.
pub fn signalen(t: &Traject, masker: &Masker) -> Vec<Bevinding> {
    let namen = masker.alle();
    let mut bevindingen = Vec::new();
    for (id, _, citaat) in t.citaten() {
        let soorten = soorten(vondsten(&citaat.tekst, &namen));
        bevindingen.extend(citaatwaarschuwing(
            id,
            &soorten,
            " (in documenten staat er [weggelaten])",
        ));
    }
    for interview in &t.interviews {
        for deelnemer in &interview.duo {
            if let Some(fout) = rol_herkenbaar(&deelnemer.rol, &namen) {
                bevindingen.push(Bevinding {
                    ernst: Ernst::Fout,
                    tekst: format!("duo-interview {}: {fout}", interview.nr),
                });
            } else if let Some(fout) = rol_lijkt_naam(&deelnemer.rol) {
                bevindingen.push(Bevinding {
                    ernst: Ernst::Waarschuwing,
                    tekst: format!("duo-interview {}: {fout}", interview.nr),
                });
            }
        }
    }
    bevindingen
}

/// Warnings for some quotes of a traject (as `notities` imports them), each naming its id.
/// The traject may just have changed, so its names are learnt anew.
pub fn citaatsignalen(t: &Traject, ids: &[CitaatId], elders: &Namen) -> Vec<String> {
    let eigen = bekende_namen(t);
    let namen = [&eigen, elders];
    ids.iter()
        .filter_map(|&id| {
            let (_, citaat) = t.citaat(id)?;
            citaatwaarschuwing(id, &soorten(vondsten(&citaat.tekst, &namen)), "")
        })
        .map(|b| b.tekst)
        .collect()
}

/// The kinds of finding, each once, in the order found.
fn soorten(vondsten: impl IntoIterator<Item = Vondst>) -> Vec<String> {
    let mut soorten: Vec<String> = Vec::new();
    for vondst in vondsten {
        if !soorten.contains(&vondst.soort) {
            soorten.push(vondst.soort);
        }
    }
    soorten
}

/// The warning for a quote that may identify someone, if anything was found.
fn citaatwaarschuwing(id: CitaatId, soorten: &[String], aanvulling: &str) -> Option<Bevinding> {
    (!soorten.is_empty()).then(|| Bevinding {
        ernst: Ernst::Waarschuwing,
        tekst: format!(
            "citaat {id} bevat mogelijk {}, waardoor iemand herkenbaar kan zijn; haal het weg uit de tekst{aanvulling}",
            soorten.join(", ")
        ),
    })
}

/// A role names what someone does, never who they are: a role that may identify someone (a
/// name the map knows, an e-mail address, a number, an address) is refused, because roles
/// appear unmasked beside every quote.
pub fn rol_herkenbaar(rol: &str, namen: &[&Namen]) -> Option<String> {
    let soorten = soorten(vondsten(rol, namen));
    (!soorten.is_empty()).then(|| {
        format!(
            "de rol '{rol}' bevat mogelijk {}; noem alleen een functie of rol, zoals 'wijkcoach' of 'inwoner met mantelzorgtaak'",
            soorten.join(", ")
        )
    })
}

/// A role that looks like a person (a salutation, initials, the shape of a name), with one
/// sentence saying what to write instead.
pub fn rol_lijkt_naam(rol: &str) -> Option<String> {
    naamvorm::lijkt_naam(rol).map(|reden| {
        format!(
            "de rol '{rol}' lijkt een naam ({reden}); noem alleen een functie of rol, zoals 'bewoner' of 'wijkcoach', nooit wie het is"
        )
    })
}

/// Everything wrong with a role given on input: what may identify someone (a known name
/// first), then the shape of a name.
pub fn rol_fout(rol: &str, t: &Traject) -> Option<String> {
    rol_herkenbaar(rol, &[&bekende_namen(t)]).or_else(|| rol_lijkt_naam(rol))
}

/// `tekst` with every finding replaced by `[weggelaten]`.
pub fn maskeer(tekst: &str, namen: &[&Namen]) -> String {
    let mut plekken: Vec<Range<usize>> =
        vondsten(tekst, namen).into_iter().map(|v| v.plek).collect();
    plekken.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end)));
    let mut uit = String::with_capacity(tekst.len());
    let mut tot = 0;
    for plek in plekken {
        if plek.start < tot {
            tot = tot.max(plek.end);
            continue;
        }
        uit.push_str(&tekst[tot..plek.start]);
        uit.push_str("[weggelaten]");
        tot = plek.end;
    }
    uit.push_str(&tekst[tot..]);
    uit
}

/// Everything in `tekst` that may identify someone.
pub fn vondsten(tekst: &str, namen: &[&Namen]) -> Vec<Vondst> {
    let mut uit: Vec<Vondst> = Vec::new();
    if namen.iter().any(|n| !n.is_leeg()) {
        let mut kandidaten: Vec<Vec<usize>> = vec![Vec::new(); namen.len()];
        kleine_woorden(tekst, |woord| {
            for (n, uit) in namen.iter().zip(&mut kandidaten) {
                n.voeg_kandidaten_toe(woord, uit);
            }
        });
        for (n, kandidaten) in namen.iter().zip(kandidaten) {
            for naam in kandidaten.into_iter().map(|i| &n.namen[i]) {
                for plek in woorden_met(tekst, &naam.tekst, naam.alleen_hoofdletter) {
                    if !uit.iter().any(|v| v.plek == plek) {
                        uit.push(Vondst {
                            plek,
                            soort: format!("de naam '{}' ({})", naam.tekst, naam.wie),
                        });
                    }
                }
            }
        }
        // "Vries" inside "Mirjam de Vries" is the same finding.
        let binnen =
            |a: &Range<usize>, b: &Range<usize>| a != b && b.start <= a.start && a.end <= b.end;
        let plekken: Vec<Range<usize>> = uit.iter().map(|v| v.plek.clone()).collect();
        uit.retain(|v| !plekken.iter().any(|p| binnen(&v.plek, p)));
    }
    let cijfers = tekst.bytes().filter(u8::is_ascii_digit).count();
    let apenstaartje = memchr::memchr(b'@', tekst.as_bytes()).is_some()
        || memchr::memmem::find(tekst.as_bytes(), "＠".as_bytes()).is_some();
    if cijfers < 4 && !apenstaartje {
        return uit;
    }
    let rekeningen = ibans(tekst);
    let overlapt = |p: &Range<usize>| {
        rekeningen
            .iter()
            .any(|r| p.start < r.end && r.start < p.end)
    };
    for (soort, plekken) in [
        ("een e-mailadres", emailadressen(tekst)),
        ("een IBAN", rekeningen.clone()),
        ("een telefoonnummer", telefoonnummers(tekst)),
        (
            "een postcode met huisnummer",
            postcodes_met_huisnummer(tekst),
        ),
        ("een mogelijk BSN", bsns(tekst)),
    ] {
        uit.extend(
            plekken
                .into_iter()
                .filter(|p| soort == "een IBAN" || !overlapt(p))
                .map(|plek| Vondst {
                    plek,
                    soort: soort.to_string(),
                }),
        );
    }
    uit
}

/// The word a name is indexed under (in its own case; the index lowers it): the first word
/// with a digit, else the last. A notes file name ("2024-03-12-wijkcoach-huisarts") ends in a
/// role that many quotes mention; keyed on its date, it is only compared with the rare quote
/// holding that date.
fn sleutel(tekst: &str) -> Option<&str> {
    alfanumerieke_woorden(tekst)
        .find(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .or_else(|| alfanumerieke_woorden(tekst).last())
}

/// The names a traject knows: facilitator, moderators, experts, owners of afspraken whose
/// owner is a person, and the file names of imported notes.
pub fn bekende_namen(t: &Traject) -> Namen {
    let mut namen = Namen::default();
    if let Some(f) = &t.facilitator {
        namen.voeg_persoon_toe(f, "facilitator");
    }
    for i in &t.interviews {
        if let Some(m) = &i.moderator {
            namen.voeg_persoon_toe(m, "moderator");
        }
    }
    for e in &t.expertteam {
        namen.voeg_persoon_toe(&e.naam, "expert");
    }
    for a in &t.afspraken {
        if naamvorm::lijkt_naam(&a.eigenaar).is_some() {
            namen.voeg_persoon_toe(&a.eigenaar, "eigenaar van een afspraak");
        }
    }
    for i in &t.interviews {
        if let Some(bron) = &i.bron {
            namen.voeg_bestandsnaam_toe(bron, "bestandsnaam van notities");
        }
    }
    namen
}

/// The names in one traject file's text, labelled as known elsewhere in the map, added to
/// `namen`.
///
/// `check` and the documents learn every name of the map; parsing every file would cost far
/// more than the quote checks themselves, so this reads the lines that hold them: a line whose
/// key, after any indentation and list dashes, is `facilitator`, `moderator` or `bron` (of an
/// interview), `naam` (of an expert) or `eigenaar` (of an afspraak). So a file edited by hand,
/// with its fields in another order or indented otherwise, still names its people. Only a name
/// written over several lines (a block scalar) is missed; the exports of the whole map, which
/// parse every file anyway, learn those too.
pub fn namen_in_bestand(tekst: &str, namen: &mut Namen) {
    namen_in_bestand_met(tekst, namen, None);
}

/// The lower-case words a traject's quotes and roles hold: a name elsewhere in the map that
/// has none of its keys among them can never be found in them (see [`persoon_kan_voorkomen`]).
pub type Woorden = FxHashSet<String>;

/// The words of every quote text and duo role of `t`, in lower case (as the name index looks
/// them up).
pub fn woorden_van(t: &Traject) -> Woorden {
    let mut woorden = Woorden::default();
    let mut voeg_toe = |tekst: &str| {
        kleine_woorden(tekst, |w| {
            if !woorden.contains(w) {
                woorden.insert(w.to_string());
            }
        })
    };
    for interview in &t.interviews {
        for deelnemer in &interview.duo {
            voeg_toe(&deelnemer.rol);
        }
        for citaat in &interview.citaten {
            voeg_toe(&citaat.tekst);
        }
    }
    woorden
}

/// Whether the index key made of `woord` (the word in lower case) is one of `woorden`: the
/// only way a quote of those words can make the name a candidate.
fn sleutel_in(woord: &str, woorden: &Woorden) -> bool {
    woorden.contains(woord.to_lowercase().as_str())
}

/// Whether a person's name could be found in a text made of `woorden`: every key that
/// [`Namen::voeg_persoon_toe`] indexes it under is the key of the name before any bracket, or
/// a word of it that is no tussenvoegsel (its first name or surname). A name without any of
/// them in `woorden` is never even a candidate.
pub fn persoon_kan_voorkomen(persoon: &str, woorden: &Woorden) -> bool {
    let persoon = persoon.split('(').next().unwrap_or(persoon).trim();
    sleutel(persoon).is_some_and(|s| sleutel_in(s, woorden))
        || persoon
            .split_whitespace()
            .filter(|w| !naamvorm::is_tussenvoegsel(w))
            .any(|w| alfanumerieke_woorden(w).any(|d| sleutel_in(d, woorden)))
}

/// Whether a notes file name could be found in a text made of `woorden`: it is indexed under
/// the key of the whole name and of the name without its extension (see
/// [`Namen::voeg_bestandsnaam_toe`]).
pub fn bestandsnaam_kan_voorkomen(naam: &str, woorden: &Woorden) -> bool {
    let stam = naam.rsplit_once('.').map_or(naam, |(stam, _)| stam);
    [naam, stam]
        .iter()
        .any(|t| sleutel(t.trim()).is_some_and(|s| sleutel_in(s, woorden)))
}

/// The names in one traject file's text, like [`namen_in_bestand`]; with `alleen_voor` only
/// those that could be found in a text of those words, so a document over one traject does not
/// index every person of the map.
pub fn namen_in_bestand_met(tekst: &str, namen: &mut Namen, alleen_voor: Option<&Woorden>) {
    namen_in_velden(
        &crate::bestand::velden::velden(tekst).namen,
        namen,
        alleen_voor,
    );
}

/// The names of one file's name fields (see [`crate::bestand::velden`]), as in
/// [`namen_in_bestand_met`].
fn namen_in_velden(
    velden: &[(Naamveld, String)],
    namen: &mut Namen,
    alleen_voor: Option<&Woorden>,
) {
    for (soort, waarde) in velden {
        let waarde = waarde.trim();
        if let Some(woorden) = alleen_voor {
            let kan = if *soort == Naamveld::Bron {
                bestandsnaam_kan_voorkomen(waarde, woorden)
            } else {
                persoon_kan_voorkomen(waarde, woorden)
            };
            if !kan {
                continue;
            }
        }
        match soort {
            Naamveld::Facilitator => namen.voeg_persoon_toe(waarde, "facilitator elders in de map"),
            Naamveld::Moderator => namen.voeg_persoon_toe(waarde, "moderator elders in de map"),
            Naamveld::Naam => namen.voeg_persoon_toe(waarde, "expert elders in de map"),
            Naamveld::Eigenaar => {
                if naamvorm::lijkt_naam(waarde).is_some() {
                    namen.voeg_persoon_toe(waarde, "eigenaar van een afspraak elders in de map");
                }
            }
            Naamveld::Bron => {
                namen.voeg_bestandsnaam_toe(waarde, "bestandsnaam van notities elders in de map")
            }
        }
    }
}

/// What the rest of the map knows that one traject must respect: the names of its people
/// (for masking and warnings) and the fingerprints of withdrawn interviews (so their notes are
/// never imported again, into any traject).
#[derive(Debug, Default)]
pub struct Elders {
    pub namen: Namen,
    pub ingetrokken: std::collections::HashSet<String>,
}

impl Elders {
    /// Adds what one traject file's text holds.
    pub fn lees(&mut self, tekst: &str) {
        let velden = crate::bestand::velden::velden(tekst);
        namen_in_velden(&velden.namen, &mut self.namen, None);
        self.ingetrokken.extend(velden.vingerafdrukken);
    }

    /// Adds what another part of the map held.
    pub fn voeg_samen(&mut self, ander: Elders) {
        self.namen.voeg_samen(&ander.namen);
        self.ingetrokken.extend(ander.ingetrokken);
    }
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
    let gezocht: Vec<char> = woord.chars().flat_map(char::to_lowercase).collect();
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
            .all(|((_, c), g)| c.to_lowercase().eq(std::iter::once(*g)));
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

/// Something like `naam@domein.nl`, also typed in full-width characters (`naam＠domein．nl`).
pub fn emailadressen(tekst: &str) -> Vec<Range<usize>> {
    let punt = |c: char| c == '.' || c == '．';
    let deel = |c: char| c.is_alphanumeric() || "._%+-．＿％＋－".contains(c);
    let mut uit = Vec::new();
    for (i, apenstaart) in tekst.match_indices(['@', '＠']) {
        let na_begin = i + apenstaart.len();
        let begin = tekst[..i]
            .char_indices()
            .rev()
            .take_while(|(_, c)| deel(*c))
            .last()
            .map_or(i, |(b, _)| b);
        let na_len: usize = tekst[na_begin..]
            .chars()
            .take_while(|&c| deel(c))
            .map(char::len_utf8)
            .sum();
        let na = tekst[na_begin..na_begin + na_len].trim_end_matches(punt);
        let geldig = begin < i
            && na.rsplit_once(punt).is_some_and(|(domein, tld)| {
                !domein.is_empty() && tld.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            });
        if geldig {
            uit.push(begin..na_begin + na.len());
        }
    }
    uit
}

pub fn bevat_email(tekst: &str) -> bool {
    !emailadressen(tekst).is_empty()
}

/// What people type between the digits of a number: spaces (also the non-breaking and narrow
/// ones a word processor puts in), dashes of every length, dots, slashes and brackets.
fn is_scheiding(c: char) -> bool {
    matches!(
        c,
        ' ' | '-'
            | '.'
            | '('
            | ')'
            | '/'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '\u{2007}'
            | '\u{2010}'..='\u{2015}' | '\u{2212}'
    )
}

/// A run of digits with the separators people type inside numbers (see [`is_scheiding`]):
/// its digits, whether it began with `+`, and where it stands.
struct Reeks {
    cijfers: String,
    plus: bool,
    plek: Range<usize>,
}

fn nummerreeksen(tekst: &str) -> Vec<Reeks> {
    let mut reeksen = Vec::new();
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let teken = |i: usize| tekens.get(i).map(|t| t.1);
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut i = 0;
    while i < tekens.len() {
        let c = tekens[i].1;
        let volgt_cijfer = teken(i + 1).is_some_and(|c| c.is_ascii_digit());
        if c == '(' && volgt_cijfer {
            i += 1;
            continue;
        }
        let plus = c == '+' && volgt_cijfer;
        if !(c.is_ascii_digit() || plus) {
            i += 1;
            continue;
        }
        if i > 0 && tekens[i - 1].1.is_alphanumeric() {
            // Part of a word like 'A12' (or 'a+1'): skip this character and the rest of the
            // word. Always step past `c` itself, which may be a '+' that is no alphanumeric.
            i += 1;
            while teken(i).is_some_and(char::is_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let begin = if i > 0 && tekens[i - 1].1 == '(' {
            i - 1
        } else {
            i
        };
        let mut cijfers = String::new();
        let mut j = if plus { i + 1 } else { i };
        while let Some(c) = teken(j) {
            if c.is_ascii_digit() {
                cijfers.push(c);
                j += 1;
            } else if is_scheiding(c) {
                // At most three separators in a row, like ') ' in '(020) 123' or ' - ' in
                // '06 - 12345678'.
                let k = tekens[j..]
                    .iter()
                    .take_while(|(_, c)| is_scheiding(*c))
                    .count();
                if k <= 3 && teken(j + k).is_some_and(|c| c.is_ascii_digit()) {
                    j += k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if !teken(j).is_some_and(char::is_alphabetic) {
            reeksen.push(Reeks {
                cijfers,
                plus,
                plek: byte(begin)..byte(j),
            });
        }
        i = j.max(i + 1);
    }
    reeksen
}

/// A Dutch phone number: `06-12345678`, `020 123 4567`, `+31 6 12345678`, `0031 20 1234567`,
/// `+31 (0)6 12345678`, `06 - 12345678`, `06/12.34.56.78`.
pub fn telefoonnummers(tekst: &str) -> Vec<Range<usize>> {
    nummerreeksen(tekst)
        .into_iter()
        .filter(|r| {
            let internationaal = if r.plus {
                r.cijfers.strip_prefix("31")
            } else {
                r.cijfers.strip_prefix("0031")
            };
            match internationaal {
                // The trunk zero is often kept, in brackets: `+31 (0)6 12345678`.
                Some(rest) => rest.strip_prefix('0').unwrap_or(rest).len() == 9,
                None => {
                    !r.plus
                        && r.cijfers.len() == 10
                        && r.cijfers.starts_with('0')
                        && !r.cijfers.starts_with("00")
                }
            }
        })
        .map(|r| r.plek)
        .collect()
}

pub fn bevat_telefoonnummer(tekst: &str) -> bool {
    !telefoonnummers(tekst).is_empty()
}

/// A nine-digit number (also written `123.456.789` or `123 456 789`) that passes the
/// eleven-test of the burgerservicenummer.
pub fn bsns(tekst: &str) -> Vec<Range<usize>> {
    nummerreeksen(tekst)
        .into_iter()
        .filter(|r| !r.plus && r.cijfers.len() == 9 && elfproef(&r.cijfers))
        .map(|r| r.plek)
        .collect()
}

pub fn bevat_bsn(tekst: &str) -> bool {
    !bsns(tekst).is_empty()
}

/// The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not zero).
pub fn elfproef(cijfers: &str) -> bool {
    let d: Vec<i64> = cijfers.bytes().map(|b| i64::from(b - b'0')).collect();
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    let som: i64 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, x)| (9 - i as i64) * x)
        .sum::<i64>()
        - d[8];
    som % 11 == 0
}

/// Two-letter words that follow a number in ordinary sentences ("in 2024 en 5 jaar later"):
/// written in lower case after a space they are no postcode letters.
const GEEN_POSTCODELETTERS: [&str; 24] = [
    "en", "in", "op", "of", "al", "na", "om", "te", "ik", "je", "ze", "we", "af", "ga", "zo", "nu",
    "ja", "de", "er", "is", "uw", "mn", "zn", "nr",
];

/// A postcode (`1234 AB`, `1234ab`, `1234 ab`) with a house number within a few words of it,
/// like `Dorpsstraat 12, 1234 AB` or `1234ab 12`; the range covers postcode and number.
pub fn postcodes_met_huisnummer(tekst: &str) -> Vec<Range<usize>> {
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let teken = |i: usize| tekens.get(i).map(|t| t.1);
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut uit = Vec::new();
    for i in 0..tekens.len() {
        if i > 0 && tekens[i - 1].1.is_alphanumeric() {
            continue;
        }
        let cijfers = tekens[i..]
            .iter()
            .take_while(|(_, c)| c.is_ascii_digit())
            .count();
        if cijfers != 4 || tekens[i].1 == '0' {
            continue;
        }
        let mut j = i + 4;
        let spatie = teken(j).is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'));
        if spatie {
            j += 1;
        }
        let letters: String = tekens[j.min(tekens.len())..]
            .iter()
            .take_while(|(_, c)| c.is_ascii_alphabetic())
            .map(|(_, c)| *c)
            .collect();
        if letters.len() != 2 || teken(j + 2).is_some_and(char::is_alphanumeric) {
            continue;
        }
        let hoofdletters = letters.chars().all(|c| c.is_ascii_uppercase());
        if spatie
            && !hoofdletters
            && GEEN_POSTCODELETTERS.contains(&letters.to_lowercase().as_str())
        {
            continue;
        }
        let eind = j + 2;
        let van = i.saturating_sub(30);
        let tot = (eind + 30).min(tekens.len());
        let voor = huisnummer(&tekst[byte(van)..byte(i)]).map(|r| byte(van) + r.start..byte(eind));
        let na = huisnummer(&tekst[byte(eind)..byte(tot)]).map(|r| byte(i)..byte(eind) + r.end);
        if let Some(plek) = voor.or(na) {
            uit.push(plek);
        }
    }
    uit
}

pub fn bevat_postcode_met_huisnummer(tekst: &str) -> bool {
    !postcodes_met_huisnummer(tekst).is_empty()
}

/// The length of an IBAN in the countries whose accounts Dutch people most often have; other
/// countries may have any length from 15 to 34.
fn iban_lengte(land: &str) -> Option<usize> {
    match land {
        "NL" => Some(18),
        "BE" => Some(16),
        "DE" => Some(22),
        "LU" => Some(20),
        "FR" | "MC" => Some(27),
        "GB" => Some(22),
        "ES" => Some(24),
        _ => None,
    }
}

/// An account number: `NL91ABNA0417164300`, `NL91 ABNA 0417 1643 00`, in any case, that passes
/// the mod-97 check of an IBAN.
pub fn ibans(tekst: &str) -> Vec<Range<usize>> {
    let tekens: Vec<(usize, char)> = tekst.char_indices().collect();
    let byte = |i: usize| tekens.get(i).map_or(tekst.len(), |t| t.0);
    let mut uit = Vec::new();
    let mut i = 0;
    while i + 4 <= tekens.len() {
        let begint = (i == 0 || !tekens[i - 1].1.is_alphanumeric())
            && tekens[i].1.is_ascii_alphabetic()
            && tekens[i + 1].1.is_ascii_alphabetic()
            && tekens[i + 2].1.is_ascii_digit()
            && tekens[i + 3].1.is_ascii_digit();
        if !begint {
            i += 1;
            continue;
        }
        // The characters of the account, and after how many of them a word ends (where the
        // number may stop).
        let mut tekensreeks = String::new();
        let mut einden: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        while j < tekens.len() && tekensreeks.len() < 34 {
            let c = tekens[j].1;
            if c.is_ascii_alphanumeric() {
                tekensreeks.push(c.to_ascii_uppercase());
                j += 1;
                if tekens.get(j).is_none_or(|(_, c)| !c.is_alphanumeric()) {
                    einden.push((tekensreeks.len(), j));
                }
            } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                && tekens
                    .get(j + 1)
                    .is_some_and(|(_, c)| c.is_ascii_alphanumeric())
            {
                j += 1;
            } else {
                break;
            }
        }
        let gevonden = einden.iter().rev().find(|(n, _)| {
            let kandidaat = &tekensreeks[..*n];
            let lengte_past = match iban_lengte(&kandidaat[..2]) {
                Some(l) => *n == l,
                None => (15..=34).contains(n),
            };
            lengte_past && mod97(kandidaat)
        });
        match gevonden {
            Some(&(_, eind)) => {
                uit.push(byte(i)..byte(eind));
                i = eind;
            }
            None => i += 1,
        }
    }
    uit
}

/// The IBAN check: the first four characters moved to the end, letters as 10–35, the number
/// modulo 97 is 1.
pub fn mod97(iban: &str) -> bool {
    let (kop, rest) = iban.split_at(4.min(iban.len()));
    let mut rest_modulo = 0u32;
    for c in rest.chars().chain(kop.chars()) {
        let Some(waarde) = c.to_digit(36) else {
            return false;
        };
        rest_modulo = if waarde >= 10 {
            (rest_modulo * 100 + waarde) % 97
        } else {
            (rest_modulo * 10 + waarde) % 97
        };
    }
    rest_modulo == 1
}

pub fn bevat_iban(tekst: &str) -> bool {
    !ibans(tekst).is_empty()
}

/// A short number (1 to 5 digits, maybe with a letter like `12a`) standing on its own.
fn huisnummer(stuk: &str) -> Option<Range<usize>> {
    let mut begin = 0;
    for woord in stuk.split_inclusive(|c: char| c.is_whitespace() || ",;:".contains(c)) {
        let kaal = woord.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c));
        let cijfers = kaal.chars().take_while(char::is_ascii_digit).count();
        let rest = &kaal[cijfers..];
        if (1..=5).contains(&cijfers)
            && (rest.is_empty()
                || (rest.chars().count() == 1 && rest.chars().all(char::is_alphabetic)))
        {
            return Some(begin..begin + kaal.len());
        }
        begin += woord.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_bestandsnaam_met_datum_staat_onder_de_datum() {
        let mut namen = Namen::default();
        namen.voeg_bestandsnaam_toe("2024-03-12-wijkcoach-huisarts.md", "bestandsnaam");
        namen.voeg_persoon_toe("Anouk Jansen", "moderator");
        assert!(
            namen
                .kandidaten("de huisarts en de wijkcoach belden")
                .is_empty()
        );
        let tekst = "Zie 2024-03-12-wijkcoach-huisarts.md, daar staat het.";
        assert_eq!(
            vondsten(tekst, &[&namen]).len(),
            1,
            "the file name is still found"
        );
        assert_eq!(vondsten("Ik sprak Anouk Jansen.", &[&namen]).len(), 1);
        assert_eq!(vondsten("Jansen zei het al.", &[&namen]).len(), 1);
        // The file name, its stem, the full name, the first name and the surname.
        assert_eq!(namen.namen.len(), 5);
        namen.voeg_persoon_toe("anouk jansen", "expert");
        assert_eq!(
            namen.namen.len(),
            5,
            "a name is indexed once, whatever its case"
        );
    }

    /// A '+' right after a letter once made the number scanner loop for ever, and with it
    /// every document holding such a quote.
    #[test]
    fn een_plus_na_een_letter_laat_de_scanner_niet_hangen() {
        for tekst in [
            "a+1",
            "x+31612345678",
            "é+0612345678",
            "C++20 en 3+4",
            "a+",
            "1+1+1+1",
        ] {
            let _ = vondsten(tekst, &[]);
        }
        assert!(bevat_telefoonnummer("bel +31612345678"));
        assert!(!bevat_telefoonnummer("versie+31612345678"));
    }

    proptest::proptest! {
        /// The scanners end on any text (a hang would stop this test, and CI with it).
        #[test]
        fn scant_elke_tekst(tekst in "[a-zA-Z0-9+@(). -]{0,40}|\\PC{0,40}") {
            let mut namen = Namen::default();
            namen.voeg_persoon_toe("Mirjam de Vries", "moderator");
            let _ = vondsten(&tekst, &[&namen]);
            let _ = maskeer(&tekst, &[]);
        }

        #[test]
        fn alfanumerieke_woorden_zoals_split(tekst in "[a-zA-Z0-9 .é’-]{0,30}|\\PC{0,40}") {
            let verwacht: Vec<&str> = tekst
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(alfanumerieke_woorden(&tekst).collect::<Vec<_>>(), verwacht);
        }

        /// Indexing only the names that could occur in a traject's quotes finds in those
        /// quotes exactly what indexing every name of the map finds.
        #[test]
        fn gefilterde_namen_vinden_hetzelfde(
            namen in proptest::collection::vec(
                proptest::sample::select(vec![
                    "facilitator: Mirjam de Vries",
                    "  moderator: J. van der Meer (wethouder)",
                    "  moderator: 'Anne-Fleur van Dam'",
                    "- naam: dr. Kees Bakker",
                    "- naam: Roos",
                    "  eigenaar: Pieter 't Hart",
                    "  eigenaar: Wethouder",
                    "  bron: 2024-03-12-wijkcoach-huisarts.md",
                    "  bron: duo-jan-de-boer.md",
                    "  moderator: Sanne Jong",
                ]),
                0..8,
            ),
            citaat in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Mirjam", "de", "Vries", "meer", "Meer", "van", "der", "wethouder", "Anne-Fleur",
                    "Dam", "dam", "Kees", "bakker", "Roos", "roos", "Hart", "'t", "2024-03-12",
                    "wijkcoach", "huisarts", "jan", "boer", "Jong", "jong", "J.", "en", ",", ".",
                ]),
                0..14,
            ),
        ) {
            let bestand = namen.join("\n");
            let citaat = citaat.join(" ");
            let mut alle = Namen::default();
            namen_in_bestand(&bestand, &mut alle);
            let mut woorden = Woorden::default();
            kleine_woorden(&citaat, |w| {
                woorden.insert(w.to_string());
            });
            let mut gefilterd = Namen::default();
            namen_in_bestand_met(&bestand, &mut gefilterd, Some(&woorden));
            proptest::prop_assert_eq!(
                vondsten(&citaat, &[&gefilterd]),
                vondsten(&citaat, &[&alle]),
                "{}", citaat
            );
        }

        /// The words looked up are those of the whole text in lower case, in any script.
        #[test]
        fn kleine_woorden_zoals_de_hele_tekst_klein(
            tekst in "[a-zA-Z0-9 .-]{0,30}|[A-Za-zİΣσςÉé' .]{0,30}|\\PC{0,40}"
        ) {
            let mut woorden = Vec::new();
            kleine_woorden(&tekst, |w| woorden.push(w.to_string()));
            let verwacht: Vec<String> = tekst
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            proptest::prop_assert_eq!(woorden, verwacht);
        }
    }

    #[test]
    fn bsn_elfproef() {
        assert!(elfproef("111222333"));
        assert!(elfproef("123456782"));
        assert!(!elfproef("123456789"));
        assert!(!elfproef("000000000"));
        assert!(bevat_bsn("mijn nummer is 111.222.333 hoor"));
        assert!(bevat_bsn("BSN 123456782."));
        assert!(!bevat_bsn("zo'n 123456789 euro"));
        assert!(!bevat_bsn("1234567820"));
    }

    #[test]
    fn telefoonnummers() {
        for ja in [
            "bel 06-12345678",
            "bel 0612345678",
            "020 123 4567",
            "+31 6 12345678",
            "+31612345678",
            "0031 20 1234567",
            "(020) 1234567",
            "+31 (0)6 12345678",
            "+31(0)612345678",
            "0031 6 12345678",
            "0031 (0)6 12345678",
            "06 - 12345678",
            "06 / 12345678",
            "06/12.34.56.78",
            "06.12.34.56.78",
            "06\u{a0}12345678",
            "06\u{202f}12\u{202f}34\u{202f}56\u{202f}78",
            "06–12345678",
            "06 — 12345678",
            "020-123\u{2011}45\u{2011}67",
        ] {
            assert!(bevat_telefoonnummer(ja), "{ja}");
        }
        for nee in [
            "in 2023 kwamen 12 mensen",
            "06",
            "het jaar 2024-2025",
            "0612345",
            "van 2019 – 2023",
            "op 12.03.2024 om 10.00",
            "+32 2 123 45 67",
            "1.000.000 euro",
        ] {
            assert!(!bevat_telefoonnummer(nee), "{nee}");
        }
    }

    #[test]
    fn email_en_postcode() {
        assert!(bevat_email("mail naar j.jansen@zeewijk.nl."));
        assert!(!bevat_email("we zitten @ het gemeentehuis"));
        assert!(!bevat_email("@zeewijk"));
        assert!(bevat_postcode_met_huisnummer(
            "ik woon Dorpsstraat 12, 1234 AB Zeewijk"
        ));
        assert!(bevat_postcode_met_huisnummer("1234AB 7a"));
        assert!(!bevat_postcode_met_huisnummer(
            "postcodegebied 1234 AB is groot"
        ));
        assert!(!bevat_postcode_met_huisnummer("in 2024 AB"));
        for ja in [
            "1234ab 5",
            "1234 ab 5",
            "1234 AB 5",
            "1234Ab 12a",
            "Kerkstraat 3, 1234\u{a0}AB",
        ] {
            assert!(bevat_postcode_met_huisnummer(ja), "{ja}");
        }
        for nee in [
            "in 2024 en 5 jaar later",
            "sinds 1990 op 3 plekken",
            "1234 ab",
        ] {
            assert!(!bevat_postcode_met_huisnummer(nee), "{nee}");
        }
        assert!(bevat_email("mail jan＠zeewijk．nl even"));
        assert!(bevat_email("mail jan＠zeewijk.nl even"));
    }

    #[test]
    fn ibans_met_de_elfproef_van_de_bank() {
        assert!(mod97("NL91ABNA0417164300"));
        assert!(!mod97("NL91ABNA0417164301"));
        for ja in [
            "NL91ABNA0417164300",
            "maak over naar NL91 ABNA 0417 1643 00 graag",
            "nl91abna0417164300.",
            "BE68539007547034",
            "op NL91\u{a0}ABNA\u{a0}0417\u{a0}1643\u{a0}00 staat",
        ] {
            assert!(bevat_iban(ja), "{ja}");
        }
        for nee in ["NL91ABNA0417164301", "NL12 is geen rekening", "AB12CD"] {
            assert!(!bevat_iban(nee), "{nee}");
        }
        // An IBAN's digits are no phone number as well.
        let v = vondsten("NL91 ABNA 0417 1643 00", &[]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].soort, "een IBAN");
    }

    #[test]
    fn namen_in_elke_schrijfwijze() {
        let mut namen = Namen::default();
        namen.voeg_persoon_toe("Mirjam de Vries", "moderator");
        namen.voeg_persoon_toe("Anneke Oosterhuis", "expert");
        namen.voeg_persoon_toe("dhr. C. Bakker", "facilitator");
        namen.voeg_bestandsnaam_toe("duo-jan-de-boer.md", "bestandsnaam van notities");
        let n = [&namen];
        for (tekst, verwacht) in [
            ("mevrouw oosterhuis zei het", "mevrouw [weggelaten] zei het"),
            ("Anneke wist het", "[weggelaten] wist het"),
            ("anneke wist het", "[weggelaten] wist het"),
            ("Mirjam de Vries belde", "[weggelaten] belde"),
            ("mirjam de vries belde", "[weggelaten] belde"),
            ("vraag het de Vries", "vraag het [weggelaten]"),
            ("vraag het de vries", "vraag het [weggelaten]"),
            ("Vries zei", "[weggelaten] zei"),
            ("ik vries hier", "ik vries hier"),
            ("Bakker zei", "[weggelaten] zei"),
            ("de bakker op de hoek", "de bakker op de hoek"),
            ("zie duo-jan-de-boer.md", "zie [weggelaten]"),
            ("zie duo-jan-de-boer", "zie [weggelaten]"),
        ] {
            assert_eq!(maskeer(tekst, &n), verwacht, "{tekst}");
        }
        let v = vondsten("Mirjam de Vries belde", &n);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].soort, "de naam 'Mirjam de Vries' (moderator)");
    }

    #[test]
    fn maskeert_wat_herkenbaar_is() {
        let mut jansen = Namen::default();
        jansen.voeg_persoon_toe("A. Jansen", "moderator");
        let namen = [&jansen];
        assert_eq!(
            maskeer(
                "Bel Jansen op 06-12345678 of mail a@b.nl, BSN 111222333, Dorpsstraat 12, 1234 AB.",
                &namen
            ),
            "Bel [weggelaten] op [weggelaten] of mail [weggelaten], BSN [weggelaten], Dorpsstraat [weggelaten]."
        );
        assert_eq!(maskeer("Zeg A. Jansen dag", &namen), "Zeg [weggelaten] dag");
        assert_eq!(maskeer("Niets hier, 2024.", &namen), "Niets hier, 2024.");
        let mut een = Namen::default();
        een.voeg_persoon_toe("één", "expert");
        assert_eq!(maskeer("Één ÉÉN", &[&een]), "[weggelaten] [weggelaten]");
    }

    #[test]
    fn achternamen_alleen_met_hoofdletter() {
        assert!(!bevat_woord("een wit vlak", "Wit"));
        assert!(bevat_woord("Dat zei Wit ook", "Wit"));
        assert!(bevat_woord("dat zei a. de wit ook", "A. de Wit"));
    }

    #[test]
    fn woorden_tests() {
        assert!(bevat_woord("Dat zei Jansen al", "jansen"));
        assert!(!bevat_woord("Jansens fiets", "jansen"));
        assert!(!bevat_woord("", "jansen"));
    }
}

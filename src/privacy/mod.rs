//! Privacy (AVG): what in a traject's texts may identify a person, the warnings `check` and
//! `notities` give about it, and the masking every document and export goes through.
//!
//! The map stores no names of interviewees, but a moderator may type one into a quote or a
//! facilitator into an inzicht. The scan looks in every free text of a traject (see
//! [`vrije_tekst`]) for a name the map knows ([`namen`]) and for the details of
//! [`herkenning`]: e-mail addresses, phone numbers, BSNs, IBANs, postcodes and streets with a
//! house number, licence plates, dates of birth, a person named with a salutation. Roles are
//! checked for the shape of a name (`naamvorm`). They are warnings: the facilitator decides,
//! and the warning never repeats the number or address itself; documents print
//! `[weggelaten]` in its place ([`Masker`]).

pub mod herkenning;
// What a name looks like, and the fingerprints that keep withdrawn words out.
pub(crate) mod naamvorm;
pub mod namen;
pub(crate) mod vingerafdruk;
pub mod vrije_tekst;

use std::ops::Range;
use std::sync::Arc;

use crate::bestand::velden::Naamveld;
use crate::methode::controle::{Bevinding, Ernst};
use crate::model::interview::{Citaat, CitaatId};
use crate::model::traject::Traject;

pub use namen::{Namen, NamenLijst, Woorden, bevat_woord, woorden, woorden_met};
use namen::{alfanumerieke_woorden, kleine_woorden, sleutel, sleutel_in};

/// What makes a quote traceable, found at a place in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vondst {
    /// Byte range in the quote text.
    pub plek: Range<usize>,
    /// What it is, for a warning: "een e-mailadres", "de naam 'Jansen' (moderator)".
    pub soort: String,
}

/// What a document must hide of one traject: the names it knows itself and those known
/// elsewhere in the map. The map's document readers hand one out beside each traject (see
/// [`Masker::voor`]); every document and export that prints a quote, a role or a free text asks
/// it, so nothing a document shows escapes it. It is the caller's, never part of the traject:
/// a traject's state is what its file says.
#[derive(Clone, Debug, Default)]
pub struct Masker {
    eigen: Namen,
    elders: Arc<Namen>,
    /// Handed out beside a traject it masked itself ([`Masker::gemaskeerd`]): its quotes need
    /// no second pass.
    traject_gemaskeerd: bool,
}

impl Masker {
    /// For `t`, with the names of the rest of the map (learnt by the caller, who read them).
    pub fn voor(t: &Traject, elders: Arc<Namen>) -> Masker {
        Masker {
            eigen: bekende_namen(t),
            elders,
            traject_gemaskeerd: false,
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
        if self.traject_gemaskeerd {
            citaat.tekst.clone()
        } else {
            self.tekst(&citaat.tekst)
        }
    }

    /// `tekst` with everything that may identify someone replaced by `[weggelaten]`.
    pub fn tekst(&self, tekst: &str) -> String {
        maskeer(tekst, &self.alle())
    }

    /// A role as documents print it: a role `check` flags (a known name or a detail in it, or
    /// the shape of a name) is `[weggelaten]` as a whole, so no part of a name stays.
    pub fn rol(&self, rol: &str) -> String {
        if rol_herkenbaar(rol, &self.alle()).is_some() || rol_lijkt_naam(rol).is_some() {
            "[weggelaten]".to_string()
        } else {
            rol.to_string()
        }
    }

    /// `t` as every document and export may show it: each free text masked (see
    /// [`Masker::tekst`]) and each role too (see [`Masker::rol`]). The map's document readers
    /// hand out the traject this way, so no document prints a field unmasked.
    pub fn traject(&self, t: &Traject) -> Traject {
        vrije_tekst::vervang(t, |x| self.tekst(x), |r| self.rol(r))
    }

    /// `t` masked (see [`Masker::traject`]) with the masker that goes beside it: its quotes are
    /// masked already, so [`Masker::citaat`] passes their text on instead of scanning it again
    /// (an export over the map would scan every quote twice). The map's document readers hand
    /// out this pair; a masker made any other way masks every quote it is given.
    pub fn gemaskeerd(self, t: &Traject) -> (Traject, Masker) {
        let traject = self.traject(t);
        (
            traject,
            Masker {
                traject_gemaskeerd: true,
                ..self
            },
        )
    }
}

/// Every privacy warning for the free texts of a traject (see [`vrije_tekst`]), each naming
/// its field ("citaat 2.1", "inzicht 3"), and for its roles. The names are those of the
/// traject and those of the rest of the map that `masker` knows.
pub fn signalen(t: &Traject, masker: &Masker) -> Vec<Bevinding> {
    let namen = masker.alle();
    let mut bevindingen = Vec::new();
    for (veld, tekst) in vrije_tekst::vrije_teksten(t) {
        let soorten = soorten(vondsten(tekst, &namen));
        bevindingen.extend(waarschuwing(
            &veld,
            &soorten,
            " (in documenten staat er [weggelaten])",
        ));
    }
    for interview in &t.interviews {
        let rollen = interview
            .duo
            .iter()
            .map(|d| (format!("duo-interview {}", interview.nr), d.rol.as_str()));
        let sprekers = interview.citaten.iter().filter_map(|c| {
            let van = c.van.as_deref()?;
            let eigen = interview
                .duo
                .iter()
                .any(|d| d.rol.to_lowercase() == van.to_lowercase());
            (!eigen).then(|| (format!("citaat {}.{}", interview.nr, c.nr), van))
        });
        for (waar, rol) in rollen.chain(sprekers) {
            if let Some(fout) = rol_herkenbaar(rol, &namen) {
                bevindingen.push(Bevinding {
                    ernst: Ernst::Fout,
                    tekst: format!("{waar}: {fout} (in documenten staat er [weggelaten])"),
                });
            } else if let Some(fout) = rol_lijkt_naam(rol) {
                bevindingen.push(Bevinding {
                    ernst: Ernst::Waarschuwing,
                    tekst: format!("{waar}: {fout} (in documenten staat er [weggelaten])"),
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
            waarschuwing(
                &format!("citaat {id}"),
                &soorten(vondsten(&citaat.tekst, &namen)),
                "",
            )
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

/// The warning for a free text (`veld` names it: "citaat 2.1", "inzicht 3") that may
/// identify someone, if anything was found.
fn waarschuwing(veld: &str, soorten: &[String], aanvulling: &str) -> Option<Bevinding> {
    (!soorten.is_empty()).then(|| Bevinding {
        ernst: Ernst::Waarschuwing,
        tekst: format!(
            "{veld} bevat mogelijk {}, waardoor iemand herkenbaar kan zijn; haal het weg uit de tekst{aanvulling}",
            soorten.join(", ")
        ),
    })
}

/// A role names what someone does, never who they are: a role that may identify someone (a
/// name the map knows, an e-mail address, a number, an address) is refused, because roles
/// appear unmasked beside every quote.
pub fn rol_herkenbaar(rol: &str, namen: &[&Namen]) -> Option<String> {
    // A salutation in a role is the shape of a name: `rol_lijkt_naam` says so, in its words.
    let soorten = soorten(
        vondsten(rol, namen)
            .into_iter()
            .filter(|v| v.soort != herkenning::SOORTEN[8]),
    );
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
    for (soort, plek) in herkenning::details(tekst) {
        uit.push(Vondst {
            plek,
            soort: soort.to_string(),
        });
    }
    uit
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

/// The words of every free text and role of `t`, folded (as the name index looks
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
            if let Some(van) = &citaat.van {
                voeg_toe(van);
            }
        }
    }
    for (_, tekst) in vrije_tekst::vrije_teksten(t) {
        voeg_toe(tekst);
    }
    woorden
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
        || namen::persoon_in_bestandsnaam(naam)
            .is_some_and(|persoon| persoon_kan_voorkomen(&persoon, woorden))
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

#[cfg(test)]
mod tests {
    use super::namen::*;
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

        /// The words looked up are those of the text, folded one character for one, in any script.
        #[test]
        fn kleine_woorden_zoals_de_hele_tekst_klein(
            tekst in "[a-zA-Z0-9 .-]{0,30}|[A-Za-zİΣσςÉé' .]{0,30}|\\PC{0,40}"
        ) {
            let mut woorden = Vec::new();
            kleine_woorden(&tekst, |w| woorden.push(w.to_string()));
            let verwacht: Vec<String> = tekst
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(namen::gevouwen)
                .collect();
            proptest::prop_assert_eq!(woorden, verwacht);
        }
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
            "Bel [weggelaten] op [weggelaten] of mail [weggelaten], BSN [weggelaten], [weggelaten]."
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

    #[test]
    fn een_naam_met_een_i_met_punt() {
        let mut namen = Namen::default();
        namen.voeg_persoon_toe("İlknur Yılmaz", "moderator");
        let n = [&namen];
        for tekst in [
            "İLKNUR YILMAZ zei",
            "ilknur yilmaz zei",
            "Yilmaz zei",
            "İlknur zei",
        ] {
            assert!(
                maskeer(tekst, &n).starts_with("[weggelaten] zei"),
                "{tekst}: {}",
                maskeer(tekst, &n)
            );
        }
    }

    #[test]
    fn een_naam_uit_een_bestandsnaam() {
        let mut namen = Namen::default();
        namen.voeg_bestandsnaam_toe("duo-jan-de-boer.md", "bestandsnaam van notities");
        let n = [&namen];
        assert_eq!(
            maskeer("Jan de Boer zei het al", &n),
            "[weggelaten] zei het al"
        );
        assert_eq!(maskeer("De Boer zei het al", &n), "[weggelaten] zei het al");
        assert_eq!(maskeer("een boer op de hoek", &n), "een boer op de hoek");
        assert_eq!(
            namen::persoon_in_bestandsnaam("2024-03-12-wijkcoach-huisarts.md"),
            None
        );
        assert_eq!(
            namen::persoon_in_bestandsnaam("notities_kees_van_der_berg.md").as_deref(),
            Some("Kees van der Berg")
        );
    }

    #[test]
    fn nieuwe_soorten_worden_gemaskeerd() {
        for (tekst, verwacht) in [
            (
                "Ze woont Lange Nieuwstraat 3a, echt.",
                "Ze woont [weggelaten], echt.",
            ),
            ("Auto 12-ABC-3 stond er", "Auto [weggelaten] stond er"),
            ("geboren op 3 maart 1950", "geboren op [weggelaten]"),
            ("De heer P. de Wit belde", "[weggelaten] belde"),
            ("mail jan(at)example.nl", "mail [weggelaten]"),
            (
                "kw043 kw044 kw045 kw046 kw047",
                "kw043 kw044 kw045 kw046 kw047",
            ),
            ("QS01 Als ik bel krijg", "QS01 Als ik bel krijg"),
        ] {
            assert_eq!(maskeer(tekst, &[]), verwacht, "{tekst}");
        }
    }
}

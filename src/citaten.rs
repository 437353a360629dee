//! The quotes of a traject as a list: filtering, the terminal table, the CSV export, and the
//! checks shared by the commands that change quotes by id.

use std::io::{self, Write};

use anyhow::{Result, anyhow, bail};
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

use crate::codeboek::{Codeboek, THEMA, Tag};
use crate::datum::Datum;
use crate::interview::{Citaat, CitaatId, Interview, Perspectief};
use crate::synthese::Inzicht;
use crate::traject::Traject;

/// Which quotes `visieleer citaten` shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub tag: Option<String>,
    pub perspectief: Option<Perspectief>,
    pub interview: Option<u32>,
}

impl Filter {
    pub fn past(&self, interview: &Interview, citaat: &Citaat) -> bool {
        self.tag.as_ref().is_none_or(|t| citaat.tags.contains(t))
            && self.interview.is_none_or(|n| interview.nr == n)
            && self
                .perspectief
                .is_none_or(|p| Traject::perspectief_van(interview, citaat) == Some(p))
    }
}

/// Which quotes of a traject count as kerncitaat: the marked ones, or every quote when none
/// is marked. Asked once per traject (one pass over its quotes), then per quote in constant
/// time: asking the traject per quote made every export quadratic in its quotes.
#[derive(Clone, Copy, Debug)]
pub struct Kern {
    alle: bool,
}

impl Kern {
    pub fn van(t: &Traject) -> Kern {
        Kern {
            alle: !t.citaten().any(|(_, _, c)| c.kern),
        }
    }

    /// Whether this quote of the traject counts as kerncitaat.
    pub fn telt(self, citaat: &Citaat) -> bool {
        citaat.kern || self.alle
    }
}

/// The insight of the synthesis that refers to this quote, if any.
pub fn verwijzend_inzicht(t: &Traject, id: CitaatId) -> Option<&Inzicht> {
    let id = id.to_string();
    t.synthese.iter().find(|i| i.citaten.contains(&id))
}

/// Reads quote ids as typed; refuses the first that is not an id.
pub fn lees_ids(teksten: &[String]) -> Result<Vec<CitaatId>> {
    let mut ids = Vec::new();
    for tekst in teksten {
        let id = tekst
            .parse::<CitaatId>()
            .map_err(|f| anyhow!("{f}; 'visieleer citaten <traject>' toont de ids."))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The quote with this id, to change; refuses an unknown id.
pub fn citaat_mut(t: &mut Traject, id: CitaatId) -> Result<(&mut Interview, usize)> {
    let slug = t.slug.clone();
    let Some(interview) = t.interview_mut(id.interview) else {
        bail!(
            "Traject '{slug}' heeft geen citaat {id} (er is geen duo-interview {}); 'visieleer citaten {slug}' toont de ids.",
            id.interview
        );
    };
    let Some(positie) = interview.citaten.iter().position(|c| c.nr == id.nr) else {
        bail!("Traject '{slug}' heeft geen citaat {id}; 'visieleer citaten {slug}' toont de ids.");
    };
    Ok((interview, positie))
}

fn spreker(interview: &Interview, citaat: &Citaat) -> (String, String) {
    match Toeschrijving::van(interview, citaat) {
        Toeschrijving::Spreker { rol, perspectief } => (
            rol,
            perspectief.map_or_else(|| "—".into(), |p| p.to_string()),
        ),
        Toeschrijving::Duo { .. } => ("(geen spreker)".into(), "—".into()),
    }
}

/// The terminal width to wrap to: `COLUMNS`, the terminal, or 100.
fn breedte(tabel: &Table) -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 40)
        .or_else(|| tabel.width())
        .unwrap_or(100)
}

/// The quotes as a table for the terminal, with the text wrapped to its width.
pub fn tabel(t: &Traject, filter: &Filter) -> String {
    let mut tabel = Table::new();
    tabel
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["Id", "Perspectief", "Rol", "Tags", "Citaat"]);
    let breedte = breedte(&tabel);
    tabel.set_width(breedte);
    // Tags are never broken inside a word; the quote gets the room that is left.
    let langste_tag = t
        .citaten()
        .flat_map(|(_, _, c)| c.tags.iter().map(|t| t.chars().count() + 3))
        .max()
        .unwrap_or(4)
        .max(4) as u16;
    if let Some(kolom) = tabel.column_mut(3) {
        kolom.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(langste_tag)));
    }
    let langste_woord = t
        .citaten()
        .filter_map(|(_, _, c)| c.van.as_deref())
        .flat_map(|rol| rol.split_whitespace().map(|w| w.chars().count() + 2))
        .max()
        .unwrap_or(3)
        .clamp(3, 24) as u16;
    if let Some(kolom) = tabel.column_mut(2) {
        kolom.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(langste_woord)));
    }
    for nr in [0, 1] {
        if let Some(kolom) = tabel.column_mut(nr) {
            kolom.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    let mut aantal = 0;
    let mut zonder_toestemming = false;
    let mut gemarkeerd = false;
    for (id, interview, citaat) in t.citaten().filter(|(_, i, c)| filter.past(i, c)) {
        aantal += 1;
        let mut teken = String::new();
        if citaat.kern {
            teken.push_str(" ★");
            gemarkeerd = true;
        }
        if !interview.heeft_toestemming() {
            teken.push_str(" ⊘");
            zonder_toestemming = true;
        }
        let (rol, perspectief) = spreker(interview, citaat);
        let tags: Vec<String> = citaat.tags.iter().map(|t| format!("#{t}")).collect();
        tabel.add_row([
            format!("{id}{teken}"),
            perspectief,
            rol,
            tags.join("\n"),
            if citaat.ingetrokken {
                "(ingetrokken: de tekst is gewist)".to_string()
            } else {
                // The table is shown and shared like a document; the words that may identify
                // someone are in the traject file, where `check` points.
                crate::privacy::deelbare_tekst(t, citaat)
            },
        ]);
    }
    if aantal == 0 {
        return "Geen citaten gevonden.\n".to_string();
    }
    let mut uit = tabel.to_string();
    uit.push('\n');
    uit.push_str(&format!(
        "{aantal} {}.",
        if aantal == 1 { "citaat" } else { "citaten" }
    ));
    if gemarkeerd {
        uit.push_str(" ★ kerncitaat.");
    }
    if zonder_toestemming {
        uit.push_str(" ⊘ zonder toestemming: komt in geen enkel document.");
    }
    uit.push('\n');
    uit
}

/// One CSV field: quoted when needed; a leading `=`, `+`, `-` or `@` gets a `'` so a
/// spreadsheet shows the text instead of running it as a formula.
fn veld(tekst: &str, scheiding: char) -> String {
    let tekst = if tekst.starts_with(['=', '+', '-', '@']) {
        format!("'{tekst}")
    } else {
        tekst.to_string()
    };
    if tekst.contains([scheiding, '"', '\n', '\r']) {
        format!("\"{}\"", tekst.replace('"', "\"\""))
    } else {
        tekst
    }
}

/// One cell of the quote export: text, a whole number, or a date (empty when unknown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Veld {
    Tekst(String),
    Getal(u32),
    Datum(Option<Datum>),
}

impl Veld {
    /// The cell as text, as the CSV writes it: a date as `2024-03-12`.
    pub fn tekst(&self) -> String {
        match self {
            Veld::Tekst(t) => t.clone(),
            Veld::Getal(n) => n.to_string(),
            Veld::Datum(d) => d.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// The quote export of one or more trajecten, the same for CSV and Excel: its header, and
/// the rows of one traject at a time, so an export of the whole map never holds more than one
/// traject's rows.
pub struct Export<'a> {
    filter: &'a Filter,
    boek: &'a Codeboek,
    groepen: Vec<&'a str>,
    pub kop: Vec<String>,
    /// The rows given so far.
    pub rijen: usize,
    /// The quotes so far that match the filter but may not leave the map (no consent,
    /// withdrawn).
    pub achtergehouden: usize,
}

impl<'a> Export<'a> {
    pub fn nieuw(filter: &'a Filter, boek: &'a Codeboek) -> Export<'a> {
        let groepen = boek.groepen();
        let mut kop: Vec<String> = [
            "traject",
            "interview",
            "citaat",
            "datum",
            "rol_1",
            "perspectief_1",
            "rol_2",
            "perspectief_2",
            "spreker_rol",
            "spreker_perspectief",
            "kerncitaat",
        ]
        .map(String::from)
        .to_vec();
        kop.extend(groepen.iter().map(|g| format!("tags_{g}")));
        kop.push("tags_overig".into());
        kop.push("tekst".into());
        Export {
            filter,
            boek,
            groepen,
            kop,
            rijen: 0,
            achtergehouden: 0,
        }
    }

    /// The rows of one traject: one per quote that may be shared, its text masked exactly as
    /// in the documents ([`crate::privacy::deelbare_tekst`]).
    pub fn rijen_van(&mut self, t: &Traject) -> Vec<Vec<Veld>> {
        let mut rijen = Vec::new();
        let kern = Kern::van(t);
        for (id, interview, citaat) in t.citaten().filter(|(_, i, c)| self.filter.past(i, c)) {
            if !crate::traject::mag_gedeeld(interview, citaat) {
                self.achtergehouden += 1;
                continue;
            }
            let deelnemer = |n: usize| {
                interview
                    .duo
                    .get(n)
                    .map(|d| (d.rol.clone(), d.perspectief.to_string()))
                    .unwrap_or_default()
            };
            let (rol_1, perspectief_1) = deelnemer(0);
            let (rol_2, perspectief_2) = deelnemer(1);
            let (spreker_rol, spreker_perspectief) = match Toeschrijving::van(interview, citaat) {
                Toeschrijving::Spreker { rol, perspectief } => {
                    (rol, perspectief.map(|p| p.to_string()).unwrap_or_default())
                }
                Toeschrijving::Duo { .. } => Default::default(),
            };
            let mut rij = vec![
                Veld::Tekst(t.slug.clone()),
                Veld::Getal(interview.nr),
                Veld::Tekst(id.to_string()),
                Veld::Datum(interview.datum),
                Veld::Tekst(rol_1),
                Veld::Tekst(perspectief_1),
                Veld::Tekst(rol_2),
                Veld::Tekst(perspectief_2),
                Veld::Tekst(spreker_rol),
                Veld::Tekst(spreker_perspectief),
                Veld::Tekst(if kern.telt(citaat) { "ja" } else { "nee" }.to_string()),
            ];
            for groep in &self.groepen {
                let tags: Vec<&str> = citaat
                    .tags
                    .iter()
                    .filter(|tag| self.boek.zoek(tag).is_some_and(|b| b.groep == *groep))
                    .map(String::as_str)
                    .collect();
                rij.push(Veld::Tekst(tags.join("; ")));
            }
            let overig: Vec<&str> = citaat
                .tags
                .iter()
                .filter(|tag| self.boek.zoek(tag).is_none())
                .map(String::as_str)
                .collect();
            rij.push(Veld::Tekst(overig.join("; ")));
            rij.push(Veld::Tekst(crate::privacy::deelbare_tekst(t, citaat)));
            rijen.push(rij);
        }
        self.rijen += rijen.len();
        rijen
    }
}

/// The export as CSV, written row by row as it comes: one quote per row, fields separated by
/// `scheiding`. With a separator other than the comma the text starts with a byte-order mark:
/// that is the CSV Dutch Excel opens in columns with its accents intact.
pub struct Csv<W: Write> {
    uit: W,
    scheiding: char,
    scherm: bool,
}

impl<W: Write> Csv<W> {
    /// Starts the CSV with its header. `scherm`: it goes to the terminal, so every control
    /// character shows as [`crate::teken::VERVANGING`], as everything visieleer prints.
    pub fn nieuw(uit: W, scheiding: char, kop: &[String], scherm: bool) -> io::Result<Csv<W>> {
        let mut csv = Csv {
            uit,
            scheiding,
            scherm,
        };
        if scheiding != ',' {
            csv.uit.write_all("\u{feff}".as_bytes())?;
        }
        csv.regel(&mut kop.iter().cloned())?;
        Ok(csv)
    }

    pub fn rij(&mut self, rij: &[Veld]) -> io::Result<()> {
        self.regel(&mut rij.iter().map(Veld::tekst))
    }

    /// The writer, with everything written.
    pub fn klaar(mut self) -> io::Result<W> {
        self.uit.flush()?;
        Ok(self.uit)
    }

    fn regel(&mut self, velden: &mut dyn Iterator<Item = String>) -> io::Result<()> {
        let mut regel = velden
            .map(|v| veld(&v, self.scheiding))
            .collect::<Vec<_>>()
            .join(&self.scheiding.to_string());
        regel.push('\n');
        if self.scherm {
            self.uit
                .write_all(crate::teken::zichtbaar(&regel).as_bytes())
        } else {
            self.uit.write_all(regel.as_bytes())
        }
    }
}

/// To whom a quote is attributed in every document (report, cards, rode draden, table, CSV).
///
/// A quote is the words of one person. When the notes do not say whose, the quote is
/// attributed to the interview it came from, never to both people of the duo as speakers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Toeschrijving {
    /// One person of the duo said it: their role, and the perspective of that role in the duo.
    Spreker {
        rol: String,
        perspectief: Option<Perspectief>,
    },
    /// Nobody noted who said it: it comes from the duo-interview with these roles.
    Duo { rollen: Vec<String> },
}

impl Toeschrijving {
    pub fn van(interview: &Interview, citaat: &Citaat) -> Toeschrijving {
        match &citaat.van {
            Some(rol) => Toeschrijving::Spreker {
                rol: rol.clone(),
                perspectief: Traject::perspectief_van(interview, citaat),
            },
            None => Toeschrijving::Duo {
                rollen: interview.duo.iter().map(|d| d.rol.clone()).collect(),
            },
        }
    }

    /// The attribution in Dutch: `wijkcoach (uitvoering)`, or `uit het duo-interview met een
    /// wijkcoach en een bewoner` (the roles in the order of the duo).
    pub fn tekst(&self) -> String {
        match self {
            Toeschrijving::Spreker {
                rol,
                perspectief: Some(p),
            } => format!("{rol} ({p})"),
            Toeschrijving::Spreker {
                rol,
                perspectief: None,
            } => rol.clone(),
            Toeschrijving::Duo { rollen } if rollen.is_empty() => "uit het duo-interview".into(),
            Toeschrijving::Duo { rollen } => {
                let rollen: Vec<String> = rollen.iter().map(|r| met_lidwoord(r)).collect();
                let opsomming = match rollen.split_last() {
                    Some((laatste, voor)) if !voor.is_empty() => {
                        format!("{} en {laatste}", voor.join(", "))
                    }
                    _ => rollen.join(""),
                };
                format!("uit het duo-interview met {opsomming}")
            }
        }
    }
}

/// A role with its indefinite article: `een wijkcoach`; a role that already starts with an
/// article (`de wethouder`) keeps it.
fn met_lidwoord(rol: &str) -> String {
    let rol = rol.trim();
    let klein = rol.to_lowercase();
    if ["een ", "de ", "het ", "'n "]
        .iter()
        .any(|l| klein.starts_with(l))
    {
        rol.to_string()
    } else {
        format!("een {rol}")
    }
}

/// Who said it, as every document writes it; see [`Toeschrijving`].
pub fn bron(interview: &Interview, citaat: &Citaat) -> String {
    Toeschrijving::van(interview, citaat).tekst()
}

/// The first thema tag of a quote, in codebook order.
pub fn thema_van<'a>(boek: &'a Codeboek, citaat: &Citaat) -> Option<&'a Tag> {
    boek.groep(THEMA).find(|tag| citaat.tags.contains(&tag.tag))
}

/// All thema tags of a quote, in codebook order.
pub fn themas_van<'a>(boek: &'a Codeboek, citaat: &'a Citaat) -> impl Iterator<Item = &'a Tag> {
    boek.groep(THEMA)
        .filter(move |tag| citaat.tags.contains(&tag.tag))
}

/// A thema's title as a heading: the part of its description before the colon.
pub fn thema_titel(tag: &Tag) -> String {
    tag.omschrijving
        .split_once(':')
        .map(|(kop, _)| kop.trim().to_string())
        .unwrap_or_else(|| tag.tag.clone())
}

/// The perspective a quote is heard from, `None` when it names no role.
pub fn perspectief(interview: &Interview, citaat: &Citaat) -> Option<Perspectief> {
    Traject::perspectief_van(interview, citaat)
}

/// A perspective as a heading.
pub fn perspectief_titel(p: Option<Perspectief>) -> String {
    match p {
        Some(p) => {
            let naam = p.naam();
            let mut tekens = naam.chars();
            match tekens.next() {
                Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
                None => String::new(),
            }
        }
        None => "Spreker niet genoteerd".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toeschrijving_aan_een_spreker_of_aan_het_interview() {
        let spreker = Toeschrijving::Spreker {
            rol: "wijkcoach".into(),
            perspectief: Some(Perspectief::Uitvoering),
        };
        assert_eq!(spreker.tekst(), "wijkcoach (uitvoering)");
        let duo = Toeschrijving::Duo {
            rollen: vec!["wijkcoach".into(), "bewoner".into()],
        };
        assert_eq!(
            duo.tekst(),
            "uit het duo-interview met een wijkcoach en een bewoner"
        );
        let met_lidwoord = Toeschrijving::Duo {
            rollen: vec!["de wethouder".into(), "consulent Wmo".into()],
        };
        assert_eq!(
            met_lidwoord.tekst(),
            "uit het duo-interview met de wethouder en een consulent Wmo"
        );
    }

    #[test]
    fn csv_velden() {
        assert_eq!(veld("gewoon", ','), "gewoon");
        assert_eq!(veld("a, b", ','), "\"a, b\"");
        assert_eq!(veld("a, b", ';'), "a, b");
        assert_eq!(veld("a; b", ';'), "\"a; b\"");
        assert_eq!(veld("zei \"ja\"", ','), "\"zei \"\"ja\"\"\"");
        assert_eq!(veld("=SOM(A1)", ','), "'=SOM(A1)");
        assert_eq!(veld("twee\n\nalinea's", ','), "\"twee\n\nalinea's\"");
    }
}

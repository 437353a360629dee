//! The quotes of a traject as a list: filtering, the terminal table, the CSV export, and the
//! checks shared by the commands that change quotes by id.

use std::io::{self, Write};

use anyhow::{Result, anyhow, bail};
use comfy_table::{ColumnConstraint, Width};

use crate::luisteren::codeboek::{Codeboek, THEMA, Tag};
use crate::model::datum::Datum;
use crate::model::interview::{Citaat, CitaatId, Gebruik, Gebruiken, Interview, Perspectief};
use crate::model::traject::Traject;
use crate::privacy::Masker;

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

/// The quotes as a table for the terminal, with the text wrapped to its width.
pub fn tabel(t: &Traject, masker: &Masker, filter: &Filter) -> String {
    let mut tabel = crate::scherm::tabel(["Id", "Perspectief", "Rol", "Tags", "Citaat"]);
    // Piped, the quotes still wrap, to 100 columns.
    let breedte = crate::scherm::breedte(&tabel).unwrap_or(100);
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
        .max(3) as u16;
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
    let mut beperkt = false;
    let mut gemarkeerd = false;
    for (id, interview, citaat) in t.citaten().filter(|(_, i, c)| filter.past(i, c)) {
        aantal += 1;
        let mut teken = String::new();
        if citaat.kern {
            teken.push_str(" ★");
            gemarkeerd = true;
        }
        let gebruiken = interview.gebruiken(citaat);
        if gebruiken.is_leeg() && !citaat.ingetrokken {
            teken.push_str(" ⊘");
            zonder_toestemming = true;
        } else if !gebruiken.is_leeg() && gebruiken != Gebruiken::ALLE {
            teken.push_str(&format!(" ◐{}", letters(gebruiken)));
            beperkt = true;
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
                masker.citaat(citaat)
            },
        ]);
    }
    if aantal == 0 {
        return "Geen citaten gevonden.\n".to_string();
    }
    let mut uit = crate::scherm::als_tekst(tabel);
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
    if beperkt {
        uit.push_str(" ◐ toestemming voor een deel: alleen in R = rapport, K = kaartjes, L = landelijk (rode draden), O = onderzoek (exports).");
    }
    uit.push('\n');
    uit
}

/// The uses of a set as letters, for the terminal: `RK` for rapport and kaartjes.
pub fn letters(gebruiken: Gebruiken) -> String {
    gebruiken
        .lijst()
        .map(|g| match g {
            Gebruik::Rapport => 'R',
            Gebruik::Kaartjes => 'K',
            Gebruik::Landelijk => 'L',
            Gebruik::Onderzoek => 'O',
        })
        .collect()
}

/// The characters that make a spreadsheet read a cell as a formula when a field starts with
/// one: `=`, `+`, `-`, `@`, and TAB and CR (which Excel skips before a formula), as the OWASP
/// guidance on CSV injection lists them.
const FORMULE_BEGIN: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field as the CSV gets it: every control or bidi character shown as U+FFFD, and a
/// field that starts with a character of [`FORMULE_BEGIN`] gets a `'`, so a spreadsheet shows the text instead of running it as a
/// formula. Quoting is the writer's work.
fn bewaakt(tekst: &str) -> std::borrow::Cow<'_, str> {
    // Every control or bidi character as U+FFFD, in a file as on the screen (see
    // [`crate::model::teken::zichtbaar`]); the guard looks at the text as it was typed.
    let zichtbaar = crate::model::teken::zichtbaar(tekst);
    if tekst.starts_with(FORMULE_BEGIN) {
        format!("'{zichtbaar}").into()
    } else {
        zichtbaar
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
            "gemeente",
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
    /// in the documents (by the traject's `masker`).
    pub fn rijen_van(&mut self, t: &Traject, masker: &Masker) -> Vec<Vec<Veld>> {
        let mut rijen = Vec::new();
        let kern = Kern::van(t);
        for (id, interview, citaat) in t.citaten().filter(|(_, i, c)| self.filter.past(i, c)) {
            if !crate::model::traject::mag_gedeeld(
                interview,
                citaat,
                crate::model::interview::Gebruik::Onderzoek,
            ) {
                self.achtergehouden += 1;
                continue;
            }
            // The role of a participant who did not allow research stays out; the perspective
            // (what the counts rest on) stays.
            let deelnemer = |n: usize| {
                interview
                    .duo
                    .get(n)
                    .map(|d| {
                        let rol = if interview
                            .toestemming
                            .voor(Some(&d.rol))
                            .bevat(Gebruik::Onderzoek)
                        {
                            d.rol.clone()
                        } else {
                            String::new()
                        };
                        (rol, d.perspectief.to_string())
                    })
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
                Veld::Tekst(gemeente_van(t, interview)),
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
            rij.push(Veld::Tekst(masker.citaat(citaat)));
            rijen.push(rij);
        }
        self.rijen += rijen.len();
        rijen
    }
}

/// The gemeente column of the export: the interview's gemeente, or for an interview of the
/// whole traject (every interview of a traject of one gemeente, and the regional ones) the
/// traject's gemeenten, separated like tags by `; `, so every row can be filtered on its
/// gemeente.
fn gemeente_van(t: &Traject, interview: &Interview) -> String {
    match &interview.gemeente {
        Some(g) => g.clone(),
        None => t.gemeenten.join("; "),
    }
}

/// The export as CSV, written row by row as it comes: one quote per row, fields separated by
/// `scheiding` and quoted only when needed (RFC 4180: a field with the separator, a `"`, CR or
/// LF is enclosed in `"`, a `"` doubled), lines ended by LF. With a separator other than the
/// comma the text starts with a byte-order mark: that is the CSV Dutch Excel opens in columns
/// with its accents intact.
pub struct Csv<W: Write> {
    regel: csv::Writer<W>,
}

impl<W: Write> Csv<W> {
    /// Starts the CSV with its header. Every field shows a control or bidi character as
    /// [`crate::model::teken::VERVANGING`], in a file as on the screen (see `bewaakt`).
    pub fn nieuw(mut uit: W, scheiding: char, kop: &[String]) -> io::Result<Csv<W>> {
        let scheiding = u8::try_from(scheiding)
            .ok()
            .filter(u8::is_ascii)
            .ok_or_else(|| {
                io::Error::other("het scheidingsteken van een CSV is één ASCII-teken")
            })?;
        if scheiding != b',' {
            uit.write_all("\u{feff}".as_bytes())?;
        }
        let mut csv = Csv {
            regel: csv::WriterBuilder::new()
                .delimiter(scheiding)
                .quote_style(csv::QuoteStyle::Necessary)
                .terminator(csv::Terminator::Any(b'\n'))
                .flexible(true)
                .from_writer(uit),
        };
        csv.schrijf(kop.iter().map(String::as_str))?;
        Ok(csv)
    }

    pub fn rij(&mut self, rij: &[Veld]) -> io::Result<()> {
        let velden: Vec<String> = rij.iter().map(Veld::tekst).collect();
        self.schrijf(velden.iter().map(String::as_str))
    }

    /// The writer, with everything written.
    pub fn klaar(self) -> io::Result<W> {
        let mut uit = self.regel.into_inner().map_err(|f| f.into_error())?;
        uit.flush()?;
        Ok(uit)
    }

    fn schrijf<'v>(&mut self, velden: impl Iterator<Item = &'v str>) -> io::Result<()> {
        let velden: Vec<_> = velden.map(bewaakt).collect();
        Ok(self
            .regel
            .write_record(velden.iter().map(|v| v.as_bytes()))?)
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

/// Who said it in the national report, where the gemeente is named: a role that points to
/// one person there (`een_persoon`: wethouder, burgemeester, directeur, …) is said by its
/// perspective only, "iemand uit het bestuur".
pub fn bron_landelijk(
    interview: &Interview,
    citaat: &Citaat,
    een_persoon: impl Fn(&str) -> bool,
) -> String {
    let perspectief_van = |rol: &str| {
        interview
            .duo
            .iter()
            .find(|d| d.rol.to_lowercase() == rol.to_lowercase())
            .map(|d| d.perspectief)
    };
    let iemand = |p: Option<Perspectief>| match p {
        Some(Perspectief::Inwoner) => "een inwoner".to_string(),
        Some(Perspectief::Uitvoering) => "iemand uit de uitvoering".to_string(),
        Some(Perspectief::Beleid) => "iemand uit het beleid".to_string(),
        Some(Perspectief::Bestuur) => "iemand uit het bestuur".to_string(),
        Some(Perspectief::Partner) => "iemand van een partnerorganisatie".to_string(),
        None => "iemand uit het duo".to_string(),
    };
    match Toeschrijving::van(interview, citaat) {
        Toeschrijving::Spreker { rol, perspectief } if een_persoon(&rol) => iemand(perspectief),
        Toeschrijving::Duo { rollen } if rollen.iter().any(|r| een_persoon(r)) => {
            let rollen: Vec<String> = rollen
                .iter()
                .map(|r| {
                    if een_persoon(r) {
                        iemand(perspectief_van(r))
                    } else {
                        met_lidwoord(r)
                    }
                })
                .collect();
            match rollen.split_last() {
                Some((laatste, voor)) if !voor.is_empty() => {
                    format!("uit het duo-interview met {} en {laatste}", voor.join(", "))
                }
                _ => format!("uit het duo-interview met {}", rollen.join("")),
            }
        }
        toeschrijving => toeschrijving.tekst(),
    }
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

    /// The CSV of these rows, written by [`Csv`].
    fn csv_van(scheiding: char, rijen: &[Vec<String>]) -> String {
        let mut csv = Csv::nieuw(Vec::new(), scheiding, &rijen[0]).unwrap();
        for rij in &rijen[1..] {
            let velden: Vec<Veld> = rij.iter().cloned().map(Veld::Tekst).collect();
            csv.rij(&velden).unwrap();
        }
        String::from_utf8(csv.klaar().unwrap()).unwrap()
    }

    /// The hand-written CSV writer the `csv` crate replaced, as it was (its formula guard
    /// only knew `=`, `+`, `-` and `@`), with the one change every output has since: a control
    /// or bidi character shows as U+FFFD. The reference the crate's bytes are held to.
    fn oude_csv(scheiding: char, rijen: &[Vec<String>]) -> String {
        fn veld(tekst: &str, scheiding: char) -> String {
            let tekst = crate::model::teken::zichtbaar(tekst);
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
        let mut uit = String::new();
        if scheiding != ',' {
            uit.push('\u{feff}');
        }
        for rij in rijen {
            let velden: Vec<String> = rij.iter().map(|v| veld(v, scheiding)).collect();
            uit.push_str(&velden.join(&scheiding.to_string()));
            uit.push('\n');
        }
        uit
    }

    #[test]
    fn csv_velden() {
        let rij = |velden: &[&str]| velden.iter().map(|v| v.to_string()).collect::<Vec<_>>();
        let kop = rij(&["a", "b"]);
        let csv = |scheiding, velden: &[&str]| {
            let uit = csv_van(scheiding, &[kop.clone(), rij(velden)]);
            uit.split_once('\n').unwrap().1.to_string()
        };
        assert_eq!(csv(',', &["gewoon", ""]), "gewoon,\n");
        assert_eq!(csv(',', &["a, b", "x"]), "\"a, b\",x\n");
        assert_eq!(csv(';', &["a, b", "a; b"]), "a, b;\"a; b\"\n");
        assert_eq!(csv(',', &["zei \"ja\"", ""]), "\"zei \"\"ja\"\"\",\n");
        assert_eq!(csv(',', &["=SOM(A1)", "-1"]), "'=SOM(A1),'-1\n");
        assert_eq!(
            csv(',', &["twee\n\nalinea's", ""]),
            "\"twee\n\nalinea's\",\n"
        );
        // TAB or CR before a formula: Excel skips them, so the guard covers them too.
        assert_eq!(
            csv(',', &["\t=SOM(A1)", "\r=1+1"]),
            "'\t=SOM(A1),'\u{FFFD}=1+1\n"
        );
        assert_eq!(csv(',', &[" =spatie", "a\t=b"]), " =spatie,a\t=b\n");
        assert!(csv_van(';', std::slice::from_ref(&kop)).starts_with("\u{feff}a;b\n"));
        assert_eq!(csv_van(',', std::slice::from_ref(&kop)), "a,b\n");
    }

    #[test]
    fn csv_gelijk_aan_de_oude_schrijver_op_lastige_velden() {
        let lastig = [
            "",
            "gewoon",
            "zei \"ja\"; en, nee",
            "\"",
            "\"\"",
            "a;b",
            "a,b",
            "twee\n\nregels",
            "cr\rin het midden",
            "crlf\r\neinde\r\n",
            "=SOM(A1)",
            "+31 6",
            "-min",
            "@user",
            "=\"a;b\"",
            "'al een apostrof",
            " =spatie",
            "Eén voordeur, daar gaat het om.",
            "emoji 🙂; \u{202e}",
        ];
        let kop: Vec<String> = (1..=lastig.len()).map(|i| format!("v{i}")).collect();
        let mut rijen = vec![kop];
        for n in 0..lastig.len() {
            // Every field in every column, so each also comes first and last on a line.
            rijen.push(
                (0..lastig.len())
                    .map(|i| lastig[(i + n) % lastig.len()].to_string())
                    .collect(),
            );
        }
        for scheiding in [',', ';'] {
            assert_eq!(csv_van(scheiding, &rijen), oude_csv(scheiding, &rijen));
        }
    }

    proptest::proptest! {
        /// Any fields of these characters give the bytes of the old writer, except the guard
        /// it lacked before a leading TAB or CR.
        #[test]
        fn csv_gelijk_aan_de_oude_schrijver(
            rijen in proptest::collection::vec(
                proptest::collection::vec("[a;,\"\n\r\t=+@' -é]{0,6}", 3),
                1..5,
            ),
            puntkomma in proptest::bool::ANY,
        ) {
            let scheiding = if puntkomma { ';' } else { ',' };
            let verwacht: Vec<Vec<String>> = rijen
                .iter()
                .map(|rij| {
                    rij.iter()
                        .map(|v| if v.starts_with(['\t', '\r']) { format!("'{v}") } else { v.clone() })
                        .collect()
                })
                .collect();
            proptest::prop_assert_eq!(
                csv_van(scheiding, &rijen),
                oude_csv(scheiding, &verwacht)
            );
        }
    }
}

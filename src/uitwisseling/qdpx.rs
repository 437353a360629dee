//! REFI-QDA projects (`.qdpx`): the exchange format of ATLAS.ti, MAXQDA, NVivo and QualCoder.
//!
//! Why one long file: writing a project and reading its codings back must count every
//! position the same way (code points, line ends, the masked text of each quote), so the
//! writer, the reader and the mapping from codings to tags stay side by side, in three parts
//! marked below.
//!
//! A `.qdpx` is a zip with `project.qde` (XML, schema `Project-mrt2019.xsd`) and a flat
//! `sources/` folder of plain texts named by GUID. visieleer writes one text source per
//! shareable interview: a short head with the duo, then each shareable quote (masked like in
//! every document) under its id and attribution. Each quote is a `PlainTextSelection` at its
//! exact place, counted in Unicode code points from 0 with the end exclusive (REFI-QDA 1.5
//! §10.2), coded with its tags. The codebook becomes the codes, one parent code per group; the
//! duo's roles and perspectives become cases with variables.
//!
//! GUIDs are derived from the traject, interview and quote ids ([`super::guid`]), so the same
//! state gives the same bytes, and the codings a researcher adds in a QDA program can be read
//! back onto the quotes they were made on ([`lees`], [`tags_uit`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};

use crate::luisteren::citaten::bron;
use crate::luisteren::codeboek::{Codeboek, normaliseer_tag};
use crate::model::interview::Gebruik;
use crate::model::interview::{CitaatId, Interview};
use crate::model::traject::{Traject, mag_gedeeld};
use crate::privacy::Masker;

use super::guid::{guid, normaliseer};

/// The parent code of tags a quote carries that are not in the codebook.
const BUITEN_CODEBOEK: &str = "buiten het codeboek";

/// The name of the project file inside the zip.
const PROJECTBESTAND: &str = "project.qde";

/// One shareable interview as a text source.
#[derive(Clone, Debug, PartialEq)]
pub struct Bron {
    pub guid: String,
    pub naam: String,
    pub slug: String,
    pub interview: u32,
    pub tekst: String,
    pub selecties: Vec<Selectie>,
}

/// A quote's place in its source, in code points, end exclusive.
#[derive(Clone, Debug, PartialEq)]
pub struct Selectie {
    pub id: CitaatId,
    pub start: usize,
    pub eind: usize,
    pub tags: Vec<String>,
    /// The role the quote is attributed to, if any.
    pub van: Option<String>,
}

fn bron_guid(slug: &str, nr: u32) -> String {
    guid(&format!("bron:{slug}:{nr}"))
}

fn selectie_guid(slug: &str, id: CitaatId) -> String {
    guid(&format!("citaat:{slug}:{id}"))
}

fn code_guid(tag: &str) -> String {
    guid(&format!("code:{tag}"))
}

fn groep_guid(groep: &str) -> String {
    guid(&format!("groep:{groep}"))
}

/// Whether an interview goes into a research export at all: not withdrawn, and at least one of
/// the duo allowed `onderzoek` (only the quotes that may go, go).
fn deelbaar(interview: &Interview) -> bool {
    interview.ingetrokken.is_none() && interview.toestemming.breedste().bevat(Gebruik::Onderzoek)
}

/// The text sources of a traject: one per shareable interview, with only its shareable quotes.
pub fn bronnen(t: &Traject, masker: &Masker) -> Vec<Bron> {
    t.interviews
        .iter()
        .filter(|i| deelbaar(i))
        .map(|i| bron_van(t, masker, i))
        .collect()
}

fn bron_van(t: &Traject, masker: &Masker, interview: &Interview) -> Bron {
    let mut tekst = format!(
        "Traject {} ({}), duo-interview {}\n",
        t.slug,
        t.gemeenten_tekst(),
        interview.nr
    );
    if let Some(d) = interview.datum {
        let _ = writeln!(tekst, "Datum: {d}");
    }
    let duo: Vec<String> = interview
        .duo
        .iter()
        .enumerate()
        .map(|(n, d)| format!("{} ({})", rol_voor_onderzoek(interview, n), d.perspectief))
        .collect();
    if !duo.is_empty() {
        let _ = writeln!(tekst, "Duo: {}", duo.join(" en "));
    }
    let mut lengte = tekst.chars().count();
    let mut selecties = Vec::new();
    for citaat in interview
        .citaten
        .iter()
        .filter(|c| mag_gedeeld(interview, c, Gebruik::Onderzoek))
    {
        let id = CitaatId {
            interview: interview.nr,
            nr: citaat.nr,
        };
        let kop = format!("\nCitaat {id} — {}\n", bron(interview, citaat));
        lengte += kop.chars().count();
        tekst.push_str(&kop);
        let woorden = masker.citaat(citaat);
        let start = lengte;
        lengte += woorden.chars().count();
        tekst.push_str(&woorden);
        tekst.push('\n');
        selecties.push(Selectie {
            id,
            start,
            eind: lengte,
            tags: citaat.tags.clone(),
            van: citaat
                .van
                .as_deref()
                .and_then(|r| interview.deelnemer(r))
                .map(|d| d.rol.clone()),
        });
        lengte += 1;
    }
    // One character for one, so every selection's position stays where it was counted.
    let tekst = crate::model::teken::zichtbaar(&tekst).into_owned();
    Bron {
        guid: bron_guid(&t.slug, interview.nr),
        naam: format!("{} duo-interview {}", t.slug, interview.nr),
        slug: t.slug.clone(),
        interview: interview.nr,
        tekst,
        selecties,
    }
}

/// Text for XML content and attributes: the five special characters escaped, control and bidi
/// characters shown as U+FFFD (as [`crate::model::teken::zichtbaar`] does everywhere), the two
/// non-characters XML 1.0 forbids replaced by a space, line breaks kept as character references
/// (attributes lose them otherwise).
fn xml(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        match c {
            '&' => uit.push_str("&amp;"),
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&apos;"),
            '\n' => uit.push_str("&#10;"),
            '\t' => uit.push_str("&#9;"),
            c if crate::model::teken::is_stuurteken(c) => uit.push(crate::model::teken::VERVANGING),
            '\u{FFFE}' | '\u{FFFF}' => uit.push(' '),
            c => uit.push(c),
        }
    }
    uit
}

/// What the exported project holds, for the message to the user.
#[derive(Debug, Default)]
pub struct Telling {
    pub bronnen: usize,
    pub citaten: usize,
    pub achtergehouden: usize,
}

/// Writes a project one traject at a time, so a map-wide export never holds more than one
/// traject: each source text goes straight into the zip, each traject's cases and text sources
/// into a temporary file, and [`Schrijver::sluit`] writes `project.qde` last, streamed from
/// those files. Only what `<CodeBook>` (which comes first) needs is kept: the tags on exported
/// quotes that the codebook does not know.
pub struct Schrijver<'a, W: Write + Seek> {
    zip: zip::ZipWriter<W>,
    boek: &'a Codeboek,
    naam: String,
    cases: BufWriter<File>,
    heeft_cases: bool,
    bronnen: BufWriter<File>,
    buiten: BTreeSet<String>,
    telling: Telling,
}

/// A fixed date (1980-01-01, the zip epoch) and fixed permissions: same state, same bytes.
fn opties() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644)
}

fn zipfout(e: zip::result::ZipError) -> io::Error {
    match e {
        zip::result::ZipError::Io(e) => e,
        e => io::Error::other(e),
    }
}

impl<'a, W: Write + Seek> Schrijver<'a, W> {
    /// A project named `naam` with the codes of `boek`, written to `uit`.
    pub fn nieuw(uit: W, boek: &'a Codeboek, naam: &str) -> io::Result<Self> {
        Ok(Schrijver {
            zip: zip::ZipWriter::new(uit),
            boek,
            naam: naam.to_string(),
            cases: BufWriter::new(tempfile::tempfile()?),
            heeft_cases: false,
            bronnen: BufWriter::new(tempfile::tempfile()?),
            buiten: BTreeSet::new(),
            telling: Telling::default(),
        })
    }

    /// Adds the shareable interviews of `t`, masked by `masker`.
    pub fn traject(&mut self, t: &Traject, masker: &Masker) -> io::Result<()> {
        self.telling.achtergehouden += t.achtergehouden_citaten(Gebruik::Onderzoek);
        let mut x = String::new();
        for interview in t.interviews.iter().filter(|i| deelbaar(i)) {
            let b = bron_van(t, masker, interview);
            self.telling.bronnen += 1;
            self.telling.citaten += b.selecties.len();
            for tag in b.selecties.iter().flat_map(|s| &s.tags) {
                if self.boek.zoek(tag).is_none() && !self.buiten.contains(tag) {
                    self.buiten.insert(tag.clone());
                }
            }
            self.zip
                .start_file(format!("sources/{}.txt", b.guid), opties())
                .map_err(zipfout)?;
            self.zip.write_all(b.tekst.as_bytes())?;
            x.clear();
            cases(&mut x, t, interview, &b);
            self.heeft_cases |= !x.is_empty();
            self.cases.write_all(x.as_bytes())?;
            x.clear();
            text_source(&mut x, &b);
            self.bronnen.write_all(x.as_bytes())?;
        }
        Ok(())
    }

    /// Writes `project.qde` and closes the zip; gives back where it was written and what it holds.
    pub fn sluit(mut self) -> io::Result<(W, Telling)> {
        let mut x = String::new();
        x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            x,
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"visieleer {}\">",
            xml(&self.naam),
            env!("CARGO_PKG_VERSION")
        );
        codeboek(&mut x, &self.buiten, self.boek);
        if self.heeft_cases {
            x.push_str("  <Variables>\n");
            for (naam, soort) in VARIABELEN {
                let _ = writeln!(
                    x,
                    "    <Variable guid=\"{}\" name=\"{naam}\" typeOfVariable=\"{soort}\"/>",
                    variabele_guid(naam)
                );
            }
            x.push_str("  </Variables>\n  <Cases>\n");
        }
        self.zip
            .start_file(PROJECTBESTAND, opties())
            .map_err(zipfout)?;
        self.zip.write_all(x.as_bytes())?;
        if self.heeft_cases {
            kopieer(self.cases, &mut self.zip)?;
            self.zip.write_all(b"  </Cases>\n")?;
        }
        if self.telling.bronnen > 0 {
            self.zip.write_all(b"  <Sources>\n")?;
            kopieer(self.bronnen, &mut self.zip)?;
            self.zip.write_all(b"  </Sources>\n")?;
        }
        self.zip.write_all(b"</Project>\n")?;
        let uit = self.zip.finish().map_err(zipfout)?;
        Ok((uit, self.telling))
    }
}

/// Copies a temporary file from its start.
fn kopieer(tijdelijk: BufWriter<File>, naar: &mut impl Write) -> io::Result<()> {
    let mut bestand = tijdelijk.into_inner().map_err(|e| e.into_error())?;
    bestand.seek(io::SeekFrom::Start(0))?;
    io::copy(&mut bestand, naar)?;
    Ok(())
}

const VARIABELEN: [(&str, &str); 6] = [
    ("traject", "Text"),
    ("gemeenten", "Text"),
    ("interview", "Integer"),
    ("datum", "Date"),
    ("rol", "Text"),
    ("perspectief", "Text"),
];

fn variabele_guid(naam: &str) -> String {
    guid(&format!("variabele:{naam}"))
}

/// The `<TextSource>` of one source, with its quotes as coded selections.
fn text_source(x: &mut String, b: &Bron) {
    let _ = writeln!(
        x,
        "    <TextSource guid=\"{}\" name=\"{}\" plainTextPath=\"internal://{}.txt\">",
        b.guid,
        xml(&b.naam),
        b.guid
    );
    for s in &b.selecties {
        let _ = write!(
            x,
            "      <PlainTextSelection guid=\"{}\" name=\"citaat {}\" startPosition=\"{}\" endPosition=\"{}\"",
            selectie_guid(&b.slug, s.id),
            s.id,
            s.start,
            s.eind
        );
        if s.tags.is_empty() {
            x.push_str("/>\n");
            continue;
        }
        x.push_str(">\n");
        for tag in &s.tags {
            let _ = writeln!(
                x,
                "        <Coding guid=\"{}\"><CodeRef targetGUID=\"{}\"/></Coding>",
                guid(&format!("codering:{}:{}:{tag}", b.slug, s.id)),
                code_guid(tag)
            );
        }
        x.push_str("      </PlainTextSelection>\n");
    }
    x.push_str("    </TextSource>\n");
}

/// The codes: one parent per codebook group (not codable itself), its tags under it, and the
/// tags on exported quotes that the codebook does not know under a parent of their own.
fn codeboek(x: &mut String, buiten: &BTreeSet<String>, boek: &Codeboek) {
    if boek.tags.is_empty() && buiten.is_empty() {
        return;
    }
    x.push_str("  <CodeBook>\n    <Codes>\n");
    let groep = |x: &mut String, naam: &str, tags: Vec<(&str, Option<&str>)>| {
        let _ = writeln!(
            x,
            "      <Code guid=\"{}\" name=\"{}\" isCodable=\"false\">",
            groep_guid(naam),
            xml(naam)
        );
        for (tag, omschrijving) in tags {
            let _ = write!(
                x,
                "        <Code guid=\"{}\" name=\"{}\" isCodable=\"true\"",
                code_guid(tag),
                xml(tag)
            );
            match omschrijving {
                Some(o) => {
                    let _ = writeln!(x, "><Description>{}</Description></Code>", xml(o));
                }
                None => x.push_str("/>\n"),
            }
        }
        x.push_str("      </Code>\n");
    };
    for naam in boek.groepen() {
        let tags = boek
            .groep(naam)
            .map(|t| (t.tag.as_str(), Some(t.omschrijving.as_str())))
            .collect();
        groep(x, naam, tags);
    }
    if !buiten.is_empty() {
        groep(
            x,
            BUITEN_CODEBOEK,
            buiten.iter().map(|t| (t.as_str(), None)).collect(),
        );
    }
    x.push_str("    </Codes>\n  </CodeBook>\n");
}

/// The role of a duo member as research may see it: the role when that member allowed
/// `onderzoek`, else only "deelnemer 1" or "deelnemer 2" (the perspective stays).
fn rol_voor_onderzoek(interview: &Interview, n: usize) -> String {
    match interview.duo.get(n) {
        Some(d)
            if interview
                .toestemming
                .voor(Some(&d.rol))
                .bevat(Gebruik::Onderzoek) =>
        {
            d.rol.clone()
        }
        _ => format!("deelnemer {}", n + 1),
    }
}

/// One case per member of each exported duo: its role and perspective (and traject, gemeenten,
/// interview and date) as variables, the interview as source, and the quotes attributed to it.
fn cases(x: &mut String, t: &Traject, interview: &Interview, b: &Bron) {
    for (n, deelnemer) in interview.duo.iter().enumerate() {
        let _ = writeln!(
            x,
            "    <Case guid=\"{}\" name=\"{}\">",
            guid(&format!("case:{}:{}:{n}", t.slug, interview.nr)),
            xml(&format!(
                "{} duo-interview {}: {} ({})",
                t.slug,
                interview.nr,
                rol_voor_onderzoek(interview, n),
                deelnemer.perspectief
            ))
        );
        let mut waarde = |naam: &str, element: &str, w: &str| {
            let _ = writeln!(
                x,
                "      <VariableValue><VariableRef targetGUID=\"{}\"/><{element}>{}</{element}></VariableValue>",
                variabele_guid(naam),
                xml(w)
            );
        };
        waarde("traject", "TextValue", &t.slug);
        waarde("gemeenten", "TextValue", &t.gemeenten_tekst());
        waarde("interview", "IntegerValue", &interview.nr.to_string());
        if let Some(d) = interview.datum {
            waarde("datum", "DateValue", &d.to_string());
        }
        waarde("rol", "TextValue", &rol_voor_onderzoek(interview, n));
        waarde("perspectief", "TextValue", deelnemer.perspectief.naam());
        let _ = writeln!(x, "      <SourceRef targetGUID=\"{}\"/>", b.guid);
        for s in &b.selecties {
            if s.van.as_deref() == Some(deelnemer.rol.as_str()) {
                let _ = writeln!(
                    x,
                    "      <SelectionRef targetGUID=\"{}\"/>",
                    selectie_guid(&b.slug, s.id)
                );
            }
        }
        x.push_str("    </Case>\n");
    }
}

// ---------------------------------------------------------------------------------------------
// Reading a project back.

/// The largest `.qdpx` file read. visieleer must read back whatever it writes: the export of
/// one traject file at its largest (32 MB, some 100 000 quotes) is 11 MB and unpacks to about
/// 70 MB; that of a national map at four times the realistic size to a few hundred.
pub const MAX_QDPX: u64 = 512 * 1024 * 1024;
/// What its parts may unpack to: the larger of 64 MB and [`UITPAK_FACTOR`] times the file
/// (text of interview notes packs about six to one; a zip bomb a thousand to one), and never
/// more than 1 GB.
const MIN_UITGEPAKT: u64 = 64 * 1024 * 1024;
const MAX_UITGEPAKT: u64 = 1024 * 1024 * 1024;
const UITPAK_FACTOR: u64 = 50;

/// The most a `.qdpx` of `grootte` bytes may unpack to.
fn uitpakgrens(grootte: u64) -> u64 {
    grootte
        .saturating_mul(UITPAK_FACTOR)
        .clamp(MIN_UITGEPAKT, MAX_UITGEPAKT)
}
const MAX_ONDERDELEN: usize = 10_000;

/// A code of the project read.
#[derive(Clone, Debug)]
struct Code {
    naam: String,
    codeerbaar: bool,
}

/// A coded selection of a text source read.
#[derive(Clone, Debug)]
struct GelezenSelectie {
    start: usize,
    eind: usize,
    /// The selection's own name; QualCoder writes the selected words there, which then
    /// decide how its positions count line ends.
    naam: Option<String>,
    codes: Vec<String>,
}

#[derive(Clone, Debug, Default)]
struct GelezenBron {
    guid: String,
    naam: String,
    pad: Option<String>,
    inhoud: Option<String>,
    selecties: Vec<GelezenSelectie>,
    /// Codings on the source as a whole.
    codes: usize,
}

/// A REFI-QDA project as read from a `.qdpx`: its codes and its text sources with their texts.
#[derive(Debug, Default)]
pub struct Project {
    /// The program that wrote it (`origin`), such as "ATLAS.ti".
    herkomst: String,
    codes: HashMap<String, Code>,
    bronnen: Vec<GelezenBron>,
    teksten: HashMap<String, String>,
}

/// Reads a `.qdpx` file's bytes. Refuses, with one Dutch sentence, what is no zip, has no
/// `project.qde`, holds an unsafe name (`../`, an absolute path) or unpacks to more than a
/// project of notes can be.
pub fn lees(bytes: &[u8]) -> Result<Project, String> {
    let geen_project = "is geen REFI-QDA-project (geen leesbaar zip-bestand); exporteer het project uit je QDA-programma opnieuw als .qdpx";
    let mut archief =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| geen_project.to_string())?;
    if archief.len() > MAX_ONDERDELEN {
        return Err(format!(
            "bevat {} bestanden, meer dan een project kan hebben; dit is geen export van een QDA-programma",
            archief.len()
        ));
    }
    let mut namen = Vec::new();
    for i in 0..archief.len() {
        let bestand = archief.by_index(i).map_err(|_| geen_project.to_string())?;
        // Some Windows programs separate folders with a backslash; read it as a slash.
        let naam = bestand
            .name()
            .map_err(|_| geen_project.to_string())?
            .replace('\\', "/");
        if bestand.enclosed_name().is_none()
            || naam.starts_with('/')
            || naam.split('/').any(|d| d == "..")
            || naam.contains(':')
            || naam.chars().any(char::is_control)
        {
            return Err(
                "bevat een bestand met een onveilige naam (met '..' of een absoluut pad); zo'n bestand komt niet uit een QDA-programma, vraag om een nieuwe export".into(),
            );
        }
        if bestand.encrypted() {
            return Err("is versleuteld; exporteer het project opnieuw zonder wachtwoord".into());
        }
        namen.push(naam);
    }
    let mut uitgepakt = 0u64;
    let grens = uitpakgrens(bytes.len() as u64);
    let mut lees_onderdeel = |archief: &mut zip::ZipArchive<_>,
                              i: usize|
     -> Result<String, String> {
        let bestand = archief.by_index(i).map_err(|_| geen_project.to_string())?;
        let ruimte = grens.saturating_sub(uitgepakt);
        let mut inhoud = Vec::new();
        // The sizes in a zip's directory can lie: count what really comes out.
        bestand
            .take(ruimte + 1)
            .read_to_end(&mut inhoud)
            .map_err(|_| {
                "is beschadigd (een onderdeel kan niet worden uitgepakt); exporteer het project opnieuw".to_string()
            })?;
        uitgepakt += inhoud.len() as u64;
        if uitgepakt > grens {
            return Err(format!(
                "pakt uit tot meer dan {} MB, veel meer dan een project met interviewcitaten van deze omvang (mogelijk een zip-bom); het is niet ingelezen",
                grens / (1024 * 1024)
            ));
        }
        String::from_utf8(inhoud.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(inhoud))
            .map_err(|_| "bevat tekst die geen UTF-8 is; REFI-QDA schrijft alles in UTF-8, exporteer het project opnieuw".to_string())
    };
    let Some(qde) = namen
        .iter()
        .position(|n| n.eq_ignore_ascii_case(PROJECTBESTAND))
        // Some programs name it after the project; it is the one .qde at the top.
        .or_else(|| {
            namen
                .iter()
                .position(|n| !n.contains('/') && n.to_ascii_lowercase().ends_with(".qde"))
        })
    else {
        return Err(
            "bevat geen project.qde en is dus geen REFI-QDA-project; exporteer het project uit je QDA-programma als .qdpx".into(),
        );
    };
    let qde = lees_onderdeel(&mut archief, qde)?;
    let mut project = lees_qde(&qde)?;
    let paden: std::collections::HashSet<String> = project
        .bronnen
        .iter()
        .filter_map(|b| b.pad.clone())
        .collect();
    for (i, naam) in namen.iter().enumerate() {
        let Some((map, bestand)) = naam.rsplit_once('/') else {
            continue;
        };
        if map.eq_ignore_ascii_case("sources") && paden.contains(bestand) {
            let tekst = lees_onderdeel(&mut archief, i)?;
            project.teksten.insert(bestand.to_string(), tekst);
        }
    }
    Ok(project)
}

fn attribuut(e: &quick_xml::events::BytesStart, naam: &str) -> Result<Option<String>, String> {
    for a in e.attributes() {
        let a = a.map_err(|_| {
            "project.qde is geen geldige XML (een attribuut is onleesbaar)".to_string()
        })?;
        if a.key.local_name().as_ref() == naam {
            let w = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|_| {
                    "project.qde is geen geldige XML (een attribuut is onleesbaar)".to_string()
                })?;
            return Ok(Some(w.into_owned()));
        }
    }
    Ok(None)
}

fn positie(e: &quick_xml::events::BytesStart, naam: &str) -> Result<usize, String> {
    attribuut(e, naam)?
        .and_then(|w| w.trim().parse::<usize>().ok())
        .ok_or_else(|| format!("project.qde heeft een PlainTextSelection zonder geldige {naam}"))
}

/// Reads the parts of `project.qde` that carry codings of text: the codes (at any depth) and the
/// text sources with their selections and codings.
fn lees_qde(tekst: &str) -> Result<Project, String> {
    use quick_xml::events::Event;
    let ongeldig = |_| "project.qde is geen geldige XML; exporteer het project opnieuw".to_string();
    let mut lezer = quick_xml::Reader::from_str(tekst);
    let mut project = Project::default();
    let mut pad: Vec<String> = Vec::new();
    let mut inhoud: Option<String> = None;
    loop {
        let gebeurtenis = lezer.read_event().map_err(ongeldig)?;
        let (e, leeg) = match &gebeurtenis {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = e {
            let naam = e.local_name().as_ref().to_string();
            let ouder = pad.last().map(String::as_str);
            match naam.as_str() {
                "Project" if pad.is_empty() => {
                    project.herkomst = attribuut(e, "origin")?.unwrap_or_default();
                }
                "Code" => {
                    let guid =
                        attribuut(e, "guid")?.ok_or("project.qde heeft een Code zonder guid")?;
                    project.codes.insert(
                        normaliseer(&guid),
                        Code {
                            naam: attribuut(e, "name")?.unwrap_or_default(),
                            codeerbaar: attribuut(e, "isCodable")?.as_deref() != Some("false"),
                        },
                    );
                }
                "TextSource" if ouder == Some("Sources") => {
                    project.bronnen.push(GelezenBron {
                        guid: normaliseer(&attribuut(e, "guid")?.unwrap_or_default()),
                        naam: attribuut(e, "name")?.unwrap_or_default(),
                        pad: attribuut(e, "plainTextPath")?
                            .map(|p| p.trim_start_matches("internal://").to_string()),
                        ..GelezenBron::default()
                    });
                }
                "PlainTextSelection" if ouder == Some("TextSource") => {
                    let (start, eind) = (positie(e, "startPosition")?, positie(e, "endPosition")?);
                    if let Some(b) = project.bronnen.last_mut() {
                        b.selecties.push(GelezenSelectie {
                            start: start.min(eind),
                            eind: start.max(eind),
                            naam: attribuut(e, "name")?,
                            codes: Vec::new(),
                        });
                    }
                }
                "PlainTextContent" if ouder == Some("TextSource") && !leeg => {
                    inhoud = Some(String::new());
                }
                "CodeRef" if ouder == Some("Coding") => {
                    let doel = normaliseer(&attribuut(e, "targetGUID")?.unwrap_or_default());
                    let plek = pad.iter().rev().nth(1).map(String::as_str);
                    if let Some(b) = project.bronnen.last_mut() {
                        match plek {
                            Some("PlainTextSelection")
                                if pad.iter().rev().nth(2).map(String::as_str)
                                    == Some("TextSource") =>
                            {
                                if let Some(s) = b.selecties.last_mut() {
                                    s.codes.push(doel);
                                }
                            }
                            Some("TextSource") => b.codes += 1,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            if !leeg {
                pad.push(naam);
            }
            continue;
        }
        match gebeurtenis {
            Event::End(_) => {
                if pad.pop().as_deref() == Some("PlainTextContent")
                    && let Some(t) = inhoud.take()
                    && let Some(b) = project.bronnen.last_mut()
                {
                    b.inhoud = Some(t);
                }
            }
            Event::Text(t) => {
                if let Some(i) = inhoud.as_mut() {
                    i.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0));
                }
            }
            Event::CData(t) => {
                if let Some(i) = inhoud.as_mut() {
                    i.push_str(&t.into_inner());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(i) = inhoud.as_mut() {
                    if let Some(c) = r.resolve_char_ref().map_err(ongeldig)? {
                        i.push(c);
                    } else {
                        let naam: &str = &r;
                        let w = quick_xml::escape::resolve_predefined_entity(naam)
                            .ok_or("project.qde gebruikt een onbekende entiteit (&…;); exporteer het project opnieuw")?;
                        i.push_str(w);
                    }
                }
            }
            Event::DocType(_) => {
                return Err("project.qde bevat een DOCTYPE, wat een REFI-QDA-project niet heeft; exporteer het project opnieuw".into());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !pad.is_empty() {
        return Err("project.qde is afgebroken (een element wordt niet gesloten); exporteer het project opnieuw".into());
    }
    Ok(project)
}

// ---------------------------------------------------------------------------------------------
// From codings to tags.

/// What reading a project's codings onto a traject's quotes found.
#[derive(Debug, Default, PartialEq)]
pub struct Uitkomst {
    /// Per quote, the tags to add (not yet on it), in the order found.
    pub nieuw: BTreeMap<CitaatId, Vec<String>>,
    /// Codes not in the codebook, with the quotes they would have tagged; added only with
    /// `--nieuwe-tags` (then they are in `nieuw` too).
    pub onbekend: BTreeMap<String, Vec<CitaatId>>,
    /// Codes whose name cannot be a tag (spaces, punctuation), with how many codings used them.
    pub ongeldig: BTreeMap<String, usize>,
    /// Codings outside every quote, or on a source as a whole: per source name, per code name,
    /// how many.
    pub buiten_citaten: BTreeMap<String, BTreeMap<String, usize>>,
    /// Codings in text sources that are no shareable interview of this traject: per source
    /// name, per code name, how many.
    pub andere_bronnen: BTreeMap<String, BTreeMap<String, usize>>,
    /// Text sources without codings that are no shareable interview of this traject.
    pub andere_bronnen_zonder_coderingen: usize,
    /// Quotes whose place in the project's text could not be found (the text was changed).
    pub niet_gevonden: usize,
}

/// Every `STAP`-th character's byte offset in a text: turns character offsets into byte
/// offsets and back in constant time per question (at most `STAP` characters walked), so
/// placing every coding of a long text stays linear in the text.
struct Tekens<'a> {
    tekst: &'a str,
    bytes: Vec<usize>,
}

impl<'a> Tekens<'a> {
    const STAP: usize = 64;

    fn van(tekst: &'a str) -> Tekens<'a> {
        let bytes = tekst
            .char_indices()
            .step_by(Self::STAP)
            .map(|(b, _)| b)
            .collect();
        Tekens { tekst, bytes }
    }

    /// The byte offset of character `c` (the text's length past its end).
    fn byte(&self, c: usize) -> usize {
        let Some(&vanaf) = self.bytes.get(c / Self::STAP) else {
            return self.tekst.len();
        };
        self.tekst[vanaf..]
            .char_indices()
            .nth(c % Self::STAP)
            .map_or(self.tekst.len(), |(b, _)| vanaf + b)
    }

    /// The character offset of byte offset `b` (a char boundary).
    fn teken(&self, b: usize) -> usize {
        let blok = self.bytes.partition_point(|&x| x <= b).saturating_sub(1);
        let vanaf = self.bytes.get(blok).copied().unwrap_or(0);
        blok * Self::STAP + self.tekst[vanaf..b].chars().count()
    }

    /// The characters `a..e`.
    fn stuk(&self, a: usize, e: usize) -> &'a str {
        let (a, e) = (self.byte(a), self.byte(e));
        &self.tekst[a.min(e)..e]
    }
}

/// Where the quotes of `bron` stand in `tekst` (the source text in the project, with `\n` line
/// ends): the exported places when the text is unchanged, else found by their heading and
/// words. One pass over the text for the headings, so linear in text and quotes.
fn plaatsen(bron: &Bron, tekst: &str) -> Vec<Option<(usize, usize)>> {
    if tekst == bron.tekst {
        return bron
            .selecties
            .iter()
            .map(|s| Some((s.start, s.eind)))
            .collect();
    }
    let eigen = Tekens::van(&bron.tekst);
    let gelezen = Tekens::van(tekst);
    // The first line "Citaat <id> …" per id, as the byte where the line under it begins.
    let mut onder_kop: HashMap<&str, usize> = HashMap::new();
    let mut begin = 0;
    for regel in tekst.split_inclusive('\n') {
        if let Some(rest) = regel.strip_prefix("Citaat ")
            && let Some((id, _)) = rest.split_once(' ')
            && regel.ends_with('\n')
        {
            onder_kop.entry(id).or_insert(begin + regel.len());
        }
        begin += regel.len();
    }
    bron.selecties
        .iter()
        .map(|s| {
            let woorden = eigen.stuk(s.start, s.eind);
            let regel = *onder_kop.get(s.id.to_string().as_str())?;
            let b = tekst[regel..].starts_with(woorden).then_some(regel)?;
            let start = gelezen.teken(b);
            Some((start, start + woorden.chars().count()))
        })
        .collect()
}

/// How a QDA program counted a Windows line end (`\r\n`) in its positions.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Regeleinde {
    /// As two characters, as REFI-QDA counts code points (MAXQDA).
    Twee,
    /// As one character (ATLAS.ti; QualCoder with its "line ending for MAXQDA" option).
    Een,
}

/// A source text read with Windows line ends, and the same text with `\n` only, in which the
/// quotes are found: positions of either convention are mapped onto the latter.
struct Regeleinden {
    /// The character offsets, in the text as written, of each `\r` of a `\r\n`.
    cr: Vec<usize>,
}

impl Regeleinden {
    fn van(tekst: &str) -> Regeleinden {
        let mut cr = Vec::new();
        let mut vorige_cr = None;
        for (i, c) in tekst.chars().enumerate() {
            if c == '\n'
                && let Some(j) = vorige_cr.take()
            {
                cr.push(j);
            }
            vorige_cr = (c == '\r').then_some(i);
        }
        Regeleinden { cr }
    }

    /// A position as the program counted it, in the text with `\n` only.
    fn zonder_cr(&self, positie: usize, telling: Regeleinde) -> usize {
        match telling {
            Regeleinde::Een => positie,
            Regeleinde::Twee => positie - self.cr.partition_point(|&j| j < positie),
        }
    }
}

/// How a program counts Windows line ends when a selection does not tell: ATLAS.ti and
/// QualCoder as one character, every other program as REFI-QDA says (two code points).
fn telling_van(herkomst: &str) -> Regeleinde {
    let herkomst = herkomst.to_uppercase();
    if herkomst.contains("ATLAS") || herkomst.contains("QUALCODER") {
        Regeleinde::Een
    } else {
        Regeleinde::Twee
    }
}

/// The selection's own words (its name, as QualCoder writes it) decide how its positions
/// count line ends, when they match the text under exactly one convention.
fn telling_volgens_woorden(
    selectie: &GelezenSelectie,
    tekens: &Tekens,
    regeleinden: &Regeleinden,
) -> Option<Regeleinde> {
    let woorden = selectie.naam.as_deref()?.replace("\r\n", "\n");
    let woorden = woorden.trim();
    if woorden.is_empty() {
        return None;
    }
    let past = |telling| {
        let a = regeleinden.zonder_cr(selectie.start, telling);
        let e = regeleinden.zonder_cr(selectie.eind, telling);
        tekens.stuk(a, e).trim() == woorden
    };
    match (past(Regeleinde::Een), past(Regeleinde::Twee)) {
        (true, false) => Some(Regeleinde::Een),
        (false, true) => Some(Regeleinde::Twee),
        _ => None,
    }
}

/// Whether a source's name in a QDA program is that of ours: programs that give a source a new
/// GUID on export (QualCoder) keep its name, sometimes with the file extension.
fn naam_sleutel(naam: &str) -> String {
    let naam = naam.trim();
    let naam = naam
        .strip_suffix(".txt")
        .or_else(|| naam.strip_suffix(".TXT"))
        .unwrap_or(naam);
    naam.trim().to_lowercase()
}

/// Whether a project's source text (if it has one) is this interview's as visieleer exported
/// it: at least half of the quotes of `bron` occur in it (line ends and a BOM aside). An
/// interview without shareable quotes matches any text. At most [`PROEVEN`] quotes, spread
/// over the interview, are looked for, so a source of 20 000 quotes costs a few passes over
/// its text, not one per quote.
fn hoort_bij(tekst: Option<&str>, bron: &Bron) -> bool {
    let Some(tekst) = tekst else {
        return false;
    };
    if bron.selecties.is_empty() {
        return true;
    }
    let tekst = tekst.replace("\r\n", "\n").replace('\r', "\n");
    let stap = bron.selecties.len().div_ceil(PROEVEN);
    let gekozen: Vec<&Selectie> = bron.selecties.iter().step_by(stap).collect();
    // Character offsets to bytes, once: the selections count in code points.
    let bytes: Vec<usize> = bron
        .tekst
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(bron.tekst.len()))
        .collect();
    let gevonden = gekozen
        .iter()
        .filter(|s| {
            let (Some(&van), Some(&tot)) = (bytes.get(s.start), bytes.get(s.eind)) else {
                return false;
            };
            van <= tot && tekst.contains(&bron.tekst[van..tot])
        })
        .count();
    gevonden * 2 >= gekozen.len()
}

/// How many quotes of one interview [`hoort_bij`] looks for at most.
const PROEVEN: usize = 32;

/// What a code of the project becomes: a tag (known to the codebook or not), nothing (a group),
/// or a name that cannot be a tag.
#[derive(Clone)]
enum Als {
    Tag(String, bool),
    Groep,
    Ongeldig(String),
}

/// The codings of `project` as tags on the shareable quotes of `t`: a coding counts for every
/// quote its selection overlaps. Sources are matched on the GUID visieleer gave them, then on
/// name, then on the first line of their text; codes on the GUID, then on name. Codes the
/// codebook does not know are listed, and added only when `nieuwe_tags`. Whatever cannot be
/// placed is counted per source and code name. Linear in the codings: every lookup is a hash
/// or a binary search.
///
/// A project whose sources do not belong to this traject is refused as a whole (`Err` with
/// one Dutch sentence): a source matched to one of its interviews (by GUID, name or first line)
/// that carries codings must hold its text, and that text must hold at least half of the
/// interview's shareable quotes as the export wrote them. So a project of another map's
/// traject with the same name (same GUIDs, other interviews), or one without its texts, tags
/// nothing.
pub fn tags_uit(
    project: &Project,
    t: &Traject,
    masker: &Masker,
    boek: &Codeboek,
    nieuwe_tags: bool,
) -> Result<Uitkomst, String> {
    let mut uitkomst = Uitkomst::default();
    let eigen = bronnen(t, masker);
    let groepen: std::collections::HashSet<String> = boek
        .groepen()
        .into_iter()
        .chain([BUITEN_CODEBOEK])
        .map(groep_guid)
        .collect();
    let boek_guids: HashMap<String, &str> = boek
        .tags
        .iter()
        .map(|tag| (code_guid(&tag.tag), tag.tag.as_str()))
        .collect();
    let per_guid: HashMap<&str, &Bron> = eigen.iter().map(|b| (b.guid.as_str(), b)).collect();
    let per_naam: HashMap<String, &Bron> =
        eigen.iter().map(|b| (naam_sleutel(&b.naam), b)).collect();
    let per_kop: HashMap<&str, &Bron> = eigen
        .iter()
        .filter_map(|b| Some((b.tekst.lines().next()?, b)))
        .collect();
    let code_naam = |guid: &str| -> String {
        project
            .codes
            .get(guid)
            .map(|c| c.naam.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "(zonder naam)".into())
    };
    let mut als_cache: HashMap<&str, Als> = HashMap::new();
    let als = |guid: &str| -> Als {
        if groepen.contains(guid) || project.codes.get(guid).is_some_and(|c| !c.codeerbaar) {
            return Als::Groep;
        }
        if let Some(tag) = boek_guids.get(guid) {
            return Als::Tag((*tag).to_string(), true);
        }
        let naam = code_naam(guid);
        // QDA programs allow spaces in code names: "Rust en regie" is rust-en-regie.
        let als_tag = naam.split_whitespace().collect::<Vec<_>>().join("-");
        match normaliseer_tag(&als_tag) {
            Ok(tag) => {
                let bekend = boek.zoek(&tag).is_some();
                Als::Tag(tag, bekend)
            }
            Err(_) => Als::Ongeldig(naam),
        }
    };
    let mut al_gezet: std::collections::HashSet<(CitaatId, String)> = eigen
        .iter()
        .flat_map(|b| &b.selecties)
        .flat_map(|s| s.tags.iter().map(|tag| (s.id, tag.clone())))
        .collect();
    let mut al_genoemd: std::collections::HashSet<(String, CitaatId)> = Default::default();
    let standaard = telling_van(&project.herkomst);
    for gelezen in &project.bronnen {
        let tekst = gelezen.inhoud.as_deref().or_else(|| {
            gelezen
                .pad
                .as_deref()
                .and_then(|p| project.teksten.get(p))
                .map(String::as_str)
        });
        let bron = per_guid
            .get(gelezen.guid.as_str())
            .or_else(|| per_naam.get(&naam_sleutel(&gelezen.naam)))
            // A source renamed in the QDA program: its text still opens with our first line.
            .or_else(|| {
                let eerste = tekst?.trim_start_matches('\u{feff}').lines().next()?;
                per_kop.get(eerste.trim_end_matches('\r'))
            })
            .copied();
        let tel_per_code = |doel: &mut BTreeMap<String, BTreeMap<String, usize>>,
                            guids: &mut dyn Iterator<Item = &String>| {
            for guid in guids {
                *doel
                    .entry(gelezen.naam.clone())
                    .or_default()
                    .entry(code_naam(guid))
                    .or_default() += 1;
            }
        };
        let Some(bron) = bron else {
            let mut codes = gelezen.selecties.iter().flat_map(|s| s.codes.iter());
            if gelezen.codes == 0 && gelezen.selecties.iter().all(|s| s.codes.is_empty()) {
                uitkomst.andere_bronnen_zonder_coderingen += 1;
            } else {
                tel_per_code(&mut uitkomst.andere_bronnen, &mut codes);
                if gelezen.codes > 0 {
                    *uitkomst
                        .andere_bronnen
                        .entry(gelezen.naam.clone())
                        .or_default()
                        .entry("(de hele tekst)".into())
                        .or_default() += gelezen.codes;
                }
            }
            continue;
        };
        let gecodeerd = gelezen.codes > 0 || gelezen.selecties.iter().any(|s| !s.codes.is_empty());
        if gecodeerd && !hoort_bij(tekst, bron) {
            return Err(format!(
                "de interviews in dit project komen niet overeen met die van traject '{}' (de bron '{}' {}); visieleer voegt er geen tags uit toe. Exporteer het traject opnieuw met 'visieleer qdpx {}' en codeer in dat project",
                t.slug,
                gelezen.naam.trim(),
                if tekst.is_none() {
                    "heeft geen tekst"
                } else {
                    "heeft een andere tekst"
                },
                t.slug
            ));
        }
        let tekst = tekst.unwrap_or(&bron.tekst);
        let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
        let regeleinden = Regeleinden::van(tekst);
        // The quotes are found in the text with `\n` line ends; every selection's positions
        // are mapped onto it, counted the way its program counted them.
        let zonder_cr = if regeleinden.cr.is_empty() {
            std::borrow::Cow::Borrowed(tekst)
        } else {
            std::borrow::Cow::Owned(tekst.replace("\r\n", "\n"))
        };
        let tekens = Tekens::van(&zonder_cr);
        let plaatsen = plaatsen(bron, &zonder_cr);
        uitkomst.niet_gevonden += plaatsen.iter().filter(|p| p.is_none()).count();
        if gelezen.codes > 0 {
            *uitkomst
                .buiten_citaten
                .entry(gelezen.naam.clone())
                .or_default()
                .entry("(de hele tekst)".into())
                .or_default() += gelezen.codes;
        }
        // The found quotes by place, for a binary search per selection.
        let mut gevonden: Vec<((usize, usize), &Selectie)> = plaatsen
            .iter()
            .zip(&bron.selecties)
            .filter_map(|(p, s)| p.map(|p| (p, s)))
            .collect();
        gevonden.sort_by_key(|(p, _)| *p);
        let mut verst = Vec::with_capacity(gevonden.len());
        let mut tot = 0;
        for ((_, e), _) in &gevonden {
            tot = tot.max(*e);
            verst.push(tot);
        }
        for selectie in &gelezen.selecties {
            let telling = if regeleinden.cr.is_empty() {
                Regeleinde::Twee
            } else {
                telling_volgens_woorden(selectie, &tekens, &regeleinden).unwrap_or(standaard)
            };
            let start = regeleinden.zonder_cr(selectie.start, telling);
            let eind = regeleinden.zonder_cr(selectie.eind, telling);
            // Quotes overlapping start..eind: from the first whose furthest end lies past start.
            let eerste = verst.partition_point(|&e| e <= start);
            let geraakt: Vec<&Selectie> = gevonden[eerste..]
                .iter()
                .take_while(|((a, _), _)| *a < eind)
                .filter(|((a, e), _)| start < *e && *a < eind)
                .map(|(_, s)| *s)
                .collect();
            if geraakt.is_empty() {
                tel_per_code(&mut uitkomst.buiten_citaten, &mut selectie.codes.iter());
                continue;
            }
            for code in &selectie.codes {
                let (tag, bekend) =
                    match als_cache.entry(code.as_str()).or_insert_with(|| als(code)) {
                        Als::Groep => continue,
                        Als::Ongeldig(naam) => {
                            *uitkomst.ongeldig.entry(naam.clone()).or_default() += 1;
                            continue;
                        }
                        Als::Tag(tag, bekend) => (tag.clone(), *bekend),
                    };
                for s in &geraakt {
                    if al_gezet.contains(&(s.id, tag.clone())) {
                        continue;
                    }
                    if !bekend {
                        if al_genoemd.insert((tag.clone(), s.id)) {
                            uitkomst.onbekend.entry(tag.clone()).or_default().push(s.id);
                        }
                        if !nieuwe_tags {
                            continue;
                        }
                    }
                    al_gezet.insert((s.id, tag.clone()));
                    uitkomst.nieuw.entry(s.id).or_default().push(tag.clone());
                }
            }
        }
    }
    Ok(uitkomst)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// visieleer reads back its own export of the largest traject (measured: 11 MB packed,
    /// 69 MB unpacked for 96 000 quotes), while a zip bomb of a thousand to one is refused.
    #[test]
    fn uitpakgrens_laat_de_eigen_export_door_en_geen_zip_bom() {
        const MB: u64 = 1024 * 1024;
        assert!(uitpakgrens(11 * MB) >= 70 * MB);
        assert_eq!(uitpakgrens(65 * 1024), 64 * MB);
        assert_eq!(uitpakgrens(500 * MB), 1024 * MB);
        assert!(uitpakgrens(MB) < 1000 * MB);
    }

    #[test]
    fn xml_ontsnapt_en_laat_verboden_tekens_weg() {
        assert_eq!(
            xml("a & <b> \"c\" 'd'"),
            "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(xml("x\u{1}y\nz"), "x\u{FFFD}y&#10;z");
        assert_eq!(
            xml("a\u{1b}[31m\u{7}\u{202e}\r\u{85}\u{FFFF}b"),
            "a\u{FFFD}[31m\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} b"
        );
    }

    fn bron() -> Bron {
        let tekst = "Kop\n\nCitaat 1.1 — wijkcoach\nécht 😀\nniet\n\nCitaat 1.2 — bewoner\nja\n"
            .to_string();
        let selectie = |nr, start, eind| Selectie {
            id: CitaatId { interview: 1, nr },
            start,
            eind,
            tags: Vec::new(),
            van: None,
        };
        Bron {
            guid: String::new(),
            naam: String::new(),
            slug: "t".into(),
            interview: 1,
            tekst,
            selecties: vec![selectie(1, 28, 39), selectie(2, 62, 64)],
        }
    }

    #[test]
    fn vindt_citaten_terug_in_een_veranderde_tekst() {
        let b = bron();
        let woorden =
            |(a, e): (usize, usize)| -> String { b.tekst.chars().skip(a).take(e - a).collect() };
        assert_eq!(woorden((28, 39)), "écht 😀\nniet");
        assert_eq!(woorden((62, 64)), "ja");
        assert_eq!(plaatsen(&b, &b.tekst), [Some((28, 39)), Some((62, 64))]);
        // A byte-order mark or a line more at the top shifts every place.
        let langer = format!("Extra regel\n{}", b.tekst);
        assert_eq!(plaatsen(&b, &langer), [Some((40, 51)), Some((74, 76))]);
        // Words that are gone are not guessed.
        let anders = b.tekst.replace("ja", "nee");
        assert_eq!(plaatsen(&b, &anders), [Some((28, 39)), None]);
    }

    #[test]
    fn leest_tekst_met_entiteiten_en_codes_op_elke_diepte() {
        let qde = r#"<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
<CodeBook><Codes><Code guid="{aaaaaaaa-0000-0000-0000-000000000000}" name="groep" isCodable="false">
<Code guid="bbbbbbbb-0000-0000-0000-000000000000" name="Rust-en-regie" isCodable="true"/></Code></Codes></CodeBook>
<Sources><TextSource guid="cccccccc-0000-0000-0000-000000000000" name="s">
<PlainTextContent>a &amp; b&#233;<![CDATA[<c>]]></PlainTextContent>
<PlainTextSelection guid="dddddddd-0000-0000-0000-000000000000" startPosition="9" endPosition="2">
<Coding guid="eeeeeeee-0000-0000-0000-000000000000"><CodeRef targetGUID="bbbbbbbb-0000-0000-0000-000000000000"/></Coding>
</PlainTextSelection></TextSource></Sources></Project>"#;
        let p = lees_qde(qde).unwrap();
        assert_eq!(p.codes.len(), 2);
        assert!(!p.codes["AAAAAAAA-0000-0000-0000-000000000000"].codeerbaar);
        let b = &p.bronnen[0];
        assert_eq!(b.inhoud.as_deref(), Some("a & bé<c>"));
        assert_eq!((b.selecties[0].start, b.selecties[0].eind), (2, 9));
        assert_eq!(
            b.selecties[0].codes,
            ["BBBBBBBB-0000-0000-0000-000000000000"]
        );
        assert!(lees_qde("<!DOCTYPE x [<!ENTITY a \"b\">]><Project/>").is_err());
        assert!(lees_qde("<Project><Sources>").is_err());
    }
}

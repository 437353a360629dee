//! The moderators' notes of a duo-interview, written in markdown.
//!
//! Why one long file: it is the one grammar of the notes file (front matter, quotes, speakers,
//! tags, private notes and the warnings about them); splitting the grammar would scatter rules
//! that decide together what a line means.
//!
//! A notes file starts with YAML front matter (the interview: `datum`, `duo`, `toestemming`,
//! optional `moderator` and `gemeente`, and `interview` with the number of a planned interview
//! it holds the notes of, as `notities --sjabloon` writes it); every blockquote that is not inside another blockquote is a quote.
//! The body is parsed with pulldown-cmark, because a line-based reader gets code blocks, lists
//! and lazy continuation lines wrong. Front matter is recognised only at the very top of the
//! file, by hand: pulldown-cmark's metadata option would also accept `---` blocks further down
//! and swallow the text in between.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_yaml::Value;

use crate::bestand::Ligging;
use crate::luisteren::codeboek::Codeboek;
use crate::model::datum::Datum;
use crate::model::interview::{Deelnemer, Toestemming};

/// Longest text accepted for one quote.
const MAX_TEKST: usize = crate::model::teken::MAX_TEKST;

/// One problem in a notes file, with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Probleem {
    pub regel: usize,
    pub tekst: String,
}

/// A quote as found in the notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuwCitaat {
    /// The line where its blockquote starts.
    pub regel: usize,
    pub tekst: String,
    /// The role of the speaker, spelled as in the duo.
    pub van: Option<String>,
    pub tags: Vec<String>,
}

/// A notes file that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notities {
    /// The number of the planned interview these are the notes of (`interview:`), if any.
    pub interview: Option<u32>,
    pub datum: Datum,
    pub moderator: Option<String>,
    /// The gemeente of a regional traject the interview was held in, as the file spells it
    /// (checked against the traject on import).
    pub gemeente: Option<String>,
    pub toestemming: Toestemming,
    pub duo: Vec<Deelnemer>,
    /// Everything outside the quotes: the moderator's free notes.
    pub aantekeningen: Option<String>,
    pub citaten: Vec<NieuwCitaat>,
    /// Paragraphs outside the quotes that look like a quote without `>` (see
    /// [`lijkt_citaat`]): they stay the moderator's own notes, but the user is told.
    pub zonder_pijl: Vec<Probleem>,
}

/// Reads a notes file; refuses it with every problem found (sorted by line).
pub fn lees(tekst: &str, codeboek: &Codeboek) -> Result<Notities, Vec<Probleem>> {
    let mut problemen = Vec::new();
    let begin = if tekst.starts_with('\u{feff}') { 3 } else { 0 };
    let (kop, romp_begin) = match front_matter(tekst, begin) {
        Ok((yaml, romp_begin)) => (Some(yaml), romp_begin),
        Err(p) => {
            problemen.push(p);
            (None, begin)
        }
    };
    let mut rollen = Vec::new();
    let kop = kop.and_then(|yaml| lees_kop(yaml, 2, &mut rollen, &mut problemen));
    let romp = &tekst[romp_begin..];
    // The line of a byte offset, by binary search over where the lines start: counting the
    // line breaks before every quote again would cost the square of the file.
    let regelbreuken: Vec<usize> = tekst
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let regel_van = |offset: usize| regelbreuken.partition_point(|&i| i < romp_begin + offset) + 1;
    let (ruwe_citaten, bereiken, alineas) = citaten(romp);
    let mut gemeld = std::collections::BTreeSet::new();
    let zonder_pijl: Vec<Probleem> = alineas
        .iter()
        .filter(|b| lijkt_citaat(&romp[(*b).clone()]))
        .map(|b| regel_van(b.start))
        .filter(|r| gemeld.insert(*r))
        .map(|regel| Probleem {
            regel,
            tekst: "lijkt een citaat zonder >; zet '> ' voor de regel als het een citaat is, anders blijft het een eigen aantekening die in geen document komt".into(),
        })
        .collect();
    let mut nieuwe = Vec::new();
    for ruw in ruwe_citaten {
        if let Some(c) = verwerk(ruw, &regel_van, &rollen, codeboek, &mut problemen) {
            nieuwe.push(c);
        }
    }
    if !problemen.is_empty() {
        problemen.sort_by_key(|p| p.regel);
        return Err(problemen);
    }
    let Some(kop) = kop else {
        return Err(vec![Probleem {
            regel: 1,
            tekst: "de front matter is onvolledig".into(),
        }]);
    };
    Ok(Notities {
        interview: kop.interview,
        datum: kop.datum,
        moderator: kop.moderator,
        gemeente: kop.gemeente,
        toestemming: kop.toestemming,
        duo: kop.duo,
        aantekeningen: aantekeningen(romp, &bereiken),
        citaten: nieuwe,
        zonder_pijl,
    })
}

struct Kop {
    interview: Option<u32>,
    datum: Datum,
    moderator: Option<String>,
    gemeente: Option<String>,
    toestemming: Toestemming,
    duo: Vec<Deelnemer>,
}

/// Finds the front matter: `---` on the first line, YAML, `---` (or `...`). Returns the YAML
/// with the line it starts on, and where the body begins.
/// The YAML always starts on line 2.
fn front_matter(tekst: &str, begin: usize) -> Result<(&str, usize), Probleem> {
    let geen = || {
        Probleem {
        regel: 1,
        tekst: "het bestand begint niet met front matter; zet bovenaan een blok tussen twee '---'-regels met datum, duo en toestemming (zie 'visieleer notities --help')".into(),
    }
    };
    let rest = &tekst[begin..];
    let eerste_einde = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    if rest[..eerste_einde].trim_end() != "---" {
        return Err(geen());
    }
    let yaml_begin = begin + eerste_einde;
    let mut pos = yaml_begin;
    while pos < tekst.len() {
        let einde = tekst[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(tekst.len());
        let regel = tekst[pos..einde].trim_end();
        if regel == "---" || regel == "..." {
            return Ok((&tekst[yaml_begin..pos], einde));
        }
        pos = einde;
    }
    Err(Probleem {
        regel: 1,
        tekst: "de front matter wordt niet afgesloten; zet een regel '---' onder de velden".into(),
    })
}

/// The line (1-based, in the file) of the `n`-th front-matter line whose key is `sleutel`.
fn kopregel(ligging: &Ligging, eerste_regel: usize, pad: &str) -> usize {
    ligging
        .regel(pad)
        .map_or(eerste_regel - 1, |r| eerste_regel + r - 1)
}

fn als_tekst(waarde: &Value) -> Option<String> {
    match waarde {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads the front matter; `rollen` gets the duo's roles when both could be read, so quotes
/// can be checked against them even when another field is wrong.
fn lees_kop(
    yaml: &str,
    eerste_regel: usize,
    rollen: &mut Vec<String>,
    problemen: &mut Vec<Probleem>,
) -> Option<Kop> {
    let mut p = |regel: usize, tekst: String| problemen.push(Probleem { regel, tekst });
    // The same guards as a traject file: no references, no deep nesting, no invisible characters.
    let waarde: Value = match crate::bestand::lees_waarde(yaml, "de front matter") {
        Ok(w) => w,
        Err(fout) => {
            // "regel N, kolom K: …" counts from the front matter's first line.
            let (regel, uitleg) = match fout.split_once(": ") {
                Some((plek, rest)) if plek.starts_with("regel ") => (
                    plek.trim_start_matches("regel ")
                        .split(',')
                        .next()
                        .and_then(|n| n.trim().parse::<usize>().ok())
                        .map_or(1, |n| eerste_regel + n - 1),
                    rest.to_string(),
                ),
                _ => (1, fout),
            };
            let uitleg = uitleg.trim_end_matches('.');
            p(
                regel,
                match uitleg.strip_prefix("geen geldige YAML") {
                    Some(rest) => format!("de front matter is geen geldige YAML{rest}"),
                    None => uitleg.to_string(),
                },
            );
            return None;
        }
    };
    let Value::Mapping(velden) = waarde else {
        p(
            1,
            "de front matter moet velden bevatten (datum, duo, toestemming); zie 'visieleer notities --help'".into(),
        );
        return None;
    };
    let ligging = Ligging::van(yaml);
    let regel = |sleutel: &str| kopregel(&ligging, eerste_regel, sleutel);
    for sleutel in velden.keys() {
        let naam = als_tekst(sleutel).unwrap_or_else(|| "?".into());
        if ![
            "interview",
            "datum",
            "moderator",
            "gemeente",
            "toestemming",
            "duo",
        ]
        .contains(&naam.as_str())
        {
            p(
                regel(&naam),
                format!(
                    "onbekend veld '{naam}' in de front matter; gebruik datum, duo, toestemming, moderator, gemeente en interview"
                ),
            );
        }
    }
    let interview = match velden.get("interview") {
        None | Some(Value::Null) => Some(None),
        Some(w) => match als_tekst(w).and_then(|t| t.trim().parse::<u32>().ok()) {
            Some(nr) if nr > 0 => Some(Some(nr)),
            _ => {
                p(
                    regel("interview"),
                    "'interview' moet het nummer van een gepland duo-interview zijn, zoals 'interview: 3' ('visieleer interviews' toont de nummers); haal de regel weg voor een interview dat niet gepland was".into(),
                );
                None
            }
        },
    };
    let ontbreekt = |veld: &str, voorbeeld: &str| {
        format!(
            "het veld '{veld}' ontbreekt in de front matter; vul het aan, bijvoorbeeld '{voorbeeld}'"
        )
    };
    let datum = match velden.get("datum") {
        None => {
            p(1, ontbreekt("datum", "datum: 2024-03-12"));
            None
        }
        Some(Value::Null) => {
            p(
                regel("datum"),
                "'datum' is nog leeg; vul de dag van het interview in, zoals 'datum: 2024-03-12'"
                    .into(),
            );
            None
        }
        Some(w) => match als_tekst(w).as_deref().map(Datum::lees_invoer) {
            Some(Ok(d)) => Some(d),
            Some(Err(f)) => {
                p(regel("datum"), format!("'datum': {f}"));
                None
            }
            None => {
                p(
                    regel("datum"),
                    "'datum' moet een datum zijn, zoals 'datum: 2024-03-12'".into(),
                );
                None
            }
        },
    };
    let toestemming_waarde = velden.get("toestemming");
    if toestemming_waarde.is_none() {
        p(1, ontbreekt("toestemming", "toestemming: ja"));
    }
    let moderator = match velden.get("moderator") {
        None | Some(Value::Null) => Some(None),
        Some(w) => match als_tekst(w).map(|t| crate::model::teken::korte_naam("'moderator'", &t)) {
            Some(Ok(m)) => Some(Some(m)),
            Some(Err(f)) => {
                p(
                    regel("moderator"),
                    format!("{f:#}").trim_end_matches('.').into(),
                );
                None
            }
            None => {
                p(
                    regel("moderator"),
                    "'moderator' moet een naam zijn, zoals 'moderator: A. Jansen'".into(),
                );
                None
            }
        },
    };
    let gemeente = match velden.get("gemeente") {
        None | Some(Value::Null) => Some(None),
        Some(w) => match als_tekst(w).map(|t| crate::model::teken::korte_naam("'gemeente'", &t)) {
            Some(Ok(g)) => Some(Some(g)),
            Some(Err(f)) => {
                p(
                    regel("gemeente"),
                    format!("{f:#}").trim_end_matches('.').into(),
                );
                None
            }
            None => {
                p(
                    regel("gemeente"),
                    "'gemeente' moet de naam van een gemeente zijn, zoals 'gemeente: Enkhuizen'"
                        .into(),
                );
                None
            }
        },
    };
    let duo = lees_duo(&ligging, eerste_regel, velden.get("duo"), rollen, &mut p);
    if let Some(Value::Null) = toestemming_waarde {
        p(
            regel("toestemming"),
            format!(
                "'toestemming' is nog leeg; vul in wat de deelnemers toestonden: {}, of per rol 'rol: gebruiken' onder 'toestemming:'",
                crate::model::toestemming::UITLEG
            ),
        );
    }
    let toestemming = toestemming_waarde.filter(|w| !w.is_null()).and_then(|w| {
        let fout = |f: String| {
            format!(
                "'toestemming' moet {}, of per rol 'rol: gebruiken' onder 'toestemming:' zijn: {}",
                crate::model::toestemming::UITLEG,
                f.trim_end_matches('.')
            )
        };
        let uitkomst = match w {
            Value::Mapping(per_rol) => per_rol
                .iter()
                .map(|(rol, g)| {
                    let rol =
                        als_tekst(rol).ok_or_else(|| "een rol moet tekst zijn".to_string())?;
                    let g = als_tekst(g)
                        .ok_or_else(|| format!("de toestemming van '{rol}' moet tekst zijn"))?
                        .parse::<crate::model::toestemming::Gebruiken>()?;
                    Ok((rol, g))
                })
                .collect::<Result<Vec<_>, String>>()
                .and_then(|paren| {
                    let rollen: Vec<&str> = duo
                        .as_ref()
                        .map(|d| d.iter().map(|d| d.rol.as_str()).collect())
                        .unwrap_or_default();
                    if rollen.is_empty() {
                        // The duo has its own problem; that one is reported.
                        return Err(String::new());
                    }
                    Toestemming::per_rol(paren, &rollen)
                }),
            w => als_tekst(w)
                .ok_or_else(|| "geen tekst".to_string())
                .and_then(|t| t.parse::<Toestemming>()),
        };
        match uitkomst {
            Ok(t) => Some(t),
            Err(f) if f.is_empty() => None,
            Err(f) => {
                p(regel("toestemming"), fout(f));
                None
            }
        }
    });
    Some(Kop {
        interview: interview?,
        datum: datum?,
        moderator: moderator?,
        gemeente: gemeente?,
        toestemming: toestemming?,
        duo: duo?,
    })
}

fn lees_duo(
    ligging: &Ligging,
    eerste_regel: usize,
    waarde: Option<&Value>,
    rollen: &mut Vec<String>,
    p: &mut impl FnMut(usize, String),
) -> Option<Vec<Deelnemer>> {
    let voorbeeld = "duo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: …";
    let Some(waarde) = waarde else {
        p(
            1,
            format!(
                "het veld 'duo' ontbreekt in de front matter; noem de twee deelnemers met rol en perspectief ({})",
                voorbeeld.replace('\n', " ")
            ),
        );
        return None;
    };
    let duoregel = kopregel(ligging, eerste_regel, "duo");
    let Value::Sequence(leden) = waarde else {
        p(
            duoregel,
            "'duo' moet een lijst van twee deelnemers zijn, elk met '- rol:' en 'perspectief:'"
                .into(),
        );
        return None;
    };
    if leden.len() != 2 {
        p(
            duoregel,
            format!(
                "een duo-interview heeft precies twee deelnemers; 'duo' noemt er {}",
                leden.len()
            ),
        );
    }
    let mut duo = Vec::new();
    let mut goed = leden.len() == 2;
    for (n, lid) in leden.iter().enumerate() {
        let lidregel = kopregel(ligging, eerste_regel, &format!("duo[{n}].rol")).max(duoregel);
        let Value::Mapping(velden) = lid else {
            p(
                lidregel,
                format!(
                    "deelnemer {} van 'duo' moet 'rol' en 'perspectief' hebben",
                    n + 1
                ),
            );
            goed = false;
            continue;
        };
        for sleutel in velden.keys() {
            let naam = als_tekst(sleutel).unwrap_or_else(|| "?".into());
            if naam != "rol" && naam != "perspectief" {
                p(
                    lidregel,
                    format!(
                        "onbekend veld '{naam}' bij deelnemer {} van 'duo'; alleen 'rol' en 'perspectief' (nooit een naam)",
                        n + 1
                    ),
                );
                goed = false;
            }
        }
        let rol = match velden.get("rol").and_then(als_tekst) {
            None => {
                p(
                    lidregel,
                    format!("deelnemer {} van 'duo' heeft geen 'rol'", n + 1),
                );
                None
            }
            Some(r) => match crate::model::teken::korte_naam("de rol", &r) {
                Ok(r) => match crate::privacy::rol_lijkt_naam(&r) {
                    // A name where the role belongs would be printed beside every quote.
                    Some(fout) => {
                        p(lidregel, fout);
                        None
                    }
                    None => Some(r),
                },
                Err(f) => {
                    p(lidregel, format!("{f:#}").trim_end_matches('.').into());
                    None
                }
            },
        };
        let perspectiefregel =
            kopregel(ligging, eerste_regel, &format!("duo[{n}].perspectief")).max(lidregel);
        let perspectief = match velden.get("perspectief").and_then(als_tekst) {
            None => {
                p(
                    lidregel,
                    format!(
                        "deelnemer {} van 'duo' heeft geen 'perspectief'; kies uit {}",
                        n + 1,
                        crate::model::interview::Perspectief::opsomming()
                    ),
                );
                None
            }
            Some(t) => match t.parse() {
                Ok(p) => Some(p),
                Err(f) => {
                    p(perspectiefregel, f);
                    None
                }
            },
        };
        if let Some(rol) = &rol {
            rollen.push(rol.clone());
        }
        match (rol, perspectief) {
            (Some(rol), Some(perspectief)) => duo.push(Deelnemer { rol, perspectief }),
            _ => goed = false,
        }
    }
    if goed && duo[0].rol.to_lowercase() == duo[1].rol.to_lowercase() {
        p(
            duoregel,
            format!(
                "beide deelnemers heten '{}'; geef ze verschillende rollen (bijv. '{0} 1' en '{0} 2') zodat citaten toe te wijzen zijn",
                duo[0].rol
            ),
        );
        goed = false;
    }
    goed.then_some(duo)
}

/// A quote as collected from the events: paragraphs of lines, each line with the offset (in the
/// body) of its first text.
struct Ruw {
    begin: usize,
    alineas: Vec<Vec<(String, usize)>>,
}

/// The lines of the blockquote being read. A line is the moderator's own text: the source
/// between its first and last inline event, so markup (`*`, `_`, `<naam>`, links) stays as
/// typed; only the `>` markers and the indentation of the block around it go.
#[derive(Default)]
struct Regels {
    klaar: Vec<(String, usize)>,
    /// The source range of the line being read.
    stuk: Option<Range<usize>>,
    /// Where the next line starts when that is before its first text: a list marker.
    voorloop: Option<usize>,
}

impl Regels {
    fn begin(&mut self, plek: usize) -> &mut Range<usize> {
        let voorloop = self.voorloop.take();
        self.stuk.get_or_insert_with(|| {
            let begin = voorloop.unwrap_or(plek).min(plek);
            begin..plek
        })
    }

    fn tot(&mut self, bereik: &Range<usize>) {
        let stuk = self.begin(bereik.start);
        stuk.end = stuk.end.max(bereik.end);
    }

    fn sluit_regel(&mut self, romp: &str) {
        if let Some(stuk) = self.stuk.take() {
            // A code span or tag may run over a line break; its next lines carry the markers
            // of the block around it, which are not text.
            let tekst = romp[stuk.start..stuk.end]
                .split('\n')
                .enumerate()
                .map(|(i, deel)| {
                    if i == 0 {
                        deel.trim()
                    } else {
                        deel.trim_start().trim_start_matches('>').trim()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            self.klaar.push((tekst, stuk.start));
        }
    }

    /// Text taken as it is (a code block, an HTML block): one line per line.
    fn letterlijk(&mut self, tekst: &str, plek: usize) {
        for deel in tekst.split('\n') {
            if !deel.trim().is_empty() {
                self.klaar.push((deel.to_string(), plek));
            }
        }
    }
}

/// Collects every top-level blockquote of the body, with the byte ranges they cover, and the
/// ranges of the paragraphs and list items outside them (the moderator's own notes).
type Gevonden = (Vec<Ruw>, Vec<Range<usize>>, Vec<Range<usize>>);

fn citaten(romp: &str) -> Gevonden {
    let mut ruwe = Vec::new();
    let mut bereiken = Vec::new();
    let mut alineas = Vec::new();
    let mut diepte = 0usize;
    let mut huidig: Option<Ruw> = None;
    let mut regels = Regels::default();
    let mut letterlijk = false;
    fn sluit(romp: &str, regels: &mut Regels, ruw: &mut Option<Ruw>) {
        regels.sluit_regel(romp);
        regels.voorloop = None;
        let alinea: Vec<(String, usize)> = std::mem::take(&mut regels.klaar)
            .into_iter()
            .map(|(r, o)| (r.trim().to_string(), o))
            .filter(|(r, _)| !r.is_empty())
            .collect();
        if let Some(ruw) = ruw
            && !alinea.is_empty()
        {
            ruw.alineas.push(alinea);
        }
    }
    for (event, bereik) in Parser::new_ext(romp, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::BlockQuote(_)) => {
                if diepte == 0 {
                    huidig = Some(Ruw {
                        begin: bereik.start,
                        alineas: Vec::new(),
                    });
                    bereiken.push(bereik);
                } else {
                    sluit(romp, &mut regels, &mut huidig);
                }
                diepte += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                sluit(romp, &mut regels, &mut huidig);
                diepte = diepte.saturating_sub(1);
                if diepte == 0
                    && let Some(ruw) = huidig.take()
                {
                    ruwe.push(ruw);
                }
            }
            Event::Start(Tag::Paragraph) if diepte == 0 => alineas.push(bereik),
            // An item's own first line; what is nested in it comes as its own events.
            Event::Start(Tag::Item) if diepte == 0 => {
                let regel = romp[bereik.clone()].find('\n').unwrap_or(bereik.len());
                alineas.push(bereik.start..bereik.start + regel);
            }
            _ if diepte == 0 => {}
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                sluit(romp, &mut regels, &mut huidig);
                letterlijk = true;
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                sluit(romp, &mut regels, &mut huidig);
                letterlijk = false;
            }
            Event::Text(t) | Event::Html(t) if letterlijk => regels.letterlijk(&t, bereik.start),
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::Html(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_) => regels.tot(&bereik),
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. },
            ) => {
                regels.begin(bereik.start);
            }
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image,
            ) => {
                if let Some(stuk) = regels.stuk.as_mut() {
                    stuk.end = stuk.end.max(bereik.end);
                }
            }
            Event::SoftBreak | Event::HardBreak => regels.sluit_regel(romp),
            Event::Start(Tag::Item) => {
                sluit(romp, &mut regels, &mut huidig);
                // The marker (`-`, `1.`) is part of what the moderator wrote.
                regels.voorloop = Some(bereik.start);
            }
            Event::Start(Tag::Heading { .. }) => {
                sluit(romp, &mut regels, &mut huidig);
                // So is a heading's `#` in a quote (`> # Eerst dit`): text, not structure.
                regels.voorloop = Some(bereik.start);
            }
            Event::Start(Tag::List(_))
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                sluit(romp, &mut regels, &mut huidig)
            }
            _ => {}
        }
    }
    (ruwe, bereiken, alineas)
}

/// Whether a paragraph of the moderator's own notes looks like a quote that lost its `>`: a
/// speaker label followed by quoted words (`Wijkcoach: "…"`, `**Wethouder:** „…”`), or words
/// in quotation marks (`"We lopen steeds vast."`, also with `— wijkcoach` after it).
fn lijkt_citaat(alinea: &str) -> bool {
    let tekst = alinea.split_whitespace().collect::<Vec<_>>().join(" ");
    let tekst = ["- ", "* ", "+ "]
        .iter()
        .find_map(|m| tekst.strip_prefix(m))
        .unwrap_or(&tekst);
    let tekst = match tekst.split_once(". ") {
        Some((nr, rest)) if !nr.is_empty() && nr.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => tekst,
    };
    const OPEN: [char; 6] = ['"', '„', '“', '‘', '«', '\''];
    const DICHT: [char; 6] = ['"', '”', '“', '’', '»', '\''];
    if let Some((label, rest)) = tekst.split_once(':') {
        let label = label.trim_matches(['*', '_']).trim();
        let rest = rest.trim_start_matches(['*', '_']).trim();
        let is_label = !label.is_empty()
            && label.split(' ').count() <= 4
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
        // Quoted words: an opening mark, and a closing one further on ('s ochtends is none).
        let aangehaald = rest.starts_with(OPEN)
            && rest.char_indices().skip(1).any(|(_, c)| DICHT.contains(&c))
            && rest.split(' ').count() >= 2;
        if is_label && aangehaald {
            return true;
        }
    }
    // An attribution after the closing mark is no part of the quoted words.
    let zonder_toeschrijving = ["— ", "– ", "-- "]
        .iter()
        .find_map(|s| tekst.rsplit_once(&format!(" {s}")).map(|(voor, _)| voor))
        .unwrap_or(tekst)
        .trim();
    let binnen = zonder_aanhalingstekens(zonder_toeschrijving);
    binnen != zonder_toeschrijving && binnen.split(' ').count() >= 2
}

/// A tag with a space at the end of a line (`#lokaal regionaal`: a tag and one or two plain
/// words after it): the words from the `#` on, and the text before them. A tag is one word;
/// the words after it would otherwise be read as text, or as the role of an attribution.
fn tag_met_spatie(regel: &str) -> Option<(&str, &str)> {
    // Each word with where it starts in the line.
    let mut woorden: Vec<(usize, &str)> = Vec::new();
    let mut begin = None;
    for (i, c) in regel.char_indices().chain([(regel.len(), ' ')]) {
        match (c.is_whitespace(), begin) {
            (true, Some(b)) => {
                woorden.push((b, &regel[b..i]));
                begin = None;
            }
            (false, None) => begin = Some(i),
            _ => {}
        }
    }
    let (i, &(begin, _)) = woorden
        .iter()
        .enumerate()
        .rev()
        .take(3)
        .find(|(_, (_, w))| is_hashtag(w))?;
    let na = &woorden[i + 1..];
    let gewoon = |w: &str| w.chars().all(|c| c.is_alphanumeric() || c == '-');
    (!na.is_empty() && na.iter().all(|(_, w)| gewoon(w)))
        .then(|| (regel[begin..].trim_end(), regel[..begin].trim_end()))
}

/// Whether a word is a hashtag: `#` followed by a letter.
fn is_hashtag(woord: &str) -> bool {
    woord
        .strip_prefix('#')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// Splits the hashtags off the end of a line: the rest, and the tags in their order.
fn hashtags_van(regel: &str) -> (&str, Vec<&str>) {
    let mut rest = regel.trim_end();
    let mut tags = Vec::new();
    loop {
        let (voor, woord) = match rest.rsplit_once(char::is_whitespace) {
            Some((voor, woord)) => (voor, woord),
            None => ("", rest),
        };
        if woord.is_empty() || !is_hashtag(woord) {
            break;
        }
        tags.push(woord);
        rest = voor.trim_end();
    }
    tags.reverse();
    (rest, tags)
}

/// The role named by an attribution line (`— wijkcoach`, `– wijkcoach`, `-- wijkcoach`).
fn toeschrijving(regel: &str) -> Option<&str> {
    let regel = regel.trim_start();
    regel
        .strip_prefix('—')
        .or_else(|| regel.strip_prefix('–'))
        .or_else(|| regel.strip_prefix("--"))
        .map(str::trim)
}

/// The role of the duo this text names (any case), as the duo spells it.
fn rol_in<'a>(tekst: &str, rollen: &'a [String]) -> Option<&'a String> {
    let tekst = tekst.trim().to_lowercase();
    rollen.iter().find(|r| r.trim().to_lowercase() == tekst)
}

const STREEPJES: [char; 3] = ['—', '–', '-'];

/// An attribution after a dash at the end of a line (`… – wethouder`, `- wethouder`): the text
/// before it and the role. Only a role of the duo counts; any other dash is text.
fn toeschrijving_achteraan<'a>(regel: &str, rollen: &'a [String]) -> Option<(String, &'a String)> {
    let mut vorige: Option<char> = None;
    for (i, teken) in regel.char_indices() {
        let na_spatie = vorige.is_none_or(char::is_whitespace);
        vorige = Some(teken);
        if !STREEPJES.contains(&teken) || !na_spatie {
            continue;
        }
        let rest = regel[i..].trim_start_matches(STREEPJES);
        if let Some(rol) = rol_in(rest, rollen) {
            return Some((regel[..i].trim_end().to_string(), rol));
        }
    }
    None
}

/// A speaker label at the start of a line (`**Wethouder:**`, `**Wethouder**:`, `Wethouder:`):
/// the role and the text after the label. Only a role of the duo counts.
fn sprekerlabel<'a>(regel: &str, rollen: &'a [String]) -> Option<(&'a String, String)> {
    for teken in ["**", "__", "*", "_", ""] {
        let Some(na) = regel.strip_prefix(teken) else {
            continue;
        };
        for rol in rollen {
            let lengte = rol.trim().len();
            let Some(naam) = na.get(..lengte) else {
                continue;
            };
            if naam.to_lowercase() != rol.trim().to_lowercase() {
                continue;
            }
            let rest = &na[lengte..];
            let rest = rest
                .strip_prefix(':')
                .and_then(|r| r.strip_prefix(teken))
                .or_else(|| rest.strip_prefix(teken).and_then(|r| r.strip_prefix(':')));
            if let Some(rest) = rest
                && rest.chars().next().is_none_or(char::is_whitespace)
            {
                return Some((rol, rest.trim().to_string()));
            }
        }
    }
    None
}

/// Quotation marks around the whole text (`„…”`, `"…"`, `‘…’`, `“…”`) are not part of it.
fn zonder_aanhalingstekens(tekst: &str) -> &str {
    const PAREN: [(char, char); 6] = [
        ('„', '”'),
        ('„', '“'),
        ('“', '”'),
        ('‘', '’'),
        ('"', '"'),
        ('«', '»'),
    ];
    for (open, dicht) in PAREN {
        let Some(binnen) = tekst.strip_prefix(open).and_then(|r| r.strip_suffix(dicht)) else {
            continue;
        };
        // `’` is also the apostrophe (`z’n`); the other closing marks may not occur inside.
        let los = !binnen.contains(open) && (dicht == '’' || !binnen.contains(dicht));
        if los && !binnen.trim().is_empty() {
            return binnen.trim();
        }
    }
    tekst
}

fn laatste_regel(ruw: &Ruw) -> Option<(String, usize)> {
    ruw.alineas.last().and_then(|a| a.last()).cloned()
}

fn haal_laatste_regel_weg(ruw: &mut Ruw) {
    if let Some(alinea) = ruw.alineas.last_mut() {
        alinea.pop();
        if alinea.is_empty() {
            ruw.alineas.pop();
        }
    }
}

fn vervang_laatste_regel(ruw: &mut Ruw, tekst: String) {
    if tekst.is_empty() {
        haal_laatste_regel_weg(ruw);
    } else if let Some(r) = ruw.alineas.last_mut().and_then(|a| a.last_mut()) {
        r.0 = tekst;
    }
}

/// What a quote's lines told about it besides its text.
struct Gelezen<'a> {
    regel_van: &'a dyn Fn(usize) -> usize,
    codeboek: &'a Codeboek,
    tags: Vec<String>,
    problemen: &'a mut Vec<Probleem>,
    fout: bool,
}

impl Gelezen<'_> {
    /// Takes the hashtags off the end of every line of the last paragraph; a line of only
    /// tags goes.
    fn tags_van_de_laatste_alinea(&mut self, ruw: &mut Ruw) {
        let Some(alinea) = ruw.alineas.last_mut() else {
            return;
        };
        for (regel, offset) in alinea.iter_mut() {
            let (mut rest, mut gevonden) = hashtags_van(regel);
            // A tag with a space before the tags (or alone): reported as a tag, never read as
            // text or as the role of an attribution.
            if let Some((tag, voor)) = tag_met_spatie(rest) {
                self.fout = true;
                self.problemen.push(Probleem {
                    regel: (self.regel_van)(*offset),
                    tekst: format!(
                        "'{tag}' is een tag met een spatie; een tag is één woord: schrijf '{}' of elk woord als eigen tag",
                        tag.split_whitespace().collect::<Vec<_>>().join("-")
                    ),
                });
                let (ervoor, eerder) = hashtags_van(voor);
                rest = ervoor;
                gevonden.splice(0..0, eerder);
            }
            let rest = rest.to_string();
            for tag in gevonden {
                match self.codeboek.controleer(tag) {
                    Ok(t) if !self.tags.contains(&t) => self.tags.push(t),
                    Ok(_) => {}
                    Err(f) => {
                        self.fout = true;
                        self.problemen.push(Probleem {
                            regel: (self.regel_van)(*offset),
                            tekst: f.trim_end_matches('.').to_string(),
                        });
                    }
                }
            }
            *regel = rest;
        }
        alinea.retain(|(r, _)| !r.is_empty());
        if alinea.is_empty() {
            ruw.alineas.pop();
        }
    }

    fn probleem(&mut self, offset: usize, tekst: String) {
        self.fout = true;
        self.problemen.push(Probleem {
            regel: (self.regel_van)(offset),
            tekst,
        });
    }
}

/// Turns a collected blockquote into a quote: the tags and the attribution off its last lines,
/// a speaker label off its first, quotation marks around it; checked against the codebook and
/// the duo. Problems go to `problemen`.
fn verwerk(
    mut ruw: Ruw,
    regel_van: &impl Fn(usize) -> usize,
    rollen: &[String],
    codeboek: &Codeboek,
    problemen: &mut Vec<Probleem>,
) -> Option<NieuwCitaat> {
    let begin = regel_van(ruw.begin);
    let mut g = Gelezen {
        regel_van,
        codeboek,
        tags: Vec::new(),
        problemen,
        fout: false,
    };
    // 1. Hashtags at the end of the lines of the last paragraph are the tags.
    g.tags_van_de_laatste_alinea(&mut ruw);
    // 2. Then the last line may be the attribution: the role of the speaker, not quote text.
    let mut achteraan: Option<(String, usize)> = None;
    if let Some((regel, offset)) = laatste_regel(&ruw) {
        if let Some(rol) = toeschrijving(&regel) {
            if rol.is_empty() {
                g.probleem(
                    offset,
                    "de toeschrijving noemt geen rol; schrijf bijvoorbeeld '— wijkcoach'".into(),
                );
            } else if let [een, twee] = rollen {
                match rol_in(rol, rollen) {
                    Some(r) => achteraan = Some((r.clone(), offset)),
                    None => g.probleem(
                        offset,
                        format!(
                            "'{rol}' zat niet in dit duo; schrijf '{een}' of '{twee}' achter het streepje"
                        ),
                    ),
                }
            }
            haal_laatste_regel_weg(&mut ruw);
        } else if let Some((voor, rol)) = toeschrijving_achteraan(&regel, rollen) {
            achteraan = Some((rol.clone(), offset));
            vervang_laatste_regel(&mut ruw, voor);
        }
    }
    // 3. Tags may also stand before the attribution.
    g.tags_van_de_laatste_alinea(&mut ruw);
    // 4. A speaker label may open the quote.
    let mut vooraan: Option<(String, usize)> = None;
    if let Some((regel, offset)) = ruw.alineas.first().and_then(|a| a.first()).cloned()
        && let Some((rol, rest)) = sprekerlabel(&regel, rollen)
    {
        vooraan = Some((rol.clone(), offset));
        if let Some(alinea) = ruw.alineas.first_mut() {
            if rest.is_empty() {
                alinea.remove(0);
            } else {
                alinea[0].0 = rest;
            }
            if alinea.is_empty() {
                ruw.alineas.remove(0);
            }
        }
    }
    let van = match (vooraan, achteraan) {
        (Some((a, _)), Some((b, offset))) if a != b => {
            g.probleem(
                offset,
                format!(
                    "dit citaat noemt twee sprekers ('{a}' vooraan, '{b}' achteraan); een citaat is van één persoon, houd één rol over of splits het citaat"
                ),
            );
            None
        }
        (Some((rol, _)), _) | (None, Some((rol, _))) => Some(rol),
        (None, None) => None,
    };
    // 5. A label further on starts the words of someone else.
    let tweede: Option<(String, usize)> =
        ruw.alineas.iter().flatten().find_map(|(regel, offset)| {
            sprekerlabel(regel, rollen)
                .filter(|(rol, _)| Some(*rol) != van.as_ref())
                .map(|(rol, _)| (rol.clone(), *offset))
        });
    if let Some((rol, offset)) = tweede {
        g.probleem(
            offset,
            format!(
                "hier begint '{rol}' te praten, midden in een citaat{}; zet de woorden van elke spreker in een eigen '>'-blok",
                van.as_ref()
                    .map(|v| format!(" van '{v}'"))
                    .unwrap_or_default()
            ),
        );
    }
    let Gelezen { tags, fout, .. } = g;
    let tekst = ruw
        .alineas
        .iter()
        .map(|a| {
            a.iter()
                .map(|(r, _)| r.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    let tekst = zonder_aanhalingstekens(&tekst).to_string();
    if tekst.is_empty() {
        problemen.push(Probleem {
            regel: begin,
            tekst: "dit citaat heeft geen tekst; schrijf de uitspraak achter '>' of haal het '>'-blok weg".into(),
        });
        return None;
    }
    if tekst.chars().count() > MAX_TEKST {
        problemen.push(Probleem {
            regel: begin,
            tekst: format!(
                "dit citaat is te lang ({} tekens, hoogstens {MAX_TEKST}); kort het in of verdeel het",
                tekst.chars().count()
            ),
        });
        return None;
    }
    if tekst
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        problemen.push(Probleem {
            regel: begin,
            tekst:
                "dit citaat bevat een onzichtbaar stuurteken; typ de tekst opnieuw zonder dat teken"
                    .into(),
        });
        return None;
    }
    if fout {
        return None;
    }
    Some(NieuwCitaat {
        regel: begin,
        tekst,
        van,
        tags,
    })
}

/// The body without its quotes: the moderator's free notes.
fn aantekeningen(romp: &str, bereiken: &[Range<usize>]) -> Option<String> {
    let mut rest = String::new();
    let mut pos = 0;
    for b in bereiken {
        rest.push_str(&romp[pos..b.start]);
        pos = b.end;
    }
    rest.push_str(&romp[pos..]);
    let mut regels: Vec<&str> = Vec::new();
    for regel in rest.lines() {
        let regel = regel.trim_end();
        let kaal = regel.trim();
        let alleen_opsommingsteken = matches!(kaal, "-" | "*" | "+")
            || kaal
                .strip_suffix(['.', ')'])
                .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()));
        if alleen_opsommingsteken {
            continue;
        }
        if regel.is_empty() && regels.last().is_none_or(|r| r.is_empty()) {
            continue;
        }
        regels.push(regel);
    }
    while regels.last().is_some_and(|r| r.is_empty()) {
        regels.pop();
    }
    (!regels.is_empty()).then(|| regels.join("\n"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn herkent_een_citaat_zonder_pijl() {
        for citaat in [
            "Wijkcoach: \"Niemand weet waar het loket is.\"",
            "**Wethouder:** „We hebben het geld wel.”",
            "- Bewoner: ‘Ik bel gewoon de wethouder.’",
            "\"We lopen steeds tegen dezelfde muur aan.\"",
            "“We lopen steeds vast.” — wijkcoach",
            "\"Twee regels,\nmaar één citaat.\"",
        ] {
            assert!(super::lijkt_citaat(citaat), "{citaat}");
        }
        for notitie in [
            "Vervolgafspraak: de moderatoren bespreken de thema's op 19 maart.",
            "Sfeer: 's ochtends is het druk in het wijkcentrum.",
            "Het woord \"eenvoud\" kwam vaak terug.",
            "Thema: \"eenvoud\"",
            "\"Eenvoud\"",
            "Gesprek in het wijkcentrum, ruim een uur.",
        ] {
            assert!(!super::lijkt_citaat(notitie), "{notitie}");
        }
    }

    #[test]
    fn vindt_een_tag_met_een_spatie() {
        assert_eq!(
            super::tag_met_spatie("— wijkcoach #lokaal regionaal"),
            Some(("#lokaal regionaal", "— wijkcoach"))
        );
        assert_eq!(
            super::tag_met_spatie("#lokaal regionaal"),
            Some(("#lokaal regionaal", ""))
        );
        assert_eq!(super::tag_met_spatie("tekst #lokaal-regionaal"), None);
        assert_eq!(
            super::tag_met_spatie("Dat is #2 op de lijst, zei ze."),
            None
        );
        assert_eq!(super::tag_met_spatie("Bel #één of #twee."), None);
        assert_eq!(super::tag_met_spatie("Ze zei: #MeToo was ook hier"), None);
    }

    use super::*;

    #[test]
    fn hashtags_aan_het_eind() {
        assert_eq!(
            hashtags_van("Tekst #een en meer. #rust-en-regie #Wmo"),
            ("Tekst #een en meer.", vec!["#rust-en-regie", "#Wmo"])
        );
        assert_eq!(hashtags_van("nummer #1"), ("nummer #1", vec![]));
        assert_eq!(hashtags_van("#alleen"), ("", vec!["#alleen"]));
    }

    proptest::proptest! {
        /// Whatever a moderator types, the reader answers with notes or problems, never a panic.
        #[test]
        fn leest_alles_zonder_paniek(romp in "[-—–>#*`\n\r a-zé0-9.:)\\[\\]]{0,200}") {
            let kop = "---\ndatum: 2024-03-12\ntoestemming: ja\nduo:\n  - rol: a\n    perspectief: inwoner\n  - rol: b\n    perspectief: beleid\n---\n";
            let boek = Codeboek::ingebouwd();
            let _ = lees(&format!("{kop}{romp}"), &boek);
            let _ = lees(&romp, &boek);
        }
    }

    #[test]
    fn toeschrijvingen() {
        assert_eq!(toeschrijving("— wijkcoach"), Some("wijkcoach"));
        assert_eq!(toeschrijving("– wijkcoach"), Some("wijkcoach"));
        assert_eq!(toeschrijving("-- wijkcoach"), Some("wijkcoach"));
        assert_eq!(toeschrijving("- wijkcoach"), None);
    }
}

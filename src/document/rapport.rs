//! The borgingsrapport of one traject: the content, built as a [`Document`].
//!
//! Why one long file: the report is one document told in reading order; its chapters share
//! the working state of `Bouw` (the quotes used once, the themes, the timeline) and read as
//! the report reads, so a chapter is found by scrolling, not by hunting through files.
//!
//! The structure follows the method's own report (Rapportage Visieleren, chapters 2–4): after
//! a cover, the contents and a samenvatting that can be read alone, the findings are grouped
//! by thema, each with its dilemma's en uitdagingen and werkzame elementen and the quotes
//! behind them; the synthesis steps are told afterwards as the way the insights were reached.
//! The report knows the traject's state: a concept says so on every page and carries a
//! version from the history, phases not reached are one line in the future tense, a stopped
//! traject's report is its final Eindverslag and says why, and a traject with no recorded
//! content (the nine of table 1) becomes a one-page factsheet. Chapter 6 draws the conclusions
//! (per thema the main dilemma and what works, the richtingen as recommendations) and carries
//! the facilitator's own conclusie; a thema opens with the facilitator's lead text if any.
//!
//! The Dutch is that of a report a wethouder signs ([`crate::taal`]): counts up to twenty in
//! words, no numeral at a sentence start, tense and agreement after the traject's state. Those
//! rules are for visieleer's own sentences; quotes and the facilitator's texts stay verbatim.
//!
//! Quotes are attributed by role and perspective only ([`crate::luisteren::citaten::bron`]), and quotes
//! of an interview without consent never appear. Every quote appears once in the body; the
//! reading text names a quote by its speaker, and only the annexes give ids.

use std::collections::BTreeSet;

use crate::document::{Blok, Context, Document, Inline, Omslag, Regel, Sectie, opsomming, tekst};
use crate::luisteren::citaten::{Kern, Toeschrijving, bron, thema_titel, themas_van};
use crate::luisteren::codeboek::{Codeboek, THEMA};
use crate::model::datum::Datum;
use crate::model::fase::{Fase, Status};
use crate::model::interview::{Citaat, CitaatId, Gebruik, Interview};
use crate::model::sessie::SessieSoort;
use crate::model::synthese::{Inzicht, InzichtSoort, Stap};
use crate::model::traject::{STREEF_WEKEN_MAX, STREEF_WEKEN_MIN, Traject};
use crate::privacy::Masker;
use crate::taal::{aantal, getal, hoofdletter};

/// Whether the report is still a concept: before the borgingsessie was held. A finished
/// traject's report is definitive, and a stopped or cancelled one's is its final
/// "Eindverslag": nothing will be added to it any more.
pub fn is_concept(t: &Traject) -> bool {
    match t.status {
        Status::Afgerond | Status::Gestopt | Status::Geannuleerd => false,
        Status::Lopend => !t.sessie_gehouden(SessieSoort::Borgingsessie),
    }
}

/// Whether the traject ended early (stopped or cancelled): its report is an "Eindverslag".
fn is_beeindigd(t: &Traject) -> bool {
    matches!(t.status, Status::Gestopt | Status::Geannuleerd)
}

/// The version of a concept: one step for every line of the traject's history and of its
/// interviews' histories. Every change visieleer saves writes such a line; writing a report
/// writes none, so the number rises with every change and with nothing else.
pub fn versie(t: &Traject) -> usize {
    t.historie.len() + t.interviews.iter().map(|i| i.historie.len()).sum::<usize>()
}

/// The date of the last change in the history: the date of a concept's version.
fn versiedatum(t: &Traject) -> Option<Datum> {
    t.historie
        .iter()
        .map(|g| g.datum)
        .chain(
            t.interviews
                .iter()
                .flat_map(|i| i.historie.iter().map(|g| g.datum)),
        )
        .max()
}

/// The whole report as markdown.
pub fn rapport(t: &Traject, ctx: &Context) -> String {
    crate::document::markdown::render(&document(t, ctx))
}

/// The whole report as one self-contained HTML file.
pub fn rapport_html(t: &Traject, ctx: &Context) -> String {
    crate::document::html::render(&document(t, ctx))
}

/// The whole report as a Word file.
pub fn rapport_docx(t: &Traject, ctx: &Context) -> anyhow::Result<Vec<u8>> {
    crate::document::docx::render(&document(t, ctx), ctx.vandaag)
}

/// The report as a document, in any format.
pub fn document(t: &Traject, ctx: &Context) -> Document {
    bouw_document(t, t, None, ctx)
}

/// The report for one gemeente of a regional traject, in any format: its own interviews and
/// afspraken and those of the whole region (without a gemeente); the insights of the whole
/// traject, each marked where none of its quotes is among those. `gemeente` is one of the
/// traject's gemeenten, as the traject spells it (the command checks it).
pub fn document_voor_gemeente(t: &Traject, gemeente: &str, ctx: &Context) -> Document {
    let mut deel = t.clone();
    deel.interviews
        .retain(|i| Traject::hoort_bij(i.gemeente.as_deref(), gemeente));
    deel.afspraken
        .retain(|a| Traject::hoort_bij(a.gemeente.as_deref(), gemeente));
    bouw_document(&deel, t, Some(gemeente), ctx)
}

/// The report of `t`: the whole traject (`heel` is `t`), or the part of `heel` for `gemeente`.
fn bouw_document(t: &Traject, heel: &Traject, gemeente: Option<&str>, ctx: &Context) -> Document {
    if !heeft_inhoud(heel) {
        return factsheet(t, gemeente);
    }
    let soort = if is_beeindigd(t) {
        "Eindverslag"
    } else if is_concept(t) {
        "Concept-borgingsrapport"
    } else {
        "Borgingsrapport"
    };
    let gemeenten = match gemeente {
        Some(g) => g.to_string(),
        None => opsomming(&t.gemeenten),
    };
    let mut doc = Document::nieuw(format!("{soort} Visieleertraject {gemeenten}"));
    doc.auteur = t.facilitator.clone();
    let mut regels = vec![status_regel(t)];
    if is_concept(t) {
        // The version is the whole traject's, also on one gemeente's report.
        regels.push(match versiedatum(heel) {
            Some(d) => format!("Versie 0.{}, {}", versie(heel), d.voluit()),
            None => format!("Versie 0.{}", versie(heel)),
        });
    }
    if let Some(g) = gemeente {
        regels.push(deel_regel(t, g));
    }
    if let Some(f) = &t.facilitator {
        regels.push(format!("Opgesteld door {f}, facilitator"));
    }
    regels.push("VNG Visieleren".to_string());
    doc.omslag = Some(Omslag {
        soort: soort.to_string(),
        titel: format!("Visieleertraject {gemeenten}"),
        ondertitel: t.kernvraag.clone(),
        regels,
    });
    doc.inhoud = true;
    doc.voettekst = Some(if is_beeindigd(t) {
        format!("Eindverslag {gemeenten}")
    } else {
        format!("Borgingsrapport {gemeenten}")
    });
    if is_concept(t) {
        doc.stempel = Some("CONCEPT".to_string());
    }
    let bouw = Bouw::nieuw(t, heel, gemeente, ctx);
    doc.secties.extend(bouw.samenvatting());
    doc.secties.extend(bouw.aanleiding());
    doc.secties.extend(bouw.aanpak());
    doc.secties.extend(bouw.wat_we_hoorden());
    doc.secties.extend(bouw.richtingen());
    doc.secties.extend(bouw.borging());
    doc.secties.extend(bouw.conclusies());
    doc.secties.extend(bouw.bijlagen());
    doc
}

/// What the cover of a gemeente's report says it is.
fn deel_regel(t: &Traject, gemeente: &str) -> String {
    format!(
        "Rapport voor de gemeente {gemeente}, uit het regionale traject van {}",
        opsomming(&t.gemeenten)
    )
}

/// The other gemeenten of a regional traject than `gemeente`.
fn andere_gemeenten(t: &Traject, gemeente: &str) -> Vec<String> {
    t.gemeenten
        .iter()
        .filter(|g| *g != gemeente)
        .cloned()
        .collect()
}

/// Whether anything beyond the head of the traject was recorded; without it the report is a
/// factsheet.
fn heeft_inhoud(t: &Traject) -> bool {
    !(t.interviews.is_empty()
        && t.synthese.is_empty()
        && t.richtingen.is_empty()
        && !t.sessies.iter().any(|s| s.gehouden())
        && t.expertteam.is_empty()
        && t.afspraken.is_empty()
        && t.evaluatie.is_none()
        && t.kernvraag.is_none())
}

/// "werkte", "werkten", or while the traject runs "werkt", "werken".
fn werkte(t: &Traject) -> &'static str {
    match (t.is_lopend(), t.gemeenten.len() > 1) {
        (true, false) => "werkt",
        (true, true) => "werken",
        (false, false) => "werkte",
        (false, true) => "werkten",
    }
}

/// "nog " while the traject runs, nothing once it ended: a finished or stopped traject will
/// not do what it has not done.
fn nog(t: &Traject) -> &'static str {
    if t.is_lopend() { "nog " } else { "" }
}

/// The quote by its speaker, for running text: "het citaat van de wijkcoach (uitvoering)".
fn citaat_van(interview: &Interview, citaat: &Citaat) -> String {
    match Toeschrijving::van(interview, citaat) {
        Toeschrijving::Spreker { .. } => format!("het citaat van de {}", bron(interview, citaat)),
        duo => format!("het citaat {}", duo.tekst()),
    }
}

fn gehouden(t: &Traject, soort: SessieSoort) -> Option<Datum> {
    t.sessies
        .iter()
        .filter(|s| s.soort == soort && s.gehouden())
        .filter_map(|s| s.datum)
        .max()
}

fn gepland(t: &Traject, soort: SessieSoort) -> Option<Datum> {
    t.sessies
        .iter()
        .filter(|s| s.soort == soort && !s.gehouden())
        .filter_map(|s| s.datum)
        .min()
}

/// The status line of the cover.
fn status_regel(t: &Traject) -> String {
    let borging = gehouden(t, SessieSoort::Borgingsessie);
    match t.status {
        Status::Afgerond => match borging {
            Some(d) => format!(
                "Definitief, besproken in de borgingsessie van {}",
                d.voluit()
            ),
            None => "Definitief".to_string(),
        },
        Status::Lopend => match (borging, gepland(t, SessieSoort::Borgingsessie)) {
            (Some(d), _) => format!("Besproken in de borgingsessie van {}", d.voluit()),
            (None, Some(d)) => format!("Concept voor de borgingsessie van {}", d.voluit()),
            (None, None) => format!("Concept, het traject is in fase {}", t.fase),
        },
        Status::Gestopt | Status::Geannuleerd => match t.tijdlijn.einde {
            Some(d) => format!("Eindverslag, het traject is {} op {}", t.status, d.voluit()),
            None => format!("Eindverslag, het traject is {}", t.status),
        },
    }
}

/// Why a stopped or cancelled traject ended, as a sentence; `None` for other trajecten.
fn einde_zin(t: &Traject) -> Option<String> {
    if !matches!(t.status, Status::Gestopt | Status::Geannuleerd) {
        return None;
    }
    let wanneer = t
        .tijdlijn
        .einde
        .map(|d| format!(" op {}", d.voluit()))
        .unwrap_or_default();
    let reden = match &t.reden {
        Some(r) => format!(" De reden: {}", zin(r)),
        None => " Er is geen reden vastgelegd.".to_string(),
    };
    Some(format!(
        "Het traject is{wanneer} {} in fase {}.{reden}",
        t.status, t.fase
    ))
}

/// Text as a sentence: ending with a full stop unless it already ends with punctuation.
fn zin(tekst: &str) -> String {
    let tekst = tekst.trim();
    if tekst.ends_with(['.', '!', '?']) {
        tekst.to_string()
    } else {
        format!("{tekst}.")
    }
}

/// What a phase that was not reached would have brought: the subject of a sentence in the
/// future tense ("De duo-interviews volgen"), whether it is plural, and what the report
/// therefore lacks ("geen duo-interviews").
struct Ontbreekt {
    onderwerp: &'static str,
    meervoud: bool,
    geen: &'static str,
}

const OPLOSSINGSRICHTINGEN: Ontbreekt = Ontbreekt {
    onderwerp: "De keuze van oplossingsrichtingen",
    meervoud: false,
    geen: "oplossingsrichtingen",
};
const WAT_WE_HOORDEN: Ontbreekt = Ontbreekt {
    onderwerp: "Wat we hoorden",
    meervoud: false,
    geen: "inzichten uit duo-interviews",
};
const DUO_INTERVIEWS: Ontbreekt = Ontbreekt {
    onderwerp: "De duo-interviews",
    meervoud: true,
    geen: "duo-interviews",
};
const AFSPRAKEN: Ontbreekt = Ontbreekt {
    onderwerp: "Het maken van afspraken",
    meervoud: false,
    geen: "vervolgafspraken",
};
const BORGING: Ontbreekt = Ontbreekt {
    onderwerp: "De borging",
    meervoud: false,
    geen: "afspraken over de borging",
};
const KERNVRAAG: Ontbreekt = Ontbreekt {
    onderwerp: "Het aanscherpen van de kernvraag",
    meervoud: false,
    geen: "aangescherpte kernvraag",
};
const EXPERTTEAM: Ontbreekt = Ontbreekt {
    onderwerp: "Het samenstellen van het expertteam",
    meervoud: false,
    geen: "expertteam",
};

/// The facilitator's own text as paragraphs, verbatim: split at blank lines only.
fn alineas(tekst: &str) -> Vec<String> {
    tekst
        .split("\n\n")
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

/// What a chapter about `fase` says when that phase has not produced it: a line in the future
/// tense while the traject runs, that the traject ended before it, or for a finished traject
/// that it was not recorded.
fn niet_bereikt(t: &Traject, fase: Fase, wat: &Ontbreekt) -> Option<String> {
    if t.fase >= fase {
        return None;
    }
    Some(match t.status {
        Status::Lopend => format!(
            "{} {} in fase {fase}.",
            wat.onderwerp,
            if wat.meervoud { "volgen" } else { "volgt" }
        ),
        Status::Gestopt | Status::Geannuleerd => format!(
            "Het traject is {} vóór fase {fase}; daarom bevat dit verslag geen {}.",
            t.status, wat.geen
        ),
        Status::Afgerond => format!(
            "Dit rapport bevat geen {}: niets daarvan is vastgelegd.",
            wat.geen
        ),
    })
}

fn factsheet(t: &Traject, gemeente: Option<&str>) -> Document {
    let gemeenten = opsomming(&t.gemeenten);
    let naam = gemeente.map_or_else(|| gemeenten.clone(), str::to_string);
    let mut doc = Document::nieuw(format!("Factsheet Visieleertraject {naam}"));
    doc.auteur = t.facilitator.clone();
    doc.voettekst = Some(format!("Factsheet {naam}"));
    if t.is_lopend() {
        doc.stempel = Some("CONCEPT".to_string());
    }
    let mut sectie = Sectie::nieuw(1, "Het traject in het kort");
    let kop = if t.gemeenten.len() > 1 {
        "Gemeenten"
    } else {
        "Gemeente"
    };
    let mut rijen = vec![vec![kop.to_string(), gemeenten.clone()]];
    if let Some(thema) = &t.thema {
        rijen.push(vec!["Thema".to_string(), thema.clone()]);
    }
    rijen.push(vec!["Vraagstuk".to_string(), t.vraagstuk.clone()]);
    rijen.push(vec!["Stand".to_string(), stand_in_woorden(t)]);
    if let Some(p) = periode(t) {
        rijen.push(vec!["Periode".to_string(), p]);
    }
    if let Some(f) = &t.facilitator {
        rijen.push(vec!["Facilitator".to_string(), f.clone()]);
    }
    if t.pilot {
        rijen.push(vec!["Pilot".to_string(), "ja".to_string()]);
    }
    for s in t.sessies.iter().filter(|s| !s.gehouden()) {
        rijen.push(vec![
            if is_beeindigd(t) {
                "Gepland, niet gehouden".to_string()
            } else {
                "Gepland".to_string()
            },
            match (s.datum, s.gepland_in) {
                (Some(d), _) => format!("{} op {}", s.soort.titel(), d.voluit()),
                (None, Some(p)) => format!("{} in {}", s.soort.titel(), p.voluit()),
                (None, None) if !is_beeindigd(t) => {
                    format!("{}, datum nog niet bekend", s.soort.titel())
                }
                (None, None) => format!("{}, zonder datum", s.soort.titel()),
            },
        ]);
    }
    sectie.voeg_toe(Blok::Tabel {
        intro: None,
        kop: vec![String::new(), String::new()],
        rijen,
    });
    if let Some(g) = gemeente {
        sectie.voeg_toe(Blok::alinea(format!("{}.", deel_regel(t, g))));
    }
    if let Some(z) = einde_zin(t) {
        sectie.voeg_toe(Blok::alinea(z));
    }
    let mut uitleg = "Van dit traject zijn geen interviews, synthese, oplossingsrichtingen of afspraken vastgelegd; daarom is dit een factsheet en geen borgingsrapport.".to_string();
    if t.is_lopend() {
        uitleg.push_str(" Zodra ze zijn vastgelegd, wordt dit het borgingsrapport.");
    }
    sectie.voeg_toe(Blok::alinea(uitleg));
    if let Some(n) = &t.notitie {
        sectie.voeg_toe(Blok::Kader(tekst(n.trim())));
    }
    doc.secties.push(sectie);
    doc
}

/// Where the traject stands, in plain words.
pub(crate) fn stand_in_woorden(t: &Traject) -> String {
    match t.status {
        Status::Lopend => format!("loopt, in fase {} ({} van 5)", t.fase, t.fase.nummer()),
        Status::Afgerond => "afgerond".to_string(),
        Status::Gestopt => format!("gestopt in fase {}", t.fase),
        Status::Geannuleerd => format!("geannuleerd in fase {}", t.fase),
    }
}

pub(crate) fn periode(t: &Traject) -> Option<String> {
    let begin = t.aanmelding.or(t.tijdlijn.werving)?;
    Some(match t.tijdlijn.einde {
        Some(e) => format!("van {} tot {}", begin.voluit(), e.voluit()),
        None => format!("sinds {}", begin.voluit()),
    })
}

/// A quote that may be printed, with what it needs for the document.
struct Gedeeld<'a> {
    id: CitaatId,
    interview: &'a Interview,
    citaat: &'a Citaat,
}

/// Where a quote cited by an insight ends up.
enum Verwijzing<'a> {
    Gedeeld(Gedeeld<'a>),
    /// In a gemeente's report: a quote from an interview of another gemeente of the region,
    /// with that gemeente. It is in that gemeente's report, not in this one.
    Elders(String, String),
    ZonderToestemming(String),
    Onbekend(String),
}

/// The thema's of the report, in codebook order, and "Overige thema's" last.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Thema {
    Boek(usize),
    Overig,
}

/// Everything the chapters need, worked out once.
struct Bouw<'a> {
    /// What the report covers: the traject, or its part for one gemeente.
    t: &'a Traject,
    /// The whole traject (the same as `t` unless the report is for one gemeente).
    heel: &'a Traject,
    /// The gemeente of a gemeente's report.
    gemeente: Option<&'a str>,
    vandaag: Datum,
    boek: &'a Codeboek,
    masker: &'a Masker,
}

impl<'a> Bouw<'a> {
    fn nieuw(
        t: &'a Traject,
        heel: &'a Traject,
        gemeente: Option<&'a str>,
        ctx: &Context<'a>,
    ) -> Bouw<'a> {
        Bouw {
            t,
            heel,
            gemeente,
            vandaag: ctx.vandaag,
            boek: ctx.boek,
            masker: ctx.masker,
        }
    }

    fn verwijzing(&self, id: &str) -> Verwijzing<'a> {
        let t = self.t;
        match id
            .parse::<CitaatId>()
            .ok()
            .and_then(|id| t.citaat(id).map(|(i, c)| (id, i, c)))
        {
            Some((id, interview, citaat))
                if crate::model::traject::mag_gedeeld(
                    interview,
                    citaat,
                    crate::model::interview::Gebruik::Rapport,
                ) =>
            {
                Verwijzing::Gedeeld(Gedeeld {
                    id,
                    interview,
                    citaat,
                })
            }
            Some((id, _, _)) => Verwijzing::ZonderToestemming(id.to_string()),
            None => match id
                .parse::<CitaatId>()
                .ok()
                .and_then(|id| self.heel.citaat(id).map(|(i, _)| (id, i)))
            {
                Some((id, i)) if self.gemeente.is_some() => {
                    Verwijzing::Elders(id.to_string(), i.gemeente.clone().unwrap_or_default())
                }
                _ => Verwijzing::Onbekend(id.to_string()),
            },
        }
    }

    /// A quote in the reading text: attributed by its speaker, without the tool's id (the
    /// annex lists the ids).
    fn citaat_blok(&self, g: &Gedeeld) -> Blok {
        Blok::citaat(
            self.masker.citaat(g.citaat),
            bron(g.interview, g.citaat),
            None,
        )
    }

    /// A quote in the annex, with its id.
    fn citaat_blok_met_id(&self, g: &Gedeeld) -> Blok {
        Blok::citaat(
            self.masker.citaat(g.citaat),
            bron(g.interview, g.citaat),
            Some(&g.id.to_string()),
        )
    }

    /// The thema's of an insight: those of the quotes it cites, the most cited first.
    fn themas(&self, inzicht: &Inzicht) -> Vec<Thema> {
        let themas: Vec<_> = self.boek.groep(THEMA).collect();
        let mut tel = vec![0usize; themas.len()];
        // By the quotes of the whole traject, so an insight stands under the same thema in
        // every gemeente's report.
        let heel = Bouw {
            t: self.heel,
            gemeente: None,
            ..*self
        };
        for id in &inzicht.citaten {
            if let Verwijzing::Gedeeld(g) = heel.verwijzing(id) {
                for tag in themas_van(self.boek, g.citaat) {
                    if let Some(n) = themas.iter().position(|t| t.tag == tag.tag) {
                        tel[n] += 1;
                    }
                }
            }
        }
        let mut uit: Vec<(usize, usize)> = tel
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| (i, *n))
            .collect();
        // The most cited thema first; on a tie the codebook's order.
        uit.sort_by_key(|(i, n)| (std::cmp::Reverse(*n), *i));
        if uit.is_empty() {
            vec![Thema::Overig]
        } else {
            uit.into_iter().map(|(i, _)| Thema::Boek(i)).collect()
        }
    }

    /// The codebook tag of a thema, for its lead text.
    fn thema_tag(&self, thema: &Thema) -> Option<&'a str> {
        match thema {
            Thema::Boek(i) => self.boek.groep(THEMA).nth(*i).map(|t| t.tag.as_str()),
            Thema::Overig => None,
        }
    }

    fn thema_naam(&self, thema: &Thema) -> String {
        match thema {
            Thema::Boek(i) => self
                .boek
                .groep(THEMA)
                .nth(*i)
                .map(thema_titel)
                .unwrap_or_default(),
            Thema::Overig => "Overige thema's".to_string(),
        }
    }

    fn dilemmas(&self) -> Vec<&'a Inzicht> {
        self.geordend()
            .into_iter()
            .filter(|i| i.soort == Some(InzichtSoort::Dilemma))
            .collect()
    }

    fn werkzaam(&self) -> Vec<&'a Inzicht> {
        self.geordend()
            .into_iter()
            .filter(|i| i.soort == Some(InzichtSoort::Werkzaam))
            .collect()
    }

    /// The insights in the order of the report: by main thema, then by number.
    fn geordend(&self) -> Vec<&'a Inzicht> {
        let mut inzichten: Vec<&Inzicht> = self.t.synthese.iter().collect();
        inzichten.sort_by_key(|i| (self.themas(i)[0].clone(), i.nr));
        inzichten
    }

    fn samenvatting(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut s = Sectie::nieuw(1, "Samenvatting");
        let gemeenten = match self.gemeente {
            Some(g) => {
                let anderen = andere_gemeenten(t, g);
                let werkt = if t.is_lopend() { "werkt" } else { "werkte" };
                if anderen.is_empty() {
                    format!("{g} {werkt}")
                } else {
                    format!("{g} {werkt} samen met {}", opsomming(&anderen))
                }
            }
            None => format!("{} {}", opsomming(&t.gemeenten), werkte(t)),
        };
        let mut eerste = format!(
            "{gemeenten} in een Visieleertraject van de VNG aan dit vraagstuk: {}",
            zin(&t.vraagstuk)
        );
        if let Some(p) = periode(t) {
            eerste = format!("{eerste} Het traject liep {p}.");
            if t.tijdlijn.einde.is_none() {
                eerste = eerste.replace("liep sinds", "loopt sinds");
            }
        }
        s.voeg_toe(Blok::alinea(eerste));
        if let Some(g) = self.gemeente {
            s.voeg_toe(Blok::alinea(format!(
                "Dit rapport is voor de gemeente {g}: het bevat de duo-interviews en afspraken van {g} en die van de hele regio. De inzichten gelden voor het hele traject; rust een inzicht alleen op citaten uit een andere gemeente, dan staat dat erbij."
            )));
        }
        match &t.kernvraag {
            Some(k) => s.voeg_toe(Blok::Alinea(vec![
                Inline::Tekst(if t.is_lopend() {
                    "De kernvraag is: ".into()
                } else {
                    "De kernvraag was: ".into()
                }),
                Inline::Nadruk(k.trim().to_string()),
            ])),
            None if t.is_lopend() => s.voeg_toe(Blok::alinea(
                "De kernvraag is nog niet aangescherpt; dat gebeurt in de fase starten.",
            )),
            None => s.voeg_toe(Blok::alinea(
                "Een aangescherpte kernvraag is niet vastgelegd.",
            )),
        }
        if let Some(z) = einde_zin(t) {
            s.voeg_toe(Blok::Alinea(vec![Inline::Sterk(z)]));
        }
        let lijst = |inzichten: &[&Inzicht]| {
            Blok::lijst(inzichten.iter().take(5).map(|i| tekst(i.tekst.trim())))
        };
        let dilemmas = self.dilemmas();
        let werkzaam = self.werkzaam();
        if !dilemmas.is_empty() {
            s.voeg_toe(Blok::Alinea(vec![Inline::Sterk(
                "De belangrijkste dilemma's en uitdagingen".into(),
            )]));
            s.voeg_toe(lijst(&dilemmas));
        }
        if !werkzaam.is_empty() {
            s.voeg_toe(Blok::Alinea(vec![Inline::Sterk(
                "Wat werkt (werkzame elementen)".into(),
            )]));
            s.voeg_toe(lijst(&werkzaam));
        }
        if dilemmas.is_empty() && werkzaam.is_empty() {
            if let Some(r) = niet_bereikt(t, Fase::Luisteren, &WAT_WE_HOORDEN) {
                s.voeg_toe(Blok::alinea(r));
            } else if t.synthese.is_empty() {
                s.voeg_toe(Blok::alinea(if t.is_lopend() {
                    "De synthese van wat we hoorden is nog niet vastgelegd."
                } else {
                    "Een synthese van wat we hoorden is niet vastgelegd."
                }));
            }
        }
        if t.richtingen.is_empty() {
            s.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Ontwerpen, &OPLOSSINGSRICHTINGEN).unwrap_or_else(|| {
                    format!("Er zijn {}geen oplossingsrichtingen gekozen.", nog(t))
                }),
            ));
        } else {
            let wie = if t.gemeenten.len() > 1 {
                "De gemeenten kozen"
            } else {
                "De gemeente koos"
            };
            s.voeg_toe(Blok::Alinea(vec![Inline::Sterk(format!(
                "{wie} deze oplossingsrichtingen"
            ))]));
            s.voeg_toe(Blok::Lijst {
                genummerd: true,
                items: t.richtingen.iter().map(|r| tekst(r.tekst.trim())).collect(),
            });
        }
        if !t.afspraken.is_empty() {
            s.voeg_toe(Blok::Alinea(vec![Inline::Sterk("De afspraken".into())]));
            s.voeg_toe(Blok::lijst(t.afspraken.iter().map(|a| {
                let mut delen = vec![format!("eigenaar: {}", a.eigenaar.trim())];
                if let Some(w) = &a.streefwaarde {
                    delen.push(format!("streefwaarde: {}", w.trim()));
                }
                if let Some(d) = a.datum {
                    delen.push(format!("bekijken op {}", d.voluit()));
                }
                vec![
                    Inline::Tekst(a.tekst.trim().to_string()),
                    Inline::Tekst(format!(" ({})", delen.join("; "))),
                ]
            })));
        } else if let Some(r) = niet_bereikt(t, Fase::Borgen, &AFSPRAKEN) {
            s.voeg_toe(Blok::alinea(r));
        } else {
            s.voeg_toe(Blok::alinea(format!(
                "Er zijn {}geen vervolgafspraken vastgelegd.",
                nog(t)
            )));
        }
        if let Some(n) = self.nazorg_zin() {
            s.voeg_toe(Blok::alinea(n));
        }
        vec![s]
    }

    /// When nazorg is planned or was held, as a sentence.
    fn nazorg_zin(&self) -> Option<String> {
        let t = self.t;
        // The nazorggesprek happens after the traject is finished, so its date comes from a
        // nazorg session when one was recorded in time, and otherwise from the nazorg entries.
        let mut gesprekken: Vec<Datum> = t
            .sessies
            .iter()
            .filter(|s| s.soort == SessieSoort::Nazorg && s.gehouden())
            .filter_map(|s| s.datum)
            .chain(
                t.afspraken
                    .iter()
                    .flat_map(|a| a.nazorg.iter().map(|n| n.datum)),
            )
            .collect();
        gesprekken.sort();
        gesprekken.dedup();
        if !gesprekken.is_empty() {
            let datums: Vec<String> = gesprekken.iter().map(|d| d.voluit()).collect();
            return Some(format!(
                "Het nazorggesprek vond plaats op {}.",
                opsomming(&datums)
            ));
        }
        if let Some(d) = gepland(t, SessieSoort::Nazorg) {
            return Some(if is_beeindigd(t) {
                format!(
                    "Het nazorggesprek stond gepland op {}; het traject is {} en het gesprek gaat niet door.",
                    d.voluit(),
                    t.status
                )
            } else {
                format!("Het nazorggesprek is gepland op {}.", d.voluit())
            });
        }
        let eerste = t.afspraken.iter().filter_map(|a| a.datum).min()?;
        if is_beeindigd(t) {
            return None;
        }
        Some(if eerste < self.vandaag {
            format!(
                "De eerste afspraak had op {} bekeken moeten worden; er is nog geen nazorg vastgelegd.",
                eerste.voluit()
            )
        } else {
            format!(
                "In het nazorggesprek worden de afspraken bekeken, de eerste op {}.",
                eerste.voluit()
            )
        })
    }

    fn aanleiding(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut s = Sectie::nieuw(1, "1 Aanleiding en vraagstelling").op_nieuwe_pagina();
        s.voeg_toe(Blok::alinea(format!(
            "{} {} in een Visieleertraject van de VNG aan een vraagstuk in de toegang tot het sociaal domein{}. Het vraagstuk zoals {}:",
            opsomming(&t.gemeenten),
            werkte(t),
            t.thema
                .as_deref()
                .map(|th| format!(", met als thema {}", th.trim()))
                .unwrap_or_default(),
            if t.gemeenten.len() > 1 {
                "de gemeenten het bij de aanmelding beschreven"
            } else {
                "de gemeente het bij de aanmelding beschreef"
            }
        )));
        s.voeg_toe(Blok::Alinea(vec![Inline::Nadruk(
            t.vraagstuk.trim().to_string(),
        )]));
        match &t.kernvraag {
            Some(k) => {
                s.voeg_toe(Blok::alinea(
                    "In de fase starten is het vraagstuk aangescherpt tot deze kernvraag:",
                ));
                s.voeg_toe(Blok::Alinea(vec![Inline::Nadruk(k.trim().to_string())]));
            }
            None => s.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Starten, &KERNVRAAG)
                    .unwrap_or_else(|| format!("De kernvraag is {}niet aangescherpt.", nog(t))),
            )),
        }
        vec![s]
    }

    fn aanpak(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut s = Sectie::nieuw(1, "2 Aanpak");
        let mut zinnen = Vec::new();
        let bereikt: Vec<String> = Fase::ALLE
            .iter()
            .filter_map(|&f| t.tijdlijn.begin(f).map(|d| (f, d)))
            .enumerate()
            .map(|(n, (f, d))| {
                if n == 0 {
                    format!("de fase {f} begon op {}", d.voluit())
                } else {
                    format!("{f} op {}", d.voluit())
                }
            })
            .collect();
        let einde = match (t.status, t.tijdlijn.einde) {
            (Status::Lopend, _) | (_, None) => String::new(),
            (status, Some(d)) => format!("; het traject is {status} op {}", d.voluit()),
        };
        zinnen.push(format!(
            "Een Visieleertraject doorloopt vijf fasen: werving, starten, luisteren, ontwerpen en borgen. {}",
            if bereikt.is_empty() {
                format!("Van dit traject zijn {}geen datums van fasen vastgelegd.", nog(t))
            } else {
                hoofdletter(&format!("{}{einde}.", opsomming(&bereikt)))
            }
        ));
        let komend: Vec<&str> = Fase::ALLE
            .iter()
            .filter(|&&f| f > t.fase)
            .map(|f| f.naam())
            .collect();
        if !komend.is_empty() {
            zinnen.push(match t.status {
                Status::Lopend if komend.len() == 1 => {
                    format!("Fase {} volgt.", komend[0])
                }
                Status::Lopend => format!("De fasen {} volgen.", opsomming(&komend)),
                _ => format!(
                    "Aan {} is het traject niet meer toegekomen.",
                    if komend.len() == 1 {
                        format!("fase {}", komend[0])
                    } else {
                        format!("de fasen {}", opsomming(&komend))
                    }
                ),
            });
        }
        if let Some(w) = t.doorlooptijd_weken(self.vandaag) {
            let aanmelding = t.aanmelding.map(|d| d.voluit()).unwrap_or_default();
            let oordeel = if w > STREEF_WEKEN_MAX {
                "langer dan"
            } else if w < STREEF_WEKEN_MIN {
                "korter dan"
            } else {
                "binnen"
            };
            let werkwoord = if t.tijdlijn.einde.is_some() {
                "duurde het traject"
            } else {
                "duurt het traject tot nu toe"
            };
            let weken = aantal(w as usize, "week", "weken");
            let (min, max) = (
                getal(STREEF_WEKEN_MIN as usize),
                getal(STREEF_WEKEN_MAX as usize),
            );
            // Only a finished traject is judged against the streeftijd; a running one only
            // once it is past it, a stopped one not at all.
            zinnen.push(match t.status {
                Status::Gestopt | Status::Geannuleerd => format!(
                    "Gerekend vanaf de aanmelding op {aanmelding} {werkwoord} {weken}, tot het {}.",
                    if t.status == Status::Gestopt {
                        "stopte"
                    } else {
                        "werd geannuleerd"
                    }
                ),
                Status::Lopend if w <= STREEF_WEKEN_MAX => format!(
                    "Gerekend vanaf de aanmelding op {aanmelding} {werkwoord} {weken}; de streeftijd is {min} tot {max} weken."
                ),
                _ => format!(
                    "Gerekend vanaf de aanmelding op {aanmelding} {werkwoord} {weken}: {oordeel} de streeftijd van {min} tot {max} weken."
                ),
            });
        }
        if let Some(g) = self.gemeente
            && let Some(d) = t.aanmeldingen.get(g)
        {
            zinnen.push(format!(
                "Het college van {g} meldde zich aan op {}.",
                d.voluit()
            ));
        }
        s.voeg_toe(Blok::alinea(zinnen.join(" ")));
        if let Some(svg) = crate::document::svg::tijdlijn(t, self.vandaag) {
            s.voeg_toe(Blok::Figuur {
                svg,
                tabel: crate::document::svg::tijdlijn_tabel(t, self.vandaag),
                onderschrift: format!(
                    "de fasen van het traject, de bijeenkomsten en de streeftijd van {} weken na de aanmelding",
                    getal(STREEF_WEKEN_MAX as usize)
                ),
            });
        }

        let mut bijeenkomsten = Sectie::nieuw(2, "Bijeenkomsten");
        let mut sessies: Vec<_> = t.sessies.iter().collect();
        sessies.sort_by_key(|s| (s.datum, s.soort));
        if sessies.is_empty() {
            bijeenkomsten.voeg_toe(Blok::alinea(format!(
                "Er zijn {}geen bijeenkomsten vastgelegd.",
                nog(t)
            )));
        } else {
            bijeenkomsten.voeg_toe(Blok::Definities(
                sessies
                    .iter()
                    .map(|s| {
                        let wanneer = match (s.datum, s.gehouden(), is_beeindigd(t)) {
                            (Some(d), true, _) => d.voluit(),
                            (Some(d), false, false) => format!("gepland op {}", d.voluit()),
                            (Some(d), false, true) => {
                                format!("gepland op {}, niet gehouden", d.voluit())
                            }
                            (None, true, _) => "datum niet vastgelegd".into(),
                            (None, false, beeindigd) => match (s.gepland_in, beeindigd) {
                                (Some(p), false) => format!("gepland in {}", p.voluit()),
                                (Some(p), true) => {
                                    format!("gepland in {}, niet gehouden", p.voluit())
                                }
                                (None, false) => "nog niet gepland".into(),
                                (None, true) => "niet gehouden".into(),
                            },
                        };
                        (s.soort.titel().to_string(), tekst(wanneer))
                    })
                    .collect(),
            ));
            // What was agreed or designed, in the facilitator's own words.
            for s in sessies.iter().filter(|s| s.gehouden()) {
                if let Some(v) = &s.verslag {
                    bijeenkomsten.voeg_toe(Blok::alinea(format!("{}: {v}", s.soort.titel())));
                }
            }
        }

        let mut duos = Sectie::nieuw(2, "Duo-interviews");
        if t.interviews.is_empty() {
            duos.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Luisteren, &DUO_INTERVIEWS)
                    .unwrap_or_else(|| "Er zijn geen duo-interviews vastgelegd.".into()),
            ));
        } else {
            let n = t.interviews.len();
            let deelnemers: usize = t.interviews.iter().map(|i| i.duo.len()).sum();
            let perspectieven: BTreeSet<_> = t
                .interviews
                .iter()
                .flat_map(|i| i.duo.iter().map(|d| d.perspectief))
                .collect();
            duos.voeg_toe(Blok::alinea(format!(
                "In de fase luisteren {} {} gehouden met {}, uit {}. In een duo-interview spreken twee mensen met een verschillend perspectief samen over het vraagstuk. Zij worden in dit rapport alleen met hun rol en perspectief genoemd:",
                if n == 1 { "is" } else { "zijn" },
                aantal(n, "duo-interview", "duo-interviews"),
                aantal(deelnemers, "deelnemer", "deelnemers"),
                aantal(perspectieven.len(), "perspectief", "perspectieven")
            )));
            // In a regional traject whose interviews name their gemeente: where each was held.
            let met_gemeente =
                t.is_regionaal() && self.heel.interviews.iter().any(|i| i.gemeente.is_some());
            duos.voeg_toe(Blok::lijst(t.interviews.iter().map(|i| {
                // Of a participant without consent for this report not even the role leaves
                // the map.
                let rapport = |d: &crate::model::interview::Deelnemer| {
                    i.ingetrokken.is_none()
                        && i.toestemming.voor(Some(&d.rol)).bevat(Gebruik::Rapport)
                };
                let wie = if i.duo.iter().any(rapport) {
                    opsomming(
                        &i.duo
                            .iter()
                            .map(|d| {
                                if rapport(d) {
                                    format!("{} ({})", d.rol, d.perspectief)
                                } else {
                                    format!("iemand uit het perspectief {} (zonder toestemming om te citeren)", d.perspectief)
                                }
                            })
                            .collect::<Vec<_>>(),
                    )
                } else {
                    format!(
                        "{} (zonder toestemming om te citeren)",
                        opsomming(
                            &i.duo
                                .iter()
                                .map(|d| format!("iemand uit het perspectief {}", d.perspectief))
                                .collect::<Vec<_>>()
                        )
                    )
                };
                let waar = match (&i.gemeente, met_gemeente) {
                    (Some(g), true) => Some(format!("in {g}")),
                    (None, true) => Some("voor de hele regio".to_string()),
                    (_, false) => None,
                };
                // The date after the people, so no line starts with a number.
                let delen: Vec<String> = std::iter::once(wie)
                    .chain(i.datum.map(|d| format!("op {}", d.voluit())))
                    .chain(waar)
                    .collect();
                tekst(delen.join(", "))
            })));
            let achtergehouden =
                t.achtergehouden_citaten(crate::model::interview::Gebruik::Rapport);
            if achtergehouden > 0 {
                duos.voeg_toe(Blok::alinea(format!(
                    "{} uit duo-interviews zonder toestemming {} niet in dit rapport.",
                    hoofdletter(&aantal(achtergehouden, "citaat", "citaten")),
                    if achtergehouden == 1 {
                        "staat"
                    } else {
                        "staan"
                    }
                )));
            }
        }

        let mut experts = Sectie::nieuw(2, "Expertteam");
        if t.expertteam.is_empty() {
            experts.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Starten, &EXPERTTEAM)
                    .unwrap_or_else(|| "Er is geen expertteam vastgelegd.".into()),
            ));
        } else {
            let leden: Vec<String> = t
                .expertteam
                .iter()
                .map(|e| match &e.expertise {
                    Some(x) => format!("{} ({})", e.naam.trim(), x.trim()),
                    None => e.naam.trim().to_string(),
                })
                .collect();
            experts.voeg_toe(Blok::alinea(if t.is_lopend() {
                format!(
                    "Het expertteam, dat als kritische spiegel meedenkt en de synthese aanvult, bestaat uit {}.",
                    opsomming(&leden)
                )
            } else {
                format!(
                    "Het expertteam, dat als kritische spiegel meedacht en de synthese aanvulde, bestond uit {}.",
                    opsomming(&leden)
                )
            }));
        }
        vec![s, bijeenkomsten, duos, experts]
    }

    fn wat_we_hoorden(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut secties = Vec::new();
        let mut kop = Sectie::nieuw(1, "3 Wat we hoorden");
        let gedeeld: Vec<_> = t
            .deelbare_citaten(crate::model::interview::Gebruik::Rapport)
            .collect();
        if t.synthese.is_empty() && gedeeld.is_empty() {
            kop.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Luisteren, &WAT_WE_HOORDEN).unwrap_or_else(|| {
                    format!("Er zijn {}geen inzichten of citaten vastgelegd.", nog(t))
                }),
            ));
            secties.push(kop);
            secties.extend(self.synthese_verloop());
            return secties;
        }
        kop.voeg_toe(Blok::alinea(
            "Wat we in de duo-interviews hoorden staat per thema. Per thema eerst de dilemma's en uitdagingen, dan de werkzame elementen: wat al goed gaat en verder kan helpen. Bij elk inzicht staan de citaten waarop het rust, de kerncitaten eerst.",
        ));
        secties.push(kop);

        let mut getoond: BTreeSet<CitaatId> = BTreeSet::new();
        let aantal_themas = self.boek.groep(THEMA).count();
        let themas: Vec<Thema> = (0..aantal_themas)
            .map(Thema::Boek)
            .chain([Thema::Overig])
            .collect();
        // Kerncitaten that no insight cites, heard and worth reading, under their thema (the
        // last list is "Overige thema's"): sorted out in one pass over the quotes.
        let kern = Kern::van(t);
        let geciteerd = geciteerde_ids(t);
        let mut losse_per_thema: Vec<Vec<_>> = vec![Vec::new(); aantal_themas + 1];
        for g in gedeeld
            .iter()
            .filter(|(id, _, c)| kern.telt(c) && !geciteerd.contains(id))
        {
            let n = crate::luisteren::citaten::thema_van(self.boek, g.2)
                .and_then(|tag| self.boek.groep(THEMA).position(|x| x.tag == tag.tag))
                .unwrap_or(aantal_themas);
            losse_per_thema[n].push(g);
        }
        let geordend = self.geordend();
        for (thema, losse) in themas.into_iter().zip(losse_per_thema) {
            let inzichten: Vec<&Inzicht> = geordend
                .iter()
                .copied()
                .filter(|i| self.themas(i)[0] == thema)
                .collect();
            if inzichten.is_empty() && losse.is_empty() {
                continue;
            }
            let mut kop = Sectie::nieuw(2, self.thema_naam(&thema));
            // The facilitator's lead text, verbatim; without one the thema starts at once.
            if let Some(inleiding) = self
                .thema_tag(&thema)
                .and_then(|tag| t.thema_inleidingen.get(tag))
            {
                for alinea in alineas(inleiding) {
                    kop.voeg_toe(Blok::alinea(alinea));
                }
            }
            secties.push(kop);
            for (soort, titel) in [
                (Some(InzichtSoort::Dilemma), "Dilemma's en uitdagingen"),
                (Some(InzichtSoort::Werkzaam), "Werkzame elementen"),
                (None, "Andere inzichten"),
            ] {
                let hier: Vec<_> = inzichten.iter().filter(|i| i.soort == soort).collect();
                if hier.is_empty() {
                    continue;
                }
                let mut sectie = Sectie::nieuw(3, titel);
                for inzicht in hier {
                    self.inzicht_blokken(&mut sectie, inzicht, &thema, &mut getoond);
                }
                secties.push(sectie);
            }
            if !losse.is_empty() {
                let mut sectie = Sectie::nieuw(3, "Verder hoorden we");
                for (id, interview, citaat) in losse {
                    if getoond.insert(*id) {
                        sectie.voeg_toe(self.citaat_blok(&Gedeeld {
                            id: *id,
                            interview,
                            citaat,
                        }));
                    }
                }
                secties.push(sectie);
            }
        }
        secties.extend(self.synthese_verloop());
        secties
    }

    fn inzicht_blokken(
        &self,
        sectie: &mut Sectie,
        inzicht: &Inzicht,
        thema: &Thema,
        getoond: &mut BTreeSet<CitaatId>,
    ) {
        // The insight as a sentence, so what follows it reads as the next one.
        let mut regel: Regel = vec![Inline::Sterk(zin(&inzicht.tekst))];
        let ook: Vec<String> = self
            .themas(inzicht)
            .iter()
            .filter(|x| *x != thema && **x != Thema::Overig)
            .map(|x| self.thema_naam(x))
            .collect();
        if !ook.is_empty() {
            regel.push(Inline::Tekst(format!(
                " Dit raakt ook aan {}.",
                opsomming(&ook)
            )));
        }
        sectie.voeg_toe(Blok::Alinea(regel));
        let mut nieuw = Vec::new();
        let mut eerder = Vec::new();
        let mut zonder = Vec::new();
        let mut elders: Vec<String> = Vec::new();
        let mut hier = 0;
        for id in &inzicht.citaten {
            let verwijzing = self.verwijzing(id);
            match &verwijzing {
                Verwijzing::Elders(..) | Verwijzing::Onbekend(_) => {}
                _ => hier += 1,
            }
            match verwijzing {
                Verwijzing::Elders(_, gemeente) => elders.push(gemeente),
                Verwijzing::Gedeeld(g) => {
                    if getoond.contains(&g.id) {
                        eerder.push(citaat_van(g.interview, g.citaat));
                    } else {
                        getoond.insert(g.id);
                        nieuw.push(g);
                    }
                }
                Verwijzing::ZonderToestemming(id) => zonder.push(id),
                Verwijzing::Onbekend(_) => {}
            }
        }
        if let Some(g) = self.gemeente
            && !elders.is_empty()
        {
            let aantal = elders.len();
            elders.sort();
            elders.dedup();
            let waar = opsomming(&elders);
            sectie.voeg_toe(Blok::Alinea(vec![Inline::Nadruk(if hier == 0 {
                format!(
                    "Dit inzicht geldt voor het hele traject, maar geen van zijn citaten komt uit {g} of uit de hele regio: het rust op wat in {waar} is gehoord."
                )
            } else {
                format!(
                    "Ook {} uit {waar} {} dit inzicht; {} in het rapport van die gemeente.",
                    crate::taal::aantal(aantal, "citaat", "citaten"),
                    if aantal == 1 { "onderbouwt" } else { "onderbouwen" },
                    if aantal == 1 { "dat staat" } else { "die staan" }
                )
            })]));
        }
        // Kerncitaten first; otherwise in the order the insight names them.
        nieuw.sort_by_key(|g| !g.citaat.kern);
        for g in &nieuw {
            sectie.voeg_toe(self.citaat_blok(g));
        }
        if !eerder.is_empty() {
            eerder.dedup();
            sectie.voeg_toe(Blok::alinea(format!(
                "Zie ook {}, hierboven.",
                opsomming(&eerder)
            )));
        }
        if !zonder.is_empty() {
            let een = zonder.len() == 1;
            sectie.voeg_toe(Blok::alinea(format!(
                "Ook {} uit {} zonder toestemming {} dit inzicht; {} daarom niet in dit rapport.",
                aantal(zonder.len(), "citaat", "citaten"),
                if een {
                    "een duo-interview"
                } else {
                    "duo-interviews"
                },
                if een { "onderbouwt" } else { "onderbouwen" },
                if een { "het staat" } else { "ze staan" },
            )));
        }
    }

    /// How the insights were reached: the three synthesis steps as a short account. The
    /// insights are counted here, not numbered; annex A shows which step gave which insight.
    fn synthese_verloop(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut s = Sectie::nieuw(2, "Hoe we tot deze inzichten kwamen");
        let mut zinnen = Vec::new();
        let mut zonder: Vec<(Stap, Fase)> = Vec::new();
        for stap in Stap::ALLE {
            let n = t.inzichten(stap).count();
            let fase = match stap {
                Stap::Moderatoren => Fase::Luisteren,
                Stap::Expertteam | Stap::Reflectie => Fase::Ontwerpen,
            };
            if n == 0 {
                zonder.push((stap, fase));
                continue;
            }
            let lijst = aantal(n, "inzicht", "inzichten");
            zinnen.push(match stap {
                Stap::Moderatoren => format!(
                    "De moderatoren van de duo-interviews brachten samen wat ze hoorden terug tot {lijst}."
                ),
                Stap::Expertteam => format!(
                    "Het expertteam las de citaten en de eerste synthese en voegde er {} aan toe.",
                    getal(n)
                ),
                Stap::Reflectie => {
                    let wanneer = gehouden(t, SessieSoort::Ontwerpsessie)
                        .map(|d| format!(" van {}", d.voluit()))
                        .unwrap_or_default();
                    format!(
                        "In de ontwerpsessie{wanneer} reflecteerden de deelnemers op deze synthese; daaruit {} {lijst}.",
                        if n == 1 { "kwam" } else { "kwamen" }
                    )
                }
            });
        }
        // Steps without insights, in one sentence per phase they belong to.
        for fase in [Fase::Luisteren, Fase::Ontwerpen] {
            let stappen: Vec<String> = zonder
                .iter()
                .filter(|(_, f)| *f == fase)
                .map(|(stap, _)| match stap {
                    Stap::Moderatoren => "de synthese door de moderatoren".to_string(),
                    Stap::Expertteam => "de synthese door het expertteam".to_string(),
                    Stap::Reflectie => "de reflectie in de ontwerpsessie".to_string(),
                })
                .collect();
            if stappen.is_empty() {
                continue;
            }
            let meer = stappen.len() > 1;
            let zin = hoofdletter(&opsomming(&stappen));
            zinnen.push(if t.fase < fase && t.is_lopend() {
                format!("{zin} {} in fase {fase}.", if meer { "volgen" } else { "volgt" })
            } else if t.fase < fase {
                format!(
                    "Het traject is {} vóór fase {fase}; daarom bevat dit verslag geen inzichten uit {}.",
                    t.status,
                    opsomming(&stappen)
                )
            } else {
                format!(
                    "Uit {} is {}geen inzicht vastgelegd.",
                    opsomming(&stappen),
                    nog(t)
                )
            });
        }
        if t.synthese.iter().any(|i| !i.citaten.is_empty()) {
            zinnen.push(
                "Bijlage A laat per inzicht zien uit welke stap het komt en op welke citaten het rust."
                    .to_string(),
            );
        }
        s.voeg_toe(Blok::alinea(zinnen.join(" ")));
        vec![s]
    }

    fn richtingen(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut s = Sectie::nieuw(1, "4 Oplossingsrichtingen en handelingsperspectief");
        if t.richtingen.is_empty() {
            s.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Ontwerpen, &OPLOSSINGSRICHTINGEN).unwrap_or_else(|| {
                    format!("Er zijn {}geen oplossingsrichtingen gekozen.", nog(t))
                }),
            ));
            return vec![s];
        }
        let wanneer = gehouden(t, SessieSoort::Ontwerpsessie)
            .map(|d| format!(" van {}", d.voluit()))
            .unwrap_or_default();
        s.voeg_toe(Blok::alinea(format!(
            "In de ontwerpsessie{wanneer} {} deze oplossingsrichtingen. Bij elke richting staat op welke inzichten uit hoofdstuk 3 zij een antwoord is.",
            if t.gemeenten.len() > 1 {
                "kozen de gemeenten"
            } else {
                "koos de gemeente"
            }
        )));
        s.voeg_toe(Blok::Lijst {
            genummerd: true,
            items: t
                .richtingen
                .iter()
                .map(|r| {
                    let mut regel = vec![Inline::Sterk(crate::taal::zin(&r.tekst))];
                    let inzichten: Vec<String> = r
                        .inzichten
                        .iter()
                        .filter_map(|n| t.synthese.iter().find(|i| i.nr == *n))
                        .map(|i| zonder_punt(&i.tekst))
                        .collect();
                    if !inzichten.is_empty() {
                        regel.push(Inline::Tekst(format!(
                            " Een antwoord op: {}.",
                            inzichten.join("; ")
                        )));
                    }
                    regel
                })
                .collect(),
        });
        vec![s]
    }

    fn borging(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut secties = Vec::new();
        let mut s = Sectie::nieuw(1, "5 Borging");
        let zin = match (
            gehouden(t, SessieSoort::Borgingsessie),
            gepland(t, SessieSoort::Borgingsessie),
        ) {
            (Some(d), _) => Some(format!(
                "In de borgingsessie van {} is besproken hoe de richtingen een vervolg krijgen.",
                d.voluit()
            )),
            (None, Some(d)) if is_beeindigd(t) => Some(format!(
                "De borgingsessie stond gepland op {}; het traject is {} en de sessie gaat niet door.",
                d.voluit(),
                t.status
            )),
            (None, Some(d)) => Some(format!(
                "De borgingsessie is gepland op {}; daar worden de afspraken gemaakt.",
                d.voluit()
            )),
            (None, None) => niet_bereikt(t, Fase::Borgen, &BORGING),
        };
        if let Some(z) = zin {
            s.voeg_toe(Blok::alinea(z));
        }
        if t.afspraken.is_empty() {
            if t.fase >= Fase::Borgen {
                s.voeg_toe(Blok::alinea(format!(
                    "Er zijn {}geen vervolgafspraken vastgelegd.",
                    nog(t)
                )));
            }
        } else {
            // In a regional traject whose afspraken name their gemeente: for whom each is.
            let met_gemeente =
                t.is_regionaal() && self.heel.afspraken.iter().any(|a| a.gemeente.is_some());
            let rijen: Vec<Vec<String>> = t
                .afspraken
                .iter()
                .map(|a| {
                    let stand = match a.laatste_nazorg() {
                        Some(n) => format!("{} ({})", n.stand, n.datum.voluit()),
                        None if a.is_verlopen(self.vandaag) => {
                            "geen nazorg, datum verstreken".into()
                        }
                        None if is_beeindigd(t) => "geen nazorg".into(),
                        None => "nog geen nazorg".into(),
                    };
                    let mut rij = vec![
                        a.nr.to_string(),
                        a.tekst.clone(),
                        a.eigenaar.clone(),
                        a.streefwaarde.clone().unwrap_or_else(|| "—".into()),
                        a.datum.map(|d| d.voluit()).unwrap_or_else(|| "—".into()),
                        stand,
                    ];
                    if met_gemeente {
                        rij.insert(2, a.gemeente.clone().unwrap_or_else(|| "hele regio".into()));
                    }
                    rij
                })
                .collect();
            s.voeg_toe(Blok::Tabel {
                intro: Some(tekst(format!(
                    "De {} met eigenaar, streefwaarde en het moment waarop ze worden bekeken:",
                    if t.afspraken.len() == 1 {
                        "afspraak"
                    } else {
                        "afspraken"
                    }
                ))),
                kop: {
                    let mut kop: Vec<String> = [
                        "Nr",
                        "Afspraak",
                        "Eigenaar",
                        "Streefwaarde",
                        "Bekijken op",
                        "Stand",
                    ]
                    .map(String::from)
                    .to_vec();
                    if met_gemeente {
                        kop.insert(2, "Gemeente".into());
                    }
                    kop
                },
                rijen,
            });
            // The chain from richting to afspraak (and, below, to its nazorg).
            for a in &t.afspraken {
                let Some(r) = a
                    .richting
                    .and_then(|nr| t.richtingen.iter().find(|r| r.nr == nr))
                else {
                    continue;
                };
                s.voeg_toe(Blok::alinea(format!(
                    "Afspraak {} werkt deze oplossingsrichting uit: {}",
                    a.nr,
                    crate::taal::zin(&r.tekst)
                )));
            }
        }
        secties.push(s);

        if let Some(e) = &t.evaluatie {
            let mut ev = Sectie::nieuw(2, "Evaluatie");
            for (label, tekst) in [
                ("Het proces. ", &e.proces),
                ("Opgehaalde inzichten. ", &e.inzichten),
                ("Vervolg. ", &e.vervolg),
            ] {
                ev.voeg_toe(Blok::Alinea(vec![
                    Inline::Sterk(label.to_string()),
                    Inline::Tekst(tekst.trim().to_string()),
                ]));
            }
            secties.push(ev);
        }

        let met_nazorg: Vec<_> = t
            .afspraken
            .iter()
            .filter(|a| !a.nazorg.is_empty())
            .collect();
        if let Some(z) = self.nazorg_zin() {
            let mut nz = Sectie::nieuw(2, "Nazorg");
            nz.voeg_toe(Blok::alinea(z));
            for a in met_nazorg {
                for n in &a.nazorg {
                    nz.voeg_toe(Blok::Alinea(vec![
                        Inline::Sterk(format!(
                            "Afspraak {}: {} ",
                            a.nr,
                            crate::taal::zin(&a.tekst)
                        )),
                        Inline::Tekst(format!(
                            "Stand op {}: {}. {}{}{}",
                            n.datum.voluit(),
                            n.stand,
                            crate::taal::zin(&n.verhaal),
                            n.perspectief
                                .map(|p| format!(" (Verteld vanuit het perspectief {p}.)"))
                                .unwrap_or_default(),
                            n.volgende
                                .map(|v| format!(" Volgende bespreking: {}.", v.voluit()))
                                .unwrap_or_default()
                        )),
                    ]));
                }
            }
            secties.push(nz);
        }
        secties
    }

    /// The chapter *Conclusies en aanbevelingen*: per thema the main dilemma and what works,
    /// the chosen richtingen as recommendations, and the facilitator's own conclusion
    /// verbatim. Left out when the traject has none of these yet.
    fn conclusies(&self) -> Vec<Sectie> {
        let t = self.t;
        let dilemmas = self.dilemmas();
        let werkzaam = self.werkzaam();
        if dilemmas.is_empty()
            && werkzaam.is_empty()
            && t.richtingen.is_empty()
            && t.conclusie.is_none()
        {
            return Vec::new();
        }
        let mut secties = Vec::new();
        let mut kop = Sectie::nieuw(1, "6 Conclusies en aanbevelingen");
        kop.voeg_toe(Blok::alinea(if t.is_lopend() {
            "Dit hoofdstuk brengt samen wat het traject tot nu toe heeft opgeleverd: per thema het belangrijkste dilemma en wat werkt, en de oplossingsrichtingen als aanbevelingen."
        } else {
            "Dit hoofdstuk brengt samen wat het traject heeft opgeleverd: per thema het belangrijkste dilemma en wat werkt, en de oplossingsrichtingen als aanbevelingen."
        }));
        secties.push(kop);

        if !dilemmas.is_empty() || !werkzaam.is_empty() {
            let mut per_thema = vec![Sectie::nieuw(2, "Per thema")];
            let aantal_themas = self.boek.groep(THEMA).count();
            for thema in (0..aantal_themas).map(Thema::Boek).chain([Thema::Overig]) {
                let van_thema = |lijst: &[&'a Inzicht]| -> Vec<&'a Inzicht> {
                    lijst
                        .iter()
                        .copied()
                        .filter(|i| self.themas(i)[0] == thema)
                        .collect()
                };
                let d = van_thema(&dilemmas);
                let w = van_thema(&werkzaam);
                if d.is_empty() && w.is_empty() {
                    continue;
                }
                // The insights as recorded, verbatim: the main dilemma (the one resting on the
                // most quotes; on a tie the first) and everything that works.
                let mut regels = Vec::new();
                if let Some(hoofd) = d
                    .iter()
                    .enumerate()
                    .max_by_key(|(n, i)| (i.citaten.len(), std::cmp::Reverse(*n)))
                    .map(|(_, i)| i)
                {
                    regels.push((
                        "Het belangrijkste dilemma".to_string(),
                        tekst(zin(&hoofd.tekst)),
                    ));
                }
                if !w.is_empty() {
                    let teksten: Vec<String> = w.iter().map(|i| zin(&i.tekst)).collect();
                    regels.push(("Wat werkt".to_string(), tekst(teksten.join(" "))));
                }
                per_thema
                    .push(Sectie::nieuw(3, self.thema_naam(&thema)).met(Blok::Definities(regels)));
            }
            secties.extend(per_thema);
        }

        let mut aanbevelingen = Sectie::nieuw(2, "Aanbevelingen");
        if t.richtingen.is_empty() {
            aanbevelingen.voeg_toe(Blok::alinea(
                niet_bereikt(t, Fase::Ontwerpen, &OPLOSSINGSRICHTINGEN).unwrap_or_else(|| {
                    format!(
                        "Er zijn {}geen oplossingsrichtingen gekozen; daarom staan hier geen aanbevelingen.",
                        nog(t)
                    )
                }),
            ));
        } else {
            aanbevelingen.voeg_toe(Blok::alinea(format!(
                "De aanbevelingen zijn de oplossingsrichtingen die {} in de ontwerpsessie:",
                if t.gemeenten.len() > 1 {
                    "de gemeenten kozen"
                } else {
                    "de gemeente koos"
                }
            )));
            aanbevelingen.voeg_toe(Blok::Lijst {
                genummerd: true,
                items: t.richtingen.iter().map(|r| tekst(r.tekst.trim())).collect(),
            });
        }
        secties.push(aanbevelingen);

        if let Some(c) = &t.conclusie {
            let mut eigen = Sectie::nieuw(2, "De conclusie van de facilitator");
            for alinea in alineas(c) {
                eigen.voeg_toe(Blok::alinea(alinea));
            }
            secties.push(eigen);
        }
        secties
    }

    fn bijlagen(&self) -> Vec<Sectie> {
        let t = self.t;
        let mut secties = Vec::new();
        let met_citaten: Vec<_> = t
            .synthese
            .iter()
            .filter(|i| !i.citaten.is_empty())
            .collect();
        if !met_citaten.is_empty() {
            let rijen = met_citaten
                .iter()
                .map(|i| {
                    let mut citaten: Vec<&String> = i.citaten.iter().collect();
                    citaten.sort_by_key(|id| id.parse::<CitaatId>().ok());
                    let ids: Vec<String> = citaten
                        .into_iter()
                        .map(|id| match self.verwijzing(id) {
                            Verwijzing::Gedeeld(g) => {
                                format!("{} {}", g.id, bron(g.interview, g.citaat))
                            }
                            Verwijzing::ZonderToestemming(id) => {
                                format!("{id} (zonder toestemming)")
                            }
                            Verwijzing::Onbekend(id) => format!("{id} (bestaat niet meer)"),
                            Verwijzing::Elders(id, gemeente) => format!("{id} ({gemeente})"),
                        })
                        .collect();
                    vec![
                        i.nr.to_string(),
                        i.stap.naam().to_string(),
                        zonder_punt(&i.tekst),
                        ids.join("; "),
                    ]
                })
                .collect();
            secties.push(
                Sectie::nieuw(1, "Bijlage A Citaten bij de inzichten").met(Blok::Tabel {
                        intro: Some(tekst(
                            "Welke citaten elk inzicht onderbouwen, met hun nummer en spreker; de citaten zelf staan bij het inzicht in hoofdstuk 3.",
                        )),
                        kop: ["Inzicht", "Stap", "Tekst", "Citaten"]
                            .map(String::from)
                            .to_vec(),
                        rijen,
                    }),
            );
        }
        let in_tekst = geciteerde_ids(t);
        let kern = Kern::van(t);
        let overige: Vec<_> = t
            .deelbare_citaten(Gebruik::Rapport)
            .filter(|(id, _, c)| !kern.telt(c) && !in_tekst.contains(id))
            .collect();
        if !overige.is_empty() {
            let letter = if secties.is_empty() { "A" } else { "B" };
            let mut s = Sectie::nieuw(1, format!("Bijlage {letter} Overige citaten"));
            s.voeg_toe(Blok::alinea(
                "Citaten uit de duo-interviews die niet bij een inzicht staan en geen kerncitaat zijn.",
            ));
            for (id, interview, citaat) in overige {
                s.voeg_toe(self.citaat_blok_met_id(&Gedeeld {
                    id,
                    interview,
                    citaat,
                }));
            }
            secties.push(s);
        }
        secties
    }
}

/// The quotes the synthesis cites, as ids.
fn geciteerde_ids(t: &Traject) -> BTreeSet<CitaatId> {
    t.synthese
        .iter()
        .flat_map(|i| i.citaten.iter().filter_map(|c| c.parse().ok()))
        .collect()
}

fn zonder_punt(tekst: &str) -> String {
    tekst.trim().trim_end_matches('.').to_string()
}

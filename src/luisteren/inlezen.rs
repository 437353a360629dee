//! Importing a moderator's notes into a traject: a new duo-interview, or the quotes of one
//! imported before brought up to date (matched on their text, so unchanged quotes keep their id
//! and tags), never the words of a withdrawn interview or a redacted quote back. What
//! `visieleer notities` shows of it is the command's (`cmd/notities.rs`); the reading of
//! the file is `crate::luisteren::notities`.

use anyhow::{Result, bail};

use crate::luisteren::notities::Notities;
use crate::model::datum::Datum;
use crate::model::interview::{Citaat, CitaatId, Deelnemer, Interview, Perspectief, Toestemming};
use crate::model::traject::Traject;
use crate::privacy::Elders;
use crate::privacy::vingerafdruk::{MIN_WOORDEN, Register, Vergelijk};

/// What importing one file did (or would do) to the traject.
pub struct Uitkomst {
    pub bestand: String,
    pub interview: u32,
    pub nieuw_interview: bool,
    pub nieuw: Vec<CitaatId>,
    pub verwijderd: Vec<CitaatId>,
    pub ongewijzigd: usize,
    pub gewijzigd: bool,
    pub toestemming: Toestemming,
    /// Quotes changed with `citaat-wijzig --tekst` whose original words the file still holds.
    pub bewerkt: Vec<CitaatId>,
    /// Privacy warnings for the interview's quotes, each naming its id.
    pub signalen: Vec<String>,
}

pub fn importeer_alle(
    t: &mut Traject,
    gelezen: &[(String, String, Notities)],
    datum: Datum,
    elders: &Elders,
    register: &Register,
) -> Result<Vec<Uitkomst>> {
    if !gelezen.is_empty() {
        use crate::methode::vastleggen::{Vastlegging, mag_vastleggen};
        mag_vastleggen(t, Vastlegging::Interview).map_err(|f| anyhow::anyhow!("{f}"))?;
    }
    gelezen
        .iter()
        .map(|(naam, getoond, n)| importeer(t, naam, getoond, n, datum, elders, register))
        .collect()
}

/// The line of a quote in the notes that matches a withdrawn interview, if the notes are
/// those of a withdrawn interview: one quote of four words or more is enough, short ones
/// ("Ja, klopt.") only when every quote matches.
fn ingetrokken_citaat(n: &Notities, register: &Register) -> Option<usize> {
    let gelijk: Vec<(&crate::luisteren::notities::NieuwCitaat, usize)> = n
        .citaten
        .iter()
        .filter_map(|c| {
            let v = Vergelijk::van(&c.tekst);
            register.is_ingetrokken(&v).then_some((c, v.woorden))
        })
        .collect();
    let (eerste, _) = gelijk.first()?;
    if let Some((c, _)) = gelijk.iter().find(|(_, woorden)| *woorden >= MIN_WOORDEN) {
        Some(c.regel)
    } else {
        (gelijk.len() == n.citaten.len()).then_some(eerste.regel)
    }
}

/// Whether two duos are the same people by role and perspective, in any order.
fn zelfde_duo(a: &[Deelnemer], b: &[Deelnemer]) -> bool {
    let sleutels = |duo: &[Deelnemer]| {
        let mut v: Vec<(String, Perspectief)> = duo
            .iter()
            .map(|d| (d.rol.trim().to_lowercase(), d.perspectief))
            .collect();
        v.sort();
        v
    };
    sleutels(a) == sleutels(b)
}

fn beschrijving(datum: Option<Datum>, duo: &[Deelnemer]) -> String {
    let rollen: Vec<String> = duo.iter().map(|d| d.to_string()).collect();
    match datum {
        Some(d) => format!("{d}, {}", rollen.join(" en ")),
        None => rollen.join(" en "),
    }
}

/// Imports one notes file into the traject: a new interview, or an update of the interview
/// that came from a file with the same name. Quotes are matched on their text, so unchanged
/// quotes keep their id; tags added later (with `visieleer tag`) are kept.
fn importeer(
    t: &mut Traject,
    naam: &str,
    getoond: &str,
    n: &Notities,
    datum: Datum,
    elders: &Elders,
    register: &Register,
) -> Result<Uitkomst> {
    let positie = t
        .interviews
        .iter()
        .position(|i| i.bron.as_deref() == Some(naam));
    if let Some(p) = positie
        && t.interviews[p].ingetrokken.is_some()
    {
        // Importing would bring back the very words the withdrawal erased.
        bail!(
            "{getoond}: de deelnemers van duo-interview {} hebben hun toestemming ingetrokken; hun woorden worden niet opnieuw ingelezen. Verwijder of vernietig dit notitiebestand.",
            t.interviews[p].nr
        );
    }
    // Withdrawn words never come back, whatever the file is called now or the date it gives.
    if let Some(regel) = ingetrokken_citaat(n, register) {
        bail!(
            "{getoond}, regel {regel}: dit citaat komt uit een duo-interview waarvan de deelnemers hun toestemming hebben ingetrokken; hun woorden worden niet opnieuw ingelezen, verwijder of vernietig dit notitiebestand."
        );
    }
    for deelnemer in &n.duo {
        if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
            bail!("{getoond}: {fout}.");
        }
    }
    let gemeente = n
        .gemeente
        .as_deref()
        .map(|g| t.eigen_gemeente(g))
        .transpose()
        .map_err(|f| anyhow::anyhow!("{getoond}: 'gemeente': {f}."))?;
    match positie {
        // The same file name, but another interview: updating would silently replace it.
        Some(p)
            if t.interviews[p].datum != Some(n.datum)
                && !zelfde_duo(&t.interviews[p].duo, &n.duo) =>
        {
            let bestaand = &t.interviews[p];
            bail!(
                "{getoond}: een eerder ingelezen bestand met deze naam is duo-interview {} ({}); dit bestand beschrijft een ander interview ({}). Geef het een eigen bestandsnaam.",
                bestaand.nr,
                beschrijving(bestaand.datum, &bestaand.duo),
                beschrijving(Some(n.datum), &n.duo)
            );
        }
        Some(_) => {}
        // A renamed copy of notes already imported would count one interview twice, or bring
        // back the words of a withdrawn one.
        None => {
            if let Some(bestaand) = t
                .interviews
                .iter()
                .find(|i| i.datum == Some(n.datum) && zelfde_duo(&i.duo, &n.duo))
            {
                let reden = if bestaand.ingetrokken.is_some() {
                    "; de deelnemers hebben hun toestemming ingetrokken, dus hun woorden worden niet opnieuw ingelezen"
                } else {
                    ""
                };
                bail!(
                    "{getoond}: dit is hetzelfde interview als duo-interview {} ({}){reden}. Lees een interview maar één keer in; werk het bij via het oorspronkelijke bestand.",
                    bestaand.nr,
                    beschrijving(bestaand.datum, &bestaand.duo)
                );
            }
        }
    }
    let uit_plan = uit_plan(t, getoond, n, positie)?;
    let oud = match positie {
        Some(p) => t.interviews[p].clone(),
        None if uit_plan.is_some() => Interview {
            bron: Some(naam.to_string()),
            ..t.gepland_interview(n.interview.unwrap_or(0))
                .expect("uit_plan vond het plan")
                .clone()
                .wordt_gehouden(n.datum, n.toestemming.clone())
        },
        None => Interview {
            bron: Some(naam.to_string()),
            ..Interview::nieuw(
                t.volgend_interviewnummer()?,
                None,
                n.toestemming.clone(),
                Vec::new(),
            )
        },
    };
    // Consent changes only with `toestemming` and `intrekken`: a file that says otherwise than
    // the interview is refused, not followed.
    if positie.is_some() && oud.toestemming != n.toestemming {
        bail!(
            "{getoond}: het bestand zegt 'toestemming: {}', maar duo-interview {} heeft toestemming '{}'; toestemming verandert alleen met 'visieleer toestemming {} {} …'. Zet in het bestand dezelfde toestemming als het interview en importeer opnieuw; er is niets geïmporteerd.",
            n.toestemming,
            oud.nr,
            oud.toestemming,
            t.slug,
            oud.nr
        );
    }
    let mut nieuw = oud.clone();
    nieuw.datum = Some(n.datum);
    nieuw.moderator = n.moderator.clone();
    // A file without `gemeente:` keeps what `interview-wijzig --gemeente` set.
    if let Some(g) = gemeente {
        nieuw.gemeente = g;
    }
    nieuw.duo = n.duo.clone();
    nieuw.aantekeningen = n.aantekeningen.clone();
    let mut over = oud.citaten.clone();
    let mut citaten = Vec::new();
    let mut nieuwe_ids = Vec::new();
    let mut bewerkt = Vec::new();
    let mut laatste = oud.hoogste_citaatnummer();
    for nc in &n.citaten {
        // A quote changed with `citaat-wijzig --tekst` (a name taken out) keeps its change
        // when the file still holds the original words.
        let vergelijk = Vergelijk::van(&nc.tekst);
        let origineel = || {
            over.iter().position(|c| {
                c.origineel
                    .as_deref()
                    .is_some_and(|o| vergelijk.lijkt_op_tekst(o))
            })
        };
        let gelijk = over.iter().position(|c| c.tekst == nc.tekst);
        let gelijk = gelijk.or_else(|| {
            let p = origineel()?;
            bewerkt.push(CitaatId {
                interview: nieuw.nr,
                nr: over[p].nr,
            });
            Some(p)
        });
        // The original words of a quote redacted elsewhere (or removed since) never come back.
        if gelijk.is_none()
            && vergelijk.woorden >= MIN_WOORDEN
            && register.is_geredigeerd(&vergelijk)
        {
            bail!(
                "{getoond}, regel {}: dit citaat lijkt op de oorspronkelijke woorden van een citaat dat met 'visieleer citaat-wijzig --tekst' is aangepast (bijvoorbeeld om een naam weg te halen); neem de aangepaste tekst over in het notitiebestand, er is niets geïmporteerd.",
                nc.regel
            );
        }
        if let Some(p) = gelijk {
            let mut c = over.remove(p);
            c.van = nc.van.clone();
            for tag in &nc.tags {
                if !c.tags.contains(tag) {
                    c.tags.push(tag.clone());
                }
            }
            citaten.push(c);
        } else {
            laatste = nieuw.citaatnummer_na(laatste)?;
            nieuwe_ids.push(CitaatId {
                interview: nieuw.nr,
                nr: laatste,
            });
            citaten.push(Citaat::nieuw(
                laatste,
                nc.tekst.clone(),
                nc.van.clone(),
                nc.tags.clone(),
            ));
        }
    }
    let verwijderd: Vec<CitaatId> = over
        .iter()
        .map(|c| CitaatId {
            interview: nieuw.nr,
            nr: c.nr,
        })
        .collect();
    for id in &verwijderd {
        if let Some(inzicht) = t
            .synthese
            .iter()
            .find(|i| i.citaten.iter().any(|c| *c == id.to_string()))
        {
            bail!(
                "{getoond}: citaat {id} staat niet meer in het bestand, maar inzicht {} ('{}') verwijst ernaar; zet het citaat terug in de notities, er is niets geïmporteerd.",
                inzicht.nr,
                inzicht.tekst
            );
        }
    }
    nieuw.laatste_citaat = laatste;
    nieuw.citaten = citaten;
    let gewijzigd = nieuw != oud;
    let ongewijzigd = nieuw.citaten.len() - nieuwe_ids.len();
    if gewijzigd {
        let mut wat = format!("notities '{naam}' geïmporteerd");
        if !nieuwe_ids.is_empty() {
            wat.push_str(&format!(", nieuw: {}", ids(&nieuwe_ids)));
        }
        if !verwijderd.is_empty() {
            wat.push_str(&format!(", verwijderd: {}", ids(&verwijderd)));
        }
        nieuw.noteer(datum, wat);
    }
    let nr = nieuw.nr;
    let alle_ids: Vec<CitaatId> = nieuw
        .citaten
        .iter()
        .map(|c| CitaatId {
            interview: nr,
            nr: c.nr,
        })
        .collect();
    match positie {
        Some(p) => t.interviews[p] = nieuw,
        None if uit_plan.is_some() => {
            t.noteer(
                datum,
                format!(
                    "gepland duo-interview {nr} gehouden, vastgelegd uit notities '{naam}' ({} en {})",
                    n.duo[0], n.duo[1]
                ),
            );
            t.geplande_interviews.retain(|g| g.nr != nr);
            let plek = t.interviews.partition_point(|i| i.nr < nr);
            t.interviews.insert(plek, nieuw);
        }
        None => {
            t.noteer(
                datum,
                format!(
                    "duo-interview {nr} vastgelegd uit notities '{naam}' ({} en {})",
                    n.duo[0], n.duo[1]
                ),
            );
            t.interviews.push(nieuw);
        }
    }
    Ok(Uitkomst {
        bestand: getoond.to_string(),
        interview: nr,
        nieuw_interview: positie.is_none(),
        nieuw: nieuwe_ids,
        verwijderd,
        ongewijzigd,
        gewijzigd,
        toestemming: n.toestemming.clone(),
        bewerkt,
        signalen: crate::privacy::citaatsignalen(t, &alle_ids, &elders.namen),
    })
}

/// The planned interview notes name with `interview: N` that they make held, or `None` when
/// they name none or update the interview they were imported into before. Refuses a number
/// that is no plan, a cancelled plan, another duo than planned, and a file imported before as
/// another interview.
fn uit_plan(
    t: &Traject,
    getoond: &str,
    n: &Notities,
    positie: Option<usize>,
) -> Result<Option<u32>> {
    let Some(nr) = n.interview else {
        return Ok(None);
    };
    let slug = &t.slug;
    if let Some(p) = positie {
        let eerder = t.interviews[p].nr;
        if eerder != nr {
            bail!(
                "{getoond}: de front matter noemt 'interview: {nr}', maar dit bestand is eerder ingelezen als duo-interview {eerder}; zet 'interview: {eerder}' terug of geef het bestand een eigen naam."
            );
        }
        return Ok(None);
    }
    if let Some(i) = t.interview(nr) {
        bail!(
            "{getoond}: de front matter noemt 'interview: {nr}', maar duo-interview {nr} is al vastgelegd ({}); werk het bij via {}, of haal de regel 'interview:' weg als dit een ander interview is.",
            beschrijving(i.datum, &i.duo),
            match &i.bron {
                Some(b) => format!("het notitiebestand '{b}'"),
                None => format!("'visieleer citaat {slug} {nr} …'"),
            }
        );
    }
    let Some(g) = t.gepland_interview(nr) else {
        bail!(
            "{getoond}: de front matter noemt 'interview: {nr}', maar traject '{slug}' heeft geen gepland duo-interview {nr}; 'visieleer interviews {slug}' toont de geplande interviews, of haal de regel 'interview:' weg voor een interview dat niet gepland was."
        );
    };
    if !g.loopt() {
        bail!(
            "{getoond}: gepland duo-interview {nr} is afgezegd; is het toch gehouden, zet de stand dan eerst terug met 'visieleer interview-stand {slug} {nr} toegezegd' en importeer opnieuw."
        );
    }
    if !zelfde_duo(&g.duo, &n.duo) {
        bail!(
            "{getoond}: het duo in de front matter ({}) is niet het duo van gepland duo-interview {nr} ({}); zet het geplande duo in het bestand, of verbeter de planning eerst met 'visieleer interview-wijzig {slug} {nr} --duo … --duo …'.",
            beschrijving(None, &n.duo),
            g.duo_tekst()
        );
    }
    Ok(Some(nr))
}

/// Quote ids as a list, `1.1, 1.2`.
pub fn ids(ids: &[CitaatId]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

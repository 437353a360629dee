//! `interview --gepland` and `interview --gehouden NR`: a duo-interview planned ahead (from
//! starten on, roles only, no consent yet) and the moment it is held. The plan counts for no
//! gate and appears in no document; once held it is an ordinary interview with the same number.

use anyhow::{Result, anyhow, bail};

use super::interview::{Args, lees_duo, meld_toestemming, zelfde_duo};
use super::{Code, Omgeving, naam};
use crate::model::datum::Datering;
use crate::model::fase::Fase;
use crate::model::interview::{GeplandInterview, Toestemming, Uitnodiging};
use crate::model::traject::Traject;

/// A planned date as typed after `--datum`: a day, a month or a year, never in the past.
pub fn geplande_datum(tekst: &str, omg: &Omgeving, slug: &str) -> Result<Datering> {
    let datum = Datering::lees(tekst).map_err(|f| anyhow!("--datum {f}."))?;
    if datum.laatste_dag() < omg.vandaag {
        bail!(
            "Een gepland duo-interview ligt niet in het verleden: {} is voorbij (vandaag is {}). Is het al gehouden, leg het dan vast met 'visieleer interview {slug} --duo … --toestemming …' (of met --gehouden NR als het gepland was); anders kies een latere --datum.",
            datum.voluit(),
            omg.vandaag.voluit()
        );
    }
    Ok(datum)
}

/// Planning belongs to starten and later: in werving there is no traject to plan for yet.
fn mag_plannen(t: &Traject) -> Result<()> {
    if t.fase < Fase::Starten {
        bail!(
            "Duo-interviews plannen kan vanaf fase starten; traject '{}' is in fase {}. Ga verder met 'visieleer volgende {}' zodra de werving rond is.",
            t.slug,
            t.fase,
            t.slug
        );
    }
    Ok(())
}

/// `interview --gepland`.
pub fn plan(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let duo = lees_duo(&args.duo)?;
    let moderator = args
        .moderator
        .as_deref()
        .map(|m| naam("--moderator", m))
        .transpose()?;
    let datum = args
        .datum
        .as_deref()
        .map(|d| geplande_datum(d, omg, &args.slug))
        .transpose()?;
    let vandaag = omg.vandaag;
    let nr = omg.wijzig(&args.slug, |t| {
        mag_plannen(t)?;
        for deelnemer in &duo {
            if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
                bail!("--duo: {fout}.");
            }
        }
        if !args.nogmaals
            && let Some(bestaand) = t
                .geplande_interviews
                .iter()
                .find(|g| g.loopt() && g.datum == datum && zelfde_duo(&g.duo, &duo))
        {
            bail!(
                "Traject '{slug}' heeft dit duo al gepland als duo-interview {nr}{wanneer}. Verzet het met 'visieleer interview-wijzig {slug} {nr} --datum …'; is er echt een tweede interview met dit duo, geef dan --nogmaals.",
                slug = t.slug,
                nr = bestaand.nr,
                wanneer = datum
                    .map(|d| format!(" ({})", d.voluit()))
                    .unwrap_or_default()
            );
        }
        let nr = t.volgend_interviewnummer()?;
        t.geplande_interviews.push(GeplandInterview {
            nr,
            datum,
            moderator: moderator.clone(),
            duo: duo.clone(),
            stand: None,
        });
        t.noteer(
            vandaag,
            format!("duo-interview {nr} gepland ({} en {})", duo[0], duo[1]),
        );
        Ok(nr)
    })?;
    if args.stil {
        omg.regel(nr.to_string());
        return Ok(0);
    }
    omg.regel(format!(
        "Duo-interview {nr} gepland ({}, {}){}.",
        duo[0].rol,
        duo[1].rol,
        datum
            .map(|d| format!(" voor {}", d.voluit()))
            .unwrap_or_default()
    ));
    omg.regel(format!(
        "Houd de uitnodiging bij met 'visieleer interview-stand {slug} {nr} gevraagd'; een notitiebestand om in te vullen geeft 'visieleer notities {slug} --sjabloon {nr}', een leidraad 'visieleer leidraad {slug}'.",
        slug = args.slug
    ));
    Ok(0)
}

/// The refusal for a number that names no planned interview.
pub fn geen_plan(t: &Traject, nr: u32) -> anyhow::Error {
    let slug = &t.slug;
    if t.interview(nr).is_some() {
        anyhow!(
            "Duo-interview {nr} is al gehouden en vastgelegd; 'visieleer interviews {slug}' toont plan en resultaat."
        )
    } else {
        anyhow!(
            "Traject '{slug}' heeft geen gepland duo-interview {nr}; 'visieleer interviews {slug}' toont de geplande interviews."
        )
    }
}

/// The refusal for a plan that was cancelled.
pub fn afgezegd(t: &Traject, nr: u32) -> anyhow::Error {
    anyhow!(
        "Gepland duo-interview {nr} is afgezegd; is het toch gehouden, zet de stand dan eerst terug met 'visieleer interview-stand {} {nr} toegezegd'.",
        t.slug
    )
}

/// `interview --gehouden NR`.
pub fn gehouden(nr: u32, args: Args, omg: &mut Omgeving) -> Result<Code> {
    let moderator = args
        .moderator
        .as_deref()
        .map(|m| naam("--moderator", m))
        .transpose()?;
    let gegeven = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let omg_ref = &*omg;
    let (duo, datum, toestemming) = omg_ref.wijzig(&args.slug, |t| {
        crate::methode::vastleggen::mag_vastleggen(
            t,
            crate::methode::vastleggen::Vastlegging::Interview,
        )
        .map_err(|f| anyhow!("{f}"))?;
        let plan = t.gepland_interview(nr).ok_or_else(|| geen_plan(t, nr))?.clone();
        if plan.stand == Some(Uitnodiging::Afgezegd) {
            return Err(afgezegd(t, nr));
        }
        // Without --datum: the planned day when it has come, else today (and say so).
        let datum = match (gegeven, plan.datum) {
            (Some(d), _) => d,
            (None, Some(Datering::Dag(d))) if d <= vandaag => d,
            (None, _) => omg_ref.datum(None)?,
        };
        crate::methode::vastleggen::niet_in_de_toekomst(
            &format!("duo-interview {nr}"),
            datum,
            vandaag,
            None,
        )
        .map_err(|f| anyhow!("{f}"))?;
        let rollen: Vec<&str> = plan.duo.iter().map(|d| d.rol.as_str()).collect();
        let toestemming = Toestemming::uit_argumenten(&args.toestemming, &rollen)
            .map_err(|f| anyhow!("--toestemming: {f}."))?;
        if !args.nogmaals
            && let Some(bestaand) = t
                .interviews
                .iter()
                .find(|i| i.datum == Some(datum) && zelfde_duo(&i.duo, &plan.duo))
        {
            bail!(
                "Traject '{slug}' heeft al duo-interview {ander} met dit duo op {dag}; is dat het geplande interview {nr}, zeg het geplande dan af met 'visieleer interview-stand {slug} {nr} afgezegd'. Was er echt een tweede interview, geef dan --nogmaals.",
                slug = t.slug,
                ander = bestaand.nr,
                dag = datum.voluit()
            );
        }
        let interview = t
            .houd_gepland_interview(nr, datum, toestemming.clone())
            .expect("het plan bestaat");
        if let Some(m) = &moderator {
            interview.moderator = Some(m.clone());
        }
        t.noteer(
            datum,
            format!(
                "gepland duo-interview {nr} gehouden ({} en {})",
                plan.duo[0], plan.duo[1]
            ),
        );
        Ok((plan.duo, datum, toestemming))
    })?;
    if args.stil {
        omg.regel(nr.to_string());
    } else {
        omg.regel(format!(
            "Duo-interview {nr} gehouden op {} ({}, {}); voeg citaten toe met 'visieleer citaat {} {nr} …' of lees de notities in met 'visieleer notities'.",
            datum.voluit(),
            duo[0].rol,
            duo[1].rol,
            args.slug
        ));
    }
    meld_toestemming(&toestemming, &args.slug);
    Ok(0)
}

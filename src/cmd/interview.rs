//! `interview`: a held duo-interview, a planned one (`--gepland`: from starten on, roles only,
//! no consent yet) and the moment a planned one is held (`--gehouden NR`). A plan counts for
//! no gate and appears in no document; once held it is an ordinary interview with the same
//! number.

use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, naam};
use crate::model::datum::Datering;
use crate::model::fase::Fase;
use crate::model::interview::{Deelnemer, GeplandInterview, Interview, Toestemming, Uitnodiging};
use crate::model::traject::Traject;

/// Leg een gehouden of gepland duo-interview vast (alleen rollen, nooit namen)
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Plannen kan vanaf fase starten: --gepland met het duo (rollen, geen namen), eventueel
--datum (een dag, of alleen een maand of jaar: 2024-09, september 2024, 2025) en --moderator;
nog zonder toestemming. 'visieleer interview-stand' houdt de uitnodiging bij
(gevraagd, toegezegd, afgezegd). Is het gehouden, leg het dan vast met --gehouden NR en
--toestemming (het duo komt uit de planning), of lees de notities in met 'visieleer notities'
('visieleer notities TRAJECT --sjabloon NR' schrijft een notitiebestand om in te vullen).
Een gepland interview telt voor geen enkele poort en komt in geen document.

Perspectieven: inwoner, uitvoering, beleid, bestuur, partner.
Namen van geïnterviewden worden nooit opgeslagen: alleen hun rol en perspectief.
Toestemming per gebruik: rapport (het eigen borgingsrapport), kaartjes (citaatkaartjes voor de
ontwerpsessie), landelijk (de rode draden over alle trajecten), onderzoek (CSV, Excel, qdpx en
'toon --json'); ja is alles, nee is niets. Per deelnemer: --toestemming \"rol=gebruiken\" voor
elke rol. Later wijzigen kan alleen met 'visieleer toestemming' (en 'visieleer intrekken').
'visieleer interviews' toont alle interviews van een traject; met --stil toont deze
opdracht alleen het nummer, zoals nr=$(visieleer interview … --stil) in een script.

Bij een regionaal traject zegt --gemeente in welke gemeente het interview was; zonder
--gemeente hoort het bij de hele regio. 'visieleer rapport … --gemeente' gebruikt het.

Hetzelfde duo op dezelfde datum nog eens vastleggen wordt geweigerd (verbeter een vergissing
met 'visieleer interview-wijzig'); --nogmaals legt een echt tweede interview vast.

Voorbeeld:
  visieleer interview hoorn --duo wijkcoach:uitvoering \\
    --duo \"beleidsadviseur Wmo:beleid\" --toestemming ja \\
    --moderator \"A. Jansen\"
  visieleer interview hoorn --duo wijkcoach:uitvoering --duo wethouder:bestuur \\
    --toestemming wijkcoach=ja --toestemming \"wethouder=rapport, kaartjes\"
  visieleer interview hoorn --gepland --duo mantelzorger:inwoner \\
    --duo wijkcoach:uitvoering --datum 2024-09 --moderator \"A. Jansen\"
  visieleer interview hoorn --gehouden 3 --toestemming ja --datum 12-9-2024")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Een deelnemer als rol:perspectief; precies twee keer
    #[arg(
        long,
        required_unless_present = "gehouden",
        conflicts_with = "gehouden",
        value_name = "ROL:PERSPECTIEF"
    )]
    pub duo: Vec<String>,
    /// Waarvoor mogen hun woorden gebruikt worden? ja (alles), nee (niets) of een lijst van
    /// rapport, kaartjes, landelijk, onderzoek; per deelnemer als rol=gebruiken (dan voor beide)
    #[arg(
        long,
        required_unless_present = "gepland",
        conflicts_with = "gepland",
        value_name = "GEBRUIKEN"
    )]
    pub toestemming: Vec<String>,
    /// Plan het interview (vanaf fase starten): nog niet gehouden, nog geen toestemming
    #[arg(long, conflicts_with = "gehouden")]
    pub gepland: bool,
    /// Het geplande interview met dit nummer is gehouden (het duo komt uit de planning)
    #[arg(long, value_name = "NR")]
    pub gehouden: Option<String>,
    /// Naam van de moderator
    #[arg(long, value_name = "NAAM")]
    pub moderator: Option<String>,
    /// Datum van het interview (zoals 5-3-2024 of 2024-03-05; standaard vandaag); bij --gepland
    /// mag het ook een maand of jaar zijn (2024-09, september 2024, 2025)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// In welke gemeente van een regionaal traject (standaard: de hele regio)
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
    /// Toon alleen het nummer van het interview (voor scripts)
    #[arg(long)]
    pub stil: bool,
    /// Leg het interview ook vast als er al een is met hetzelfde duo op dezelfde datum
    #[arg(long)]
    pub nogmaals: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if args.gepland {
        return plan(args, omg);
    }
    if let Some(nr) = &args.gehouden {
        let nr = super::interviewnummer(nr)?;
        return gehouden(nr, args, omg);
    }
    let duo = lees_duo(&args.duo)?;
    let rollen: Vec<&str> = duo.iter().map(|d| d.rol.as_str()).collect();
    let toestemming = Toestemming::uit_argumenten(&args.toestemming, &rollen)
        .map_err(|f| anyhow!("--toestemming: {f}."))?;
    let moderator = args
        .moderator
        .as_deref()
        .map(|m| naam("--moderator", m))
        .transpose()?;
    let datum = omg.datum(args.datum.as_deref())?;
    crate::methode::vastleggen::niet_in_de_toekomst("een duo-interview", datum, omg.vandaag, None)
        .map_err(|f| anyhow!("{f}"))?;
    let nr = omg.wijzig(&args.slug, |t| {
        crate::methode::vastleggen::mag_vastleggen(
            t,
            crate::methode::vastleggen::Vastlegging::Interview,
        )
        .map_err(|f| anyhow!("{f}"))?;
        for deelnemer in &duo {
            if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
                bail!("--duo: {fout}.");
            }
        }
        if !args.nogmaals
            && let Some(bestaand) = t
                .interviews
                .iter()
                .find(|i| i.datum == Some(datum) && zelfde_duo(&i.duo, &duo))
        {
            bail!(
                "Traject '{slug}' heeft al duo-interview {nr} met dit duo op {datum}. Klopt er iets niet aan, verbeter het dan met 'visieleer interview-wijzig {slug} {nr} --moderator …' (of --duo, --datum); was er echt een tweede interview met dit duo op die dag, geef dan --nogmaals.",
                slug = t.slug,
                nr = bestaand.nr,
                datum = datum.voluit()
            );
        }
        let gemeente = gemeente_van(t, args.gemeente.as_deref())?;
        let nr = t.volgend_interviewnummer()?;
        t.interviews.push(Interview {
            moderator,
            gemeente,
            ..Interview::nieuw(nr, Some(datum), toestemming.clone(), duo.clone())
        });
        t.noteer(
            datum,
            format!("duo-interview {nr} vastgelegd ({} en {})", duo[0], duo[1]),
        );
        Ok(nr)
    })?;
    if args.stil {
        omg.regel(nr.to_string());
    } else {
        omg.regel(format!(
            "Duo-interview {nr} vastgelegd ({}, {}).",
            duo[0].rol, duo[1].rol
        ));
    }
    meld_toestemming(&toestemming, &args.slug);
    Ok(0)
}

/// The note after recording a held interview whose consent does not allow every use.
pub fn meld_toestemming(toestemming: &Toestemming, slug: &str) {
    if toestemming.is_nee() {
        crate::melding!(
            "Let op: zonder toestemming komen citaten uit dit interview in geen enkel document."
        );
    } else if toestemming.smalste() != crate::model::interview::Gebruiken::ALLE {
        crate::melding!(
            "Let op: citaten uit dit interview komen alleen waar de toestemming ({toestemming}) het toelaat; 'visieleer citaten {slug}' toont het per citaat."
        );
    }
}

/// Reads the two `--duo rol:perspectief` of a duo-interview (also for `interview-wijzig`).
pub fn lees_duo(duo: &[String]) -> Result<Vec<Deelnemer>> {
    if duo.len() != 2 {
        bail!(
            "Een duo-interview heeft precies twee deelnemers; geef --duo twee keer (nu {}).",
            duo.len()
        );
    }
    let duo = duo
        .iter()
        .map(|d| {
            let deelnemer = Deelnemer::uit_argument(d).map_err(|f| anyhow!("--duo: {f}."))?;
            naam("De rol", &deelnemer.rol)?;
            Ok(deelnemer)
        })
        .collect::<Result<Vec<_>>>()?;
    if duo[0].rol.to_lowercase() == duo[1].rol.to_lowercase() {
        bail!(
            "Beide deelnemers heten '{}'; geef ze verschillende rollen (bijv. 'wijkcoach 1' en 'wijkcoach 2') zodat citaten toe te wijzen zijn.",
            duo[0].rol
        );
    }
    Ok(duo)
}

/// Whether two duos are the same two people by role and perspective, in any order.
pub fn zelfde_duo(a: &[Deelnemer], b: &[Deelnemer]) -> bool {
    let sleutels = |duo: &[Deelnemer]| {
        let mut v: Vec<(String, crate::model::interview::Perspectief)> = duo
            .iter()
            .map(|d| (d.rol.trim().to_lowercase(), d.perspectief))
            .collect();
        v.sort();
        v
    };
    sleutels(a) == sleutels(b)
}

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
        let gemeente = gemeente_van(t, args.gemeente.as_deref())?;
        let nr = t.volgend_interviewnummer()?;
        t.geplande_interviews.push(GeplandInterview {
            nr,
            datum,
            moderator: moderator.clone(),
            duo: duo.clone(),
            gemeente,
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

/// `--gemeente` as the traject spells it (absent: the whole region, or a traject of one
/// gemeente); refused when it is not one of the traject's gemeenten.
fn gemeente_van(t: &Traject, gegeven: Option<&str>) -> Result<Option<String>> {
    Ok(gegeven
        .map(|g| t.eigen_gemeente(g))
        .transpose()
        .map_err(|f| anyhow!("--gemeente: {f}."))?
        .flatten())
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
        // --gemeente when it was held elsewhere than planned; else the plan's.
        let gemeente = gemeente_van(t, args.gemeente.as_deref())?;
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
        if let Some(g) = gemeente {
            interview.gemeente = Some(g);
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

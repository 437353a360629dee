use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving};
use crate::methode::volgorde;
use crate::model::datum::{Datering, Precisie};
use crate::model::sessie::{Sessie, SessieSoort};

/// Leg een bijeenkomst vast: gehouden, of met --gepland als planning
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Soorten en hun fase: kickoff (starten), ontwerpsessie (ontwerpen), borgingsessie (borgen),\ninwonerssessie en werkbezoek (luisteren tot en met borgen), nazorg (borgen of na de afronding).\nEen gehouden bijeenkomst hoort in haar fase en niet vóór het begin ervan; daarbuiten kan alleen --gepland.\nEen tweede kick-off, ontwerpsessie of borgingsessie wordt geweigerd (verbeter de eerste met\n'visieleer sessie-wijzig'); --nogmaals legt er echt een tweede vast. 'visieleer toon' toont de nummers.\n\nVoorbeeld:\n  visieleer sessie hoorn kickoff --datum 2024-01-22\n  visieleer sessie hoorn ontwerpsessie --datum 2024-03-04 --gepland"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Soort bijeenkomst: kickoff, ontwerpsessie, borgingsessie, inwonerssessie, werkbezoek of nazorg
    pub soort: String,
    /// Datum (zoals 5-3-2024 of 2024-03-05; standaard vandaag); met --gepland verplicht, en
    /// mag dan ook alleen een maand of jaar zijn (zoals 'september 2024' of 2025)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// De bijeenkomst is gepland, nog niet gehouden
    #[arg(long)]
    pub gepland: bool,
    /// Wat er is afgesproken of ontworpen (bij de kick-off de verwachtingen, bij de
    /// ontwerpsessie het ontwerp); komt in 'toon' en in het rapport
    #[arg(long, value_name = "TEKST")]
    pub verslag: Option<String>,
    /// Leg een tweede kick-off, ontwerpsessie of borgingsessie vast (anders geweigerd als vergissing)
    #[arg(long)]
    pub nogmaals: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let soort: SessieSoort = args.soort.parse().map_err(|f| anyhow!("Dat is een {f}."))?;
    let verslag = args
        .verslag
        .as_deref()
        .map(|v| super::tekst("--verslag", v))
        .transpose()?;
    let gepland = args.gepland;
    // A planning says when, as precisely as it is known: a month or a year stays one.
    let mut gepland_in = None;
    if gepland {
        let Some(gegeven) = args.datum.as_deref() else {
            bail!(
                "Zeg met --datum wanneer {} {} gepland is: een dag, of alleen een maand of jaar als meer nog niet bekend is (zoals --datum 'september 2024').",
                soort.lidwoord(),
                soort.titel().to_lowercase()
            );
        };
        let planning = Datering::lees(gegeven).map_err(|f| anyhow!("--datum {f}."))?;
        if planning.precisie() != Precisie::Dag {
            gepland_in = Some(planning);
        }
    }
    let datum = match gepland_in {
        Some(p) => p.eerste_dag(),
        None => omg.datum(args.datum.as_deref())?,
    };
    let dag = gepland_in.is_none().then_some(datum);
    let wanneer = match gepland_in {
        Some(p) => format!("in {}", p.voluit()),
        None => format!("op {}", datum.voluit()),
    };
    let vandaag = omg.vandaag;
    if !gepland {
        crate::methode::vastleggen::niet_in_de_toekomst(
            &format!(
                "{} {}",
                if soort == SessieSoort::Werkbezoek {
                    "het"
                } else {
                    "de"
                },
                soort.titel().to_lowercase()
            ),
            datum,
            vandaag,
            Some("--gepland"),
        )
        .map_err(|f| anyhow!("{f}"))?;
    }
    let bericht = omg.wijzig_ook_afgerond(&args.slug, |t| {
        // Only nazorg goes on after afronding.
        if soort != SessieSoort::Nazorg {
            super::mag_wijzigen(t)?;
        }
        // A second kick-off, ontwerpsessie or borgingsessie is almost always a slip (a typo in
        // the date, typed again): refused with the way to correct the first one.
        if !args.nogmaals
            && eenmalig(soort)
            && let Some(bestaand) = t
                .sessies
                .iter()
                .find(|s| s.soort == soort && (gepland || s.gehouden()))
            // The same meeting typed again is no second one (said below).
            && !t
                .sessies
                .iter()
                .any(|s| s.soort == soort && s.datum == dag && s.gepland_in == gepland_in && s.gepland == gepland)
        {
            bail!(
                "Traject '{slug}' heeft al een {naam}: sessie {nr} ({stand}{datum}). Klopt die niet, verbeter haar dan met 'visieleer sessie-wijzig {slug} {nr} --datum JJJJ-MM-DD'; was er echt een tweede {naam}, geef dan --nogmaals.",
                slug = t.slug,
                naam = soort.titel().to_lowercase(),
                nr = bestaand.nr,
                stand = if bestaand.gepland { "gepland" } else { "gehouden" },
                datum = bestaand
                    .datum
                    .map(|d| format!(" op {}", d.voluit()))
                    .unwrap_or_default(),
            );
        }
        // The same meeting planned twice for the same days (a month typed after the day it
        // already has, say) is a slip too; any kind of meeting.
        let nieuw = gepland_in.or(dag.map(Datering::Dag));
        if gepland
            && !args.nogmaals
            && let Some(nieuw) = nieuw
            && let Some(bestaand) = t.sessies.iter().find(|s| {
                s.soort == soort
                    && !s.gehouden()
                    // The same planning typed again is no second one (said below).
                    && !(s.datum == dag && s.gepland_in == gepland_in)
                    && s.planning().is_some_and(|p| {
                        p.eerste_dag() <= nieuw.laatste_dag() && nieuw.eerste_dag() <= p.laatste_dag()
                    })
            })
        {
            bail!(
                "Traject '{slug}' heeft al een {naam} gepland {wanneer} (sessie {nr}). Is dat dezelfde, verzet die dan met 'visieleer sessie-wijzig {slug} {nr} --datum …'; komt er echt nog een {naam}, geef dan --nogmaals.",
                slug = t.slug,
                naam = soort.titel().to_lowercase(),
                wanneer = match bestaand.planning() {
                    Some(Datering::Dag(d)) => format!("op {}", d.voluit()),
                    Some(p) => format!("in {}", p.voluit()),
                    None => String::new(),
                },
                nr = bestaand.nr,
            );
        }
        if !gepland && !volgorde::mag_gehouden(t, soort) {
            bail!(
                "Een gehouden {} hoort bij {}; traject '{}' is {}. Leg haar met --gepland vast als ze nog moet komen.",
                soort.titel().to_lowercase(),
                volgorde::fasen_tekst(soort),
                t.slug,
                if t.is_lopend() {
                    format!("in fase {}", t.fase)
                } else {
                    t.status.to_string()
                }
            );
        }
        if let Some(zelfde) = t
            .sessies
            .iter_mut()
            .find(|s| s.soort == soort && s.datum == dag && s.gepland_in == gepland_in && s.gepland == gepland)
        {
            // The same meeting again, now with its verslag: the verslag is added.
            if let Some(v) = verslag.clone()
                && zelfde.verslag.as_ref() != Some(&v)
            {
                zelfde.verslag = Some(v);
                t.noteer(vandaag, format!("verslag bij {soort} van {datum} vastgelegd"));
                return Ok(format!(
                    "Verslag bij de {} van {} vastgelegd.",
                    soort.titel().to_lowercase(),
                    datum.voluit()
                ));
            }
            return Ok(format!("{} {wanneer} stond al vastgelegd.", soort.titel()));
        }
        // A held meeting replaces the planning of the same kind, so it is not counted twice.
        if !gepland
            && let Some(planning) = t.sessies.iter_mut().find(|s| s.soort == soort && s.gepland)
        {
            planning.gepland = false;
            planning.datum = Some(datum);
            planning.gepland_in = None;
            if verslag.is_some() {
                planning.verslag = verslag;
            }
            t.noteer(datum, format!("{soort} gehouden (was gepland)"));
            return Ok(format!("{} gehouden op {}.", soort.titel(), datum.voluit()));
        }
        let nr = t.volgend_sessienummer()?;
        t.sessies.push(Sessie {
            nr,
            soort,
            datum: dag,
            gepland,
            gepland_in,
            notitie: None,
            verslag,
        });
        if gepland {
            let opgeslagen = gepland_in.map(|p| p.to_string()).unwrap_or(datum.to_string());
            t.noteer(vandaag, format!("{soort} gepland op {opgeslagen}"));
            Ok(format!("{} gepland {wanneer}.", soort.titel()))
        } else {
            t.noteer(datum, format!("{soort} gehouden"));
            Ok(format!("{} gehouden op {}.", soort.titel(), datum.voluit()))
        }
    })?;
    omg.regel(bericht);
    Ok(0)
}

/// The meetings a traject has once: a second one is refused without `--nogmaals`.
pub fn eenmalig(soort: SessieSoort) -> bool {
    matches!(
        soort,
        SessieSoort::Kickoff | SessieSoort::Ontwerpsessie | SessieSoort::Borgingsessie
    )
}

use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving};
use crate::methode::herstel::Doel;
use crate::model::sessie::SessieSoort;

/// Verbeter een vastgelegde bijeenkomst: de soort, de datum, gepland of gehouden
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het nummer staat in 'visieleer toon'. De poorten en de tijdlijn blijven kloppen: een
wijziging die een gepasseerde poort onderuit haalt (zoals de enige kick-off op gepland zetten)
of die niet in de fasen past, wordt geweigerd. 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer sessie-wijzig hoorn 1 --datum 2024-01-23
  visieleer sessie-wijzig hoorn 3 --gehouden --datum 2024-03-04")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de sessie (zie 'visieleer toon')
    pub nr: String,
    /// De juiste soort: kickoff, ontwerpsessie, borgingsessie, inwonerssessie, werkbezoek of nazorg
    #[arg(long, value_name = "SOORT")]
    pub soort: Option<String>,
    /// De juiste datum (JJJJ-MM-DD)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// De bijeenkomst is nog niet gehouden, alleen gepland
    #[arg(long, conflicts_with = "gehouden")]
    pub gepland: bool,
    /// De bijeenkomst is gehouden
    #[arg(long)]
    pub gehouden: bool,
    /// Het juiste verslag (wat er is afgesproken of ontworpen)
    #[arg(long, value_name = "TEKST", conflicts_with = "geen_verslag")]
    pub verslag: Option<String>,
    /// Haal het verslag weg
    #[arg(long)]
    pub geen_verslag: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel =
        crate::methode::herstel::doel(crate::methode::herstel::Soort::Sessie, Some(&args.nr))?;
    let Doel::Sessie(nr) = doel else {
        unreachable!("doel(Sessie) geeft een sessie")
    };
    if args.soort.is_none()
        && args.datum.is_none()
        && !args.gepland
        && !args.gehouden
        && args.verslag.is_none()
        && !args.geen_verslag
    {
        bail!(
            "Zeg wat er verandert: --soort, --datum, --gepland, --gehouden of --verslag; zie --help."
        );
    }
    let verslag = args
        .verslag
        .as_deref()
        .map(|v| super::tekst("--verslag", v))
        .transpose()?;
    let soort: Option<SessieSoort> = args
        .soort
        .as_deref()
        .map(|s| s.parse().map_err(|f| anyhow!("--soort: dat is een {f}.")))
        .transpose()?;
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.corrigeer(&args.slug, doel, true, vandaag, |t| {
        let slug = t.slug.clone();
        let positie = t.sessies.iter().position(|s| s.nr == nr).unwrap_or(0);
        let sessie = &mut t.sessies[positie];
        if let Some(soort) = soort {
            sessie.soort = soort;
        }
        if let Some(datum) = datum {
            sessie.datum = Some(datum);
            sessie.gepland_in = None;
        }
        if args.gepland {
            sessie.gepland = true;
        }
        if args.gehouden {
            sessie.gepland = false;
        }
        if verslag.is_some() {
            sessie.verslag = verslag.clone();
        }
        if args.geen_verslag {
            sessie.verslag = None;
        }
        let sessie = sessie.clone();
        if sessie.soort != crate::model::sessie::SessieSoort::Nazorg {
            super::mag_wijzigen(t)?;
        }
        // Whether a held meeting fits its phase is the timeline's check (by its date, not by
        // the phase the traject is in now), which every change passes.
        if soort.is_some()
            && super::sessie::eenmalig(sessie.soort)
            && let Some(ander) = t
                .sessies
                .iter()
                .find(|s| s.nr != nr && s.soort == sessie.soort)
        {
            bail!(
                "Traject '{slug}' heeft al een {} (sessie {}); verbeter die, of verwijder er een met 'visieleer verwijder {slug} sessie <nr>'.",
                sessie.soort.titel().to_lowercase(),
                ander.nr
            );
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Sessie {nr} gewijzigd.")
    } else {
        format!("Sessie {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, naam};
use crate::methode::herstel::{Doel, Soort, doel};

/// Verbeter een vastgelegd of gepland duo-interview: het duo, de moderator of de datum (niet de toestemming)
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Bij een gepland interview verzet --datum de planning (een dag, maand of jaar, niet voorbij).
De toestemming verandert alleen met 'visieleer intrekken' (en de opdracht voor toestemming),
nooit met deze opdracht. Met --duo geef je beide deelnemers opnieuw, in dezelfde volgorde:
citaten die aan een rol waren toegeschreven, volgen hun deelnemer naar de nieuwe rol.
Een ingetrokken interview verandert niet meer. 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer interview-wijzig hoorn 2 --moderator \"B. de Vries\"
  visieleer interview-wijzig hoorn 2 --datum 2024-02-13
  visieleer interview-wijzig sed 3 --gemeente Enkhuizen
  visieleer interview-wijzig hoorn 2 --duo wijkcoach:uitvoering \\
    --duo mantelzorger:inwoner")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het duo-interview
    pub nr: String,
    /// Beide deelnemers opnieuw als rol:perspectief; precies twee keer
    #[arg(long, value_name = "ROL:PERSPECTIEF")]
    pub duo: Vec<String>,
    /// De juiste naam van de moderator
    #[arg(long, value_name = "NAAM", conflicts_with = "geen_moderator")]
    pub moderator: Option<String>,
    /// Er staat geen moderator meer bij
    #[arg(long)]
    pub geen_moderator: bool,
    /// De juiste datum van het interview (JJJJ-MM-DD)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// De gemeente van een regionaal traject waar het interview was
    #[arg(long, value_name = "GEMEENTE", conflicts_with = "geen_gemeente")]
    pub gemeente: Option<String>,
    /// Het interview hoort bij de hele regio, niet bij één gemeente
    #[arg(long)]
    pub geen_gemeente: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Interview, Some(&args.nr))?;
    let Doel::Interview(nr) = doel else {
        unreachable!("doel(Interview) geeft een interview")
    };
    if args.duo.is_empty()
        && args.moderator.is_none()
        && !args.geen_moderator
        && args.datum.is_none()
        && args.gemeente.is_none()
        && !args.geen_gemeente
    {
        bail!(
            "Zeg wat er verandert: --duo (twee keer), --moderator, --geen-moderator, --datum, --gemeente of --geen-gemeente; zie --help."
        );
    }
    let duo = if args.duo.is_empty() {
        None
    } else {
        Some(super::interview::lees_duo(&args.duo)?)
    };
    let moderator = args
        .moderator
        .as_deref()
        .map(|m| naam("--moderator", m))
        .transpose()?;
    if omg.map.lees(&args.slug)?.gepland_interview(nr).is_some() {
        return wijzig_plan(nr, duo, moderator, &args, omg);
    }
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.corrigeer(&args.slug, doel, false, vandaag, |t| {
        if let Some(duo) = &duo {
            for deelnemer in duo {
                if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
                    bail!("--duo: {fout}.");
                }
            }
        }
        let gemeente = args
            .gemeente
            .as_deref()
            .map(|g| t.eigen_gemeente(g))
            .transpose()
            .map_err(|f| anyhow::anyhow!("--gemeente: {f}."))?;
        let interview = t.interview_mut(nr).expect("corrigeer vond het interview");
        if interview.ingetrokken.is_some() {
            bail!(
                "Duo-interview {nr} is ingetrokken: de deelnemers gaven geen toestemming meer, dus er verandert niets meer aan."
            );
        }
        if let Some(nieuw) = duo.clone() {
            // A quote attributed to a role follows its participant to the new role.
            for citaat in &mut interview.citaten {
                if let Some(van) = &citaat.van
                    && let Some(p) = interview
                        .duo
                        .iter()
                        .position(|d| d.rol.to_lowercase() == van.to_lowercase())
                {
                    citaat.van = Some(nieuw[p].rol.clone());
                }
            }
            interview.duo = nieuw;
        }
        if let Some(m) = &moderator {
            interview.moderator = Some(m.clone());
        }
        if args.geen_moderator {
            interview.moderator = None;
        }
        if let Some(d) = datum {
            interview.datum = Some(d);
        }
        if let Some(g) = gemeente {
            interview.gemeente = g;
        }
        if args.geen_gemeente {
            interview.gemeente = None;
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Duo-interview {nr} gewijzigd.")
    } else {
        format!("Duo-interview {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

/// Corrects or moves a planned interview: its duo, moderator or planned date.
fn wijzig_plan(
    nr: u32,
    duo: Option<Vec<crate::model::interview::Deelnemer>>,
    moderator: Option<String>,
    args: &Args,
    omg: &mut Omgeving,
) -> Result<Code> {
    let datum = args
        .datum
        .as_deref()
        .map(|d| super::interview::geplande_datum(d, omg, &args.slug))
        .transpose()?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.wijzig(&args.slug, |t| {
        if let Some(duo) = &duo {
            for deelnemer in duo {
                if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
                    bail!("--duo: {fout}.");
                }
            }
        }
        let Some(plan) = t.geplande_interviews.iter_mut().find(|g| g.nr == nr) else {
            return Err(super::interview::geen_plan(t, nr));
        };
        let voor = plan.clone();
        if let Some(duo) = duo {
            plan.duo = duo;
        }
        if let Some(m) = moderator {
            plan.moderator = Some(m);
        }
        if args.geen_moderator {
            plan.moderator = None;
        }
        if datum.is_some() {
            plan.datum = datum;
        }
        if *plan == voor {
            return Ok(false);
        }
        t.noteer(vandaag, format!("gepland duo-interview {nr} gewijzigd"));
        Ok(true)
    })?;
    omg.regel(if gewijzigd {
        format!("Gepland duo-interview {nr} gewijzigd.")
    } else {
        format!("Gepland duo-interview {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, tekst};
use crate::methode::herstel::{Doel, Soort, doel};
use crate::model::interview::CitaatId;
use crate::model::synthese::{InzichtSoort, Stap};

/// Verbeter een inzicht uit de synthese: de tekst, de stap, de soort of de citaten
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het nummer gaf 'visieleer synthese'; 'visieleer rapport' toont de inzichten met hun nummer.
--citaat vervangt alle citaten van het inzicht. Een wijziging die een gepasseerde poort
onderuit haalt (zoals het enige inzicht van een synthesestap naar een andere stap verplaatsen),
wordt geweigerd. 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer inzicht-wijzig hoorn 3 --tekst \"Regels knellen bij maatwerk\"
  visieleer inzicht-wijzig hoorn 3 --stap expertteam --citaat 1.1 --citaat 2.3")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het inzicht
    pub nr: String,
    /// De nieuwe tekst van het inzicht
    #[arg(long, value_name = "TEKST")]
    pub tekst: Option<String>,
    /// De juiste synthesestap: moderatoren, expertteam of reflectie
    #[arg(long, value_enum, hide_possible_values = true, value_name = "STAP")]
    pub stap: Option<Stap>,
    /// Dilemma (uitdaging) of werkzaam (werkzaam element)
    #[arg(
        long,
        value_enum,
        hide_possible_values = true,
        value_name = "SOORT",
        conflicts_with = "geen_soort"
    )]
    pub soort: Option<InzichtSoort>,
    /// Het inzicht heeft geen soort meer
    #[arg(long)]
    pub geen_soort: bool,
    /// De citaten die het onderbouwen (vervangen de huidige); herhaal voor meer
    #[arg(long, value_name = "ID", conflicts_with = "geen_citaten")]
    pub citaat: Vec<String>,
    /// Haal alle citaten bij het inzicht weg
    #[arg(long)]
    pub geen_citaten: bool,
    /// De juiste datum van het inzicht (zoals 5-3-2024); ook de datum in de historie
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Inzicht, Some(&args.nr))?;
    let Doel::Inzicht(nr) = doel else {
        unreachable!("doel(Inzicht) geeft een inzicht")
    };
    if args.tekst.is_none()
        && args.stap.is_none()
        && args.soort.is_none()
        && !args.geen_soort
        && args.citaat.is_empty()
        && !args.geen_citaten
        && args.datum.is_none()
    {
        bail!(
            "Zeg wat er verandert: --tekst, --stap, --soort, --geen-soort, --citaat, --geen-citaten of --datum; zie --help."
        );
    }
    let nieuwe_tekst = args
        .tekst
        .as_deref()
        .map(|t| tekst("Het inzicht", t))
        .transpose()?;
    let ids = args
        .citaat
        .iter()
        .map(|c| c.parse::<CitaatId>().map_err(|f| anyhow!("--citaat: {f}.")))
        .collect::<Result<Vec<_>>>()?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let nieuwe_datum = omg.optionele_datum(args.datum.as_deref())?;
    let gewijzigd = omg.corrigeer(&args.slug, doel, false, datum, |t| {
        let al_scheef = crate::methode::synthesevolgorde::afwijkingen(t);
        let mut citaten = Vec::new();
        for id in ids {
            if t.citaat(id).is_none() {
                bail!(
                    "Traject '{}' heeft geen citaat {id}; 'visieleer citaten {}' toont de citaten met hun id.",
                    t.slug,
                    t.slug
                );
            }
            if !citaten.contains(&id.to_string()) {
                citaten.push(id.to_string());
            }
        }
        let inzicht = t
            .synthese
            .iter_mut()
            .find(|i| i.nr == nr)
            .expect("corrigeer vond het inzicht");
        if let Some(tekst) = nieuwe_tekst {
            inzicht.tekst = tekst;
        }
        if let Some(stap) = args.stap {
            inzicht.stap = stap;
        }
        if args.soort.is_some() {
            inzicht.soort = args.soort;
        }
        if args.geen_soort {
            inzicht.soort = None;
        }
        if !citaten.is_empty() {
            inzicht.citaten = citaten;
        }
        if args.geen_citaten {
            inzicht.citaten.clear();
        }
        if nieuwe_datum.is_some() {
            inzicht.datum = nieuwe_datum;
        }
        // The synthesis keeps its order: a change may not break it where it held.
        if let Some(scheef) = crate::methode::synthesevolgorde::afwijkingen(t)
            .into_iter()
            .find(|a| !al_scheef.contains(a))
        {
            bail!("Dat breekt de volgorde van de synthese: {scheef}.");
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Inzicht {nr} gewijzigd.")
    } else {
        format!("Inzicht {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

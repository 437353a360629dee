use anyhow::{Result, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::methode::herstel::{Doel, Soort, doel};

/// Verbeter een vervolgafspraak: wat, eigenaar, streefwaarde of datum
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het nummer gaf 'visieleer afspraak'; 'visieleer toon' toont de afspraken. Kan ook na de
afronding, net als 'visieleer afspraak'. 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer afspraak-wijzig hoorn 1 --eigenaar \"teamleider toegang\"
  visieleer afspraak-wijzig hoorn 1 --datum 2024-10-01
  visieleer afspraak-wijzig sed 2 --gemeente Enkhuizen")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de afspraak
    pub nr: String,
    /// De nieuwe tekst: wat er is afgesproken
    #[arg(long, value_name = "TEKST")]
    pub tekst: Option<String>,
    /// Wie eigenaar is van de afspraak
    #[arg(long, value_name = "NAAM")]
    pub eigenaar: Option<String>,
    /// Waaraan we zien dat het werkt (een afspraak houdt er altijd een)
    #[arg(long, value_name = "TEKST")]
    pub streefwaarde: Option<String>,
    /// Wanneer we ernaar kijken (zoals 1-9-2024; een afspraak houdt er altijd een)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// De oplossingsrichting die de afspraak uitwerkt (haar nummer)
    #[arg(long, value_name = "N", conflicts_with = "geen_richting")]
    pub richting: Option<u32>,
    /// De afspraak werkt geen bepaalde oplossingsrichting uit
    #[arg(long)]
    pub geen_richting: bool,
    /// De gemeente van een regionaal traject waarvoor de afspraak is
    #[arg(long, value_name = "GEMEENTE", conflicts_with = "geen_gemeente")]
    pub gemeente: Option<String>,
    /// De afspraak geldt voor de hele regio, niet voor één gemeente
    #[arg(long)]
    pub geen_gemeente: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Afspraak, Some(&args.nr))?;
    let Doel::Afspraak(nr) = doel else {
        unreachable!("doel(Afspraak) geeft een afspraak")
    };
    if args.tekst.is_none()
        && args.eigenaar.is_none()
        && args.streefwaarde.is_none()
        && args.datum.is_none()
        && args.richting.is_none()
        && !args.geen_richting
        && args.gemeente.is_none()
        && !args.geen_gemeente
    {
        bail!(
            "Zeg wat er verandert: --tekst, --eigenaar, --streefwaarde, --datum, --richting, --gemeente (of --geen-richting, --geen-gemeente); zie --help."
        );
    }
    let nieuwe_tekst = args
        .tekst
        .as_deref()
        .map(|t| tekst("De afspraak", t))
        .transpose()?;
    let eigenaar = args
        .eigenaar
        .as_deref()
        .map(|e| naam("--eigenaar", e))
        .transpose()?;
    let streefwaarde = args
        .streefwaarde
        .as_deref()
        .map(|s| tekst("--streefwaarde", s))
        .transpose()?;
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.corrigeer(&args.slug, doel, true, vandaag, |t| {
        if let Some(r) = args.richting {
            super::afspraak::bestaande_richting(t, r)?;
        }
        let gemeente = args
            .gemeente
            .as_deref()
            .map(|g| t.eigen_gemeente(g))
            .transpose()
            .map_err(|f| anyhow::anyhow!("--gemeente: {f}."))?;
        let afspraak = t
            .afspraken
            .iter_mut()
            .find(|a| a.nr == nr)
            .expect("corrigeer vond de afspraak");
        if let Some(tekst) = nieuwe_tekst {
            afspraak.tekst = tekst;
        }
        if let Some(e) = eigenaar {
            afspraak.eigenaar = e;
        }
        if streefwaarde.is_some() {
            afspraak.streefwaarde = streefwaarde;
        }
        if datum.is_some() {
            afspraak.datum = datum;
        }
        if args.richting.is_some() {
            afspraak.richting = args.richting;
        }
        if args.geen_richting {
            afspraak.richting = None;
        }
        if let Some(g) = gemeente {
            afspraak.gemeente = g;
        }
        if args.geen_gemeente {
            afspraak.gemeente = None;
        }
        let (tekst, eigenaar, gemeente) = (
            afspraak.tekst.clone(),
            afspraak.eigenaar.clone(),
            afspraak.gemeente.clone(),
        );
        if let Some(ander) = t.afspraken.iter().find(|a| {
            a.nr != nr && a.tekst == tekst && a.eigenaar == eigenaar && a.gemeente == gemeente
        }) {
            bail!(
                "Traject '{}' heeft deze afspraak al (nummer {}).",
                t.slug,
                ander.nr
            );
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Afspraak {nr} gewijzigd.")
    } else {
        format!("Afspraak {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

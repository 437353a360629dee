use anyhow::{Result, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::model::borging::Afspraak;
use crate::model::fase::Fase;

/// Leg in de fase borgen een vervolgafspraak vast: wat, eigenaar, streefwaarde en datum
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Een traject wordt pas afgerond met minstens één afspraak; ook daarna kunnen er afspraken bij\n(een nazorggesprek leidt vaak tot een nieuwe).\nEen afspraak heeft altijd een streefwaarde en een datum. Spreek vooraf een streefwaarde af: waaraan zien gemeente en inwoner dat de verandering gelukt is? Liefst in woorden (een verhaal), niet alleen in cijfers.\nIs de datum voorbij zonder nazorg, dan melden 'toon' en 'overzicht' dat.\nBij een regionaal traject zegt --gemeente voor welke gemeente de afspraak is (de nazorg hoort bij\ndezelfde gemeente); zonder --gemeente geldt ze voor de hele regio.\n\nVoorbeeld:\n  visieleer afspraak hoorn \"Eén wijkteam per wijk\" \\\n    --eigenaar \"teamleider toegang\" \\\n    --streefwaarde \"Inwoners vertellen dat ze één deur vonden\" \\\n    --datum 2024-09-01"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Wat er is afgesproken
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Wie eigenaar is van de afspraak (een rol of naam van de gemeente)
    #[arg(long, value_name = "NAAM")]
    pub eigenaar: String,
    /// Waaraan we zien dat het werkt (verplicht)
    #[arg(long, value_name = "TEKST")]
    pub streefwaarde: Option<String>,
    /// Het nummer van de oplossingsrichting die deze afspraak uitwerkt (zie 'visieleer toon')
    #[arg(long, value_name = "N")]
    pub richting: Option<u32>,
    /// Wanneer we ernaar kijken (zoals 5-3-2024), bijvoorbeeld de datum van het nazorggesprek
    /// (verplicht)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// Voor welke gemeente van een regionaal traject (standaard: de hele regio)
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let tekst = tekst("De afspraak", &args.tekst)?;
    let eigenaar = naam("--eigenaar", &args.eigenaar)?;
    let streefwaarde = args
        .streefwaarde
        .as_deref()
        .map(|s| super::tekst("--streefwaarde", s))
        .transpose()?;
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let nr = omg.wijzig_ook_afgerond(&args.slug, |t| {
        if t.fase != Fase::Borgen {
            bail!(
                "Afspraken maak je in de fase borgen; traject '{}' is in fase {}.",
                t.slug,
                t.fase
            );
        }
        let gemeente = args
            .gemeente
            .as_deref()
            .map(|g| t.eigen_gemeente(g))
            .transpose()
            .map_err(|f| anyhow::anyhow!("--gemeente: {f}."))?
            .flatten();
        if let Some(a) = t
            .afspraken
            .iter()
            .find(|a| a.tekst == tekst && a.eigenaar == eigenaar && a.gemeente == gemeente)
        {
            bail!(
                "Traject '{}' heeft deze afspraak al (nummer {}); leg de stand vast met 'visieleer nazorg'.",
                t.slug,
                a.nr
            );
        }
        if let Some(r) = args.richting {
            bestaande_richting(t, r)?;
        }
        // Monitoring works only with streefwaarden agreed in advance and a day to look again
        // (the source report): without them the follow-up stops silently.
        if streefwaarde.is_none() {
            bail!(
                "Een afspraak heeft een streefwaarde nodig: waaraan zien gemeente en inwoners dat het werkt? Geef die met --streefwaarde \"…\" (liefst in woorden)."
            );
        }
        if datum.is_none() {
            bail!(
                "Een afspraak heeft een datum nodig waarop er weer naar gekeken wordt, bijvoorbeeld in het nazorggesprek; geef die met --datum (zoals 1-9-2024)."
            );
        }
        let nr = t.volgend_afspraaknummer()?;
        t.afspraken.push(Afspraak {
            gemeente,
            nr,
            tekst,
            eigenaar,
            streefwaarde,
            datum,
            richting: args.richting,
            nazorg: Vec::new(),
        });
        t.noteer(vandaag, format!("afspraak {nr} vastgelegd"));
        Ok(nr)
    })?;
    omg.regel(format!("Afspraak {nr} vastgelegd."));
    Ok(0)
}

/// Refuses a richting number the traject does not have.
pub fn bestaande_richting(t: &crate::model::traject::Traject, nr: u32) -> Result<()> {
    if !t.richtingen.iter().any(|r| r.nr == nr) {
        bail!(
            "Traject '{}' heeft geen oplossingsrichting {nr}; 'visieleer toon {}' toont de richtingen met hun nummer.",
            t.slug,
            t.slug
        );
    }
    Ok(())
}

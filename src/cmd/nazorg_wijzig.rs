use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::methode::herstel::{Doel, Soort, doel};
use crate::model::borging::Stand;

/// Verbeter een nazorg bij een afspraak: de stand, het verhaal of de datum
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Een nazorg heeft een nummer onder zijn afspraak: 2.1 is de eerste nazorg bij afspraak 2
('visieleer toon' toont ze). Kan ook na de afronding. 'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer nazorg-wijzig hoorn 1.1 --stand gehaald
  visieleer nazorg-wijzig hoorn 1.1 --verhaal \"Het werkt in twee wijken.\"")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de nazorg, zoals 2.1 (afspraak 2, nazorg 1)
    pub nr: String,
    /// De juiste stand: loopt, gehaald of niet-gehaald
    #[arg(long, value_enum, hide_possible_values = true, value_name = "STAND")]
    pub stand: Option<Stand>,
    /// Het verhaal achter de stand
    #[arg(long, value_name = "TEKST")]
    pub verhaal: Option<String>,
    /// De juiste datum van het nazorggesprek (JJJJ-MM-DD)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// Wanneer er weer naar de afspraak gekeken wordt (bij de stand loopt; zoals maart 2025)
    #[arg(long, value_name = "DATUM")]
    pub volgende: Option<String>,
    /// Wiens verhaal het is: inwoner, uitvoering, beleid, bestuur of partner
    #[arg(long, value_name = "PERSPECTIEF")]
    pub perspectief: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Nazorg, Some(&args.nr))?;
    let Doel::Nazorg(a, n) = doel else {
        unreachable!("doel(Nazorg) geeft een nazorg")
    };
    if args.stand.is_none()
        && args.verhaal.is_none()
        && args.datum.is_none()
        && args.volgende.is_none()
        && args.perspectief.is_none()
    {
        bail!(
            "Zeg wat er verandert: --stand, --verhaal, --datum, --volgende of --perspectief; zie --help."
        );
    }
    let perspectief = super::nazorg::perspectief(args.perspectief.as_deref())?;
    let verhaal = args
        .verhaal
        .as_deref()
        .map(|v| tekst("--verhaal", v))
        .transpose()?;
    let datum = omg.optionele_datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
    let gewijzigd = omg.corrigeer(&args.slug, doel, true, vandaag, |t| {
        if let (Some(datum), Some(borgen)) = (datum, t.tijdlijn.borgen)
            && datum < borgen
        {
            bail!("De datum {datum} ligt vóór het begin van de fase borgen ({borgen}); geef een latere --datum.");
        }
        let afspraak = t
            .afspraken
            .iter_mut()
            .find(|x| x.nr == a)
            .expect("corrigeer vond de afspraak");
        let nazorg = afspraak
            .nazorg
            .iter_mut()
            .find(|x| x.nr == n)
            .expect("corrigeer vond de nazorg");
        if let Some(stand) = args.stand {
            nazorg.stand = stand;
        }
        if let Some(v) = verhaal {
            nazorg.verhaal = v;
        }
        if let Some(d) = datum {
            nazorg.datum = d;
        }
        if perspectief.is_some() {
            nazorg.perspectief = perspectief;
        }
        // The next moment belongs to a stand "loopt": required when the stand becomes it, gone
        // when it no longer is.
        let gegeven = args
            .volgende
            .clone()
            .or_else(|| nazorg.volgende.map(|v| v.to_string()));
        let moet = args.stand.is_some() || args.volgende.is_some() || datum.is_some();
        if moet {
            nazorg.volgende = match (nazorg.stand, args.stand) {
                (Stand::Loopt, _) => super::nazorg::volgende(
                    &t.slug.clone(),
                    Stand::Loopt,
                    gegeven.as_deref(),
                    nazorg.datum,
                )?,
                (_, Some(_)) if args.volgende.is_none() => None,
                (stand, _) => {
                    super::nazorg::volgende(&t.slug.clone(), stand, gegeven.as_deref(), nazorg.datum)?
                }
            };
        }
        afspraak.nazorg.sort_by_key(|x| x.datum);
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Nazorg {a}.{n} gewijzigd.")
    } else {
        format!("Nazorg {a}.{n} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::methode::herstel::{Doel, Soort, doel};

/// Verbeter een oplossingsrichting: de tekst of de inzichten waar zij antwoord op geeft
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het nummer staat in 'visieleer toon'. --inzicht vervangt alle koppelingen van de richting.
'visieleer ongedaan' zet de wijziging terug.

Voorbeeld:
  visieleer richting-wijzig hoorn 2 --tekst \"Eén team per wijk\"
  visieleer richting-wijzig hoorn 2 --inzicht 1 --inzicht 3")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de oplossingsrichting
    pub nr: String,
    /// De nieuwe tekst van de richting
    #[arg(long, value_name = "TEKST")]
    pub tekst: Option<String>,
    /// Nummer van een inzicht waar de richting antwoord op geeft (vervangen de huidige); herhaal voor meer
    #[arg(long, value_name = "NR", conflicts_with = "geen_inzichten")]
    pub inzicht: Vec<String>,
    /// Haal alle koppelingen met inzichten weg
    #[arg(long)]
    pub geen_inzichten: bool,
    /// Datum voor de historie (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let doel = doel(Soort::Richting, Some(&args.nr))?;
    let Doel::Richting(nr) = doel else {
        unreachable!("doel(Richting) geeft een richting")
    };
    if args.tekst.is_none() && args.inzicht.is_empty() && !args.geen_inzichten {
        bail!("Zeg wat er verandert: --tekst, --inzicht of --geen-inzichten; zie --help.");
    }
    let nieuwe_tekst = args
        .tekst
        .as_deref()
        .map(|t| tekst("De oplossingsrichting", t))
        .transpose()?;
    let mut nummers = Vec::new();
    for n in &args.inzicht {
        match n.trim().parse::<u32>() {
            Ok(i) if i > 0 => {
                if !nummers.contains(&i) {
                    nummers.push(i)
                }
            }
            _ => bail!(
                "--inzicht '{n}' is geen inzichtnummer; gebruik het nummer dat 'visieleer synthese' gaf, zoals 1 of 2."
            ),
        }
    }
    nummers.sort_unstable();
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let gewijzigd = omg.corrigeer(&args.slug, doel, false, datum, |t| {
        for &n in &nummers {
            if !t.synthese.iter().any(|i| i.nr == n) {
                bail!(
                    "Traject '{}' heeft geen inzicht {n}; 'visieleer rapport {}' toont de inzichten van de synthese met hun nummers.",
                    t.slug,
                    t.slug
                );
            }
        }
        if let Some(tekst) = &nieuwe_tekst
            && let Some(ander) = t.richtingen.iter().find(|r| r.nr != nr && r.tekst == *tekst)
        {
            bail!(
                "Traject '{}' heeft deze oplossingsrichting al (nummer {}).",
                t.slug,
                ander.nr
            );
        }
        let richting = t
            .richtingen
            .iter_mut()
            .find(|r| r.nr == nr)
            .expect("corrigeer vond de richting");
        if let Some(tekst) = nieuwe_tekst {
            richting.tekst = tekst;
        }
        if !nummers.is_empty() {
            richting.inzichten = nummers;
        }
        if args.geen_inzichten {
            richting.inzichten.clear();
        }
        Ok(())
    })?;
    omg.regel(if gewijzigd {
        format!("Oplossingsrichting {nr} gewijzigd.")
    } else {
        format!("Oplossingsrichting {nr} was al zo; er is niets veranderd.")
    });
    Ok(0)
}

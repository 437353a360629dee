use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::model::traject::Richting;

/// Leg een oplossingsrichting of handelingsperspectief uit de ontwerpsessie vast
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Met --inzicht koppel je de richting aan de inzichten uit de synthese waar zij een antwoord op is;\nhet rapport toont ze bij de richting. Een bestaande richting opnieuw geven met --inzicht voegt koppelingen toe.\n\nVoorbeeld:\n  visieleer richting hoorn \"Eén team per wijk\" --inzicht 1 --inzicht 3"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De oplossingsrichting
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Nummer van een inzicht uit de synthese waar deze richting antwoord op geeft; herhaal voor meer
    #[arg(long, value_name = "NR")]
    pub inzicht: Vec<String>,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let richting = tekst("De oplossingsrichting", &args.tekst)?;
    let mut nummers = Vec::new();
    for n in &args.inzicht {
        match n.trim().parse::<u32>() {
            Ok(nr) if nr > 0 => {
                if !nummers.contains(&nr) {
                    nummers.push(nr)
                }
            }
            _ => bail!(
                "--inzicht '{n}' is geen inzichtnummer; gebruik het nummer dat 'visieleer synthese' gaf, zoals 1 of 2."
            ),
        }
    }
    let vandaag = omg.historiedatum(args.datum.as_deref())?;
    let (nr, nieuw) = omg.wijzig(&args.slug, |t| {
        crate::methode::vastleggen::mag_vastleggen(t, crate::methode::vastleggen::Vastlegging::Richting).map_err(|f| anyhow::anyhow!("{f}"))?;
        for &n in &nummers {
            if !t.synthese.iter().any(|i| i.nr == n) {
                bail!(
                    "Traject '{}' heeft geen inzicht {n}; 'visieleer rapport {}' toont de inzichten van de synthese met hun nummers.",
                    t.slug,
                    t.slug
                );
            }
        }
        if let Some(pos) = t.richtingen.iter().position(|r| r.tekst == richting) {
            let bestaand = &mut t.richtingen[pos];
            let erbij: Vec<u32> = nummers
                .iter()
                .copied()
                .filter(|n| !bestaand.inzichten.contains(n))
                .collect();
            if erbij.is_empty() {
                bail!(
                    "Deze oplossingsrichting staat al in traject '{}'; geef --inzicht om haar aan een nieuw inzicht te koppelen.",
                    t.slug
                );
            }
            bestaand.inzichten.extend(&erbij);
            bestaand.inzichten.sort_unstable();
            let nr = bestaand.nr;
            t.noteer(
                vandaag,
                format!("oplossingsrichting {nr} gekoppeld aan {}", inzichten(&erbij)),
            );
            return Ok((nr, false));
        }
        let mut r = Richting::nieuw(richting.clone());
        r.nr = t.volgend_richtingnummer()?;
        r.inzichten = nummers.clone();
        r.inzichten.sort_unstable();
        let nr = r.nr;
        t.richtingen.push(r);
        t.noteer(vandaag, format!("oplossingsrichting {nr} vastgelegd"));
        Ok((nr, true))
    })?;
    match (nieuw, nummers.is_empty()) {
        (true, true) => omg.regel(format!("Oplossingsrichting {nr} vastgelegd.")),
        (true, false) => omg.regel(format!(
            "Oplossingsrichting {nr} vastgelegd, als antwoord op {}.",
            inzichten(&nummers)
        )),
        (false, _) => omg.regel(format!(
            "Oplossingsrichting {nr} gekoppeld aan {}.",
            inzichten(&nummers)
        )),
    }
    Ok(0)
}

/// "inzicht 2" or "inzichten 1, 2 en 4".
pub fn inzichten(nrs: &[u32]) -> String {
    let mut nrs = nrs.to_vec();
    nrs.sort_unstable();
    let namen: Vec<String> = nrs.iter().map(u32::to_string).collect();
    match namen.as_slice() {
        [een] => format!("inzicht {een}"),
        _ => format!("inzichten {}", crate::document::opsomming(&namen)),
    }
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::model::borging::{Nazorg, Stand};
use crate::model::fase::{Fase, Status};

/// Leg bij het nazorggesprek de stand van een afspraak vast, met het verhaal erachter
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Kan ook nadat het traject is afgerond: nazorg en nieuwe afspraken zijn de enige wijzigingen die een afgerond traject nog aanneemt.\nStanden: loopt, gehaald, niet-gehaald.\n\nVoorbeeld:\n  visieleer nazorg hoorn --afspraak 1 --stand loopt \\\n    --verhaal \"Twee wijken werken met één voordeur; de derde volgt later.\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de afspraak (zoals 'visieleer afspraak' het gaf)
    #[arg(long, value_name = "N")]
    pub afspraak: u32,
    /// De stand: loopt, gehaald of niet-gehaald
    #[arg(long, value_enum, hide_possible_values = true, value_name = "STAND")]
    pub stand: Stand,
    /// Het verhaal achter de stand
    #[arg(long, value_name = "TEKST")]
    pub verhaal: String,
    /// Datum van het nazorggesprek (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let verhaal = tekst("--verhaal", &args.verhaal)?;
    let datum = omg.datum(args.datum.as_deref())?;
    crate::methode::vastleggen::niet_in_de_toekomst(
        "het nazorggesprek",
        datum,
        omg.vandaag,
        Some(&format!(
            "'visieleer sessie {} nazorg --gepland --datum …'",
            args.slug
        )),
    )
    .map_err(|f| anyhow::anyhow!("{f}"))?;
    let nr = args.afspraak;
    // Nazorg is exactly what happens after the traject is finished.
    let nieuw = omg.wijzig_ook_afgerond(&args.slug, |t| {
        let slug = t.slug.clone();
        if t.status == Status::Lopend && t.fase != Fase::Borgen {
            bail!(
                "Nazorg volgt op de fase borgen; traject '{slug}' is in fase {}.",
                t.fase
            );
        }
        if let Some(borgen) = t.tijdlijn.borgen
            && datum < borgen
        {
            bail!("De datum {datum} ligt vóór het begin van de fase borgen ({borgen}); geef een latere --datum.");
        }
        let Some(afspraak) = t.afspraken.iter_mut().find(|a| a.nr == nr) else {
            bail!("Traject '{slug}' heeft geen afspraak {nr}; 'visieleer toon {slug}' toont de afspraken.");
        };
        let entry = Nazorg {
            nr: 0,
            datum,
            stand: args.stand,
            verhaal,
        };
        if afspraak
            .nazorg
            .iter()
            .any(|n| (n.datum, n.stand, &n.verhaal) == (entry.datum, entry.stand, &entry.verhaal))
        {
            return Ok(false);
        }
        let entry = Nazorg {
            nr: afspraak.nazorg.iter().map(|n| n.nr).max().unwrap_or(0) + 1,
            ..entry
        };
        afspraak.nazorg.push(entry);
        afspraak.nazorg.sort_by_key(|n| n.datum);
        t.noteer(datum, format!("nazorg bij afspraak {nr}: {}", args.stand));
        Ok(true)
    })?;
    if nieuw {
        omg.regel(format!(
            "Nazorg bij afspraak {nr} vastgelegd ({}).",
            args.stand
        ));
    } else {
        omg.regel(format!("Deze nazorg bij afspraak {nr} stond er al."));
    }
    Ok(0)
}

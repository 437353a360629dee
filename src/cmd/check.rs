use anyhow::Result;

use super::{Code, Omgeving};
use crate::controle::{Ernst, controleer};
use crate::opslag::lees_bestand;

/// Controleer alle trajectbestanden in de map
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Meldt YAML-fouten (met regel en kolom), onbekende of ontbrekende velden, onmogelijke datums,\nverwijzingen naar citaten die niet bestaan, fouten in codeboek.yaml en tags die niet in het\ncodeboek staan. Eindigt met code 1 als er een fout is.\n\nVoorbeeld:\n  visieleer check\n  visieleer --map examples check"
)]
pub struct Args {}

pub fn run(_args: Args, omg: &mut Omgeving) -> Result<Code> {
    let bestanden = omg.map.bestanden()?;
    let mut fouten = 0;
    let mut waarschuwingen = 0;
    let codeboek = crate::codeboek::controleer_bestand(omg.map.pad(), &mut |fout| {
        fouten += 1;
        omg.uit.push_str(&format!("fout: {fout}\n"));
    });
    for bestand in &bestanden {
        match lees_bestand(&bestand.pad, &bestand.slug) {
            Err(fout) => {
                fouten += 1;
                omg.regel(format!("fout: {fout:#}"));
            }
            Ok(traject) => {
                let mut bevindingen = controleer(&traject);
                if let Some(boek) = &codeboek {
                    bevindingen.extend(crate::codeboek::controleer_tags(&traject, boek));
                }
                for bevinding in bevindingen {
                    let soort = match bevinding.ernst {
                        Ernst::Fout => {
                            fouten += 1;
                            "fout"
                        }
                        Ernst::Waarschuwing => {
                            waarschuwingen += 1;
                            "waarschuwing"
                        }
                    };
                    omg.regel(format!(
                        "{soort}: {}: {}",
                        bestand.pad.display(),
                        bevinding.tekst
                    ));
                }
            }
        }
    }
    omg.regel(format!(
        "{} {} gecontroleerd: {} {}, {} {}.",
        bestanden.len(),
        if bestanden.len() == 1 {
            "traject"
        } else {
            "trajecten"
        },
        fouten,
        if fouten == 1 { "fout" } else { "fouten" },
        waarschuwingen,
        if waarschuwingen == 1 {
            "waarschuwing"
        } else {
            "waarschuwingen"
        },
    ));
    Ok(if fouten > 0 { 1 } else { 0 })
}

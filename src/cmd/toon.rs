use anyhow::{Context, Result};

use super::{Code, Omgeving};

/// Toon een traject: fasebalk, wat nog ontbreekt voor de volgende fase, datums en doorlooptijd
#[derive(clap::Args, Debug)]
#[command(after_help = "Voorbeeld:\n  visieleer toon hoorn\n  visieleer toon hoorn --json")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Het hele traject als JSON (voor andere programma's)
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let traject = omg.map.lees(&args.slug)?;
    if args.json {
        let mut waarde = serde_json::to_value(&traject)
            .context("Het traject kon niet als JSON worden geschreven.")?;
        if let Some(object) = waarde.as_object_mut() {
            object.insert("slug".into(), traject.slug.clone().into());
        }
        let tekst = serde_json::to_string_pretty(&waarde)
            .context("Het traject kon niet als JSON worden geschreven.")?;
        omg.regel(tekst);
    } else {
        let tekst = crate::toon::toon(&traject, omg.vandaag);
        omg.uit.push_str(&tekst);
        if traject.fase == crate::fase::Fase::Luisteren {
            let boek = crate::codeboek::Codeboek::voor_map(omg.map.pad()).unwrap_or_else(|fout| {
                eprintln!(
                    "Let op: {fout:#}; de telling per thema gebruikt het ingebouwde codeboek."
                );
                crate::codeboek::Codeboek::ingebouwd()
            });
            omg.uit
                .push_str(&crate::luisteren::weergave(&traject, &boek));
        }
    }
    Ok(0)
}

use anyhow::{Context, Result};

use super::{Code, Omgeving};

/// Toon een traject: fasebalk, wat nog ontbreekt voor de volgende fase, datums en doorlooptijd
#[derive(clap::Args, Debug)]
#[command(after_help = "Voorbeeld:\n  visieleer toon hoorn\n  visieleer toon hoorn --json")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Het hele traject als JSON (voor andere programma's); citaten zonder toestemming zonder tekst
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let (traject, masker) = omg.map.lees_voor_document(&args.slug)?;
    if args.json {
        // The same shape as the file: a number that follows the one before it is left out
        // (a richting without insights stays a plain text), as the file writes it.
        let mut zoals_het_bestand = traject.clone();
        zoals_het_bestand.impliciete_nummers_weg();
        // The notes file's name may name the person interviewed ("duo-jan-de-boer.md"), and
        // the history names that file: JSON shows both, masked.
        for g in &mut zoals_het_bestand.historie {
            g.wat = masker.tekst(&g.wat);
        }
        for interview in &mut zoals_het_bestand.interviews {
            if let Some(bron) = &mut interview.bron {
                *bron = masker.tekst(bron);
            }
            for g in &mut interview.historie {
                g.wat = masker.tekst(&g.wat);
            }
        }
        let mut waarde = serde_json::to_value(&zoals_het_bestand)
            .context("Het traject kon niet als JSON worden geschreven.")?;
        if let Some(object) = waarde.as_object_mut() {
            object.insert("slug".into(), traject.slug.clone().into());
        }
        houd_achter(&traject, &masker, &mut waarde);
        let tekst = serde_json::to_string_pretty(&waarde)
            .context("Het traject kon niet als JSON worden geschreven.")?;
        omg.regel(tekst);
    } else {
        let tekst = crate::document::toon::toon(&traject, omg.vandaag);
        omg.uit.push_str(&tekst);
        if traject.fase == crate::model::fase::Fase::Luisteren {
            let boek = crate::luisteren::codeboek::Codeboek::voor_map(omg.map.pad())
                .unwrap_or_else(|fout| {
                    crate::melding!(
                        "Let op: {fout:#}; de telling per thema gebruikt het ingebouwde codeboek."
                    );
                    crate::luisteren::codeboek::Codeboek::ingebouwd()
                });
            omg.uit
                .push_str(&crate::luisteren::voortgang::weergave(&traject, &boek));
        }
    }
    Ok(0)
}

/// JSON leaves the map like any document: a quote without consent keeps its id and tags but
/// not its text (`achtergehouden` says why), shared text is masked where it may identify
/// someone, and the moderators' notes, never printed in documents, stay out.
fn houd_achter(
    traject: &crate::model::traject::Traject,
    masker: &crate::privacy::Masker,
    waarde: &mut serde_json::Value,
) {
    for (i, interview) in traject.interviews.iter().enumerate() {
        if let Some(object) = waarde["interviews"][i].as_object_mut() {
            object.remove("aantekeningen");
        }
        for (j, citaat) in interview.citaten.iter().enumerate() {
            let Some(object) = waarde["interviews"][i]["citaten"][j].as_object_mut() else {
                continue;
            };
            if crate::model::traject::mag_gedeeld(
                interview,
                citaat,
                crate::model::interview::Gebruik::Onderzoek,
            ) {
                object.insert("tekst".into(), masker.citaat(citaat).into());
            } else {
                object.insert("tekst".into(), serde_json::Value::Null);
                object.insert("achtergehouden".into(), true.into());
            }
        }
    }
}

use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::luisteren::codeboek::{Codeboek, THEMA, normaliseer_tag};

/// Schrijf een inleiding bij een thema van het rapport (boven de inzichten van dat thema)
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Het rapport zet je tekst letterlijk onder de kop van het thema, boven de dilemma's en\nwerkzame elementen. Zonder inleiding staat er niets. Opnieuw geven vervangt de tekst; --geen\nhaalt hem weg. De tag moet in het codeboek staan of aan een citaat van het traject hangen;\n'visieleer codeboek' toont de tags, en alleen de tags van de groep thema zijn een kop in het rapport.\n\nVoorbeeld:\n  visieleer thema-inleiding hoorn rust-en-regie \"Iedereen noemde de koers.\"\n  visieleer thema-inleiding hoorn rust-en-regie --geen"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De tag van het thema (zoals rust-en-regie)
    pub tag: String,
    /// De inleiding, in je eigen woorden
    #[arg(
        allow_hyphen_values = true,
        required_unless_present = "geen",
        conflicts_with = "geen"
    )]
    pub tekst: Option<String>,
    /// Haal de inleiding bij dit thema weg
    #[arg(long)]
    pub geen: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let tag = normaliseer_tag(&args.tag)
        .map_err(|f| anyhow::anyhow!("{}", crate::taal::hoofdletter(&f)))?;
    let nieuw = args
        .tekst
        .as_deref()
        .map(|t| tekst("De inleiding", t))
        .transpose()?;
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let vandaag = omg.historiedatum(args.datum.as_deref())?;
    let slug = args.slug.clone();
    let bericht = omg.wijzig_als(&args.slug, |_| Ok(()), |t| {
        let bekend = boek.zoek(&tag).is_some()
            || t.interviews
                .iter()
                .any(|i| i.citaten.iter().any(|c| c.tags.contains(&tag)))
            || t.thema_inleidingen.contains_key(&tag);
        if !bekend {
            let voorstel = boek
                .dichtstbij(&tag)
                .map(|v| format!("bedoelde je '{v}'? "))
                .unwrap_or_default();
            bail!(
                "De tag '{tag}' staat niet in het codeboek en hangt aan geen citaat van traject '{slug}'; {voorstel}'visieleer codeboek' toont de tags."
            );
        }
        let oud = t.thema_inleidingen.get(&tag).cloned();
        if oud == nieuw {
            if nieuw.is_none() {
                bail!(
                    "Bij thema '{tag}' van traject '{slug}' staat geen inleiding om weg te halen; 'visieleer toon {slug}' laat de inleidingen zien."
                );
            }
            return Ok(format!("Deze inleiding bij #{tag} staat er al; er is niets veranderd."));
        }
        let wat = match (&oud, &nieuw) {
            (None, _) => "vastgelegd",
            (Some(_), Some(_)) => "gewijzigd",
            (Some(_), None) => "weggehaald",
        };
        match &nieuw {
            Some(x) => {
                t.thema_inleidingen.insert(tag.clone(), x.clone());
            }
            None => {
                t.thema_inleidingen.remove(&tag);
            }
        }
        t.noteer(vandaag, format!("inleiding bij thema {tag} {wat}"));
        Ok(format!("Inleiding bij #{tag} {wat}."))
    })?;
    omg.regel(bericht);
    if nieuw.is_some() && !boek.groep(THEMA).any(|x| x.tag == tag) {
        crate::melding!(
            "Let op: '{tag}' is geen thema in het codeboek; het rapport toont een inleiding alleen bij de thema's."
        );
    }
    Ok(0)
}

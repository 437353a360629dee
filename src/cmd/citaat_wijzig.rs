use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, naam, tekst};
use crate::luisteren::citaten::{citaat_mut, lees_ids};
use crate::luisteren::codeboek::Codeboek;

/// Wijzig een citaat: de tekst, de spreker of de tags
#[derive(clap::Args, Debug)]
#[command(after_help = "\
--tag vervangt alle tags van het citaat; om tags toe te voegen aan meer citaten tegelijk is
er 'visieleer tag'. Komt het citaat uit een notitiebestand, dan houdt een nieuwe import van dat
bestand de aangepaste tekst (de map onthoudt een vingerafdruk van de oorspronkelijke woorden);
pas het bestand toch ook aan, want daar staan de oude woorden nog.

Voorbeeld:
  visieleer citaat-wijzig hoorn 2.3 \\
    --tekst \"Als inwoner weet je niet bij welk loket je moet zijn.\"
  visieleer citaat-wijzig hoorn 2.3 --van wijkcoach \\
    --tag inwoner-centraal --tag deskundigheid
  visieleer citaat-wijzig hoorn 2.3 --geen-van --geen-tags")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Id van het citaat (zoals 2.3)
    pub id: String,
    /// De nieuwe tekst, letterlijk
    #[arg(long, value_name = "TEKST")]
    pub tekst: Option<String>,
    /// Rol van wie het zei (een van de twee rollen van het duo)
    #[arg(long, value_name = "ROL", conflicts_with = "geen_van")]
    pub van: Option<String>,
    /// Het citaat noemt geen spreker meer
    #[arg(long)]
    pub geen_van: bool,
    /// De tags (vervangen de huidige); herhaal voor meer tags
    #[arg(long, value_name = "TAG", conflicts_with = "geen_tags")]
    pub tag: Vec<String>,
    /// Haal alle tags weg
    #[arg(long)]
    pub geen_tags: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let id = lees_ids(std::slice::from_ref(&args.id))?[0];
    if args.tekst.is_none()
        && args.van.is_none()
        && !args.geen_van
        && args.tag.is_empty()
        && !args.geen_tags
    {
        bail!(
            "Zeg wat er verandert: --tekst, --van, --geen-van, --tag of --geen-tags; zie --help."
        );
    }
    let nieuwe_tekst = args
        .tekst
        .as_deref()
        .map(|t| tekst("Het citaat", t))
        .transpose()?;
    let van = args.van.as_deref().map(|v| naam("--van", v)).transpose()?;
    if let Some(fout) = van.as_deref().and_then(crate::privacy::rol_lijkt_naam) {
        bail!("--van: {fout}.");
    }
    let tags = if args.tag.is_empty() {
        None
    } else {
        let boek = Codeboek::voor_map(omg.map.pad())?;
        let tags = boek
            .controleer_alle(&args.tag)
            .map_err(|f| anyhow!("--tag: {f}"))?;
        Some(tags)
    };
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let bron = omg.wijzig_met_register(&args.slug, |t, register| {
        let (interview, positie) = citaat_mut(t, id)?;
        if let Some(nieuw) = &nieuwe_tekst {
            let vergelijk = crate::privacy::vingerafdruk::Vergelijk::van(nieuw);
            if vergelijk.woorden >= crate::privacy::vingerafdruk::MIN_WOORDEN
                && register.is_ingetrokken(&vergelijk)
            {
                bail!(
                    "De nieuwe tekst lijkt op een citaat uit een duo-interview waarvan de deelnemers hun toestemming hebben ingetrokken; die woorden komen niet terug in de map, er is niets gewijzigd."
                );
            }
            if register.is_precies_geredigeerd(&vergelijk) {
                bail!(
                    "De nieuwe tekst is de oorspronkelijke tekst van een citaat dat met 'citaat-wijzig --tekst' is aangepast; die woorden komen niet terug in de map, er is niets gewijzigd."
                );
            }
        }
        if interview.citaten[positie].ingetrokken {
            anyhow::bail!(
                "Citaat {id} is ingetrokken: de deelnemers gaven geen toestemming meer, dus er komt geen tekst meer bij."
            );
        }
        let van = van
            .map(|rol| interview.spreker(&rol))
            .transpose()
            .map_err(|f| anyhow!("{f}"))?;
        let citaat = &mut interview.citaten[positie];
        let oud = citaat.clone();
        if let Some(tekst) = nieuwe_tekst {
            // Remember the notes' wording (only its fingerprint), so a new import of the
            // notes recognises it and keeps this change.
            if tekst != citaat.tekst && !citaat.tekst.is_empty() {
                let afdruk = crate::privacy::vingerafdruk::vingerafdruk(&citaat.tekst);
                // The map's index keeps every wording taken away, also when the quote is
                // removed one day.
                register.voeg_geredigeerd_toe(&afdruk);
                if citaat.origineel.is_none() {
                    citaat.origineel = Some(afdruk);
                }
            }
            citaat.tekst = tekst;
        }
        if van.is_some() {
            citaat.van = van;
        }
        if args.geen_van {
            citaat.van = None;
        }
        if let Some(tags) = tags {
            citaat.tags = tags;
        }
        if args.geen_tags {
            citaat.tags.clear();
        }
        let tekst_gewijzigd = citaat.tekst != oud.tekst;
        if *citaat != oud {
            interview.noteer(datum, format!("citaat {id} gewijzigd"));
        }
        Ok(interview.bron.clone().filter(|_| tekst_gewijzigd))
    })?;
    omg.regel(format!("Citaat {id} gewijzigd."));
    if let Some(bron) = bron {
        crate::melding!(
            "Let op: citaat {id} komt uit de notities '{bron}'; een nieuwe import houdt de aangepaste tekst, maar pas ook het notitiebestand aan, want daar staan de oude woorden nog."
        );
    }
    Ok(0)
}

use anyhow::{Result, anyhow};

use super::{Code, Omgeving, interviewnummer, naam, tekst};
use crate::luisteren::codeboek::Codeboek;

/// Leg een citaat uit een duo-interview vast; toont het id (zoals 2.3)
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Met --stil toont deze opdracht alleen het id, zoals id=$(visieleer citaat … --stil) in een script.

Voorbeeld:
  visieleer citaat hoorn 2 \\
    \"Als inwoner weet je niet bij welk loket je moet zijn.\" \\
    --van wijkcoach --tag inwoner-centraal")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het duo-interview
    #[arg(allow_hyphen_values = true)]
    pub interview: String,
    /// Het citaat, letterlijk
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Rol van wie het zei (een van de twee rollen van het duo)
    #[arg(long, value_name = "ROL")]
    pub van: Option<String>,
    /// Thema of label; herhaal voor meer tags
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// Toon alleen het id van het citaat, zoals 2.3 (voor scripts)
    #[arg(long)]
    pub stil: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nr = interviewnummer(&args.interview)?;
    let tekst = tekst("Het citaat", &args.tekst)?;
    let van = args.van.as_deref().map(|v| naam("--van", v)).transpose()?;
    let codeboek = Codeboek::voor_map(omg.map.pad())?;
    let tags = codeboek
        .controleer_alle(&args.tag)
        .map_err(|f| anyhow!("--tag: {f}"))?;
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let zonder_spreker = van.is_none();
    let id = omg.wijzig_met_register(&args.slug, |t, register| {
        crate::methode::vastleggen::mag_vastleggen(t, crate::methode::vastleggen::Vastlegging::Citaat).map_err(|f| anyhow!("{f}"))?;
        weiger_gewiste_woorden(&tekst, register)?;
        let geen = crate::methode::herstel::geen_interview(t, nr);
        let interview = t.interview_mut(nr).ok_or_else(|| anyhow!("{geen}"))?;
        if interview.ingetrokken.is_some() {
            anyhow::bail!(
                "De deelnemers van duo-interview {nr} hebben hun toestemming ingetrokken; er kunnen geen citaten meer bij."
            );
        }
        if let Some(bron) = &interview.bron {
            anyhow::bail!(
                "Duo-interview {nr} komt uit de notities '{bron}'; zet het citaat in dat bestand en importeer het opnieuw met 'visieleer notities', anders verdwijnt het bij de volgende import."
            );
        }
        let van = van
            .map(|rol| interview.spreker(&rol))
            .transpose()
            .map_err(|f| anyhow!("{f}"))?;
        let id = interview.voeg_citaat_toe(tekst, van, tags)?;
        interview.noteer(datum, format!("citaat {id} vastgelegd"));
        Ok(id)
    })?;
    if args.stil {
        omg.regel(id.to_string());
    } else {
        omg.regel(format!("Citaat {id} vastgelegd."));
    }
    if zonder_spreker {
        crate::melding!(
            "Let op: citaat {id} noemt geen spreker; documenten schrijven het toe aan het duo-interview. Noem de rol met 'visieleer citaat-wijzig {} {id} --van <rol>'.",
            args.slug
        );
    }
    Ok(0)
}

/// Refuses a text that is (an edited copy of) the words of a withdrawn quote, or of the
/// original words of a redacted one, anywhere in the map. A text of fewer than
/// [`MIN_WOORDEN`](crate::privacy::vingerafdruk::MIN_WOORDEN) words is too common to tell.
pub fn weiger_gewiste_woorden(
    tekst: &str,
    register: &crate::privacy::vingerafdruk::Register,
) -> Result<()> {
    let vergelijk = crate::privacy::vingerafdruk::Vergelijk::van(tekst);
    if vergelijk.woorden < crate::privacy::vingerafdruk::MIN_WOORDEN {
        return Ok(());
    }
    if register.is_ingetrokken(&vergelijk) {
        anyhow::bail!(
            "Dit citaat lijkt op een citaat uit een duo-interview waarvan de deelnemers hun toestemming hebben ingetrokken; die woorden komen niet terug in de map, er is niets vastgelegd."
        );
    }
    if register.is_geredigeerd(&vergelijk) {
        anyhow::bail!(
            "Dit citaat lijkt op de oorspronkelijke woorden van een citaat dat met 'visieleer citaat-wijzig --tekst' is aangepast (bijvoorbeeld om een naam weg te halen); die woorden komen niet terug, er is niets vastgelegd. Het aangepaste citaat staat al in de map."
        );
    }
    Ok(())
}

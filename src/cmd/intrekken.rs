use anyhow::{Result, anyhow};

use super::{Code, Omgeving, interviewnummer};
use crate::interview::Toestemming;

/// Trek de toestemming van een duo-interview in: de tekst van zijn citaten wordt gewist
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Zet de toestemming op 'nee' en wist de woorden van alle citaten van dat interview uit het\ntrajectbestand. De citaat-id's en verwijzingen ernaar blijven bestaan, gemarkeerd als ingetrokken.\nStaat de map in git, dan staat de oude tekst nog in de geschiedenis: zie HANDLEIDING.md.\n\nVoorbeeld:\n  visieleer intrekken hoorn 2"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het duo-interview
    #[arg(allow_hyphen_values = true)]
    pub interview: String,
    /// Datum van de intrekking (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// Withdrawal works on any traject, also a finished one: consent outranks the archive.
pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nr = interviewnummer(&args.interview)?;
    let datum = omg.datum(args.datum.as_deref())?;
    let gewist = omg.map.wijzig(&args.slug, |t| {
        let slug = t.slug.clone();
        let interview = t.interview_mut(nr).ok_or_else(|| {
            anyhow!("Traject '{slug}' heeft geen duo-interview {nr}; 'visieleer interviews {slug}' toont de interviews.")
        })?;
        let mut gewist = 0;
        for citaat in &mut interview.citaten {
            if !citaat.ingetrokken || !citaat.tekst.is_empty() {
                citaat.tekst = String::new();
                citaat.ingetrokken = true;
                gewist += 1;
            }
        }
        // The moderator's notes of this interview hold the same words, paraphrased or quoted.
        let aantekeningen_gewist = interview.aantekeningen.take().is_some();
        let nieuw = interview.ingetrokken.is_none()
            || interview.toestemming != Toestemming::Nee
            || aantekeningen_gewist;
        interview.toestemming = Toestemming::Nee;
        if interview.ingetrokken.is_none() {
            interview.ingetrokken = Some(datum);
        }
        if nieuw || gewist > 0 {
            interview.noteer(
                datum,
                format!(
                    "toestemming ingetrokken; tekst van {gewist} {} gewist{}",
                    if gewist == 1 { "citaat" } else { "citaten" },
                    if aantekeningen_gewist { ", en de aantekeningen van de moderator" } else { "" }
                ),
            );
        }
        Ok(gewist)
    })?;
    omg.regel(format!(
        "Toestemming voor duo-interview {nr} ingetrokken; de tekst van {gewist} {} is gewist.",
        if gewist == 1 { "citaat" } else { "citaten" }
    ));
    Ok(0)
}

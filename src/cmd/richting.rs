use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};

/// Leg een oplossingsrichting of handelingsperspectief uit de ontwerpsessie vast
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer richting hoorn \"Eén team per wijk met eigen mandaat\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De oplossingsrichting
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Datum voor de historie (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let richting = tekst("De oplossingsrichting", &args.tekst)?;
    let vandaag = omg.datum(args.datum.as_deref())?;
    let nr = omg.wijzig(&args.slug, |t| {
        if t.richtingen.contains(&richting) {
            bail!("Deze oplossingsrichting staat al in traject '{}'.", t.slug);
        }
        t.richtingen.push(richting.clone());
        let nr = t.richtingen.len();
        t.noteer(vandaag, format!("oplossingsrichting {nr} vastgelegd"));
        Ok(nr)
    })?;
    omg.regel(format!("Oplossingsrichting {nr} vastgelegd."));
    Ok(0)
}

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::{Code, Omgeving};
use crate::fase::Status;
use crate::poort::poort;

/// Ga naar de volgende fase, als de poort van de huidige fase open staat
#[derive(clap::Args, Debug)]
#[command(after_help = "Voorbeeld:\n  visieleer volgende hoorn --datum 2024-01-29")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Begindatum van de volgende fase (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let datum = omg.datum(args.datum.as_deref())?;
    let (bericht, waarschuwingen) = omg.wijzig(&args.slug, |t| {
        let poort = poort(t);
        if !poort.staat_open() {
            let mut tekst = format!(
                "Traject '{}' kan nog niet van {} naar {}; nog open:",
                t.slug,
                t.fase,
                poort.naar().map(|f| f.naam()).unwrap_or("afgerond")
            );
            for eis in poort.open_eisen() {
                let _ = write!(tekst, "\n  - {}: {}", eis.wat, eis.opdracht);
            }
            bail!(tekst);
        }
        if let Some(begin) = t.tijdlijn.begin(t.fase)
            && datum < begin
        {
            bail!(
                "De datum {datum} ligt vóór het begin van fase {} ({begin}); geef een latere --datum.",
                t.fase
            );
        }
        let bericht = match poort.naar() {
            Some(fase) => {
                t.fase = fase;
                t.tijdlijn.zet_begin(fase, datum);
                t.noteer(datum, format!("naar fase {fase}"));
                format!("Traject '{}' is nu in fase {} ({} van 5).", t.slug, fase, fase.nummer())
            }
            None => {
                t.status = Status::Afgerond;
                t.tijdlijn.einde = Some(datum);
                t.noteer(datum, "traject afgerond");
                format!("Traject '{}' is afgerond.", t.slug)
            }
        };
        Ok((bericht, poort.waarschuwingen))
    })?;
    for waarschuwing in waarschuwingen {
        eprintln!("Let op: {waarschuwing}.");
    }
    omg.regel(bericht);
    Ok(0)
}

use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::{Code, Omgeving};
use crate::methode::poort::poort;
use crate::methode::volgorde;
use crate::model::fase::Status;

/// Ga naar de volgende fase, als de poort van de huidige fase open staat
#[derive(clap::Args, Debug)]
#[command(
    after_help = "De datum ligt niet vóór het begin van de huidige fase, en niet vóór iets waar de poort op rust\n(de aanmelding, de kick-off, de interviews, de ontwerpsessie, de borgingsessie, de evaluatie).\nAfronden (vanuit borgen) kan pas met minstens één afspraak en zonder fouten in 'visieleer check'.\n\nVoorbeeld:\n  visieleer volgende hoorn --datum 2024-01-29"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Begindatum van de volgende fase (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let datum = omg.datum(args.datum.as_deref())?;
    let vandaag = omg.vandaag;
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
                "De datum {datum} ligt vóór het begin van fase {} ({begin}); geef --datum {begin} of later.",
                t.fase
            );
        }
        let voor = volgorde::controleer(t);
        let naar = poort.naar().map(|f| format!("naar fase {f}")).unwrap_or_else(|| "afronden".into());
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
        let nieuw = volgorde::nieuwe_fouten(&voor, t);
        if !nieuw.is_empty() {
            let redenen: Vec<&str> = nieuw.iter().map(|f| f.tekst.as_str()).collect();
            let advies = match nieuw.iter().filter_map(|f| f.vanaf).max() {
                Some(vanaf) => format!("geef --datum {vanaf} of later"),
                None => "controleer de datums met 'visieleer check'".to_string(),
            };
            bail!(
                "Traject '{}' kan niet op {datum} {naar}: {}; {advies}.",
                t.slug,
                redenen.join("; ")
            );
        }
        if t.status == Status::Afgerond {
            let fouten = super::check::fouten(&omg.map, t, vandaag)?;
            if !fouten.is_empty() {
                let mut tekst = format!(
                    "Traject '{}' kan niet worden afgerond zolang 'visieleer check' een fout meldt:",
                    t.slug
                );
                for fout in fouten {
                    let _ = write!(tekst, "\n  - {fout}");
                }
                tekst.push_str("\nHerstel dat eerst en probeer het daarna opnieuw.");
                bail!(tekst);
            }
        }
        Ok((bericht, poort.waarschuwingen))
    })?;
    for waarschuwing in waarschuwingen {
        crate::melding!("Let op: {waarschuwing}.");
    }
    omg.regel(bericht);
    Ok(0)
}

use anyhow::Result;

use super::{Code, Omgeving};

/// Leg vast dat het college van B&W zich heeft aangemeld
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer aanmelding hoorn --datum 2024-01-15\n  visieleer aanmelding sed --gemeente Enkhuizen --datum 2024-01-22\n\nBij een traject van meer gemeenten meldt zonder --gemeente elk college\ntegelijk aan, met --gemeente één college. De fase werving sluit pas als elk\ncollege zich heeft aangemeld; de doorlooptijd telt vanaf de laatste aanmelding."
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De gemeente waarvan het college zich aanmeldt (bij een traject van meer gemeenten)
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
    /// Datum van de aanmelding (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let datum = omg.datum(args.datum.as_deref())?;
    let gemeente = args
        .gemeente
        .as_deref()
        .map(|g| super::naam("--gemeente", g))
        .transpose()?;
    let mut nog_niet = Vec::new();
    let mut aangemeld = None;
    omg.wijzig(&args.slug, |t| {
        let voor = (t.aanmelding, t.aanmeldingen.clone());
        t.meld_aan(gemeente.as_deref(), datum)?;
        if (t.aanmelding, &t.aanmeldingen) != (voor.0, &voor.1) {
            t.noteer(
                datum,
                &match &gemeente {
                    Some(g) => format!(
                        "aanmelding door het college van B&W van {} vastgelegd",
                        t.gemeenten
                            .iter()
                            .find(|eigen| eigen.to_lowercase() == g.trim().to_lowercase())
                            .unwrap_or(g)
                    ),
                    None => "aanmelding door het college van B&W vastgelegd".to_string(),
                },
            );
        }
        nog_niet = t
            .nog_niet_aangemeld()
            .iter()
            .map(|g| g.to_string())
            .collect();
        aangemeld = t.aanmelding;
        Ok(())
    })?;
    let wie = match &gemeente {
        Some(g) => format!("het college van B&W van {g}"),
        None => "het college van B&W".to_string(),
    };
    omg.regel(match (aangemeld, nog_niet.is_empty()) {
        (Some(start), true) if gemeente.is_some() => format!(
            "Aanmelding door {wie} vastgelegd op {}. Alle colleges zijn nu aangemeld; de doorlooptijd telt vanaf {}.",
            datum.voluit(),
            start.voluit()
        ),
        (_, true) => format!(
            "Aanmelding door {wie} vastgelegd op {}. De doorlooptijd telt vanaf deze datum.",
            datum.voluit()
        ),
        (_, false) => format!(
            "Aanmelding door {wie} vastgelegd op {}. Nog niet aangemeld: {}; de fase werving sluit pas als elk college zich heeft aangemeld.",
            datum.voluit(),
            nog_niet.join(", ")
        ),
    });
    Ok(0)
}

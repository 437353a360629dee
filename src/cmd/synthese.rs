use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, tekst};
use crate::model::interview::CitaatId;
use crate::model::synthese::{Inzicht, InzichtSoort, Stap};

/// Leg een inzicht vast uit een van de drie synthesestappen
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Stappen: moderatoren, expertteam, reflectie, in die volgorde: het expertteam pas na minstens één\ninzicht van de moderatoren, de reflectie pas na minstens één inzicht van het expertteam en op of na\nde datum van de ontwerpsessie. Soorten: dilemma, werkzaam.\n\nVoorbeeld:\n  visieleer synthese hoorn --stap moderatoren --soort dilemma \\\n    \"Regels knellen bij maatwerk\" --citaat 1.1 --citaat 2.3"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De synthesestap: moderatoren, expertteam of reflectie
    #[arg(long, value_enum, hide_possible_values = true, value_name = "STAP")]
    pub stap: Stap,
    /// Het inzicht
    #[arg(allow_hyphen_values = true)]
    pub tekst: String,
    /// Dilemma (uitdaging) of werkzaam (werkzaam element)
    #[arg(long, value_enum, hide_possible_values = true, value_name = "SOORT")]
    pub soort: Option<InzichtSoort>,
    /// Id van een citaat dat het inzicht onderbouwt (zoals 2.3); herhaal voor meer
    #[arg(long, value_name = "ID")]
    pub citaat: Vec<String>,
    /// Wanneer het inzicht is bereikt (zoals 5-3-2024 of 2024-03-05; standaard vandaag); een
    /// reflectie ligt op of na de ontwerpsessie
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let tekst = tekst("Het inzicht", &args.tekst)?;
    let ids = args
        .citaat
        .iter()
        .map(|c| c.parse::<CitaatId>().map_err(|f| anyhow!("--citaat: {f}.")))
        .collect::<Result<Vec<_>>>()?;
    // The insight has a date of its own (when it was reached): taken as today only with a
    // word to the user, like every event without --datum.
    let datum = omg.datum(args.datum.as_deref())?;
    let nr = omg.wijzig(&args.slug, |t| {
        crate::methode::vastleggen::mag_vastleggen(t, crate::methode::vastleggen::Vastlegging::Inzicht).map_err(|f| anyhow!("{f}"))?;
        crate::methode::synthesevolgorde::mag(t, args.stap, datum).map_err(|f| anyhow!("{f}"))?;
        let mut citaten = Vec::new();
        for id in ids {
            if t.citaat(id).is_none() {
                bail!(
                    "Traject '{}' heeft geen citaat {id}; 'visieleer citaten {}' toont de citaten met hun id.",
                    t.slug,
                    t.slug
                );
            }
            if !citaten.contains(&id.to_string()) {
                citaten.push(id.to_string());
            }
        }
        let nr = t.volgend_inzichtnummer()?;
        t.synthese.push(Inzicht { nr, stap: args.stap, soort: args.soort, tekst, citaten, datum: Some(datum) });
        t.noteer(datum, format!("inzicht {nr} vastgelegd (synthesestap {})", args.stap));
        Ok(nr)
    })?;
    omg.regel(format!(
        "Inzicht {nr} vastgelegd in de synthesestap '{}'.",
        args.stap
    ));
    Ok(0)
}

//! `toestemming`: change later what the participants of a duo-interview allowed their words to
//! be used for. It never erases words; that is `intrekken`.

use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, interviewnummer};
use crate::model::interview::Toestemming;

/// Wijzig waarvoor de woorden uit een duo-interview gebruikt mogen worden (wist niets)
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Gebruiken: rapport (het eigen borgingsrapport), kaartjes (citaatkaartjes voor de ontwerpsessie),
landelijk (de rode draden over alle trajecten), onderzoek (CSV, Excel, qdpx en 'toon --json');
ja is alles, nee is niets. Per deelnemer: rol=gebruiken, voor elke rol van het duo.
Beperken kan altijd; verruimen wordt met de datum in de historie van het interview vastgelegd.
Deze opdracht wist geen woorden: ook met 'nee' blijven de citaten in de map, alleen komen ze in
geen enkel document. Wil een deelnemer dat de woorden verdwijnen, gebruik dan
'visieleer intrekken'. Alleen deze opdracht en 'intrekken' veranderen de toestemming.

Voorbeeld:
  visieleer toestemming hoorn 2 rapport,kaartjes
  visieleer toestemming hoorn 2 wijkcoach=ja \"beleidsadviseur Wmo=rapport\"")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het duo-interview
    #[arg(allow_hyphen_values = true)]
    pub interview: String,
    /// De nieuwe toestemming: ja, nee, een lijst van gebruiken, of per rol rol=gebruiken
    #[arg(required = true, value_name = "GEBRUIKEN")]
    pub gebruiken: Vec<String>,
    /// Datum van de wijziging (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// Works on any traject, also a finished one: consent outranks the archive.
pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nr = interviewnummer(&args.interview)?;
    let datum = omg.datum(args.datum.as_deref())?;
    // "rapport, kaartjes" typed without quotes arrives as two words.
    let waarden: Vec<String> = if args.gebruiken.iter().any(|g| g.contains('=')) {
        args.gebruiken.clone()
    } else {
        vec![args.gebruiken.join(",")]
    };
    let pad = omg.map.bestand(&args.slug);
    let (oud, nieuw) = omg.map.wijzig(&args.slug, |t| {
        crate::methode::dubbel::weiger(&pad, t)?;
        let geen = crate::methode::herstel::geen_interview(t, nr);
        let interview = t.interview_mut(nr).ok_or_else(|| anyhow!("{geen}"))?;
        if let Some(op) = interview.ingetrokken {
            bail!(
                "De deelnemers van duo-interview {nr} hebben hun toestemming op {op} ingetrokken en hun woorden zijn gewist; die toestemming verandert niet meer."
            );
        }
        let rollen: Vec<String> = interview.duo.iter().map(|d| d.rol.clone()).collect();
        let rollen: Vec<&str> = rollen.iter().map(String::as_str).collect();
        let nieuw = Toestemming::uit_argumenten(&waarden, &rollen)
            .map_err(|f| anyhow!("Toestemming: {f}."))?;
        let oud = interview.toestemming.clone();
        if nieuw == oud {
            return Ok((oud, nieuw));
        }
        let verruimd = !nieuw.binnen(&oud, &rollen);
        interview.toestemming = nieuw.clone();
        interview.noteer(
            datum,
            format!(
                "toestemming {}: was {oud}, nu {nieuw}",
                if verruimd { "verruimd" } else { "beperkt" }
            ),
        );
        Ok((oud, nieuw))
    })?;
    if oud == nieuw {
        omg.regel(format!(
            "Duo-interview {nr} had al toestemming '{nieuw}'; er is niets gewijzigd."
        ));
        return Ok(0);
    }
    omg.regel(format!(
        "Toestemming van duo-interview {nr} gewijzigd van '{oud}' naar '{nieuw}'."
    ));
    if nieuw.is_nee() {
        omg.regel(format!(
            "De citaten blijven in de map, maar komen in geen enkel document. Moeten de woorden zelf verdwijnen, gebruik dan 'visieleer intrekken {} {nr}'.",
            args.slug
        ));
    }
    Ok(0)
}

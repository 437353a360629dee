use anyhow::Result;

use super::{Code, Omgeving};

/// Maak de laatste wijziging van een traject ongedaan, precies zoals het bestand ervoor was
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Zet het trajectbestand byte voor byte terug zoals het was vóór de laatste wijziging door
visieleer, en zegt welke opdracht dat was. Herhaal om verder terug te gaan: visieleer onthoudt
per traject de laatste 20 wijzigingen, in de map .visieleer/ongedaan/ (die nooit in git komt).

Geweigerd als het bestand sindsdien buiten visieleer om is veranderd (met de hand, door git of
een synchronisatieprogramma): dat werk gaat dan niet verloren. Een intrekking ('visieleer
intrekken'), een andere toestemming en een aangepaste citaattekst ('citaat-wijzig --tekst')
worden nooit ongedaan gemaakt: ingetrokken en geredigeerde woorden komen niet terug. Zo'n
wijziging wist ook alles wat daarvoor ongedaan had kunnen worden.

Voorbeeld:
  visieleer ongedaan hoorn")]
pub struct Args {
    /// Het traject
    pub slug: String,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let (wat, over) = omg.map.ongedaan(&args.slug)?;
    omg.regel(format!("Ongedaan gemaakt: {wat}"));
    omg.regel(match over {
        0 => "Verder terug kan niet meer.".to_string(),
        1 => "Nog 1 wijziging kan ongedaan worden gemaakt.".to_string(),
        n => format!("Nog {n} wijzigingen kunnen ongedaan worden gemaakt."),
    });
    Ok(0)
}

use anyhow::{Result, anyhow};

use super::{Code, Omgeving, interviewnummer};
use crate::model::interview::{Interview, Toestemming};
use crate::privacy::vingerafdruk::vingerafdruk;

/// Trek de toestemming van een duo-interview in: de tekst van zijn citaten wordt gewist
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Zet de toestemming op 'nee' en wist de woorden van alle citaten van dat interview uit het\ntrajectbestand, met de datum, de rollen, de naam van het notitiebestand en de historie van het\ninterview. De citaat-id's en verwijzingen ernaar blijven bestaan, gemarkeerd als ingetrokken. De map\nonthoudt alleen een vingerafdruk van de citaten (niet de woorden): dezelfde notities worden nooit\nopnieuw ingelezen, ook niet onder een andere bestandsnaam of datum.\nBeperken of verruimen zonder iets te wissen: 'visieleer toestemming'.\nStaat de map in git, dan staat de oude tekst nog in de geschiedenis: zie HANDLEIDING.md.\n\nVoorbeeld:\n  visieleer intrekken hoorn 2"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van het duo-interview
    #[arg(allow_hyphen_values = true)]
    pub interview: String,
    /// Datum van de intrekking (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// Withdrawal works on any traject, also a finished one: consent outranks the archive.
pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let nr = interviewnummer(&args.interview)?;
    let datum = omg.datum(args.datum.as_deref())?;
    let pad = omg.map.bestand(&args.slug);
    let gewist = omg.map.wijzig_met_register(&args.slug, |t, register| {
        // With two interviews numbered `nr`, one would be erased and the other kept.
        crate::methode::dubbel::weiger(&pad, t)?;
        let geen = crate::methode::herstel::geen_interview(t, nr);
        let interview = t.interview_mut(nr).ok_or_else(|| anyhow!("{geen}"))?;
        let voor = interview.clone();
        let gewist = wis(interview);
        // The map's index keeps them when the interview itself is removed one day.
        for afdruk in &interview.vingerafdrukken {
            register.voeg_ingetrokken_toe(afdruk);
        }
        let aantekeningen_gewist = voor.aantekeningen.is_some();
        if interview.ingetrokken.is_none() {
            interview.ingetrokken = Some(datum);
        }
        if *interview != voor {
            interview.noteer(
                datum,
                format!(
                    "toestemming ingetrokken; tekst van {gewist} {} gewist{}",
                    if gewist == 1 { "citaat" } else { "citaten" },
                    if aantekeningen_gewist {
                        ", en de aantekeningen van de moderator"
                    } else {
                        ""
                    }
                ),
            );
        }
        // The traject's own history recorded the interview with its date and roles.
        let over_dit_interview = |wat: &str| {
            wat.strip_prefix(&format!("duo-interview {nr}"))
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']))
        };
        t.historie.retain(|g| !over_dit_interview(&g.wat));
        Ok(gewist)
    })?;
    omg.regel(format!(
        "Toestemming voor duo-interview {nr} ingetrokken; de tekst van {gewist} {} is gewist.",
        if gewist == 1 { "citaat" } else { "citaten" }
    ));
    omg.regel(
        "Ook de datum, de rollen, de naam van het notitiebestand en de historie van het interview zijn gewist; de map onthoudt alleen een vingerafdruk van de citaten, zodat dezelfde notities nooit opnieuw worden ingelezen.",
    );
    Ok(0)
}

/// Erases everything of a withdrawn interview that could point at its two participants, and
/// keeps only what refuses a new import of their words: the fingerprints of the quotes. The
/// ids stay, so references from the synthesis still resolve. Returns how many quotes lost
/// their text now.
fn wis(interview: &mut Interview) -> usize {
    let mut gewist = 0;
    for citaat in &mut interview.citaten {
        let mut afdrukken = Vec::new();
        if !citaat.tekst.is_empty() {
            afdrukken.push(vingerafdruk(&citaat.tekst));
        }
        afdrukken.extend(citaat.origineel.take());
        for afdruk in afdrukken {
            if !interview.vingerafdrukken.contains(&afdruk) {
                interview.vingerafdrukken.push(afdruk);
            }
        }
        if !citaat.ingetrokken || !citaat.tekst.is_empty() {
            gewist += 1;
        }
        citaat.tekst.clear();
        citaat.ingetrokken = true;
        citaat.van = None;
        citaat.tags.clear();
        citaat.kern = false;
    }
    // The moderator's notes hold the same words; the file name, the date and the roles
    // together may point at the two people.
    interview.aantekeningen = None;
    interview.notitie = None;
    interview.toestemming = Toestemming::NEE;
    // An interview withdrawn by an older visieleer has no fingerprints, and its words are
    // gone: its file name, date and duo are then all that refuses its notes, so they stay.
    let zonder_afdruk = interview.vingerafdrukken.is_empty()
        && interview.ingetrokken.is_some()
        && !interview.citaten.is_empty();
    if !zonder_afdruk {
        interview.bron = None;
        interview.datum = None;
        for (n, deelnemer) in interview.duo.iter_mut().enumerate() {
            deelnemer.rol = format!("deelnemer {}", n + 1);
        }
    }
    interview
        .historie
        .retain(|g| g.wat.starts_with("toestemming ingetrokken"));
    gewist
}

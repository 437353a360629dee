use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Result, anyhow, bail};

use super::formaat::{Formaat, Formaten, gegeven};
use super::rapport::lever_af;
use super::{Code, Omgeving};
use crate::methode::agenda::{Punt, agenda};
use crate::model::datum::{Datering, Datum};

/// Wat er de komende tijd gepland en verwacht is, over alle trajecten in de map
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Op datum: elke geplande sessie, de datum van elke afspraak zonder nazorg, het volgende moment van
een afspraak die loopt, en het nazorggesprek dat een afgerond traject nog verwacht (uiterlijk drie
maanden na de afronding). Een datum die alleen een maand of jaar is, blijft dat. Begint vandaag,
tenzij --vanaf iets anders zegt; wat al voorbij is, melden 'toon', 'overzicht' en 'check'.
Met --ics (of een naam op .ics na -o) een iCalendar-bestand dat Outlook en andere agenda's
inlezen: één hele-dag-afspraak per punt (een maand of jaar als afspraak over alle dagen ervan),
met een vaste UID, zodat opnieuw inlezen bijwerkt in plaats van verdubbelt.

Voorbeeld:
  visieleer agenda
  visieleer agenda --vanaf 1-1-2025 --tot 'juni 2025'
  visieleer agenda --ics -o agenda.ics")]
pub struct Args {
    /// Vanaf deze datum (zoals 1-1-2025, januari 2025 of 2025; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub vanaf: Option<String>,
    /// Tot en met deze datum (zoals 30-6-2025, juni 2025 of 2025)
    #[arg(long, value_name = "DATUM")]
    pub tot: Option<String>,
    /// Als iCalendar-bestand (.ics) voor Outlook en andere agenda's
    #[arg(long)]
    pub ics: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.ics kiest iCalendar)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `agenda`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "agenda",
    vlaggen: &[(Formaat::Tabel, None), (Formaat::Ics, Some("--ics"))],
    standaard: Formaat::Tabel,
    op_scherm: Formaat::Tabel,
    voorbeeld: "agenda",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies(gegeven(&[(args.ics, Formaat::Ics)]), args.output.as_deref())?;
    let lees = |naam: &str, tekst: &str| Datering::lees(tekst).map_err(|f| anyhow!("{naam} {f}."));
    let vanaf = match args.vanaf.as_deref() {
        Some(v) => lees("--vanaf", v)?.eerste_dag(),
        None => omg.vandaag,
    };
    let tot = args
        .tot
        .as_deref()
        .map(|t| lees("--tot", t).map(Datering::laatste_dag))
        .transpose()?;
    if let Some(tot) = tot
        && tot < vanaf
    {
        bail!(
            "--tot ({}) ligt vóór het begin van de agenda ({}); geef een latere --tot of een eerdere --vanaf.",
            tot.voluit(),
            vanaf.voluit()
        );
    }
    // Only the heads: the agenda never needs the quotes.
    let (trajecten, kapot) = super::leesbare(omg.map.koppen()?);
    omg.map.waarschuw_voor_kopieen();
    // The afspraken and streefwaarden go to a calendar outside the map: masked as every
    // document masks them, with the names each traject knows.
    let trajecten: Vec<_> = trajecten
        .iter()
        .map(|t| crate::privacy::Masker::alleen_eigen(t).traject(t))
        .collect();
    let punten = agenda(&trajecten, vanaf, tot);
    let tekst = match formaat {
        Formaat::Ics => crate::uitwisseling::ics::kalender(&punten, omg.vandaag),
        _ => tekst(&punten, vanaf, tot),
    };
    let code = lever_af(omg, args.output, &tekst, "Agenda")?;
    Ok(if kapot > 0 { 1 } else { code })
}

/// The agenda on the screen: one line per item, the date first.
fn tekst(punten: &[Punt], vanaf: Datum, tot: Option<Datum>) -> String {
    let span = match tot {
        Some(tot) => format!("van {} tot en met {}", vanaf.voluit(), tot.voluit()),
        None => format!("vanaf {}", vanaf.voluit()),
    };
    let mut uit = String::new();
    if punten.is_empty() {
        let _ = writeln!(uit, "Niets gepland of verwacht {span}.");
        return uit;
    }
    let _ = writeln!(uit, "Agenda {span}:");
    let datums: Vec<String> = punten.iter().map(|p| datum(p.datum)).collect();
    let breedte = datums.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    for (p, d) in punten.iter().zip(&datums) {
        let _ = writeln!(
            uit,
            "  {d:<breedte$}  {} ({}): {}",
            p.traject, p.slug, p.wat
        );
        if !p.toelichting.is_empty() {
            let _ = writeln!(uit, "  {:<breedte$}  {}", "", p.toelichting);
        }
    }
    uit
}

/// A date as the agenda shows it, as people write it: `4 maart 2025`, `maart 2025` or `2025`.
fn datum(d: Datering) -> String {
    d.voluit()
}

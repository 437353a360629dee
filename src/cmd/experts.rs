use std::path::PathBuf;

use anyhow::Result;

use super::formaat::{Formaat, Formaten, gegeven};
use super::rapport::lever_af;
use super::{Code, Omgeving};
use crate::document::experts;
use crate::luisteren::citaten::{Csv, Veld};

/// Toon de experts van alle expertteams in de map: hun expertise en in welke trajecten
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Per expert één rij, ook als die in meer trajecten zat (namen gelijk zonder op hoofdletters of
spaties te letten): de expertise zoals 'visieleer expert' die vastlegde en de trajecten. Wie het
vaakst meedacht staat bovenaan. Er staat niets in wat niet al in de borgingsrapporten staat: de
naam en de expertise van de expert. Met --csv een CSV (komma's, UTF-8) met dezelfde kolommen.
De naam achter -o kiest ook het formaat: .csv of .md; een andere naam krijgt de tabel.

Voorbeeld:
  visieleer experts
  visieleer experts --csv -o experts.csv")]
pub struct Args {
    /// Als markdown-tabel
    #[arg(long, conflicts_with = "csv")]
    pub markdown: bool,
    /// Als CSV (komma's, UTF-8), voor een spreadsheet
    #[arg(long)]
    pub csv: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.csv of .md kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `experts`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "experts",
    vlaggen: &[
        (Formaat::Tabel, None),
        (Formaat::Markdown, Some("--markdown")),
        (Formaat::Csv, Some("--csv")),
    ],
    standaard: Formaat::Tabel,
    op_scherm: Formaat::Tabel,
    voorbeeld: "experts",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies(
        gegeven(&[(args.markdown, Formaat::Markdown), (args.csv, Formaat::Csv)]),
        args.output.as_deref(),
    )?;
    // Only the heads and the expertteams; masked as in every document over the map, so an
    // expertise names nobody the report would not name.
    let gelezen = omg.map.alle_samengevat(|t| {
        t.interviews.clear();
        t.synthese.clear();
        t.historie.clear();
    })?;
    let (gelezen, kapot) = super::leesbare(gelezen);
    let trajecten: Vec<_> = crate::opslag::Map::namen_voor_document(gelezen)
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    if trajecten.is_empty() && kapot == 0 {
        anyhow::bail!(
            "Er staan nog geen trajecten in map '{}'; begin er een met 'visieleer nieuw'.",
            omg.map.pad().display()
        );
    }
    let rijen = experts::rijen(&trajecten);
    let code = match formaat {
        Formaat::Csv => {
            let kop: Vec<String> = ["expert", "expertise", "trajecten", "aantal"]
                .map(String::from)
                .to_vec();
            let mut csv = Csv::nieuw(Vec::new(), ',', &kop)?;
            for rij in &rijen {
                let [naam, expertise, trajecten, _] = rij.cellen();
                csv.rij(&[
                    Veld::Tekst(naam),
                    Veld::Tekst(expertise),
                    Veld::Tekst(trajecten),
                    Veld::Getal(rij.trajecten.len() as u32),
                ])?;
            }
            let tekst = String::from_utf8(csv.klaar()?)?;
            lever_af(omg, args.output, &tekst, "Experts")?
        }
        _ => {
            let mut tekst = if rijen.is_empty() {
                String::from("Geen van de trajecten heeft een vastgelegd expertteam.\n")
            } else if formaat == Formaat::Markdown {
                experts::markdown_tabel(&rijen)
            } else {
                format!("{}\n", experts::tabel(&rijen))
            };
            if !rijen.is_empty() {
                tekst.push_str(&format!(
                    "\n{}\n",
                    experts::samenvatting(&rijen, &trajecten)
                ));
            }
            lever_af(omg, args.output, &tekst, "Experts")?
        }
    };
    Ok(if kapot > 0 { 1 } else { code })
}

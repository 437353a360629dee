use std::collections::BTreeMap;

use anyhow::Result;

use super::{Code, Omgeving};
use crate::document::ontsnappen::markdown;
use crate::luisteren::codeboek::{Codeboek, Modus};
use crate::opslag::CODEBOEK;

/// Toon het codeboek: de tags per groep, met per tag het aantal citaten
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het ingebouwde codeboek kent drie groepen: thema (de drie thema's van de Rapportage
Visieleren), uitgangspunt (de zeven uitgangspunten van het verbetertraject Toegang) en
niveau (de vier niveaus van de wethoudersgesprekken). Een bestand codeboek.yaml in de map
breidt het uit of vervangt het:

  modus: uitbreiden        # of: vervangen
  tags:
    - tag: wachtlijst
      groep: thema
      omschrijving: Wachtlijsten en doorlooptijden in de toegang

Voorbeeld:
  visieleer codeboek
  visieleer codeboek --markdown > codeboek.md")]
pub struct Args {
    /// Als markdown, om te delen of af te drukken
    #[arg(long)]
    pub markdown: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let mut tellingen: BTreeMap<String, usize> = BTreeMap::new();
    if omg.map.pad().is_dir() {
        // Each traject is counted and dropped: the map is never in memory as a whole.
        omg.map.waarschuw_voor_kopieen();
        let per_traject = omg.map.over_elk_bestand(
            |_, _| (),
            |b, _| {
                let t = crate::bestand::lees_bestand(&b.pad, &b.slug)?;
                let mut tellingen: BTreeMap<String, usize> = BTreeMap::new();
                for (_, _, c) in t.citaten() {
                    for tag in &c.tags {
                        *tellingen.entry(tag.clone()).or_default() += 1;
                    }
                }
                anyhow::Ok(tellingen)
            },
        )?;
        for deel in per_traject {
            for (tag, n) in deel? {
                *tellingen.entry(tag).or_default() += n;
            }
        }
    }
    let onbekend: Vec<String> = tellingen
        .iter()
        .filter(|(tag, _)| boek.zoek(tag).is_none())
        .map(|(tag, n)| format!("{tag} ({n})"))
        .collect();
    let bestand = omg.map.pad().join(CODEBOEK);
    let herkomst = match boek.modus {
        None => "ingebouwd".to_string(),
        Some(Modus::Uitbreiden) => format!("ingebouwd en {}", bestand.display()),
        Some(Modus::Vervangen) => format!("{}, in plaats van het ingebouwde", bestand.display()),
    };
    let aantal = |tag: &str| tellingen.get(tag).copied().unwrap_or(0);
    let mut uit = String::new();
    if args.markdown {
        uit.push_str(&format!(
            "# Codeboek\n\nHerkomst: {}.\n",
            markdown::cel(&herkomst)
        ));
        for groep in boek.groepen() {
            uit.push_str(&format!("\n## {}\n\n", markdown::cel(groep)));
            let rijen: Vec<Vec<String>> = boek
                .groep(groep)
                .map(|t| {
                    vec![
                        format!("`{}`", t.tag),
                        markdown::cel(&t.omschrijving),
                        aantal(&t.tag).to_string(),
                    ]
                })
                .collect();
            uit.push_str(&markdown::tabel(
                &["Tag", "Omschrijving", "Citaten"],
                &rijen,
            ));
        }
        if !onbekend.is_empty() {
            uit.push_str(&format!(
                "\nTags in citaten die niet in het codeboek staan: {}.\n",
                markdown::cel(&onbekend.join(", "))
            ));
        }
    } else {
        uit.push_str(&format!("Codeboek ({herkomst})\n"));
        let breedte = boek
            .tags
            .iter()
            .map(|t| t.tag.chars().count())
            .max()
            .unwrap_or(0);
        for groep in boek.groepen() {
            uit.push_str(&format!("\n{groep}\n"));
            for t in boek.groep(groep) {
                uit.push_str(&format!(
                    "  {:<breedte$}  {:>4}  {}\n",
                    t.tag,
                    aantal(&t.tag),
                    t.omschrijving
                ));
            }
        }
        if !onbekend.is_empty() {
            uit.push_str(&format!(
                "\nTags in citaten die niet in het codeboek staan: {}.\n  → voeg ze toe aan {} of wijzig de citaten met 'visieleer citaat-wijzig'.\n",
                onbekend.join(", "),
                omg.map.pad().join(CODEBOEK).display()
            ));
        }
    }
    omg.uit.push_str(&uit);
    Ok(0)
}

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Code, Omgeving};

/// Neem de clusters van de ontwerpsessie over als inzichten van de reflectie
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Het CSV-bestand heeft per regel een kaartje-id en een clusternaam: kaartje,cluster.\nEen kopregel 'kaartje,cluster' mag; zet een naam met een komma tussen aanhalingstekens.\nOnbekende kaartjes en kapotte regels worden met hun regelnummer geweigerd, en dan verandert er niets.\nHetzelfde bestand twee keer inlezen verandert niets.\n\nVoorbeeld (clusters.csv):\n  kaartje,cluster\n  1.1,Eén voordeur\n  2.1,Eén voordeur\n  1.2,\"Rust, regie en ruimte\"\n\n  visieleer clusters hoorn clusters.csv"
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Het CSV-bestand met kaartje,cluster
    pub bestand: PathBuf,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let bytes = match crate::bestand::lees_begrensd(&args.bestand, crate::bestand::MAX_BESTAND) {
        Ok(b) => b,
        Err(fout) => bail!("Het bestand '{}' {}.", args.bestand.display(), fout.reden()),
    };
    let Ok(inhoud) = String::from_utf8(bytes) else {
        bail!(
            "'{}' is geen UTF-8-tekst; sla het CSV-bestand op als UTF-8.",
            args.bestand.display()
        );
    };
    if let Some((regel, kolom, c)) = crate::model::teken::in_bestand(&inhoud) {
        bail!(
            "'{}', regel {regel}, kolom {kolom}: een onzichtbaar stuurteken ({}); verwijder het in een teksteditor en lees het bestand opnieuw in.",
            args.bestand.display(),
            crate::model::teken::naam(c)
        );
    }
    let bestand = args.bestand.display().to_string();
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let uitkomst = omg.wijzig(&args.slug, |t| {
        let clusters = match crate::luisteren::clusters::lees(&inhoud, t) {
            Ok(c) => c,
            Err(fouten) => bail!(
                "'{bestand}' is niet ingelezen; verbeter deze regels en probeer opnieuw:\n  {}",
                fouten.join("\n  ")
            ),
        };
        if clusters.is_empty() {
            bail!("'{bestand}' bevat geen clusters; zet per regel kaartje,cluster, zoals 1.2,Eén voordeur.");
        }
        let uitkomst = crate::luisteren::clusters::neem_op(t, &clusters, datum)?;
        if !uitkomst.nieuw.is_empty() || !uitkomst.aangevuld.is_empty() {
            t.noteer(
                datum,
                format!(
                    "clusters van de ontwerpsessie ingelezen: {} nieuw, {} aangevuld",
                    uitkomst.nieuw.len(),
                    uitkomst.aangevuld.len()
                ),
            );
        }
        Ok(uitkomst)
    })?;
    if uitkomst.nieuw.is_empty() && uitkomst.aangevuld.is_empty() {
        omg.regel("Alle clusters stonden er al; er is niets veranderd.");
    } else {
        omg.regel(format!(
            "Clusters ingelezen in de synthesestap reflectie: {} nieuw, {} aangevuld.",
            uitkomst.nieuw.len(),
            uitkomst.aangevuld.len()
        ));
    }
    Ok(0)
}

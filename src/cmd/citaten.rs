use anyhow::{Result, anyhow, bail};

use super::{Code, Omgeving, interviewnummer};
use crate::citaten::{Filter, csv, tabel};
use crate::codeboek::Codeboek;
use crate::interview::Perspectief;

/// Toon de citaten van een traject als tabel, of exporteer ze als CSV
#[derive(clap::Args, Debug)]
#[command(after_help = "\
In de tabel staat ★ bij een kerncitaat en ⊘ bij een citaat uit een interview zonder
toestemming. --csv is een export om te delen: citaten zonder toestemming blijven eruit (op
stderr staat hoeveel). De CSV heeft per rij één citaat, met kolommen voor traject, interview,
datum, beide rollen en perspectieven van het duo, de spreker, kerncitaat, de tags per groep
van het codeboek en de tekst.

Voorbeeld:
  visieleer citaten hoorn --tag rust-en-regie
  visieleer citaten hoorn --perspectief inwoner --interview 2
  visieleer citaten hoorn --csv > citaten-hoorn.csv")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Alleen citaten met deze tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Alleen citaten van een spreker met dit perspectief
    #[arg(long, value_name = "PERSPECTIEF")]
    pub perspectief: Option<String>,
    /// Alleen citaten uit dit duo-interview
    #[arg(long, value_name = "NR")]
    pub interview: Option<String>,
    /// Als CSV (komma's, UTF-8), voor een spreadsheet of analyseprogramma
    #[arg(long)]
    pub csv: bool,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let tag = args
        .tag
        .as_deref()
        .map(|t| boek.controleer(t).map_err(|f| anyhow!("--tag: {f}")))
        .transpose()?;
    let perspectief = args
        .perspectief
        .as_deref()
        .map(|p| {
            p.parse::<Perspectief>()
                .map_err(|f| anyhow!("--perspectief: {f}."))
        })
        .transpose()?;
    let interview = args.interview.as_deref().map(interviewnummer).transpose()?;
    let traject = omg.map.lees_voor_document(&args.slug)?;
    if let Some(nr) = interview
        && traject.interview(nr).is_none()
    {
        bail!(
            "Traject '{}' heeft geen duo-interview {nr}; 'visieleer interviews {}' toont de interviews.",
            traject.slug,
            traject.slug
        );
    }
    let filter = Filter {
        tag,
        perspectief,
        interview,
    };
    if args.csv {
        let (tekst, achtergehouden) = csv(&traject, &filter, &boek);
        omg.uit.push_str(&tekst);
        if achtergehouden > 0 {
            eprintln!(
                "{achtergehouden} {} uit interviews zonder toestemming {} niet geëxporteerd.",
                if achtergehouden == 1 {
                    "citaat"
                } else {
                    "citaten"
                },
                if achtergehouden == 1 { "is" } else { "zijn" }
            );
        }
    } else {
        omg.uit.push_str(&tabel(&traject, &filter));
    }
    Ok(0)
}

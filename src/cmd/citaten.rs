use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Result, anyhow, bail};

use super::formaat::{Formaat, Formaten, gegeven};
use super::{Code, Omgeving, interviewnummer, naar_scherm, schrijf_bestand_met, tijdelijk_met};
use crate::luisteren::citaten::{Csv, Export, Filter, tabel};
use crate::luisteren::codeboek::Codeboek;
use crate::model::datum::Datum;
use crate::model::interview::Perspectief;
use crate::model::traject::Traject;
use crate::opslag::Map;
use crate::privacy::Masker;
use crate::uitwisseling::xlsx::Werkmap;

/// Toon de citaten van een traject als tabel, of exporteer ze als CSV of Excel
#[derive(clap::Args, Debug)]
#[command(after_help = "\
In de tabel staat ★ bij een kerncitaat en ⊘ bij een citaat uit een interview zonder
toestemming. --csv is een export om te delen: citaten zonder toestemming blijven eruit (op
stderr staat hoeveel). De CSV heeft per rij één citaat, met kolommen voor traject, interview,
datum, gemeente, beide rollen en perspectieven van het duo, de spreker, kerncitaat, de tags per
groep van het codeboek en de tekst. De gemeente is die van het interview; een interview van het
hele traject (of de hele regio) krijgt alle gemeenten van het traject, gescheiden door '; '. --xlsx schrijft dezelfde kolommen als Excel-werkmap (met -o),
met een vaste, gefilterde kopregel en echte datums. Zonder traject exporteren --csv en --xlsx
de citaten van alle trajecten in de map. Voor Excel met Nederlandse instellingen:
--csv --scheiding ';' (puntkomma's, met byte-order mark). De naam achter -o kiest ook het
formaat: .csv of .xlsx; een naam zonder extensie krijgt CSV.

Voorbeeld:
  visieleer citaten hoorn --tag rust-en-regie
  visieleer citaten hoorn --perspectief inwoner --interview 2
  visieleer citaten hoorn --csv > citaten-hoorn.csv
  visieleer citaten hoorn --csv --scheiding ';' -o citaten-hoorn.csv
  visieleer citaten hoorn --xlsx -o citaten-hoorn.xlsx
  visieleer citaten --xlsx -o alle-citaten.xlsx")]
pub struct Args {
    /// Het traject; zonder traject (alleen bij een export: --csv, --xlsx of -o) alle trajecten in de map
    pub slug: Option<String>,
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
    #[arg(long, conflicts_with = "xlsx")]
    pub csv: bool,
    /// Het scheidingsteken van de CSV: ',' (standaard) of ';' (voor Excel met Nederlandse
    /// instellingen; dan met byte-order mark)
    #[arg(long, value_name = "TEKEN")]
    pub scheiding: Option<String>,
    /// Als Excel-werkmap (.xlsx); vraagt -o
    #[arg(long)]
    pub xlsx: bool,
    /// Schrijf de export naar dit bestand (.csv of .xlsx kiest het formaat; anders CSV)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `citaten`.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "citaten",
    vlaggen: &[
        (Formaat::Tabel, None),
        (Formaat::Csv, Some("--csv")),
        (Formaat::Xlsx, Some("--xlsx")),
    ],
    standaard: Formaat::Csv,
    op_scherm: Formaat::Tabel,
    voorbeeld: "citaten",
};

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
    let scheiding = match args.scheiding.as_deref() {
        None | Some(",") => ',',
        Some(";") => ';',
        Some(ander) => bail!(
            "--scheiding '{ander}' kan niet; kies ',' of ';' (bijvoorbeeld --scheiding ';' voor Excel)."
        ),
    };
    let formaat = FORMATEN.kies(
        gegeven(&[(args.csv, Formaat::Csv), (args.xlsx, Formaat::Xlsx)]),
        args.output.as_deref(),
    )?;
    if args.scheiding.is_some() && formaat != Formaat::Csv {
        bail!("--scheiding hoort bij een CSV-export; geef --csv of een naam op .csv.");
    }
    let is_export = formaat != Formaat::Tabel;
    let een = match &args.slug {
        Some(slug) => {
            let (traject, masker) = omg.map.lees_voor_document(slug)?;
            if let Some(nr) = interview
                && traject.interview(nr).is_none()
            {
                bail!("{}", crate::methode::herstel::geen_interview(&traject, nr));
            }
            Some((traject, masker))
        }
        None if !is_export => bail!(
            "Welk traject? Geef het traject, bijvoorbeeld 'visieleer citaten hoorn'; zonder traject kan alleen een export van de hele map (--csv of --xlsx)."
        ),
        None if interview.is_some() => bail!(
            "--interview hoort bij één traject; geef het traject, bijvoorbeeld 'visieleer citaten hoorn --interview 2'."
        ),
        None => None,
    };
    let filter = Filter {
        tag,
        perspectief,
        interview,
    };
    if let (Some((traject, masker)), false) = (&een, is_export) {
        omg.uit.push_str(&tabel(traject, masker, &filter));
        return Ok(0);
    }
    let mut export = Export::nieuw(&filter, &boek);
    let vorm = if formaat == Formaat::Xlsx {
        Vorm::Xlsx(omg.vandaag)
    } else {
        Vorm::Csv { scheiding }
    };
    let bron = Bron {
        een: een.as_ref().map(|(t, m)| (t, m)),
        map: &omg.map,
    };
    let mut schrijf = |uit: &mut (dyn Write + Send)| exporteer(uit, &vorm, &bron, &mut export);
    // The counts go to stderr before the export goes to the screen, as they always did.
    let mut scherm = None;
    match &args.output {
        Some(pad) => {
            schrijf_bestand_met(pad, |uit| schrijf(uit))?;
            crate::melding!(
                "{} {} geschreven naar {}.",
                export.rijen,
                if export.rijen == 1 {
                    "citaat"
                } else {
                    "citaten"
                },
                pad.display()
            );
        }
        None => scherm = Some(tijdelijk_met(schrijf)?),
    }
    let achtergehouden = export.achtergehouden;
    if achtergehouden > 0 {
        crate::melding!(
            "{achtergehouden} {} uit interviews zonder toestemming {} niet geëxporteerd.",
            if achtergehouden == 1 {
                "citaat"
            } else {
                "citaten"
            },
            if achtergehouden == 1 { "is" } else { "zijn" }
        );
    }
    if let Some(bestand) = &mut scherm {
        naar_scherm(bestand)?;
    }
    Ok(0)
}

/// What an export is written as.
enum Vorm {
    Csv {
        scheiding: char,
    },
    /// An Excel workbook created on this day.
    Xlsx(Datum),
}

/// The trajecten an export covers: the one given, or every traject of the map.
struct Bron<'a> {
    een: Option<(&'a Traject, &'a Masker)>,
    map: &'a Map,
}

impl Bron<'_> {
    /// Hands each traject to `per_traject`; the map's trajecten one at a time, each dropped
    /// after, so an export over the map never holds the map in memory.
    fn elk(&self, mut per_traject: impl FnMut(&Traject, &Masker) -> Result<()>) -> Result<()> {
        match self.een {
            Some((traject, masker)) => per_traject(traject, masker),
            None => self
                .map
                .elk_voor_document(|traject, masker| per_traject(&traject, masker)),
        }
    }
}

/// Writes the export into `uit` as its rows come, one traject at a time: the one way both the
/// export of one traject and that of the whole map are made.
fn exporteer(
    uit: &mut (dyn Write + Send),
    vorm: &Vorm,
    bron: &Bron,
    export: &mut Export,
) -> Result<()> {
    match *vorm {
        Vorm::Csv { scheiding } => {
            let mut csv = Csv::nieuw(BufWriter::new(uit), scheiding, &export.kop)?;
            bron.elk(|traject, masker| {
                for rij in export.rijen_van(traject, masker) {
                    csv.rij(&rij)?;
                }
                Ok(())
            })?;
            csv.klaar()?;
        }
        Vorm::Xlsx(vandaag) => {
            let mut werkmap = Werkmap::nieuw(&export.kop, vandaag)?;
            bron.elk(|traject, masker| {
                for rij in export.rijen_van(traject, masker) {
                    werkmap.rij(&rij)?;
                }
                Ok(())
            })?;
            werkmap.bewaar(uit)?;
        }
    }
    Ok(())
}

//! `leidraad`: the interview guide of a traject as a document (markdown, HTML, PDF or Word).

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::formaat::Formaten;
use super::{Code, Omgeving};

/// Schrijf de leidraad voor de duo-interviews: kernvraag, toestemmingstekst om voor te lezen en de vragen per perspectief
#[derive(clap::Args, Debug)]
#[command(after_help = "\
De leidraad noemt de kernvraag, de toestemmingstekst om aan het begin voor te lezen (per
gebruik: rapport, kaartjes, landelijk, onderzoek), openingsvragen, vragen per perspectief, de
drie thema's van de Visieleertrajecten en de zeven uitgangspunten van het verbetertraject
Toegang. Met --duo (of --interview NR voor het duo van een gepland interview) staan alleen de
vragen voor de perspectieven van het duo erin.

Eigen vragen zet je in leidraad.yaml in de map van de trajecten:

  vragen:
    - Wat is uw rol, en waar komt u de toegang tegen?
  perspectieven:
    inwoner:
      - Hoe vond u de weg naar hulp?

'vragen' vervangt de openingsvragen; elk perspectief onder 'perspectieven' vervangt de vragen
van dat perspectief; wat het bestand niet noemt, blijft zoals het is ingebouwd.
'visieleer check' controleert het bestand.

Voorbeeld:
  visieleer leidraad hoorn
  visieleer leidraad hoorn --duo mantelzorger:inwoner --duo wijkcoach:uitvoering
  visieleer leidraad hoorn --interview 3 -o leidraad-3.pdf")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Een deelnemer als rol:perspectief (een of twee keer): alleen de vragen voor hun perspectief
    #[arg(long, value_name = "ROL:PERSPECTIEF", conflicts_with = "interview")]
    pub duo: Vec<String>,
    /// Het duo van dit geplande (of gehouden) duo-interview
    #[arg(long, value_name = "NR")]
    pub interview: Option<String>,
    /// Als zelfstandig HTML-bestand (om af te drukken of te delen)
    #[arg(long, conflicts_with_all = ["docx", "pdf"])]
    pub html: bool,
    /// Als PDF, door visieleer zelf opgemaakt (A4); vraagt -o
    #[arg(long, conflicts_with = "docx")]
    pub pdf: bool,
    /// Als Word-bestand (.docx) om te bewerken; vraagt -o
    #[arg(long)]
    pub docx: bool,
    /// Schrijf naar dit bestand in plaats van naar het scherm (.md, .html, .pdf of .docx kiest het formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

/// The formats of `leidraad`.
pub const FORMATEN: Formaten = Formaten::document("leidraad", "leidraad");

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let formaat = FORMATEN.kies_document(args.html, args.pdf, args.docx, args.output.as_deref())?;
    let mut duo = Vec::new();
    if args.duo.len() > 2 {
        bail!(
            "Een duo-interview heeft twee deelnemers; geef --duo een of twee keer (nu {}).",
            args.duo.len()
        );
    }
    for d in &args.duo {
        let deelnemer = crate::model::interview::Deelnemer::uit_argument(d)
            .map_err(|f| anyhow::anyhow!("--duo: {f}."))?;
        super::naam("De rol", &deelnemer.rol)?;
        duo.push(deelnemer);
    }
    let (traject, masker) = omg.map.lees_voor_document(&args.slug)?;
    if let Some(nr) = &args.interview {
        let nr = super::interviewnummer(nr)?;
        duo = match (traject.gepland_interview(nr), traject.interview(nr)) {
            (Some(g), _) => g.duo.clone(),
            (None, Some(i)) => i.duo.clone(),
            (None, None) => bail!(
                "Traject '{slug}' heeft geen duo-interview {nr}, gepland of gehouden; 'visieleer interviews {slug}' toont de nummers.",
                slug = traject.slug
            ),
        };
    }
    let leidraad = crate::luisteren::leidraad::Leidraad::voor_map(omg.map.pad())?;
    let doc = crate::document::leidraad::document(&traject, &leidraad, &duo, &masker);
    super::rapport::lever_document_af(omg, formaat, args.output, &doc, "Leidraad")
}

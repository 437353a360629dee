use std::io::BufWriter;
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::formaat::{Formaat, Formaten};
use super::{Code, Omgeving, schrijf_bestand_met, schrijffout};
use crate::luisteren::codeboek::Codeboek;
use crate::uitwisseling::qdpx;

/// De citaten als REFI-QDA-project (.qdpx) voor ATLAS.ti, MAXQDA, NVivo of QualCoder, en de coderingen terug
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Het project bevat het codeboek als codes (per groep: thema, uitgangspunt, niveau), per
duo-interview met toestemming één tekst met de deelbare citaten (gemaskeerd zoals in elk
document), elk citaat als selectie gecodeerd met zijn tags, en per deelnemer van het duo een
case met rol en perspectief als variabelen. Interviews zonder toestemming en ingetrokken
citaten gaan niet mee. Zonder traject gaat de hele map mee.

Met --importeer leest visieleer de coderingen die een onderzoeker in het QDA-programma
toevoegde en zet ze als tags bij de citaten waarop ze staan. Codes die niet in het codeboek
staan worden genoemd en overgeslagen, tenzij --nieuwe-tags.

Voorbeeld:
  visieleer qdpx hoorn -o hoorn.qdpx
  visieleer qdpx -o alle-trajecten.qdpx
  visieleer qdpx --importeer hoorn-gecodeerd.qdpx hoorn")]
pub struct Args {
    /// De trajecten (standaard alle); met --importeer precies één
    // The id `slug` gives it the trajecten of the map as tab completion.
    #[arg(id = "slug", value_name = "TRAJECT")]
    pub trajecten: Vec<String>,
    /// Schrijf het project naar dit bestand (.qdpx)
    #[arg(
        short,
        long,
        value_name = "BESTAND",
        required_unless_present = "importeer",
        conflicts_with = "importeer"
    )]
    pub output: Option<PathBuf>,
    /// Lees de coderingen uit dit project terug als tags
    #[arg(long, value_name = "BESTAND")]
    pub importeer: Option<PathBuf>,
    /// Voeg ook codes die niet in het codeboek staan toe als tag
    #[arg(long)]
    pub nieuwe_tags: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// The one format of `qdpx`: a name with another known extension is refused.
pub const FORMATEN: Formaten = Formaten {
    opdracht: "qdpx",
    vlaggen: &[(Formaat::Qdpx, None)],
    standaard: Formaat::Qdpx,
    op_scherm: Formaat::Qdpx,
    voorbeeld: "project",
};

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    match args.importeer.clone() {
        Some(pad) => importeer(args, pad, omg),
        None => exporteer(args, omg),
    }
}

fn exporteer(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if args.nieuwe_tags || args.datum.is_some() {
        bail!(
            "--nieuwe-tags en --datum horen bij het inlezen; geef ze samen met --importeer <bestand.qdpx>."
        );
    }
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let pad = args.output.expect("clap eist -o zonder --importeer");
    FORMATEN.kies(None, Some(&pad))?;
    let naam = if args.trajecten.is_empty() {
        // Only the folder's own name: a full path may name the person whose computer it is.
        let map = omg
            .map
            .pad()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        format!("visieleer: {}", map.unwrap_or_else(|| "trajecten".into()))
    } else {
        format!("visieleer: {}", args.trajecten.join(", "))
    };
    // The project is written traject by traject into a file that appears only when all went
    // well: the map is never in memory as a whole, and a broken traject leaves no half file.
    let telling = schrijf_bestand_met(&pad, |bestand| {
        let schrijffout = |e: std::io::Error| schrijffout(&pad, &e);
        let mut schrijver =
            qdpx::Schrijver::nieuw(BufWriter::new(bestand), &boek, &naam).map_err(schrijffout)?;
        if args.trajecten.is_empty() {
            omg.map.elk_voor_document(|t, masker| {
                schrijver.traject(&t, masker).map_err(schrijffout)
            })?;
        } else {
            let mut gehad: Vec<&String> = Vec::new();
            for slug in &args.trajecten {
                if !gehad.contains(&slug) {
                    gehad.push(slug);
                    let (t, masker) = omg.map.lees_voor_document(slug)?;
                    schrijver.traject(&t, &masker).map_err(schrijffout)?;
                }
            }
        }
        let (uit, telling) = schrijver.sluit().map_err(schrijffout)?;
        uit.into_inner().map_err(|e| schrijffout(e.into_error()))?;
        Ok(telling)
    })?;
    crate::melding!(
        "REFI-QDA-project geschreven naar {}: {} {}, {} {}.",
        pad.display(),
        telling.bronnen,
        if telling.bronnen == 1 {
            "interview"
        } else {
            "interviews"
        },
        telling.citaten,
        if telling.citaten == 1 {
            "citaat"
        } else {
            "citaten"
        }
    );
    if telling.achtergehouden > 0 {
        crate::melding!(
            "{} {} zonder toestemming of ingetrokken {} niet meegegaan.",
            telling.achtergehouden,
            if telling.achtergehouden == 1 {
                "citaat"
            } else {
                "citaten"
            },
            if telling.achtergehouden == 1 {
                "is"
            } else {
                "zijn"
            }
        );
    }
    Ok(0)
}

fn importeer(args: Args, pad: PathBuf, omg: &mut Omgeving) -> Result<Code> {
    let [slug] = args.trajecten.as_slice() else {
        bail!(
            "Geef bij --importeer precies één traject, zoals 'visieleer qdpx --importeer project.qdpx hoorn'."
        );
    };
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let boek = Codeboek::voor_map(omg.map.pad())?;
    let (traject, masker) = omg.map.lees_voor_document(slug)?;
    let bytes = crate::bestand::lees_begrensd(&pad, qdpx::MAX_QDPX)
        .map_err(|fout| anyhow::anyhow!("'{}' {}.", pad.display(), fout.reden()))?;
    let project = qdpx::lees(&bytes).map_err(|f| anyhow::anyhow!("'{}' {f}.", pad.display()))?;
    let uitkomst = qdpx::tags_uit(&project, &traject, &masker, &boek, args.nieuwe_tags)
        .map_err(|f| anyhow::anyhow!("'{}': {f}.", pad.display()))?;
    // The history names the file, not the folder it came from (which may name a person).
    let bestand = pad.file_name().map_or_else(
        || pad.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if !uitkomst.nieuw.is_empty() {
        let nieuw = uitkomst.nieuw.clone();
        omg.wijzig(slug, |t| {
            // Every quote's place once: looking each up by id would be quadratic in the quotes.
            let mut plek: std::collections::HashMap<
                crate::model::interview::CitaatId,
                (usize, usize),
            > = std::collections::HashMap::new();
            for (i, interview) in t.interviews.iter().enumerate() {
                for (c, citaat) in interview.citaten.iter().enumerate() {
                    let id = crate::model::interview::CitaatId {
                        interview: interview.nr,
                        nr: citaat.nr,
                    };
                    plek.entry(id).or_insert((i, c));
                }
            }
            for (id, tags) in &nieuw {
                let Some(&(i, c)) = plek.get(id) else {
                    crate::luisteren::citaten::citaat_mut(t, *id)?;
                    continue;
                };
                let interview = &mut t.interviews[i];
                // Read again under the lock: a quote withdrawn (or no longer open to research)
                // since the project was read gets no tags.
                if !crate::model::traject::mag_gedeeld(
                    interview,
                    &interview.citaten[c],
                    crate::model::interview::Gebruik::Onderzoek,
                ) {
                    anyhow::bail!(
                        "Citaat {id} is intussen ingetrokken of mag niet meer voor onderzoek gebruikt worden; er is niets ingelezen. Exporteer opnieuw met 'visieleer qdpx' als dat nodig is."
                    );
                }
                let citaat = &mut interview.citaten[c];
                let heeft: std::collections::HashSet<&String> = citaat.tags.iter().collect();
                let erbij: Vec<String> = tags
                    .iter()
                    .filter(|tag| !heeft.contains(tag))
                    .cloned()
                    .collect();
                if !erbij.is_empty() {
                    citaat.tags.extend(erbij.iter().cloned());
                    interview.noteer(
                        datum,
                        format!("citaat {id} getagd uit {bestand}: {}", erbij.join(", ")),
                    );
                }
            }
            Ok(())
        })?;
        let aantal: usize = uitkomst.nieuw.values().map(Vec::len).sum();
        omg.regel(format!(
            "{aantal} {} uit {bestand} toegevoegd aan {} {} van traject '{slug}':",
            if aantal == 1 { "tag" } else { "tags" },
            uitkomst.nieuw.len(),
            if uitkomst.nieuw.len() == 1 {
                "citaat"
            } else {
                "citaten"
            },
        ));
        for (id, tags) in &uitkomst.nieuw {
            let tags: Vec<String> = tags.iter().map(|t| format!("#{t}")).collect();
            omg.regel(format!("  {id}: {}", tags.join(" ")));
        }
    } else {
        omg.regel(format!(
            "Geen nieuwe tags: elke codering in {bestand} staat al als tag bij traject '{slug}'."
        ));
    }
    for (tag, ids) in &uitkomst.onbekend {
        let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
        if args.nieuwe_tags {
            omg.regel(format!(
                "Let op: '{tag}' staat niet in het codeboek (citaat {}); zet hem in codeboek.yaml, anders meldt 'visieleer check' hem.",
                ids.join(", ")
            ));
        } else {
            omg.regel(format!(
                "Overgeslagen: code '{tag}' staat niet in het codeboek (citaat {}); geef --nieuwe-tags om hem toch toe te voegen, of zet hem eerst in codeboek.yaml.",
                ids.join(", ")
            ));
        }
    }
    for (naam, aantal) in &uitkomst.ongeldig {
        omg.regel(format!(
            "Overgeslagen: code '{naam}' ({aantal}×) kan geen tag zijn; een tag heeft alleen letters, cijfers en streepjes, zoals 'rust-en-regie'."
        ));
    }
    for (bron, codes) in &uitkomst.buiten_citaten {
        let aantal: usize = codes.values().sum();
        omg.regel(format!(
            "Overgeslagen: {aantal} {} in tekst '{}' buiten de citaten (op een kop of het hele interview): {}; alleen coderingen op een citaat worden een tag.",
            if aantal == 1 { "codering staat" } else { "coderingen staan" },
            crate::model::teken::zichtbaar(bron),
            per_code(codes)
        ));
    }
    for (bron, codes) in &uitkomst.andere_bronnen {
        let aantal: usize = codes.values().sum();
        omg.regel(format!(
            "Overgeslagen: tekst '{}' is geen deelbaar duo-interview van traject '{slug}' (ingetrokken, zonder toestemming, hernoemd of van een ander traject); {aantal} {} niet ingelezen: {}.",
            crate::model::teken::zichtbaar(bron),
            if aantal == 1 { "codering is" } else { "coderingen zijn" },
            per_code(codes)
        ));
    }
    let zonder = uitkomst.andere_bronnen_zonder_coderingen;
    if zonder > 0 {
        omg.regel(format!(
            "Overgeslagen: {zonder} {} zonder coderingen in het project {} geen deelbaar duo-interview van traject '{slug}'.",
            if zonder == 1 { "tekst" } else { "teksten" },
            if zonder == 1 { "is" } else { "zijn" }
        ));
    }
    if uitkomst.niet_gevonden > 0 {
        omg.regel(format!(
            "Let op: {} {} niet terug te vinden in de tekst van het project (de tekst is veranderd); exporteer opnieuw met 'visieleer qdpx {slug} -o …' en codeer daarin.",
            uitkomst.niet_gevonden,
            if uitkomst.niet_gevonden == 1 { "citaat is" } else { "citaten zijn" }
        ));
    }
    Ok(0)
}

/// The codings per code, as "code 'naam' 2×", in the order of the names.
fn per_code(codes: &std::collections::BTreeMap<String, usize>) -> String {
    codes
        .iter()
        .map(|(code, n)| format!("code '{}' {n}×", crate::model::teken::zichtbaar(code)))
        .collect::<Vec<_>>()
        .join(", ")
}

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Code, Omgeving, mag_wijzigen};
use crate::luisteren::codeboek::Codeboek;
use crate::luisteren::inlezen::{Uitkomst, ids, importeer_alle};
use crate::luisteren::notities::{self, Notities};
use crate::model::interview::{Citaat, Interview};

/// Importeer de aantekeningen van duo-interviews (markdown) met hun citaten
#[derive(clap::Args, Debug)]
#[command(after_help = "\
Een notitiebestand begint met front matter tussen twee '---'-regels:

  ---
  datum: 2024-03-12
  moderator: A. Jansen
  toestemming: ja
  duo:
    - rol: wijkcoach
      perspectief: uitvoering
    - rol: beleidsadviseur Wmo
      perspectief: beleid
  ---

Elk '>'-blok is een citaat; de tekst blijft zoals je hem typte. Wie het zei schrijf je als
laatste regel '— rol' (ook –, -- of één -), als '… – rol' aan het eind van de laatste regel,
of als label vooraan: '**Rol:**' of 'Rol:'. De rol moet een van de twee rollen van het duo
zijn. Aanhalingstekens om de hele tekst horen er niet bij. #tags aan het eind van een regel
van de laatste alinea zijn de tags van het citaat. Een citaat zonder spreker staat in
documenten op naam van het interview; --proef telt ze. De rest van het bestand zijn je eigen
aantekeningen: die blijven bij het interview en komen in geen rapport.
Bij een regionaal traject zegt 'gemeente: Enkhuizen' in de front matter in welke gemeente het
interview was; zonder dat veld hoort het bij de hele regio (of houdt het de gemeente die
'visieleer interview-wijzig --gemeente' gaf).

Bij een gepland duo-interview schrijft --sjabloon NR een notitiebestand met de front matter al
ingevuld (interview, datum, moderator, duo); vul de toestemming in (en de datum als alleen de
maand gepland was), zet de citaten erin en lees het in: het geplande interview is dan gehouden.

Opnieuw importeren van hetzelfde bestand (zelfde bestandsnaam) werkt dat interview bij:
ongewijzigde citaten houden hun id. Een bestand met problemen wordt helemaal geweigerd.

Voorbeeld:
  visieleer notities hoorn notities/2024-03-12-wijkcoach.md --proef
  visieleer notities hoorn notities/*.md
  visieleer notities hoorn --sjabloon 3 -o notities/interview-3.md")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De notitiebestanden (markdown)
    #[arg(
        required_unless_present = "sjabloon",
        conflicts_with = "sjabloon",
        value_name = "BESTAND.md"
    )]
    pub bestanden: Vec<PathBuf>,
    /// Schrijf een notitiebestand om in te vullen voor het geplande duo-interview met dit nummer
    #[arg(long, value_name = "NR", conflicts_with_all = ["proef", "datum"])]
    pub sjabloon: Option<String>,
    /// Met --sjabloon: schrijf naar dit bestand (.md) in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND.md", requires = "sjabloon")]
    pub output: Option<PathBuf>,
    /// Laat zien wat er geïmporteerd zou worden, zonder iets te wijzigen
    #[arg(long)]
    pub proef: bool,
    /// Datum voor de historie (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    if let Some(nr) = &args.sjabloon {
        let nr = super::interviewnummer(nr)?;
        return sjabloon(&args.slug, nr, args.output.as_deref(), omg);
    }
    let codeboek = Codeboek::voor_map(omg.map.pad())?;
    let mut gelezen: Vec<(String, String, Notities)> = Vec::new();
    let mut meldingen = Vec::new();
    for pad in &args.bestanden {
        let getoond = pad.display().to_string();
        let Some(naam) = pad.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            bail!(
                "'{getoond}' is geen bestandsnaam; geef een notitiebestand zoals notities/interview-1.md."
            );
        };
        // The name is stored as the interview's `bron` and printed in messages: an invisible
        // character in it would be one in the traject file and on every terminal.
        if let Some(c) = naam
            .chars()
            .find(|&c| crate::model::teken::is_stuurteken(c))
        {
            bail!(
                "De bestandsnaam '{}' bevat een onzichtbaar stuurteken ({}); geef het notitiebestand een naam zonder zulke tekens en lees het dan in.",
                crate::model::teken::zichtbaar(&naam),
                crate::model::teken::naam(c)
            );
        }
        if gelezen.iter().any(|(n, _, _)| *n == naam)
            || args
                .bestanden
                .iter()
                .take_while(|p| *p != pad)
                .any(|p| p.file_name() == pad.file_name())
        {
            bail!(
                "De bestandsnaam '{naam}' komt twee keer voor; een interview onthoudt de naam van zijn notitiebestand, dus geef elk bestand een eigen naam."
            );
        }
        if let Ok(meta) = std::fs::metadata(pad)
            && meta.is_file()
            && meta.len() > MAX_NOTITIES
        {
            meldingen.push(format!(
                "{getoond}: het bestand is te groot voor de notities van één interview ({} MB, hoogstens {} MB); controleer of het het goede bestand is.",
                meta.len() / (1024 * 1024),
                MAX_NOTITIES / (1024 * 1024)
            ));
            continue;
        }
        let tekst = match crate::bestand::lees_begrensd(pad, MAX_NOTITIES) {
            Err(fout) => {
                meldingen.push(format!("{getoond}: het bestand {}.", fout.reden()));
                continue;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    meldingen.push(format!(
                        "{getoond}: het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8."
                    ));
                    continue;
                }
            },
        };
        if let Some((regel, kolom, c)) = crate::model::teken::in_bestand(&tekst) {
            meldingen.push(format!(
                "{getoond}, regel {regel}, kolom {kolom}: een onzichtbaar stuurteken ({}); verwijder het in een teksteditor.",
                crate::model::teken::naam(c)
            ));
            continue;
        }
        match notities::lees(&tekst, &codeboek) {
            Ok(n) => {
                if let Err(fout) = crate::methode::vastleggen::niet_in_de_toekomst(
                    "het duo-interview van deze notities",
                    n.datum,
                    omg.vandaag,
                    None,
                ) {
                    meldingen.push(format!("{getoond}: {fout}"));
                    continue;
                }
                for p in &n.zonder_pijl {
                    crate::melding!("Let op: {getoond}, regel {}: {}.", p.regel, p.tekst);
                }
                gelezen.push((naam, getoond, n))
            }
            Err(problemen) => {
                for p in problemen {
                    meldingen.push(format!("{getoond}, regel {}: {}.", p.regel, p.tekst));
                }
            }
        }
    }
    if !meldingen.is_empty() {
        bail!(
            "{} geweigerd; er is niets geïmporteerd. Los {} op en importeer opnieuw:\n{}",
            if args.bestanden.len() == 1 {
                "het notitiebestand is"
            } else {
                "de notitiebestanden zijn"
            },
            if meldingen.len() == 1 {
                "dit probleem"
            } else {
                "deze problemen"
            },
            meldingen.join("\n")
        );
    }
    let datum = omg.historiedatum(args.datum.as_deref())?;
    let elders = omg.map.elders(&args.slug)?;
    let uitkomsten = if args.proef {
        let mut kopie = omg.map.lees(&args.slug)?;
        mag_wijzigen(&kopie)?;
        let mut register = omg.map.register()?;
        register.voeg_traject_toe(&kopie);
        for afdruk in &elders.ingetrokken {
            register.voeg_ingetrokken_toe(afdruk);
        }
        let uitkomsten = importeer_alle(&mut kopie, &gelezen, datum, &elders, &register)?;
        omg.regel("Proef: er wordt niets gewijzigd.");
        let mut aantal = 0;
        let mut zonder_spreker = 0;
        for u in &uitkomsten {
            meld(omg, u, true);
            if let Some(i) = kopie.interview(u.interview) {
                for c in &i.citaten {
                    aantal += 1;
                    if c.van.is_none() {
                        zonder_spreker += 1;
                    }
                    omg.regel(format!("  {}", regel_van_citaat(i, c)));
                }
            }
        }
        omg.regel(samenvatting(aantal, zonder_spreker));
        uitkomsten
    } else {
        let uitkomsten = omg.wijzig_met_register(&args.slug, |t, register| {
            // Withdrawn interviews of other trajecten that the index does not hold yet (a map
            // from before the index): the index keeps them from now on.
            for afdruk in &elders.ingetrokken {
                register.voeg_ingetrokken_toe(afdruk);
            }
            importeer_alle(t, &gelezen, datum, &elders, register)
        })?;
        for u in &uitkomsten {
            meld(omg, u, false);
        }
        uitkomsten
    };
    for u in &uitkomsten {
        for id in &u.bewerkt {
            crate::melding!(
                "Let op: {} bevat nog de oorspronkelijke tekst van citaat {id}, die met citaat-wijzig is aangepast; de aangepaste tekst blijft staan, pas ook het notitiebestand aan.",
                u.bestand
            );
        }
        for signaal in &u.signalen {
            crate::melding!("Let op: {}: {signaal}.", u.bestand);
        }
        if u.toestemming.is_nee() && !u.nieuw.is_empty() {
            crate::melding!(
                "Let op: {} zegt 'toestemming: nee'; citaten uit dit interview blijven in de map en komen in geen enkel document.",
                u.bestand
            );
        }
    }
    Ok(0)
}

fn aantal(n: usize, enkel: &str, meer: &str) -> String {
    format!("{n} {}", if n == 1 { enkel } else { meer })
}

fn meld(omg: &mut Omgeving, u: &Uitkomst, proef: bool) {
    let wordt = |nu: &str, straks: &str| if proef { straks } else { nu }.to_string();
    let regel = if u.nieuw_interview {
        format!(
            "{} → duo-interview {} {}: {}{}.",
            u.bestand,
            u.interview,
            wordt("vastgelegd", "wordt vastgelegd"),
            aantal(u.nieuw.len(), "citaat", "citaten"),
            if u.nieuw.is_empty() {
                String::new()
            } else {
                format!(" ({})", ids(&u.nieuw))
            }
        )
    } else if !u.gewijzigd {
        format!(
            "{} → duo-interview {}: ongewijzigd ({}).",
            u.bestand,
            u.interview,
            aantal(u.ongewijzigd, "citaat", "citaten")
        )
    } else {
        let mut delen = Vec::new();
        if !u.nieuw.is_empty() {
            delen.push(format!("{} nieuw ({})", u.nieuw.len(), ids(&u.nieuw)));
        }
        if !u.verwijderd.is_empty() {
            delen.push(format!(
                "{} verwijderd ({})",
                u.verwijderd.len(),
                ids(&u.verwijderd)
            ));
        }
        delen.push(format!("{} behouden", u.ongewijzigd));
        format!(
            "{} → duo-interview {} {}: {}.",
            u.bestand,
            u.interview,
            wordt("bijgewerkt", "wordt bijgewerkt"),
            delen.join(", ")
        )
    };
    omg.regel(regel);
}

/// The last line of `--proef`: how many quotes, and how many of them name no speaker.
fn samenvatting(citaten: usize, zonder_spreker: usize) -> String {
    let mut regel = format!(
        "{}, waarvan {zonder_spreker} zonder spreker.",
        aantal(citaten, "citaat", "citaten")
    );
    if zonder_spreker > 0 {
        regel.push_str(
            " Een citaat zonder spreker staat in documenten als 'uit het duo-interview met …'; noem de rol met '— rol' onder het citaat of met '**Rol:**' ervoor.",
        );
    }
    regel
}

/// One line per quote for `--proef`: id, speaker, tags and the start of the text.
fn regel_van_citaat(i: &Interview, c: &Citaat) -> String {
    let mut tekst: String = c.tekst.replace("\n\n", " ¶ ");
    if tekst.chars().count() > 70 {
        tekst = tekst.chars().take(69).collect::<String>() + "…";
    }
    let tags: Vec<String> = c.tags.iter().map(|t| format!("#{t}")).collect();
    format!(
        "{}.{}  {}{}  {tekst}",
        i.nr,
        c.nr,
        c.van.as_deref().unwrap_or("(geen spreker)"),
        if tags.is_empty() {
            String::new()
        } else {
            format!("  {}", tags.join(" "))
        }
    )
}

/// Notes of one duo-interview are a few pages; anything this large is the wrong file.
const MAX_NOTITIES: u64 = 4 * 1024 * 1024;

/// `notities --sjabloon NR`: the notes file of a planned interview, its front matter filled in
/// from the plan, to stdout or to a new file (never over an existing one: it may hold notes).
fn sjabloon(
    slug: &str,
    nr: u32,
    pad: Option<&std::path::Path>,
    omg: &mut Omgeving,
) -> Result<Code> {
    let t = omg.map.lees(slug)?;
    let Some(g) = t.gepland_interview(nr) else {
        return Err(super::interview::geen_plan(&t, nr));
    };
    if !g.loopt() {
        return Err(super::interview::afgezegd(&t, nr));
    }
    let tekst = sjabloontekst(&t, g)?;
    match pad {
        None => omg.regel(tekst.trim_end()),
        Some(pad) => {
            if std::fs::symlink_metadata(pad).is_ok() {
                bail!(
                    "'{}' bestaat al en kan notities bevatten; kies met -o een nieuwe bestandsnaam of verwijder het oude bestand eerst.",
                    pad.display()
                );
            }
            super::schrijf_document(pad, &tekst)?;
            crate::stroom::bewaard(pad);
            omg.regel(format!(
                "Notitiebestand voor duo-interview {nr} geschreven naar {}; vul het in en lees het in met 'visieleer notities {slug} {}'.",
                pad.display(),
                pad.display()
            ));
        }
    }
    Ok(0)
}

/// The text of the template: the front matter with Dutch comments, and a body that says where
/// the quotes and the moderator's own notes go.
fn sjabloontekst(
    t: &crate::model::traject::Traject,
    g: &crate::model::interview::GeplandInterview,
) -> Result<String> {
    use crate::model::datum::Datering;
    let slug = &t.slug;
    let nr = g.nr;
    let rollen: Vec<&str> = g.duo.iter().map(|d| d.rol.as_str()).collect();
    let uitleg = vec![
        format!("Notities van gepland duo-interview {nr} van traject '{slug}'."),
        "Vul de toestemming in (en de datum als die nog leeg is), zet de citaten in de tekst"
            .to_string(),
        format!("hieronder en lees het bestand in met: visieleer notities {slug} <dit bestand>"),
        "Laat 'interview' staan: zo wordt het geplande interview gehouden.".to_string(),
    ];
    let (dag, datum_uitleg) = match g.datum {
        Some(Datering::Dag(d)) => (
            Some(d),
            vec![
                "De geplande dag; klopt die niet, zet dan de dag waarop het interview was."
                    .to_string(),
            ],
        ),
        Some(ander) => (
            None,
            vec![format!(
                "Gepland in {}: vul de dag van het interview in, zoals 'datum: {}'.",
                ander.voluit(),
                ander.eerste_dag()
            )],
        ),
        None => (
            None,
            vec!["Vul de dag van het interview in, zoals 'datum: 2024-03-12'.".to_string()],
        ),
    };
    let toestemming_uitleg = vec![
        "Toestemming: lees de deelnemers de toestemmingstekst voor (die staat in".to_string(),
        format!("'visieleer leidraad {slug}') en vul in waarvoor hun woorden gebruikt mogen"),
        "worden: ja (alles), nee (niets), of een lijst van rapport, kaartjes, landelijk en onderzoek, zoals".to_string(),
        "'toestemming: rapport, kaartjes'. Verschilt het per deelnemer, schrijf dan:".to_string(),
        "  toestemming:".to_string(),
        format!("    {}: ja", rollen[0]),
        format!("    {}: rapport, kaartjes", rollen[1]),
    ];
    let kop = crate::bestand::sjabloon::notitiekop(&crate::bestand::sjabloon::Notitiekop {
        uitleg: &uitleg,
        interview: nr,
        datum: dag,
        datum_uitleg: &datum_uitleg,
        moderator: g.moderator.as_deref(),
        gemeente: g.gemeente.as_deref(),
        toestemming_uitleg: &toestemming_uitleg,
        duo: &g.duo,
    })?;
    let mut tekst = kop;
    tekst.push_str(&format!("\n# Duo-interview {nr}: {}\n\n", g.duo_tekst()));
    if let Some(k) = &t.kernvraag {
        tekst.push_str(&format!("Kernvraag: {k}\n\n"));
    }
    tekst.push_str(&format!(
        "<!--\nZet elk citaat als blok met '> ' voor elke regel. Wie het zei schrijf je als laatste\nregel '— rol' ({} of {}), #tags aan het eind van de laatste regel. Bijvoorbeeld:\n\n> Ik weet vaak niet bij wie ik moet zijn.\n> — {}\n\nAlles wat geen citaat is, blijft je eigen aantekening: die komt in geen document.\n-->\n\n## Citaten\n\n\n## Eigen aantekeningen\n\n",
        rollen[0],
        rollen[1],
        rollen[0]
    ));
    Ok(tekst)
}

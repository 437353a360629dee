use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Code, Omgeving, mag_wijzigen};
use crate::luisteren::codeboek::Codeboek;
use crate::luisteren::notities::{self, Notities};
use crate::model::datum::Datum;
use crate::model::interview::{Citaat, CitaatId, Deelnemer, Interview, Perspectief, Toestemming};
use crate::model::traject::Traject;
use crate::privacy::Elders;
use crate::privacy::vingerafdruk::{normaal, vingerafdruk};

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

Opnieuw importeren van hetzelfde bestand (zelfde bestandsnaam) werkt dat interview bij:
ongewijzigde citaten houden hun id. Een bestand met problemen wordt helemaal geweigerd.

Voorbeeld:
  visieleer notities hoorn notities/2024-03-12-wijkcoach.md --proef
  visieleer notities hoorn notities/*.md")]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// De notitiebestanden (markdown)
    #[arg(required = true, value_name = "BESTAND.md")]
    pub bestanden: Vec<PathBuf>,
    /// Laat zien wat er geïmporteerd zou worden, zonder iets te wijzigen
    #[arg(long)]
    pub proef: bool,
    /// Datum voor de historie (JJJJ-MM-DD, standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
}

/// What importing one file did (or would do) to the traject.
struct Uitkomst {
    bestand: String,
    interview: u32,
    nieuw_interview: bool,
    nieuw: Vec<CitaatId>,
    verwijderd: Vec<CitaatId>,
    ongewijzigd: usize,
    gewijzigd: bool,
    toestemming: Toestemming,
    /// Quotes changed with `citaat-wijzig --tekst` whose original words the file still holds.
    bewerkt: Vec<CitaatId>,
    /// Privacy warnings for the interview's quotes, each naming its id.
    signalen: Vec<String>,
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
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
            Ok(n) => gelezen.push((naam, getoond, n)),
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
    let datum = omg.datum(args.datum.as_deref())?;
    let elders = omg.map.elders(&args.slug)?;
    let uitkomsten = if args.proef {
        let mut kopie = omg.map.lees(&args.slug)?;
        mag_wijzigen(&kopie)?;
        let uitkomsten = importeer_alle(&mut kopie, &gelezen, datum, &elders)?;
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
        let uitkomsten = omg.wijzig(&args.slug, |t| importeer_alle(t, &gelezen, datum, &elders))?;
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
        if u.toestemming == Toestemming::Nee && !u.nieuw.is_empty() {
            crate::melding!(
                "Let op: {} zegt 'toestemming: nee'; citaten uit dit interview blijven in de map en komen in geen enkel document.",
                u.bestand
            );
        }
    }
    Ok(0)
}

fn ids(ids: &[CitaatId]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
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

fn importeer_alle(
    t: &mut Traject,
    gelezen: &[(String, String, Notities)],
    datum: Datum,
    elders: &Elders,
) -> Result<Vec<Uitkomst>> {
    gelezen
        .iter()
        .map(|(naam, getoond, n)| importeer(t, naam, getoond, n, datum, elders))
        .collect()
}

/// The line of a quote in the notes that matches a withdrawn interview, if the notes are
/// those of a withdrawn interview: one quote of four words or more is enough, short ones
/// ("Ja, klopt.") only when every quote matches.
fn ingetrokken_citaat(t: &Traject, n: &Notities, elders: &Elders) -> Option<usize> {
    let ingetrokken = |afdruk: &String| {
        elders.ingetrokken.contains(afdruk)
            || t.interviews
                .iter()
                .any(|i| i.vingerafdrukken.contains(afdruk))
    };
    let gelijk: Vec<&crate::luisteren::notities::NieuwCitaat> = n
        .citaten
        .iter()
        .filter(|c| ingetrokken(&vingerafdruk(&c.tekst)))
        .collect();
    let eerste = gelijk.first()?;
    if let Some(c) = gelijk
        .iter()
        .find(|c| normaal(&c.tekst).split(' ').count() >= 4)
    {
        Some(c.regel)
    } else {
        (gelijk.len() == n.citaten.len()).then_some(eerste.regel)
    }
}

/// Whether two duos are the same people by role and perspective, in any order.
fn zelfde_duo(a: &[Deelnemer], b: &[Deelnemer]) -> bool {
    let sleutels = |duo: &[Deelnemer]| {
        let mut v: Vec<(String, Perspectief)> = duo
            .iter()
            .map(|d| (d.rol.trim().to_lowercase(), d.perspectief))
            .collect();
        v.sort();
        v
    };
    sleutels(a) == sleutels(b)
}

fn beschrijving(datum: Option<Datum>, duo: &[Deelnemer]) -> String {
    let rollen: Vec<String> = duo.iter().map(|d| d.to_string()).collect();
    match datum {
        Some(d) => format!("{d}, {}", rollen.join(" en ")),
        None => rollen.join(" en "),
    }
}

/// Imports one notes file into the traject: a new interview, or an update of the interview
/// that came from a file with the same name. Quotes are matched on their text, so unchanged
/// quotes keep their id; tags added later (with `visieleer tag`) are kept.
fn importeer(
    t: &mut Traject,
    naam: &str,
    getoond: &str,
    n: &Notities,
    datum: Datum,
    elders: &Elders,
) -> Result<Uitkomst> {
    let positie = t
        .interviews
        .iter()
        .position(|i| i.bron.as_deref() == Some(naam));
    if let Some(p) = positie
        && t.interviews[p].ingetrokken.is_some()
    {
        // Importing would bring back the very words the withdrawal erased.
        bail!(
            "{getoond}: de deelnemers van duo-interview {} hebben hun toestemming ingetrokken; hun woorden worden niet opnieuw ingelezen. Verwijder of vernietig dit notitiebestand.",
            t.interviews[p].nr
        );
    }
    // Withdrawn words never come back, whatever the file is called now or the date it gives.
    if let Some(regel) = ingetrokken_citaat(t, n, elders) {
        bail!(
            "{getoond}, regel {regel}: dit citaat komt uit een duo-interview waarvan de deelnemers hun toestemming hebben ingetrokken; hun woorden worden niet opnieuw ingelezen, verwijder of vernietig dit notitiebestand."
        );
    }
    for deelnemer in &n.duo {
        if let Some(fout) = crate::privacy::rol_fout(&deelnemer.rol, t) {
            bail!("{getoond}: {fout}.");
        }
    }
    match positie {
        // The same file name, but another interview: updating would silently replace it.
        Some(p)
            if t.interviews[p].datum != Some(n.datum)
                && !zelfde_duo(&t.interviews[p].duo, &n.duo) =>
        {
            let bestaand = &t.interviews[p];
            bail!(
                "{getoond}: een eerder ingelezen bestand met deze naam is duo-interview {} ({}); dit bestand beschrijft een ander interview ({}). Geef het een eigen bestandsnaam.",
                bestaand.nr,
                beschrijving(bestaand.datum, &bestaand.duo),
                beschrijving(Some(n.datum), &n.duo)
            );
        }
        Some(_) => {}
        // A renamed copy of notes already imported would count one interview twice, or bring
        // back the words of a withdrawn one.
        None => {
            if let Some(bestaand) = t
                .interviews
                .iter()
                .find(|i| i.datum == Some(n.datum) && zelfde_duo(&i.duo, &n.duo))
            {
                let reden = if bestaand.ingetrokken.is_some() {
                    "; de deelnemers hebben hun toestemming ingetrokken, dus hun woorden worden niet opnieuw ingelezen"
                } else {
                    ""
                };
                bail!(
                    "{getoond}: dit is hetzelfde interview als duo-interview {} ({}){reden}. Lees een interview maar één keer in; werk het bij via het oorspronkelijke bestand.",
                    bestaand.nr,
                    beschrijving(bestaand.datum, &bestaand.duo)
                );
            }
        }
    }
    let oud = match positie {
        Some(p) => t.interviews[p].clone(),
        None => Interview {
            bron: Some(naam.to_string()),
            ..Interview::nieuw(
                t.volgend_interviewnummer()?,
                None,
                n.toestemming,
                Vec::new(),
            )
        },
    };
    let mut nieuw = oud.clone();
    nieuw.datum = Some(n.datum);
    nieuw.moderator = n.moderator.clone();
    nieuw.toestemming = n.toestemming;
    nieuw.duo = n.duo.clone();
    nieuw.aantekeningen = n.aantekeningen.clone();
    let mut over = oud.citaten.clone();
    let mut citaten = Vec::new();
    let mut nieuwe_ids = Vec::new();
    let mut bewerkt = Vec::new();
    let mut laatste = oud.hoogste_citaatnummer();
    for nc in &n.citaten {
        // A quote changed with `citaat-wijzig --tekst` (a name taken out) keeps its change
        // when the file still holds the original words.
        let origineel = || {
            let afdruk = vingerafdruk(&nc.tekst);
            over.iter()
                .position(|c| c.origineel.as_ref() == Some(&afdruk))
        };
        let gelijk = over.iter().position(|c| c.tekst == nc.tekst);
        let gelijk = gelijk.or_else(|| {
            let p = origineel()?;
            bewerkt.push(CitaatId {
                interview: nieuw.nr,
                nr: over[p].nr,
            });
            Some(p)
        });
        if let Some(p) = gelijk {
            let mut c = over.remove(p);
            c.van = nc.van.clone();
            for tag in &nc.tags {
                if !c.tags.contains(tag) {
                    c.tags.push(tag.clone());
                }
            }
            citaten.push(c);
        } else {
            laatste = nieuw.citaatnummer_na(laatste)?;
            nieuwe_ids.push(CitaatId {
                interview: nieuw.nr,
                nr: laatste,
            });
            citaten.push(Citaat::nieuw(
                laatste,
                nc.tekst.clone(),
                nc.van.clone(),
                nc.tags.clone(),
            ));
        }
    }
    let verwijderd: Vec<CitaatId> = over
        .iter()
        .map(|c| CitaatId {
            interview: nieuw.nr,
            nr: c.nr,
        })
        .collect();
    for id in &verwijderd {
        if let Some(inzicht) = t
            .synthese
            .iter()
            .find(|i| i.citaten.iter().any(|c| *c == id.to_string()))
        {
            bail!(
                "{getoond}: citaat {id} staat niet meer in het bestand, maar inzicht {} ('{}') verwijst ernaar; zet het citaat terug in de notities, er is niets geïmporteerd.",
                inzicht.nr,
                inzicht.tekst
            );
        }
    }
    nieuw.laatste_citaat = laatste;
    nieuw.citaten = citaten;
    let gewijzigd = nieuw != oud;
    let ongewijzigd = nieuw.citaten.len() - nieuwe_ids.len();
    if gewijzigd {
        let mut wat = format!("notities '{naam}' geïmporteerd");
        if !nieuwe_ids.is_empty() {
            wat.push_str(&format!(", nieuw: {}", ids(&nieuwe_ids)));
        }
        if !verwijderd.is_empty() {
            wat.push_str(&format!(", verwijderd: {}", ids(&verwijderd)));
        }
        nieuw.noteer(datum, wat);
    }
    let nr = nieuw.nr;
    let alle_ids: Vec<CitaatId> = nieuw
        .citaten
        .iter()
        .map(|c| CitaatId {
            interview: nr,
            nr: c.nr,
        })
        .collect();
    match positie {
        Some(p) => t.interviews[p] = nieuw,
        None => {
            t.noteer(
                datum,
                format!(
                    "duo-interview {nr} vastgelegd uit notities '{naam}' ({} en {})",
                    n.duo[0], n.duo[1]
                ),
            );
            t.interviews.push(nieuw);
        }
    }
    Ok(Uitkomst {
        bestand: getoond.to_string(),
        interview: nr,
        nieuw_interview: positie.is_none(),
        nieuw: nieuwe_ids,
        verwijderd,
        ongewijzigd,
        gewijzigd,
        toestemming: n.toestemming,
        bewerkt,
        signalen: crate::privacy::citaatsignalen(t, &alle_ids, &elders.namen),
    })
}

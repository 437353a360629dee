use anyhow::{Result, bail};

use super::{Code, Omgeving, tekst};
use crate::model::borging::{Nazorg, Stand};
use crate::model::datum::Datering;
use crate::model::fase::{Fase, Status};
use crate::model::interview::Perspectief;

/// Leg bij het nazorggesprek de stand van een afspraak vast, met het verhaal erachter
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Kan ook nadat het traject is afgerond: nazorg en nieuwe afspraken zijn de enige wijzigingen die een afgerond traject nog aanneemt.\nStanden: loopt, gehaald, niet-gehaald. Loopt een afspraak nog, dan zegt --volgende wanneer er weer\nnaar gekeken wordt (een dag, of alleen een maand of jaar); is die datum voorbij zonder nieuwe nazorg,\ndan melden 'toon', 'overzicht' en 'check' dat, en 'agenda' zet hem in de agenda.\n--perspectief zegt wiens verhaal het is; de methode noemt inwoners en uitvoering als de spiegel.\n\nVoorbeeld:\n  visieleer nazorg hoorn --afspraak 1 --stand loopt --volgende 2025-03 \\\n    --perspectief uitvoering \\\n    --verhaal \"Twee wijken werken met één voordeur; de derde volgt later.\""
)]
pub struct Args {
    /// Het traject
    pub slug: String,
    /// Nummer van de afspraak (zoals 'visieleer afspraak' het gaf)
    #[arg(long, value_name = "N")]
    pub afspraak: u32,
    /// De stand: loopt, gehaald of niet-gehaald
    #[arg(long, value_enum, hide_possible_values = true, value_name = "STAND")]
    pub stand: Stand,
    /// Het verhaal achter de stand
    #[arg(long, value_name = "TEKST")]
    pub verhaal: String,
    /// Datum van het nazorggesprek (zoals 5-3-2024 of 2024-03-05; standaard vandaag)
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,
    /// Bij --stand loopt: wanneer er weer naar de afspraak gekeken wordt (zoals 1-3-2025, maart
    /// 2025 of 2025)
    #[arg(long, value_name = "DATUM")]
    pub volgende: Option<String>,
    /// Wiens verhaal het is: inwoner, uitvoering, beleid, bestuur of partner
    #[arg(long, value_name = "PERSPECTIEF")]
    pub perspectief: Option<String>,
}

/// `--volgende` as typed, checked against the stand and the day of the nazorggesprek.
pub fn volgende(
    slug: &str,
    stand: Stand,
    gegeven: Option<&str>,
    datum: crate::model::datum::Datum,
) -> Result<Option<Datering>> {
    let volgende = gegeven
        .map(|v| Datering::lees(v).map_err(|f| anyhow::anyhow!("--volgende {f}.")))
        .transpose()?;
    match (stand, volgende) {
        (Stand::Loopt, None) => bail!(
            "Een afspraak die loopt krijgt een volgend moment, anders stopt de nazorg ongemerkt; zeg met --volgende wanneer er weer naar gekeken wordt, zoals --volgende 2025-03 (of 'visieleer nazorg {slug} … --volgende \"maart 2025\"')."
        ),
        (Stand::Loopt, Some(v)) if v.laatste_dag() <= datum => bail!(
            "--volgende ({}) ligt niet na het nazorggesprek van {}; geef een latere datum.",
            v.voluit(),
            datum.voluit()
        ),
        (Stand::Loopt, v) => Ok(v),
        (_, Some(_)) => bail!(
            "--volgende hoort bij een afspraak die loopt; bij de stand '{stand}' is er geen volgend moment. Laat --volgende weg, of maak een nieuwe afspraak met 'visieleer afspraak {slug} …'."
        ),
        (_, None) => Ok(None),
    }
}

/// `--perspectief` as typed.
pub fn perspectief(gegeven: Option<&str>) -> Result<Option<Perspectief>> {
    gegeven
        .map(|p| {
            // "inwoners" as the method says it, besides "inwoner".
            p.parse::<Perspectief>()
                .or_else(|f| {
                    p.trim()
                        .strip_suffix('s')
                        .ok_or(f.clone())?
                        .parse()
                        .map_err(|_| f)
                })
                .map_err(|f| anyhow::anyhow!("--perspectief: {f}."))
        })
        .transpose()
}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let verhaal = tekst("--verhaal", &args.verhaal)?;
    let datum = omg.datum(args.datum.as_deref())?;
    crate::methode::vastleggen::niet_in_de_toekomst(
        "het nazorggesprek",
        datum,
        omg.vandaag,
        Some(&format!(
            "'visieleer sessie {} nazorg --gepland --datum …'",
            args.slug
        )),
    )
    .map_err(|f| anyhow::anyhow!("{f}"))?;
    let perspectief = perspectief(args.perspectief.as_deref())?;
    let nr = args.afspraak;
    // Nazorg is exactly what happens after the traject is finished.
    let nieuw = omg.wijzig_ook_afgerond(&args.slug, |t| {
        let slug = t.slug.clone();
        if t.status == Status::Lopend && t.fase != Fase::Borgen {
            bail!(
                "Nazorg volgt op de fase borgen; traject '{slug}' is in fase {}.",
                t.fase
            );
        }
        if let Some(borgen) = t.tijdlijn.borgen
            && datum < borgen
        {
            bail!("De datum {datum} ligt vóór het begin van de fase borgen ({borgen}); geef een latere --datum.");
        }
        let Some(afspraak) = t.afspraken.iter_mut().find(|a| a.nr == nr) else {
            bail!("Traject '{slug}' heeft geen afspraak {nr}; 'visieleer toon {slug}' toont de afspraken.");
        };
        let volgende = volgende(&slug, args.stand, args.volgende.as_deref(), datum)?;
        let entry = Nazorg {
            nr: 0,
            datum,
            stand: args.stand,
            verhaal,
            volgende,
            perspectief,
        };
        if afspraak
            .nazorg
            .iter()
            .any(|n| (n.datum, n.stand, &n.verhaal) == (entry.datum, entry.stand, &entry.verhaal))
        {
            return Ok(false);
        }
        let entry = Nazorg {
            nr: afspraak.nazorg.iter().map(|n| n.nr).max().unwrap_or(0) + 1,
            ..entry
        };
        afspraak.nazorg.push(entry);
        afspraak.nazorg.sort_by_key(|n| n.datum);
        t.noteer(datum, format!("nazorg bij afspraak {nr}: {}", args.stand));
        Ok(true)
    })?;
    if nieuw {
        omg.regel(format!(
            "Nazorg bij afspraak {nr} vastgelegd ({}).",
            args.stand
        ));
    } else {
        omg.regel(format!("Deze nazorg bij afspraak {nr} stond er al."));
    }
    Ok(0)
}

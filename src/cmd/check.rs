use std::sync::Arc;

use anyhow::Result;

use super::{Code, Omgeving};
use crate::bestand::{lees_tekst, lees_voor_controle};
use crate::luisteren::codeboek::Codeboek;
use crate::methode::controle::{Ernst, controleer};
use crate::model::datum::Datum;
use crate::model::traject::Traject;
use crate::opslag::{Bestand, Map};
use crate::privacy::{Masker, Namen};

/// Controleer alle trajectbestanden in de map
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Meldt YAML-fouten (met regel en kolom), onbekende of ontbrekende velden, onmogelijke datums,\nonopgeloste merge-conflicten, nummers 0 of boven 999999, kopieën van trajectbestanden (zoals\n'hoorn (1).yaml' of 'hoorn.yaml.orig'), verwijzingen naar citaten die niet bestaan, fouten in\ncodeboek.yaml en leidraad.yaml, tags die niet in het codeboek staan, citaten zonder spreker en citaten die iemand\nherkenbaar kunnen maken. Eindigt met code 1 als er een fout is.\n\nVoorbeeld:\n  visieleer check\n  visieleer --map examples check"
)]
pub struct Args {}

/// What `check` found in one file.
#[derive(Default)]
struct Verslag {
    regels: Vec<String>,
    fouten: usize,
    waarschuwingen: usize,
}

fn controleer_bestand(
    bestand: &Bestand,
    codeboek: Option<&Codeboek>,
    vandaag: Datum,
    map_namen: &Arc<Namen>,
) -> Verslag {
    let mut verslag = Verslag::default();
    let gelezen = lees_tekst(&bestand.pad).and_then(|tekst| {
        let (traject, stuurteken) = lees_voor_controle(&tekst, &bestand.slug)
            .map_err(|fout| anyhow::anyhow!("{}: {fout}", bestand.pad.display()))?;
        Ok((tekst, traject, stuurteken))
    });
    match gelezen {
        Err(fout) => {
            verslag.fouten += 1;
            verslag.regels.push(format!("fout: {fout:#}"));
        }
        Ok((tekst, traject, stuurteken)) => {
            let masker = Masker::voor(&traject, map_namen.clone());
            let mut gevonden = bevindingen(&traject, &masker, Some(&tekst), codeboek, vandaag);
            if let Some(melding) = stuurteken {
                gevonden.push((Ernst::Fout, melding));
            }
            if !traject.einde_bestand.gelezen {
                gevonden.push((Ernst::Waarschuwing, format!(
                    "het bestand heeft nog het oude formaat (versie 1) zonder de slotregel '{}', zodat niet opvalt als het ooit wordt afgekapt; de volgende wijziging met visieleer zet het om naar versie {}.",
                    crate::model::traject::SLOTREGEL,
                    crate::model::traject::VERSIE
                )));
            }
            for (ernst, bevinding) in gevonden {
                let soort = match ernst {
                    Ernst::Fout => {
                        verslag.fouten += 1;
                        "fout"
                    }
                    Ernst::Waarschuwing => {
                        verslag.waarschuwingen += 1;
                        "waarschuwing"
                    }
                };
                verslag
                    .regels
                    .push(format!("{soort}: {}: {bevinding}", bestand.pad.display()));
            }
        }
    }
    verslag
}

/// Everything `check` says about one traject (`masker` knows the names of the traject and of
/// the rest of the map, for the privacy warnings); with the file's text at hand, the findings about its timeline and about
/// repeated numbers name their line.
pub fn bevindingen(
    traject: &Traject,
    masker: &Masker,
    tekst: Option<&str>,
    codeboek: Option<&Codeboek>,
    vandaag: Datum,
) -> Vec<(Ernst, String)> {
    let mut uit: Vec<(Ernst, String)> = Vec::new();
    let mut bevindingen = match tekst {
        Some(tekst) => crate::methode::dubbel::bevindingen(tekst, traject),
        None => Vec::new(),
    };
    bevindingen.extend(controleer(traject));
    bevindingen.extend(crate::privacy::signalen(traject, masker));
    bevindingen.extend(crate::methode::vastleggen::controleer(traject));
    // What the method expects by now: warnings, never errors (a late nazorg blocks nothing).
    bevindingen.extend(
        crate::methode::signalen::signalen(traject, vandaag)
            .into_iter()
            .map(|s| crate::methode::controle::Bevinding {
                ernst: Ernst::Waarschuwing,
                tekst: s.zin,
            }),
    );
    if let Some(boek) = codeboek {
        bevindingen.extend(crate::luisteren::codeboek::controleer_tags(traject, boek));
    }
    let mut tijdfouten = crate::methode::volgorde::controleer(traject);
    tijdfouten.extend(crate::methode::volgorde::in_de_toekomst(traject, vandaag));
    let wijzer = match tekst {
        Some(t) if !tijdfouten.is_empty() => Some(crate::bestand::Ligging::van(t)),
        _ => None,
    };
    for tijdfout in tijdfouten {
        let regel = wijzer
            .as_ref()
            .and_then(|w| crate::methode::volgorde::regel_in(w, tijdfout.plek));
        uit.push((
            tijdfout.ernst,
            match regel {
                Some(r) => format!("regel {r}: {}", tijdfout.tekst),
                None => tijdfout.tekst,
            },
        ));
    }
    uit.extend(bevindingen.into_iter().map(|b| (b.ernst, b.tekst)));
    uit
}

/// The errors `check` would report for this traject in this map: closing a traject waits until
/// there are none.
pub fn fouten(map: &Map, traject: &Traject, vandaag: Datum) -> Result<Vec<String>> {
    // A broken codebook is a fault of the map, which `check` reports on its own line.
    let codeboek = crate::luisteren::codeboek::controleer_bestand(map.pad(), &mut |_| {});
    let masker = Masker::alleen_eigen(traject);
    Ok(
        bevindingen(traject, &masker, None, codeboek.as_ref(), vandaag)
            .into_iter()
            .filter(|(ernst, _)| *ernst == Ernst::Fout)
            .map(|(_, tekst)| tekst)
            .collect(),
    )
}

pub fn run(_args: Args, omg: &mut Omgeving) -> Result<Code> {
    let mut fouten = 0;
    let mut waarschuwingen = 0;
    let mut vooraf: Vec<String> = Vec::new();
    let mut aantal = 0;
    let vandaag = omg.vandaag;
    let map = &omg.map;
    let verslagen = map.over_elk_bestand(
        |bestanden, kopieen| {
            aantal = bestanden.len();
            let codeboek =
                crate::luisteren::codeboek::controleer_bestand(map.pad(), &mut |fout| {
                    vooraf.push(format!("fout: {fout}"));
                });
            if let Err(fout) = crate::luisteren::leidraad::Leidraad::voor_map(map.pad()) {
                for regel in format!("{fout}").lines() {
                    vooraf.push(format!("fout: {regel}"));
                }
            }
            for (pad, wat) in map.vreemde_bestanden() {
                vooraf.push(format!(
                    "fout: {}: is {wat}, geen gewoon bestand; visieleer slaat het over. Verwijder het of zet er een gewoon trajectbestand neer.",
                    pad.display()
                ));
            }
            for (pad, wat) in kopieen {
                vooraf.push(format!(
                    "fout: {}: {wat}; geen opdracht leest of wijzigt het, en exports over de hele map weigeren zolang het er staat. Verwijder het, of hernoem het naar een geldige trajectnaam als het een eigen traject is (vergelijk een kopie eerst met het origineel: ze kan wijzigingen bevatten die daar ontbreken).",
                    pad.display()
                ));
            }
            // A copy's names count for the warnings about recognisable quotes, as in documents.
            let mut met_kopieen = bestanden.to_vec();
            met_kopieen.extend(kopieen.iter().map(|(pad, _)| Bestand {
                slug: String::new(),
                pad: pad.clone(),
            }));
            (codeboek, Arc::new(crate::opslag::namen_van_de_map(&met_kopieen)))
        },
        |b, (codeboek, map_namen)| controleer_bestand(b, codeboek.as_ref(), vandaag, map_namen),
    )?;
    // The index of fingerprints gets whatever the traject files hold and it lacks.
    match map.vul_register_aan() {
        Ok(0) => {}
        Ok(n) => vooraf.push(format!(
            "{}: {n} {} uit de trajectbestanden aangevuld.",
            map.pad().join(crate::opslag::INDEX).display(),
            if n == 1 {
                "vingerafdruk"
            } else {
                "vingerafdrukken"
            }
        )),
        Err(fout) => vooraf.push(format!("fout: {fout:#}")),
    }
    let aangevuld = vooraf.iter().filter(|r| !r.starts_with("fout: ")).count();
    fouten += vooraf.len() - aangevuld;
    for regel in vooraf {
        omg.regel(regel);
    }
    for verslag in verslagen {
        fouten += verslag.fouten;
        waarschuwingen += verslag.waarschuwingen;
        for regel in verslag.regels {
            omg.regel(regel);
        }
    }
    omg.regel(format!(
        "{} {} gecontroleerd: {} {}, {} {}.",
        aantal,
        if aantal == 1 { "traject" } else { "trajecten" },
        fouten,
        if fouten == 1 { "fout" } else { "fouten" },
        waarschuwingen,
        if waarschuwingen == 1 {
            "waarschuwing"
        } else {
            "waarschuwingen"
        },
    ));
    Ok(if fouten > 0 { 1 } else { 0 })
}

//! The codebook: the tags (codes) a quote can carry, in three groups.
//!
//! The built-in codebook follows the sources: the three themes of the Rapportage Visieleren,
//! the seven uitgangspunten of the verbetertraject Toegang (its Bijlage 1), and the four levels
//! of the wethouder conversations. Tags are case-insensitive and stored in lower case; an
//! unknown tag is refused with the closest known one as a suggestion, so a typo never splits a
//! theme in two.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::methode::controle::{Bevinding, Ernst};
use crate::opslag::CODEBOEK;

/// The group of the three themes; reports group quotes by it.
pub const THEMA: &str = "thema";
/// The groups of the built-in codebook, in the order they are shown.
pub const GROEPEN: [&str; 3] = [THEMA, "uitgangspunt", "niveau"];

/// One tag of the codebook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub tag: String,
    pub groep: String,
    pub omschrijving: String,
}

/// The tags known in a map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Codeboek {
    pub tags: Vec<Tag>,
    /// How `codeboek.yaml` was applied; `None` for the built-in codebook alone.
    pub modus: Option<Modus>,
    /// Roles that point to one person besides the built-in ones (wethouder, burgemeester,
    /// directeur, …): `herkenbare_rollen` in `codeboek.yaml`. The national report names them
    /// by perspective only.
    pub herkenbare_rollen: Vec<String>,
}

const INGEBOUWD: &[(&str, &str, &str)] = &[
    (
        "inwoner-centraal",
        THEMA,
        "Inwoner centraal: het perspectief van de inwoner als ijkpunt voor beleid en uitvoering",
    ),
    (
        "rust-en-regie",
        THEMA,
        "Rust en regie: de basis op orde, een consistente koers en ruimte voor de uitvoering",
    ),
    (
        "lokaal-regionaal",
        THEMA,
        "Balans lokaal en regionaal: lokaal vormgeven en regionaal samenwerken",
    ),
    (
        "afstemming-leefgebieden",
        "uitgangspunt",
        "De ondersteuning is passend en samenhangend, afgestemd op alle relevante leefgebieden",
    ),
    (
        "toekomstbestendig",
        "uitgangspunt",
        "De ondersteuning is toekomst- en levensloopbestendig",
    ),
    (
        "regie-en-zeggenschap",
        "uitgangspunt",
        "Inwoners hebben regie en zeggenschap in het toegangsproces",
    ),
    (
        "deskundigheid",
        "uitgangspunt",
        "Toegangsmedewerkers zijn deskundig",
    ),
    (
        "handelingsruimte",
        "uitgangspunt",
        "Toegangsmedewerkers hebben handelingsruimte om te doen wat nodig is",
    ),
    (
        "transparantie-en-eenvoud",
        "uitgangspunt",
        "Het toegangsproces is transparant en eenvoudig",
    ),
    (
        "voorkomen-en-signaleren",
        "uitgangspunt",
        "Problemen worden voorkomen, tijdig gesignaleerd en doorgeleid",
    ),
    (
        "wethouder",
        "niveau",
        "De wethouder zelf: kennis, houding en gedrag",
    ),
    (
        "beleidscontext",
        "niveau",
        "De beleidscontext: wat er in het gemeentehuis speelt en nodig is",
    ),
    (
        "uitvoeringspraktijk",
        "niveau",
        "De uitvoeringspraktijk en de professionals",
    ),
    (
        "sociale-basis",
        "niveau",
        "De sociale basis: wat er in de samenleving speelt, signalen van inwoners",
    ),
];

impl Codeboek {
    /// The codebook built into visieleer.
    pub fn ingebouwd() -> Codeboek {
        Codeboek {
            tags: INGEBOUWD
                .iter()
                .map(|(tag, groep, omschrijving)| Tag {
                    tag: tag.to_string(),
                    groep: groep.to_string(),
                    omschrijving: omschrijving.to_string(),
                })
                .collect(),
            modus: None,
            herkenbare_rollen: Vec::new(),
        }
    }

    /// Whether `rol` points to one person in a named gemeente (built-in, or listed under
    /// `herkenbare_rollen` in the map's `codeboek.yaml`).
    pub fn wijst_naar_een_persoon(&self, rol: &str) -> bool {
        crate::privacy::naamvorm::wijst_naar_een_persoon(rol, &self.herkenbare_rollen)
    }

    pub fn zoek(&self, tag: &str) -> Option<&Tag> {
        let tag = tag.trim().trim_start_matches('#').to_lowercase();
        self.tags.iter().find(|t| t.tag == tag)
    }

    /// The tags of one group, in codebook order.
    pub fn groep<'a>(&'a self, groep: &'a str) -> impl Iterator<Item = &'a Tag> + 'a {
        self.tags.iter().filter(move |t| t.groep == groep)
    }

    /// The groups in use, in the order they first appear.
    pub fn groepen(&self) -> Vec<&str> {
        let mut groepen: Vec<&str> = Vec::new();
        for t in &self.tags {
            if !groepen.contains(&t.groep.as_str()) {
                groepen.push(&t.groep);
            }
        }
        groepen
    }

    /// Checks a tag as typed and returns its stored form; an unknown tag is refused with the
    /// closest known tag as a suggestion.
    pub fn controleer(&self, tag: &str) -> Result<String, String> {
        let tag = normaliseer_tag(tag)?;
        if self.zoek(&tag).is_some() {
            return Ok(tag);
        }
        match self.dichtstbij(&tag) {
            Some(voorstel) => Err(format!(
                "onbekende tag '{tag}'; bedoelde je '{voorstel}'? 'visieleer codeboek' toont alle tags."
            )),
            None => Err(format!(
                "onbekende tag '{tag}'; 'visieleer codeboek' toont alle tags."
            )),
        }
    }

    /// Checks tags as typed (`--tag`, repeatable) and returns their stored forms, each once, in
    /// the order given; the first unknown tag refuses them all.
    pub fn controleer_alle(&self, tags: &[String]) -> Result<Vec<String>, String> {
        let mut uit: Vec<String> = Vec::new();
        for tag in tags {
            let tag = self.controleer(tag)?;
            if !uit.contains(&tag) {
                uit.push(tag);
            }
        }
        Ok(uit)
    }

    /// The known tag closest to `tag` (edit distance), if reasonably close.
    pub fn dichtstbij(&self, tag: &str) -> Option<&str> {
        self.tags
            .iter()
            .map(|t| (afstand(tag, &t.tag), t.tag.as_str()))
            .filter(|(d, kandidaat)| {
                *d <= kandidaat.chars().count().max(tag.chars().count()) / 2 + 1
            })
            .min()
            .map(|(_, t)| t)
    }
}

/// How `<map>/codeboek.yaml` combines with the built-in codebook.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modus {
    /// The file's tags come after the built-in ones (the default).
    #[default]
    Uitbreiden,
    /// Only the file's tags count.
    Vervangen,
}

/// The file `<map>/codeboek.yaml` as written by the user.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    #[serde(default)]
    modus: Modus,
    #[serde(default)]
    tags: Vec<Tag>,
    #[serde(default)]
    herkenbare_rollen: Vec<String>,
}

impl Codeboek {
    /// The codebook of a map: the built-in one, extended or replaced by `<map>/codeboek.yaml`.
    /// A faulty file is refused with its first problem; `visieleer check` lists them all.
    pub fn voor_map(map: &Path) -> anyhow::Result<Codeboek> {
        let pad = map.join(CODEBOEK);
        let Some(uitkomst) = Codeboek::lees_bestand(&pad) else {
            return Ok(Codeboek::ingebouwd());
        };
        uitkomst.map_err(|problemen| {
            let meer = match problemen.len() {
                0 | 1 => String::new(),
                n => format!(
                    " (en nog {} {}; 'visieleer check' toont ze allemaal)",
                    n - 1,
                    if n == 2 { "probleem" } else { "problemen" }
                ),
            };
            anyhow::anyhow!(
                "{}: {}{meer}",
                pad.display(),
                problemen
                    .first()
                    .map(String::as_str)
                    .unwrap_or("onleesbaar")
            )
        })
    }

    /// Reads a codebook file; `None` when it does not exist, otherwise the codebook or every
    /// problem in it.
    pub fn lees_bestand(pad: &Path) -> Option<Result<Codeboek, Vec<String>>> {
        let bytes = match crate::bestand::lees_begrensd(pad, crate::bestand::MAX_BESTAND) {
            Ok(b) => b,
            // No file, or a map that is no folder (the command reports that itself).
            Err(crate::bestand::Leesfout::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return None;
            }
            Err(fout) => {
                return Some(Err(vec![format!("het codeboek {}.", fout.reden())]));
            }
        };
        Some(match String::from_utf8(bytes) {
            Ok(tekst) => Codeboek::uit_yaml(&tekst),
            Err(_) => Err(vec![
                "het codeboek is geen geldige UTF-8-tekst; sla het op als UTF-8.".into(),
            ]),
        })
    }

    /// Parses and checks the text of a `codeboek.yaml`; errors name their line where known.
    pub fn uit_yaml(tekst: &str) -> Result<Codeboek, Vec<String>> {
        let bestand: Bestand = if tekst.trim().is_empty() {
            Bestand {
                modus: Modus::Uitbreiden,
                tags: Vec::new(),
                herkenbare_rollen: Vec::new(),
            }
        } else {
            crate::bestand::lees_waarde(tekst, "het codeboek")
                .map_err(|fout| vec![format!("{}.", fout.trim_end_matches('.'))])?
        };
        let mut problemen = Vec::new();
        let mut boek = match bestand.modus {
            Modus::Uitbreiden => Codeboek::ingebouwd(),
            Modus::Vervangen => Codeboek {
                tags: Vec::new(),
                modus: None,
                herkenbare_rollen: Vec::new(),
            },
        };
        boek.modus = Some(bestand.modus);
        for (i, rol) in bestand.herkenbare_rollen.iter().enumerate() {
            if rol.trim().is_empty() || rol.contains('\n') {
                problemen.push(format!(
                    "herkenbare_rollen[{i}] is leeg of staat op meer regels; schrijf één rol per regel, zoals '- kwartiermaker'."
                ));
            }
        }
        boek.herkenbare_rollen = bestand.herkenbare_rollen;
        if bestand.modus == Modus::Vervangen && bestand.tags.is_empty() {
            problemen.push(
                "'modus: vervangen' zonder tags laat geen enkele tag over; geef onder 'tags' minstens één tag.".to_string(),
            );
        }
        let ligging = crate::bestand::Ligging::van(tekst);
        for (i, tag) in bestand.tags.into_iter().enumerate() {
            let plek = ligging
                .regel(&format!("tags[{i}].tag"))
                .map(|r| format!("regel {r}: "))
                .unwrap_or_default();
            let naam = match normaliseer_tag(&tag.tag) {
                Ok(naam) => naam,
                Err(fout) => {
                    problemen.push(format!("{plek}{fout}"));
                    continue;
                }
            };
            if boek.zoek(&naam).is_some() {
                let waar = if bestand.modus == Modus::Uitbreiden
                    && Codeboek::ingebouwd().zoek(&naam).is_some()
                {
                    "in het ingebouwde codeboek"
                } else {
                    "twee keer in dit bestand"
                };
                problemen.push(format!(
                    "{plek}de tag '{naam}' staat al {waar}; laat er één over."
                ));
                continue;
            }
            let groep = tag.groep.trim().to_lowercase();
            if normaliseer_tag(&groep).is_err() || groep.starts_with('#') {
                problemen.push(format!(
                    "{plek}de groep '{}' van tag '{naam}' is geen geldige naam; gebruik letters, cijfers en streepjes, zoals 'thema'.",
                    tag.groep
                ));
                continue;
            }
            let omschrijving = tag.omschrijving.trim();
            if omschrijving.is_empty() || omschrijving.contains('\n') {
                problemen.push(format!(
                    "{plek}de tag '{naam}' heeft geen omschrijving op één regel; schrijf kort wat de tag betekent."
                ));
                continue;
            }
            boek.tags.push(Tag {
                tag: naam,
                groep,
                omschrijving: omschrijving.to_string(),
            });
        }
        if problemen.is_empty() {
            Ok(boek)
        } else {
            Err(problemen)
        }
    }
}

/// Reads `<map>/codeboek.yaml` for `visieleer check`: reports every problem through `meld`
/// and returns the codebook to check tags against (`None` when the file has problems).
pub fn controleer_bestand(map: &Path, meld: &mut impl FnMut(String)) -> Option<Codeboek> {
    let pad = map.join(CODEBOEK);
    match Codeboek::lees_bestand(&pad) {
        None => Some(Codeboek::ingebouwd()),
        // An invisible character, raw or written as an escape, is refused when the file is
        // read (`crate::bestand::lees_waarde`), with its line and column.
        Some(Ok(boek)) => Some(boek),
        Some(Err(problemen)) => {
            for p in problemen {
                meld(format!("{}: {p}", pad.display()));
            }
            None
        }
    }
}

/// Warnings for quotes carrying a tag the codebook does not know (any more).
pub fn controleer_tags(t: &crate::model::traject::Traject, boek: &Codeboek) -> Vec<Bevinding> {
    let mut bevindingen = Vec::new();
    for (id, _, citaat) in t.citaten() {
        for tag in &citaat.tags {
            if boek.zoek(tag).is_none() {
                let voorstel = boek
                    .dichtstbij(tag)
                    .map(|v| format!("bedoelde je '{v}'? "))
                    .unwrap_or_default();
                bevindingen.push(Bevinding {
                    ernst: Ernst::Waarschuwing,
                    tekst: format!(
                        "citaat {id} heeft de tag '{tag}', die niet in het codeboek staat; {voorstel}voeg hem toe aan {CODEBOEK} of wijzig het citaat met 'visieleer citaat-wijzig'"
                    ),
                });
            }
        }
    }
    bevindingen
}

/// Levenshtein distance over characters.
fn afstand(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut rij: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut vorige = rij[0];
        rij[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let boven = rij[j + 1];
            rij[j + 1] = (boven + 1)
                .min(rij[j] + 1)
                .min(vorige + usize::from(ca != cb));
            vorige = boven;
        }
    }
    rij[b.len()]
}

/// Normalises a tag as typed (`#Rust-en-Regie`) to its stored form (`rust-en-regie`).
pub fn normaliseer_tag(tag: &str) -> Result<String, String> {
    let tag = tag.trim().trim_start_matches('#').to_lowercase();
    let geldig = !tag.is_empty()
        && tag.chars().count() <= 64
        && tag.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !tag.starts_with('-');
    if geldig {
        Ok(tag)
    } else {
        Err(format!(
            "'{tag}' is geen geldige tag; gebruik letters, cijfers en streepjes, zoals 'rust-en-regie'."
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stelt_de_dichtstbijzijnde_tag_voor() {
        let boek = Codeboek::ingebouwd();
        assert_eq!(boek.controleer("#Rust-en-Regie").unwrap(), "rust-en-regie");
        let fout = boek.controleer("rust-regie").unwrap_err();
        assert!(fout.contains("bedoelde je 'rust-en-regie'?"), "{fout}");
        assert!(
            !boek
                .controleer("xyzzy-plugh-qqq")
                .unwrap_err()
                .contains("bedoelde")
        );
    }

    #[test]
    fn ingebouwd_heeft_drie_groepen() {
        let boek = Codeboek::ingebouwd();
        assert_eq!(boek.groepen(), GROEPEN);
        assert_eq!(boek.groep(THEMA).count(), 3);
        assert_eq!(boek.groep("uitgangspunt").count(), 7);
        assert_eq!(boek.groep("niveau").count(), 4);
    }
}

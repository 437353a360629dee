//! The interview guide (leidraad) of the duo-interviews: the questions for everyone, per
//! perspective, per theme, and the uitgangspunten to check against the practice.
//!
//! The built-in guide is drawn from the method (Rapportage Visieleren, section 1.1 and
//! chapter 5): the representatives of the perspectives interview each other, the three themes
//! (inwoner centraal, rust en regie, balans lokaal en regionaal) and the seven uitgangspunten of
//! the verbetertraject Toegang (its Bijlage 1). A map may hold its own `leidraad.yaml` (a
//! reserved name, like `codeboek.yaml`, so never a traject): `vragen` replaces the questions
//! for everyone, and each perspective under `perspectieven` replaces that perspective's
//! questions; what the file does not name stays built in.
//!
//! ```yaml
//! vragen:
//!   - Wat is uw rol, en waar komt u de toegang tegen?
//! perspectieven:
//!   inwoner:
//!     - Hoe vond u de weg naar hulp?
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::model::interview::Perspectief;

use crate::opslag::LEIDRAAD;

/// The longest question accepted in `leidraad.yaml`.
const MAX_VRAAG: usize = 500;

/// The guide a map uses: built in, or adjusted by its `leidraad.yaml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leidraad {
    /// The opening questions for both of the duo.
    pub vragen: Vec<String>,
    /// The questions per perspective, in the order of [`Perspectief::ALLE`].
    pub perspectieven: Vec<(Perspectief, Vec<String>)>,
    /// Whether `leidraad.yaml` adjusted it.
    pub eigen: bool,
}

/// A theme of the method with the question it asks.
pub const THEMAS: [(&str, &str); 3] = [
    (
        "Inwoner centraal",
        "Waar staat het perspectief van de inwoner echt centraal in de toegang, en waar nog niet? Wat hoort u inwoners zeggen over hoe zij de toegang ervaren?",
    ),
    (
        "Rust en regie",
        "Wat helpt om koers te houden en de basis op orde te krijgen, en wat zorgt juist voor onrust? Wie heeft welke rol, en is dat voor iedereen duidelijk?",
    ),
    (
        "Balans lokaal en regionaal",
        "Wat moet in de eigen gemeente geregeld zijn, en waar helpt samenwerking in de regio? Sluit de lokale toegang aan op wat regionaal is ingekocht?",
    ),
];

/// The seven uitgangspunten of the verbetertraject Toegang (Bijlage 1 of the report).
pub const UITGANGSPUNTEN: [&str; 7] = [
    "De voorgestelde ondersteuning is passend en samenhangend",
    "De voorgestelde ondersteuning is toekomst- en levensloopbestendig",
    "Inwoners hebben regie en zeggenschap in het toegangsproces",
    "Toegangsmedewerkers zijn deskundig",
    "Toegangsmedewerkers hebben handelingsruimte om te doen wat nodig is",
    "Het toegangsproces is transparant en eenvoudig",
    "Er wordt gewerkt aan het voorkomen, tijdig signaleren en doorgeleiden van problemen",
];

const VRAGEN: [&str; 3] = [
    "Wat is uw rol, en waar komt u in uw werk of leven de toegang tot het sociaal domein tegen?",
    "Vertel eens over een situatie waarin de toegang goed werkte, en over een situatie waarin het schuurde. Wat gebeurde er precies?",
    "Als u één ding aan de toegang mocht veranderen, wat zou dat zijn?",
];

/// The built-in questions of one perspective.
fn ingebouwd(p: Perspectief) -> &'static [&'static str] {
    match p {
        Perspectief::Inwoner => &[
            "Hoe vond u (of iemand die u kent) de weg naar hulp of ondersteuning? Bij wie kwam u als eerste terecht?",
            "Had u het gevoel dat u zelf de regie hield? Wat hielp daarbij, en wat niet?",
            "Wat had u graag anders gezien in hoe de gemeente met uw vraag omging?",
        ],
        Perspectief::Uitvoering => &[
            "Hoe komt een vraag van een inwoner bij u binnen, en wat gebeurt er daarna?",
            "Heeft u de ruimte om te doen wat nodig is? Waar loopt u tegen regels of systemen aan?",
            "Met wie werkt u samen rond één inwoner, en hoe kort zijn die lijntjes?",
        ],
        Perspectief::Beleid => &[
            "Welke visie op de toegang heeft de gemeente, en hoe herkent u die in de praktijk?",
            "Hoe hoort beleid wat er in de uitvoering en bij inwoners speelt?",
            "Welke keuzes liggen er nu, en wat maakt ze lastig?",
        ],
        Perspectief::Bestuur => &[
            "Wat wilt u dat een inwoner merkt van de toegang, over een jaar?",
            "Welke koers houdt u vast, ook als het onrustig wordt? Wat vraagt dat van u?",
            "Wat is realistisch, gezien de capaciteit en de middelen van de gemeente?",
        ],
        Perspectief::Partner => &[
            "Waar komt uw organisatie inwoners met een vraag om ondersteuning tegen?",
            "Hoe verloopt de samenwerking met de gemeente en het lokale team: wat werkt, wat schuurt?",
            "Is voor u duidelijk wie opdrachtgever is en wie wat doet?",
        ],
    }
}

/// `leidraad.yaml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    #[serde(default)]
    vragen: Option<Vec<String>>,
    #[serde(default)]
    perspectieven: BTreeMap<String, Vec<String>>,
}

impl Leidraad {
    /// The guide built into visieleer.
    pub fn ingebouwd() -> Leidraad {
        Leidraad {
            vragen: VRAGEN.iter().map(|v| v.to_string()).collect(),
            perspectieven: Perspectief::ALLE
                .into_iter()
                .map(|p| (p, ingebouwd(p).iter().map(|v| v.to_string()).collect()))
                .collect(),
            eigen: false,
        }
    }

    /// The questions of one perspective.
    pub fn vragen_van(&self, p: Perspectief) -> &[String] {
        self.perspectieven
            .iter()
            .find(|(q, _)| *q == p)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
    }

    /// The guide of a map: the built-in one, adjusted by `<map>/leidraad.yaml` when it exists.
    /// A faulty file is refused with its problems, each one Dutch sentence.
    pub fn voor_map(map: &Path) -> anyhow::Result<Leidraad> {
        let pad = map.join(LEIDRAAD);
        let bytes = match crate::bestand::lees_begrensd(&pad, crate::bestand::MAX_BESTAND) {
            Ok(b) => b,
            Err(crate::bestand::Leesfout::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(Leidraad::ingebouwd());
            }
            Err(fout) => anyhow::bail!("{}: het bestand {}.", pad.display(), fout.reden()),
        };
        let tekst = String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "{}: het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8.",
                pad.display()
            )
        })?;
        Leidraad::uit_yaml(&tekst).map_err(|problemen| {
            anyhow::anyhow!(
                "{}: {}",
                pad.display(),
                problemen.join(&format!("\n{}: ", pad.display()))
            )
        })
    }

    /// Parses and checks the text of a `leidraad.yaml`; every problem is one sentence.
    pub fn uit_yaml(tekst: &str) -> Result<Leidraad, Vec<String>> {
        let mut leidraad = Leidraad::ingebouwd();
        leidraad.eigen = true;
        if tekst.trim().is_empty() {
            return Ok(leidraad);
        }
        let bestand: Bestand = crate::bestand::lees_waarde(tekst, "de leidraad").map_err(|f| {
            vec![format!(
                "{}; de leidraad kent alleen 'vragen' (een lijst) en 'perspectieven' (per perspectief een lijst vragen).",
                f.trim_end_matches('.')
            )]
        })?;
        let ligging = crate::bestand::Ligging::van(tekst);
        let plek = |pad: &str| {
            ligging
                .regel(pad)
                .map(|r| format!("regel {r}: "))
                .unwrap_or_default()
        };
        let mut problemen = Vec::new();
        let controleer = |pad: &str, wat: &str, vragen: &[String]| {
            let mut problemen = Vec::new();
            if vragen.is_empty() {
                problemen.push(format!(
                    "{}{wat} heeft geen vragen; geef er minstens één (als '- Vraag?') of haal het weg, dan blijven de ingebouwde vragen staan.",
                    plek(pad)
                ));
            }
            for (i, v) in vragen.iter().enumerate() {
                let waar = plek(&format!("{pad}[{i}]"));
                let waar = if waar.is_empty() { plek(pad) } else { waar };
                if v.trim().is_empty() {
                    problemen.push(format!(
                        "{waar}vraag {} van {wat} is leeg; schrijf de vraag uit of haal de regel weg.",
                        i + 1
                    ));
                } else if v.chars().count() > MAX_VRAAG {
                    problemen.push(format!(
                        "{waar}vraag {} van {wat} is langer dan {MAX_VRAAG} tekens; maak er een korte vraag van.",
                        i + 1
                    ));
                } else if let Some(c) = v.chars().find(|&c| crate::model::teken::is_stuurteken(c)) {
                    problemen.push(format!(
                        "{waar}vraag {} van {wat} bevat een onzichtbaar stuurteken ({}); haal het weg.",
                        i + 1,
                        crate::model::teken::naam(c)
                    ));
                }
            }
            problemen
        };
        if let Some(vragen) = &bestand.vragen {
            problemen.extend(controleer("vragen", "'vragen'", vragen));
        }
        let mut eigen: Vec<(Perspectief, Vec<String>)> = Vec::new();
        for (naam, vragen) in &bestand.perspectieven {
            let pad = format!("perspectieven.{naam}");
            match naam.parse::<Perspectief>() {
                Ok(p) => {
                    problemen.extend(controleer(&pad, &format!("perspectief '{p}'"), vragen));
                    eigen.push((p, vragen.clone()));
                }
                Err(_) => problemen.push(format!(
                    "{}'{naam}' onder 'perspectieven' is geen perspectief; kies uit {}.",
                    plek(&pad),
                    Perspectief::opsomming()
                )),
            }
        }
        if !problemen.is_empty() {
            return Err(problemen);
        }
        let schoon = |v: &[String]| v.iter().map(|x| x.trim().to_string()).collect::<Vec<_>>();
        if let Some(vragen) = bestand.vragen {
            leidraad.vragen = schoon(&vragen);
        }
        for (p, vragen) in eigen {
            if let Some(plek) = leidraad.perspectieven.iter_mut().find(|(q, _)| *q == p) {
                plek.1 = schoon(&vragen);
            }
        }
        Ok(leidraad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_eigen_perspectief_vervangt_alleen_dat_perspectief() {
        let l = Leidraad::uit_yaml("perspectieven:\n  inwoner:\n    - Hoe ging het?\n").unwrap();
        assert_eq!(l.vragen_van(Perspectief::Inwoner), ["Hoe ging het?"]);
        assert_eq!(
            l.vragen_van(Perspectief::Beleid),
            Leidraad::ingebouwd().vragen_van(Perspectief::Beleid)
        );
        assert_eq!(l.vragen, Leidraad::ingebouwd().vragen);
    }

    #[test]
    fn weigert_wat_geen_leidraad_is() {
        let fout = Leidraad::uit_yaml("perspectieven:\n  burger:\n    - Vraag?\n").unwrap_err();
        assert!(
            fout[0].contains("'burger'") && fout[0].contains("regel 2"),
            "{fout:?}"
        );
        let fout = Leidraad::uit_yaml("perspectieven:\n  inwoner: []\n").unwrap_err();
        assert!(fout[0].contains("geen vragen"), "{fout:?}");
        let fout = Leidraad::uit_yaml("vragn:\n  - x\n").unwrap_err();
        assert!(fout[0].contains("vragn"), "{fout:?}");
    }
}

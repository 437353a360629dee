//! What may be recorded when: the method's order for what a facilitator writes down, and no
//! held event in the future.
//!
//! Duo-interviews and their quotes belong to luisteren and later (the interviews are how the
//! traject listens); inzichten (the synthesis) and oplossingsrichtingen belong to ontwerpen and
//! later (they are what the listening yields). Something held (a meeting, an interview, the
//! evaluation, a nazorggesprek) lies on or before today; what is still to come is planned
//! (`--gepland`). The commands refuse against these rules ([`mag_vastleggen`],
//! [`niet_in_de_toekomst`]); `check` reports files edited by hand that break them
//! ([`controleer`]).

use crate::methode::controle::{Bevinding, Ernst};
use crate::model::datum::Datum;
use crate::model::fase::Fase;
use crate::model::traject::Traject;
use crate::taal::hoofdletter;

/// What a facilitator records that belongs to a phase of the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vastlegging {
    /// A held duo-interview (also one read from notes or a QDA project).
    Interview,
    Citaat,
    /// An inzicht of the synthesis.
    Inzicht,
    Richting,
}

impl Vastlegging {
    /// The first phase in which it may be recorded; every later phase may too.
    pub fn vanaf(self) -> Fase {
        match self {
            Vastlegging::Interview | Vastlegging::Citaat => Fase::Luisteren,
            Vastlegging::Inzicht | Vastlegging::Richting => Fase::Ontwerpen,
        }
    }

    /// Its name in a sentence, in the plural: "duo-interviews".
    fn meervoud(self) -> &'static str {
        match self {
            Vastlegging::Interview => "gehouden duo-interviews",
            Vastlegging::Citaat => "citaten",
            Vastlegging::Inzicht => "inzichten van de synthese",
            Vastlegging::Richting => "oplossingsrichtingen",
        }
    }
}

/// Whether `wat` may be recorded in the traject's phase now; the refusal is one sentence in
/// the style of `sessie`'s: what belongs where, where the traject is, and what to do.
pub fn mag_vastleggen(t: &Traject, wat: Vastlegging) -> Result<(), String> {
    let vanaf = wat.vanaf();
    if t.fase >= vanaf {
        return Ok(());
    }
    Err(format!(
        "{} horen bij fase {vanaf} en later; traject '{}' is in fase {}. 'visieleer toon {}' laat zien wat er nog nodig is om verder te gaan.",
        hoofdletter(wat.meervoud()),
        t.slug,
        t.fase,
        t.slug
    ))
}

/// Whether a held event's date lies on or before today; `wat` names it ("de gehouden kick-off",
/// "duo-interview 3"). When `gepland` says how to record it as planned instead, the refusal
/// names that option.
pub fn niet_in_de_toekomst(
    wat: &str,
    datum: Datum,
    vandaag: Datum,
    gepland: Option<&str>,
) -> Result<(), String> {
    if datum <= vandaag {
        return Ok(());
    }
    Err(format!(
        "{} kan niet op {} zijn gehouden, want dat is na vandaag ({}); {}.",
        hoofdletter(wat),
        datum.voluit(),
        vandaag.voluit(),
        match gepland {
            Some(hoe) => format!("controleer het jaartal, of leg het vast als planning met {hoe}"),
            None => "controleer het jaartal of leg het vast als het gebeurd is".to_string(),
        }
    ))
}

/// What a file edited by hand holds before its phase: interviews or quotes before luisteren,
/// inzichten or richtingen before ontwerpen. Warnings: the file still reads, and the traject
/// may have been reopened in an earlier phase.
pub fn controleer(t: &Traject) -> Vec<Bevinding> {
    let citaten = t.interviews.iter().map(|i| i.citaten.len()).sum::<usize>();
    [
        (Vastlegging::Interview, t.interviews.len()),
        (Vastlegging::Citaat, citaten),
        (Vastlegging::Inzicht, t.synthese.len()),
        (Vastlegging::Richting, t.richtingen.len()),
    ]
    .into_iter()
    .filter(|(wat, aantal)| *aantal > 0 && t.fase < wat.vanaf())
    .map(|(wat, aantal)| Bevinding {
        ernst: Ernst::Waarschuwing,
        tekst: format!(
            "het traject is in fase {} maar heeft {aantal} {}; die horen bij fase {} en later",
            t.fase,
            wat.meervoud(),
            wat.vanaf()
        ),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traject(fase: Fase) -> Traject {
        let mut t = Traject::nieuw(
            "t",
            vec!["Zeewijk".into()],
            "Vraag".into(),
            None,
            Datum::new(2024, 1, 8).unwrap(),
        );
        t.fase = fase;
        t
    }

    #[test]
    fn interviews_vanaf_luisteren_inzichten_vanaf_ontwerpen() {
        for (fase, interview, inzicht) in [
            (Fase::Werving, false, false),
            (Fase::Starten, false, false),
            (Fase::Luisteren, true, false),
            (Fase::Ontwerpen, true, true),
            (Fase::Borgen, true, true),
        ] {
            let t = traject(fase);
            assert_eq!(
                mag_vastleggen(&t, Vastlegging::Interview).is_ok(),
                interview
            );
            assert_eq!(mag_vastleggen(&t, Vastlegging::Citaat).is_ok(), interview);
            assert_eq!(mag_vastleggen(&t, Vastlegging::Inzicht).is_ok(), inzicht);
            assert_eq!(mag_vastleggen(&t, Vastlegging::Richting).is_ok(), inzicht);
        }
        let fout = mag_vastleggen(&traject(Fase::Werving), Vastlegging::Richting).unwrap_err();
        assert!(
            fout.starts_with("Oplossingsrichtingen horen bij fase ontwerpen en later; traject 't' is in fase werving."),
            "{fout}"
        );
    }

    #[test]
    fn gehouden_is_niet_na_vandaag() {
        let vandaag = Datum::new(2024, 4, 15).unwrap();
        assert!(niet_in_de_toekomst("x", vandaag, vandaag, None).is_ok());
        let fout =
            niet_in_de_toekomst("de nazorg", vandaag.plus_dagen(1), vandaag, None).unwrap_err();
        assert!(
            fout.starts_with("De nazorg kan niet op 16 april 2024"),
            "{fout}"
        );
    }
}

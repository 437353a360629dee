//! The three synthesis steps in their order: the moderatoren first, then the expertteam on
//! what the moderatoren found, then the reflectie in the ontwerpsessie. [`mag`] is the rule a
//! new insight must pass (the refusal says what to do first); [`afwijkingen`] says where a
//! file breaks it, for `check` (a warning: files written before the rule keep working).

use crate::model::datum::Datum;
use crate::model::sessie::SessieSoort;
use crate::model::synthese::Stap;
use crate::model::traject::Traject;

/// The day of the ontwerpsessie (held, or planned for a day that came), the earliest if the
/// traject has more than one.
pub fn ontwerpsessie(t: &Traject) -> Option<Datum> {
    t.sessies
        .iter()
        .filter(|s| s.soort == SessieSoort::Ontwerpsessie)
        .filter_map(|s| s.datum)
        .min()
}

/// Whether an insight of `stap`, reached on `datum`, may be recorded now: `Err` is one Dutch
/// sentence with what to do first.
pub fn mag(t: &Traject, stap: Stap, datum: Datum) -> Result<(), String> {
    let slug = &t.slug;
    let heeft = |s: Stap| t.synthese.iter().any(|i| i.stap == s);
    match stap {
        Stap::Moderatoren => Ok(()),
        Stap::Expertteam if !heeft(Stap::Moderatoren) => Err(format!(
            "Het expertteam bouwt voort op de synthese van de moderatoren, en traject '{slug}' heeft nog geen inzicht van de moderatoren; leg dat eerst vast met 'visieleer synthese {slug} --stap moderatoren \"…\"'."
        )),
        Stap::Expertteam => Ok(()),
        Stap::Reflectie if !heeft(Stap::Expertteam) => Err(format!(
            "De reflectie volgt op de synthese van het expertteam, en traject '{slug}' heeft nog geen inzicht van het expertteam; leg dat eerst vast met 'visieleer synthese {slug} --stap expertteam \"…\"'."
        )),
        Stap::Reflectie => match ontwerpsessie(t) {
            None => Err(format!(
                "De reflectie hoort bij de ontwerpsessie, en traject '{slug}' heeft nog geen ontwerpsessie; leg die eerst vast met 'visieleer sessie {slug} ontwerpsessie --datum JJJJ-MM-DD'."
            )),
            Some(sessie) if datum < sessie => Err(format!(
                "De reflectie hoort bij de ontwerpsessie van {}, en {} ligt daarvoor; geef de datum van de reflectie met --datum (op of na {sessie}).",
                sessie.voluit(),
                datum.voluit()
            )),
            Some(_) => Ok(()),
        },
    }
}

/// Where the synthesis of a traject breaks the order, one sentence each (for `check`).
pub fn afwijkingen(t: &Traject) -> Vec<String> {
    let slug = &t.slug;
    let heeft = |s: Stap| t.synthese.iter().any(|i| i.stap == s);
    let mut uit = Vec::new();
    if heeft(Stap::Expertteam) && !heeft(Stap::Moderatoren) {
        uit.push(format!(
            "de synthese heeft inzichten van het expertteam maar geen van de moderatoren, terwijl het expertteam voortbouwt op de moderatoren; leg het inzicht van de moderatoren vast met 'visieleer synthese {slug} --stap moderatoren \"…\"'"
        ));
    }
    if heeft(Stap::Reflectie) && !heeft(Stap::Expertteam) {
        uit.push(format!(
            "de synthese heeft een reflectie maar geen inzicht van het expertteam, terwijl de reflectie daarop volgt; leg het inzicht van het expertteam vast met 'visieleer synthese {slug} --stap expertteam \"…\"'"
        ));
    }
    if let Some(sessie) = ontwerpsessie(t) {
        for i in &t.synthese {
            if let Some(d) = i.datum
                && i.stap == Stap::Reflectie
                && d < sessie
            {
                uit.push(format!(
                    "inzicht {} (reflectie) is van {d}, vóór de ontwerpsessie van {sessie}; verbeter de datum met 'visieleer inzicht-wijzig {slug} {} --datum JJJJ-MM-DD'",
                    i.nr, i.nr
                ));
            }
        }
    }
    uit
}

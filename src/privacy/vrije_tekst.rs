//! The free texts of a traject: every field someone types in their own words and a document
//! or export may show (vraagstuk, kernvraag, quotes, inzichten, richtingen, afspraken and their
//! nazorg, the evaluatie, the conclusie and the lead texts per thema, notes), each with the Dutch name `check` gives it in a warning. The
//! privacy scan and the masking go over this one list, so a new field is scanned and masked
//! everywhere once it is added here.

use crate::model::interview::CitaatId;
use crate::model::traject::Traject;

/// Which field a free text is, as `check` names it ("inzicht 3", "citaat 2.1").
pub fn vrije_teksten(t: &Traject) -> Vec<(String, &str)> {
    let mut uit: Vec<(String, &str)> = vec![("vraagstuk".into(), t.vraagstuk.as_str())];
    for (naam, tekst) in [
        ("thema", &t.thema),
        ("kernvraag", &t.kernvraag),
        ("reden", &t.reden),
        ("notitie bij het traject", &t.notitie),
    ] {
        if let Some(x) = tekst {
            uit.push((naam.into(), x));
        }
    }
    for e in &t.expertteam {
        if let Some(x) = &e.expertise {
            uit.push(("expertise van een expert".into(), x));
        }
    }
    for s in &t.sessies {
        if let Some(x) = &s.notitie {
            uit.push((format!("notitie bij {}", s.soort), x));
        }
        if let Some(x) = &s.verslag {
            uit.push((format!("verslag van {} {}", s.soort, s.nr), x));
        }
    }
    for i in &t.interviews {
        if let Some(x) = &i.notitie {
            uit.push((format!("notitie bij interview {}", i.nr), x));
        }
        for c in &i.citaten {
            let id = CitaatId {
                interview: i.nr,
                nr: c.nr,
            };
            uit.push((format!("citaat {id}"), &c.tekst));
        }
    }
    for i in &t.synthese {
        uit.push((format!("inzicht {}", i.nr), &i.tekst));
    }
    for (n, r) in t.richtingen.iter().enumerate() {
        uit.push((format!("richting {}", n + 1), &r.tekst));
    }
    if let Some(e) = &t.evaluatie {
        uit.push(("evaluatie (proces)".into(), &e.proces));
        uit.push(("evaluatie (inzichten)".into(), &e.inzichten));
        uit.push(("evaluatie (vervolg)".into(), &e.vervolg));
    }
    if let Some(c) = &t.conclusie {
        uit.push(("conclusie".into(), c));
    }
    for (tag, inleiding) in &t.thema_inleidingen {
        uit.push((format!("inleiding bij thema {tag}"), inleiding));
    }
    for a in &t.afspraken {
        uit.push((format!("afspraak {}", a.nr), &a.tekst));
        if let Some(w) = &a.streefwaarde {
            uit.push((format!("streefwaarde van afspraak {}", a.nr), w));
        }
        for n in &a.nazorg {
            uit.push((
                format!("nazorg bij afspraak {} ({})", a.nr, n.datum),
                &n.verhaal,
            ));
        }
    }
    uit
}

/// `t` with every free text (see [`vrije_teksten`]), and the moderator's notes replaced by `tekst(…)`, and every role (of the duo and of a quote's speaker) by
/// `rol(…)`. Two roles of one duo that become the same
/// text are told apart (`[weggelaten]`, `[weggelaten] 2`), and a quote keeps the speaker its
/// role pointed to. The name of the notes file and the history are no text a document prints
/// (only `toon --json` shows them, and masks them itself): masking them here would compare
/// every history line of the map with every notes file name keyed on its date.
pub fn vervang(
    t: &Traject,
    mut tekst: impl FnMut(&str) -> String,
    mut rol: impl FnMut(&str) -> String,
) -> Traject {
    let mut t = t.clone();
    let mut zet = |x: &mut String| *x = tekst(x);
    zet(&mut t.vraagstuk);
    for x in [&mut t.thema, &mut t.kernvraag, &mut t.reden, &mut t.notitie]
        .into_iter()
        .flatten()
    {
        zet(x);
    }
    for e in &mut t.expertteam {
        if let Some(x) = &mut e.expertise {
            zet(x);
        }
    }
    for s in &mut t.sessies {
        for x in [&mut s.notitie, &mut s.verslag].into_iter().flatten() {
            zet(x);
        }
    }
    for i in &mut t.interviews {
        if let Some(x) = &mut i.notitie {
            zet(x);
        }
        if let Some(x) = &mut i.aantekeningen {
            zet(x);
        }

        let oud: Vec<String> = i.duo.iter().map(|d| d.rol.clone()).collect();
        let mut nieuw: Vec<String> = Vec::new();
        for r in &oud {
            let mut n = rol(r);
            if n != *r && nieuw.iter().any(|x| x.to_lowercase() == n.to_lowercase()) {
                n = format!("{n} {}", nieuw.len() + 1);
            }
            nieuw.push(n);
        }
        for c in &mut i.citaten {
            zet(&mut c.tekst);
            if let Some(van) = &mut c.van {
                *van = match oud
                    .iter()
                    .position(|r| r.to_lowercase() == van.to_lowercase())
                {
                    Some(p) => nieuw[p].clone(),
                    None => rol(van),
                };
            }
        }
        for (d, n) in i.duo.iter_mut().zip(nieuw) {
            d.rol = n;
        }
    }
    for i in &mut t.synthese {
        zet(&mut i.tekst);
    }
    for r in &mut t.richtingen {
        zet(&mut r.tekst);
    }
    if let Some(e) = &mut t.evaluatie {
        zet(&mut e.proces);
        zet(&mut e.inzichten);
        zet(&mut e.vervolg);
    }
    if let Some(c) = &mut t.conclusie {
        zet(c);
    }
    for inleiding in t.thema_inleidingen.values_mut() {
        zet(inleiding);
    }
    for a in &mut t.afspraken {
        zet(&mut a.tekst);
        if let Some(w) = &mut a.streefwaarde {
            zet(w);
        }
        for n in &mut a.nazorg {
            zet(&mut n.verhaal);
        }
    }
    t
}

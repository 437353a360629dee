//! The interview guide (`visieleer leidraad`): what a moderator takes into a duo-interview.
//! The kernvraag, the consent text to read out (per use), the opening questions, the questions
//! per perspective of the duo (all five without a duo), the three themes and the seven
//! uitgangspunten, and the close. The questions come from [`Leidraad`] (built in, or the map's
//! `leidraad.yaml`).

use crate::document::{Blok, Document, Inline, Sectie, opsomming, tekst};
use crate::luisteren::leidraad::{Leidraad, THEMAS, UITGANGSPUNTEN};
use crate::model::interview::{Deelnemer, Gebruik, Perspectief};
use crate::model::traject::Traject;
use crate::privacy::Masker;

/// What each use means, as read out to the duo.
fn gebruik_uitgelegd(g: Gebruik) -> &'static str {
    match g {
        Gebruik::Rapport => {
            "in het borgingsrapport van dit traject, dat de gemeente krijgt en bespreekt"
        }
        Gebruik::Kaartjes => {
            "op citaatkaartjes voor de ontwerpsessie, waar beleidsmakers en bestuurders ze lezen"
        }
        Gebruik::Landelijk => {
            "in de rode draden die de VNG over alle Visieleertrajecten samen schrijft"
        }
        Gebruik::Onderzoek => {
            "in bestanden voor onderzoek naar de toegang, zoals een tabel met citaten"
        }
    }
}

/// The guide for `t`; `duo` narrows the questions per perspective to the duo's.
pub fn document(t: &Traject, leidraad: &Leidraad, duo: &[Deelnemer], masker: &Masker) -> Document {
    let gemeenten = opsomming(&t.gemeenten);
    let mut doc = Document::nieuw(format!("Leidraad duo-interviews {gemeenten}"));
    doc.voettekst = Some(format!("Leidraad duo-interviews, {gemeenten}"));
    doc.auteur = t.facilitator.clone();

    let mut inleiding = Sectie::nieuw(1, "Zo werkt een duo-interview");
    inleiding.voeg_toe(Blok::alinea(
        "In een duo-interview interviewen twee mensen met een verschillend perspectief op de toegang elkaar. De moderator leidt het gesprek met de vragen hieronder, laat het duo vooral op elkaar reageren en noteert wat er gezegd wordt letterlijk, als citaat. Een citaat staat nooit op naam van een persoon, alleen op naam van een rol en perspectief, zoals 'wijkcoach (uitvoering)'.",
    ));
    match &t.kernvraag {
        Some(k) => inleiding.voeg_toe(Blok::Alinea(vec![
            Inline::Sterk("Kernvraag: ".into()),
            Inline::Nadruk(masker.tekst(k)),
        ])),
        None => inleiding.voeg_toe(Blok::Alinea(vec![
            Inline::Sterk("Kernvraag: ".into()),
            Inline::Tekst(format!(
                "nog niet aangescherpt; leg hem vast met 'visieleer kernvraag {}'.",
                t.slug
            )),
        ])),
    }
    if !duo.is_empty() {
        inleiding.voeg_toe(Blok::Alinea(vec![
            Inline::Sterk("Het duo: ".into()),
            Inline::Tekst(format!(
                "{}.",
                opsomming(
                    &duo.iter()
                        .map(|d| format!("{} ({})", masker.rol(&d.rol), d.perspectief))
                        .collect::<Vec<_>>()
                )
            )),
        ]));
    }
    doc.secties.push(inleiding);

    let mut toestemming = Sectie::nieuw(1, "Toestemming (voorlezen bij het begin)");
    toestemming.voeg_toe(Blok::alinea(
        "Wij noteren wat u zegt, maar nooit uw naam: een citaat staat alleen op naam van uw rol en perspectief. Wij vragen ieder van u waarvoor uw woorden gebruikt mogen worden:",
    ));
    toestemming.voeg_toe(Blok::lijst(Gebruik::ALLE.into_iter().map(|g| {
        let slot = if g == Gebruik::Onderzoek { '.' } else { ';' };
        vec![
            Inline::Sterk(format!("{}: ", g.naam())),
            Inline::Tekst(format!("{}{slot}", gebruik_uitgelegd(g))),
        ]
    })));
    toestemming.voeg_toe(Blok::alinea(
        "U mag ja zeggen (alles), nee (niets) of alleen een deel kiezen, en dat kan voor ieder van u verschillen. Zonder toestemming komen uw woorden in geen enkel document. U kunt uw toestemming later altijd intrekken; dan worden uw woorden gewist.",
    ));
    toestemming.voeg_toe(Blok::Kader(tekst(
        "Noteer het antwoord per deelnemer bovenaan in het notitiebestand, bij 'toestemming' (ja, nee, of bijvoorbeeld 'rapport, kaartjes').",
    )));
    doc.secties.push(toestemming);

    let mut opening = Sectie::nieuw(1, "Openingsvragen voor beiden");
    opening.voeg_toe(genummerd(&leidraad.vragen));
    doc.secties.push(opening);

    let perspectieven: Vec<Perspectief> = if duo.is_empty() {
        Perspectief::ALLE.to_vec()
    } else {
        let mut ps: Vec<Perspectief> = duo.iter().map(|d| d.perspectief).collect();
        ps.sort();
        ps.dedup();
        ps
    };
    doc.secties.push(Sectie::nieuw(1, "Vragen per perspectief"));
    for p in perspectieven {
        let rollen: Vec<String> = duo
            .iter()
            .filter(|d| d.perspectief == p)
            .map(|d| masker.rol(&d.rol))
            // "Inwoner (inwoner)" says nothing: a role named as its perspective is left out.
            .filter(|rol| rol.to_lowercase() != p.naam())
            .collect();
        let titel = if rollen.is_empty() {
            crate::taal::hoofdletter(p.naam())
        } else {
            format!(
                "{} ({})",
                crate::taal::hoofdletter(p.naam()),
                opsomming(&rollen)
            )
        };
        doc.secties
            .push(Sectie::nieuw(2, titel).met(genummerd(leidraad.vragen_van(p))));
    }

    doc.secties.push(Sectie::nieuw(1, "De drie thema's").met(Blok::alinea(
        "De Visieleertrajecten ordenen hun inzichten langs drie thema's. Vraag door waar het gesprek ze raakt.",
    )));
    for (thema, vraag) in THEMAS {
        doc.secties
            .push(Sectie::nieuw(2, thema).met(Blok::alinea(vraag)));
    }

    doc.secties.push(
        Sectie::nieuw(1, "Toetsen aan de uitgangspunten")
            .met(Blok::alinea(
                "De zeven uitgangspunten van het verbetertraject Toegang. Welke herkent u in de praktijk, en waar schuurt het?",
            ))
            .met(Blok::Lijst {
                genummerd: true,
                items: UITGANGSPUNTEN.iter().map(|u| tekst(*u)).collect(),
            }),
    );

    let mut afsluiting = Sectie::nieuw(1, "Afsluiting").met(Blok::lijst([
        tekst("Wat moet de gemeente zeker horen van dit gesprek?"),
        tekst("Lees de genoteerde citaten voor en vraag of ze kloppen, en op welke rol ze staan."),
        tekst("Bevestig wat ieder van u heeft toegestaan, en hoe u uw toestemming kunt intrekken."),
    ]));
    if leidraad.eigen {
        afsluiting.voeg_toe(Blok::Kader(tekst(
            "De vragen komen (deels) uit leidraad.yaml in de map van de trajecten.",
        )));
    }
    doc.secties.push(afsluiting);
    doc
}

fn genummerd(vragen: &[String]) -> Blok {
    Blok::Lijst {
        genummerd: true,
        items: vragen.iter().map(|v| tekst(v.clone())).collect(),
    }
}

//! Fills a map with trajecten as a national rollout would have them, for the benchmark
//! (`bench/run.sh`).
//!
//!   VISIELEER_VANDAAG=2026-06-01 cargo run --release --example genereer -- <map> [factor]
//!   VISIELEER_VANDAAG=2026-06-01 cargo run --release --example genereer -- <map> --citaten 100000
//!
//! Writes 342 × factor trajecten (342 is the number of Dutch gemeenten). Each has its own staff
//! (facilitator, moderators, experts, owners of afspraken: no name repeats across trajecten),
//! 30 duo-interviews of 10 quotes of which a third was imported from the moderators' notes
//! (markdown with headings, lists and the moderators' own notes, read by visieleer's own notes
//! reader), Dutch sentences of 100–300 characters with 1–3 tags from the whole codebook, a
//! synthesis whose insights point at quotes, richtingen built on the insights, an evaluation,
//! afspraken (with nazorg once the traject is afgerond; a third is still in borgen). Every date lies before `VISIELEER_VANDAAG` (or today) and follows the
//! method's order, at every size: `visieleer check` finds no errors. Deterministic: the same
//! factor and day give the same bytes.

use std::path::PathBuf;

use visieleer::luisteren::codeboek::Codeboek;
use visieleer::model::borging::{Afspraak, Nazorg, Stand};
use visieleer::model::datum::{Datering, Datum};
use visieleer::model::fase::{Fase, Status};
use visieleer::model::interview::{Citaat, Deelnemer, Interview, Perspectief, Toestemming};
use visieleer::model::sessie::{Sessie, SessieSoort};
use visieleer::model::synthese::{Inzicht, InzichtSoort, Stap};
use visieleer::model::traject::{Evaluatie, Expert, Richting, Traject};

const VOORNAMEN: &[&str] = &[
    "Anouk", "Bram", "Chantal", "Daan", "Esra", "Floor", "Gert", "Hanneke", "Ilse", "Jeroen",
    "Karim", "Lotte", "Marloes", "Nadia", "Olaf", "Petra", "Quinten", "Rosa", "Sander", "Tamara",
    "Umut", "Vera", "Wouter", "Yasmina", "Zoë", "Arjen", "Bouchra", "Coen", "Dewi", "Evert",
    "Fenna", "Gijs", "Hatice", "Ivo", "Jolien", "Koen", "Lieke", "Mehmet", "Noor", "Otto",
];

const ACHTERNAMEN: &[&str] = &[
    "Jansen",
    "Bouzid",
    "Verhoeven",
    "Kuijpers",
    "Dijkstra",
    "Hoekstra",
    "Postma",
    "Mulder",
    "Brouwer",
    "Wijnands",
    "Schouten",
    "Aydın",
    "Hendriks",
    "Vermeulen",
    "Timmermans",
    "Haddou",
    "Kok",
    "Peeters",
    "Zwart",
    "Bosman",
    "Kramer",
    "Sedney",
    "Wolters",
    "Rietveld",
    "Claassen",
    "Oosterhuis",
    "Lammers",
    "Tahiri",
    "Veenstra",
    "Huisman",
    "Molenaar",
    "Groen",
    "Prins",
    "Vos",
    "Jonker",
    "Willemsen",
    "Koster",
    "Ramdin",
    "Boersma",
    "Evers",
    "Stam",
    "Sluiter",
    "Kaya",
    "Blom",
    "Huijbregts",
    "Nijland",
    "Wouters",
    "Roelofs",
    "Geerts",
    "Aksoy",
    "Pauwels",
    "Verbeek",
    "Janssens",
    "Koopman",
    "Terpstra",
    "Bulut",
    "Zijlstra",
    "Kooiman",
    "Buitenhuis",
    "Hamdi",
];

const ROLLEN: &[(&str, Perspectief)] = &[
    ("wijkcoach", Perspectief::Uitvoering),
    ("beleidsadviseur Wmo", Perspectief::Beleid),
    ("bewoner", Perspectief::Inwoner),
    ("wethouder", Perspectief::Bestuur),
    ("huisarts", Perspectief::Partner),
    ("mantelzorger", Perspectief::Inwoner),
    ("teamleider toegang", Perspectief::Uitvoering),
    ("woonconsulent corporatie", Perspectief::Partner),
    ("schuldhulpverlener", Perspectief::Uitvoering),
    ("jeugdconsulent", Perspectief::Uitvoering),
    ("ouder", Perspectief::Inwoner),
    ("beleidsmedewerker jeugd", Perspectief::Beleid),
    ("medewerker klantcontactcentrum", Perspectief::Uitvoering),
    ("ervaringsdeskundige", Perspectief::Inwoner),
    ("directeur welzijnsorganisatie", Perspectief::Partner),
    ("gemeentesecretaris", Perspectief::Bestuur),
];

const ONDERWERPEN: &[&str] = &[
    "Als inwoner",
    "Aan de keukentafel",
    "In ons team",
    "Bij het loket",
    "Voor een mantelzorger",
    "In de wijk",
    "Vanuit de regio",
    "Met de huisarts erbij",
    "Op papier",
    "In de praktijk",
    "Bij een eerste melding",
    "Voor jongeren die achttien worden",
];

const KERNEN: &[&str] = &[
    "weet je vaak niet bij welk loket je moet zijn",
    "vertel je je verhaal drie keer voordat iemand echt luistert",
    "hebben we de ruimte om af te wijken van de regels, maar niemand durft die te nemen",
    "krijg je een formulier van zes pagina's terwijl je alleen een vraag had",
    "zit de wachtlijst voor een gesprek al snel op acht weken",
    "werken de wijkteams en de schuldhulp langs elkaar heen",
    "wordt maatwerk een woord in de nota en geen werkwijze",
    "merk je pas dat er iets mis is als de schulden al hoog zijn opgelopen",
    "zou één vast contactpersoon voor het hele gezin het verschil maken",
    "is de toegang ingericht op de regeling en niet op de vraag van de inwoner",
    "schuiven de partners pas aan als het escaleert",
    "ligt er veel kennis bij de professionals die niet bij het beleid aankomt",
    "weten inwoners niet wat ze mogen verwachten en hoe lang het duurt",
    "vraagt de wethouder om cijfers terwijl de verhalen het probleem laten zien",
];

const VERVOLGEN: &[&str] = &[
    "en dat kost iedereen energie die naar de inwoner zelf had moeten gaan",
    "omdat elke organisatie haar eigen systeem en eigen privacyregels heeft",
    "waardoor mensen afhaken voordat ze de hulp krijgen die ze nodig hebben",
    "terwijl iedereen aan tafel het eigenlijk anders wil",
    "en dan beginnen we na een half jaar weer opnieuw met een nieuw plan",
    "maar niemand voelt zich eigenaar van het geheel",
    "zodat de professional vooral bezig is met verantwoorden in plaats van helpen",
    "en dat zie je terug in de klachten en de herhaalde aanvragen",
    "wat vooral voor ouderen en laaggeletterden een drempel is",
    "terwijl een kort gesprek aan het begin veel later werk voorkomt",
];

const AFSLUITERS: &[&str] = &[
    "Dat moet echt anders.",
    "Daar zit voor mij de kern.",
    "Ik zie het elke week gebeuren.",
    "We hebben het er vaak over, maar er verandert weinig.",
    "Eigenlijk weten we allemaal hoe het beter kan.",
    "Het begint met elkaar vertrouwen.",
    "Dat hoor ik van bijna iedereen die bij ons komt.",
    "Zo simpel is het soms.",
];

struct Lcg(u64);

impl Lcg {
    fn getal(&mut self, tot: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % tot as u64) as usize
    }

    fn kies<'a>(&mut self, uit: &[&'a str]) -> &'a str {
        uit[self.getal(uit.len())]
    }

    /// A quote as people say it: 100–300 characters, one to three sentences.
    fn uitspraak(&mut self) -> String {
        loop {
            let mut zin = format!(
                "{} {} {}.",
                self.kies(ONDERWERPEN),
                self.kies(KERNEN),
                self.kies(VERVOLGEN)
            );
            if self.getal(3) > 0 {
                zin.push(' ');
                zin.push_str(self.kies(AFSLUITERS));
            }
            if self.getal(4) == 0 {
                let extra = self.kies(KERNEN);
                zin.push_str(&format!(" En ook: je {extra}."));
            }
            if (100..=300).contains(&zin.chars().count()) {
                return zin;
            }
        }
    }

    /// A sentence for a synthesis, richting or evaluation.
    fn zin(&mut self) -> String {
        let kern = self.kies(KERNEN);
        let vervolg = self.kies(VERVOLGEN);
        format!("Inwoners en professionals zeggen dat je {kern}, {vervolg}.")
    }
}

/// The `k`-th name of the whole map: every traject gets its own, so the map-wide name index
/// grows with the map the way a national rollout's does.
fn naam(k: usize) -> String {
    let voornaam = VOORNAMEN[k % VOORNAMEN.len()];
    let rest = k / VOORNAMEN.len();
    let achternaam = ACHTERNAMEN[rest % ACHTERNAMEN.len()];
    match rest / ACHTERNAMEN.len() {
        0 => format!("{voornaam} {achternaam}"),
        n => format!(
            "{voornaam} {achternaam}-{}",
            ACHTERNAMEN[(n - 1) % ACHTERNAMEN.len()]
        ),
    }
}

/// Staff names per traject: facilitator, four moderators, four experts, three owners.
const NAMEN_PER_TRAJECT: usize = 12;

fn duo(lcg: &mut Lcg) -> [(&'static str, Perspectief); 2] {
    let a = ROLLEN[lcg.getal(ROLLEN.len())];
    let mut b = ROLLEN[lcg.getal(ROLLEN.len())];
    while b.0 == a.0 {
        b = ROLLEN[lcg.getal(ROLLEN.len())];
    }
    [a, b]
}

fn tags(lcg: &mut Lcg, boek: &Codeboek) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..1 + lcg.getal(3) {
        let tag = &boek.tags[lcg.getal(boek.tags.len())].tag;
        if !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    tags
}

/// The notes a moderator writes of one duo-interview, in the format `visieleer notities` reads.
fn notities(
    citaten: usize,
    lcg: &mut Lcg,
    boek: &Codeboek,
    datum: Datum,
    moderator: &str,
    rollen: [(&str, Perspectief); 2],
) -> String {
    let [a, b] = rollen;
    let mut tekst = format!(
        "---\ndatum: {datum}\nmoderator: {moderator}\ntoestemming: ja\nduo:\n  - rol: {}\n    perspectief: {}\n  - rol: {}\n    perspectief: {}\n---\n# Duo-interview {} en {}\n\nGesprek in het wijkcentrum, ruim een uur. De sfeer was open; eerst afwachtend, daarna kwamen de voorbeelden vanzelf.\n\n",
        a.0, a.1, b.0, b.1, a.0, b.0
    );
    for i in 0..citaten {
        let van = if lcg.getal(2) == 0 { a.0 } else { b.0 };
        let tags: Vec<String> = tags(lcg, boek).iter().map(|t| format!("#{t}")).collect();
        let uitspraak = lcg.uitspraak();
        match i % 5 {
            0 => tekst.push_str(&format!("## Onderwerp {}\n\n", i / 5 + 1)),
            2 => tekst.push_str("- Opvallend hoe beiden hier hetzelfde over zeggen:\n\n"),
            _ => {}
        }
        if i % 5 == 2 {
            tekst.push_str(&format!(
                "  > {uitspraak}\n  > — {van} {}\n\n",
                tags.join(" ")
            ));
        } else if i % 3 == 1 {
            tekst.push_str(&format!(
                "> **{}:** {uitspraak} {}\n\n",
                hoofdletter(van),
                tags.join(" ")
            ));
        } else {
            tekst.push_str(&format!("> {uitspraak}\n> — {van} {}\n\n", tags.join(" ")));
        }
        if i % 4 == 3 {
            tekst.push_str(
                "Aantekening van de moderator: hier ging het gesprek even over de eigen organisatie; later op terugkomen.\n\n",
            );
        }
    }
    tekst.push_str("Vervolg: de moderatoren bespreken de voorlopige thema's in het team.\n");
    tekst
}

fn hoofdletter(tekst: &str) -> String {
    let mut tekens = tekst.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// How many duo-interviews a traject has, and how many quotes each.
#[derive(Clone, Copy)]
struct Omvang {
    interviews: u32,
    citaten: usize,
}

/// A traject as the rollout has them: 30 duo-interviews of 10 quotes.
const GEWOON: Omvang = Omvang {
    interviews: 30,
    citaten: 10,
};

fn traject(nr: usize, omvang: Omvang, vandaag: Datum, lcg: &mut Lcg, boek: &Codeboek) -> Traject {
    // Spread over the two years before today; the last steps stay at least a week in the past.
    let begin = vandaag.plus_dagen(-(220 + (nr % 500) as i64));
    let d = |n: i64| begin.plus_dagen(n);
    let slug = format!("gemeente-{nr:04}");
    let mut namen = (0..NAMEN_PER_TRAJECT).map(|j| naam(nr * NAMEN_PER_TRAJECT + j));
    let mut volgende_naam = || namen.next().expect("genoeg namen");
    let mut t = Traject::nieuw(
        &slug,
        vec![format!("Gemeente {nr}")],
        lcg.zin(),
        Some(volgende_naam()),
        begin,
    );
    t.thema = Some(["Toegang", "Jeugd", "Schulden", "Wonen en zorg"][nr % 4].into());
    t.kernvraag = Some(format!(
        "Hoe zorgen we ervoor dat inwoners niet meer {}?",
        [
            "van loket naar loket gaan",
            "hun verhaal steeds opnieuw vertellen"
        ][nr % 2]
    ));
    t.aanmelding = Some(d(7));
    let fasen = [
        (Fase::Starten, 14),
        (Fase::Luisteren, 28),
        (Fase::Ontwerpen, 80),
        (Fase::Borgen, 110),
    ];
    for (fase, dag) in fasen {
        t.tijdlijn.zet_begin(fase, d(dag));
        t.noteer(d(dag), format!("naar fase {fase}"));
    }
    t.fase = Fase::Borgen;
    for e in 0..4 {
        t.expertteam.push(Expert {
            nr: e as u32 + 1,
            naam: volgende_naam(),
            expertise: Some(
                [
                    "sociaal domein",
                    "gedragswetenschap",
                    "dienstverlening",
                    "inwonerparticipatie",
                ][e]
                    .into(),
            ),
        });
    }
    let moderatoren: Vec<String> = (0..4).map(|_| volgende_naam()).collect();
    for (soort, dag) in [
        (SessieSoort::Kickoff, 20),
        (SessieSoort::Werkbezoek, 40),
        (SessieSoort::Ontwerpsessie, 90),
        (SessieSoort::Borgingsessie, 120),
    ] {
        t.sessies.push(Sessie {
            nr: t.sessies.len() as u32 + 1,
            soort,
            datum: Some(d(dag)),
            gepland: false,
            gepland_in: None,
            notitie: None,
            verslag: None,
        });
        t.noteer(d(dag), format!("{soort} gehouden"));
    }
    for nr in 1..=omvang.interviews {
        let rollen = duo(lcg);
        let datum = d(30 + i64::from(nr % 25));
        let moderator = moderatoren[nr as usize % 4].clone();
        let interview = if nr.is_multiple_of(3) {
            let naam = format!(
                "{datum}-{}-{}.md",
                nr,
                rollen[0].0.split(' ').next().unwrap_or("duo")
            );
            let tekst = notities(omvang.citaten, lcg, boek, datum, &moderator, rollen);
            let n = visieleer::luisteren::notities::lees(&tekst, boek)
                .unwrap_or_else(|p| panic!("{p:?}\n{tekst}"));
            let mut i = Interview {
                bron: Some(naam.clone()),
                moderator: n.moderator,
                aantekeningen: n.aantekeningen,
                ..Interview::nieuw(nr, Some(n.datum), n.toestemming, n.duo)
            };
            for c in n.citaten {
                i.laatste_citaat += 1;
                i.citaten
                    .push(Citaat::nieuw(i.laatste_citaat, c.tekst, c.van, c.tags));
            }
            i.noteer(datum, format!("notities '{naam}' geïmporteerd"));
            i
        } else {
            let toestemming = if nr.is_multiple_of(14) {
                Toestemming::NEE
            } else {
                Toestemming::JA
            };
            let mut i = Interview {
                moderator: Some(moderator),
                ..Interview::nieuw(
                    nr,
                    Some(datum),
                    toestemming,
                    rollen
                        .iter()
                        .map(|(rol, perspectief)| Deelnemer {
                            rol: (*rol).into(),
                            perspectief: *perspectief,
                        })
                        .collect(),
                )
            };
            for _ in 0..omvang.citaten {
                let van = rollen[lcg.getal(2)].0;
                let tags = tags(lcg, boek);
                let id = i
                    .voeg_citaat_toe(lcg.uitspraak(), Some(van.into()), tags)
                    .expect("ver onder het hoogste nummer");
                // A history line per quote would take the 100 000-quote traject past the
                // 32 MB a traject file may have; there the interview notes the count once.
                if omvang.citaten == GEWOON.citaten {
                    i.noteer(datum, format!("citaat {id} vastgelegd"));
                }
            }
            if omvang.citaten != GEWOON.citaten {
                i.noteer(datum, format!("{} citaten vastgelegd", omvang.citaten));
            }
            i
        };
        t.interviews.push(interview);
        t.noteer(datum, format!("duo-interview {nr} vastgelegd"));
    }
    for (i, stap) in Stap::ALLE.iter().cycle().take(12).enumerate() {
        let citaten = (0..1 + lcg.getal(3))
            .map(|_| {
                // Only interviews with consent back an insight (interview 14 and 28 have none).
                let mut interview = 1 + lcg.getal(30);
                if interview.is_multiple_of(14) {
                    interview += 1;
                }
                format!("{interview}.{}", 1 + lcg.getal(10))
            })
            .collect();
        t.synthese.push(Inzicht {
            nr: i as u32 + 1,
            stap: *stap,
            soort: Some(if i % 2 == 0 {
                InzichtSoort::Dilemma
            } else {
                InzichtSoort::Werkzaam
            }),
            tekst: lcg.zin(),
            citaten,
            datum: None,
        });
    }
    t.richtingen = (0..3)
        .map(|r| Richting {
            inzichten: vec![1 + r * 4, 2 + r * 4],
            ..Richting::nieuw(lcg.zin())
        })
        .collect();
    t.evaluatie = Some(Evaluatie {
        datum: Some(d(125)),
        proces: lcg.zin(),
        inzichten: lcg.zin(),
        vervolg: lcg.zin(),
    });
    for a in 0..3u32 {
        let mut afspraak = Afspraak {
            nr: a + 1,
            tekst: lcg.zin(),
            eigenaar: volgende_naam(),
            streefwaarde: Some(format!(
                "{} procent minder doorverwijzingen binnen een jaar",
                10 + 5 * a
            )),
            datum: Some(d(170)),
            richting: None,
            gemeente: None,
            nazorg: Vec::new(),
        };
        let stand = [Stand::Loopt, Stand::Gehaald, Stand::NietGehaald][lcg.getal(3)];
        afspraak.nazorg.push(Nazorg {
            nr: 1,
            datum: d(175),
            stand,
            verhaal: lcg.zin(),
            // A nazorg that loopt says when it is looked at again.
            volgende: (stand == Stand::Loopt).then(|| Datering::Dag(d(265))),
            perspectief: None,
        });
        t.afspraken.push(afspraak);
    }
    if nr % 3 == 1 {
        // A third is still in borgen: the benchmark's writes need a lopend traject.
        for a in &mut t.afspraken {
            a.nazorg.clear();
        }
        return t;
    }
    t.status = Status::Afgerond;
    t.tijdlijn.einde = Some(d(130));
    t.noteer(d(130), "traject afgerond");
    t.sessies.push(Sessie {
        nr: t.sessies.len() as u32 + 1,
        soort: SessieSoort::Nazorg,
        datum: Some(d(175)),
        gepland: false,
        gepland_in: None,
        notitie: None,
        verslag: None,
    });
    t.noteer(d(175), "nazorg gehouden");
    t
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(map) = args.next().map(PathBuf::from) else {
        eprintln!("gebruik: genereer <map> [factor] | genereer <map> --citaten <aantal>");
        std::process::exit(2);
    };
    let eerste = args.next();
    // `--citaten N`: one traject of 50 duo-interviews holding N quotes between them, for the
    // benchmark's row that shows every document is linear in the quotes of one traject.
    let (aantal, omvang) = if eerste.as_deref() == Some("--citaten") {
        let citaten: usize = args
            .next()
            .and_then(|n| n.parse().ok())
            .filter(|n| *n >= 50)
            .expect("--citaten <aantal> (minstens 50)");
        (
            1,
            Omvang {
                interviews: 50,
                citaten: citaten / 50,
            },
        )
    } else {
        let factor: usize = eerste.and_then(|f| f.parse().ok()).unwrap_or(1);
        (342 * factor, GEWOON)
    };
    let vandaag = Datum::vandaag().expect("VISIELEER_VANDAAG als JJJJ-MM-DD");
    let boek = Codeboek::ingebouwd();
    std::fs::create_dir_all(&map).expect("map maken");
    let mut lcg = Lcg(342);
    let mut bytes = 0;
    for nr in 1..=aantal {
        let t = traject(nr, omvang, vandaag, &mut lcg, &boek);
        let yaml = visieleer::bestand::schrijf(&t).expect("yaml");
        bytes += yaml.len();
        std::fs::write(map.join(format!("{}.yaml", t.slug)), yaml).expect("schrijven");
    }
    println!(
        "{aantal} trajecten, {:.1} MB in {}",
        bytes as f64 / 1e6,
        map.display()
    );
}

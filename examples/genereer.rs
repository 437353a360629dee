//! Fills a map with trajecten of realistic size, for the benchmark (`bench/run.sh`).
//!
//!   cargo run --release --example genereer -- <map> [factor]
//!
//! Writes 342 × factor trajecten (342 is the number of Dutch gemeenten), each with 30
//! duo-interviews of 10 quotes, a synthesis, sessions, an expertteam, richtingen and an
//! evaluatie. Deterministic: the same factor gives the same bytes.

use std::path::PathBuf;

use visieleer::datum::Datum;
use visieleer::fase::{Fase, Status};
use visieleer::interview::{Deelnemer, Interview, Perspectief, Toestemming};
use visieleer::opslag;
use visieleer::sessie::{Sessie, SessieSoort};
use visieleer::synthese::{Inzicht, InzichtSoort, Stap};
use visieleer::traject::{Evaluatie, Expert, Traject};

const WOORDEN: &[&str] = &[
    "inwoners",
    "wijkteam",
    "loket",
    "regels",
    "samen",
    "vertrouwen",
    "toegang",
    "zorg",
    "jeugd",
    "schulden",
    "wonen",
    "werk",
    "gemeente",
    "buurt",
    "mantelzorger",
    "huisarts",
    "formulier",
    "wachtlijst",
    "gesprek",
    "maatwerk",
    "ruimte",
    "professional",
    "beleid",
    "wethouder",
    "college",
    "uitvoering",
    "keukentafel",
    "integraal",
    "signaal",
    "netwerk",
    "de",
    "het",
    "een",
    "en",
    "niet",
    "wel",
    "we",
    "ze",
    "moeten",
    "kunnen",
    "willen",
    "weten",
    "vaak",
    "soms",
    "nooit",
    "eigenlijk",
    "gewoon",
    "echt",
    "dan",
    "maar",
    "omdat",
    "als",
];

const ROLLEN: &[(&str, Perspectief)] = &[
    ("wijkcoach", Perspectief::Uitvoering),
    ("beleidsadviseur", Perspectief::Beleid),
    ("bewoner", Perspectief::Inwoner),
    ("wethouder", Perspectief::Bestuur),
    ("huisarts", Perspectief::Partner),
    ("mantelzorger", Perspectief::Inwoner),
    ("teamleider", Perspectief::Uitvoering),
    ("corporatie", Perspectief::Partner),
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

    fn zin(&mut self, min: usize, max: usize) -> String {
        let n = min + self.getal(max - min + 1);
        let woorden: Vec<&str> = (0..n).map(|_| WOORDEN[self.getal(WOORDEN.len())]).collect();
        let mut zin = woorden.join(" ");
        if let Some(eerste) = zin.get(..1) {
            zin = eerste.to_uppercase() + &zin[1..];
        }
        zin + "."
    }
}

fn dag(begin: Datum, n: i64) -> Datum {
    begin.plus_dagen(n)
}

fn traject(nr: usize, lcg: &mut Lcg) -> Traject {
    let begin = Datum::new(2023, 1, 2)
        .unwrap()
        .plus_dagen((nr % 500) as i64);
    let slug = format!("gemeente-{nr:04}");
    let mut t = Traject::nieuw(
        &slug,
        vec![format!("Gemeente {nr}")],
        lcg.zin(8, 20),
        Some("F. Acilitator".into()),
        begin,
    );
    t.thema = Some(lcg.zin(2, 4));
    t.kernvraag = Some(lcg.zin(8, 16));
    t.aanmelding = Some(dag(begin, 7));
    t.fase = Fase::Borgen;
    t.status = Status::Lopend;
    for (i, fase) in Fase::ALLE.iter().enumerate().skip(1) {
        t.tijdlijn.zet_begin(*fase, dag(begin, 7 + 10 * i as i64));
        t.noteer(dag(begin, 7 + 10 * i as i64), format!("naar fase {fase}"));
    }
    for e in 0..4 {
        t.expertteam.push(Expert {
            naam: format!("Expert {e}"),
            expertise: Some(lcg.zin(2, 4)),
        });
    }
    for (soort, d) in [
        (SessieSoort::Kickoff, 20),
        (SessieSoort::Ontwerpsessie, 40),
        (SessieSoort::Borgingsessie, 50),
        (SessieSoort::Nazorg, 60),
    ] {
        t.sessies.push(Sessie {
            soort,
            datum: Some(dag(begin, d)),
            gepland: soort == SessieSoort::Nazorg,
            notitie: None,
        });
        t.noteer(dag(begin, d), format!("{soort} gehouden"));
    }
    for nr in 1..=30u32 {
        let a = ROLLEN[lcg.getal(ROLLEN.len())];
        let mut b = ROLLEN[lcg.getal(ROLLEN.len())];
        if b.0 == a.0 {
            b = ROLLEN[(ROLLEN.iter().position(|r| r.0 == a.0).unwrap() + 1) % ROLLEN.len()];
        }
        let datum = dag(begin, 28 + i64::from(nr % 10));
        let toestemming = if nr % 15 == 0 {
            Toestemming::Nee
        } else {
            Toestemming::Ja
        };
        let mut interview = Interview {
            moderator: Some(format!("Moderator {}", nr % 4)),
            ..Interview::nieuw(
                nr,
                Some(datum),
                toestemming,
                vec![
                    Deelnemer {
                        rol: a.0.into(),
                        perspectief: a.1,
                    },
                    Deelnemer {
                        rol: b.0.into(),
                        perspectief: b.1,
                    },
                ],
            )
        };
        for _ in 0..10 {
            let van = if lcg.getal(2) == 0 { a.0 } else { b.0 };
            let tags = vec![["inwoner-centraal", "rust-en-regie"][lcg.getal(2)].to_string()];
            let id = interview.voeg_citaat_toe(lcg.zin(12, 35), Some(van.into()), tags);
            interview.noteer(datum, format!("citaat {id} vastgelegd"));
        }
        t.interviews.push(interview);
        t.noteer(datum, format!("duo-interview {nr} vastgelegd"));
    }
    for (i, stap) in Stap::ALLE.iter().cycle().take(12).enumerate() {
        t.synthese.push(Inzicht {
            nr: i as u32 + 1,
            stap: *stap,
            soort: Some(if i % 2 == 0 {
                InzichtSoort::Dilemma
            } else {
                InzichtSoort::Werkzaam
            }),
            tekst: lcg.zin(6, 14),
            citaten: (0..3)
                .map(|_| format!("{}.{}", 1 + lcg.getal(30), 1 + lcg.getal(10)))
                .collect(),
        });
    }
    t.richtingen = (0..3)
        .map(|_| visieleer::traject::Richting::nieuw(lcg.zin(5, 10)))
        .collect();
    t.evaluatie = Some(Evaluatie {
        datum: Some(dag(begin, 55)),
        proces: lcg.zin(10, 20),
        inzichten: lcg.zin(10, 20),
        vervolg: lcg.zin(10, 20),
    });
    t
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(map) = args.next().map(PathBuf::from) else {
        eprintln!("gebruik: genereer <map> [factor]");
        std::process::exit(2);
    };
    let factor: usize = args.next().and_then(|f| f.parse().ok()).unwrap_or(1);
    std::fs::create_dir_all(&map).expect("map maken");
    let mut lcg = Lcg(342);
    let mut bytes = 0;
    for nr in 1..=342 * factor {
        let t = traject(nr, &mut lcg);
        let yaml = opslag::naar_yaml(&t).expect("yaml");
        bytes += yaml.len();
        std::fs::write(map.join(format!("{}.yaml", t.slug)), yaml).expect("schrijven");
    }
    println!(
        "{} trajecten, {:.1} MB in {}",
        342 * factor,
        bytes as f64 / 1e6,
        map.display()
    );
}

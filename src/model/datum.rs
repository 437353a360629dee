//! Dates: stored as `JJJJ-MM-DD`, typed as Dutch people write them, and "today" that tests can
//! fix.
//!
//! [`Datering::lees`] is the one grammar for a date typed on the command line: `5-3-2024`,
//! `05-03-2024`, `5 maart 2024`, `5 mrt 2024` and `2024-03-05` are all 5 March 2024; `maart
//! 2025` (or `2025-03`) is a month and `2025` a year, for something planned that is known only
//! that precisely. A [`Datering`] carries its [`Precisie`]; what was held needs a whole day
//! ([`Datum::lees_invoer`]). In a traject file a day stays `JJJJ-MM-DD` ([`Datum`]'s
//! `FromStr`, strict), a month `JJJJ-MM` and a year `JJJJ` ([`Datering`]'s `FromStr`).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Environment variable that fixes "today" (`JJJJ-MM-DD`) for reproducible output.
pub const VANDAAG_VAR: &str = "VISIELEER_VANDAAG";

/// The accepted forms, as a refusal lists them.
pub const VORMEN: &str = "5-3-2024, 05-03-2024, 5 maart 2024, 5 mrt 2024 of 2024-03-05";

/// The short names of the months, as `dag_maand` writes them and the grammar reads them.
const KORT: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A calendar date without time, written as `JJJJ-MM-DD` in traject files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum(NaiveDate);

impl Datum {
    pub fn new(jaar: i32, maand: u32, dag: u32) -> Option<Datum> {
        NaiveDate::from_ymd_opt(jaar, maand, dag).map(Datum)
    }

    /// Today: `VISIELEER_VANDAAG` when set, otherwise the system date.
    pub fn vandaag() -> anyhow::Result<Datum> {
        match std::env::var(VANDAAG_VAR) {
            Ok(waarde) => waarde.parse().map_err(|fout| {
                anyhow::anyhow!("{VANDAAG_VAR} bevat {fout}; zet hem op een datum als 2024-03-12.")
            }),
            Err(_) => Ok(Datum(chrono::Local::now().date_naive())),
        }
    }

    /// Whole days from `self` to `later` (negative when `later` lies before `self`).
    pub fn dagen_tot(self, later: Datum) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// Whole weeks from `self` to `later`, rounded down, never negative.
    pub fn weken_tot(self, later: Datum) -> i64 {
        self.dagen_tot(later).max(0) / 7
    }

    /// `self` plus whole calendar months (the last day of a shorter month when the day does
    /// not exist there: 31 August plus six months is 28 or 29 February).
    pub fn plus_maanden(self, maanden: u32) -> Datum {
        Datum(
            self.0
                .checked_add_months(chrono::Months::new(maanden))
                .unwrap_or(self.0),
        )
    }

    pub fn plus_dagen(self, dagen: i64) -> Datum {
        Datum(self.0 + chrono::Duration::days(dagen))
    }

    /// `self` plus some days, or `None` past the end of the calendar.
    pub fn plus_dagen_binnen_kalender(self, dagen: i64) -> Option<Datum> {
        self.0
            .checked_add_signed(chrono::Duration::try_days(dagen)?)
            .map(Datum)
    }

    /// Day and month, as on a timeline axis: `12-03`.
    pub fn kort(self) -> String {
        self.0.format("%d-%m").to_string()
    }

    /// Day and short month, as on a timeline axis with the year beside it: `12 mrt`.
    pub fn dag_maand(self) -> String {
        format!("{} {}", self.0.day(), KORT[self.0.month0() as usize])
    }

    /// The day of the month, 1 to 31.
    pub fn dag(self) -> u32 {
        self.0.day()
    }

    /// The month, 1 to 12.
    pub fn maand(self) -> u32 {
        self.0.month()
    }

    pub fn jaar(self) -> i32 {
        self.0.year()
    }

    /// The date as Dutch prose: `12 maart 2024`.
    pub fn voluit(self) -> String {
        format!(
            "{} {} {}",
            self.0.day(),
            MAANDEN[self.0.month0() as usize],
            self.0.year()
        )
    }

    /// A date typed on the command line or in a notes file, as [`Datering::lees`] reads it,
    /// that must name a day. The error is the part of a sentence after the value's name
    /// ("--datum …"): what is wrong and the accepted forms.
    pub fn lees_invoer(tekst: &str) -> Result<Datum, String> {
        match Datering::lees(tekst)? {
            Datering::Dag(dag) => Ok(dag),
            ander => Err(format!(
                "'{}' noemt alleen {}, geen dag; schrijf een hele datum, zoals {VORMEN}",
                tekst.trim(),
                match ander.precisie() {
                    Precisie::Maand => "een maand",
                    _ => "een jaar",
                }
            )),
        }
    }
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precisie {
    Dag,
    Maand,
    Jaar,
}

/// A date as precise as it is known: a day, or for something planned only its month or year.
/// Something held always has a day ([`Datum`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Datering {
    Dag(Datum),
    Maand { jaar: i32, maand: u32 },
    Jaar(i32),
}

impl Datering {
    /// Reads a date as Dutch people write it; see the module doc for the forms. Anything else,
    /// and anything ambiguous (`5/3/2024`, a two-digit year), is refused with the accepted
    /// forms: the error is the part of a sentence after the value's name.
    pub fn lees(tekst: &str) -> Result<Datering, String> {
        let schoon = tekst.trim();
        let onleesbaar = |waarom: &str| {
            format!(
                "'{schoon}' {waarom}; schrijf een datum als {VORMEN} (een maand als maart 2025, een jaar als 2025)"
            )
        };
        let bestaat_niet =
            || format!("'{schoon}' is een datum die niet bestaat; schrijf een datum als {VORMEN}");
        let getal = |d: &str, max: usize| {
            (!d.is_empty() && d.len() <= max && d.bytes().all(|b| b.is_ascii_digit()))
                .then(|| d.parse::<u32>().ok())
                .flatten()
        };
        let jaar = |d: &str| {
            (d.len() == 4)
                .then(|| getal(d, 4))
                .flatten()
                .map(|j| j as i32)
        };
        let dag = |j: i32, m: u32, d: u32| {
            Datum::new(j, m, d)
                .map(Datering::Dag)
                .ok_or_else(bestaat_niet)
        };
        let maand = |j: i32, m: u32| {
            if (1..=12).contains(&m) {
                Ok(Datering::Maand { jaar: j, maand: m })
            } else {
                Err(bestaat_niet())
            }
        };
        if schoon.contains('/') {
            return Err(onleesbaar(
                "is dubbelzinnig: met schuine strepen is niet te zien of de dag of de maand voorop staat",
            ));
        }
        let woorden: Vec<&str> = schoon.split_whitespace().collect();
        match woorden.as_slice() {
            [] => return Err(onleesbaar("is geen datum")),
            [een] if een.contains('-') => {
                let delen: Vec<&str> = een.split('-').collect();
                return match delen.as_slice() {
                    // 2024-03-05 and 2024-3-5: the year first is never ambiguous.
                    [j, m, d] if j.len() == 4 => match (jaar(j), getal(m, 2), getal(d, 2)) {
                        (Some(j), Some(m), Some(d)) => dag(j, m, d),
                        _ => Err(onleesbaar("is geen datum")),
                    },
                    // 5-3-2024 and 05-03-2024: the day first, as in Dutch.
                    [d, m, j] if j.len() == 4 => match (getal(d, 2), getal(m, 2), jaar(j)) {
                        (Some(d), Some(m), Some(j)) => dag(j, m, d),
                        _ => Err(onleesbaar("is geen datum")),
                    },
                    [_, _, j] if getal(j, 2).is_some() => Err(onleesbaar(
                        "is dubbelzinnig: een jaar van twee cijfers kan in elke eeuw liggen",
                    )),
                    [j, m] => match (jaar(j), getal(m, 2)) {
                        (Some(j), Some(m)) => maand(j, m),
                        _ => Err(onleesbaar("is geen datum")),
                    },
                    _ => Err(onleesbaar("is geen datum")),
                };
            }
            [j] if getal(j, 4).is_some() => {
                return jaar(j)
                    .map(Datering::Jaar)
                    .ok_or_else(|| onleesbaar("is geen jaar van vier cijfers"));
            }
            _ => {}
        }
        // Words: "5 maart 2024", "5 mrt. 2024", "maart 2025".
        let maandnummer = |w: &str| {
            let w = w.strip_suffix('.').unwrap_or(w).to_lowercase();
            MAANDEN
                .iter()
                .position(|m| *m == w)
                .or_else(|| KORT.iter().position(|k| *k == w))
                .or_else(|| (w == "sept").then_some(8))
                .map(|i| i as u32 + 1)
        };
        match woorden.as_slice() {
            [d, m, j] => match (getal(d, 2), maandnummer(m), j) {
                (Some(d), Some(m), j) => match jaar(j) {
                    Some(j) => dag(j, m, d),
                    None if getal(j, 2).is_some() => Err(onleesbaar(
                        "is dubbelzinnig: een jaar van twee cijfers kan in elke eeuw liggen",
                    )),
                    None => Err(onleesbaar("heeft geen jaar van vier cijfers")),
                },
                (_, None, _) => Err(onleesbaar("noemt geen maand die visieleer kent")),
                _ => Err(onleesbaar("is geen datum")),
            },
            [m, j] => match (maandnummer(m), jaar(j)) {
                (Some(m), Some(j)) => maand(j, m),
                (Some(_), None) if getal(j, 2).is_some() => Err(onleesbaar(
                    "is dubbelzinnig: een jaar van twee cijfers kan in elke eeuw liggen",
                )),
                (None, _) if maandnummer(j).is_some() => Err(onleesbaar(
                    "heeft geen jaar; zonder jaar is de datum dubbelzinnig",
                )),
                _ => Err(onleesbaar("is geen datum")),
            },
            _ => Err(onleesbaar("is geen datum")),
        }
    }

    pub fn precisie(self) -> Precisie {
        match self {
            Datering::Dag(_) => Precisie::Dag,
            Datering::Maand { .. } => Precisie::Maand,
            Datering::Jaar(_) => Precisie::Jaar,
        }
    }

    /// The first day the date can mean: the day itself, the first of the month or of the year.
    pub fn eerste_dag(self) -> Datum {
        match self {
            Datering::Dag(d) => d,
            Datering::Maand { jaar, maand } => {
                Datum::new(jaar, maand, 1).expect("een maand heeft een eerste dag")
            }
            Datering::Jaar(jaar) => Datum::new(jaar, 1, 1).expect("een jaar heeft een eerste dag"),
        }
    }

    /// The last day the date can mean.
    pub fn laatste_dag(self) -> Datum {
        match self {
            Datering::Dag(d) => d,
            Datering::Maand { jaar, maand } => {
                let (j, m) = if maand == 12 {
                    (jaar + 1, 1)
                } else {
                    (jaar, maand + 1)
                };
                Datum::new(j, m, 1)
                    .expect("een maand heeft een eerste dag")
                    .plus_dagen(-1)
            }
            Datering::Jaar(jaar) => {
                Datum::new(jaar, 12, 31).expect("een jaar heeft een laatste dag")
            }
        }
    }

    /// As Dutch prose: `5 maart 2024`, `maart 2025`, `2025`.
    pub fn voluit(self) -> String {
        match self {
            Datering::Dag(d) => d.voluit(),
            Datering::Maand { jaar, maand } => format!("{} {jaar}", MAANDEN[maand as usize - 1]),
            Datering::Jaar(jaar) => jaar.to_string(),
        }
    }
}

/// As stored: `JJJJ-MM-DD`, `JJJJ-MM` or `JJJJ`.
impl fmt::Display for Datering {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Datering::Dag(d) => write!(f, "{d}"),
            Datering::Maand { jaar, maand } => write!(f, "{jaar:04}-{maand:02}"),
            Datering::Jaar(jaar) => write!(f, "{jaar:04}"),
        }
    }
}

/// The stored forms only (`JJJJ-MM-DD`, `JJJJ-MM`, `JJJJ`), as strict as [`Datum`]'s.
impl FromStr for Datering {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Datering, String> {
        let cijfers = |d: &str, n: usize| d.len() == n && d.bytes().all(|b| b.is_ascii_digit());
        let delen: Vec<&str> = tekst.split('-').collect();
        match delen.as_slice() {
            [_, _, _] => tekst.parse().map(Datering::Dag),
            [j] if cijfers(j, 4) => Ok(Datering::Jaar(j.parse().map_err(|_| String::new())?)),
            [j, m] if cijfers(j, 4) && cijfers(m, 2) => {
                let maand: u32 = m.parse().map_err(|_| String::new())?;
                if (1..=12).contains(&maand) {
                    Ok(Datering::Maand {
                        jaar: j.parse().map_err(|_| String::new())?,
                        maand,
                    })
                } else {
                    Err(format!(
                        "een maand die niet bestaat: '{tekst}' (verwacht JJJJ-MM)"
                    ))
                }
            }
            _ => Err(format!(
                "een ongeldige geplande datum '{tekst}' (verwacht JJJJ-MM-DD, JJJJ-MM of JJJJ)"
            )),
        }
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for Datum {
    type Err = String;

    fn from_str(tekst: &str) -> Result<Datum, String> {
        let ongeldig = || format!("een ongeldige datum '{tekst}' (verwacht JJJJ-MM-DD)");
        let delen: Vec<&str> = tekst.trim().split('-').collect();
        if delen.len() != 3
            || delen[0].len() != 4
            || delen[1].len() != 2
            || delen[2].len() != 2
            || !delen.iter().all(|d| d.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(ongeldig());
        }
        let getal = |d: &str| d.parse::<u32>().map_err(|_| ongeldig());
        let jaar = getal(delen[0])? as i32;
        Datum::new(jaar, getal(delen[1])?, getal(delen[2])?)
            .ok_or_else(|| format!("een datum die niet bestaat: '{tekst}' (verwacht JJJJ-MM-DD)"))
    }
}

impl PartialOrd for Datering {
    fn partial_cmp(&self, other: &Datering) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// By the first day it can mean, a day before the month or year that starts on it.
impl Ord for Datering {
    fn cmp(&self, other: &Datering) -> std::cmp::Ordering {
        (self.eerste_dag(), self.precisie(), self.laatste_dag()).cmp(&(
            other.eerste_dag(),
            other.precisie(),
            other.laatste_dag(),
        ))
    }
}

impl Serialize for Datum {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Datum {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Datum, D::Error> {
        let tekst = String::deserialize(deserializer)?;
        tekst.parse().map_err(serde::de::Error::custom)
    }
}

/// As stored: a day and a month as text (`2024-09-12`, `2024-09`), a year as a number (`2024`),
/// so a planned date reads in the file as it was typed.
impl Serialize for Datering {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Datering::Jaar(jaar) => serializer.serialize_i32(*jaar),
            ander => serializer.collect_str(ander),
        }
    }
}

/// Reads the stored forms ([`Datering`]'s `FromStr`); a year may stand as a number.
impl<'de> Deserialize<'de> for Datering {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Datering, D::Error> {
        struct Bezoeker;
        impl serde::de::Visitor<'_> for Bezoeker {
            type Value = Datering;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ")
            }
            fn visit_str<E: serde::de::Error>(self, tekst: &str) -> Result<Datering, E> {
                tekst.parse().map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, jaar: u64) -> Result<Datering, E> {
                self.visit_str(&jaar.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, jaar: i64) -> Result<Datering, E> {
                self.visit_str(&jaar.to_string())
            }
        }
        deserializer.deserialize_any(Bezoeker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_geplande_datum_gaat_heen_en_terug_als_tekst_of_jaartal() {
        for (datering, yaml) in [
            (
                Datering::Dag(Datum::new(2024, 9, 12).unwrap()),
                "2024-09-12",
            ),
            (
                Datering::Maand {
                    jaar: 2024,
                    maand: 9,
                },
                "2024-09",
            ),
            (Datering::Jaar(2025), "2025"),
        ] {
            let json = serde_json::to_string(&datering).unwrap();
            assert_eq!(serde_json::from_str::<Datering>(&json).unwrap(), datering);
            assert_eq!(yaml.parse::<Datering>().unwrap(), datering);
        }
        assert_eq!(
            serde_json::to_string(&Datering::Jaar(2025)).unwrap(),
            "2025"
        );
        assert!(serde_json::from_str::<Datering>("\"2024-13\"").is_err());
        assert!(serde_json::from_str::<Datering>("\"september\"").is_err());
    }

    #[test]
    fn leest_en_schrijft_jjjj_mm_dd() {
        let d: Datum = "2024-03-12".parse().unwrap();
        assert_eq!(d.to_string(), "2024-03-12");
        assert_eq!(d.voluit(), "12 maart 2024");
        assert_eq!(d.dag_maand(), "12 mrt");
    }

    #[test]
    fn weigert_onmogelijke_en_rare_datums() {
        for fout in [
            "2024-02-30",
            "2024-13-01",
            "12-03-2024",
            "2024-3-12",
            "",
            "morgen",
            "+2024-01-01",
        ] {
            assert!(fout.parse::<Datum>().is_err(), "{fout} werd geaccepteerd");
        }
        assert!("2024-02-29".parse::<Datum>().is_ok());
    }

    #[test]
    fn leest_datums_zoals_nederlanders_ze_schrijven() {
        let vijf_maart = Datering::Dag(Datum::new(2024, 3, 5).unwrap());
        for vorm in [
            "5-3-2024",
            "05-03-2024",
            "5 maart 2024",
            "5 Maart 2024",
            "5 mrt 2024",
            "5 mrt. 2024",
            "2024-03-05",
            "2024-3-5",
            "  5  maart   2024 ",
        ] {
            assert_eq!(Datering::lees(vorm), Ok(vijf_maart), "{vorm}");
        }
        assert_eq!(
            Datering::lees("3 sept 2024").unwrap().to_string(),
            "2024-09-03"
        );
        let maart = Datering::Maand {
            jaar: 2025,
            maand: 3,
        };
        for vorm in ["maart 2025", "mrt 2025", "2025-03", "2025-3"] {
            assert_eq!(Datering::lees(vorm), Ok(maart), "{vorm}");
        }
        assert_eq!(Datering::lees("2025"), Ok(Datering::Jaar(2025)));
        assert_eq!(maart.to_string(), "2025-03");
        assert_eq!(maart.voluit(), "maart 2025");
        assert_eq!(maart.eerste_dag().to_string(), "2025-03-01");
        assert_eq!(maart.laatste_dag().to_string(), "2025-03-31");
        assert_eq!(Datering::Jaar(2025).laatste_dag().to_string(), "2025-12-31");
        assert_eq!(
            Datering::Maand {
                jaar: 2024,
                maand: 12
            }
            .laatste_dag()
            .to_string(),
            "2024-12-31"
        );
        for opgeslagen in ["2025-03", "2025", "2024-03-05"] {
            assert_eq!(
                opgeslagen.parse::<Datering>().unwrap().to_string(),
                opgeslagen
            );
        }
        assert!("maart 2025".parse::<Datering>().is_err());
    }

    #[test]
    fn weigert_dubbelzinnige_en_onmogelijke_invoer_met_de_vormen() {
        for fout in [
            "5/3/2024",
            "5-3-24",
            "5 maart 24",
            "5 maart",
            "maart",
            "30-2-2024",
            "2024-02-30",
            "5 march 2024",
            "morgen",
            "",
            "2024-13",
            "24",
            "5.3.2024",
            "+2024-01-01",
        ] {
            let melding = Datering::lees(fout).expect_err(fout);
            assert!(melding.contains("5 maart 2024"), "{fout}: {melding}");
        }
        assert!(
            Datering::lees("5/3/2024")
                .unwrap_err()
                .contains("dubbelzinnig")
        );
        assert!(
            Datering::lees("5-3-24")
                .unwrap_err()
                .contains("twee cijfers")
        );
        assert!(
            Datering::lees("30-2-2024")
                .unwrap_err()
                .contains("niet bestaat")
        );
        assert!(
            Datum::lees_invoer("maart 2025")
                .unwrap_err()
                .contains("alleen een maand")
        );
        assert!(
            Datum::lees_invoer("2025")
                .unwrap_err()
                .contains("alleen een jaar")
        );
        assert_eq!(
            Datum::lees_invoer("5-3-2024").unwrap().to_string(),
            "2024-03-05"
        );
    }

    #[test]
    fn een_periode_komt_op_haar_eerste_dag() {
        let lees = |t: &str| t.parse::<Datering>().unwrap();
        let mut datums = [
            lees("2025-03"),
            lees("2025-03-01"),
            lees("2025"),
            lees("2024-12-31"),
        ];
        datums.sort();
        let volgorde: Vec<String> = datums.iter().map(ToString::to_string).collect();
        // The year starts first; on one first day, the day before the month that starts on it.
        assert_eq!(volgorde, ["2024-12-31", "2025", "2025-03-01", "2025-03"]);
        let yaml = serde_yaml::to_string(&lees("2025")).unwrap();
        assert_eq!(
            serde_yaml::from_str::<Datering>(&yaml).unwrap(),
            lees("2025")
        );
        assert_eq!(
            serde_yaml::from_str::<Datering>("2025").unwrap(),
            lees("2025")
        );
    }

    #[test]
    fn telt_weken() {
        let a: Datum = "2024-01-01".parse().unwrap();
        let b: Datum = "2024-03-11".parse().unwrap();
        assert_eq!(a.weken_tot(b), 10);
        assert_eq!(b.weken_tot(a), 0);
    }
}

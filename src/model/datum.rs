//! Dates as the facilitator writes them: `JJJJ-MM-DD`, and "today" that tests can fix.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Environment variable that fixes "today" (`JJJJ-MM-DD`) for reproducible output.
pub const VANDAAG_VAR: &str = "VISIELEER_VANDAAG";

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
        const KORT: [&str; 12] = [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn telt_weken() {
        let a: Datum = "2024-01-01".parse().unwrap();
        let b: Datum = "2024-03-11".parse().unwrap();
        assert_eq!(a.weken_tot(b), 10);
        assert_eq!(b.weken_tot(a), 0);
    }
}

//! All trajecten of a map in one table, like table 1 of the Rapportage Visieleren.

use serde::Serialize;

use crate::document::ontsnappen::markdown;
use crate::model::datum::Datum;
use crate::model::traject::Traject;

/// One row of the overview.
#[derive(Clone, Debug, Serialize)]
pub struct Rij {
    pub slug: String,
    pub gemeenten: Vec<String>,
    /// More than one gemeente, or a region under one name (see `Traject::is_regionaal`).
    pub regionaal: bool,
    pub fase: String,
    pub status: String,
    pub start: Option<String>,
    pub weken: Option<i64>,
    pub over_streeftijd: bool,
    pub pilot: bool,
    pub thema: Option<String>,
    /// Afspraken whose date has passed without a nazorg entry.
    pub verlopen_afspraken: usize,
    /// Everything that needs attention, each with the command that resolves it (see
    /// `crate::methode::signalen`).
    pub signalen: Vec<String>,
    #[serde(skip)]
    kort: String,
}

impl Rij {
    pub fn van(t: &Traject, vandaag: Datum) -> Rij {
        let signalen = crate::methode::signalen::signalen(t, vandaag);
        Rij {
            slug: t.slug.clone(),
            gemeenten: t.gemeenten.clone(),
            regionaal: t.is_regionaal(),
            fase: t.fase.naam().to_string(),
            status: t.status.naam().to_string(),
            start: t.aanmelding.or(t.tijdlijn.werving).map(|d| d.to_string()),
            weken: t.doorlooptijd_weken(vandaag),
            over_streeftijd: t.over_streeftijd(vandaag),
            pilot: t.pilot,
            thema: t.thema.clone(),
            verlopen_afspraken: crate::methode::signalen::verlopen_afspraken(t, vandaag).len(),
            signalen: signalen.iter().map(|s| s.zin.clone()).collect(),
            kort: crate::methode::signalen::kort(&signalen),
        }
    }

    fn signaal(&self) -> String {
        self.kort.clone()
    }

    fn cellen(&self) -> [String; 8] {
        [
            self.slug.clone(),
            format!(
                "{}{}{}",
                self.gemeenten.join(", "),
                if self.regionaal { " (regionaal)" } else { "" },
                if self.pilot { " (pilot)" } else { "" }
            ),
            self.fase.clone(),
            self.status.clone(),
            self.start.clone().unwrap_or_else(|| "—".into()),
            self.weken
                .map(|w| w.to_string())
                .unwrap_or_else(|| "—".into()),
            self.signaal(),
            self.thema.clone().unwrap_or_default(),
        ]
    }
}

const KOP: [&str; 8] = [
    "Traject",
    "Gemeente(n)",
    "Fase",
    "Status",
    "Start",
    "Weken",
    "Signaal",
    "Thema",
];

pub fn rijen(trajecten: &[Traject], vandaag: Datum) -> Vec<Rij> {
    trajecten.iter().map(|t| Rij::van(t, vandaag)).collect()
}

/// The overview as a terminal table.
pub fn tabel(rijen: &[Rij]) -> String {
    let mut tabel = crate::scherm::tabel(KOP);
    for rij in rijen {
        tabel.add_row(rij.cellen());
    }
    crate::scherm::als_tekst(tabel)
}

/// The overview as a markdown table.
pub fn markdown_tabel(rijen: &[Rij]) -> String {
    let rijen: Vec<Vec<String>> = rijen
        .iter()
        .map(|r| r.cellen().iter().map(|c| markdown::cel(c)).collect())
        .collect();
    markdown::tabel(&KOP, &rijen)
}

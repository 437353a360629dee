//! The quote export as an Excel workbook: one sheet, one row per shareable quote, the same
//! columns as the CSV, with a frozen and filtered header, fitting columns, wrapped text and
//! the interview dates as real dates.
//!
//! The sheet is written in rust_xlsxwriter's constant-memory mode: each row goes to a
//! temporary file as soon as the next begins, so an export of the whole map holds one row in
//! memory, not the map. That mode cannot fit the columns afterwards (the rows are gone), so
//! the widths are measured here as the rows pass, the way [`Worksheet::autofit`] measures them.
//!
//! The look of a cell (wrapped and at the top; a date as `dd-mm-jjjj`) is its column's format,
//! set once before the rows: a cell is written without a format of its own and takes its
//! column's. Writing every cell with a format made rust_xlsxwriter hash that format per cell,
//! about 15% of an export of 100 000 quotes.
//!
//! Every cell is written as a string, number or date, never as a formula, so a quote that
//! starts with `=` stays text (the CSV needs a `'` for that). Every text passes
//! [`zichtbaar`] first: a control or bidi character becomes U+FFFD (Excel would otherwise get it
//! as an `_x001B_` escape and show it). The workbook's creation time is
//! the given day, so the same map on the same day gives the same bytes.

use std::io::Write;

use anyhow::{Result, anyhow};
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError, cell_autofit_width,
};

use crate::luisteren::citaten::Veld;
use crate::model::datum::Datum;
use crate::model::teken::zichtbaar;

/// The widest a column gets from fitting, in characters; the quote text gets this width and
/// wraps.
const MAX_BREEDTE: f64 = 80.0;

/// The widest a fitted column gets, in pixels (7 per character).
const MAX_PIXELS: u32 = (MAX_BREEDTE * 7.0) as u32;

/// Room for the filter button in a header cell, in pixels, as autofit leaves it.
const FILTERKNOP: u32 = 16;

/// The width autofit gives a date without a format it can read, in pixels.
const DATUM_PIXELS: u32 = 68;

/// A workbook being written, row by row from the top.
pub struct Werkmap {
    boek: Workbook,
    kop: Vec<String>,
    /// The column that has the date format; a date elsewhere carries that format itself.
    datumkolom: Option<usize>,
    datum: Format,
    /// The column whose width is fixed rather than fitted (the quote text): not measured.
    vaste_kolom: Option<usize>,
    /// The next row to write.
    rij: u32,
    /// The widest cell of each column so far, in pixels as autofit counts them.
    breedtes: Vec<u32>,
}

impl Werkmap {
    /// A workbook with its header row; `vandaag` is its creation time.
    pub fn nieuw(kop: &[String], vandaag: Datum) -> Result<Werkmap> {
        Werkmap::begin(kop, vandaag).map_err(fout)
    }

    /// Adds one row below the last.
    pub fn rij(&mut self, rij: &[Veld]) -> Result<()> {
        self.schrijf_rij(rij).map_err(fout)
    }

    /// Fits the columns, sets the filter, and writes the workbook to `uit`. A failure of `uit`
    /// itself comes back as the [`std::io::Error`] it is.
    pub fn bewaar(mut self, uit: impl Write + Send) -> Result<()> {
        self.rond_af().map_err(fout)?;
        self.boek.save_to_writer(uit).map_err(|f| match f {
            XlsxError::IoError(e) => anyhow::Error::new(e),
            XlsxError::ZipError(zip::result::ZipError::Io(e)) => anyhow::Error::new(e),
            f => fout(f),
        })
    }

    fn begin(kop: &[String], vandaag: Datum) -> Result<Werkmap, XlsxError> {
        let mut boek = Workbook::new();
        // Level 3 of 9: packing took a fifth of an export of 100 000 quotes at the default 6.
        // At 3 that export takes a sixth less time and its file is a quarter larger (9.4 MB
        // instead of 7.5 MB); level 1 was no faster and made it twice as large.
        boek.set_zip_compression_level(3);
        boek.set_properties(
            &DocProperties::new()
                .set_title("Citaten")
                .set_author("visieleer")
                .set_creation_datetime(&excel_datum(vandaag)?),
        );
        let kopformaat = Format::new()
            .set_bold()
            .set_background_color("EEF2F7")
            .set_align(FormatAlign::Top);
        let gewoon = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let datum = Format::new()
            .set_num_format("dd-mm-yyyy")
            .set_align(FormatAlign::Top)
            .set_align(FormatAlign::Left);
        let datumkolom = kop.iter().position(|k| k == "datum");
        let blad = boek.add_worksheet_with_constant_memory()?;
        blad.set_name("Citaten")?;
        // Before any row: a row in constant-memory mode is written out with the formats its
        // columns have by then.
        for k in 0..kop.len() {
            let formaat = if Some(k) == datumkolom {
                &datum
            } else {
                &gewoon
            };
            blad.set_column_format(k as u16, formaat)?;
        }
        let mut breedtes = vec![0; kop.len()];
        for (k, naam) in kop.iter().enumerate() {
            blad.write_string_with_format(0, k as u16, zichtbaar(naam), &kopformaat)?;
            // The header carries the filter buttons.
            let breedte = tekst_pixels(naam);
            if breedte > 0 {
                breedtes[k] = breedte + FILTERKNOP;
            }
        }
        Ok(Werkmap {
            boek,
            kop: kop.to_vec(),
            datumkolom,
            datum,
            vaste_kolom: kop
                .last()
                .is_some_and(|k| k == "tekst")
                .then(|| kop.len() - 1),
            rij: 1,
            breedtes,
        })
    }

    fn schrijf_rij(&mut self, rij: &[Veld]) -> Result<(), XlsxError> {
        let r = self.rij;
        let blad = self.boek.worksheet_from_index(0)?;
        for (k, veld) in rij.iter().enumerate() {
            let kolom = k as u16;
            let breedte = match veld {
                Veld::Tekst(t) => {
                    blad.write_string(r, kolom, zichtbaar(t))?;
                    if Some(k) == self.vaste_kolom {
                        0
                    } else {
                        tekst_pixels(t)
                    }
                }
                Veld::Getal(n) => {
                    blad.write_number(r, kolom, *n)?;
                    7 * f64::from(*n).to_string().len() as u32
                }
                Veld::Datum(Some(d)) if Some(k) == self.datumkolom => {
                    blad.write_datetime(r, kolom, excel_datum(*d)?)?;
                    DATUM_PIXELS
                }
                Veld::Datum(Some(d)) => {
                    blad.write_date_with_format(r, kolom, &excel_datum(*d)?, &self.datum)?;
                    DATUM_PIXELS
                }
                Veld::Datum(None) => 0,
            };
            if let Some(breedste) = self.breedtes.get_mut(k) {
                *breedste = (*breedste).max(breedte);
            }
        }
        self.rij += 1;
        Ok(())
    }

    /// What `autofit` with a maximum width does on a sheet in memory, from the widths measured
    /// as the rows passed; then the columns that fitting gets wrong.
    fn rond_af(&mut self) -> Result<(), XlsxError> {
        let laatste_rij = self.rij - 1;
        let laatste_kolom = self.kop.len().saturating_sub(1) as u16;
        let breedtes = std::mem::take(&mut self.breedtes);
        let kop = std::mem::take(&mut self.kop);
        let blad = self.boek.worksheet_from_index(0)?;
        blad.set_freeze_panes(1, 0)?;
        blad.autofilter(0, 0, laatste_rij, laatste_kolom)?;
        for (k, breedte) in breedtes.into_iter().enumerate() {
            if breedte > 0 {
                // A fitted width only ever widens a column that has a format (and with it the
                // default width); narrowed first, the column gets exactly the fitted width.
                blad.set_column_width_pixels(k as u16, 1)?;
                // The cell padding of autofit, then its maximum.
                blad.set_column_autofit_width(k as u16, (breedte + 7).min(MAX_PIXELS))?;
            }
        }
        // The quote text is long by nature: it gets the widest column and wraps inside it.
        if kop.last().is_some_and(|k| k == "tekst") {
            blad.set_column_width(laatste_kolom, MAX_BREEDTE)?;
        }
        // The date column holds a date format, not text: fitting measures it too narrow.
        if let Some(k) = kop.iter().position(|k| k == "datum") {
            blad.set_column_width(k as u16, 11)?;
        }
        Ok(())
    }
}

fn fout(f: XlsxError) -> anyhow::Error {
    anyhow!("Het Excel-bestand kon niet worden gemaakt ({f}).")
}

/// The width of a text as autofit measures it, in pixels without padding: its widest line.
fn tekst_pixels(tekst: &str) -> u32 {
    tekst
        .lines()
        .filter(|regel| !regel.is_empty())
        .map(|regel| cell_autofit_width(regel) - 7)
        .max()
        .unwrap_or(0)
}

fn excel_datum(d: Datum) -> Result<ExcelDateTime, XlsxError> {
    let iso = d.to_string();
    let mut delen = iso.split('-').map(|d| d.parse::<u16>().unwrap_or(1));
    let (j, m, dag) = (
        delen.next().unwrap_or(1900),
        delen.next().unwrap_or(1),
        delen.next().unwrap_or(1),
    );
    ExcelDateTime::from_ymd(j, m as u8, dag as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breedte_van_een_tekst_is_die_van_de_breedste_regel() {
        assert_eq!(tekst_pixels(""), 0);
        assert_eq!(tekst_pixels("\n"), 0);
        assert_eq!(tekst_pixels("ja"), cell_autofit_width("ja") - 7);
        assert_eq!(
            tekst_pixels("ja\n\nmaatwerk\nnee"),
            cell_autofit_width("maatwerk") - 7
        );
    }

    #[test]
    fn geen_stuurteken_in_excel() {
        use std::io::Read;
        let t = "a\u{1b}[31m\u{7}\u{202e}\r\u{85}b".to_string();
        let mut w =
            Werkmap::nieuw(std::slice::from_ref(&t), "2024-04-15".parse().unwrap()).unwrap();
        w.rij(&[Veld::Tekst(t.clone())]).unwrap();
        w.rij(&[Veld::Tekst(format!("={t}"))]).unwrap();
        let mut bytes = Vec::new();
        w.bewaar(std::io::Cursor::new(&mut bytes)).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut alles = String::new();
        for i in 0..zip.len() {
            let mut deel = String::new();
            if zip.by_index(i).unwrap().read_to_string(&mut deel).is_ok() {
                alles.push_str(&deel);
            }
        }
        assert!(
            !alles.chars().any(crate::model::teken::is_stuurteken),
            "{alles:?}"
        );
        for escape in ["_x001B_", "_x0007_", "_x000D_", "&#27;", "&#x1b;", "&#13;"] {
            assert!(!alles.contains(escape), "{escape} in {alles}");
        }
        assert!(alles.contains("a\u{FFFD}[31m"), "{alles}");
    }
}

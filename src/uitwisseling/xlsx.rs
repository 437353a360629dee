//! The quote export as an Excel workbook: one sheet, one row per shareable quote, the same
//! columns as the CSV, with a frozen and filtered header, fitting columns, wrapped text and
//! the interview dates as real dates.
//!
//! Every cell is written as a string, number or date, never as a formula, so a quote that
//! starts with `=` stays text (the CSV needs a `'` for that). The workbook's creation time is
//! the given day, so the same map on the same day gives the same bytes.

use anyhow::{Result, anyhow};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use crate::citaten::{Export, Veld};
use crate::datum::Datum;

/// The widest a column gets from fitting, in characters; the quote text gets this width and
/// wraps.
const MAX_BREEDTE: f64 = 80.0;

/// The workbook as bytes.
pub fn werkmap(export: &Export, vandaag: Datum) -> Result<Vec<u8>> {
    schrijf(export, vandaag)
        .map_err(|f| anyhow!("Het Excel-bestand kon niet worden gemaakt ({f})."))
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

fn schrijf(export: &Export, vandaag: Datum) -> Result<Vec<u8>, XlsxError> {
    let mut boek = Workbook::new();
    boek.set_properties(
        &DocProperties::new()
            .set_title("Citaten")
            .set_author("visieleer")
            .set_creation_datetime(&excel_datum(vandaag)?),
    );
    let kop = Format::new()
        .set_bold()
        .set_background_color("EEF2F7")
        .set_align(FormatAlign::Top);
    let gewoon = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let datum = Format::new()
        .set_num_format("dd-mm-yyyy")
        .set_align(FormatAlign::Top)
        .set_align(FormatAlign::Left);
    let blad = boek.add_worksheet();
    blad.set_name("Citaten")?;
    for (k, naam) in export.kop.iter().enumerate() {
        blad.write_string_with_format(0, k as u16, naam, &kop)?;
    }
    for (r, rij) in export.rijen.iter().enumerate() {
        let r = r as u32 + 1;
        for (k, veld) in rij.iter().enumerate() {
            let k = k as u16;
            match veld {
                Veld::Tekst(t) => {
                    blad.write_string_with_format(r, k, t, &gewoon)?;
                }
                Veld::Getal(n) => {
                    blad.write_number_with_format(r, k, *n, &gewoon)?;
                }
                Veld::Datum(Some(d)) => {
                    blad.write_date_with_format(r, k, &excel_datum(*d)?, &datum)?;
                }
                Veld::Datum(None) => {}
            }
        }
    }
    let laatste_kolom = export.kop.len().saturating_sub(1) as u16;
    blad.set_freeze_panes(1, 0)?;
    blad.autofilter(0, 0, export.rijen.len() as u32, laatste_kolom)?;
    blad.set_autofit_max_width((MAX_BREEDTE * 7.0) as u32)
        .autofit();
    // The quote text is long by nature: it gets the widest column and wraps inside it.
    if export.kop.last().is_some_and(|k| k == "tekst") {
        blad.set_column_width(laatste_kolom, MAX_BREEDTE)?;
    }
    // The date column holds a date format, not text: fitting measures it too narrow.
    if let Some(k) = export.kop.iter().position(|k| k == "datum") {
        blad.set_column_width(k as u16, 11)?;
    }
    boek.save_to_buffer()
}

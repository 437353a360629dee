//! Tables for the terminal (comfy-table): as wide as the terminal or `COLUMNS`, and wrapped
//! between words only, never inside one.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

/// The width to wrap to: `COLUMNS` (from 40 on), else the terminal's; `None` when the output
/// goes to a file or pipe and nothing says how wide to be.
pub fn breedte(tabel: &Table) -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 40)
        .or_else(|| tabel.width())
}

/// A table with the house style, wrapping to [`breedte`]; fill it, then print it with
/// [`als_tekst`].
pub fn tabel<const N: usize>(kop: [&str; N]) -> Table {
    let mut tabel = Table::new();
    tabel
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(kop);
    if let Some(breedte) = breedte(&tabel) {
        tabel.set_width(breedte);
    }
    tabel
}

/// The table as text, wrapped between words only: every column gets at least the room of its
/// longest word (and its padding); a column with a constraint of its own keeps it. When the
/// words of all columns cannot fit side by side in the width, each row becomes a block of
/// `Kop: waarde` lines instead, wrapped to the width, so nothing is ever broken inside a word
/// and no line runs off the terminal.
pub fn als_tekst(mut tabel: Table) -> String {
    let aantal = tabel.column_count();
    let mut minimaal = Vec::with_capacity(aantal);
    for kolom in 0..aantal {
        let langste = tabel
            .column_cells_with_header_iter(kolom)
            .flatten()
            .flat_map(|cel| langste_woord(&cel.content()))
            .max()
            .unwrap_or(0);
        let breedte = u16::try_from(langste + 2).unwrap_or(u16::MAX);
        minimaal.push(breedte);
        if let Some(kolom) = tabel.column_mut(kolom)
            && kolom.constraint().is_none()
        {
            kolom.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(breedte)));
        }
    }
    let nodig: usize = minimaal.iter().map(|&b| usize::from(b)).sum::<usize>() + aantal + 1;
    match tabel.width() {
        Some(breedte) if nodig > usize::from(breedte) => als_blokken(&tabel, usize::from(breedte)),
        _ => tabel.to_string(),
    }
}

fn langste_woord(tekst: &str) -> Option<usize> {
    tekst.split_whitespace().map(|w| w.chars().count()).max()
}

/// Each row as a block of `Kop: waarde` lines, the values wrapped between words to `breedte`.
fn als_blokken(tabel: &Table, breedte: usize) -> String {
    let koppen: Vec<String> = tabel
        .header()
        .map(|r| r.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let mut uit = String::new();
    for (i, rij) in tabel.row_iter().enumerate() {
        if i > 0 {
            uit.push('\n');
        }
        for (k, cel) in rij.cell_iter().enumerate() {
            let waarde = cel.content();
            if waarde.trim().is_empty() {
                continue;
            }
            let kop = koppen.get(k).map(String::as_str).unwrap_or("");
            let mut regel = format!("{kop}:");
            for woord in waarde.split_whitespace() {
                let lengte = regel.chars().count();
                if lengte > 2 && lengte + 1 + woord.chars().count() > breedte {
                    uit.push_str(&regel);
                    uit.push('\n');
                    regel = format!("  {woord}");
                } else {
                    regel.push(' ');
                    regel.push_str(woord);
                }
            }
            uit.push_str(&regel);
            uit.push('\n');
        }
    }
    // Like the table: no line break after the last line.
    uit.pop();
    uit
}

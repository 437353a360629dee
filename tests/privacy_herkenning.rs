//! Issue 19, recognition and masking: names in every shape are no roles, every free-text field
//! is scanned and masked in every output, the new detail kinds are found, and the public VNG
//! sentences give no warning and lose no word.

use crate::common::Sessie;

/// The sentences of the public VNG sources (tests/fixtures/vng_zinnen.txt), one per line.
fn vng_zinnen() -> Vec<String> {
    include_str!("fixtures/vng_zinnen.txt")
        .lines()
        .filter(|r| !r.starts_with('#') && !r.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Every sentence of the sources through the library's recognition: nothing found, nothing
/// masked (1 700 binary calls would take minutes; the binary gets a sample below).
#[test]
fn de_vng_zinnen_geven_geen_vondst() {
    let mut fout = Vec::new();
    for zin in vng_zinnen() {
        let vondsten = visieleer::privacy::vondsten(&zin, &[]);
        if !vondsten.is_empty() || visieleer::privacy::maskeer(&zin, &[]) != zin {
            fout.push(format!("{zin}\n    {vondsten:?}"));
        }
    }
    assert!(
        fout.is_empty(),
        "{} zinnen:\n{}",
        fout.len(),
        fout.join("\n")
    );
}

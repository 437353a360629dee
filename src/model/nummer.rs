//! Numbers a traject hands out (interview, quote, insight, afspraak): one maximum and one
//! place that gives the next number.

/// The largest number (interview, quote, insight, afspraak) a traject file may hold. Real
/// trajecten stay far below it; a hand-edited 4294967295 would make the next number wrap.
pub const MAX_NUMMER: u32 = 999_999;

/// Whether a number is 0: not written (serde's `skip_serializing_if`).
pub fn is_nul(n: &u32) -> bool {
    *n == 0
}

/// The number after `hoogste`: the one place visieleer hands out a new number (interview,
/// quote, insight, afspraak). Refused, before anything is written, when it would pass
/// [`MAX_NUMMER`], the largest number a traject file may hold: the tool never
/// writes a file it would then refuse to read. Only a hand edit gets a traject there.
pub fn volgend_nummer(hoogste: u32, wat: &str) -> anyhow::Result<u32> {
    let max = MAX_NUMMER;
    match hoogste.checked_add(1) {
        Some(volgend) if volgend <= max => Ok(volgend),
        _ => anyhow::bail!(
            "Er kan geen {wat} meer bij: het hoogste nummer is al {hoogste} en visieleer geeft geen nummer boven {max}, het hoogste dat een trajectbestand mag hebben; staat dat nummer er door een handmatige wijziging, zet het dan terug (bijvoorbeeld met git), er is niets vastgelegd."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_NUMMER, volgend_nummer};

    #[test]
    fn volgend_nummer_blijft_binnen_het_maximum() {
        assert_eq!(volgend_nummer(0, "inzicht").unwrap(), 1);
        assert_eq!(
            volgend_nummer(MAX_NUMMER - 1, "inzicht").unwrap(),
            MAX_NUMMER
        );
        for hoogste in [MAX_NUMMER, MAX_NUMMER + 1, u32::MAX] {
            let fout = volgend_nummer(hoogste, "inzicht").unwrap_err().to_string();
            assert!(fout.starts_with("Er kan geen inzicht meer bij"), "{fout}");
        }
    }
}

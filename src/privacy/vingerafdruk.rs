//! Fingerprints of quote texts: what the map keeps of withdrawn or redacted words, instead of
//! the words themselves.
//!
//! After `intrekken` the map must still recognise the interview's notes, to refuse importing
//! them again, and after `citaat-wijzig --tekst` it must recognise the original wording in the
//! notes, to keep the redaction — also when someone changed a word, the spacing, the
//! punctuation or the case of the copy.
//!
//! A fingerprint is a b-bit MinHash sketch (Broder 1997; Li & König 2010) of the text's word
//! shingles: the text is normalised (lower case, letters and digits, one space between
//! words), its words and pairs of neighbouring words are hashed (FNV-1a, 64 bits), and for
//! each of [`SCHETS`] fixed hash functions the smallest hash is kept, of which only the lowest
//! eight bits are stored. Two texts agree in a position with the chance that their shingle sets
//! overlap (their Jaccard similarity), plus 1/256 by accident; [`gelijkenis`] estimates it
//! back. The sketch holds no word: each stored byte is shared by a 256th of all possible
//! shingles, so it tells whether a given text is like the withdrawn one, never what it said.
//! The hashes and seeds are fixed here (the sketches are stored) and are the same on every
//! platform and in every version; the standard library's hasher is neither.
//!
//! Older files hold 16 hexadecimal digits: the FNV-1a hash of the whole normalised text.
//! Those are still recognised, but only in an exact (normalised) copy.
//!
//! The false-match rate is measured by `meet_op_de_bronnen` below on the sentences of
//! `../shared/bronnen/` (see HANDLEIDING, "Privacy").

/// How many MinHash positions a sketch has; the sketch is twice as many hexadecimal digits.
pub const SCHETS: usize = 64;

/// From this estimated similarity on, a text counts as an edited copy of a fingerprinted one.
pub const DREMPEL: f64 = 0.35;

/// A text of fewer words than this is compared only as a whole: a short answer ("Ja, dat
/// klopt.") is said by many people and says too little to be recognised on its own.
pub const MIN_WOORDEN: usize = 4;

/// The fingerprint of a quote text: a sketch of [`SCHETS`] bytes as hexadecimal digits, or the
/// exact fingerprint of the empty text when it holds no word at all.
pub fn vingerafdruk(tekst: &str) -> String {
    match schets(tekst) {
        Some(s) => s.iter().map(|b| format!("{b:02x}")).collect(),
        None => exacte_vingerafdruk(tekst),
    }
}

/// The fingerprint older versions stored: the FNV-1a hash of the whole normalised text.
pub fn exacte_vingerafdruk(tekst: &str) -> String {
    format!("{:016x}", fnv1a64(normaal(tekst).as_bytes()))
}

/// The text as it is compared: lower case, letters and digits, one space between words. A
/// moderator who fixed a typo's capital or a comma still has the same quote.
pub fn normaal(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for woord in tekst
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !uit.is_empty() {
            uit.push(' ');
        }
        uit.extend(woord.chars().flat_map(char::to_lowercase));
    }
    uit
}

/// How many words the normalised text has.
pub fn woorden(tekst: &str) -> usize {
    tekst
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// The sketch of a text, or `None` for a text without words.
pub fn schets(tekst: &str) -> Option<[u8; SCHETS]> {
    let normaal = normaal(tekst);
    if normaal.is_empty() {
        return None;
    }
    let woorden: Vec<&str> = normaal.split(' ').collect();
    let mut kenmerken: Vec<u64> = woorden.iter().map(|w| fnv1a64(w.as_bytes())).collect();
    for paar in woorden.windows(2) {
        let mut bytes = Vec::with_capacity(paar[0].len() + paar[1].len() + 1);
        bytes.extend_from_slice(paar[0].as_bytes());
        bytes.push(b' ');
        bytes.extend_from_slice(paar[1].as_bytes());
        kenmerken.push(fnv1a64(&bytes));
    }
    kenmerken.sort_unstable();
    kenmerken.dedup();
    let mut uit = [0u8; SCHETS];
    for (i, plek) in uit.iter_mut().enumerate() {
        let zaad = ZADEN[i];
        let kleinste = kenmerken
            .iter()
            .map(|k| meng(k ^ zaad))
            .min()
            .unwrap_or(u64::MAX);
        *plek = (kleinste & 0xff) as u8;
    }
    Some(uit)
}

/// A stored fingerprint, read back.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Afdruk {
    Schets([u8; SCHETS]),
    /// Of an older version: recognises only an exact (normalised) copy.
    Exact(String),
}

impl Afdruk {
    /// Reads a stored fingerprint; `None` for anything that is none.
    pub fn lees(tekst: &str) -> Option<Afdruk> {
        let tekst = tekst.trim();
        if !tekst.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let tekst = tekst.to_ascii_lowercase();
        match tekst.len() {
            16 => Some(Afdruk::Exact(tekst)),
            n if n == 2 * SCHETS => {
                let mut s = [0u8; SCHETS];
                for (i, plek) in s.iter_mut().enumerate() {
                    *plek = u8::from_str_radix(&tekst[2 * i..2 * i + 2], 16).ok()?;
                }
                Some(Afdruk::Schets(s))
            }
            _ => None,
        }
    }

    /// Whether `tekst` (already sketched as `schets`, exact as `exact`) is this text or an
    /// edited copy of it.
    fn herkent(&self, schets: Option<&[u8; SCHETS]>, exact: &str) -> bool {
        match self {
            Afdruk::Exact(e) => e == exact,
            Afdruk::Schets(s) => schets.is_some_and(|t| gelijkenis(s, t) >= DREMPEL),
        }
    }
}

/// A text to compare with many fingerprints: sketched once.
pub struct Vergelijk {
    schets: Option<[u8; SCHETS]>,
    exact: String,
    pub woorden: usize,
}

impl Vergelijk {
    pub fn van(tekst: &str) -> Vergelijk {
        Vergelijk {
            schets: schets(tekst),
            exact: exacte_vingerafdruk(tekst),
            woorden: woorden(tekst),
        }
    }

    /// Whether this text is the fingerprinted one or an edited copy of it.
    pub fn lijkt_op(&self, afdruk: &Afdruk) -> bool {
        afdruk.herkent(self.schets.as_ref(), &self.exact)
    }

    /// Like [`Vergelijk::lijkt_op`] for a stored fingerprint as text.
    pub fn lijkt_op_tekst(&self, afdruk: &str) -> bool {
        Afdruk::lees(afdruk).is_some_and(|a| self.lijkt_op(&a))
    }
}

/// Every fingerprint a write must respect: the map's index (see
/// [`crate::bestand::afdrukken`]) and those in the traject being written, read back once.
#[derive(Clone, Debug, Default)]
pub struct Register {
    index: crate::bestand::afdrukken::Index,
    ingetrokken: Vec<Afdruk>,
    geredigeerd: Vec<Afdruk>,
}

impl Register {
    pub fn van(index: crate::bestand::afdrukken::Index) -> Register {
        let mut r = Register::default();
        for a in &index.ingetrokken {
            r.ingetrokken.extend(Afdruk::lees(a));
        }
        for a in &index.geredigeerd {
            r.geredigeerd.extend(Afdruk::lees(a));
        }
        r.index = index;
        r
    }

    /// The index as it should be written.
    pub fn index(&self) -> &crate::bestand::afdrukken::Index {
        &self.index
    }

    pub fn voeg_ingetrokken_toe(&mut self, afdruk: &str) {
        if self.index.ingetrokken.insert(afdruk.to_string()) {
            self.ingetrokken.extend(Afdruk::lees(afdruk));
        }
    }

    pub fn voeg_geredigeerd_toe(&mut self, afdruk: &str) {
        if self.index.geredigeerd.insert(afdruk.to_string()) {
            self.geredigeerd.extend(Afdruk::lees(afdruk));
        }
    }

    /// Adds what a traject holds itself: the fingerprints of its withdrawn interviews and the
    /// originals of its redacted quotes, also of those removed since.
    pub fn voeg_traject_toe(&mut self, t: &crate::model::traject::Traject) {
        // What a removal kept of withdrawn interviews and redacted quotes (`verwijder`).
        for a in &t.vingerafdrukken {
            self.voeg_ingetrokken_toe(a);
        }
        for a in &t.geredigeerd {
            self.voeg_geredigeerd_toe(a);
        }
        for interview in &t.interviews {
            for a in &interview.vingerafdrukken {
                self.voeg_ingetrokken_toe(a);
            }
            for c in &interview.citaten {
                if let Some(a) = &c.origineel {
                    self.voeg_geredigeerd_toe(a);
                }
            }
        }
    }

    /// Whether `tekst` is (an edited copy of) a withdrawn quote.
    pub fn is_ingetrokken(&self, tekst: &Vergelijk) -> bool {
        self.ingetrokken.iter().any(|a| tekst.lijkt_op(a))
    }

    /// Whether `tekst` is (an edited copy of) the original words of a redacted quote.
    pub fn is_geredigeerd(&self, tekst: &Vergelijk) -> bool {
        self.geredigeerd.iter().any(|a| tekst.lijkt_op(a))
    }

    /// Whether `tekst` holds exactly the original words of a redacted quote (ignoring case,
    /// spacing and punctuation).
    pub fn is_precies_geredigeerd(&self, tekst: &Vergelijk) -> bool {
        self.geredigeerd.iter().any(|a| match (a, &tekst.schets) {
            (Afdruk::Schets(s), Some(t)) => s == t,
            (Afdruk::Exact(e), _) => *e == tekst.exact,
            _ => false,
        })
    }
}

/// The estimated Jaccard similarity of the shingle sets of two sketched texts: the share of
/// equal positions, corrected for the 1/256 that agree by accident.
pub fn gelijkenis(a: &[u8; SCHETS], b: &[u8; SCHETS]) -> f64 {
    let gelijk = a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / SCHETS as f64;
    let toeval = 1.0 / 256.0;
    ((gelijk - toeval) / (1.0 - toeval)).max(0.0)
}

/// FNV-1a, 64 bits (http://www.isthe.com/chongo/tech/comp/fnv/).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The finaliser of SplitMix64 (Steele, Lea & Flood 2014): spreads every input bit over the
/// whole word, so `meng(k ^ zaad)` behaves as a separate hash function per seed.
fn meng(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The seeds of the hash functions: SplitMix64's sequence from 0, fixed forever.
const ZADEN: [u64; SCHETS] = {
    let mut zaden = [0u64; SCHETS];
    let mut toestand: u64 = 0;
    let mut i = 0;
    while i < SCHETS {
        toestand = toestand.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = toestand;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        zaden[i] = z ^ (z >> 31);
        i += 1;
    }
    zaden
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stabiel_en_ongevoelig_voor_opmaak() {
        // Known FNV-1a 64 values: these are stored in traject files and may never change.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
        // The sketch is stored too: this one may never change either.
        assert_eq!(
            &vingerafdruk("Ik wist niet, waar ik moest zijn!")[..16],
            "5cea46134731c257"
        );
        assert_eq!(
            vingerafdruk("Ik wist niet, waar ik moest zijn!"),
            vingerafdruk("ik wist niet waar  ik moest zijn")
        );
        assert_eq!(
            exacte_vingerafdruk("Ik wist niet, waar ik moest zijn!"),
            exacte_vingerafdruk("ik wist niet waar  ik moest zijn")
        );
        assert_eq!(vingerafdruk("x").len(), 2 * SCHETS);
        assert_eq!(vingerafdruk("…").len(), 16);
    }

    #[test]
    fn herkent_een_bewerkte_kopie_en_geen_andere_zin() {
        let origineel = "Ik wist echt niet bij welk loket ik moest zijn met mijn vraag.";
        let afdruk = Afdruk::lees(&vingerafdruk(origineel)).unwrap();
        for kopie in [
            origineel,
            "ik wist echt NIET bij welk loket ik moest zijn met mijn vraag",
            "Ik wist echt niet bij welk loket ik moest zijn met mijn probleem.",
            "Ik wist  niet bij welk loket ik moest zijn, met mijn vraag!",
        ] {
            assert!(Vergelijk::van(kopie).lijkt_op(&afdruk), "{kopie}");
        }
        for ander in [
            "De regels zijn nog van vorig jaar en niemand past ze aan.",
            "Wij werken in de wijk samen met de huisarts en de school.",
        ] {
            assert!(!Vergelijk::van(ander).lijkt_op(&afdruk), "{ander}");
        }
        // An old fingerprint recognises only the same words.
        let oud = Afdruk::lees(&exacte_vingerafdruk(origineel)).unwrap();
        assert!(Vergelijk::van(&origineel.to_uppercase()).lijkt_op(&oud));
        assert!(!Vergelijk::van("Ik wist echt niet bij welk loket ik moest zijn.").lijkt_op(&oud));
        assert!(Afdruk::lees("xyz").is_none() && Afdruk::lees("00aa").is_none());
    }

    /// A deterministic pseudo-random sequence (SplitMix64) for the measurement.
    struct Toeval(u64);
    impl Toeval {
        fn volgend(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            (meng(self.0) % n as u64) as usize
        }
    }

    /// One small edit of the kind a copy of notes gets: a word replaced by another word of the
    /// sources, a word dropped, spacing, punctuation or case changed.
    fn bewerk(zin: &str, soort: usize, toeval: &mut Toeval, woordenschat: &[&str]) -> String {
        let mut woorden: Vec<String> = zin.split_whitespace().map(str::to_string).collect();
        let i = toeval.volgend(woorden.len());
        match soort {
            0 => woorden[i] = woordenschat[toeval.volgend(woordenschat.len())].to_string(),
            1 => {
                woorden.remove(i);
            }
            2 => return woorden.join("   "),
            3 => return zin.replace([',', '.', ';', ':'], " ").replace("  ", " ") + "!",
            _ => return zin.to_uppercase(),
        }
        woorden.join(" ")
    }

    /// Measures both error rates on the sentences of the sources (`../shared/bronnen/*.txt`,
    /// or `VISIELEER_BRONNEN`): of every sentence of four words or more, edited copies (one of
    /// each kind of [`bewerk`]) that are not recognised, and pairs of different sentences that
    /// are. Prints the numbers for HANDLEIDING; fails when they pass the documented bounds.
    /// Without the sources (they lie beside the repository) it is skipped.
    #[test]
    fn meet_op_de_bronnen() {
        // The sources lie beside the repository, not in it: a fresh clone without them skips
        // this measurement, unless VISIELEER_BRONNEN names where they are.
        let gegeven = std::env::var("VISIELEER_BRONNEN").ok();
        let map = gegeven
            .clone()
            .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bronnen").into());
        let Ok(lijst) = std::fs::read_dir(&map) else {
            assert!(gegeven.is_none(), "de bronnen ontbreken in {map}");
            println!("vingerafdrukken: geen bronnen in {map}, niet gemeten");
            return;
        };
        let mut paden: Vec<_> = lijst
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paden.sort();
        let mut zinnen: Vec<String> = Vec::new();
        let mut gezien = std::collections::HashSet::new();
        for pad in paden {
            let tekst = std::fs::read_to_string(&pad).unwrap_or_default();
            // Sentences end at . ? ! or an empty line (a heading, a list item); a line break
            // inside a paragraph is no end.
            for zin in tekst
                .split("\n\n")
                .flat_map(|alinea| alinea.split(['.', '?', '!']))
            {
                let zin = zin.split_whitespace().collect::<Vec<_>>().join(" ");
                if woorden(&zin) >= MIN_WOORDEN && gezien.insert(normaal(&zin)) {
                    zinnen.push(zin);
                }
            }
        }
        assert!(zinnen.len() > 1000, "te weinig zinnen: {}", zinnen.len());
        let alle: String = zinnen.join(" ");
        let woordenschat: Vec<&str> = alle.split_whitespace().collect();
        let schetsen: Vec<[u8; SCHETS]> = zinnen.iter().filter_map(|z| schets(z)).collect();
        let mut toeval = Toeval(2024);
        let soorten = [
            "een woord vervangen",
            "een woord weg",
            "witruimte",
            "leestekens",
            "hoofdletters",
        ];
        let mut gemist = [0usize; 5];
        let mut gemist_kort = 0usize;
        let mut kort = 0usize;
        for (zin, s) in zinnen.iter().zip(&schetsen) {
            for (soort, mis) in gemist.iter_mut().enumerate() {
                let kopie = bewerk(zin, soort, &mut toeval, &woordenschat);
                let Some(k) = schets(&kopie) else { continue };
                let herkend = gelijkenis(s, &k) >= DREMPEL;
                if !herkend {
                    *mis += 1;
                }
                if soort < 2 && woorden(zin) < 8 {
                    kort += 1;
                    gemist_kort += usize::from(!herkend);
                }
            }
        }
        let mut paren = 0usize;
        let mut vals = 0usize;
        for i in 0..schetsen.len() {
            for j in i + 1..schetsen.len() {
                paren += 1;
                if gelijkenis(&schetsen[i], &schetsen[j]) >= DREMPEL {
                    vals += 1;
                }
            }
        }
        let n = zinnen.len();
        println!(
            "vingerafdrukken: {n} zinnen van {MIN_WOORDEN} woorden of meer, drempel {DREMPEL}"
        );
        for (soort, mis) in soorten.iter().zip(gemist) {
            println!(
                "  bewerkt ({soort}): {mis} van {n} niet herkend ({:.2}%)",
                100.0 * mis as f64 / n as f64
            );
        }
        println!(
            "  korte zinnen (4-7 woorden), woord vervangen of weg: {gemist_kort} van {kort} niet herkend ({:.2}%)",
            100.0 * gemist_kort as f64 / kort.max(1) as f64
        );
        println!(
            "  verschillende zinnen: {vals} van {paren} paren ten onrechte herkend ({:.4}%)",
            100.0 * vals as f64 / paren as f64
        );
        let totaal_gemist: usize = gemist.iter().sum();
        assert!(
            gemist[2] + gemist[3] + gemist[4] == 0,
            "opmaak mag nooit missen"
        );
        assert!(
            (totaal_gemist as f64) < 0.01 * (5 * n) as f64,
            "{totaal_gemist} gemist"
        );
        assert!(
            (vals as f64) < 0.0002 * paren as f64,
            "{vals} valse herkenningen"
        );
    }
}

//! Deterministic GUIDs for a REFI-QDA project: a UUID version 5 (RFC 9562, SHA-1 of a namespace
//! and a name), so the same traject, interview or quote gets the same GUID in every export and
//! a QDA program's codings can be matched back to it on import.

/// The namespace of visieleer's names (itself a UUID v5 of "visieleer" in the URL namespace).
const NAAMRUIMTE: [u8; 16] = [
    0x6b, 0x1f, 0x3c, 0x52, 0x9d, 0x0e, 0x5a, 0x41, 0x8c, 0x27, 0x4e, 0x90, 0x13, 0xd5, 0xa6, 0x7b,
];

/// The GUID of `naam`, like `9f0c…-…`, in upper case as QDA programs write them.
pub fn guid(naam: &str) -> String {
    let mut invoer = NAAMRUIMTE.to_vec();
    invoer.extend_from_slice(naam.as_bytes());
    let hash = sha1(&invoer);
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    // Written digit by digit: an export asks a GUID per quote and per coding, and formatting
    // each byte took a quarter of the time of `qdpx`.
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut uit = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            uit.push('-');
        }
        uit.push(char::from(HEX[usize::from(x >> 4)]));
        uit.push(char::from(HEX[usize::from(x & 0x0f)]));
    }
    uit
}

/// A GUID as QDA programs may write it (`{…}`, lower case) in the form [`guid`] gives.
pub fn normaliseer(guid: &str) -> String {
    guid.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .to_ascii_uppercase()
}

/// SHA-1 (FIPS 180-4). Used only to derive names, not for security.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut bericht = data.to_vec();
    let lengte = (data.len() as u64).wrapping_mul(8);
    bericht.push(0x80);
    while bericht.len() % 64 != 56 {
        bericht.push(0);
    }
    bericht.extend_from_slice(&lengte.to_be_bytes());
    for blok in bericht.chunks(64) {
        let mut w = [0u32; 80];
        for (i, woord) in blok.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([woord[0], woord[1], woord[2], woord[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut uit = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        uit[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha1_klopt_met_de_standaardvectoren() {
        assert_eq!(
            hex(&sha1(b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(hex(&sha1(b"")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(
            hex(&sha1(
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            )),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        );
    }

    #[test]
    fn guid_is_vast_en_versie_5() {
        let a = guid("citaat:hoorn:2.3");
        // As Python's uuid.uuid5 gives it for the same namespace and name.
        assert_eq!(a, "281F5A0B-593F-5B55-AECA-63FD786352E4");
        assert_eq!(a, guid("citaat:hoorn:2.3"));
        assert_ne!(a, guid("citaat:hoorn:2.4"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "5");
        assert!(matches!(&a[19..20], "8" | "9" | "A" | "B"));
        assert_eq!(normaliseer(&format!("{{{}}}", a.to_lowercase())), a);
    }
}

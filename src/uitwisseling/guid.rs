//! Deterministic GUIDs for a REFI-QDA project: a UUID version 5 (RFC 9562, SHA-1 of a namespace
//! and a name), so the same traject, interview or quote gets the same GUID in every export and
//! a QDA program's codings can be matched back to it on import.

/// The namespace of visieleer's names: a fixed UUID chosen once for visieleer (with the
/// version 5 and RFC variant bits set), not derived from any name. It may never change: the
/// GUIDs of every export, and matching a QDA program's codings back on import, depend on it.
const NAAMRUIMTE: uuid::Uuid = uuid::Uuid::from_bytes([
    0x6b, 0x1f, 0x3c, 0x52, 0x9d, 0x0e, 0x5a, 0x41, 0x8c, 0x27, 0x4e, 0x90, 0x13, 0xd5, 0xa6, 0x7b,
]);

/// The GUID of `naam`, like `9F0C…-…`, in upper case as QDA programs write them.
pub fn guid(naam: &str) -> String {
    let mut uit = uuid::Uuid::encode_buffer();
    uuid::Uuid::new_v5(&NAAMRUIMTE, naam.as_bytes())
        .hyphenated()
        .encode_upper(&mut uit)
        .to_string()
}

/// A GUID as QDA programs may write it (`{…}`, lower case) in the form [`guid`] gives.
pub fn normaliseer(guid: &str) -> String {
    guid.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// GUIDs computed by the hand-written SHA-1 and UUID code this module had before it used
    /// the `uuid` crate (cross-checked with Python's `uuid.uuid5`): a QDA program's codings
    /// are matched back on import by GUID, so these may never change.
    #[test]
    fn guids_blijven_dezelfde_als_voor_de_uuid_crate() {
        for (naam, verwacht) in [
            ("citaat:hoorn:2.3", "281F5A0B-593F-5B55-AECA-63FD786352E4"),
            ("bron:zeewijk:1", "7DF004ED-8087-53AB-A732-39611E6470B6"),
            ("code:rust-regie", "54265E01-0ED9-56FF-A2FF-051766D00599"),
            ("groep:thema", "77910C1B-0163-5EB1-949E-D468731E7971"),
            (
                "codering:hoorn:1.1:één-loket",
                "3A5BF9C0-0442-5EA4-AE45-1DA51408BFBA",
            ),
            ("case:hoorn:2:1", "7F631AE0-F407-59A4-9715-0D2D187B0226"),
            (
                "variabele:perspectief",
                "8E098558-72C7-5304-8ECF-CAB814F429BF",
            ),
            ("", "64203691-8705-5D2C-848D-299F8DC14B0D"),
            (&"x".repeat(200), "2DF9E871-D7C4-591B-84B9-D283E23E08AF"),
        ] {
            assert_eq!(guid(naam), verwacht, "{naam}");
        }
    }

    #[test]
    fn guid_is_vast_en_versie_5() {
        let a = guid("citaat:hoorn:2.3");
        assert_eq!(a, guid("citaat:hoorn:2.3"));
        assert_ne!(a, guid("citaat:hoorn:2.4"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "5");
        assert!(matches!(&a[19..20], "8" | "9" | "A" | "B"));
        assert_eq!(normaliseer(&format!("{{{}}}", a.to_lowercase())), a);
    }
}

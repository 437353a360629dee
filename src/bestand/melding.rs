//! The file's mistakes in Dutch: what the parser and the data reader say, as one sentence
//! with the line and column, never quoting the file's content (it may be another file behind
//! a mistake, or hold what must not be shown).

use super::gebeurtenis::{Parserfout, Plek};
use super::ligging::Ligging;
use super::wachter::{MAX_NESTING, Weigering};

/// "regel N, kolom K", or only "regel N" when the column would mislead (a character written
/// as an escape stands somewhere in the value that begins there).
pub fn plek(plek: Plek, met_kolom: bool) -> String {
    if met_kolom {
        format!("regel {}, kolom {}", plek.regel, plek.kolom)
    } else {
        format!("regel {}", plek.regel)
    }
}

/// A refusal of the guards as a sentence, with its line (the subject of the text, such as
/// "het bestand" or "de front matter", comes from the caller's `wat`).
pub fn weigering(w: &Weigering, tekst: &str, wat: &str) -> String {
    match w {
        Weigering::Verwijzing(p) => format!(
            "regel {}: een YAML-verwijzing (&anker of *alias) in {wat}; zo schrijft visieleer nooit en verwijzingen kunnen een bestand onbeperkt laten uitdijen. Schrijf de waarde voluit of zet tekst die met & of * begint tussen aanhalingstekens.",
            p.regel
        ),
        Weigering::TeDiep(p) => format!(
            "regel {}: meer dan {MAX_NESTING} lijsten, groepen of haakjes [ of {{ in elkaar in {wat}; zo schrijft visieleer nooit, herstel het bestand (bijvoorbeeld met git).",
            p.regel
        ),
        Weigering::Syntax(f) => syntaxfout(f, tekst),
    }
}

/// The parser's own problem in Dutch, at its line and column.
pub fn syntaxfout(f: &Parserfout, tekst: &str) -> String {
    let probleem = f.probleem.as_str();
    // Problems found while decoding the bytes come with an offset, not a line.
    let plek = if f.plek.regel == 1 && f.plek.kolom == 1 && f.byte > 0 {
        let bytes = tekst.as_bytes();
        let byte = f.byte.min(bytes.len());
        let regel = super::wachter::regel_van_byte(bytes, byte);
        let begin = memchr::memrchr(b'\n', &bytes[..byte]).map_or(0, |n| n + 1);
        let kolom = String::from_utf8_lossy(&bytes[begin..byte]).chars().count() + 1;
        (regel, kolom)
    } else {
        (f.plek.regel, f.plek.kolom)
    };
    let uitleg = if probleem.contains("control characters") || probleem.contains("invalid Unicode")
    {
        let teken = tekst
            .get(f.byte.min(tekst.len())..)
            .and_then(|r| r.chars().next());
        match teken {
            Some(c) if crate::model::teken::is_stuurteken(c) => format!(
                "een onzichtbaar stuurteken ({}); haal het weg in een teksteditor",
                crate::model::teken::naam(c)
            ),
            _ => "een onzichtbaar stuurteken; haal het weg in een teksteditor".to_string(),
        }
    } else {
        format!("geen geldige YAML: {}", yaml_uitleg(probleem))
    };
    format!("regel {}, kolom {}: {uitleg}", plek.0, plek.1)
}

/// A data error of the YAML reader (a missing or unknown field, a value of the wrong kind) as
/// a Dutch sentence, placed on its line: where the reader gives no place, the field's path in
/// its message is looked up in the file.
pub fn datafout(fout: &serde_yaml::Error, tekst: &str) -> String {
    let bericht = fout.to_string();
    let kern = bericht.split(" at line ").next().unwrap_or(&bericht);
    let uitleg = vertaal(kern);
    let mut plek = fout.location().map(|p| (p.line(), p.column()));
    if matches!(plek, None | Some((1, 1))) && !tekst.is_empty() {
        let pad = match kern.split_once(": ") {
            Some((pad, _)) if !pad.contains(' ') => pad,
            _ => "",
        };
        let ligging = Ligging::van(tekst);
        let mut kolom = 1;
        let regel = if kern.contains("duplicate field") || kern.contains("duplicate entry") {
            tussen_backticks(kern).and_then(|veld| {
                let volledig = if pad.is_empty() {
                    veld.to_string()
                } else {
                    format!("{pad}.{veld}")
                };
                ligging.regels(&volledig).get(1).copied()
            })
        } else if let Some(r) = (!pad.is_empty()).then(|| ligging.regel(pad)).flatten() {
            Some(r)
        } else {
            // No field named: the value the message quotes (never shown) is looked up instead.
            tussen_quotes(kern)
                .and_then(|w| ligging.waarde(w))
                .map(|(r, k)| {
                    kolom = k;
                    r
                })
        };
        if let Some(r) = regel {
            plek = Some((r, kolom));
        }
    }
    match plek {
        Some((regel, kolom)) => format!("regel {regel}, kolom {kolom}: {uitleg}"),
        None => uitleg,
    }
}

fn tussen_quotes(tekst: &str) -> Option<&str> {
    let begin = tekst.find('\'')? + 1;
    let eind = begin + tekst[begin..].find('\'')?;
    Some(&tekst[begin..eind]).filter(|w| !w.is_empty())
}

fn tussen_backticks(tekst: &str) -> Option<&str> {
    let begin = tekst.find('`')? + 1;
    let eind = begin + tekst[begin..].find('`')?;
    Some(&tekst[begin..eind])
}

fn vertaal(kern: &str) -> String {
    let naam = tussen_backticks(kern).unwrap_or("?");
    // serde_yaml prefixes the path of the field (`tijdlijn.werving: …`) when it knows it.
    let (veld, rest) = match kern.split_once(": ") {
        Some((veld, rest)) if !veld.contains(' ') => (veld, rest),
        _ => ("", kern),
    };
    let in_veld = if veld.is_empty() {
        String::new()
    } else {
        format!(" in '{veld}'")
    };
    if rest.contains("unknown field") {
        format!("onbekend veld '{naam}'{in_veld}; controleer de spelling of verwijder het veld")
    } else if rest.contains("missing field") {
        format!("het veld '{naam}' ontbreekt{in_veld}; vul het aan")
    } else if rest.contains("unknown variant") {
        // The value itself is the file's content; the message names only where it stands.
        format!("onbekende waarde{in_veld}; controleer de spelling")
    } else if rest.contains("duplicate field") || rest.contains("duplicate entry") {
        format!("het veld '{naam}' staat er twee keer{in_veld}; laat er één over")
    } else if let Some(uitleg) = soortfout(rest, veld) {
        uitleg
    } else if rest.contains(crate::model::toestemming::ONGELDIG) {
        format!(
            "een toestemming die visieleer niet kent{in_veld}; schrijf {}, of per rol van het duo 'rol: gebruiken' (elke rol één keer)",
            crate::model::toestemming::UITLEG
        )
    } else if rest.contains("ongeldige geplande datum") {
        format!(
            "een ongeldige datum{in_veld} (verwacht een dag als JJJJ-MM-DD, of voor iets geplands een maand als JJJJ-MM of een jaar als JJJJ)"
        )
    } else if rest.contains("maand die niet bestaat") {
        format!(
            "een maand die niet bestaat{in_veld} (verwacht JJJJ-MM, met een maand van 01 tot 12)"
        )
    } else if rest.contains("ongeldige datum") {
        format!("een ongeldige datum{in_veld} (verwacht JJJJ-MM-DD)")
    } else if rest.contains("datum die niet bestaat") {
        format!("een datum die niet bestaat{in_veld} (verwacht JJJJ-MM-DD)")
    } else if rest.contains("einde_bestand") {
        format!("{rest}{in_veld}")
    } else {
        format!("geen geldige YAML: {}", yaml_uitleg(kern))
    }
}

/// serde's "invalid type: string \"een\", expected u32" (and its kin) in Dutch.
fn soortfout(rest: &str, veld: &str) -> Option<String> {
    let onderwerp = if veld.is_empty() {
        "een waarde".to_string()
    } else {
        format!("'{veld}'")
    };
    let (gevonden, verwacht) = if let Some(r) = rest.strip_prefix("invalid type: ") {
        r.split_once(", expected ")?
    } else if let Some(r) = rest.strip_prefix("invalid value: ") {
        r.split_once(", expected ")?
    } else if let Some(r) = rest.strip_prefix("invalid length ") {
        let (aantal, verwacht) = r.split_once(", expected ")?;
        return Some(format!(
            "{onderwerp} heeft {aantal} waarden, maar moet {} zijn",
            verwachting(verwacht)
        ));
    } else {
        return None;
    };
    Some(format!(
        "{onderwerp} is {}, maar moet {} zijn",
        gevonden_tekst(gevonden),
        verwachting(verwacht)
    ))
}

/// What kind of value was found, never the value itself: a message quotes no file content
/// (the file may be another one behind a mistake, or hold what must not be shown).
fn gevonden_tekst(gevonden: &str) -> String {
    if gevonden.starts_with("string ") {
        "een tekst".to_string()
    } else if gevonden.starts_with("integer ") || gevonden.starts_with("floating point ") {
        "een getal".to_string()
    } else if gevonden.starts_with("boolean ") {
        "true of false".to_string()
    } else if gevonden.starts_with("char ") {
        "één teken".to_string()
    } else {
        match gevonden {
            "unit value" | "null" => "een lege waarde".to_string(),
            "sequence" => "een lijst".to_string(),
            "map" => "een groep velden".to_string(),
            _ => "een waarde van een andere soort".to_string(),
        }
    }
}

fn verwachting(verwacht: &str) -> &'static str {
    let verwacht = verwacht.trim();
    if matches!(
        verwacht,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
    ) || verwacht.contains("integer")
    {
        "een heel getal"
    } else if verwacht.contains("sequence") || verwacht.contains("tuple") {
        "een lijst (regels die met '- ' beginnen)"
    } else if verwacht.contains("string") || verwacht == "a character" {
        "een tekst"
    } else if verwacht.contains("boolean") {
        "true of false"
    } else if verwacht.starts_with("struct") || verwacht.contains("map") {
        "een groep velden (naam: waarde, ingesprongen)"
    } else if verwacht.contains("datum") || verwacht.contains("date") {
        "een datum als 2024-03-12"
    } else if verwacht.contains("enum") || verwacht.starts_with("one of") {
        "een van de bekende waarden"
    } else {
        "een waarde van een andere soort"
    }
}

/// The parser's own words in Dutch, for the mistakes people make by hand.
fn yaml_uitleg(kern: &str) -> &'static str {
    let kern = kern.to_lowercase();
    if kern.contains("tab") {
        "er staat een tab in de inspringing; spring in met spaties"
    } else if kern.contains("did not find expected") || kern.contains("unexpected end") {
        "een haakje, aanhalingsteken of komma ontbreekt; controleer of elke [ een ] heeft en elke ' of \" een tweede"
    } else if kern.contains("mapping values are not allowed") {
        "een dubbele punt op een plek waar hij niet mag; zet tekst met een dubbele punt tussen aanhalingstekens"
    } else if kern.contains("recursion limit") {
        "de gegevens staan te diep in elkaar; zo schrijft visieleer nooit"
    } else if kern.contains("alias") || kern.contains("anchor") {
        "verwijzingen met & en * worden niet ondersteund; schrijf de waarde voluit"
    } else if kern.contains("control character") || kern.contains("invalid character") {
        "er staat een onzichtbaar stuurteken in het bestand; verwijder het"
    } else {
        "controleer inspringing, dubbele punten en aanhalingstekens"
    }
}

//! The front matter of a notes template (`notities --sjabloon`): YAML text visieleer writes for
//! a moderator to fill in, with Dutch comments saying how. Every value goes through the YAML
//! emitter (a moderator's name with a colon or quote is quoted), so what `notities` reads back
//! is exactly what was planned.

use anyhow::{Context, Result};
use serde_yaml::{Mapping, Value};

use crate::model::datum::Datum;
use crate::model::interview::Deelnemer;

/// What the template's front matter holds, and the comments above its fields.
pub struct Notitiekop<'a> {
    /// The lines of the comment that opens the front matter.
    pub uitleg: &'a [String],
    pub interview: u32,
    /// The day, when the plan names one; otherwise `datum:` stays empty under `datum_uitleg`.
    pub datum: Option<Datum>,
    pub datum_uitleg: &'a [String],
    pub moderator: Option<&'a str>,
    /// The gemeente of a regional traject the interview is planned in.
    pub gemeente: Option<&'a str>,
    /// Above the empty `toestemming:`: how to fill it in.
    pub toestemming_uitleg: &'a [String],
    pub duo: &'a [Deelnemer],
}

/// `# regel` for each line.
fn commentaar(regels: &[String]) -> String {
    regels
        .iter()
        .map(|r| {
            if r.is_empty() {
                "#\n".to_string()
            } else {
                format!("# {r}\n")
            }
        })
        .collect()
}

/// One field as the emitter writes it.
fn veld(sleutel: &str, waarde: Value) -> Result<String> {
    let mut m = Mapping::new();
    m.insert(Value::String(sleutel.to_string()), waarde);
    serde_yaml::to_string(&m).context("De front matter kon niet als YAML worden geschreven.")
}

/// The front matter, between its two `---` lines.
pub fn notitiekop(kop: &Notitiekop) -> Result<String> {
    let mut uit = String::from("---\n");
    uit.push_str(&commentaar(kop.uitleg));
    uit.push_str(&veld("interview", Value::Number(kop.interview.into()))?);
    uit.push_str(&commentaar(kop.datum_uitleg));
    match kop.datum {
        Some(d) => uit.push_str(&veld("datum", Value::String(d.to_string()))?),
        None => uit.push_str("datum:\n"),
    }
    if let Some(m) = kop.moderator {
        uit.push_str(&veld("moderator", Value::String(m.to_string()))?);
    }
    if let Some(g) = kop.gemeente {
        uit.push_str(&veld("gemeente", Value::String(g.to_string()))?);
    }
    uit.push_str(&commentaar(kop.toestemming_uitleg));
    uit.push_str("toestemming:\n");
    let duo = kop
        .duo
        .iter()
        .map(|d| {
            let mut m = Mapping::new();
            m.insert("rol".into(), Value::String(d.rol.clone()));
            m.insert(
                "perspectief".into(),
                Value::String(d.perspectief.naam().to_string()),
            );
            Value::Mapping(m)
        })
        .collect();
    uit.push_str(&veld("duo", Value::Sequence(duo))?);
    uit.push_str("---\n");
    Ok(uit)
}

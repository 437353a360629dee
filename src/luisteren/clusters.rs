//! Closing the loop of the ontwerpsessie: the clusters participants made of the quote cards,
//! typed into a CSV (`kaartje,cluster`), become insights of the synthesis step reflectie with
//! their cards as supporting quotes.

use crate::model::datum::Datum;
use crate::model::interview::CitaatId;
use crate::model::synthese::{Inzicht, Stap};
use crate::model::traject::Traject;

/// One cluster: its name and its cards, in the order of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub naam: String,
    pub kaartjes: Vec<CitaatId>,
}

/// Splits one line of the clusters file into its fields. The `csv` crate's reader (its core,
/// field by field, so the text of each field in the line is known) does the quoting; around it
/// stand the forgiving and the strict rules this file always had: spaces before an opening
/// quote are skipped, and a quote the crate would read leniently (inside a field, text after
/// the closing quote, never closed) is an error, so a typo never becomes a cluster name.
fn velden(lezer: &mut csv_core::Reader, regel: &str) -> Result<Vec<String>, String> {
    lezer.reset();
    // A line end after the line: the end of the record, or, inside a quote never closed, text.
    let invoer = format!("{regel}\n");
    let mut uit = vec![0; invoer.len()];
    let mut velden = Vec::new();
    let mut plek = 0;
    loop {
        let rest = &invoer[plek..];
        let na_spaties = rest.trim_start();
        if na_spaties.starts_with('"') {
            plek += rest.len() - na_spaties.len();
        }
        let (uitkomst, gelezen, geschreven) =
            lezer.read_field(&invoer.as_bytes()[plek..], &mut uit);
        let csv_core::ReadFieldResult::Field { record_end } = uitkomst else {
            return Err("een aanhalingsteken dat niet wordt gesloten".into());
        };
        // The field as written, without the separator or line end after it.
        controleer_aanhalingstekens(&invoer[plek..plek + gelezen - 1])?;
        velden.push(String::from_utf8_lossy(&uit[..geschreven]).into_owned());
        plek += gelezen;
        if record_end {
            return Ok(velden);
        }
    }
}

/// A field as written is plain text without `"`, or starts with `"` and ends with one (spaces
/// after it aside) with every `"` between them doubled.
fn controleer_aanhalingstekens(veld: &str) -> Result<(), String> {
    match veld.strip_prefix('"') {
        None if veld.contains('"') => Err("een aanhalingsteken midden in een veld".into()),
        None => Ok(()),
        Some(na) => match na.trim_end().strip_suffix('"') {
            Some(binnen) if !binnen.replace("\"\"", "").contains('"') => Ok(()),
            _ => Err("tekst na het afsluitende aanhalingsteken".into()),
        },
    }
}

/// Reads the CSV against a traject. Every problem is reported with its line number; the
/// result is all clusters or all problems.
pub fn lees(inhoud: &str, t: &Traject) -> Result<Vec<Cluster>, Vec<String>> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut fouten = Vec::new();
    let inhoud = inhoud.strip_prefix('\u{feff}').unwrap_or(inhoud);
    // Dutch spreadsheets save CSV with semicolons; the first line tells which one is used.
    let eerste = inhoud.lines().find(|r| !r.trim().is_empty()).unwrap_or("");
    let scheiding = if eerste.contains(';') && !eerste.contains(',') {
        ';'
    } else {
        ','
    };
    let mut lezer = csv_core::ReaderBuilder::new()
        .delimiter(scheiding as u8)
        .terminator(csv_core::Terminator::Any(b'\n'))
        .build();
    // Every lookup by name or id through a map, so a file of many rows stays linear.
    let mut per_naam: std::collections::HashMap<String, usize> = Default::default();
    let mut gezien: std::collections::HashSet<(usize, CitaatId)> = Default::default();
    let kaartjes: std::collections::HashMap<CitaatId, bool> = t
        .citaten()
        .map(|(id, i, c)| {
            (
                id,
                crate::model::traject::mag_gedeeld(
                    i,
                    c,
                    crate::model::interview::Gebruik::Kaartjes,
                ),
            )
        })
        .collect();
    for (index, regel) in inhoud.lines().enumerate() {
        let nr = index + 1;
        let regel = regel.trim();
        if regel.is_empty() {
            continue;
        }
        let velden = match velden(&mut lezer, regel) {
            Ok(v) => v,
            Err(f) => {
                fouten.push(format!("regel {nr}: {f}"));
                continue;
            }
        };
        if velden.len() != 2 {
            fouten.push(format!(
                "regel {nr}: verwacht twee velden (kaartje{scheiding}cluster), gevonden {}",
                velden.len()
            ));
            continue;
        }
        let (kaartje, naam) = (velden[0].trim(), velden[1].trim());
        if nr == 1
            && kaartje.eq_ignore_ascii_case("kaartje")
            && naam.eq_ignore_ascii_case("cluster")
        {
            continue;
        }
        let id = match kaartje.parse::<CitaatId>() {
            Ok(id) => id,
            Err(f) => {
                fouten.push(format!("regel {nr}: {f}"));
                continue;
            }
        };
        match kaartjes.get(&id) {
            None => {
                fouten.push(format!(
                    "regel {nr}: kaartje {id} bestaat niet in traject '{}'",
                    t.slug
                ));
                continue;
            }
            Some(false) => {
                fouten.push(format!(
                    "regel {nr}: kaartje {id} komt uit een duo-interview zonder toestemming en kan geen kaartje zijn"
                ));
                continue;
            }
            Some(_) => {}
        }
        if naam.is_empty() {
            fouten.push(format!("regel {nr}: de clusternaam is leeg"));
            continue;
        }
        if naam.chars().count() > 200 || naam.chars().any(char::is_control) {
            fouten.push(format!(
                "regel {nr}: de clusternaam moet een korte naam op één regel zijn"
            ));
            continue;
        }
        let index = *per_naam.entry(naam.to_string()).or_insert_with(|| {
            clusters.push(Cluster {
                naam: naam.to_string(),
                kaartjes: Vec::new(),
            });
            clusters.len() - 1
        });
        if gezien.insert((index, id)) {
            clusters[index].kaartjes.push(id);
        }
    }
    if fouten.is_empty() {
        Ok(clusters)
    } else {
        Err(fouten)
    }
}

/// What an import changed.
#[derive(Debug, Default, PartialEq)]
pub struct Uitkomst {
    pub nieuw: Vec<u32>,
    pub aangevuld: Vec<u32>,
}

/// Records each cluster as an insight of the step reflectie. A cluster that is already there
/// (same name) only gains the cards it lacks, so importing the same file twice changes nothing.
/// New insights carry `datum`, the day of the clustering; they keep the order of the synthesis
/// (see [`crate::methode::synthesevolgorde`]).
pub fn neem_op(t: &mut Traject, clusters: &[Cluster], datum: Datum) -> anyhow::Result<Uitkomst> {
    let mut uitkomst = Uitkomst::default();
    // The insight of each cluster name, found once; a lookup per cluster would be quadratic.
    let mut per_naam: std::collections::HashMap<String, usize> = t
        .synthese
        .iter()
        .enumerate()
        .filter(|(_, i)| i.stap == Stap::Reflectie)
        .map(|(n, i)| (i.tekst.clone(), n))
        .rev()
        .collect();
    let mut hoogste = t.synthese.iter().map(|i| i.nr).max().unwrap_or(0);
    for cluster in clusters {
        let ids: Vec<String> = cluster.kaartjes.iter().map(|id| id.to_string()).collect();
        match per_naam.get(&cluster.naam) {
            Some(&n) => {
                let inzicht = &mut t.synthese[n];
                let al: std::collections::HashSet<&String> = inzicht.citaten.iter().collect();
                let ontbrekend: Vec<String> =
                    ids.into_iter().filter(|id| !al.contains(id)).collect();
                if !ontbrekend.is_empty() {
                    inzicht.citaten.extend(ontbrekend);
                    uitkomst.aangevuld.push(inzicht.nr);
                }
            }
            None => {
                crate::methode::synthesevolgorde::mag(t, Stap::Reflectie, datum)
                    .map_err(|f| anyhow::anyhow!("{f}"))?;
                per_naam.insert(cluster.naam.clone(), t.synthese.len());
                let nr = crate::model::traject::volgend_nummer(hoogste, "inzicht")?;
                hoogste = nr;
                t.synthese.push(Inzicht {
                    nr,
                    stap: Stap::Reflectie,
                    soort: None,
                    tekst: cluster.naam.clone(),
                    citaten: ids,
                    datum: Some(datum),
                });
                uitkomst.nieuw.push(nr);
            }
        }
    }
    Ok(uitkomst)
}

#[cfg(test)]
mod tests {
    use super::controleer_aanhalingstekens;

    /// The fields of `regel` as [`super::velden`] splits it.
    fn velden(regel: &str, scheiding: u8) -> Result<Vec<String>, String> {
        let mut lezer = csv_core::ReaderBuilder::new()
            .delimiter(scheiding)
            .terminator(csv_core::Terminator::Any(b'\n'))
            .build();
        super::velden(&mut lezer, regel)
    }

    #[test]
    fn leest_csv_velden() {
        assert_eq!(velden("1.2,Eén deur", b',').unwrap(), ["1.2", "Eén deur"]);
        assert_eq!(
            velden("1.2,\"Rust, regie\"", b',').unwrap(),
            ["1.2", "Rust, regie"]
        );
        assert_eq!(
            velden("1.2,\"Een \"\"loket\"\"\"", b',').unwrap(),
            ["1.2", "Een \"loket\""]
        );
        assert!(velden("1.2,\"open", b',').is_err());
        assert!(velden("1.2,ab\"c", b',').is_err());
        assert_eq!(velden("1.2;Eén deur", b';').unwrap(), ["1.2", "Eén deur"]);
    }

    /// The hand-written reader the `csv` crate replaced, as it was: the reference below.
    fn oude_velden(regel: &str, scheiding: char) -> Result<Vec<String>, String> {
        let mut velden = Vec::new();
        let mut veld = String::new();
        let mut tekens = regel.chars().peekable();
        let mut tussen_aanhalingstekens = false;
        let mut was_geciteerd = false;
        while let Some(c) = tekens.next() {
            if tussen_aanhalingstekens {
                match c {
                    '"' if tekens.peek() == Some(&'"') => {
                        tekens.next();
                        veld.push('"');
                    }
                    '"' => tussen_aanhalingstekens = false,
                    c => veld.push(c),
                }
            } else {
                match c {
                    '"' if veld.trim().is_empty() && !was_geciteerd => {
                        veld.clear();
                        tussen_aanhalingstekens = true;
                        was_geciteerd = true;
                    }
                    '"' => return Err("een aanhalingsteken midden in een veld".into()),
                    c if c == scheiding => {
                        velden.push(std::mem::take(&mut veld));
                        was_geciteerd = false;
                    }
                    c if was_geciteerd && !c.is_whitespace() => {
                        return Err("tekst na het afsluitende aanhalingsteken".into());
                    }
                    c => veld.push(c),
                }
            }
        }
        if tussen_aanhalingstekens {
            return Err("een aanhalingsteken dat niet wordt gesloten".into());
        }
        velden.push(veld);
        Ok(velden)
    }

    #[test]
    fn leest_als_de_oude_lezer_op_lastige_regels() {
        for regel in [
            "1.1,Eén voordeur",
            "1.1, \"Rust, regie\"",
            "1.1,\t\"Rust, regie\"  ",
            "\"1.1\" , \"a\"\"b\"",
            "1.1,\"\"",
            "1.1,",
            ",",
            "1.1,\"a\"b",
            "1.1,a\"b",
            "1.1,\"open",
            "1.1,\"a\"\"",
            "1.1,\"a,b\",c",
            "1.1,\"a\"\"\"b\"",
            "1.1,\"twee\"\"\"",
            "1.1,\"é; ü\"",
        ] {
            assert_eq!(velden(regel, b','), oude_velden(regel, ','), "{regel:?}");
        }
        // A second quote after a closed one: the old reader called it a quote inside a field.
        assert_eq!(
            velden("1.1,\"a\" \"", b','),
            Err("tekst na het afsluitende aanhalingsteken".into())
        );
        assert!(oude_velden("1.1,\"a\" \"", ',').is_err());
    }

    proptest::proptest! {
        /// Every line of these characters (trimmed and not empty, as [`super::lees`] gives
        /// them) splits as the old reader split it: the same fields, or an error (its wording
        /// may differ where one broken quote could be named two ways).
        #[test]
        fn splitst_als_de_oude_lezer(regel in "[a, ;\"\té]{0,12}", puntkomma in proptest::bool::ANY) {
            let regel = regel.trim();
            if regel.is_empty() {
                return Ok(());
            }
            let scheiding = if puntkomma { ';' } else { ',' };
            let oud = oude_velden(regel, scheiding);
            let nieuw = velden(regel, scheiding as u8);
            match oud {
                Ok(v) => proptest::prop_assert_eq!(nieuw, Ok(v)),
                Err(_) => proptest::prop_assert!(nieuw.is_err(), "{:?}", nieuw),
            }
        }
    }

    #[test]
    fn aanhalingstekens_op_hun_plaats() {
        assert!(controleer_aanhalingstekens("gewoon").is_ok());
        assert!(controleer_aanhalingstekens("\"a\"\"b\"  ").is_ok());
        assert!(controleer_aanhalingstekens("a\"b").is_err());
        assert!(controleer_aanhalingstekens("\"a\"b").is_err());
    }
}

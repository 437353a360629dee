//! Storage: a map (folder) with one YAML file per traject.
//!
//! Every change runs as one transaction: take the map's lock, read, change in memory, and only
//! when all checks passed write the file atomically (temporary file, `sync_all`, rename, sync
//! the folder). A failing command therefore never leaves a changed or half-written file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

use crate::traject::{Traject, VERSIE};

/// The file every writer locks exclusively and every reader shares.
pub const SLOT: &str = ".visieleer.lock";
/// The map used when neither `--map` nor `VISIELEER_MAP` says otherwise.
pub const STANDAARD_MAP: &str = "trajecten";
/// Written into a new map, so `git add .` never picks up the lock or temporary files.
pub const GITIGNORE: &str = "/.visieleer.lock\n/.*.tmp-*\n";
/// A user-supplied file in the map that is not a traject.
pub const CODEBOEK: &str = "codeboek.yaml";

/// Checks a slug: 1–64 characters of `a-z`, `0-9` and `-`. It never becomes a path otherwise.
pub fn controleer_slug(slug: &str) -> Result<()> {
    let geldig = !slug.is_empty()
        && slug.len() <= 64
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !geldig {
        bail!(
            "'{slug}' is geen geldige trajectnaam; gebruik 1 tot 64 kleine letters, cijfers of streepjes, zoals 'hoorn' of 'stede-broec'."
        );
    }
    Ok(())
}

/// A map of traject files.
#[derive(Clone, Debug)]
pub struct Map {
    pad: PathBuf,
    /// `--forceer`: rewrite a file even when that drops its YAML comments.
    forceer: bool,
}

/// A traject file that could be listed, with its slug.
#[derive(Clone, Debug)]
pub struct Bestand {
    pub slug: String,
    pub pad: PathBuf,
}

impl Map {
    pub fn new(pad: impl Into<PathBuf>) -> Map {
        Map {
            pad: pad.into(),
            forceer: false,
        }
    }

    /// Allows rewriting files that hold YAML comments (which a rewrite drops).
    pub fn met_forceer(mut self, forceer: bool) -> Map {
        self.forceer = forceer;
        self
    }

    pub fn pad(&self) -> &Path {
        &self.pad
    }

    pub fn bestand(&self, slug: &str) -> PathBuf {
        self.pad.join(format!("{slug}.yaml"))
    }

    fn controleer_bestaat(&self) -> Result<()> {
        match fs::metadata(&self.pad) {
            Ok(meta) if meta.is_dir() => Ok(()),
            Ok(_) => bail!(
                "'{}' is een bestand, geen map; kies een map met --map of VISIELEER_MAP.",
                self.pad.display()
            ),
            Err(_) => bail!(
                "De map '{}' bestaat niet; maak een eerste traject met 'visieleer nieuw' of kies een map met --map.",
                self.pad.display()
            ),
        }
    }

    /// The traject files in the map, sorted by slug. Hidden and temporary files are skipped.
    pub fn bestanden(&self) -> Result<Vec<Bestand>> {
        self.controleer_bestaat()?;
        let mut bestanden = Vec::new();
        let lijst = fs::read_dir(&self.pad)
            .with_context(|| format!("De map '{}' is niet te lezen.", self.pad.display()))?;
        for entry in lijst {
            let entry = entry
                .with_context(|| format!("De map '{}' is niet te lezen.", self.pad.display()))?;
            let naam = entry.file_name();
            let Some(naam) = naam.to_str() else { continue };
            if naam.starts_with('.') || naam == CODEBOEK {
                continue;
            }
            let Some(slug) = naam.strip_suffix(".yaml") else {
                continue;
            };
            if entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
                bestanden.push(Bestand {
                    slug: slug.to_string(),
                    pad: entry.path(),
                });
            }
        }
        bestanden.sort_by(|a, b| a.slug.cmp(&b.slug));
        Ok(bestanden)
    }

    /// Reads one traject, under a shared lock.
    pub fn lees(&self, slug: &str) -> Result<Traject> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::gedeeld(&self.pad);
        self.lees_zonder_slot(slug)
    }

    /// Reads every traject in the map, under one shared lock.
    pub fn alle(&self) -> Result<Vec<Traject>> {
        let bestanden = self.bestanden()?;
        let _slot = Slot::gedeeld(&self.pad);
        bestanden
            .iter()
            .map(|b| lees_bestand(&b.pad, &b.slug))
            .collect()
    }

    /// Reads one traject for a document: refused when a broken merge repeated an interview
    /// number or quote id, and with the names known elsewhere in the map, so the document
    /// masks them too (see [`crate::privacy::deelbare_tekst`]).
    pub fn lees_voor_document(&self, slug: &str) -> Result<Traject> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::gedeeld(&self.pad);
        let mut traject = self.lees_zonder_slot(slug)?;
        crate::dubbel::weiger(&self.bestand(slug), &traject)?;
        let elders = self.elders(slug)?;
        traject.namen =
            crate::privacy::NamenBijTraject::met_elders(std::sync::Arc::new(elders.namen));
        Ok(traject)
    }

    /// What the other traject files of the map hold that this one must respect (names,
    /// withdrawn interviews), read from their lines without parsing them. Takes no lock: the
    /// caller holds one.
    pub fn elders(&self, slug: &str) -> Result<crate::privacy::Elders> {
        let mut elders = crate::privacy::Elders::default();
        for bestand in self.bestanden()? {
            if bestand.slug != slug
                && let Ok(tekst) = lees_tekst(&bestand.pad)
            {
                elders.lees(&tekst);
            }
        }
        Ok(elders)
    }

    /// Reads every traject for a document over the map, like [`Map::lees_voor_document`].
    pub fn alle_voor_document(&self) -> Result<Vec<Traject>> {
        let mut alle = self.alle()?;
        for traject in &alle {
            crate::dubbel::weiger(&self.bestand(&traject.slug), traject)?;
        }
        let namen = std::sync::Arc::new(crate::privacy::namen_van_trajecten(&alle));
        for traject in &mut alle {
            traject.namen = crate::privacy::NamenBijTraject::met_elders(namen.clone());
        }
        Ok(alle)
    }

    /// The head of every traject in the map (see [`crate::kop`]), under one shared lock.
    pub fn koppen(&self) -> Result<Vec<Traject>> {
        let bestanden = self.bestanden()?;
        let _slot = Slot::gedeeld(&self.pad);
        crate::kop::lees_koppen(&bestanden)
    }

    fn lees_zonder_slot(&self, slug: &str) -> Result<Traject> {
        let pad = self.bestand(slug);
        if !pad.is_file() {
            let bekend = self
                .bestanden()
                .map(|b| b.into_iter().map(|b| b.slug).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            if bekend.is_empty() {
                bail!(
                    "Er is geen traject '{slug}' in map '{}'; maak het met 'visieleer nieuw {slug}'.",
                    self.pad.display()
                );
            }
            bail!(
                "Er is geen traject '{slug}' in map '{}'; bekende trajecten: {bekend}.",
                self.pad.display()
            );
        }
        lees_bestand(&pad, slug)
    }

    /// Writes a new traject; refuses when one with that slug exists. Creates the map if needed.
    pub fn maak(&self, traject: &Traject) -> Result<()> {
        controleer_slug(&traject.slug)?;
        if self.pad.exists() {
            self.controleer_bestaat()?;
        } else {
            fs::create_dir_all(&self.pad).with_context(|| {
                format!("De map '{}' kon niet worden gemaakt.", self.pad.display())
            })?;
            // The lock file and left-over temporary files never belong in the team's git history.
            let _ = fs::write(self.pad.join(".gitignore"), GITIGNORE);
        }
        let _slot = Slot::exclusief(&self.pad)?;
        if self.bestand(&traject.slug).exists() {
            bail!(
                "Er bestaat al een traject '{}'; kies een andere naam of bekijk het met 'visieleer toon {}'.",
                traject.slug,
                traject.slug
            );
        }
        self.schrijf(traject)
    }

    /// Runs one change on a traject: lock, read, `wijziging`, and write only when it succeeded
    /// and actually changed something.
    pub fn wijzig<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject) -> Result<T>,
    ) -> Result<T> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::exclusief(&self.pad)?;
        let origineel = self.lees_zonder_slot(slug)?;
        let mut traject = origineel.clone();
        let uitkomst = wijziging(&mut traject)?;
        if traject != origineel {
            if !self.forceer {
                self.weiger_commentaar(slug)?;
            }
            self.schrijf(&traject)?;
        }
        Ok(uitkomst)
    }

    /// Writes atomically and durably: a temporary file in the same folder, `sync_all`, rename
    /// over the target, then sync the folder. Left-over temporary files are cleaned first.
    fn schrijf(&self, traject: &Traject) -> Result<()> {
        self.ruim_tijdelijke_bestanden_op();
        let tekst = naar_yaml(traject)?;
        let doel = self.bestand(&traject.slug);
        let tijdelijk = self
            .pad
            .join(format!(".{}.yaml.tmp-{}", traject.slug, std::process::id()));
        let schrijffout = |e: io::Error| {
            anyhow!(
                "Het bestand '{}' kon niet worden geschreven ({}); controleer of de map schrijfbaar is.",
                doel.display(),
                io_reden(&e)
            )
        };
        let resultaat = (|| -> io::Result<()> {
            let mut bestand = File::create(&tijdelijk)?;
            bestand.write_all(tekst.as_bytes())?;
            bestand.sync_all()?;
            fs::rename(&tijdelijk, &doel)?;
            File::open(&self.pad)?.sync_all()
        })();
        if let Err(e) = resultaat {
            let _ = fs::remove_file(&tijdelijk);
            return Err(schrijffout(e));
        }
        Ok(())
    }

    /// A rewrite drops YAML comments; refuse unless `--forceer` was given.
    fn weiger_commentaar(&self, slug: &str) -> Result<()> {
        let pad = self.bestand(slug);
        let tekst = lees_tekst(&pad)?;
        if let Some(regel) = crate::commentaar::eerste_commentaar(&tekst) {
            bail!(
                "{}: regel {regel} bevat YAML-commentaar (#), dat verloren gaat als visieleer het bestand herschrijft; zet de tekst in een 'notitie'-veld (van het traject, een interview of een sessie) en haal het commentaar weg, of geef --forceer om het commentaar te laten vallen.",
                pad.display()
            );
        }
        Ok(())
    }

    fn ruim_tijdelijke_bestanden_op(&self) {
        let Ok(lijst) = fs::read_dir(&self.pad) else {
            return;
        };
        for entry in lijst.flatten() {
            let naam = entry.file_name();
            if naam
                .to_str()
                .is_some_and(|n| n.starts_with('.') && n.contains(".yaml.tmp-"))
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

fn io_reden(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "geen toestemming",
        io::ErrorKind::NotFound => "niet gevonden",
        io::ErrorKind::StorageFull => "de schijf is vol",
        io::ErrorKind::ReadOnlyFilesystem => "alleen-lezen",
        _ => "schrijffout",
    }
}

/// Serialises a traject the one way it is always written, so equal states give equal bytes.
pub fn naar_yaml(traject: &Traject) -> Result<String> {
    serde_yaml::to_string(traject).context("Het traject kon niet als YAML worden geschreven.")
}

/// The largest traject file visieleer reads. A national-size traject is about 100 kB; a file of
/// many megabytes is a mistake (a wrong file saved as `.yaml`), not a traject.
pub const MAX_BESTAND: u64 = 32 * 1024 * 1024;

/// Reads a file as UTF-8 text, with Dutch errors naming the file.
pub fn lees_tekst(pad: &Path) -> Result<String> {
    if let Ok(meta) = fs::metadata(pad)
        && meta.len() > MAX_BESTAND
    {
        bail!(
            "{}: het bestand is te groot voor een trajectbestand ({} MB, hoogstens {} MB); controleer of het het goede bestand is.",
            pad.display(),
            meta.len() / (1024 * 1024),
            MAX_BESTAND / (1024 * 1024)
        );
    }
    let bytes = fs::read(pad)
        .with_context(|| format!("Het bestand '{}' is niet te lezen.", pad.display()))?;
    String::from_utf8(bytes).map_err(|fout| {
        let regel = fout.as_bytes()[..fout.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        anyhow!(
            "{}: regel {regel} is geen geldige UTF-8-tekst; sla het bestand op als UTF-8.",
            pad.display()
        )
    })
}

/// Reads and checks one traject file.
pub fn lees_bestand(pad: &Path, slug: &str) -> Result<Traject> {
    let tekst = lees_tekst(pad)?;
    uit_yaml(&tekst, slug).map_err(|fout| anyhow!("{}: {fout}", pad.display()))
}

/// Parses a traject from YAML text; errors are Dutch and name the line.
pub fn uit_yaml(tekst: &str, slug: &str) -> Result<Traject, String> {
    // Windows editors may start a file with a byte-order mark; it is no part of the YAML.
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    if let Some(regel) = conflictregel(tekst) {
        return Err(format!(
            "regel {regel}: een onopgelost merge-conflict (<<<<<<<, ======= en >>>>>>>); los het conflict op in het bestand en draai daarna 'visieleer check'."
        ));
    }
    if let Some(regel) = te_diep_genest(tekst) {
        return Err(format!(
            "regel {regel}: meer dan {MAX_NESTING} haakjes [ of {{ in elkaar; zo schrijft visieleer nooit, herstel het bestand (bijvoorbeeld met git)."
        ));
    }
    let mut traject: Traject = serde_yaml::from_str(tekst).map_err(|e| yaml_fout_in(&e, tekst))?;
    if traject.versie != VERSIE {
        return Err(format!(
            "versie {} wordt niet ondersteund (deze visieleer kent versie {VERSIE}); werk visieleer bij.",
            traject.versie
        ));
    }
    traject.slug = slug.to_string();
    Ok(traject)
}

/// How deep flow collections (`[`, `{`) may nest. The YAML parser takes time quadratic in the
/// depth, so a file of a million `[` would hang every command; visieleer itself writes depth 1.
pub const MAX_NESTING: usize = 200;

/// The line where flow collections nest deeper than [`MAX_NESTING`], if they do.
///
/// Counts only brackets where a flow collection can begin (after `: `, `- `, `,`, another
/// bracket or indentation), outside quoted strings and comments, so `zie [1` in a quote is
/// text, not nesting.
pub fn te_diep_genest(tekst: &str) -> Option<usize> {
    if tekst.bytes().filter(|b| matches!(b, b'[' | b'{')).count() <= MAX_NESTING {
        return None;
    }
    let mut diepte = 0usize;
    let mut regel = 1;
    // The last byte that was not a space, and whether a space came after it.
    let mut vorige = b'\n';
    let mut spatie = false;
    let mut bytes = tekst.bytes().peekable();
    while let Some(b) = bytes.next() {
        if b == b' ' || b == b'\t' {
            spatie = true;
            continue;
        }
        match b {
            b'\n' => regel += 1,
            b'\'' | b'"' if matches!(vorige, b':' | b'[' | b'{' | b',' | b'\n' | b'-') => {
                // Skip a quoted string; '' inside single quotes is an escaped quote.
                while let Some(c) = bytes.next() {
                    match c {
                        b'\n' => regel += 1,
                        b'\\' if b == b'"' => {
                            regel += usize::from(bytes.next() == Some(b'\n'));
                        }
                        b'\'' if b == b'\'' && bytes.peek() == Some(&b'\'') => {
                            bytes.next();
                        }
                        _ if c == b => break,
                        _ => {}
                    }
                }
            }
            b'#' if spatie || vorige == b'\n' => {
                for c in bytes.by_ref() {
                    if c == b'\n' {
                        regel += 1;
                        break;
                    }
                }
                vorige = b'\n';
                spatie = false;
                continue;
            }
            b'[' | b'{' if matches!(vorige, b'\n' | b'[' | b'{' | b',' | b':' | b'-') => {
                diepte += 1;
                if diepte > MAX_NESTING {
                    return Some(regel);
                }
            }
            b']' | b'}' => diepte = diepte.saturating_sub(1),
            _ => {}
        }
        vorige = b;
        spatie = false;
    }
    None
}

/// The first line (1-based) with a git conflict marker, if any.
///
/// `<<<<<<<`, `|||||||` and `>>>>>>>` count anywhere at the start of a line; `=======` only
/// between an opening and a closing marker, since a lone one could be ordinary text.
pub fn conflictregel(tekst: &str) -> Option<usize> {
    let marker = |regel: &str, teken: &str| {
        regel
            .strip_prefix(teken)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r']))
    };
    let mut open: Option<usize> = None;
    for (i, regel) in tekst.lines().enumerate() {
        if marker(regel, "<<<<<<<") {
            return Some(i + 1);
        }
        // The opening marker was removed by hand: report from the first `=======` before it.
        if marker(regel, ">>>>>>>") || marker(regel, "|||||||") {
            return Some(open.unwrap_or(i + 1));
        }
        if marker(regel, "=======") && open.is_none() {
            open = Some(i + 1);
        }
    }
    None
}

/// Turns a YAML error into a Dutch sentence with its line and column.
pub fn yaml_fout(fout: &serde_yaml::Error) -> String {
    yaml_fout_in(fout, "")
}

/// Like [`yaml_fout`]; with the source text at hand, a value error that the parser could not
/// place (it reports line 1, column 1) is placed on the first line holding the bad value.
pub fn yaml_fout_in(fout: &serde_yaml::Error, tekst: &str) -> String {
    let bericht = fout.to_string();
    let kern = bericht.split(" at line ").next().unwrap_or(&bericht);
    let uitleg = vertaal(kern);
    let plek = fout.location().map(|p| (p.line(), p.column()));
    let plek = match plek {
        // A repeated field is reported at the start of the file; point at its second line.
        Some((1, 1)) if kern.contains("duplicate field") || kern.contains("duplicate entry") => {
            tussen_backticks(kern)
                .and_then(|veld| {
                    let sleutel = format!("{veld}:");
                    tekst
                        .lines()
                        .enumerate()
                        .filter(|(_, r)| {
                            r.trim_start()
                                .trim_start_matches("- ")
                                .starts_with(&sleutel)
                        })
                        .nth(1)
                        .map(|(i, r)| (i + 1, 1 + r.len() - r.trim_start().len()))
                })
                .or(plek)
        }
        Some((1, 1)) => tussen_quotes(kern)
            .and_then(|waarde| {
                tekst.lines().position(|r| r.contains(waarde)).map(|i| {
                    (
                        i + 1,
                        1 + tekst.lines().nth(i).unwrap_or("").find(waarde).unwrap_or(0),
                    )
                })
            })
            .or(plek),
        _ => plek,
    };
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
        format!("onbekende waarde '{naam}'{in_veld}; controleer de spelling")
    } else if rest.contains("duplicate field") || rest.contains("duplicate entry") {
        format!("het veld '{naam}' staat er twee keer{in_veld}; laat er één over")
    } else if rest.contains("invalid type") {
        format!("een waarde van het verkeerde soort{in_veld} ({rest})")
    } else if rest.contains("ongeldige datum") || rest.contains("datum die niet bestaat") {
        format!("{rest}{in_veld}")
    } else {
        format!("geen geldige YAML: {}", yaml_uitleg(kern))
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

/// An advisory lock on `<map>/.visieleer.lock`, released when dropped.
///
/// The lock file itself is never renamed over, so the lock stays on the file every process sees.
pub struct Slot {
    _bestand: Option<File>,
}

impl Slot {
    /// Exclusive lock for a writer; waits (and says so) while another command holds it.
    pub fn exclusief(map: &Path) -> Result<Slot> {
        let bestand = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(map.join(SLOT))
            .with_context(|| {
                format!(
                    "De map '{}' is niet schrijfbaar; controleer de rechten van de map.",
                    map.display()
                )
            })?;
        if bestand.try_lock().is_err() {
            eprintln!("wacht op een andere visieleer-opdracht…");
            bestand
                .lock()
                .context("De map kon niet worden vergrendeld voor schrijven.")?;
        }
        Ok(Slot {
            _bestand: Some(bestand),
        })
    }

    /// Shared lock for a reader. A read-only map is read without lock.
    pub fn gedeeld(map: &Path) -> Slot {
        let bestand = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(map.join(SLOT))
            .or_else(|_| File::open(map.join(SLOT)));
        let Ok(bestand) = bestand else {
            return Slot { _bestand: None };
        };
        if bestand.try_lock_shared().is_err() {
            eprintln!("wacht op een andere visieleer-opdracht…");
            if bestand.lock_shared().is_err() {
                return Slot { _bestand: None };
            }
        }
        Slot {
            _bestand: Some(bestand),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diepe_nesting() {
        let diep = format!("a: {}1{}", "[".repeat(500), "]".repeat(500));
        assert_eq!(te_diep_genest(&diep), Some(1));
        let diep = format!("a:\n{}", "- [\n".repeat(500));
        assert!(te_diep_genest(&diep).is_some());
        let tekst = "- tekst: zie [1 of [2\n".repeat(1000);
        assert_eq!(te_diep_genest(&tekst), None);
        let tekst = "- tekst: '[[[[ ''[[[['\n  b: \"[[\\\"[[\"\n".repeat(100);
        assert_eq!(te_diep_genest(&tekst), None);
        let tekst = "- a: [1, [2]] # [[[[[[[[\n".repeat(100);
        assert_eq!(te_diep_genest(&tekst), None);
    }

    #[test]
    fn conflictmarkeringen() {
        assert_eq!(
            conflictregel("a: 1\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n"),
            Some(2)
        );
        assert_eq!(conflictregel("a: 1\n=======\nc\n>>>>>>> x\n"), Some(2));
        assert_eq!(conflictregel("a: 1\n=======\nc\n"), None);
        assert_eq!(conflictregel("a: |\n  <<<<<<< geen\n"), None);
        assert_eq!(conflictregel("<<<<<<<<\n"), None);
    }

    #[test]
    fn slugs() {
        for goed in ["hoorn", "stede-broec", "a", "x9", &"a".repeat(64)] {
            assert!(controleer_slug(goed).is_ok(), "{goed}");
        }
        for fout in ["", "Hoorn", "../x", "a/b", "a b", "é", &"a".repeat(65), "."] {
            assert!(controleer_slug(fout).is_err(), "{fout}");
        }
    }
}

//! Storage: a map (folder) with one YAML file per traject.
//!
//! Every change runs as one transaction: take the map's lock, read, change in memory, and only
//! when all checks passed write the file atomically (temporary file, `sync_all`, rename, sync
//! the folder). A failing command therefore never leaves a changed or half-written file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

use crate::traject::{SLOTREGEL, Traject, VERSIE};

/// The file every writer locks exclusively and every reader shares.
pub const SLOT: &str = ".visieleer.lock";
/// The map used when neither `--map` nor `VISIELEER_MAP` says otherwise.
pub const STANDAARD_MAP: &str = "trajecten";
/// Written into a new map, so `git add .` never picks up the lock or temporary files.
pub const GITIGNORE: &str = "/.visieleer.lock\n/.*.tmp-*\n";
/// A user-supplied file in the map that is not a traject.
pub const CODEBOEK: &str = "codeboek.yaml";

/// Names of the tool's own files in a map, which a traject may never take.
pub const GERESERVEERD: &[&str] = &["codeboek"];

/// Checks a slug: 1–64 characters of `a-z`, `0-9` and `-`, and not one of visieleer's own file
/// names. It never becomes a path otherwise.
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
    if GERESERVEERD.contains(&slug) {
        bail!(
            "'{slug}' is een naam die visieleer zelf gebruikt ({slug}.yaml); kies een andere trajectnaam, zoals de naam van de gemeente."
        );
    }
    Ok(())
}

/// Why a file name in a map looks like a copy of a traject file that cannot be one, or `None`
/// for a traject file (`hoorn.yaml`), one of the map's own files (`codeboek.yaml`) and a file
/// that is no YAML (notes, a CSV). A copy is a `.yaml` or `.yml` file whose name is no valid
/// traject name (`hoorn (1).yaml`, `Hoorn.yaml`), a sync tool's conflict copy
/// (`hoorn.sync-conflict-20240101-120000-ABC.yaml`, whatever it ends in), or a backup of a
/// YAML file (`hoorn.yaml.orig`, `hoorn.yaml~`, `hoorn.yaml.bak`). Hidden files are never
/// asked about: the tool's own temporary files and an editor's swap files start with a dot.
pub fn kopie(naam: &str) -> Option<&'static str> {
    let klein = naam.to_lowercase();
    if klein.contains(".sync-conflict-") {
        return Some("is een conflictkopie van een synchronisatieprogramma");
    }
    if let Some((_, na)) = klein
        .split_once(".yaml")
        .or_else(|| klein.split_once(".yml"))
        && na.starts_with(|c: char| !c.is_alphanumeric())
    {
        return Some("is een reservekopie of conflictkopie van een YAML-bestand");
    }
    if let Some(stam) = naam.strip_suffix(".yaml") {
        if controleer_slug(stam).is_ok() || GERESERVEERD.contains(&stam) {
            return None;
        }
        return Some(
            "lijkt een kopie van een trajectbestand, maar de naam is geen geldige trajectnaam",
        );
    }
    if klein.ends_with(".yaml") || klein.ends_with(".yml") {
        return Some(
            "lijkt een trajectbestand, maar visieleer leest alleen bestanden die op .yaml eindigen",
        );
    }
    None
}

/// A map of traject files.
#[derive(Clone, Debug)]
pub struct Map {
    pad: PathBuf,
    /// `--forceer`: rewrite a file even when that drops its YAML comments.
    forceer: bool,
}

/// A copy of a traject file in the map (see [`kopie`]): its path, and why it is one.
pub type Kopie = (PathBuf, &'static str);

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

    /// The traject files in the map, sorted by slug. Hidden and temporary files are skipped,
    /// and so are copies (see [`Map::kopieen`]): a name that is no valid traject name is no
    /// traject any command can reach.
    pub fn bestanden(&self) -> Result<Vec<Bestand>> {
        Ok(self.inhoud()?.0)
    }

    /// Files in the map that look like a copy of a traject file but cannot be one (see
    /// [`kopie`]), sorted by name, each with why. No command reads or changes them, so what
    /// they hold (quotes of a withdrawn interview too) would otherwise live on unseen.
    pub fn kopieen(&self) -> Result<Vec<Kopie>> {
        Ok(self.inhoud()?.1)
    }

    /// The traject files of the map, refused while a copy of a traject file lies in it: a
    /// document over the whole map would silently miss what the copy holds (the other side of
    /// a sync conflict), and before copies were skipped it carried quotes of a withdrawn
    /// interview out of the map.
    fn bestanden_zonder_kopieen(&self) -> Result<Vec<Bestand>> {
        let (bestanden, kopieen) = self.inhoud()?;
        if let Some((pad, wat)) = kopieen.first() {
            bail!(
                "'{}' {wat}: geen opdracht van visieleer leest of wijzigt het, dus een export over de hele map zou het stilzwijgend missen; verwijder het (of hernoem het naar een geldige trajectnaam als het een eigen traject is) en probeer het daarna opnieuw.",
                pad.display()
            );
        }
        Ok(bestanden)
    }

    /// Prints a warning on stderr for every copy of a traject file in the map: an overview
    /// carries no quotes, so it goes on, but the copy is missing from it.
    pub fn waarschuw_voor_kopieen(&self) {
        for (pad, wat) in self.kopieen().unwrap_or_default() {
            eprintln!(
                "Let op: '{}' {wat} en telt hier niet mee; verwijder het, of hernoem het naar een geldige trajectnaam als het een eigen traject is.",
                pad.display()
            );
        }
    }

    /// The traject files and the copies of the map, from one listing of the folder.
    fn inhoud(&self) -> Result<(Vec<Bestand>, Vec<Kopie>)> {
        self.controleer_bestaat()?;
        let mut bestanden = Vec::new();
        let mut kopieen = Vec::new();
        let niet_te_lezen = |e: io::Error| {
            anyhow!(
                "De map '{}' is niet te lezen ({}); controleer de rechten van de map.",
                self.pad.display(),
                io_reden(&e)
            )
        };
        let lijst = fs::read_dir(&self.pad).map_err(niet_te_lezen)?;
        for entry in lijst {
            let entry = entry.map_err(niet_te_lezen)?;
            // A name that is no UTF-8 is no valid traject name: as text it holds U+FFFD, so a
            // YAML file with such a name is reported as a copy, never read as a traject.
            let naam = entry.file_name();
            let naam = naam.to_string_lossy();
            let naam = naam.as_ref();
            if naam.starts_with('.') || naam == CODEBOEK {
                continue;
            }
            // Only regular files: anything else with a traject's name is reported by
            // `vreemde_bestanden`.
            if !entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
                continue;
            }
            if let Some(wat) = kopie(naam) {
                kopieen.push((entry.path(), wat));
            } else if let Some(slug) = naam.strip_suffix(".yaml") {
                bestanden.push(Bestand {
                    slug: slug.to_string(),
                    pad: entry.path(),
                });
            }
        }
        bestanden.sort_by(|a, b| a.slug.cmp(&b.slug));
        kopieen.sort();
        Ok((bestanden, kopieen))
    }

    /// Entries with a traject's name (`<naam>.yaml`) that are no regular file: a folder, pipe,
    /// device or symlink. Every command skips them (reading a pipe would block); `check` names them.
    pub fn vreemde_bestanden(&self) -> Vec<(PathBuf, &'static str)> {
        use std::os::unix::fs::FileTypeExt;
        let Ok(lijst) = fs::read_dir(&self.pad) else {
            return Vec::new();
        };
        let mut vreemd: Vec<(PathBuf, &'static str)> = lijst
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_str()
                    .is_some_and(|n| !n.starts_with('.') && n.ends_with(".yaml"))
            })
            .filter_map(|e| {
                let soort = e.file_type().ok()?;
                let wat = if soort.is_file() {
                    return None;
                } else if soort.is_symlink() {
                    "een snelkoppeling (symlink)"
                } else if soort.is_dir() {
                    "een map"
                } else if soort.is_fifo() {
                    "een pijp (FIFO)"
                } else {
                    "een apparaat of socket"
                };
                Some((e.path(), wat))
            })
            .collect();
        for extra in [SLOT] {
            if let Ok(meta) = fs::symlink_metadata(self.pad.join(extra))
                && !meta.is_file()
            {
                vreemd.push((self.pad.join(extra), "geen gewoon bestand"));
            }
        }
        vreemd.sort();
        vreemd
    }

    /// Reads one traject, under a shared lock.
    pub fn lees(&self, slug: &str) -> Result<Traject> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::gedeeld(&self.pad);
        self.lees_zonder_slot(slug).map(|(traject, _)| traject)
    }

    /// Reads one traject for a document: refused when a broken merge repeated an interview
    /// number or quote id, and with the names known elsewhere in the map, so the document
    /// masks them too (see [`crate::privacy::deelbare_tekst`]).
    pub fn lees_voor_document(&self, slug: &str) -> Result<Traject> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::gedeeld(&self.pad);
        let (mut traject, _) = self.lees_zonder_slot(slug)?;
        crate::dubbel::weiger(&self.bestand(slug), &traject)?;
        let woorden = crate::privacy::woorden_van(&traject);
        let elders = self.namen_elders_voor(slug, &woorden)?;
        traject.namen = crate::privacy::NamenBijTraject::met_elders(std::sync::Arc::new(elders));
        Ok(traject)
    }

    /// The names in the other traject files of the map that could be found in a text of
    /// `woorden` (see [`crate::privacy::persoon_kan_voorkomen`]), read from their lines
    /// without parsing them. Takes no lock: the caller holds one.
    pub fn namen_elders_voor(
        &self,
        slug: &str,
        woorden: &crate::privacy::Woorden,
    ) -> Result<crate::privacy::Namen> {
        Ok(namen_in_bestanden(
            &self.andere_bestanden(slug)?,
            Some(woorden),
        ))
    }

    /// What the other traject files of the map hold that this one must respect (names,
    /// withdrawn interviews), read from their lines without parsing them. Takes no lock: the
    /// caller holds one.
    pub fn elders(&self, slug: &str) -> Result<crate::privacy::Elders> {
        Ok(crate::parallel::vouw(
            &self.andere_bestanden(slug)?,
            |elders: &mut crate::privacy::Elders, bestand| {
                if let Ok(tekst) = lees_tekst(&bestand.pad) {
                    elders.lees(&tekst);
                }
            },
            |elders, deel| elders.voeg_samen(deel),
        ))
    }

    /// The traject files of the map other than `slug`'s, and the copies of traject files: no
    /// command reads a copy as a traject, but its names are masked and its withdrawn
    /// interviews respected all the same (masking more is the safe side).
    fn andere_bestanden(&self, slug: &str) -> Result<Vec<Bestand>> {
        let (bestanden, kopieen) = self.inhoud()?;
        Ok(bestanden
            .into_iter()
            .filter(|b| b.slug != slug)
            .chain(kopieen.into_iter().map(|(pad, _)| Bestand {
                slug: String::new(),
                pad,
            }))
            .collect())
    }

    /// Every traject of the map for a document over the map, one after the other in the order
    /// of the files, each as [`Map::lees_voor_document`] gives it (a broken merge refused, the
    /// names of the whole map known), handed to `per_traject` and then dropped: the map is
    /// never in memory at once, however many trajecten it holds. The names come from a first
    /// pass that parses every file and keeps only its names; then the files are parsed again,
    /// a few at a time on every core. The first file that cannot be read stops it with that
    /// error; a copy of a traject file in the map (see [`kopie`]) stops it before it starts.
    pub fn elk_voor_document(
        &self,
        mut per_traject: impl FnMut(Traject) -> Result<()>,
    ) -> Result<()> {
        let bestanden = self.bestanden_zonder_kopieen()?;
        let _slot = Slot::gedeeld(&self.pad);
        // The names from the parsed trajecten, not from their lines: a file edited by hand
        // (fields in another order, another indentation) still names its people, and an export
        // prints quotes of every traject. A file that cannot be read stops the export below.
        let lijsten = crate::parallel::over_alle(&bestanden, |b| {
            lees_bestand(&b.pad, &b.slug)
                .map(|t| crate::privacy::bekende_namen(&t).als_lijst())
                .unwrap_or_default()
        });
        let mut namen = crate::privacy::Namen::default();
        for lijst in &lijsten {
            namen.voeg_lijst_toe(lijst, None);
        }
        drop(lijsten);
        let namen = std::sync::Arc::new(namen);
        let draden = std::thread::available_parallelism().map_or(1, |n| n.get());
        for deel in bestanden.chunks(4 * draden.clamp(1, 8)) {
            let gelezen: Vec<Result<Traject>> = crate::parallel::over_alle(deel, |b| {
                let traject = lees_bestand(&b.pad, &b.slug)?;
                crate::dubbel::weiger(&b.pad, &traject)?;
                Ok(traject)
            });
            for traject in gelezen {
                let mut traject = traject?;
                traject.namen = crate::privacy::NamenBijTraject::met_elders(namen.clone());
                per_traject(traject)?;
            }
        }
        Ok(())
    }

    /// Every traject of the map for a document over the map, parsed on every core and cut down
    /// by `samenvatten` right after its checks, so the map is never in memory at full size: a
    /// broken merge is refused (the whole command fails), a file that cannot be read is
    /// returned as its error, and a copy of a traject file in the map (see [`kopie`]) refuses
    /// the whole command. Each traject comes with its own names; see
    /// [`Map::namen_voor_document`].
    pub fn alle_samengevat(
        &self,
        samenvatten: impl Fn(&mut Traject) + Sync,
    ) -> Result<Vec<Result<(Traject, crate::privacy::NamenLijst)>>> {
        let bestanden = self.bestanden_zonder_kopieen()?;
        let _slot = Slot::gedeeld(&self.pad);
        let gelezen = crate::parallel::over_alle(&bestanden, |b| {
            let mut traject = match lees_bestand(&b.pad, &b.slug) {
                Ok(t) => t,
                Err(fout) => return Ok(Err(fout)),
            };
            crate::dubbel::weiger(&b.pad, &traject)?;
            let namen = crate::privacy::bekende_namen(&traject).als_lijst();
            samenvatten(&mut traject);
            Ok(Ok((traject, namen)))
        });
        gelezen.into_iter().collect()
    }

    /// Trajecten read with [`Map::alle_samengevat`], each knowing the names of all the others
    /// that could be found in what is left of them (the index holds no other names: at four
    /// times the national map, every person of the map would take tens of megabytes).
    pub fn namen_voor_document(
        gelezen: Vec<(Traject, crate::privacy::NamenLijst)>,
    ) -> Vec<Traject> {
        let (trajecten, lijsten): (Vec<Traject>, Vec<_>) = gelezen.into_iter().unzip();
        let mut woorden = crate::privacy::Woorden::default();
        for traject in &trajecten {
            woorden.extend(crate::privacy::woorden_van(traject));
        }
        let mut namen = crate::privacy::Namen::default();
        for lijst in &lijsten {
            namen.voeg_lijst_toe(lijst, Some(&woorden));
        }
        let namen = std::sync::Arc::new(namen);
        trajecten
            .into_iter()
            .map(|mut traject| {
                traject.namen = crate::privacy::NamenBijTraject::met_elders(namen.clone());
                traject
            })
            .collect()
    }

    /// The head of every traject in the map (see [`crate::kop`]), under one shared lock; each
    /// file on its own, so one broken file does not hide the rest.
    pub fn koppen(&self) -> Result<Vec<Result<Traject>>> {
        let bestanden = self.bestanden()?;
        let _slot = Slot::gedeeld(&self.pad);
        Ok(crate::kop::lees_koppen(&bestanden))
    }

    /// The traject and the text it was read from.
    fn lees_zonder_slot(&self, slug: &str) -> Result<(Traject, String)> {
        let pad = self.bestand(slug);
        if fs::symlink_metadata(&pad).is_ok_and(|m| m.file_type().is_symlink()) {
            bail!(
                "'{}' is een snelkoppeling (symlink); visieleer leest en schrijft alleen gewone trajectbestanden, zet het bestand zelf in de map.",
                pad.display()
            );
        }
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
        let tekst = lees_tekst(&pad)?;
        let traject =
            uit_yaml(&tekst, slug).map_err(|fout| anyhow!("{}: {fout}", pad.display()))?;
        Ok((traject, tekst))
    }

    /// Writes a new traject; refuses when one with that slug exists. Creates the map if needed.
    pub fn maak(&self, traject: &Traject) -> Result<()> {
        controleer_slug(&traject.slug)?;
        if self.pad.exists() {
            self.controleer_bestaat()?;
        } else {
            fs::create_dir_all(&self.pad).map_err(|e| {
                anyhow!(
                    "De map '{}' kon niet worden gemaakt ({}); kies een andere map met --map.",
                    self.pad.display(),
                    io_reden(&e)
                )
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
        let (origineel, tekst) = self.lees_zonder_slot(slug)?;
        let mut traject = origineel.clone();
        let uitkomst = wijziging(&mut traject)?;
        if traject != origineel {
            if !self.forceer {
                self.weiger_commentaar(slug, &origineel, &tekst)?;
            }
            self.schrijf(&traject)?;
        }
        Ok(uitkomst)
    }

    /// Writes atomically and durably (see [`schrijf_atomair`]); a read-only traject file is
    /// refused, not replaced.
    fn schrijf(&self, traject: &Traject) -> Result<()> {
        self.ruim_tijdelijke_bestanden_op();
        let tekst = naar_yaml(traject)?;
        let doel = self.bestand(&traject.slug);
        if let Ok(meta) = fs::symlink_metadata(&doel)
            && meta.is_file()
            && meta.permissions().readonly()
        {
            bail!(
                "Het bestand '{}' is alleen-lezen; visieleer verandert het niet. Maak het schrijfbaar (chmod u+w) als de wijziging wel mag.",
                doel.display()
            );
        }
        schrijf_atomair(&doel, tekst.as_bytes()).map_err(|e| {
            anyhow!(
                "Het bestand '{}' kon niet worden geschreven ({}); controleer of de map schrijfbaar is.",
                doel.display(),
                io_reden(&e)
            )
        })
    }

    /// A rewrite drops YAML comments; refuse unless `--forceer` was given.
    ///
    /// A file exactly as visieleer wrote it has no comments; only a file that differs from its
    /// own re-serialisation (edited by hand) is searched, so the common write stays linear.
    fn weiger_commentaar(&self, slug: &str, origineel: &Traject, tekst: &str) -> Result<()> {
        let pad = self.bestand(slug);
        if !tekst.contains('#') || naar_yaml(origineel).is_ok_and(|eigen| eigen == tekst) {
            return Ok(());
        }
        if let Some(regel) = crate::commentaar::eerste_commentaar(tekst) {
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

/// Every staff name in the files of a map (facilitators, moderators, experts, afspraak owners,
/// notes file names), from their lines, indexed once, on every core (see
/// [`crate::privacy::namen_in_bestand`]).
pub fn namen_van_de_map(bestanden: &[Bestand]) -> crate::privacy::Namen {
    namen_in_bestanden(bestanden, None)
}

/// The names in these files, from their lines, on every core; with `alleen_voor` only those
/// that could be found in a text of those words (see [`crate::privacy::namen_in_bestand_met`]).
fn namen_in_bestanden(
    bestanden: &[Bestand],
    alleen_voor: Option<&crate::privacy::Woorden>,
) -> crate::privacy::Namen {
    crate::parallel::vouw(
        bestanden,
        |namen, b| {
            if let Ok(tekst) = lees_tekst(&b.pad) {
                crate::privacy::namen_in_bestand_met(&tekst, namen, alleen_voor);
            }
        },
        |namen, deel| namen.voeg_samen(&deel),
    )
}

/// Writes `inhoud` to `doel` so that a reader sees the old file or the new one, never half:
/// a temporary file with an unpredictable name, created exclusively in the same folder (so a
/// symlink planted there is never followed), synced, given the target's permissions and owner,
/// renamed over the target, and the folder synced. A new file gets mode 644.
pub fn schrijf_atomair(doel: &Path, inhoud: &[u8]) -> io::Result<()> {
    let mut bestand = AtomairBestand::nieuw(doel)?;
    bestand.write_all(inhoud)?;
    bestand.bewaar()
}

/// A file written in pieces that appears at its place only when [`AtomairBestand::bewaar`] is
/// called: until then it is a temporary file beside it, removed when dropped, so a failure
/// halfway (a broken traject in a map-wide export) leaves no half file and the old one intact.
pub struct AtomairBestand {
    doel: std::path::PathBuf,
    map: std::path::PathBuf,
    tijdelijk: tempfile::NamedTempFile,
}

impl AtomairBestand {
    pub fn nieuw(doel: &Path) -> io::Result<Self> {
        let map = match doel.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let naam = doel
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("bestand");
        let tijdelijk = tempfile::Builder::new()
            .prefix(&format!(".{naam}.tmp-"))
            .tempfile_in(map)?;
        Ok(AtomairBestand {
            doel: doel.to_path_buf(),
            map: map.to_path_buf(),
            tijdelijk,
        })
    }

    /// Puts the file at its place, durably, with the permissions and owner of the file it
    /// replaces (or 0644 for a new one).
    pub fn bewaar(self) -> io::Result<()> {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let AtomairBestand {
            doel,
            map,
            tijdelijk,
        } = self;
        let bestaand = fs::symlink_metadata(&doel).ok().filter(|m| m.is_file());
        match &bestaand {
            Some(meta) => {
                tijdelijk
                    .as_file()
                    .set_permissions(fs::Permissions::from_mode(meta.mode() & 0o7777))?;
                // Only root can give a file away; for anyone else this is the same owner already.
                let _ = std::os::unix::fs::fchown(
                    tijdelijk.as_file(),
                    Some(meta.uid()),
                    Some(meta.gid()),
                );
            }
            None => tijdelijk
                .as_file()
                .set_permissions(fs::Permissions::from_mode(0o644))?,
        }
        tijdelijk.as_file().sync_all()?;
        tijdelijk.persist(&doel).map_err(|e| e.error)?;
        File::open(map)?.sync_all()
    }
}

impl Write for AtomairBestand {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tijdelijk.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.tijdelijk.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.tijdelijk.flush()
    }
}

impl io::Seek for AtomairBestand {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.tijdelijk.seek(pos)
    }
}

/// The reason of a file-system error in Dutch; the system's own words are English.
pub fn io_reden(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "geen toestemming",
        io::ErrorKind::NotFound => "niet gevonden",
        io::ErrorKind::AlreadyExists => "bestaat al",
        io::ErrorKind::IsADirectory => "het is een map",
        io::ErrorKind::NotADirectory => "een deel van het pad is geen map",
        io::ErrorKind::DirectoryNotEmpty => "de map is niet leeg",
        io::ErrorKind::StorageFull => "de schijf is vol",
        io::ErrorKind::QuotaExceeded => "de schijfruimte van de gebruiker is op",
        io::ErrorKind::ReadOnlyFilesystem => "alleen-lezen",
        io::ErrorKind::FileTooLarge => "het bestand is te groot",
        io::ErrorKind::InvalidData => "ongeldige gegevens",
        io::ErrorKind::Interrupted => "onderbroken",
        io::ErrorKind::WouldBlock | io::ErrorKind::ResourceBusy => "het bestand is bezet",
        io::ErrorKind::TimedOut => "het duurde te lang",
        io::ErrorKind::StaleNetworkFileHandle => "de netwerkschijf is niet meer bereikbaar",
        _ => "fout van het bestandssysteem",
    }
}

/// Serialises a traject the one way it is always written, so equal states give equal bytes.
pub fn naar_yaml(traject: &Traject) -> Result<String> {
    serde_yaml::to_string(traject).context("Het traject kon niet als YAML worden geschreven.")
}

/// The largest traject file visieleer reads. A national-size traject is about 100 kB; a file of
/// many megabytes is a mistake (a wrong file saved as `.yaml`), not a traject.
pub const MAX_BESTAND: u64 = 32 * 1024 * 1024;

/// Why a file could not be read, before any of it is parsed.
#[derive(Debug)]
pub enum Leesfout {
    /// The path exists but is a folder, pipe, device or socket: reading could block or never end.
    GeenBestand(&'static str),
    /// The file is larger than the limit (its size, the limit); nothing beyond the limit was read.
    TeGroot(u64, u64),
    /// The file system refused.
    Io(io::Error),
}

impl Leesfout {
    /// The reason in Dutch words, to follow the file name in a message.
    pub fn reden(&self) -> String {
        match self {
            Leesfout::GeenBestand(wat) => {
                format!("is geen gewoon bestand maar {wat}; geef een gewoon bestand")
            }
            Leesfout::TeGroot(grootte, max) => format!(
                "is te groot ({} MB, hoogstens {} MB); controleer of het het goede bestand is",
                grootte / (1024 * 1024),
                max / (1024 * 1024)
            ),
            Leesfout::Io(e) if e.kind() == io::ErrorKind::NotFound => {
                "bestaat niet; controleer de naam en de map".to_string()
            }
            Leesfout::Io(e) => format!(
                "is niet te lezen ({}); controleer of u het mag lezen",
                io_reden(e)
            ),
        }
    }
}

/// Reads at most `max` bytes of a regular file. Pipes, devices and folders are refused before
/// they are opened (opening a pipe blocks, `/dev/zero` never ends), and the limit holds even
/// when the file grows while it is read.
pub fn lees_begrensd(pad: &Path, max: u64) -> Result<Vec<u8>, Leesfout> {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let meta = fs::metadata(pad).map_err(Leesfout::Io)?;
    let soort = meta.file_type();
    if !soort.is_file() {
        return Err(Leesfout::GeenBestand(if soort.is_dir() {
            "een map"
        } else if soort.is_fifo() {
            "een pijp (FIFO)"
        } else if soort.is_socket() {
            "een socket"
        } else {
            "een apparaat"
        }));
    }
    if meta.len() > max {
        return Err(Leesfout::TeGroot(meta.len(), max));
    }
    let bestand = File::open(pad).map_err(Leesfout::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    bestand
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(Leesfout::Io)?;
    if bytes.len() as u64 > max {
        return Err(Leesfout::TeGroot(bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// Reads a file as UTF-8 text, with Dutch errors naming the file.
pub fn lees_tekst(pad: &Path) -> Result<String> {
    let bytes = lees_begrensd(pad, MAX_BESTAND).map_err(|fout| match fout {
        Leesfout::TeGroot(grootte, max) => anyhow!(
            "{}: het bestand is te groot voor een trajectbestand ({} MB, hoogstens {} MB); controleer of het het goede bestand is.",
            pad.display(),
            grootte / (1024 * 1024),
            max / (1024 * 1024)
        ),
        fout => anyhow!("{}: het bestand {}.", pad.display(), fout.reden()),
    })?;
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
    if let Some(regel) = verwijzing(tekst) {
        return Err(format!(
            "regel {regel}: een YAML-verwijzing (&anker of *alias); zo schrijft visieleer nooit en verwijzingen kunnen een bestand onbeperkt laten uitdijen. Schrijf de waarde voluit of zet tekst die met & of * begint tussen aanhalingstekens."
        ));
    }
    if let Some(regel) = te_diep_genest(tekst) {
        return Err(format!(
            "regel {regel}: meer dan {MAX_NESTING} haakjes [ of {{ in elkaar; zo schrijft visieleer nooit, herstel het bestand (bijvoorbeeld met git)."
        ));
    }
    let afgekapt = || {
        let regels = tekst.lines().count();
        format!(
            "het bestand houdt op na regel {regels} zonder de slotregel '{SLOTREGEL}' die visieleer altijd als laatste schrijft; het is waarschijnlijk afgekapt (door een synchronisatieprogramma, een editor of een mislukte merge). Haal de vorige versie terug (bijvoorbeeld met git); hebt u het bestand zelf ingekort, zet de regel dan weer onderaan."
        )
    };
    // Checked before parsing: a cut inside a list would otherwise read as some other mistake.
    if eerste_versie(tekst) == Some(VERSIE) && !heeft_slotregel(tekst) {
        return Err(afgekapt());
    }
    let mut traject: Traject = serde_yaml::from_str(tekst).map_err(|e| yaml_fout_in(&e, tekst))?;
    match traject.versie {
        VERSIE if !traject.einde_bestand.gelezen => return Err(afgekapt()),
        VERSIE | OUDE_VERSIE => traject.versie = VERSIE,
        versie => {
            return Err(format!(
                "versie {versie} wordt niet ondersteund (deze visieleer kent versie {OUDE_VERSIE} en {VERSIE}); werk visieleer bij."
            ));
        }
    }
    if let Some((veld, waarde)) = ongeldig_nummer(&traject) {
        return Err(nummerfout(tekst, veld, waarde));
    }
    traject.slug = slug.to_string();
    Ok(traject)
}

/// The version before [`SLOTREGEL`]: still read, written as [`VERSIE`] at the next change.
pub const OUDE_VERSIE: u32 = 1;

/// The version on the file's first line (`versie: N`), as visieleer writes it.
pub fn eerste_versie(tekst: &str) -> Option<u32> {
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    tekst
        .lines()
        .next()?
        .strip_prefix("versie:")?
        .trim()
        .parse()
        .ok()
}

/// Whether a line of the file is exactly [`SLOTREGEL`] (trailing spaces or a CR allowed).
pub fn heeft_slotregel(tekst: &str) -> bool {
    // From the end: visieleer writes it as the last line, and the file may be long.
    tekst.lines().rev().any(|r| r.trim_end() == SLOTREGEL)
}

/// The largest number (interview, quote, insight, afspraak) a traject file may hold. Real
/// trajecten stay far below it; a hand-edited 4294967295 would make the next number wrap.
pub const MAX_NUMMER: u32 = 999_999;

/// The first number field visieleer never writes, in the order of the file, with its name and
/// value: an id (interview, quote, insight, afspraak) of 0 or above [`MAX_NUMMER`], or a
/// `laatste_citaat` above it. visieleer numbers from 1, so an id 0 can only be a hand edit,
/// and no command could name it (`intrekken hoorn 0` is refused), so it could never be
/// withdrawn.
fn ongeldig_nummer(t: &Traject) -> Option<(&'static str, u32)> {
    let ongeldig = |n: u32| n == 0 || n > MAX_NUMMER;
    for interview in &t.interviews {
        if ongeldig(interview.nr) {
            return Some(("nr", interview.nr));
        }
        if interview.laatste_citaat > MAX_NUMMER {
            return Some(("laatste_citaat", interview.laatste_citaat));
        }
        if let Some(c) = interview.citaten.iter().find(|c| ongeldig(c.nr)) {
            return Some(("nr", c.nr));
        }
    }
    if let Some(i) = t.synthese.iter().find(|i| ongeldig(i.nr)) {
        return Some(("nr", i.nr));
    }
    if let Some(a) = t.afspraken.iter().find(|a| ongeldig(a.nr)) {
        return Some(("nr", a.nr));
    }
    None
}

/// The message for a number [`ongeldig_nummer`] found, with its line where it can be found.
fn nummerfout(tekst: &str, veld: &str, waarde: u32) -> String {
    let regel = regel_van_veld(tekst, veld, waarde)
        .map(|r| format!("regel {r}: "))
        .unwrap_or_default();
    if waarde == 0 {
        format!(
            "{regel}'{veld}: 0' is geen geldig nummer, want visieleer nummert vanaf 1 en geen opdracht kan nummer 0 aanwijzen (ook niet om het in te trekken); geef het een nummer dat nog vrij is, of haal de vorige versie terug (bijvoorbeeld met git)."
        )
    } else {
        format!(
            "{regel}'{veld}' is groter dan {MAX_NUMMER}; zo'n nummer geeft visieleer nooit. Herstel het nummer (bijvoorbeeld met git)."
        )
    }
}

/// The line (1-based) where `veld: waarde` is written, as a key or as the first key of a list item.
fn regel_van_veld(tekst: &str, veld: &str, waarde: u32) -> Option<usize> {
    let gezocht = format!("{veld}: {waarde}");
    tekst
        .lines()
        .position(|r| {
            let r = r.trim_start().trim_start_matches("- ").trim_end();
            r == gezocht
        })
        .map(|i| i + 1)
}

/// The line of the first YAML anchor (`&naam`) or alias (`*naam`), if any.
///
/// visieleer never writes them, and an alias can make a small file expand to gigabytes when it
/// is read (a "billion laughs"), so they are refused before the parser expands anything. Only
/// positions where a node can begin count (after `: `, `- `, `,`, a bracket or indentation),
/// outside quoted strings, block scalars (`|`, `>`) and comments: "B&W" or "*zucht*" in a
/// quote is text.
pub fn verwijzing(tekst: &str) -> Option<usize> {
    // Most files have neither character: one SIMD search settles it.
    memchr::memchr2(b'&', b'*', tekst.as_bytes())?;
    let mut regel = 1;
    let mut vorige = b'\n';
    let mut spatie = false;
    // Indentation of the current line, and of the line that opened a block scalar.
    let mut inspringing = 0usize;
    let mut begin_regel = true;
    let mut blok: Option<usize> = None;
    let bytes = tekst.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if begin_regel {
            let eind = bytes[i..]
                .iter()
                .position(|&c| c != b' ')
                .map_or(bytes.len(), |n| i + n);
            inspringing = eind - i;
            begin_regel = false;
            if let Some(ouder) = blok {
                let leeg = matches!(bytes.get(eind), None | Some(b'\n') | Some(b'\r'));
                if leeg || inspringing > ouder {
                    // A line of the block scalar: text, skipped whole.
                    match bytes[i..].iter().position(|&c| c == b'\n') {
                        Some(n) => {
                            i += n + 1;
                            regel += 1;
                            begin_regel = true;
                            continue;
                        }
                        None => return None,
                    }
                }
                blok = None;
            }
            i = eind;
            vorige = b'\n';
            spatie = false;
            continue;
        }
        if b == b' ' || b == b'\t' {
            spatie = true;
            i += 1;
            continue;
        }
        let knooppunt = matches!(vorige, b'\n' | b'[' | b'{' | b',')
            || (matches!(vorige, b':' | b'-') && spatie);
        match b {
            b'\n' => {
                regel += 1;
                begin_regel = true;
            }
            b'\'' | b'"' if knooppunt => {
                // Skip a quoted string; '' inside single quotes is an escaped quote.
                i += 1;
                while i < bytes.len() {
                    let c = bytes[i];
                    match c {
                        b'\n' => regel += 1,
                        b'\\' if b == b'"' => {
                            if bytes.get(i + 1) == Some(&b'\n') {
                                regel += 1;
                            }
                            i += 1;
                        }
                        b'\'' if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
                        _ if c == b => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'#' if spatie || vorige == b'\n' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'|' | b'>' if knooppunt => {
                blok = Some(inspringing);
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'&' | b'*' if knooppunt => return Some(regel),
            _ => {}
        }
        vorige = b;
        spatie = false;
        i += 1;
    }
    None
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
    memchr::memchr2_iter(b'[', b'{', tekst.as_bytes()).nth(MAX_NESTING)?;
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
    // Only these three markers are reported (a lone `=======` is text), so a file without any
    // of them needs no line-by-line look: three SIMD searches instead, on every file read.
    if ["<<<<<<<", ">>>>>>>", "|||||||"]
        .iter()
        .all(|m| memchr::memmem::find(tekst.as_bytes(), m.as_bytes()).is_none())
    {
        return None;
    }
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
        // The value itself is the file's content; the message names only where it stands.
        format!("onbekende waarde{in_veld}; controleer de spelling")
    } else if rest.contains("duplicate field") || rest.contains("duplicate entry") {
        format!("het veld '{naam}' staat er twee keer{in_veld}; laat er één over")
    } else if let Some(uitleg) = soortfout(rest, veld) {
        uitleg
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

/// Whether the lock file is absent or a regular file (not a pipe, device, folder or symlink).
fn slotbestand_is_gewoon(map: &Path) -> bool {
    fs::symlink_metadata(map.join(SLOT)).map_or(true, |m| m.is_file())
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
        if !slotbestand_is_gewoon(map) {
            bail!(
                "'{}' is geen gewoon bestand; verwijder het, visieleer maakt het slotbestand zelf opnieuw.",
                map.join(SLOT).display()
            );
        }
        let bestand = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(map.join(SLOT))
            .map_err(|e| {
                anyhow!(
                    "De map '{}' is niet schrijfbaar ({}); controleer de rechten van de map.",
                    map.display(),
                    io_reden(&e)
                )
            })?;
        if bestand.try_lock().is_err() {
            eprintln!("wacht op een andere visieleer-opdracht…");
            bestand.lock().map_err(|e| {
                anyhow!(
                    "De map '{}' kon niet worden vergrendeld voor schrijven ({}).",
                    map.display(),
                    io_reden(&e)
                )
            })?;
        }
        Ok(Slot {
            _bestand: Some(bestand),
        })
    }

    /// Shared lock for a reader. A read-only map is read without lock.
    pub fn gedeeld(map: &Path) -> Slot {
        if !slotbestand_is_gewoon(map) {
            // Opening a pipe would block; a reader goes on without the lock.
            return Slot { _bestand: None };
        }
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
    fn verwijzingen() {
        assert_eq!(verwijzing("a: &x 1\nb: *x\n"), Some(1));
        assert_eq!(verwijzing("a: 1\nb:\n- *x\n"), Some(3));
        assert_eq!(verwijzing("a: [1, *x]\n"), Some(1));
        assert_eq!(verwijzing("tekst: B&W en *zucht* en a & b\n"), None);
        assert_eq!(verwijzing("tekst: 'Hij zei: *zucht*'\n"), None);
        assert_eq!(verwijzing("tekst: \"- &x\"\n"), None);
        assert_eq!(
            verwijzing("tekst: |-\n  - *x\n  : &y\n\n  *z\nb: 2 # *c\n"),
            None
        );
        assert_eq!(verwijzing("tekst: |-\n  regel\nb: *c\n"), Some(3));
        assert_eq!(verwijzing("- nr: 1\n  tekst: >\n    *x\n- &a b\n"), Some(4));
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
    fn kopieen() {
        for kopie_naam in [
            "hoorn (1).yaml",
            "hoorn (conflicted copy 2024-03-01).yaml",
            "hoorn.sync-conflict-20240301-101010-ABCDEF7.yaml",
            "hoorn.sync-conflict-20240301-101010-ABCDEF7.md",
            "hoorn.yaml.orig",
            "hoorn.yaml~",
            "hoorn.YAML.bak",
            "#hoorn.yaml#",
            "hoorn.yml",
            "Hoorn.yaml",
            "hoorn.YAML",
            "codeboek.yml",
            "codeboek (1).yaml",
        ] {
            assert!(kopie(kopie_naam).is_some(), "{kopie_naam}");
        }
        for eigen in [
            "hoorn.yaml",
            "stede-broec.yaml",
            "codeboek.yaml",
            "notities-hoorn.md",
            "clusters-zeewijk.csv",
            "README.md",
            "yaml-uitleg.md",
            "mijn.yamlbestand",
        ] {
            assert_eq!(kopie(eigen), None, "{eigen}");
        }
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

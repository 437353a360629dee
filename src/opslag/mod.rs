//! Storage: a map (folder) with one YAML file per traject.
//!
//! Every change runs as one transaction: take the map's lock, read, change in memory, and only
//! when all checks passed write the file atomically (temporary file, `sync_all`, rename, sync
//! the folder). A failing command therefore never leaves a changed or half-written file.

// The map's parts: the heads `overzicht` remembers, the exports' abandoned files, work on
// every core.
pub(crate) mod achtergelaten;
pub mod koppen;
pub(crate) mod parallel;

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use crate::bestand::{io_reden, lees as uit_yaml, lees_bestand, lees_tekst, schrijf as naar_yaml};
use crate::model::traject::Traject;
use crate::privacy::Masker;

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
            crate::melding!(
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
    /// number or quote id, and with the masker that knows the names of the traject and those
    /// known elsewhere in the map. The traject comes masked as documents may show it (every
    /// free text and role, see [`Masker::traject`]); the masker masks what a document derives
    /// from it.
    pub fn lees_voor_document(&self, slug: &str) -> Result<(Traject, Masker)> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::gedeeld(&self.pad);
        let (traject, _) = self.lees_zonder_slot(slug)?;
        crate::methode::dubbel::weiger(&self.bestand(slug), &traject)?;
        let woorden = crate::privacy::woorden_van(&traject);
        let elders = self.namen_elders_voor(slug, &woorden)?;
        Ok(Masker::voor(&traject, std::sync::Arc::new(elders)).gemaskeerd(&traject))
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
        Ok(crate::opslag::parallel::vouw(
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
    /// of the files, each as [`Map::lees_voor_document`] gives it (a broken merge refused, its
    /// masker knowing the names of the whole map), handed to `per_traject` and then dropped: the map is
    /// never in memory at once, however many trajecten it holds. The names come from a first
    /// pass that parses every file and keeps only its names; then the files are parsed again,
    /// a few at a time on every core. The first file that cannot be read stops it with that
    /// error; a copy of a traject file in the map (see [`kopie`]) stops it before it starts.
    pub fn elk_voor_document(
        &self,
        mut per_traject: impl FnMut(Traject, &Masker) -> Result<()>,
    ) -> Result<()> {
        let bestanden = self.bestanden_zonder_kopieen()?;
        let _slot = Slot::gedeeld(&self.pad);
        // The names from the parsed trajecten, not from their lines: a file edited by hand
        // (fields in another order, another indentation) still names its people, and an export
        // prints quotes of every traject. A file that cannot be read stops the export below.
        let lijsten = crate::opslag::parallel::over_alle(&bestanden, |b| {
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
            let gelezen: Vec<Result<Traject>> = crate::opslag::parallel::over_alle(deel, |b| {
                let traject = lees_bestand(&b.pad, &b.slug)?;
                crate::methode::dubbel::weiger(&b.pad, &traject)?;
                Ok(traject)
            });
            for traject in gelezen {
                let traject = traject?;
                let (traject, masker) = Masker::voor(&traject, namen.clone()).gemaskeerd(&traject);
                per_traject(traject, &masker)?;
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
        let gelezen = crate::opslag::parallel::over_alle(&bestanden, |b| {
            let mut traject = match lees_bestand(&b.pad, &b.slug) {
                Ok(t) => t,
                Err(fout) => return Ok(Err(fout)),
            };
            crate::methode::dubbel::weiger(&b.pad, &traject)?;
            let namen = crate::privacy::bekende_namen(&traject).als_lijst();
            samenvatten(&mut traject);
            Ok(Ok((traject, namen)))
        });
        gelezen.into_iter().collect()
    }

    /// Trajecten read with [`Map::alle_samengevat`], each masked (see [`Masker::traject`]) with a masker that knows the names
    /// of all the others that could be found in what is left of them (the index holds no other names: at four
    /// times the national map, every person of the map would take tens of megabytes).
    pub fn namen_voor_document(
        gelezen: Vec<(Traject, crate::privacy::NamenLijst)>,
    ) -> Vec<(Traject, Masker)> {
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
            .map(|traject| Masker::voor(&traject, namen.clone()).gemaskeerd(&traject))
            .collect()
    }

    /// The one way to go over every traject file of the map for a command that reads them all
    /// and needs more than a parsed traject (`check` reads the text for its lines, `codeboek`
    /// counts tags and drops each traject): under one shared lock, on every core, in the order
    /// of the files. `vooraf` runs first under the same lock, with the files and the copies of
    /// traject files in the map (what must be known of all of them before each is looked at).
    pub fn over_elk_bestand<V, T: Send>(
        &self,
        vooraf: impl FnOnce(&[Bestand], &[Kopie]) -> V,
        werk: impl Fn(&Bestand, &V) -> T + Sync,
    ) -> Result<Vec<T>>
    where
        V: Sync,
    {
        let (bestanden, kopieen) = self.inhoud()?;
        let _slot = Slot::gedeeld(&self.pad);
        let eerst = vooraf(&bestanden, &kopieen);
        Ok(parallel::over_alle(&bestanden, |b| werk(b, &eerst)))
    }

    /// The head of every traject in the map (see [`crate::opslag::koppen`]), under one shared lock;
    /// each file on its own, so one broken file does not hide the rest.
    pub fn koppen(&self) -> Result<Vec<Result<Traject>>> {
        let bestanden = self.bestanden()?;
        let _slot = Slot::gedeeld(&self.pad);
        Ok(crate::opslag::koppen::lees(&self.pad, &bestanden))
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
        })?;
        crate::stroom::bewaard(&doel);
        Ok(())
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
        if let Some(regel) = crate::bestand::commentaarregel(tekst) {
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
    crate::opslag::parallel::vouw(
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
            crate::melding!("wacht op een andere visieleer-opdracht…");
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
            crate::melding!("wacht op een andere visieleer-opdracht…");
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
    fn slugs() {
        for goed in ["hoorn", "stede-broec", "a", "x9", &"a".repeat(64)] {
            assert!(controleer_slug(goed).is_ok(), "{goed}");
        }
        for fout in ["", "Hoorn", "../x", "a/b", "a b", "é", &"a".repeat(65), "."] {
            assert!(controleer_slug(fout).is_err(), "{fout}");
        }
    }
}

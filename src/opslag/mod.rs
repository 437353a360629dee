//! Storage: a map (folder) with one YAML file per traject, found as git finds a repository
//! (`zoek_map`, `kies_map`).
//!
//! Every change runs as one transaction: take the map's lock, read, change in memory, and only
//! when all checks passed write the file atomically (temporary file, `sync_all`, rename, sync
//! the folder). A failing command therefore never leaves a changed or half-written file.

// The map's parts: the heads `overzicht` remembers, the exports' abandoned files, work on
// every core, the steps `ongedaan` goes back.
pub(crate) mod achtergelaten;
pub mod koppen;
pub mod ongedaan;
pub(crate) mod parallel;

// The map split in its parts: finding it, its lock, and the atomic file every write ends in.
mod atomair;
mod slot;
mod zoeken;

pub use atomair::{AtomairBestand, schrijf_atomair};
pub use slot::Slot;
use zoeken::is_map;
pub use zoeken::{Herkomst, ZOEKGRENS_VAR, kies_map, zoek_map};

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use crate::bestand::{io_reden, lees as uit_yaml, lees_bestand, lees_tekst, schrijf as naar_yaml};
use crate::model::traject::Traject;
use crate::privacy::Masker;
use crate::privacy::vingerafdruk::Register;

/// The file every writer locks exclusively and every reader shares.
pub const SLOT: &str = ".visieleer.lock";
/// The map used when neither `--map` nor `VISIELEER_MAP` says otherwise.
pub const STANDAARD_MAP: &str = "trajecten";
/// Written into a new map, so `git add .` never picks up the lock or temporary files.
pub const GITIGNORE: &str = "/.visieleer.lock\n/.*.tmp-*\n";
/// A user-supplied file in the map that is not a traject.
pub const CODEBOEK: &str = "codeboek.yaml";
/// The map's own interview guide (`visieleer leidraad`), not a traject either.
pub const LEIDRAAD: &str = "leidraad.yaml";

/// The map's index of fingerprints of withdrawn and redacted quotes.
pub const INDEX: &str = crate::bestand::afdrukken::INDEX;

/// Names of the tool's own files in a map, which a traject may never take.
pub const GERESERVEERD: &[&str] = &["codeboek", "vingerafdrukken", "leidraad"];

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
    herkomst: Herkomst,
    /// `--forceer`: rewrite a file even when that drops its YAML comments.
    forceer: bool,
    /// The command line of this run, remembered with each change for `ongedaan`.
    opdracht: String,
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
            herkomst: Herkomst::Gegeven,
            forceer: false,
            opdracht: String::new(),
        }
    }

    /// Says how the map was chosen (see [`kies_map`]).
    pub fn met_herkomst(mut self, herkomst: Herkomst) -> Map {
        self.herkomst = herkomst;
        self
    }

    /// The command line this run was given, which `ongedaan` names when it undoes its change.
    pub fn met_opdracht(mut self, opdracht: impl Into<String>) -> Map {
        self.opdracht = opdracht.into();
        self
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
            Err(_) => bail!("{}", self.ontbreekt()),
        }
    }

    /// Why there is no map, and what to do: never an invitation to make a second map where
    /// one was only not found.
    fn ontbreekt(&self) -> String {
        let hier = std::env::current_dir()
            .map(|h| h.join(&self.pad).display().to_string())
            .unwrap_or_else(|_| self.pad.display().to_string());
        match self.herkomst {
            Herkomst::NietGevonden => format!(
                "Er is geen map '{STANDAARD_MAP}' in deze map of een map erboven; ga naar de map van je project (waar '{STANDAARD_MAP}' staat) of geef de map met --map, en begin alleen een nieuwe map als er nog geen is: 'visieleer nieuw' maakt hem dan in '{hier}'."
            ),
            Herkomst::Gegeven | Herkomst::Gevonden => format!(
                "De map '{}' bestaat niet; controleer --map of VISIELEER_MAP, of begin er een nieuwe map met 'visieleer nieuw --map {}'.",
                self.pad.display(),
                self.pad.display()
            ),
        }
    }

    /// Refuses a new map inside the folder of another map: the trajecten would be split over
    /// two maps that know nothing of each other.
    fn weiger_map_in_map(&self) -> Result<()> {
        let Ok(hier) = std::env::current_dir() else {
            return Ok(());
        };
        let nieuw = hier.join(&self.pad);
        if let Some(ouder) = nieuw.ancestors().skip(1).find(|a| is_map(a)) {
            bail!(
                "'{}' ligt in de map '{}' van visieleer; maak geen map in een map, maar gebruik die map zelf (voer visieleer daar of eronder uit zonder --map).",
                self.pad.display(),
                ouder.display()
            );
        }
        Ok(())
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
            if naam.starts_with('.') || naam == CODEBOEK || naam == INDEX || naam == LEIDRAAD {
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

    /// Writes a new traject; refuses when one with that slug exists. Creates the map if needed
    /// (never inside another map) and then returns where, so `nieuw` can say so.
    pub fn maak(&self, traject: &Traject) -> Result<Option<PathBuf>> {
        controleer_slug(&traject.slug)?;
        let mut gemaakt = None;
        if self.pad.exists() {
            self.controleer_bestaat()?;
        } else {
            self.weiger_map_in_map()?;
            fs::create_dir_all(&self.pad).map_err(|e| {
                anyhow!(
                    "De map '{}' kon niet worden gemaakt ({}); kies een andere map met --map.",
                    self.pad.display(),
                    io_reden(&e)
                )
            })?;
            // The lock file and left-over temporary files never belong in the team's git history.
            let _ = fs::write(self.pad.join(".gitignore"), GITIGNORE);
            gemaakt = Some(
                std::env::current_dir()
                    .map(|h| h.join(&self.pad))
                    .unwrap_or_else(|_| self.pad.clone()),
            );
        }
        let _slot = Slot::exclusief(&self.pad)?;
        if self.bestand(&traject.slug).exists() {
            bail!(
                "Er bestaat al een traject '{}'; kies een andere naam of bekijk het met 'visieleer toon {}'.",
                traject.slug,
                traject.slug
            );
        }
        let tekst = naar_yaml(traject)?;
        // A new traject starts a new history of steps (an old one of a removed file is void).
        ongedaan::wis(&self.pad, &traject.slug);
        let stap = ongedaan::onthoud(&self.pad, &traject.slug, &self.opdracht, None, &tekst, None);
        self.schrijf_tekst(&traject.slug, &tekst, stap)?;
        Ok(gemaakt)
    }

    /// Undoes the last change visieleer made to a traject file, byte for byte (see
    /// [`ongedaan`]); returns the command line of that change and how many steps remain.
    pub fn ongedaan(&self, slug: &str) -> Result<(String, usize)> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::exclusief(&self.pad)?;
        let pad = self.bestand(slug);
        if fs::symlink_metadata(&pad).is_ok_and(|m| !m.is_file()) {
            bail!(
                "'{}' is geen gewoon bestand; visieleer maakt daar niets aan ongedaan.",
                pad.display()
            );
        }
        let nu = if pad.exists() {
            Some(lees_tekst(&pad)?)
        } else {
            None
        };
        let uitkomst = ongedaan::draai_terug(&self.pad, slug, &pad, nu.as_deref())?;
        crate::stroom::bewaard(&pad);
        Ok(uitkomst)
    }

    /// Runs one change on a traject: lock, read, `wijziging`, and write only when it succeeded
    /// and actually changed something.
    pub fn wijzig<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject) -> Result<T>,
    ) -> Result<T> {
        self.wijzig_met_register(slug, |t, _| wijziging(t))
    }

    /// The fingerprints of the whole map (its index, see [`crate::bestand::afdrukken`]); takes
    /// no lock: the caller holds one. A map without index has none yet.
    pub fn register(&self) -> Result<Register> {
        let pad = self.pad.join(INDEX);
        if !pad.exists() {
            return Ok(Register::default());
        }
        let tekst = lees_tekst(&pad)?;
        let index = crate::bestand::afdrukken::lees_index(&tekst).map_err(|fout| {
            anyhow!(
                "{}: {fout}; haal de vorige versie terug (bijvoorbeeld met git) en draai 'visieleer check', dat de vingerafdrukken uit de trajecten aanvult.",
                pad.display()
            )
        })?;
        Ok(Register::van(index))
    }

    /// Writes the index of fingerprints, atomically; only when it changed.
    pub fn bewaar_register(
        &self,
        voor: &crate::bestand::afdrukken::Index,
        register: &Register,
    ) -> Result<()> {
        if register.index() == voor {
            return Ok(());
        }
        let doel = self.pad.join(INDEX);
        schrijf_atomair(&doel, crate::bestand::afdrukken::schrijf_index(register.index()).as_bytes())
            .map_err(|e| {
                anyhow!(
                    "Het bestand '{}' kon niet worden geschreven ({}); controleer of de map schrijfbaar is.",
                    doel.display(),
                    io_reden(&e)
                )
            })
    }

    /// Rebuilds the map's index of fingerprints (`check`): whatever the traject files hold
    /// (parsed, whatever YAML style holds them) is added; nothing is ever taken out, since a
    /// removed interview's fingerprints live only there. Returns how many were added.
    pub fn vul_register_aan(&self) -> Result<usize> {
        let bestanden = self.bestanden()?;
        let gevonden = {
            let _slot = Slot::gedeeld(&self.pad);
            let delen = crate::opslag::parallel::over_alle(&bestanden, |b| {
                let mut r = Register::default();
                if let Ok(t) = lees_bestand(&b.pad, &b.slug) {
                    r.voeg_traject_toe(&t);
                }
                r.index().clone()
            });
            let huidig = self.register()?;
            let mut ontbreekt = crate::bestand::afdrukken::Index::default();
            for deel in delen {
                ontbreekt.ingetrokken.extend(
                    deel.ingetrokken
                        .into_iter()
                        .filter(|a| !huidig.index().ingetrokken.contains(a)),
                );
                ontbreekt.geredigeerd.extend(
                    deel.geredigeerd
                        .into_iter()
                        .filter(|a| !huidig.index().geredigeerd.contains(a)),
                );
            }
            ontbreekt
        };
        if gevonden.is_leeg() {
            return Ok(0);
        }
        let _slot = Slot::exclusief(&self.pad)?;
        let mut register = self.register()?;
        let voor = register.index().clone();
        for a in &gevonden.ingetrokken {
            register.voeg_ingetrokken_toe(a);
        }
        for a in &gevonden.geredigeerd {
            register.voeg_geredigeerd_toe(a);
        }
        self.bewaar_register(&voor, &register)?;
        Ok(gevonden.ingetrokken.len() + gevonden.geredigeerd.len())
    }

    /// Like [`Map::wijzig`], with the fingerprints of the whole map and of this traject, read
    /// under the same lock: what `wijziging` adds to them is written to the map's index first,
    /// then the traject.
    pub fn wijzig_met_register<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject, &mut Register) -> Result<T>,
    ) -> Result<T> {
        controleer_slug(slug)?;
        self.controleer_bestaat()?;
        let _slot = Slot::exclusief(&self.pad)?;
        let (origineel, tekst) = self.lees_zonder_slot(slug)?;
        let mut register = self.register()?;
        let voor = register.index().clone();
        register.voeg_traject_toe(&origineel);
        // What the traject held itself is only written to the index along with a change.
        let met_traject = register.index().clone();
        let mut traject = origineel.clone();
        let uitkomst = wijziging(&mut traject, &mut register)?;
        if register.index() != &met_traject {
            self.bewaar_register(&voor, &register)?;
        }
        if traject != origineel {
            if !self.forceer {
                self.weiger_commentaar(slug, &origineel, &tekst)?;
            }
            let nieuw = naar_yaml(&traject)?;
            if nieuw != tekst {
                let geweigerd = ongedaan::onomkeerbaar(&origineel, &traject);
                let stap = ongedaan::onthoud(
                    &self.pad,
                    slug,
                    &self.opdracht,
                    Some(&tekst),
                    &nieuw,
                    geweigerd,
                );
                self.schrijf_tekst(slug, &nieuw, stap)?;
            }
        }
        Ok(uitkomst)
    }

    /// Writes atomically and durably (see [`schrijf_atomair`]); a read-only traject file is
    /// refused, not replaced. When the write fails, the undo step recorded for it goes too.
    fn schrijf_tekst(&self, slug: &str, tekst: &str, stap: Option<PathBuf>) -> Result<()> {
        let uitkomst = self.schrijf_tekst_zelf(slug, tekst);
        if let Some(stap) = stap {
            match uitkomst {
                Ok(()) => ongedaan::na_het_schrijven(&self.pad, slug, &stap),
                Err(_) => {
                    let _ = fs::remove_file(stap);
                }
            }
        }
        uitkomst
    }

    fn schrijf_tekst_zelf(&self, slug: &str, tekst: &str) -> Result<()> {
        self.ruim_tijdelijke_bestanden_op();
        let doel = self.bestand(slug);
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

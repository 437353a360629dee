//! Finding the map as git finds a repository: `trajecten/` here or in the nearest folder above.

use std::fs;
use std::path::{Path, PathBuf};

use super::{GITIGNORE, Map, SLOT, STANDAARD_MAP};

/// The highest folder the search for a map looks in (see [`zoek_map`]), like git's
/// `GIT_CEILING_DIRECTORIES`: a map above it is never found.
pub const ZOEKGRENS_VAR: &str = "VISIELEER_ZOEKGRENS";

/// How the map of a command was chosen, so a message about a missing map can say what to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Herkomst {
    /// With `--map` or `VISIELEER_MAP`.
    Gegeven,
    /// `trajecten/` in the current folder or one above it (see [`zoek_map`]).
    Gevonden,
    /// No `trajecten/` in the current folder or above: `nieuw` makes one here.
    NietGevonden,
}

/// The map as git finds a repository: `trajecten/` in `start` or the nearest folder above it
/// that has one, up to the root or the folder of `VISIELEER_ZOEKGRENS`. The path is relative
/// to `start` (`trajecten`, `../../trajecten`), so messages name it as short as it is.
pub fn zoek_map(start: &Path) -> Option<PathBuf> {
    let grens = std::env::var_os(ZOEKGRENS_VAR)
        .filter(|g| !g.is_empty())
        .map(|g| fs::canonicalize(&g).unwrap_or_else(|_| PathBuf::from(g)));
    let mut omhoog = PathBuf::new();
    for map in start.ancestors() {
        if map.join(STANDAARD_MAP).is_dir() {
            return Some(omhoog.join(STANDAARD_MAP));
        }
        if grens.as_deref() == Some(map) {
            break;
        }
        omhoog.push("..");
    }
    None
}

/// The map of a command: the one given (`--map`, `VISIELEER_MAP`), else the one [`zoek_map`]
/// finds from the current folder, else `trajecten` here (which only `nieuw` creates).
pub fn kies_map(gegeven: Option<PathBuf>) -> Map {
    match gegeven {
        Some(pad) => Map::new(pad),
        None => {
            let hier = std::env::current_dir().ok();
            match hier.as_deref().and_then(zoek_map) {
                Some(pad) => Map::new(pad).met_herkomst(Herkomst::Gevonden),
                None => Map::new(STANDAARD_MAP).met_herkomst(Herkomst::NietGevonden),
            }
        }
    }
}

/// Whether a folder is a map of visieleer: named `trajecten`, or holding the lock file or the
/// `.gitignore` a new map gets.
pub(super) fn is_map(map: &Path) -> bool {
    map.is_dir()
        && (map.file_name().is_some_and(|n| n == STANDAARD_MAP)
            || map.join(SLOT).exists()
            || fs::read_to_string(map.join(".gitignore")).is_ok_and(|t| t == GITIGNORE))
}

//! Temporary files that a killed export left behind.
//!
//! An export with `-o` writes `.NAAM.tmp-XXXXXX` beside its target and renames it over the
//! target when it is complete (see [`crate::opslag::AtomairBestand`]). A `kill -9`, a crash or a
//! power cut in between leaves that file. The next export to the same target removes it, but
//! only when it is provably abandoned:
//!
//! - it was last written more than [`VERLATEN_NA`] ago (a live export writes it all the time),
//!   and
//! - no process holds it open, as `/proc/*/fd` shows. A process of the file's owner whose open
//!   files cannot be read, or a `/proc` that cannot be read at all, means it cannot be proven:
//!   the file stays. Processes of other users are not asked: the file is created with mode 0600,
//!   so no other user's export can have it open (root, which can, does not run a user's export).
//!
//! A live export's file is never touched; anything that is not a regular file is left alone.
//! Traject files need none of this: they are written under the map's exclusive lock, and the
//! next change removes what a killed one left (`Map::schrijf`).

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// How long a temporary file must have been left unwritten before it may count as abandoned.
pub const VERLATEN_NA: Duration = Duration::from_secs(60 * 60);

/// Removes the abandoned temporary files of earlier exports to `doel`; returns how many.
/// Every failure is silent: a file that cannot be removed or judged just stays.
pub fn ruim_op(doel: &Path) -> usize {
    let Some(doelnaam) = doel.file_name().and_then(|n| n.to_str()) else {
        return 0;
    };
    let map = match doel.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(lijst) = fs::read_dir(map) else {
        return 0;
    };
    let nu = SystemTime::now();
    let oud: Vec<_> = lijst
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| is_tijdelijk_van(n, doelnaam))
        })
        .filter_map(|e| {
            let meta = fs::symlink_metadata(e.path()).ok()?;
            (meta.is_file() && oud_genoeg(meta.modified().ok()?, nu)).then(|| (e.path(), meta))
        })
        .collect();
    if oud.is_empty() {
        // The common case: no /proc walk at all.
        return 0;
    }
    let mut weg = 0;
    for (pad, meta) in oud {
        let naam = pad.file_name().unwrap_or_default();
        if open_bij_een_proces(Path::new("/proc"), naam, meta.uid()) == Some(false)
            && fs::remove_file(&pad).is_ok()
        {
            weg += 1;
        }
    }
    weg
}

/// Whether `naam` is a temporary file of an export to `doelnaam`: `.DOELNAAM.tmp-` and the
/// random letters and digits `tempfile` adds.
pub fn is_tijdelijk_van(naam: &str, doelnaam: &str) -> bool {
    naam.strip_prefix('.')
        .and_then(|n| n.strip_prefix(doelnaam))
        .and_then(|n| n.strip_prefix(".tmp-"))
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether a file last written at `gewijzigd` is older than [`VERLATEN_NA`] at `nu`; a time in
/// the future (a clock that jumped) is not old.
pub fn oud_genoeg(gewijzigd: SystemTime, nu: SystemTime) -> bool {
    nu.duration_since(gewijzigd)
        .is_ok_and(|leeftijd| leeftijd > VERLATEN_NA)
}

/// Whether any process holds a file named `naam` open, by the links in `proc`/PID/fd (a
/// temporary name is random, so the name alone identifies it). `None` when that cannot be
/// known: `proc` unreadable, or a process of `eigenaar` whose open files cannot be read.
pub fn open_bij_een_proces(proc: &Path, naam: &std::ffi::OsStr, eigenaar: u32) -> Option<bool> {
    let processen = fs::read_dir(proc).ok()?;
    let mut gezien = false;
    for proces in processen.flatten() {
        if !proces
            .file_name()
            .to_str()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        {
            continue;
        }
        gezien = true;
        let fd = proces.path().join("fd");
        let lijst = match fs::read_dir(&fd) {
            Ok(lijst) => lijst,
            // The process ended meanwhile.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(_) => match fs::metadata(proces.path()) {
                Ok(meta) if meta.uid() != eigenaar => continue,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                _ => return None,
            },
        };
        for link in lijst.flatten() {
            if fs::read_link(link.path()).is_ok_and(|doel| doel.file_name() == Some(naam)) {
                return Some(true);
            }
        }
    }
    // A /proc without a single process is no /proc (not mounted, or another system).
    gezien.then_some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alleen_de_tijdelijke_bestanden_van_dit_doel() {
        assert!(is_tijdelijk_van(".r.md.tmp-a1B2c3", "r.md"));
        assert!(!is_tijdelijk_van(".r.md.tmp-", "r.md"));
        assert!(!is_tijdelijk_van("r.md.tmp-a1B2c3", "r.md"));
        assert!(!is_tijdelijk_van(".xr.md.tmp-a1B2c3", "r.md"));
        assert!(!is_tijdelijk_van(".r.md.tmp-a1.tmp-b2", "r.md"));
        // The temporary file of another target whose name starts the same.
        assert!(!is_tijdelijk_van(".r.md.tmp-x.tmp-a1B2c3", "r.md"));
        assert!(!is_tijdelijk_van(".r.md.tmp-a1/../b", "r.md"));
    }

    #[test]
    fn oud_is_ouder_dan_de_grens() {
        let nu = SystemTime::now();
        assert!(oud_genoeg(nu - VERLATEN_NA - Duration::from_secs(1), nu));
        assert!(!oud_genoeg(nu - VERLATEN_NA + Duration::from_secs(1), nu));
        assert!(!oud_genoeg(nu + Duration::from_secs(3600), nu));
    }

    #[test]
    fn zonder_proc_valt_niets_te_bewijzen() {
        let leeg = tempfile::tempdir().unwrap();
        let naam = std::ffi::OsStr::new(".r.md.tmp-abc123");
        assert_eq!(open_bij_een_proces(leeg.path(), naam, 0), None);
        assert_eq!(open_bij_een_proces(&leeg.path().join("weg"), naam, 0), None);
    }

    #[test]
    fn een_open_bestand_wordt_gezien() {
        let map = tempfile::tempdir().unwrap();
        let pad = map.path().join(".r.md.tmp-abc123");
        let bestand = fs::File::create(&pad).unwrap();
        let naam = pad.file_name().unwrap();
        let uid = fs::metadata(&pad).unwrap().uid();
        assert_eq!(
            open_bij_een_proces(Path::new("/proc"), naam, uid),
            Some(true)
        );
        drop(bestand);
        assert_eq!(
            open_bij_een_proces(Path::new("/proc"), naam, uid),
            Some(false)
        );
    }
}

//! The atomic file: every write of the map ends in one, so a reader sees the old file or the
//! new one, never half.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

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

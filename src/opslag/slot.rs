//! The map's lock: one file every writer locks exclusively and every reader shares.

use std::fs::{self, File, OpenOptions};
use std::path::Path;

use anyhow::{Result, anyhow, bail};

use super::SLOT;
use crate::bestand::io_reden;

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

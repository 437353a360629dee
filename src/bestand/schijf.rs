//! The file on disk: reading it whole but never more than a traject file can be, refusing
//! pipes and devices, with Dutch reasons for what the file system says.

use std::fs::{self, File};
use std::io;
use std::path::Path;

use anyhow::{Result, anyhow};

use crate::model::traject::Traject;

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
    super::lees(&tekst, slug).map_err(|fout| anyhow!("{}: {fout}", pad.display()))
}

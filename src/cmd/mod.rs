//! One module per subcommand, each with its clap `Args` and a `run`.

pub mod aanmelding;
pub(crate) mod aanvulling;
pub mod afspraak;
pub mod afspraak_wijzig;
pub mod agenda;
pub mod beeindig;
pub mod check;
pub mod citaat;
pub mod citaat_verwijder;
pub mod citaat_wijzig;
pub mod citaten;
pub(crate) mod cli;
pub mod clusters;
pub mod codeboek;
pub mod completions;
pub mod conclusie;
pub mod evaluatie;
pub mod evaluatie_wijzig;
pub mod expert;
pub mod expert_wijzig;
pub mod experts;
pub mod formaat;
pub mod heropen;
pub mod interview;
pub mod interview_stand;
pub mod interview_wijzig;
pub mod interviews;
pub mod intrekken;
pub mod inzicht_wijzig;
pub mod kaartjes;
pub mod kerncitaat;
pub mod kernvraag;
pub mod leidraad;
pub mod nazorg;
pub mod nazorg_wijzig;
pub mod nieuw;
pub mod notities;
pub mod ongedaan;
pub mod overzicht;
pub mod qdpx;
pub mod rapport;
pub mod richting;
pub mod richting_wijzig;
pub mod rode_draden;
pub mod sessie;
pub mod sessie_wijzig;
pub mod synthese;
pub mod tag;
pub mod thema_inleiding;
pub mod toestemming;
pub mod toon;
pub mod verwijder;
pub mod volgende;

use std::fmt::Write as _;
use std::io::Seek;
use std::path::Path;

use anyhow::{Result, anyhow, bail};

use crate::model::datum::Datum;
use crate::model::fase::Status;
use crate::model::traject::Traject;
use crate::opslag::Map;

// What a text from the command line may be lives in the model (notes are read there too).
pub use crate::model::teken::{korte_naam as naam, tekst};

/// What every command gets: the map, today, and a buffer for what goes to stdout.
pub struct Omgeving {
    pub map: Map,
    pub vandaag: Datum,
    pub uit: String,
    /// Set when a command took today for a date it was not given (see [`Omgeving::datum`]):
    /// after a saved change, `run` says which date that was.
    pub vandaag_gekozen: std::cell::Cell<bool>,
}

/// The exit code a command asks for when it did not fail outright.
pub type Code = i32;

impl Omgeving {
    /// The date of `--datum`, read as Dutch people write it ([`Datum::lees_invoer`]), or today.
    pub fn datum(&self, gegeven: Option<&str>) -> Result<Datum> {
        match gegeven {
            None => {
                self.vandaag_gekozen.set(true);
                Ok(self.vandaag)
            }
            Some(tekst) => Datum::lees_invoer(tekst).map_err(|fout| anyhow!("--datum {fout}.")),
        }
    }

    /// A date a field holds only when given (an afspraak's review date, a correction):
    /// `--datum` read as [`Omgeving::datum`] reads it, and no date, not today, without it.
    pub fn optionele_datum(&self, gegeven: Option<&str>) -> Result<Option<Datum>> {
        gegeven.map(|d| self.datum(Some(d))).transpose()
    }

    /// The date for the history line of a change that records no event of its own (a quote,
    /// an inzicht): `--datum`, or today without saying so, since the day of recording is what
    /// anyone expects.
    pub fn historiedatum(&self, gegeven: Option<&str>) -> Result<Datum> {
        match gegeven {
            None => Ok(self.vandaag),
            Some(_) => self.datum(gegeven),
        }
    }

    /// The line that says which date a command took itself, when it saved a change on today's
    /// date without `--datum` and its own message does not name that date already.
    pub fn gekozen_datum(&self) -> Option<String> {
        (self.vandaag_gekozen.get() && !self.uit.contains(&self.vandaag.voluit())).then(|| {
            format!(
                "Datum: vandaag, {}; een andere dag geef je met --datum.",
                self.vandaag.voluit()
            )
        })
    }

    /// Changes a lopend traject; refuses when it was stopped, cancelled or finished, and
    /// refuses a change that would contradict the method's order in time.
    pub fn wijzig<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject) -> Result<T>,
    ) -> Result<T> {
        self.wijzig_als(slug, mag_wijzigen, wijziging)
    }

    /// Like [`Omgeving::wijzig`], but an afgerond traject is accepted too: afspraken and nazorg
    /// go on after afronding.
    pub fn wijzig_ook_afgerond<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject) -> Result<T>,
    ) -> Result<T> {
        self.wijzig_als(
            slug,
            |t| match t.status {
                Status::Afgerond => Ok(()),
                _ => mag_wijzigen(t),
            },
            wijziging,
        )
    }

    /// Like [`Omgeving::wijzig`], with the fingerprints of withdrawn and redacted quotes of the
    /// whole map, read under the same lock (see [`Map::wijzig_met_register`]).
    pub fn wijzig_met_register<T>(
        &self,
        slug: &str,
        wijziging: impl FnOnce(&mut Traject, &mut crate::privacy::vingerafdruk::Register) -> Result<T>,
    ) -> Result<T> {
        self.wijzig_als_met(slug, mag_wijzigen, wijziging)
    }

    fn wijzig_als<T>(
        &self,
        slug: &str,
        toegestaan: impl FnOnce(&Traject) -> Result<()>,
        wijziging: impl FnOnce(&mut Traject) -> Result<T>,
    ) -> Result<T> {
        self.wijzig_als_met(slug, toegestaan, |t, _| wijziging(t))
    }

    fn wijzig_als_met<T>(
        &self,
        slug: &str,
        toegestaan: impl FnOnce(&Traject) -> Result<()>,
        wijziging: impl FnOnce(&mut Traject, &mut crate::privacy::vingerafdruk::Register) -> Result<T>,
    ) -> Result<T> {
        self.map.wijzig_met_register(slug, |traject, register| {
            toegestaan(traject)?;
            let voor = crate::methode::volgorde::controleer(traject);
            let uitkomst = wijziging(traject, register)?;
            if let Some(fout) = crate::methode::volgorde::nieuwe_fouten(&voor, traject).first() {
                bail!(
                    "Dat past niet in de tijdlijn van traject '{slug}': {}. Controleer de --datum; 'visieleer toon {slug}' laat zien wanneer elke fase begon.",
                    fout.tekst
                );
            }
            Ok(uitkomst)
        })
    }

    /// Corrects one record (the `-wijzig` commands): `wijziging` changes it in place. Refused
    /// when the record is missing, or when the change takes away what a passed gate rested on;
    /// the method's order in time is checked as for every change. Notes "<record> gewijzigd"
    /// in the history on `datum`; returns whether anything changed.
    pub fn corrigeer(
        &self,
        slug: &str,
        doel: crate::methode::herstel::Doel,
        ook_afgerond: bool,
        datum: Datum,
        wijziging: impl FnOnce(&mut Traject) -> Result<()>,
    ) -> Result<bool> {
        use crate::methode::herstel::{
            beschrijf, gebroken_poort, hoofdletter, kort, niet_gevonden,
        };
        let pad = self.map.bestand(slug);
        let werk = |t: &mut Traject| -> Result<bool> {
            // With two records of one number (a broken merge), the wrong one could change.
            crate::methode::dubbel::weiger(&pad, t)?;
            let Some(wat) = beschrijf(t, doel) else {
                bail!("{}", niet_gevonden(t, doel));
            };
            let voor = t.clone();
            wijziging(t)?;
            if *t == voor {
                return Ok(false);
            }
            if let Some(poort) = gebroken_poort(&voor, t) {
                bail!("{} wordt niet zo gewijzigd: {poort}.", hoofdletter(&wat));
            }
            t.noteer(datum, format!("{} gewijzigd", kort(doel)));
            Ok(true)
        };
        if ook_afgerond {
            self.wijzig_ook_afgerond(slug, werk)
        } else {
            self.wijzig(slug, werk)
        }
    }

    pub fn regel(&mut self, tekst: impl AsRef<str>) {
        let _ = writeln!(self.uit, "{}", tekst.as_ref());
    }
}

/// Only a lopend traject accepts changes.
pub fn mag_wijzigen(traject: &Traject) -> Result<()> {
    let slug = &traject.slug;
    let heropen = format!(
        "moet er toch iets veranderen, heropen het dan met 'visieleer heropen {slug} --reden \"…\"'"
    );
    match traject.status {
        Status::Lopend => Ok(()),
        Status::Afgerond => bail!(
            "Traject '{slug}' is afgerond en kan niet meer worden gewijzigd; alleen 'visieleer afspraak' en 'visieleer nazorg' kunnen nog. {}.",
            hoofdletter(&heropen)
        ),
        Status::Gestopt | Status::Geannuleerd => bail!(
            "Traject '{slug}' is {}{} en kan niet meer worden gewijzigd; {heropen}.",
            traject.status,
            traject
                .reden
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        ),
    }
}

fn hoofdletter(tekst: &str) -> String {
    let mut tekens = tekst.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// Splits what a map read into the trajecten and the files that could not be read, naming each
/// of those on stderr. The caller shows what it could and ends with exit code 1 if any failed.
pub fn leesbare<T>(uitkomsten: Vec<Result<T>>) -> (Vec<T>, usize) {
    let mut trajecten = Vec::new();
    let mut kapot = 0;
    for uitkomst in uitkomsten {
        match uitkomst {
            Ok(t) => trajecten.push(t),
            Err(fout) => {
                kapot += 1;
                crate::fout!(
                    "{fout:#} (dit traject ontbreekt in de uitvoer; 'visieleer check' toont alle fouten)."
                );
            }
        }
    }
    (trajecten, kapot)
}

/// Reads an interview number as the user typed it.
pub fn interviewnummer(tekst: &str) -> Result<u32> {
    match tekst.trim().parse::<u32>() {
        Ok(nr) if nr > 0 => Ok(nr),
        _ => bail!(
            "'{tekst}' is geen interviewnummer; gebruik het nummer dat 'visieleer interview' gaf, zoals 1 of 2."
        ),
    }
}

/// Writes a document to a file atomically, so a reader never sees half of it.
///
/// `-o` only ever writes a new file or replaces a regular one: never a symlink, pipe, device or
/// folder, and never one of the map's own files (traject files, the codebook, the lock file).
pub fn schrijf_document(pad: &Path, inhoud: impl AsRef<[u8]>) -> Result<()> {
    schrijf_bestand(pad, inhoud.as_ref())
}

/// Like [`schrijf_document`], for a binary file (Excel, Word).
pub fn schrijf_bestand(pad: &Path, inhoud: &[u8]) -> Result<()> {
    schrijf_bestand_met(pad, |bestand| {
        std::io::Write::write_all(bestand, inhoud).map_err(|e| schrijffout(pad, &e))
    })
}

/// Like [`schrijf_bestand`], for a file written in pieces by `vul` (a map-wide export that
/// never holds the whole file): the file appears only when `vul` succeeds, and an error of
/// `vul` leaves no file behind. `vul` names its own write errors with [`schrijffout`].
pub fn schrijf_bestand_met<T>(
    pad: &Path,
    vul: impl FnOnce(&mut crate::opslag::AtomairBestand) -> Result<T>,
) -> Result<T> {
    controleer_documentpad(pad)?;
    let map = match pad.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    if !map.is_dir() {
        bail!(
            "De map '{}' voor '{}' bestaat niet; maak hem eerst of kies een ander -o.",
            map.display(),
            pad.display()
        );
    }
    // What a killed export to this target left behind, once it is provably abandoned.
    crate::opslag::achtergelaten::ruim_op(pad);
    let mut bestand =
        crate::opslag::AtomairBestand::nieuw(pad).map_err(|e| schrijffout(pad, &e))?;
    let uitkomst = vul(&mut bestand).map_err(|fout| match fout.downcast::<std::io::Error>() {
        Ok(e) => schrijffout(pad, &e),
        Err(fout) => fout,
    })?;
    bestand.bewaar().map_err(|e| schrijffout(pad, &e))?;
    Ok(uitkomst)
}

/// The message for a document that could not be written.
pub fn schrijffout(pad: &Path, e: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "'{}' kon niet worden geschreven ({}); controleer of de map schrijfbaar is en er ruimte is.",
        pad.display(),
        crate::bestand::io_reden(e)
    )
}

/// Like [`schrijf_bestand_met`], for an export to the screen: `schrijf` writes into an
/// anonymous temporary file, returned ready to read, that goes to stdout with [`naar_scherm`]
/// only when everything succeeded, so a failure halfway never leaves half an export behind
/// `> bestand`.
pub fn tijdelijk_met(
    schrijf: impl FnOnce(&mut (dyn std::io::Write + Send)) -> Result<()>,
) -> Result<std::fs::File> {
    let schrijffout = |e: &std::io::Error| {
        anyhow!(
            "Een tijdelijk bestand voor de uitvoer kon niet worden geschreven ({}); controleer of er ruimte is in de map voor tijdelijke bestanden (TMPDIR) of schrijf met -o naar een bestand.",
            crate::bestand::io_reden(e)
        )
    };
    let mut bestand = tempfile::tempfile().map_err(|e| schrijffout(&e))?;
    schrijf(&mut bestand).map_err(|fout| match fout.downcast::<std::io::Error>() {
        Ok(e) => schrijffout(&e),
        Err(fout) => fout,
    })?;
    bestand.rewind().map_err(|e| schrijffout(&e))?;
    Ok(bestand)
}

/// Copies a finished export to stdout as it is.
pub fn naar_scherm(bestand: &mut std::fs::File) -> Result<()> {
    crate::kopieer_naar_stdout(bestand).map_err(|fout| anyhow!(fout))
}

/// Refuses an output path that is not a document: YAML and the map's control files, and
/// anything that exists but is not a regular, writable file.
fn controleer_documentpad(pad: &Path) -> Result<()> {
    let naam = pad.file_name().and_then(|n| n.to_str()).unwrap_or("");
    // A document never replaces data: a traject file, the codebook or any other YAML.
    if pad
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
    {
        bail!(
            "'{}' is een YAML-bestand, zoals de trajectbestanden; schrijf een document naar een .md- of .html-bestand.",
            pad.display()
        );
    }
    if let Some(c) = pad
        .file_name()
        .map(|n| n.to_string_lossy())
        .and_then(|n| n.chars().find(|&c| crate::model::teken::is_stuurteken(c)))
    {
        bail!(
            "De bestandsnaam '{}' bevat een onzichtbaar stuurteken ({}); kies met -o een naam zonder zulke tekens.",
            pad.display(),
            crate::model::teken::naam(c)
        );
    }
    if naam.starts_with(".visieleer") || naam == ".gitignore" {
        bail!(
            "'{}' is een bestand dat visieleer zelf gebruikt; kies met -o een andere bestandsnaam.",
            pad.display()
        );
    }
    let Ok(meta) = std::fs::symlink_metadata(pad) else {
        return Ok(());
    };
    let soort = meta.file_type();
    if soort.is_dir() {
        bail!(
            "'{}' is een map; geef met -o een bestandsnaam.",
            pad.display()
        );
    }
    if soort.is_symlink() {
        bail!(
            "'{}' is een snelkoppeling (symlink); visieleer schrijft alleen naar gewone bestanden, geef met -o het echte pad of een nieuwe naam.",
            pad.display()
        );
    }
    if !soort.is_file() {
        bail!(
            "'{}' is geen gewoon bestand (maar een apparaat of pijp); geef met -o een gewone bestandsnaam.",
            pad.display()
        );
    }
    if meta.permissions().readonly() {
        bail!(
            "'{}' is alleen-lezen; maak het schrijfbaar of kies met -o een andere naam.",
            pad.display()
        );
    }
    Ok(())
}

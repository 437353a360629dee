//! The two streams of a command: stdout carries the result, stderr the messages.
//!
//! A stream that cannot be written never brings visieleer down: `eprintln!` panics (exit 101)
//! when stderr is full or closed (`2>/dev/full`), even after a change was saved, so every
//! message goes through [`melding`] (the [`melding!`](crate::melding) and
//! [`fout!`](crate::fout) macros), which writes what it can, drops the rest and never shows a
//! control or bidi character raw (see [`crate::model::teken::zichtbaar`]).
//!
//! A command that saved a change says so with [`bewaard`]; when its confirmation on stdout
//! then cannot be written, [`crate::run`] ends with exit code 1 and a message that the change
//! *was* saved, so nobody types it a second time (see *Uitvoer en exitcodes* in HANDLEIDING.md).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The files this process saved, in order (a command saves at most a few).
static BEWAARD: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Writes one line to stderr: `tekst` with every control or bidi character made visible, after
/// `voorvoegsel` as it is (the coloured `fout:`). A failed write is ignored: there is nowhere
/// left to say it.
pub fn melding(voorvoegsel: &str, tekst: &str) {
    let mut regel = String::with_capacity(voorvoegsel.len() + tekst.len() + 2);
    if !voorvoegsel.is_empty() {
        regel.push_str(voorvoegsel);
        regel.push(' ');
    }
    regel.push_str(&crate::model::teken::zichtbaar(tekst));
    regel.push('\n');
    // One write of the whole line, so two processes on one terminal do not mix halves.
    let _ = std::io::stderr().lock().write_all(regel.as_bytes());
}

/// Records that `pad` was saved by this command.
pub fn bewaard(pad: &Path) {
    if let Ok(mut lijst) = BEWAARD.lock() {
        lijst.push(pad.to_path_buf());
    }
}

/// The files saved since the last [`vergeet`], oldest first.
pub fn bewaarde() -> Vec<PathBuf> {
    BEWAARD.lock().map(|l| l.clone()).unwrap_or_default()
}

/// Starts a new command: nothing saved yet.
pub fn vergeet() {
    if let Ok(mut lijst) = BEWAARD.lock() {
        lijst.clear();
    }
}

/// The message for a change that was saved although its confirmation could not be written.
pub fn bewaard_zonder_bevestiging(bewaard: &[PathBuf], reden: &str) -> String {
    let bestanden = bewaard
        .iter()
        .map(|p| format!("'{}'", p.display()))
        .collect::<Vec<_>>()
        .join(" en ");
    format!(
        "De wijziging is wel bewaard in {bestanden}, maar de bevestiging kon niet worden geschreven ({reden}); voer de opdracht niet nog eens uit, 'visieleer toon' laat zien wat er nu staat."
    )
}

/// Like `eprintln!`, but never panics and never shows a control or bidi character raw.
#[macro_export]
macro_rules! melding {
    ($($arg:tt)*) => {
        $crate::stroom::melding("", &format!($($arg)*))
    };
}

/// An error message on stderr after the (coloured) `fout:` prefix; never panics.
#[macro_export]
macro_rules! fout {
    ($($arg:tt)*) => {
        $crate::stroom::melding($crate::kleur::fout_voorvoegsel(), &format!($($arg)*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bewaard_noemt_elk_bestand() {
        let m =
            bewaard_zonder_bevestiging(&[PathBuf::from("trajecten/t.yaml")], "de schijf is vol");
        assert!(
            m.starts_with("De wijziging is wel bewaard in 'trajecten/t.yaml'"),
            "{m}"
        );
        assert!(m.contains("(de schijf is vol)") && !m.contains('\n'), "{m}");
    }
}

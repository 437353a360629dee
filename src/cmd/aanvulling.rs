//! Tab completion that knows the values: the shell asks visieleer itself (clap_complete's
//! dynamic completion), so it can offer the trajecten in the map and the tags of its codebook.
//!
//! `visieleer completions bash` writes a small script that calls `visieleer` with
//! `COMPLETE=bash` whenever the user presses tab; [`run`] answers those calls.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap::Arg;
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter, CompletionCandidate};

use crate::model::interview::Perspectief;
use crate::model::sessie::SessieSoort;
use crate::opslag::Map;

/// The environment variable the completion script sets.
pub const VAR: &str = "COMPLETE";

/// Answers a completion request from the shell about the command line `opdracht` builds (the
/// caller passes `cli::command`, which itself asks this module for candidates); `None` for an
/// ordinary run.
pub fn run(args: &[OsString], opdracht: fn() -> clap::Command) -> Option<i32> {
    std::env::var_os(VAR).filter(|v| !v.is_empty() && v != "0")?;
    let huidige_map = std::env::current_dir().ok();
    match clap_complete::CompleteEnv::with_factory(opdracht)
        .var(VAR)
        .try_complete(args.iter().cloned(), huidige_map.as_deref())
    {
        Ok(true) => Some(0),
        Ok(false) => None,
        Err(_) => Some(1),
    }
}

/// The registration script for a shell: it calls `visieleer` on every tab.
pub fn script(shell: &dyn clap_complete::env::EnvCompleter) -> std::io::Result<String> {
    let mut uit = Vec::new();
    shell.write_registration(VAR, "visieleer", "visieleer", "visieleer", &mut uit)?;
    Ok(String::from_utf8_lossy(&uit).into_owned())
}

/// Adds the value completion an argument of `opdracht` needs, if it needs one.
pub fn voor(opdracht: &str, arg: Arg) -> Arg {
    match (opdracht, arg.get_id().as_str()) {
        (_, "slug") => arg.add(ArgValueCandidates::new(trajecten)),
        (_, "tag") => arg.add(ArgValueCandidates::new(tags)),
        ("verwijder", "soort") => arg.add(ArgValueCandidates::new(|| {
            crate::methode::herstel::Soort::ALLE
                .iter()
                .map(|s| CompletionCandidate::new(s.naam()))
                .collect()
        })),
        ("sessie" | "sessie-wijzig", "soort") => arg.add(ArgValueCandidates::new(|| {
            SessieSoort::ALLE
                .iter()
                .map(|s| CompletionCandidate::new(s.naam()))
                .collect()
        })),
        ("interview" | "interview-wijzig", "duo") => {
            arg.add(ArgValueCompleter::new(rol_en_perspectief))
        }
        ("citaten", "perspectief") => arg.add(ArgValueCandidates::new(|| {
            Perspectief::ALLE
                .iter()
                .map(|p| CompletionCandidate::new(p.naam()))
                .collect()
        })),
        ("interview", "toestemming") => arg.add(ArgValueCandidates::new(|| {
            vec![
                CompletionCandidate::new("ja"),
                CompletionCandidate::new("nee"),
                CompletionCandidate::new("rapport"),
                CompletionCandidate::new("rapport,kaartjes"),
                CompletionCandidate::new("rapport,kaartjes,landelijk"),
            ]
        })),
        _ => arg,
    }
}

/// `rol:` completes to each perspective after the colon.
fn rol_en_perspectief(huidig: &OsStr) -> Vec<CompletionCandidate> {
    let huidig = huidig.to_string_lossy();
    let Some((rol, begin)) = huidig.split_once(':') else {
        return Vec::new();
    };
    Perspectief::ALLE
        .iter()
        .filter(|p| p.naam().starts_with(begin))
        .map(|p| CompletionCandidate::new(format!("{rol}:{}", p.naam())))
        .collect()
}

/// The map the command line being completed points at: `--map`, `VISIELEER_MAP` or the default.
fn map() -> Map {
    let args: Vec<String> = std::env::args().collect();
    let gegeven = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--map=")
            .map(str::to_string)
            .or_else(|| (a == "--map").then(|| args.get(i + 1).cloned()).flatten())
    });
    crate::opslag::kies_map(
        gegeven
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("VISIELEER_MAP").map(PathBuf::from)),
    )
}

fn trajecten() -> Vec<CompletionCandidate> {
    map()
        .bestanden()
        .unwrap_or_default()
        .into_iter()
        .map(|b| CompletionCandidate::new(b.slug))
        .collect()
}

fn tags() -> Vec<CompletionCandidate> {
    let boek = crate::luisteren::codeboek::Codeboek::voor_map(map().pad())
        .unwrap_or_else(|_| crate::luisteren::codeboek::Codeboek::ingebouwd());
    boek.tags
        .into_iter()
        // The shell prints the help as it is: never a control or bidi character raw.
        .map(|t| {
            let help = crate::model::teken::zichtbaar(&t.omschrijving).into_owned();
            CompletionCandidate::new(t.tag).help(Some(help.into()))
        })
        .collect()
}

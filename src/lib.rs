//! visieleer: Visieleertrajecten van werving tot borging.
//!
//! The library holds the domain (one module per concept); `main.rs` only calls [`run`].
//!
//! A module is `pub` only when something outside the library uses it (the integration tests,
//! `examples/genereer.rs`); the others are private, so the compiler reports any function no
//! one calls.

// The layers, from the bottom up (see "Voor ontwikkelaars" in HANDLEIDING.md).
pub mod bestand;
mod cmd;
pub mod document;
pub mod luisteren;
pub mod methode;
pub mod model;
pub mod opslag;
pub mod privacy;
mod uitwisseling;
// Shared by every layer: the terminal's colours and tables, the one stderr writer, and the
// Dutch of the text visieleer writes.
mod kleur;
mod scherm;
mod stroom;
pub mod taal;

use std::ffi::OsString;
use std::io::Write;

use cmd::Omgeving;
use cmd::cli::{self, Opdracht};

/// Runs visieleer with these arguments and returns the exit code: 0 done, 1 refused or bad
/// input, 2 wrong usage.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(code) = cmd::aanvulling::run(&args, cmd::cli::command) {
        return code;
    }
    let args_tekst: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err((tekst, code)) => {
            if code == 0 {
                if let Err(reden) = schrijf_stdout(&tekst) {
                    fout!("{}", stdout_melding(reden));
                    return 1;
                }
            } else {
                melding!("{}", tekst.trim_end_matches('\n'));
            }
            return code;
        }
    };
    let vandaag = match model::datum::Datum::vandaag() {
        Ok(d) => d,
        Err(fout) => {
            fout!("{fout:#}");
            return 1;
        }
    };
    let mut omg = Omgeving {
        map: opslag::kies_map(cli.map)
            .met_forceer(cli.forceer)
            .met_opdracht(opdrachtregel(&args_tekst)),
        vandaag,
        uit: String::new(),
        vandaag_gekozen: Default::default(),
    };
    stroom::vergeet();
    let resultaat = voer_uit(cli.opdracht, &mut omg);
    if resultaat.is_ok()
        && !stroom::bewaarde().is_empty()
        && let Some(regel) = omg.gekozen_datum()
    {
        omg.regel(regel);
    }
    if let Err(reden) = schrijf_stdout(&omg.uit) {
        let bewaard = stroom::bewaarde();
        if bewaard.is_empty() {
            fout!("{}", stdout_melding(reden));
        } else {
            // The change is in the file: say so, or the user types it a second time.
            fout!("{}", stroom::bewaard_zonder_bevestiging(&bewaard, reden));
        }
        if let Err(fout) = resultaat {
            fout!("{fout:#}");
        }
        return 1;
    }
    match resultaat {
        Ok(code) => code,
        Err(fout) => {
            fout!("{fout:#}");
            1
        }
    }
}

/// The command line as the user could type it again, for `ongedaan`'s message: words with
/// spaces or quotes in single quotes, shortened to 120 characters.
fn opdrachtregel(args: &[String]) -> String {
    let woorden: Vec<String> = args
        .iter()
        .map(|a| {
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_alphanumeric() || "-_.:,/=@".contains(c))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect();
    let regel = format!("visieleer {}", woorden.join(" "));
    match regel.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &regel[..i]),
        None => regel,
    }
}

fn voer_uit(opdracht: Opdracht, omg: &mut Omgeving) -> anyhow::Result<cmd::Code> {
    match opdracht {
        Opdracht::Nieuw(a) => cmd::nieuw::run(a, omg),
        Opdracht::Aanmelding(a) => cmd::aanmelding::run(a, omg),
        Opdracht::Kernvraag(a) => cmd::kernvraag::run(a, omg),
        Opdracht::Expert(a) => cmd::expert::run(a, omg),
        Opdracht::ExpertWijzig(a) => cmd::expert_wijzig::run(a, omg),
        Opdracht::SessieWijzig(a) => cmd::sessie_wijzig::run(a, omg),
        Opdracht::InterviewWijzig(a) => cmd::interview_wijzig::run(a, omg),
        Opdracht::InzichtWijzig(a) => cmd::inzicht_wijzig::run(a, omg),
        Opdracht::RichtingWijzig(a) => cmd::richting_wijzig::run(a, omg),
        Opdracht::EvaluatieWijzig(a) => cmd::evaluatie_wijzig::run(a, omg),
        Opdracht::AfspraakWijzig(a) => cmd::afspraak_wijzig::run(a, omg),
        Opdracht::NazorgWijzig(a) => cmd::nazorg_wijzig::run(a, omg),
        Opdracht::Verwijder(a) => cmd::verwijder::run(a, omg),
        Opdracht::Ongedaan(a) => cmd::ongedaan::run(a, omg),
        Opdracht::Sessie(a) => cmd::sessie::run(a, omg),
        Opdracht::Interview(a) => cmd::interview::run(a, omg),
        Opdracht::Interviews(a) => cmd::interviews::run(a, omg),
        Opdracht::Citaat(a) => cmd::citaat::run(a, omg),
        Opdracht::Synthese(a) => cmd::synthese::run(a, omg),
        Opdracht::Richting(a) => cmd::richting::run(a, omg),
        Opdracht::Evaluatie(a) => cmd::evaluatie::run(a, omg),
        Opdracht::Volgende(a) => cmd::volgende::run(a, omg),
        Opdracht::Stop(a) => cmd::beeindig::stop(a, omg),
        Opdracht::Annuleer(a) => cmd::beeindig::annuleer(a, omg),
        Opdracht::Heropen(a) => cmd::heropen::run(a, omg),
        Opdracht::Toon(a) => cmd::toon::run(a, omg),
        Opdracht::Overzicht(a) => cmd::overzicht::run(a, omg),
        Opdracht::Rapport(a) => cmd::rapport::run(a, omg),
        Opdracht::Check(a) => cmd::check::run(a, omg),
        Opdracht::Notities(a) => cmd::notities::run(a, omg),
        Opdracht::Codeboek(a) => cmd::codeboek::run(a, omg),
        Opdracht::Citaten(a) => cmd::citaten::run(a, omg),
        Opdracht::Kerncitaat(a) => cmd::kerncitaat::run(a, omg),
        Opdracht::CitaatWijzig(a) => cmd::citaat_wijzig::run(a, omg),
        Opdracht::CitaatVerwijder(a) => cmd::citaat_verwijder::run(a, omg),
        Opdracht::Tag(a) => cmd::tag::run(a, omg),
        Opdracht::Afspraak(a) => cmd::afspraak::run(a, omg),
        Opdracht::Nazorg(a) => cmd::nazorg::run(a, omg),
        Opdracht::Kaartjes(a) => cmd::kaartjes::run(a, omg),
        Opdracht::Clusters(a) => cmd::clusters::run(a, omg),
        Opdracht::RodeDraden(a) => cmd::rode_draden::run(a, omg),
        Opdracht::Completions(a) => cmd::completions::run(a, omg),
        Opdracht::Manpage(a) => cmd::completions::manpage(a, omg),
        Opdracht::Intrekken(a) => cmd::intrekken::run(a, omg),
        Opdracht::Toestemming(a) => cmd::toestemming::run(a, omg),
        Opdracht::Qdpx(a) => cmd::qdpx::run(a, omg),
        Opdracht::Conclusie(a) => cmd::conclusie::run(a, omg),
        Opdracht::ThemaInleiding(a) => cmd::thema_inleiding::run(a, omg),
        Opdracht::Experts(a) => cmd::experts::run(a, omg),
        Opdracht::InterviewStand(a) => cmd::interview_stand::run(a, omg),
        Opdracht::Leidraad(a) => cmd::leidraad::run(a, omg),
        Opdracht::Agenda(a) => cmd::agenda::run(a, omg),
    }
}

/// Writes to stdout, never a control or bidi character raw (see [`teken`]); a closed pipe
/// (`| head`) ends quietly, any other failure (a full disk behind `> bestand`, `/dev/full`) is
/// an error, given as its reason: an empty file must never look like success.
fn schrijf_stdout(tekst: &str) -> Result<(), &'static str> {
    let tekst = model::teken::zichtbaar(tekst);
    let mut stdout = std::io::stdout().lock();
    stdout_uitkomst(
        stdout
            .write_all(tekst.as_bytes())
            .and_then(|_| stdout.flush()),
    )
}

/// Copies a finished export to stdout as it is (its writer already made every character
/// visible), with the same handling of a closed pipe and a failed write as [`schrijf_stdout`].
pub(crate) fn kopieer_naar_stdout(bron: &mut impl std::io::Read) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout_uitkomst(std::io::copy(bron, &mut stdout).and_then(|_| stdout.flush()))
        .map_err(stdout_melding)
}

fn stdout_uitkomst(uitkomst: std::io::Result<()>) -> Result<(), &'static str> {
    match uitkomst {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(bestand::io_reden(&e)),
    }
}

/// The message for output that could not be written, with its reason.
fn stdout_melding(reden: &str) -> String {
    format!(
        "De uitvoer kon niet worden geschreven ({reden}); controleer of er ruimte is op de schijf of schrijf met -o naar een bestand."
    )
}

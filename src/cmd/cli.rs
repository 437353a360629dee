//! The command line: one clap-derive definition, rendered in Dutch.

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, Parser, Subcommand};

use crate::cmd;

/// visieleer: Visieleertrajecten van werving tot borging.
///
/// Houdt per traject bij in welke fase het is, bewaakt de poort naar de volgende fase,
/// verzamelt de citaten uit de duo-interviews en schrijft de eindrapportage.
#[derive(Parser, Debug)]
#[command(name = "visieleer", version, propagate_version = true)]
pub struct Cli {
    /// Map met de trajectbestanden (standaard 'trajecten', of VISIELEER_MAP)
    #[arg(
        long,
        global = true,
        env = "VISIELEER_MAP",
        hide_env = true,
        value_name = "MAP"
    )]
    pub map: Option<PathBuf>,

    /// Herschrijf een bestand ook als het YAML-commentaar (#) bevat; het commentaar gaat dan verloren
    #[arg(long, global = true)]
    pub forceer: bool,

    #[command(subcommand)]
    pub opdracht: Opdracht,
}

#[derive(Subcommand, Debug)]
pub enum Opdracht {
    Nieuw(cmd::nieuw::Args),
    Aanmelding(cmd::aanmelding::Args),
    Kernvraag(cmd::kernvraag::Args),
    Expert(cmd::expert::Args),
    ExpertWijzig(cmd::expert_wijzig::Args),
    Sessie(cmd::sessie::Args),
    SessieWijzig(cmd::sessie_wijzig::Args),
    Interview(cmd::interview::Args),
    InterviewWijzig(cmd::interview_wijzig::Args),
    Interviews(cmd::interviews::Args),
    Citaat(cmd::citaat::Args),
    Synthese(cmd::synthese::Args),
    InzichtWijzig(cmd::inzicht_wijzig::Args),
    Richting(cmd::richting::Args),
    RichtingWijzig(cmd::richting_wijzig::Args),
    Evaluatie(cmd::evaluatie::Args),
    EvaluatieWijzig(cmd::evaluatie_wijzig::Args),
    Volgende(cmd::volgende::Args),
    Stop(cmd::beeindig::StopArgs),
    Annuleer(cmd::beeindig::AnnuleerArgs),
    Heropen(cmd::heropen::Args),
    Toon(cmd::toon::Args),
    Overzicht(cmd::overzicht::Args),
    Rapport(cmd::rapport::Args),
    Check(cmd::check::Args),
    Notities(cmd::notities::Args),
    Codeboek(cmd::codeboek::Args),
    Citaten(cmd::citaten::Args),
    Kerncitaat(cmd::kerncitaat::Args),
    CitaatWijzig(cmd::citaat_wijzig::Args),
    CitaatVerwijder(cmd::citaat_verwijder::Args),
    Tag(cmd::tag::Args),
    Afspraak(cmd::afspraak::Args),
    AfspraakWijzig(cmd::afspraak_wijzig::Args),
    Nazorg(cmd::nazorg::Args),
    NazorgWijzig(cmd::nazorg_wijzig::Args),
    Verwijder(cmd::verwijder::Args),
    Ongedaan(cmd::ongedaan::Args),
    Kaartjes(cmd::kaartjes::Args),
    Clusters(cmd::clusters::Args),
    RodeDraden(cmd::rode_draden::Args),
    Completions(cmd::completions::Args),
    Manpage(cmd::completions::ManArgs),
    Intrekken(cmd::intrekken::Args),
    Toestemming(cmd::toestemming::Args),
    Qdpx(cmd::qdpx::Args),
    Conclusie(cmd::conclusie::Args),
    ThemaInleiding(cmd::thema_inleiding::Args),
    Experts(cmd::experts::Args),
    InterviewStand(cmd::interview_stand::Args),
    Leidraad(cmd::leidraad::Args),
    Agenda(cmd::agenda::Args),
}

/// The clap command with Dutch headings, help and version flags, everywhere.
pub fn command() -> Command {
    nederlands(Cli::command(), true)
}

fn nederlands(cmd: Command, top: bool) -> Command {
    let mut cmd = cmd
        .help_template("{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Toon deze hulp"),
        );
    if top {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Toon de versie"),
        );
    }
    // Setting a heading loses clap's ordering of arguments; keep the order they are declared in.
    let mut volgorde = 0;
    let naam = cmd.get_name().to_string();
    cmd.mut_args(move |a| {
        volgorde += 1;
        let mut a = crate::cmd::aanvulling::voor(&naam, a.display_order(volgorde));
        // Users call it a traject; 'slug' is a word of the code.
        if a.get_id() == "slug" {
            a = a.value_name("TRAJECT");
        }
        if a.is_positional() {
            a.help_heading("Argumenten")
        } else {
            a.help_heading("Opties")
        }
    })
    .mut_subcommands(|sub| nederlands(sub, false))
}

/// Parses the arguments, or returns what to print and the exit code (0 for help, 2 for misuse).
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Cli, (String, i32)> {
    use clap::FromArgMatches;
    let matches = command().try_get_matches_from(args).map_err(foutmelding)?;
    Cli::from_arg_matches(&matches).map_err(foutmelding)
}

fn waarde(fout: &clap::Error, soort: ContextKind) -> Option<String> {
    match fout.get(soort)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn foutmelding(fout: clap::Error) -> (String, i32) {
    let ctx = |k| waarde(&fout, k).unwrap_or_default();
    let bericht = match fout.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let tekst = fout.render().to_string().replace("[OPTIONS]", "[OPTIES]");
            return (tekst, 0);
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            "geef een opdracht; 'visieleer --help' toont ze allemaal.".to_string()
        }
        ErrorKind::InvalidSubcommand => match waarde(&fout, ContextKind::SuggestedSubcommand) {
            Some(s) => format!(
                "onbekende opdracht '{}'; bedoelde je '{s}'? 'visieleer --help' toont alle opdrachten.",
                ctx(ContextKind::InvalidSubcommand)
            ),
            None => format!(
                "onbekende opdracht '{}'; 'visieleer --help' toont alle opdrachten.",
                ctx(ContextKind::InvalidSubcommand)
            ),
        },
        ErrorKind::UnknownArgument => match waarde(&fout, ContextKind::SuggestedArg) {
            Some(s) => format!(
                "onbekende optie '{}'; bedoelde je '{s}'? Zie --help.",
                ctx(ContextKind::InvalidArg)
            ),
            None => format!(
                "onbekende optie of te veel argumenten: '{}'; zet tekst met spaties tussen aanhalingstekens. Zie --help.",
                ctx(ContextKind::InvalidArg)
            ),
        },
        ErrorKind::MissingRequiredArgument => format!(
            "er ontbreekt iets: {}; zie --help.",
            ctx(ContextKind::InvalidArg).replace('\n', ", ")
        ),
        ErrorKind::InvalidValue => {
            let geldig = ctx(ContextKind::ValidValue);
            if geldig.is_empty() {
                format!(
                    "'{}' heeft een waarde nodig; zie --help.",
                    ctx(ContextKind::InvalidArg)
                )
            } else {
                format!(
                    "ongeldige waarde '{}' voor {}; kies uit {geldig}.",
                    ctx(ContextKind::InvalidValue),
                    ctx(ContextKind::InvalidArg)
                )
            }
        }
        ErrorKind::ArgumentConflict => format!(
            "{} en {} gaan niet samen; kies er één.",
            ctx(ContextKind::InvalidArg),
            ctx(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!(
                "verkeerd aantal waarden voor {}; zie --help.",
                ctx(ContextKind::InvalidArg)
            )
        }
        ErrorKind::InvalidUtf8 => "een argument is geen geldige UTF-8-tekst.".to_string(),
        ErrorKind::ValueValidation => format!(
            "ongeldige waarde '{}' voor {}; zie --help.",
            ctx(ContextKind::InvalidValue),
            ctx(ContextKind::InvalidArg)
        ),
        _ => "de opdracht is niet goed opgeschreven; zie 'visieleer --help'.".to_string(),
    };
    (format!("fout: {bericht}\n"), 2)
}

#[cfg(test)]
mod tests {
    #[test]
    fn definitie_klopt() {
        super::command().debug_assert();
    }
}

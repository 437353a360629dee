use anyhow::{Context, Result};

use super::{Code, Omgeving};

/// De shell waarvoor de aanvulling wordt geschreven.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// Schrijf de tab-aanvulling voor bash, zsh of fish
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Voorbeeld:\n  visieleer completions bash > \\\n    ~/.local/share/bash-completion/completions/visieleer\n  visieleer completions zsh > ~/.zfunc/_visieleer\n  visieleer completions fish > ~/.config/fish/completions/visieleer.fish"
)]
pub struct Args {
    /// De shell: bash, zsh of fish
    #[arg(value_enum, hide_possible_values = true, value_name = "SHELL")]
    pub shell: Shell,
}

/// Schrijf de handleiding (man-pagina) van visieleer
#[derive(clap::Args, Debug)]
#[command(after_help = "Voorbeeld:\n  visieleer manpage > visieleer.1\n  man ./visieleer.1")]
pub struct ManArgs {}

pub fn run(args: Args, omg: &mut Omgeving) -> Result<Code> {
    let shell: &dyn clap_complete::env::EnvCompleter = match args.shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
    };
    let script = crate::cmd::aanvulling::script(shell)
        .map_err(|_| anyhow::anyhow!("De aanvulling kon niet worden geschreven."))?;
    omg.uit.push_str(&script);
    Ok(0)
}

pub fn manpage(_args: ManArgs, omg: &mut Omgeving) -> Result<Code> {
    let cmd = crate::cmd::cli::command();
    let mut uit: Vec<u8> = Vec::new();
    clap_mangen::Man::new(cmd)
        .title("VISIELEER")
        .section("1")
        .manual("Handleiding visieleer")
        .render(&mut uit)
        .context("De man-pagina kon niet worden geschreven.")?;
    let mut tekst = String::from_utf8(uit).context("De man-pagina is geen geldige tekst.")?;
    // clap_mangen writes English section titles; the reader of this page reads Dutch.
    // `.TH title section date source manual`: without a date, `man` takes the source for the
    // date and prints its own English "General Commands Manual" as the manual's name.
    tekst = tekst
        .lines()
        .map(|regel| {
            if regel.starts_with(".TH ") {
                format!(
                    ".TH VISIELEER 1 \"\" \"visieleer {}\" \"Handleiding visieleer\"",
                    env!("CARGO_PKG_VERSION")
                )
            } else {
                regel.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    // There is one page; name the commands as they are typed, not as pages that do not exist.
    for sub in crate::cmd::cli::command().get_subcommands() {
        let naam = sub.get_name().replace('-', "\\-");
        tekst = tekst.replace(
            &format!("visieleer\\-{naam}(1)"),
            &format!("visieleer {naam}"),
        );
    }
    for (engels, nederlands) in [
        (".SH NAME", ".SH NAAM"),
        (".SH SYNOPSIS", ".SH GEBRUIK"),
        (".SH DESCRIPTION", ".SH BESCHRIJVING"),
        (".SH OPTIONS", ".SH OPTIES"),
        (".SH SUBCOMMANDS", ".SH OPDRACHTEN"),
        (".SH Opdrachten", ".SH OPDRACHTEN"),
        (".SH EXTRA", ".SH MEER"),
        (".SH VERSION", ".SH VERSIE"),
        (".SH AUTHORS", ".SH AUTEURS"),
    ] {
        tekst = tekst.replace(engels, nederlands);
    }
    omg.uit.push_str(&tekst);
    Ok(0)
}

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
    after_help = "Voorbeeld:\n  visieleer completions bash > ~/.local/share/bash-completion/completions/visieleer\n  visieleer completions zsh > ~/.zfunc/_visieleer\n  visieleer completions fish > ~/.config/fish/completions/visieleer.fish"
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
    let mut cmd = crate::cli::command();
    let mut uit: Vec<u8> = Vec::new();
    let shell = match args.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "visieleer", &mut uit);
    omg.uit
        .push_str(&String::from_utf8(uit).context("De aanvulling is geen geldige tekst.")?);
    Ok(0)
}

pub fn manpage(_args: ManArgs, omg: &mut Omgeving) -> Result<Code> {
    let cmd = crate::cli::command();
    let mut uit: Vec<u8> = Vec::new();
    clap_mangen::Man::new(cmd)
        .title("VISIELEER")
        .section("1")
        .manual("Handleiding visieleer")
        .render(&mut uit)
        .context("De man-pagina kon niet worden geschreven.")?;
    let mut tekst = String::from_utf8(uit).context("De man-pagina is geen geldige tekst.")?;
    // clap_mangen writes English section titles; the reader of this page reads Dutch.
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

//! `leidraad`: the interview guide.

use anyhow::Result;

use super::{Code, Omgeving};

/// Schrijf een leidraad voor de duo-interviews
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Het traject
    pub slug: String,
}

pub fn run(_args: Args, _omg: &mut Omgeving) -> Result<Code> {
    Ok(0)
}

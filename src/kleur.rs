//! Colour for people, never for programs: only on a terminal, and never with `NO_COLOR` set
//! (<https://no-color.org>: any value, even empty, switches colour off).

use std::io::IsTerminal;

/// Whether to colour a stream that is (or is not) a terminal, given the value of `NO_COLOR`.
pub fn gewenst(is_terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    is_terminal && no_color.is_none()
}

/// Whether stderr gets colour.
pub fn op_stderr() -> bool {
    gewenst(
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR"),
    )
}

/// The `fout:` prefix of an error message, red and bold when colour is wanted.
pub fn fout_voorvoegsel() -> &'static str {
    if op_stderr() {
        "\x1b[1;31mfout:\x1b[0m"
    } else {
        "fout:"
    }
}

#[cfg(test)]
mod tests {
    use super::gewenst;

    #[test]
    fn kleur_alleen_op_een_terminal_zonder_no_color() {
        assert!(gewenst(true, None));
        assert!(!gewenst(false, None));
        assert!(!gewenst(true, Some("1".into())));
        assert!(!gewenst(true, Some("".into())));
    }
}

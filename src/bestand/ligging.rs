//! Where each field of a file stands: the line of every node, by its path
//! (`interviews[2].citaten[0].nr`, the form the YAML reader itself uses in its errors).
//!
//! Built from the parser's events, only when a message needs a line (an error, a `check`
//! finding), so reading a good file never pays for it. However a file is indented or written
//! (`- {nr: 1}` or a block), the parser's path is the path.

use std::collections::HashMap;

use super::gebeurtenis::{Gebeurtenis, Lezer};

/// One step of a path: a field name or a list position (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deel<'a> {
    Sleutel(&'a str),
    Item(usize),
}

/// The lines of one file's nodes.
#[derive(Debug, Default)]
pub struct Ligging {
    /// Each path with the lines it starts on (more than one when a field is repeated).
    regels: HashMap<String, Vec<usize>>,
    /// Each value's first line and column: for an error that names a value but not its field.
    waarden: HashMap<Vec<u8>, (usize, usize)>,
}

enum Kader {
    /// A group: the path so far, and the key whose value comes next (or `None` while a key is
    /// expected).
    Groep {
        pad: String,
        sleutel: Option<String>,
    },
    Lijst {
        pad: String,
        volgende: usize,
    },
}

impl Ligging {
    /// Reads the lines of a text; as far as the parser got when the text is not valid YAML.
    pub fn van(tekst: &str) -> Ligging {
        let mut ligging = Ligging::default();
        let mut stapel: Vec<Kader> = Vec::new();
        let mut lezer = Lezer::nieuw(tekst.as_bytes());
        while let Ok(Some((g, begin, _))) = lezer.volgende() {
            // The path of the node this event starts, or `None` when it is a key.
            let pad: Option<String> = match &g {
                Gebeurtenis::Waarde { .. }
                | Gebeurtenis::Alias
                | Gebeurtenis::Lijst { .. }
                | Gebeurtenis::Groep { .. } => match stapel.last_mut() {
                    None => Some(String::new()),
                    Some(Kader::Lijst { pad, volgende }) => {
                        let p = format!("{pad}[{volgende}]");
                        *volgende += 1;
                        Some(p)
                    }
                    Some(Kader::Groep { pad, sleutel }) => match sleutel.take() {
                        Some(s) => Some(if pad.is_empty() {
                            s
                        } else {
                            format!("{pad}.{s}")
                        }),
                        None => {
                            *sleutel = Some(match &g {
                                Gebeurtenis::Waarde { tekst, .. } => {
                                    String::from_utf8_lossy(tekst).into_owned()
                                }
                                _ => "?".to_string(),
                            });
                            // The key's line is the line of the field.
                            let s = sleutel.as_deref().unwrap_or("?");
                            let p = if pad.is_empty() {
                                s.to_string()
                            } else {
                                format!("{pad}.{s}")
                            };
                            ligging.regels.entry(p).or_default().push(begin.regel);
                            None
                        }
                    },
                },
                _ => None,
            };
            match g {
                Gebeurtenis::Lijst { .. } => {
                    let pad = pad.unwrap_or_default();
                    ligging.zet_waarde(&pad, begin.regel);
                    stapel.push(Kader::Lijst { pad, volgende: 0 });
                }
                Gebeurtenis::Groep { .. } => {
                    let pad = pad.unwrap_or_default();
                    ligging.zet_waarde(&pad, begin.regel);
                    stapel.push(Kader::Groep { pad, sleutel: None });
                }
                Gebeurtenis::Sluit => {
                    stapel.pop();
                }
                Gebeurtenis::Waarde { tekst, .. } => {
                    if let Some(pad) = pad {
                        ligging.zet_waarde(&pad, begin.regel);
                        ligging
                            .waarden
                            .entry(tekst.to_vec())
                            .or_insert((begin.regel, begin.kolom));
                    }
                }
                Gebeurtenis::Alias => {
                    if let Some(pad) = pad {
                        ligging.zet_waarde(&pad, begin.regel);
                    }
                }
                Gebeurtenis::Begin | Gebeurtenis::Einde => {}
            }
        }
        ligging
    }

    /// A node's line when it is not a field's value (a list item, the root): a field's own line
    /// was set when its key was read.
    fn zet_waarde(&mut self, pad: &str, regel: usize) {
        if pad.ends_with(']') || pad.is_empty() {
            self.regels.entry(pad.to_string()).or_default().push(regel);
        }
    }

    /// The line a path starts on (its first occurrence).
    pub fn regel(&self, pad: &str) -> Option<usize> {
        self.regels.get(pad).and_then(|r| r.first().copied())
    }

    /// The line and column where a value is first written.
    pub fn waarde(&self, waarde: &str) -> Option<(usize, usize)> {
        self.waarden.get(waarde.as_bytes()).copied()
    }

    /// Every line a path starts on: more than one when the field is repeated.
    pub fn regels(&self, pad: &str) -> &[usize] {
        self.regels.get(pad).map_or(&[], Vec::as_slice)
    }

    /// The line of the deepest part of a path that exists: a finding about a field that is
    /// missing points at what holds it.
    pub fn diepste(&self, delen: &[Deel]) -> Option<usize> {
        let mut pad = String::new();
        let mut gevonden = None;
        for deel in delen {
            match deel {
                Deel::Sleutel(s) => {
                    if !pad.is_empty() {
                        pad.push('.');
                    }
                    pad.push_str(s);
                }
                Deel::Item(i) => {
                    pad.push('[');
                    pad.push_str(&i.to_string());
                    pad.push(']');
                }
            }
            match self.regel(&pad) {
                Some(r) => gevonden = Some(r),
                None => break,
            }
        }
        gevonden
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "versie: 1
gemeenten:
- Hoorn
tijdlijn:
  werving: 2024-01-08
  starten: 2024-01-15
sessies:
- soort: kickoff
  datum: 2024-01-22
-   soort: ontwerpsessie
    datum: 2024-01-24
afspraken:
- {nr: 1, nazorg: [{datum: 2024-05-01}, {datum: 2024-06-01}]}
";

    #[test]
    fn vindt_de_regels() {
        let l = Ligging::van(YAML);
        assert_eq!(l.regel("tijdlijn.starten"), Some(6));
        assert_eq!(l.regel("sessies[1]"), Some(10));
        assert_eq!(l.regel("sessies[1].datum"), Some(11));
        assert_eq!(l.regel("afspraken[0].nazorg[1].datum"), Some(13));
        assert_eq!(l.regel("gemeenten[0]"), Some(3));
        use Deel::*;
        assert_eq!(l.diepste(&[Sleutel("sessies"), Item(5)]), Some(7));
        assert_eq!(l.diepste(&[Sleutel("evaluatie")]), None);
    }

    #[test]
    fn herhaalde_velden() {
        let l = Ligging::van("a: 1\nb: 2\na: 3\n");
        assert_eq!(l.regels("a"), [1, 3]);
    }
}

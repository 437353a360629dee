//! The YAML parser's own event stream: the same libyaml (the `libyaml-rs` port) that
//! `yaml_serde` reads every traject with, one event at a time, with where each event stands.
//!
//! The guards and the line model decide on these events, so they see exactly what the parser
//! sees: `*nadruk*` in the middle of a sentence is text because libyaml says so, not because a
//! scanner of ours guessed it. The port keeps libyaml's C interface, so this module is the one
//! place in visieleer with `unsafe` code; everything it hands out is safe and owned or borrowed
//! from the input.

use std::mem::MaybeUninit;

use libyaml_rs as sys;

/// Where an event stands in the text: the byte offset, and the line and column people count
/// (1-based; the column in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Plek {
    pub byte: usize,
    pub regel: usize,
    pub kolom: usize,
}

impl Plek {
    fn van(mark: sys::yaml_mark_t) -> Plek {
        Plek {
            byte: mark.index as usize,
            regel: mark.line as usize + 1,
            kolom: mark.column as usize + 1,
        }
    }
}

/// How a scalar was written: plain, in quotes, or as a block (`|`, `>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stijl {
    Kaal,
    Enkel,
    Dubbel,
    Blok,
}

/// One event of the stream. A scalar's value is borrowed until the next event is asked for.
#[derive(Debug)]
pub enum Gebeurtenis<'e> {
    Begin,
    Einde,
    /// A scalar: its value as the parser decoded it (escapes resolved, lines folded).
    Waarde {
        tekst: &'e [u8],
        stijl: Stijl,
        anker: bool,
    },
    /// `*naam`: a reference to an anchored node.
    Alias,
    /// The start of a list (`- …` or `[…]`).
    Lijst {
        anker: bool,
    },
    /// The start of a group of fields (`naam: waarde` or `{…}`).
    Groep {
        anker: bool,
    },
    /// The end of the innermost list or group.
    Sluit,
}

/// Why the parser stopped: its own problem words (English; [`super::melding`] puts them in
/// Dutch) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parserfout {
    pub probleem: String,
    pub plek: Plek,
    /// The byte offset libyaml gives for problems found while decoding (UTF-8, control
    /// characters), where it has no line yet.
    pub byte: usize,
}

/// A pull parser over one text.
pub struct Lezer<'t> {
    parser: Box<MaybeUninit<sys::yaml_parser_t>>,
    event: MaybeUninit<sys::yaml_event_t>,
    /// Whether `event` holds an event that must be deleted before the next one.
    vol: bool,
    klaar: bool,
    _tekst: std::marker::PhantomData<&'t [u8]>,
}

impl<'t> Lezer<'t> {
    pub fn nieuw(tekst: &'t [u8]) -> Lezer<'t> {
        let mut parser = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
        // SAFETY: the parser lives in a Box, so it never moves while libyaml holds pointers into
        // it; the input outlives the Lezer ('t). Initialisation only fails on allocation failure,
        // which aborts in Rust anyway.
        unsafe {
            let p = parser.as_mut_ptr();
            if sys::yaml_parser_initialize(p).fail {
                std::process::abort();
            }
            sys::yaml_parser_set_encoding(p, sys::YAML_UTF8_ENCODING);
            sys::yaml_parser_set_input_string(p, tekst.as_ptr(), tekst.len() as u64);
        }
        Lezer {
            parser,
            event: MaybeUninit::uninit(),
            vol: false,
            klaar: false,
            _tekst: std::marker::PhantomData,
        }
    }

    fn leeg(&mut self) {
        if self.vol {
            // SAFETY: `event` was filled by a successful yaml_parser_parse and not yet deleted.
            unsafe { sys::yaml_event_delete(self.event.as_mut_ptr()) };
            self.vol = false;
        }
    }

    /// The next event with where it begins and ends, `None` after the end of the stream.
    pub fn volgende(&mut self) -> Result<Option<(Gebeurtenis<'_>, Plek, Plek)>, Parserfout> {
        self.leeg();
        if self.klaar {
            return Ok(None);
        }
        // SAFETY: the parser was initialised in `nieuw`; an event is only read after a successful
        // parse, and its pointers (value, anchor) stay valid until `leeg` deletes it.
        unsafe {
            let p = self.parser.as_mut_ptr();
            if sys::yaml_parser_parse(p, self.event.as_mut_ptr()).fail {
                self.klaar = true;
                let parser = &*p;
                let probleem = if parser.problem.is_null() {
                    String::from("parse error")
                } else {
                    std::ffi::CStr::from_ptr(parser.problem.cast())
                        .to_string_lossy()
                        .into_owned()
                };
                return Err(Parserfout {
                    probleem,
                    plek: Plek::van(parser.problem_mark),
                    byte: parser.problem_offset as usize,
                });
            }
            self.vol = true;
            let e = &*self.event.as_ptr();
            let begin = Plek::van(e.start_mark);
            let eind = Plek::van(e.end_mark);
            let g = match e.type_ {
                sys::YAML_STREAM_START_EVENT
                | sys::YAML_DOCUMENT_START_EVENT
                | sys::YAML_DOCUMENT_END_EVENT => Gebeurtenis::Begin,
                sys::YAML_STREAM_END_EVENT => {
                    self.klaar = true;
                    Gebeurtenis::Einde
                }
                sys::YAML_ALIAS_EVENT => Gebeurtenis::Alias,
                sys::YAML_SCALAR_EVENT => {
                    let s = e.data.scalar;
                    Gebeurtenis::Waarde {
                        tekst: if s.value.is_null() {
                            &[]
                        } else {
                            std::slice::from_raw_parts(s.value, s.length as usize)
                        },
                        stijl: match s.style {
                            sys::YAML_SINGLE_QUOTED_SCALAR_STYLE => Stijl::Enkel,
                            sys::YAML_DOUBLE_QUOTED_SCALAR_STYLE => Stijl::Dubbel,
                            sys::YAML_LITERAL_SCALAR_STYLE | sys::YAML_FOLDED_SCALAR_STYLE => {
                                Stijl::Blok
                            }
                            _ => Stijl::Kaal,
                        },
                        anker: !s.anchor.is_null(),
                    }
                }
                sys::YAML_SEQUENCE_START_EVENT => Gebeurtenis::Lijst {
                    anker: !e.data.sequence_start.anchor.is_null(),
                },
                sys::YAML_MAPPING_START_EVENT => Gebeurtenis::Groep {
                    anker: !e.data.mapping_start.anchor.is_null(),
                },
                sys::YAML_SEQUENCE_END_EVENT | sys::YAML_MAPPING_END_EVENT => Gebeurtenis::Sluit,
                _ => Gebeurtenis::Begin,
            };
            Ok(Some((g, begin, eind)))
        }
    }
}

impl Drop for Lezer<'_> {
    fn drop(&mut self) {
        self.leeg();
        // SAFETY: initialised in `nieuw`, deleted once.
        unsafe { sys::yaml_parser_delete(self.parser.as_mut_ptr()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn soorten(tekst: &str) -> Result<Vec<String>, Parserfout> {
        let mut lezer = Lezer::nieuw(tekst.as_bytes());
        let mut uit = Vec::new();
        while let Some((g, begin, _)) = lezer.volgende()? {
            uit.push(match g {
                Gebeurtenis::Waarde { tekst, .. } => {
                    format!("{}@{}", String::from_utf8_lossy(tekst), begin.regel)
                }
                Gebeurtenis::Alias => format!("*@{}", begin.regel),
                Gebeurtenis::Groep { anker: true } | Gebeurtenis::Lijst { anker: true } => {
                    format!("&@{}", begin.regel)
                }
                _ => continue,
            });
        }
        Ok(uit)
    }

    #[test]
    fn nadruk_in_een_zin_is_tekst() {
        assert_eq!(
            soorten("tekst: Ik zei het al, *echt* waar.\n").unwrap(),
            ["tekst@1", "Ik zei het al, *echt* waar.@1"]
        );
    }

    #[test]
    fn verwijzingen_en_fouten() {
        assert_eq!(
            soorten("a: &x [1]\nb: *x\n").unwrap(),
            ["a@1", "&@1", "1@1", "b@2", "*@2"]
        );
        let fout = soorten("a: [1\nb: 2\n").unwrap_err();
        assert!(fout.probleem.contains("did not find expected"), "{fout:?}");
        assert_eq!(soorten("a: \"x\\u202Ey\"\n").unwrap()[1], "x\u{202e}y@1");
    }
}

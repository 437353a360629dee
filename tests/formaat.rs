//! Format from the name (`-o`): for every command that writes a file, each extension chooses
//! its format, a name without one gets the command's default, and a name that contradicts the
//! format flag or a format the command cannot write is refused with the flag to use, exit 1,
//! and no file written.

use crate::common;

use std::fs;

use common::Sessie;

/// What a written file must start with (or contain) to be of a format.
fn is_formaat(bytes: &[u8], ext: &str) -> bool {
    let tekst = String::from_utf8_lossy(bytes);
    match ext {
        "pdf" => bytes.starts_with(b"%PDF-"),
        "docx" | "xlsx" | "qdpx" => bytes.starts_with(b"PK\x03\x04"),
        "html" => tekst.starts_with("<!DOCTYPE html>"),
        "json" => tekst.trim_start().starts_with('['),
        "csv" => tekst
            .lines()
            .next()
            .is_some_and(|r| r.contains(",") && r.contains("traject")),
        "md" => tekst.starts_with('#') || tekst.starts_with('|'),
        "tabel" => {
            !tekst.starts_with('#') && !tekst.starts_with('[') && tekst.contains("zeewijk")
                || tekst.contains("Zeewijk")
        }
        _ => unreachable!(),
    }
}

fn sessie() -> Sessie {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s
}

/// The command line of each command without `-o`, and per extension what it writes (the format
/// by its extension) or `None` when refused.
/// A command: its name, its command line without `-o`, and per extension the format it
/// writes (`None`: refused).
type Opdracht = (
    &'static str,
    Vec<&'static str>,
    Vec<(&'static str, Option<&'static str>)>,
);

fn opdrachten() -> Vec<Opdracht> {
    let alle = [
        "md", "html", "pdf", "docx", "csv", "xlsx", "qdpx", "json", "",
    ];
    let tabel = |kan: &[(&'static str, &'static str)]| {
        alle.iter()
            .map(|&e| (e, kan.iter().find(|(x, _)| *x == e).map(|(_, f)| *f)))
            .collect::<Vec<_>>()
    };
    vec![
        (
            "rapport",
            vec!["rapport", "zeewijk"],
            tabel(&[
                ("md", "md"),
                ("html", "html"),
                ("pdf", "pdf"),
                ("docx", "docx"),
                ("", "md"),
            ]),
        ),
        (
            "kaartjes",
            vec!["kaartjes", "zeewijk"],
            tabel(&[("md", "md"), ("html", "html"), ("pdf", "pdf"), ("", "md")]),
        ),
        (
            "rode-draden",
            vec!["rode-draden"],
            tabel(&[
                ("md", "md"),
                ("html", "html"),
                ("pdf", "pdf"),
                ("docx", "docx"),
                ("", "md"),
            ]),
        ),
        (
            "overzicht",
            vec!["overzicht"],
            tabel(&[
                ("md", "md"),
                ("html", "html"),
                ("pdf", "pdf"),
                ("json", "json"),
                ("", "tabel"),
            ]),
        ),
        (
            "citaten",
            vec!["citaten", "zeewijk"],
            tabel(&[("csv", "csv"), ("xlsx", "xlsx"), ("", "csv")]),
        ),
        (
            "qdpx",
            vec!["qdpx", "zeewijk"],
            tabel(&[("qdpx", "qdpx"), ("", "qdpx")]),
        ),
        (
            "experts",
            vec!["experts"],
            tabel(&[("md", "md"), ("csv", "csv"), ("", "tabel")]),
        ),
    ]
}

#[test]
fn de_naam_kiest_het_formaat_per_opdracht_en_extensie() {
    let s = sessie();
    for (opdracht, regel, extensies) in opdrachten() {
        for (ext, formaat) in extensies {
            let naam = if ext.is_empty() {
                format!("uit-{opdracht}")
            } else {
                format!("uit-{opdracht}.{ext}")
            };
            let mut args = regel.clone();
            args.extend(["-o", &naam]);
            match formaat {
                Some(f) => {
                    s.ok(&args);
                    let bytes = fs::read(s.pad().join(&naam)).unwrap();
                    assert!(is_formaat(&bytes, f), "{args:?} schreef geen {f}");
                    fs::remove_file(s.pad().join(&naam)).unwrap();
                }
                None => {
                    let fout = s.weigert(&args);
                    assert!(
                        fout.contains(&format!("dat schrijft 'visieleer {opdracht}' niet"))
                            && fout.trim_end().lines().count() == 1,
                        "{args:?}: {fout}"
                    );
                }
            }
        }
    }
}

#[test]
fn een_naam_die_de_vlag_tegenspreekt_wordt_geweigerd() {
    let s = sessie();
    for (args, vlag) in [
        (
            &["rapport", "zeewijk", "--html", "-o", "r.docx"][..],
            "--docx",
        ),
        (
            &["rapport", "zeewijk", "--docx", "-o", "r.pdf"][..],
            "--pdf",
        ),
        (
            &["rapport", "zeewijk", "--pdf", "-o", "r.md"][..],
            "--pdf weg",
        ),
        (
            &["kaartjes", "zeewijk", "--pdf", "-o", "k.html"][..],
            "--html",
        ),
        (&["rode-draden", "--html", "-o", "r.pdf"][..], "--pdf"),
        (&["overzicht", "--json", "-o", "o.md"][..], "--markdown"),
        (
            &["citaten", "zeewijk", "--csv", "-o", "c.xlsx"][..],
            "--xlsx",
        ),
    ] {
        let fout = s.weigert(args);
        assert!(fout.contains(vlag), "{args:?}: {fout}");
        assert_eq!(fout.trim_end().lines().count(), 1, "{fout}");
    }
    // A binary format never goes to the screen.
    for args in [
        &["rapport", "zeewijk", "--pdf"][..],
        &["kaartjes", "zeewijk", "--pdf"][..],
        &["overzicht", "--pdf"][..],
        &["rode-draden", "--pdf"][..],
    ] {
        let fout = s.weigert(args);
        assert!(fout.contains("-o"), "{args:?}: {fout}");
    }
}

#[test]
fn een_vlag_met_een_naam_zonder_extensie() {
    let s = sessie();
    s.ok(&["rapport", "zeewijk", "--pdf", "-o", "rapport"]);
    assert!(is_formaat(
        &fs::read(s.pad().join("rapport")).unwrap(),
        "pdf"
    ));
    s.ok(&["overzicht", "--html", "-o", "overzicht"]);
    assert!(is_formaat(
        &fs::read(s.pad().join("overzicht")).unwrap(),
        "html"
    ));
}

//! No control or bidi character reaches any output, whatever way it came in (issue 17):
//! the terminal, markdown, HTML, Word, Excel, CSV and REFI-QDA all show it as U+FFFD.

use std::io::Read;

use crate::common::Sessie;

const VERVANGING: char = '\u{FFFD}';

/// The text of an output file: every part of a zip (Word, Excel, REFI-QDA), or the file itself.
fn tekst_van(bytes: &[u8]) -> Vec<(String, String)> {
    if !bytes.starts_with(b"PK") {
        return vec![(String::new(), String::from_utf8_lossy(bytes).into_owned())];
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut deel = zip.by_index(i).unwrap();
            let mut inhoud = Vec::new();
            deel.read_to_end(&mut inhoud).unwrap();
            (
                deel.name().map(|n| n.to_string()).unwrap_or_default(),
                String::from_utf8_lossy(&inhoud).into_owned(),
            )
        })
        .collect()
}

/// Asserts that no part of an output holds a control or bidi character, raw or as an XML
/// character reference or Excel escape, and returns whether it holds the U+FFFD stand-in.
#[track_caller]
fn schoon(wat: &str, bytes: &[u8]) -> bool {
    let mut vervangen = false;
    for (deel, tekst) in tekst_van(bytes) {
        if let Some(c) = tekst
            .chars()
            .find(|&c| visieleer::model::teken::is_stuurteken(c))
        {
            panic!("{wat} {deel}: {c:?} staat rauw in de uitvoer");
        }
        let klein = tekst.to_lowercase();
        for escape in [
            "&#27;", "&#x1b;", "&#7;", "&#x202e;", "_x001b_", "_x0007_", "_x000d_", "\\202e ",
        ] {
            assert!(!klein.contains(escape), "{wat} {deel}: {escape}");
        }
        vervangen |= tekst.contains(VERVANGING);
    }
    vervangen
}

/// Every output of the map, to the screen and with `-o`, checked with [`schoon`]; returns the
/// outputs that showed the stand-in.
fn alle_uitvoer(s: &Sessie) -> Vec<String> {
    let mut met_vervanging = Vec::new();
    let scherm: [&[&str]; 9] = [
        &["toon", "t"],
        &["codeboek"],
        &["rapport", "t"],
        &["rapport", "t", "--html"],
        &["kaartjes", "t"],
        &["citaten", "t"],
        &["citaten", "t", "--csv"],
        &["rode-draden"],
        &["overzicht", "--html"],
    ];
    for args in scherm {
        let u = s.run(args);
        assert!(u.code == 0 || args[0] == "check", "{args:?}: {}", u.stderr);
        schoon(&format!("{args:?} (stderr)"), u.stderr.as_bytes());
        if schoon(&format!("{args:?}"), u.stdout.as_bytes()) {
            met_vervanging.push(args.join(" "));
        }
    }
    let bestanden: [(&str, &[&str]); 8] = [
        ("r.md", &["rapport", "t"]),
        ("r.html", &["rapport", "t", "--html"]),
        ("r.docx", &["rapport", "t", "--docx"]),
        ("k.html", &["kaartjes", "t", "--html"]),
        ("c.csv", &["citaten", "t", "--csv", "--scheiding", ";"]),
        ("c.xlsx", &["citaten", "t", "--xlsx"]),
        ("t.qdpx", &["qdpx", "t"]),
        ("rd.html", &["rode-draden", "--html"]),
    ];
    for (naam, args) in bestanden {
        let mut args = args.to_vec();
        args.extend(["-o", naam]);
        s.ok(&args);
        let bytes = std::fs::read(s.pad().join(naam)).unwrap();
        if schoon(naam, &bytes) {
            met_vervanging.push(naam.to_string());
        }
    }
    met_vervanging
}

/// A codebook edited by hand with escapes in a tag's description: the codebook is read behind
/// the same guards as every YAML file, so `check` names the line and column and every command
/// that needs the codebook refuses it with that one line, printing nothing of it.
#[test]
fn stuurtekens_uit_het_codeboek() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.schrijf(
        "trajecten/codeboek.yaml",
        "tags:\n  - tag: wachtlijst\n    groep: thema\n    omschrijving: \"Wachten\\e[31m\\a op \\u202Ehulp: lang\"\n",
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{}", u.stdout);
    assert!(
        u.stdout.contains(
            "fout: trajecten/codeboek.yaml: regel 4: een onzichtbaar stuurteken (een ESC) in het codeboek"
        ),
        "{}",
        u.stdout
    );
    schoon("check", u.stdout.as_bytes());
    for args in [
        &["codeboek"][..],
        &["tag", "t", "1.1", "--tag", "wachtlijst"],
        &["citaten", "t", "--csv"],
    ] {
        let fout = s.weigert(args);
        assert!(
            fout.contains("regel 4: een onzichtbaar stuurteken"),
            "{args:?}: {fout}"
        );
        schoon("fout", fout.as_bytes());
    }
}

/// A quote edited by hand in the traject file, with raw characters and with escapes in a
/// double-quoted string: no output format shows them.
#[test]
fn stuurtekens_uit_een_met_de_hand_bewerkt_citaat() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    let tekst = s.lees("t");
    let oud = "tekst: De regels zijn nog van vorig jaar.";
    assert!(tekst.contains(oud), "{tekst}");
    let nieuw = "tekst: \"=Rood\\e[31m\\a en \\u202Eterug\\r\\u0085 einde\"";
    s.schrijf("trajecten/t.yaml", &tekst.replacen(oud, nieuw, 1));
    let vervangen = alle_uitvoer(&s);
    for waar in [
        "rapport t",
        "citaten t --csv",
        "r.md",
        "r.html",
        "r.docx",
        "k.html",
        "c.csv",
        "c.xlsx",
        "t.qdpx",
    ] {
        assert!(
            vervangen.iter().any(|v| v == waar),
            "{waar} niet bij {vervangen:?}"
        );
    }
    // Raw in the file (as a careless paste brings them; the YAML parser itself refuses a raw
    // ESC or BEL, but not the bidi controls): the same.
    let tekst = s.lees("t");
    assert!(tekst.contains(nieuw));
    s.schrijf(
        "trajecten/t.yaml",
        &tekst.replacen(nieuw, "tekst: \"=Rood\u{2067} en \u{202e}terug\"", 1),
    );
    let vervangen = alle_uitvoer(&s);
    assert!(vervangen.iter().any(|v| v == "r.docx"), "{vervangen:?}");
}

/// A file name with a control or bidi character is refused, and the message shows it only as
/// the stand-in: a notes file (its name would become the interview's `bron`) and an `-o` name.
#[test]
fn bestandsnamen_met_stuurtekens() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    for teken in ["\u{1b}]0;x\u{7}", "\u{202e}", "\r"] {
        let naam = format!("n{teken}.md");
        s.schrijf(&naam, "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n---\n> Ja.\n> — bewoner\n");
        let fout = s.weigert(&["notities", "t", &naam]);
        assert!(fout.contains("bevat een onzichtbaar stuurteken"), "{fout}");
        assert!(fout.contains(VERVANGING), "{fout}");
        schoon("notities", fout.as_bytes());
        std::fs::remove_file(s.pad().join(&naam)).unwrap();
        let uit = format!("r{teken}.md");
        let fout = s.weigert(&["rapport", "t", "-o", &uit]);
        assert!(
            fout.contains("bevat een onzichtbaar stuurteken") && fout.contains("-o"),
            "{fout}"
        );
        schoon("-o", fout.as_bytes());
    }
    assert!(!s.lees("t").contains("bron"));
}

//! Cost linear in the input: big notes, a big clusters file and a hand-edited traject full of
//! `#` are handled in one pass. The timeouts only guard against a hang (the quadratic versions
//! took minutes); they are no timing assertion.

use crate::common;

use std::time::Duration;

use common::Sessie;

const KOP: &str = "---\ndatum: 2024-02-06\ntoestemming: ja\nduo:\n  - rol: bewoner\n    perspectief: inwoner\n  - rol: wijkcoach\n    perspectief: uitvoering\n---\n# Duo-interview\n\n";

const HANGT: Duration = Duration::from_secs(600);

fn ok_binnen(s: &Sessie, args: &[&str]) -> String {
    let uit = s.command(args).timeout(HANGT).output().unwrap();
    assert!(
        uit.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    String::from_utf8(uit.stdout).unwrap()
}

#[test]
fn notities_met_20000_koppen_en_daarna_een_handbewerkt_bestand() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let mut notities = KOP.to_string();
    for i in 0..20_000 {
        notities.push_str(&format!(
            "## Onderwerp {i}\n\nWat we bespraken over punt {i}.\n\n"
        ));
    }
    notities.push_str("> Eén citaat.\n> — bewoner\n");
    s.schrijf("koppen.md", &notities);
    ok_binnen(&s, &["notities", "t", "koppen.md"]);
    let tekst = s.lees("t");
    assert!(tekst.matches("## Onderwerp").count() == 20_000);
    // A hand edit that changes no value: the file is no longer as visieleer writes it, so
    // the next write searches all 20 000 `#` lines for comments, in one pass.
    s.schrijf(
        "trajecten/t.yaml",
        &tekst.replacen("versie: 2\n", "versie:  2\n", 1),
    );
    ok_binnen(&s, &["kernvraag", "t", "Een nieuwe kernvraag?"]);
    // A real comment among them is still found, with its line.
    let tekst = s.lees("t");
    let regel = tekst
        .lines()
        .position(|r| r.starts_with("kernvraag:"))
        .unwrap()
        + 1;
    let met = tekst.replacen(
        "\nkernvraag: Een nieuwe kernvraag?\n",
        "\nkernvraag: Een nieuwe kernvraag? # nog bespreken\n",
        1,
    );
    s.schrijf("trajecten/t.yaml", &met);
    let fout = s.weigert_regel("kernvraag t 'Nog een kernvraag?'");
    assert!(
        fout.contains(&format!("regel {regel} bevat YAML-commentaar")),
        "{fout}"
    );
}

#[test]
fn notities_met_40000_citaten() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let mut notities = KOP.to_string();
    for i in 0..40_000 {
        notities.push_str(&format!(
            "> Citaat nummer {i} over de toegang.\n> — bewoner\n\n"
        ));
    }
    s.schrijf("citaten.md", &notities);
    ok_binnen(&s, &["notities", "t", "citaten.md"]);
    assert!(s.lees("t").contains("laatste_citaat: 40000"));
}

#[test]
fn clusters_met_200000_regels() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let mut notities = KOP.to_string();
    for i in 0..2_000 {
        notities.push_str(&format!(
            "> Citaat nummer {i} over de toegang.\n> — bewoner\n\n"
        ));
    }
    s.schrijf("n.md", &notities);
    ok_binnen(&s, &["notities", "t", "n.md"]);
    let nr = s.lees("t").matches("laatste_citaat:").count();
    let mut csv = String::from("kaartje,cluster\n");
    for k in 0..200_000 {
        csv.push_str(&format!("{nr}.{},Cluster {}\n", k % 2000 + 1, k % 5000));
    }
    s.schrijf("c.csv", &csv);
    let uit = ok_binnen(&s, &["clusters", "t", "c.csv"]);
    assert!(uit.contains("5000 nieuw"), "{uit}");
    // The same file again changes nothing.
    let uit = ok_binnen(&s, &["clusters", "t", "c.csv"]);
    assert!(uit.contains("niets veranderd"), "{uit}");
}

/// A traject of 20 000 quotes through every document and export, and back in from a project
/// with 100 000 codings (each its own code) on one selection: kerncitaten were decided per
/// quote over all quotes, and each new tag was checked against all the tags found before.
#[test]
fn documenten_en_qdpx_van_20000_citaten_en_100000_coderingen() {
    use std::io::{Read, Write};
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let mut notities = KOP.to_string();
    for i in 0..20_000 {
        notities.push_str(&format!(
            "> Citaat nummer {i} over de toegang.\n> — bewoner #inwoner-centraal\n\n"
        ));
    }
    s.schrijf("n.md", &notities);
    ok_binnen(&s, &["notities", "t", "n.md"]);
    let csv = ok_binnen(&s, &["citaten", "t", "--csv"]);
    assert_eq!(csv.lines().count(), 20_001);
    assert!(ok_binnen(&s, &["rapport", "t"]).contains("Citaat nummer 19999"));
    ok_binnen(&s, &["rapport", "t", "--docx", "-o", "r.docx"]);
    ok_binnen(&s, &["citaten", "t", "--xlsx", "-o", "c.xlsx"]);
    ok_binnen(&s, &["kaartjes", "t"]);
    ok_binnen(&s, &["qdpx", "t", "-o", "t.qdpx"]);

    let bytes = std::fs::read(s.pad().join("t.qdpx")).unwrap();
    let mut archief = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut delen = Vec::new();
    for i in 0..archief.len() {
        let mut f = archief.by_index(i).unwrap();
        let mut inhoud = String::new();
        f.read_to_string(&mut inhoud).unwrap();
        delen.push((f.name().unwrap().to_string(), inhoud));
    }
    let qde = &mut delen
        .iter_mut()
        .find(|(n, _)| n == "project.qde")
        .unwrap()
        .1;
    let mut codes = String::new();
    let mut refs = String::new();
    for i in 0..100_000 {
        codes.push_str(&format!(
            "<Code guid=\"00000000-0000-4000-8000-{i:012}\" name=\"code-{i}\" isCodable=\"true\"/>"
        ));
        refs.push_str(&format!(
            "<Coding guid=\"10000000-0000-4000-8000-{i:012}\"><CodeRef targetGUID=\"00000000-0000-4000-8000-{i:012}\"/></Coding>"
        ));
    }
    *qde = qde
        .replacen("</Codes>", &format!("{codes}</Codes>"), 1)
        .replacen(
            "</PlainTextSelection>",
            &format!("{refs}</PlainTextSelection>"),
            1,
        );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (naam, inhoud) in &delen {
        z.start_file(naam.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(inhoud.as_bytes()).unwrap();
    }
    s.schrijf("gecodeerd.qdpx", "");
    std::fs::write(
        s.pad().join("gecodeerd.qdpx"),
        z.finish().unwrap().into_inner(),
    )
    .unwrap();
    let uit = ok_binnen(
        &s,
        &[
            "qdpx",
            "--importeer",
            "gecodeerd.qdpx",
            "t",
            "--nieuwe-tags",
        ],
    );
    assert!(
        uit.contains("100000 tags uit gecodeerd.qdpx toegevoegd aan 1 citaat"),
        "{}",
        &uit[..uit.len().min(500)]
    );
    assert!(s.lees("t").contains("- code-99999\n"));
}

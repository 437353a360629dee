//! REFI-QDA: `visieleer qdpx` writes a project a QDA program opens, and reads the codings a
//! researcher added back as tags.
//!
//! The project is checked by clients no one here wrote: `xmllint` with the REFI-QDA schema
//! (skipped with a message outside CI when xmllint is missing; in CI a failure), and the `zip`
//! crate plus a plain reading of every selection's positions against its source text.

use crate::common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;

/// The REFI-QDA project schema (QDA-XML 1.0, MIT licence, notice in the file).
const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/refi/Project-mrt2019.xsd"
);

/// A traject with a shareable interview (a planted phone number and the facilitator's name in
/// one quote, a quote without speaker), an interview without consent, and a withdrawn one.
fn sessie() -> Sessie {
    let s = Sessie::nieuw();
    s.doe("nieuw hoorn --gemeente Hoorn --vraagstuk 'Hoe vinden inwoners de weg?' --facilitator 'Mirjam de Vries' --datum 2024-01-08");
    s.doe("aanmelding hoorn --datum 2024-01-15");
    s.doe("volgende hoorn --datum 2024-01-15");
    s.doe("sessie hoorn kickoff --datum 2024-01-22");
    s.doe("kernvraag hoorn 'Hoe maken we één voordeur?'");
    s.doe("expert hoorn 'E. Xpert'");
    s.doe("volgende hoorn --datum 2024-01-29");
    for (duo, toestemming, datum) in [
        (
            ["wijkcoach:uitvoering", "bewoner:inwoner"],
            "ja",
            "2024-02-01",
        ),
        (
            ["wethouder:bestuur", "consulent:uitvoering"],
            "nee",
            "2024-02-02",
        ),
        (
            ["mantelzorger:inwoner", "huisarts:partner"],
            "ja",
            "2024-02-03",
        ),
    ] {
        s.ok(&[
            "interview",
            "hoorn",
            "--duo",
            duo[0],
            "--duo",
            duo[1],
            "--toestemming",
            toestemming,
            "--datum",
            datum,
        ]);
    }
    s.doe("citaat hoorn 1 'Als inwoner weet je niet bij welk loket je moet zijn — écht niet 😀 & <zo>.' --van wijkcoach --tag inwoner-centraal");
    s.doe("citaat hoorn 1 'Bel me op 06-12345678 of vraag Mirjam de Vries.' --van bewoner --tag rust-en-regie --tag handelingsruimte");
    s.doe("citaat hoorn 1 'Niemand noteerde wie dit zei.'");
    s.doe("citaat hoorn 2 'GEHEIM zonder toestemming' --van wethouder");
    s.doe("citaat hoorn 3 'INGETROKKEN woorden' --van huisarts");
    s.doe("intrekken hoorn 3");
    s
}

/// The parts of a `.qdpx`: name → text.
fn pak_uit(pad: &Path) -> BTreeMap<String, String> {
    let bytes = std::fs::read(pad).unwrap();
    let mut archief = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut uit = BTreeMap::new();
    for i in 0..archief.len() {
        let mut f = archief.by_index(i).unwrap();
        let mut tekst = String::new();
        f.read_to_string(&mut tekst).unwrap();
        uit.insert(f.name().unwrap().to_string(), tekst);
    }
    uit
}

/// A `.qdpx` with these parts, compressed as QDA programs write them.
fn pak_in(pad: &Path, delen: &[(&str, &[u8])]) {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opties = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (naam, inhoud) in delen {
        z.start_file(*naam, opties).unwrap();
        z.write_all(inhoud).unwrap();
    }
    std::fs::write(pad, z.finish().unwrap().into_inner()).unwrap();
}

fn attribuut<'a>(element: &'a str, naam: &str) -> &'a str {
    let begin = element.find(&format!(" {naam}=\"")).unwrap() + naam.len() + 3;
    &element[begin..begin + element[begin..].find('"').unwrap()]
}

/// Every `<PlainTextSelection …>` start tag per text source: (source guid, selection tags).
fn selecties(qde: &str) -> Vec<(String, Vec<String>)> {
    qde.split("<TextSource ")
        .skip(1)
        .map(|bron| {
            let guid = attribuut(&format!(" {bron}"), "guid").to_string();
            let sel = bron
                .split("<PlainTextSelection ")
                .skip(1)
                .map(|s| format!(" {}", &s[..s.find('>').unwrap()]))
                .collect();
            (guid, sel)
        })
        .collect()
}

fn tekens(tekst: &str, start: usize, eind: usize) -> String {
    tekst.chars().skip(start).take(eind - start).collect()
}

#[test]
fn export_valideert_met_het_schema_en_elke_selectie_staat_op_zijn_plek() {
    let s = sessie();
    s.doe("qdpx hoorn -o hoorn.qdpx");
    let delen = pak_uit(&s.pad().join("hoorn.qdpx"));
    let qde = &delen["project.qde"];

    // Every selection covers exactly its quote's words, counted in code points: the words are
    // the line under the quote's heading in the source text.
    let mut gezien = Vec::new();
    for (bron, sels) in selecties(qde) {
        let tekst = &delen[&format!("sources/{bron}.txt")];
        for sel in sels {
            let id = attribuut(&sel, "name")
                .trim_start_matches("citaat ")
                .to_string();
            let start: usize = attribuut(&sel, "startPosition").parse().unwrap();
            let eind: usize = attribuut(&sel, "endPosition").parse().unwrap();
            let kop = format!("\nCitaat {id} — ");
            let na_kop = &tekst[tekst.find(&kop).unwrap() + kop.len()..];
            let regel = na_kop.lines().nth(1).unwrap();
            assert_eq!(tekens(tekst, start, eind), regel, "citaat {id}");
            gezien.push(id);
        }
    }
    assert_eq!(gezien, ["1.1", "1.2", "1.3"]);
    let alles: String = delen.values().cloned().collect();
    assert!(alles.contains("écht niet 😀 & <zo>."), "{alles}");
    assert!(qde.contains("&amp; &lt;zo&gt;") || !qde.contains("<zo>"));

    // Consent, withdrawal and masking, exactly as in the documents.
    for weg in [
        "GEHEIM",
        "INGETROKKEN",
        "06-12345678",
        "Mirjam",
        "Vries",
        "wethouder (bestuur)",
        "huisarts",
    ] {
        assert!(!alles.contains(weg), "'{weg}' staat in het project");
    }
    assert!(alles.contains("Bel me op [weggelaten] of vraag [weggelaten]."));

    // Codebook groups as parent codes, the duo as cases with role and perspective.
    assert!(qde.contains("name=\"thema\" isCodable=\"false\""));
    assert!(qde.contains("name=\"uitgangspunt\" isCodable=\"false\""));
    assert!(qde.contains("name=\"niveau\" isCodable=\"false\""));
    assert!(qde.contains("name=\"hoorn duo-interview 1: bewoner (inwoner)\""));
    assert!(qde.contains("<TextValue>inwoner</TextValue>"));
    assert_eq!(qde.matches("<Coding ").count(), 3);

    // An independent validator with the REFI-QDA schema.
    let Some(xmllint) = xmllint() else { return };
    let bestand = s.pad().join("project.qde");
    std::fs::write(&bestand, qde).unwrap();
    let uit = Command::new(xmllint)
        .args(["--noout", "--schema", SCHEMA])
        .arg(&bestand)
        .output()
        .unwrap();
    assert!(
        uit.status.success(),
        "xmllint: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
}

fn xmllint() -> Option<PathBuf> {
    let gevonden = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|m| m.join("xmllint"))
        .find(|p| p.is_file());
    match gevonden {
        Some(p) => Some(p),
        None if std::env::var_os("CI").is_some() => {
            panic!("CI is gezet maar xmllint ontbreekt; installeer libxml2-utils")
        }
        None => {
            eprintln!(
                "OVERGESLAGEN: schemacontrole zonder xmllint (installeer: apt-get install libxml2-utils)"
            );
            None
        }
    }
}

#[test]
fn dezelfde_stand_geeft_dezelfde_bytes_ook_voor_de_hele_map() {
    let s = sessie();
    s.doe("qdpx hoorn -o a.qdpx");
    s.doe("qdpx hoorn -o b.qdpx");
    assert_eq!(
        std::fs::read(s.pad().join("a.qdpx")).unwrap(),
        std::fs::read(s.pad().join("b.qdpx")).unwrap()
    );
    s.doe("qdpx -o map.qdpx");
    let delen = pak_uit(&s.pad().join("map.qdpx"));
    assert_eq!(delen.len(), 2, "{:?}", delen.keys());
}

#[test]
fn het_eigen_export_terug_inlezen_verandert_niets() {
    let s = sessie();
    s.doe("qdpx hoorn -o hoorn.qdpx");
    let voor = s.inhoud();
    let uit = s.doe("qdpx --importeer hoorn.qdpx hoorn");
    assert!(uit.contains("Geen nieuwe tags"), "{uit}");
    assert_eq!(voor, s.inhoud());
}

/// The exported project as a researcher changed it: `wijzig` gets the qde and the source text
/// of interview 1 and returns the new qde.
fn onderzoeker(s: &Sessie, naar: &str, wijzig: impl Fn(&str, &str) -> String) {
    s.doe("qdpx hoorn -o export.qdpx");
    let delen = pak_uit(&s.pad().join("export.qdpx"));
    let (bron, tekst) = delen
        .iter()
        .find(|(n, _)| n.starts_with("sources/"))
        .unwrap();
    let qde = wijzig(&delen["project.qde"], tekst);
    pak_in(
        &s.pad().join(naar),
        &[("project.qde", qde.as_bytes()), (bron, tekst.as_bytes())],
    );
    std::fs::remove_file(s.pad().join("export.qdpx")).unwrap();
}

/// Where `woorden` stand in `tekst`, in code points.
fn plek(tekst: &str, woorden: &str) -> (usize, usize) {
    let b = tekst.find(woorden).unwrap();
    let start = tekst[..b].chars().count();
    (start, start + woorden.chars().count())
}

/// A selection as QualCoder writes one: its own GUID (lower case, in braces), one coding.
fn codering(guid: &str, (start, eind): (usize, usize), code: &str) -> String {
    format!(
        "<PlainTextSelection guid=\"{{{guid}}}\" startPosition=\"{start}\" endPosition=\"{eind}\"><Coding guid=\"{guid}\"><CodeRef targetGUID=\"{code}\"/></Coding></PlainTextSelection>"
    )
}

fn code_guid(qde: &str, naam: &str) -> String {
    let i = qde.find(&format!("name=\"{naam}\"")).unwrap();
    let element = &qde[qde[..i].rfind("<Code ").unwrap()..];
    attribuut(element, "guid").to_lowercase()
}

#[test]
fn een_codering_van_de_onderzoeker_wordt_een_tag_en_een_onbekende_code_wordt_genoemd() {
    let s = sessie();
    onderzoeker(&s, "gecodeerd.qdpx", |qde, tekst| {
        let deskundig = code_guid(qde, "deskundigheid");
        let selecties = [
            // Part of quote 1.3, coded with a codebook tag (its GUID, as exported).
            codering(
                "0a0a0a0a-1111-4222-8333-444444444444",
                plek(tekst, "noteerde wie"),
                &deskundig,
            ),
            // A code the researcher made, on quote 1.1.
            codering(
                "0b0b0b0b-1111-4222-8333-444444444444",
                plek(tekst, "welk loket"),
                "0c0c0c0c-1111-4222-8333-444444444444",
            ),
            // A code of the researcher with the name of a codebook tag, in words.
            codering(
                "0e0e0e0e-2222-4222-8333-444444444444",
                plek(tekst, "vraag [weggelaten]"),
                "0e0e0e0e-1111-4222-8333-444444444444",
            ),
            // A code whose name can never be a tag.
            codering(
                "0f0f0f0f-2222-4222-8333-444444444444",
                plek(tekst, "Bel me"),
                "0f0f0f0f-1111-4222-8333-444444444444",
            ),
            // A coding on the head of the text, outside every quote.
            codering(
                "0d0d0d0d-1111-4222-8333-444444444444",
                plek(tekst, "Traject hoorn"),
                &deskundig,
            ),
        ];
        qde.replacen(
            "</Code>\n    </Codes>",
            "</Code>\n      <Code guid=\"{0c0c0c0c-1111-4222-8333-444444444444}\" name=\"Wachtlijst\" isCodable=\"true\"/>\n      <Code guid=\"0e0e0e0e-1111-4222-8333-444444444444\" name=\"Sociale basis\" isCodable=\"true\"/>\n      <Code guid=\"0f0f0f0f-1111-4222-8333-444444444444\" name=\"Wat?!\" isCodable=\"true\"/>\n    </Codes>",
            1,
        )
        .replacen("</TextSource>", &format!("{}</TextSource>", selecties.join("")), 1)
    });
    let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
    assert!(
        uit.contains("2 tags uit gecodeerd.qdpx toegevoegd aan 2 citaten"),
        "{uit}"
    );
    assert!(uit.contains("  1.2: #sociale-basis"), "{uit}");
    assert!(uit.contains("  1.3: #deskundigheid"), "{uit}");
    assert!(
        uit.contains("Overgeslagen: code 'Wat?!' (1×) kan geen tag zijn"),
        "{uit}"
    );
    assert!(
        uit.contains("Overgeslagen: code 'wachtlijst' staat niet in het codeboek (citaat 1.1)"),
        "{uit}"
    );
    assert!(
        uit.contains("1 codering staat in tekst 'hoorn duo-interview 1' buiten de citaten (op een kop of het hele interview): code 'deskundigheid' 1×"),
        "{uit}"
    );
    let tabel = s.doe("citaten hoorn --tag deskundigheid");
    assert!(
        tabel.contains("1.3") && tabel.contains("1 citaat."),
        "{tabel}"
    );
    assert!(!s.lees("hoorn").contains("wachtlijst"));
    assert!(
        s.lees("hoorn")
            .contains("citaat 1.3 getagd uit gecodeerd.qdpx: deskundigheid")
    );

    // Again: nothing new. With --nieuwe-tags the researcher's code becomes a tag.
    let voor = s.inhoud();
    s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
    assert_eq!(voor, s.inhoud());
    let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn --nieuwe-tags");
    assert!(uit.contains("  1.1: #wachtlijst"), "{uit}");
    assert!(
        uit.contains("Let op: 'wachtlijst' staat niet in het codeboek"),
        "{uit}"
    );
    let csv = s.doe("citaten hoorn --csv");
    let rij = csv.lines().find(|r| r.starts_with("hoorn,1,1.1,")).unwrap();
    assert!(rij.contains(",wachtlijst,"), "{rij}");
}

#[test]
fn na_intrekken_worden_coderingen_op_dat_interview_niet_meer_ingelezen() {
    let s = sessie();
    onderzoeker(&s, "gecodeerd.qdpx", |qde, tekst| {
        let code = code_guid(qde, "deskundigheid");
        qde.replacen(
            "</TextSource>",
            &format!(
                "{}</TextSource>",
                codering(
                    "0a0a0a0a-1111-4222-8333-444444444444",
                    plek(tekst, "welk loket"),
                    &code
                )
            ),
            1,
        )
    });
    s.doe("intrekken hoorn 1");
    let voor = s.inhoud();
    let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
    assert!(uit.contains("Geen nieuwe tags"), "{uit}");
    // Not dropped silently: the source and every code on it, with how many codings.
    assert!(
        uit.contains("Overgeslagen: tekst 'hoorn duo-interview 1' is geen deelbaar duo-interview van traject 'hoorn' (ingetrokken, zonder toestemming, hernoemd of van een ander traject); 4 coderingen zijn niet ingelezen: code 'deskundigheid' 1×, code 'handelingsruimte' 1×"),
        "{uit}"
    );
    assert_eq!(voor, s.inhoud());
}

#[test]
fn een_kwaadaardig_of_kapot_project_wordt_geweigerd_zonder_iets_te_veranderen() {
    let s = sessie();
    s.doe("qdpx hoorn -o goed.qdpx");
    let qde = pak_uit(&s.pad().join("goed.qdpx"))["project.qde"].clone();
    let map = s.pad();

    pak_in(
        &map.join("pad.qdpx"),
        &[("project.qde", qde.as_bytes()), ("../../buiten.txt", b"x")],
    );
    pak_in(
        &map.join("absoluut.qdpx"),
        &[("project.qde", qde.as_bytes()), ("/etc/x.txt", b"x")],
    );
    pak_in(
        &map.join("windows.qdpx"),
        &[
            ("project.qde", qde.as_bytes()),
            ("..\\..\\buiten.txt", b"x"),
        ],
    );
    // Compresses to a few kilobytes, unpacks to more than any project of notes.
    let nullen = vec![b' '; 65 * 1024 * 1024];
    pak_in(&map.join("bom.qdpx"), &[("project.qde", &nullen)]);
    pak_in(&map.join("leeg.qdpx"), &[("sources/x.txt", b"x")]);
    pak_in(
        &map.join("kapot.qdpx"),
        &[("project.qde", b"<Project><Sources><TextSource")],
    );
    pak_in(
        &map.join("entiteit.qdpx"),
        &[(
            "project.qde",
            b"<!DOCTYPE p [<!ENTITY a \"aaaa\">]><Project name=\"&a;\"/>",
        )],
    );
    std::fs::write(map.join("geen-zip.qdpx"), "dit is geen zip").unwrap();

    for (bestand, verwacht) in [
        ("pad.qdpx", "onveilige naam"),
        ("absoluut.qdpx", "onveilige naam"),
        ("windows.qdpx", "onveilige naam"),
        ("bom.qdpx", "zip-bom"),
        ("leeg.qdpx", "bevat geen project.qde"),
        ("kapot.qdpx", "project.qde"),
        ("entiteit.qdpx", "DOCTYPE"),
        ("geen-zip.qdpx", "geen leesbaar zip-bestand"),
        ("bestaat-niet.qdpx", "bestaat-niet.qdpx"),
    ] {
        let fout = s.weigert(&["qdpx", "--importeer", bestand, "hoorn"]);
        assert!(fout.contains(verwacht), "{bestand}: {fout}");
        assert_eq!(fout.trim().lines().count(), 1, "{bestand}: {fout}");
        assert!(
            !map.join("buiten.txt").exists() && !map.parent().unwrap().join("buiten.txt").exists()
        );
    }
}

#[test]
fn verkeerd_gebruik_wordt_geweigerd() {
    let s = sessie();
    s.weigert_met(2, &["qdpx", "hoorn"]);
    let fout = s.weigert_regel("qdpx --importeer x.qdpx hoorn utrecht");
    assert!(fout.contains("precies één traject"), "{fout}");
    let fout = s.weigert_regel("qdpx hoorn -o x.qdpx --nieuwe-tags");
    assert!(fout.contains("--importeer"), "{fout}");
    let fout = s.weigert_regel("qdpx onbekend -o x.qdpx");
    assert!(fout.contains("onbekend"), "{fout}");
    let fout = s.weigert_regel("qdpx hoorn -o trajecten/hoorn.yaml");
    assert!(fout.contains("YAML"), "{fout}");
}

/// What real programs do: MAXQDA (via QualCoder) writes the text with a byte-order mark and
/// Windows line ends and counts each as two characters; ATLAS.ti writes Windows line ends but
/// counts them as one; some name the project file after the project and the folder `Sources`.
#[test]
fn windows_regeleinden_en_andere_namen_zoals_qda_programmas_ze_schrijven() {
    for (herkomst, telt_cr, map) in [
        ("MAXQDA 2022", true, "Sources\\"),
        ("ATLAS.ti 23", false, "Sources/"),
    ] {
        let s = sessie();
        s.doe("qdpx hoorn -o export.qdpx");
        let delen = pak_uit(&s.pad().join("export.qdpx"));
        let (bron, tekst) = delen
            .iter()
            .find(|(n, _)| n.starts_with("sources/"))
            .unwrap();
        let windows = tekst.replace('\n', "\r\n");
        let geteld = if telt_cr {
            windows.clone()
        } else {
            tekst.clone()
        };
        let code = code_guid(&delen["project.qde"], "deskundigheid");
        let qde = delen["project.qde"]
            .replacen(
                "origin=\"visieleer 0.1.0\"",
                &format!("origin=\"{herkomst}\""),
                1,
            )
            .replacen(
                "</TextSource>",
                &format!(
                    "{}</TextSource>",
                    codering(
                        "0a0a0a0a-1111-4222-8333-444444444444",
                        plek(&geteld, "Niemand"),
                        &code
                    )
                ),
                1,
            );
        let mut met_bom = b"\xEF\xBB\xBF".to_vec();
        met_bom.extend_from_slice(windows.as_bytes());
        pak_in(
            &s.pad().join("gecodeerd.qdpx"),
            &[
                ("Onderzoek Hoorn.qde", qde.as_bytes()),
                (&bron.replacen("sources/", map, 1), &met_bom),
            ],
        );
        let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
        assert!(uit.contains("  1.3: #deskundigheid"), "{herkomst}: {uit}");
        assert!(!uit.contains("niet terug te vinden"), "{herkomst}: {uit}");
        assert!(!uit.contains("buiten de citaten"), "{herkomst}: {uit}");
    }
}

/// QualCoder gives every source, code and selection a new GUID when it exports: the interview is
/// then recognised by its name, the tag by the code's name.
#[test]
fn nieuwe_guids_van_het_qda_programma_herkend_aan_de_namen() {
    let s = sessie();
    s.doe("qdpx hoorn -o export.qdpx");
    let delen = pak_uit(&s.pad().join("export.qdpx"));
    let (bron, tekst) = delen
        .iter()
        .find(|(n, _)| n.starts_with("sources/"))
        .unwrap();
    // Every GUID turned around: still a GUID, but none visieleer gave.
    let mut qde = delen["project.qde"].clone();
    let mut guids: Vec<String> = qde
        .split('"')
        .filter(|d| d.len() == 36 && d.matches('-').count() == 4)
        .map(String::from)
        .collect();
    guids.sort();
    guids.dedup();
    let nieuw = |g: &str| g.chars().rev().collect::<String>().to_lowercase();
    for g in &guids {
        qde = qde.replace(g.as_str(), &nieuw(g));
    }
    let code = code_guid(&qde, "toekomstbestendig");
    let qde = qde
        .replacen(
            "name=\"hoorn duo-interview 1\"",
            "name=\"hoorn duo-interview 1.txt\"",
            1,
        )
        .replacen(
            "</TextSource>",
            &format!(
                "{}</TextSource>",
                codering(
                    "0a0a0a0a-1111-4222-8333-444444444444",
                    plek(tekst, "Bel me"),
                    &code
                )
            ),
            1,
        );
    let oud = bron.trim_start_matches("sources/").trim_end_matches(".txt");
    let bron = format!("sources/{}.txt", nieuw(oud));
    pak_in(
        &s.pad().join("qualcoder.qdpx"),
        &[("project.qde", qde.as_bytes()), (&bron, tekst.as_bytes())],
    );
    let uit = s.doe("qdpx --importeer qualcoder.qdpx hoorn");
    assert!(
        uit.contains("1 tag uit qualcoder.qdpx toegevoegd aan 1 citaat"),
        "{uit}"
    );
    assert!(uit.contains("  1.2: #toekomstbestendig"), "{uit}");
    assert!(!uit.contains("Overgeslagen"), "{uit}");
}

/// The map-wide project of two trajecten, as its parts: `project.qde` and every source text.
/// The export is streamed traject by traject; this snapshot was checked to be the same, part by
/// part, as the project the export built in memory before.
#[test]
fn de_hele_map_als_project_met_twee_trajecten() {
    let s = sessie();
    s.traject_in_luisteren("zeewijk");
    s.doe("interview zeewijk --duo buurtwerker:uitvoering --duo inwoner:inwoner --toestemming ja --datum 2024-02-05");
    s.doe("citaat zeewijk 1 'Ik wil één plek waar ik terecht kan.' --van inwoner --tag inwoner-centraal");
    // A tag the codebook does not know (as after an edit by hand) gets a parent code of its own.
    let yaml = s.lees("zeewijk").replace(
        "    - inwoner-centraal\n",
        "    - inwoner-centraal\n    - eigen-code\n",
    );
    assert!(yaml.contains("eigen-code"));
    s.schrijf(s.bestand("zeewijk"), &yaml);
    let u = s.run(&["qdpx", "-o", "alle.qdpx"]);
    assert_eq!(u.code, 0, "{}", u.stderr);
    insta::assert_snapshot!("uitvoer_hele_map", u.stderr);
    let delen = pak_uit(&s.pad().join("alle.qdpx"));
    let mut alles = String::new();
    for (naam, tekst) in &delen {
        alles.push_str(&format!("==== {naam}\n{tekst}"));
    }
    insta::assert_snapshot!("project_hele_map", alles);
}

#[test]
fn een_kapot_traject_laat_geen_half_project_achter() {
    let s = sessie();
    s.traject_in_luisteren("zeewijk");
    s.doe("qdpx -o alle.qdpx");
    s.schrijf(s.bestand("zeewijk"), "fase: [kapot\n");
    // weigert: exit 1, and no file changed: the old project stays, no temporary file remains.
    let fout = s.weigert_regel("qdpx -o alle.qdpx");
    assert_eq!(fout.trim().lines().count(), 1, "{fout}");
    assert!(fout.contains("zeewijk"), "{fout}");
    std::fs::remove_file(s.pad().join("alle.qdpx")).unwrap();
    s.weigert_regel("qdpx -o alle.qdpx");
    assert!(!s.pad().join("alle.qdpx").exists());
}

/// A name in another traject that was edited by hand (the expert's fields in another order, so
/// no line reads `- naam: …`) is still masked in every export and document, and `check` names
/// it.
#[test]
fn exports_van_de_hele_map_maskeren_namen_uit_een_met_de_hand_bewerkt_traject() {
    let s = sessie();
    s.doe("nieuw ander --gemeente A --vraagstuk V");
    s.doe("expert ander 'Sanne Doornbos' --expertise wijk");
    let origineel = s.lees("ander");
    let met_de_hand = origineel.replace(
        "- naam: Sanne Doornbos\n  expertise: wijk\n",
        "- expertise: wijk\n  naam: Sanne Doornbos\n",
    );
    assert_ne!(met_de_hand, origineel, "{origineel}");
    s.schrijf("trajecten/ander.yaml", &met_de_hand);
    s.doe("citaat hoorn 1 'Doornbos van het wijkteam belde me terug.'");
    let csv = s.doe("citaten --csv");
    assert!(!csv.contains("Doornbos"), "{csv}");
    assert!(csv.contains("[weggelaten] van het wijkteam"), "{csv}");
    s.doe("qdpx -o alle.qdpx");
    let delen = pak_uit(&s.pad().join("alle.qdpx"));
    assert!(
        delen
            .values()
            .any(|d| d.contains("[weggelaten] van het wijkteam")),
        "{delen:?}"
    );
    assert!(delen.values().all(|d| !d.contains("Doornbos")), "{delen:?}");
    // One traject's documents and check read the other files' lines, not their YAML: they
    // find the name too.
    for opdracht in [
        &["citaten", "hoorn", "--csv"][..],
        &["toon", "hoorn"],
        &["rapport", "hoorn"],
        &["kaartjes", "hoorn"],
    ] {
        let document = s.ok(opdracht);
        assert!(!document.contains("Doornbos"), "{opdracht:?}:\n{document}");
    }
    let check = s.run(&["check"]);
    assert!(
        check
            .stdout
            .contains("bevat mogelijk de naam 'Doornbos' (expert elders in de map)"),
        "{check:?}"
    );
}

/// Where `woorden` stand in the source text once written with Windows line ends, counted as a
/// program counts them: each `\r\n` as two characters or as one.
fn plek_windows(tekst: &str, woorden: &str, telt_cr: bool) -> (usize, usize) {
    let (a, e) = plek(tekst, woorden);
    let regels_voor = |p: usize| tekst.chars().take(p).filter(|c| *c == '\n').count();
    if telt_cr {
        (a + regels_voor(a), e + regels_voor(e))
    } else {
        (a, e)
    }
}

/// A selection as QualCoder writes one, with the selected words as its name.
fn codering_met_woorden(
    guid: &str,
    (start, eind): (usize, usize),
    code: &str,
    woorden: &str,
) -> String {
    format!(
        "<PlainTextSelection guid=\"{guid}\" name=\"{woorden}\" startPosition=\"{start}\" endPosition=\"{eind}\"><Coding guid=\"{guid}\"><CodeRef targetGUID=\"{code}\"/></Coding></PlainTextSelection>"
    )
}

/// QualCoder's "line ending for MAXQDA" writes CRLF and a BOM but counts a CRLF as one
/// character; MAXQDA counts two. Both land on the same words: by the program, or, where the
/// selection gives its own words, by those.
#[test]
fn windows_regeleinden_op_beide_manieren_geteld_landen_op_dezelfde_woorden() {
    for (herkomst, telt_cr, met_woorden) in [
        ("QualCoder 3.6", false, false),
        ("MAXQDA 2024", true, false),
        ("Een ander programma 1.0", false, true),
        ("Een ander programma 1.0", true, true),
        ("QualCoder 3.6", true, true),
    ] {
        let s = sessie();
        s.doe("qdpx hoorn -o export.qdpx");
        let delen = pak_uit(&s.pad().join("export.qdpx"));
        let (bron, tekst) = delen
            .iter()
            .find(|(n, _)| n.starts_with("sources/"))
            .unwrap();
        let qde = &delen["project.qde"];
        let deskundig = code_guid(qde, "deskundigheid");
        let sociaal = code_guid(qde, "sociale-basis");
        let sel = |n: u8, woorden: &str, code: &str| {
            let plek = plek_windows(tekst, woorden, telt_cr);
            let guid = format!("0a0a0a0a-1111-4222-8333-4444444444{n:02}");
            if met_woorden {
                codering_met_woorden(&guid, plek, code, woorden)
            } else {
                codering(&guid, plek, code)
            }
        };
        let selecties = [
            // The heading of quote 1.2: no quote.
            sel(1, "Citaat 1.2", &deskundig),
            // The first words of quote 1.3 and of quote 1.1.
            sel(2, "Niemand noteerde", &deskundig),
            sel(3, "Als inwoner", &sociaal),
        ];
        let qde = qde
            .replacen(
                "origin=\"visieleer 0.1.0\"",
                &format!("origin=\"{herkomst}\""),
                1,
            )
            .replacen(
                "</TextSource>",
                &format!("{}</TextSource>", selecties.join("")),
                1,
            );
        let mut met_bom = b"\xEF\xBB\xBF".to_vec();
        met_bom.extend_from_slice(tekst.replace('\n', "\r\n").as_bytes());
        pak_in(
            &s.pad().join("gecodeerd.qdpx"),
            &[("project.qde", qde.as_bytes()), (bron, &met_bom)],
        );
        let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
        let geval = format!("{herkomst}, telt CR: {telt_cr}, met woorden: {met_woorden}");
        assert!(
            uit.contains("2 tags uit gecodeerd.qdpx toegevoegd aan 2 citaten"),
            "{geval}: {uit}"
        );
        assert!(uit.contains("  1.1: #sociale-basis"), "{geval}: {uit}");
        assert!(uit.contains("  1.3: #deskundigheid"), "{geval}: {uit}");
        assert!(
            uit.contains("1 codering staat in tekst 'hoorn duo-interview 1' buiten de citaten (op een kop of het hele interview): code 'deskundigheid' 1×"),
            "{geval}: {uit}"
        );
        assert!(!uit.contains("niet terug te vinden"), "{geval}: {uit}");
    }
}

/// A source and a code renamed in QualCoder (which also gives everything new GUIDs): the source
/// is still known by the first line of its text, the renamed code is named; a source that
/// cannot be recognised is named with every code on it and how many codings it loses.
#[test]
fn een_hernoemde_bron_of_code_verliest_geen_codering_zonder_melding() {
    let s = sessie();
    s.doe("qdpx hoorn -o export.qdpx");
    let delen = pak_uit(&s.pad().join("export.qdpx"));
    let (bron, tekst) = delen
        .iter()
        .find(|(n, _)| n.starts_with("sources/"))
        .unwrap();
    let mut qde = delen["project.qde"].clone();
    let mut guids: Vec<String> = qde
        .split('"')
        .filter(|d| d.len() == 36 && d.matches('-').count() == 4)
        .map(String::from)
        .collect();
    guids.sort();
    guids.dedup();
    let nieuw = |g: &str| g.chars().rev().collect::<String>().to_lowercase();
    for g in &guids {
        qde = qde.replace(g.as_str(), &nieuw(g));
    }
    let deskundig = code_guid(&qde, "deskundigheid");
    let toekomst = code_guid(&qde, "toekomstbestendig");
    let qde = qde
        .replacen(
            "name=\"hoorn duo-interview 1\"",
            "name=\"Interview wijkcoach en bewoner\"",
            1,
        )
        .replacen(
            "name=\"deskundigheid\"",
            "name=\"Deskundigheid van de professional\"",
            1,
        )
        .replacen(
            "</TextSource>",
            &format!(
                "{}{}</TextSource>",
                codering(
                    "0a0a0a0a-1111-4222-8333-444444444401",
                    plek(tekst, "Niemand"),
                    &deskundig
                ),
                codering(
                    "0a0a0a0a-1111-4222-8333-444444444402",
                    plek(tekst, "Bel me"),
                    &toekomst
                )
            ),
            1,
        );
    let oud = bron.trim_start_matches("sources/").trim_end_matches(".txt");
    let bron = format!("sources/{}.txt", nieuw(oud));
    pak_in(
        &s.pad().join("hernoemd.qdpx"),
        &[("project.qde", qde.as_bytes()), (&bron, tekst.as_bytes())],
    );
    let uit = s.doe("qdpx --importeer hernoemd.qdpx hoorn");
    assert!(uit.contains("  1.2: #toekomstbestendig"), "{uit}");
    assert!(
        uit.contains("Overgeslagen: code 'deskundigheid-van-de-professional' staat niet in het codeboek (citaat 1.3)"),
        "{uit}"
    );
    assert!(!uit.contains("geen deelbaar duo-interview"), "{uit}");

    // The researcher also changed the head of the text: the source cannot be recognised, and
    // says so with every code on it.
    let s = sessie();
    let anders = tekst.replacen("Traject hoorn", "Gesprek in Hoorn", 1);
    pak_in(
        &s.pad().join("onherkenbaar.qdpx"),
        &[("project.qde", qde.as_bytes()), (&bron, anders.as_bytes())],
    );
    let voor = s.inhoud();
    let uit = s.doe("qdpx --importeer onherkenbaar.qdpx hoorn");
    assert!(
        uit.contains("Overgeslagen: tekst 'Interview wijkcoach en bewoner' is geen deelbaar duo-interview van traject 'hoorn'"),
        "{uit}"
    );
    assert!(uit.contains("5 coderingen zijn niet ingelezen: code 'Deskundigheid van de professional' 1×, code 'handelingsruimte' 1×, code 'inwoner-centraal' 1×, code 'rust-en-regie' 1×, code 'toekomstbestendig' 1×."), "{uit}");
    assert_eq!(voor, s.inhoud());
}

/// Issue 19: a project whose sources are not this traject's interviews (another map's traject
/// with the same name has the same GUIDs) or that lacks its source texts is refused whole,
/// with one sentence, and nothing changes.
#[test]
fn een_project_van_een_ander_traject_of_zonder_teksten_wordt_geweigerd() {
    let s = sessie();
    onderzoeker(&s, "gecodeerd.qdpx", |qde, tekst| {
        let deskundig = code_guid(qde, "deskundigheid");
        let selectie = codering(
            "0a0a0a0a-1111-4222-8333-444444444444",
            plek(tekst, "noteerde wie"),
            &deskundig,
        );
        qde.replacen("</TextSource>", &format!("{selectie}</TextSource>"), 1)
    });
    let ander = Sessie::nieuw();
    ander.traject_in_luisteren("hoorn");
    ander.doe("interview hoorn --duo bewoner:inwoner --duo wijkcoach:uitvoering --toestemming ja --datum 2024-02-01");
    ander.doe("citaat hoorn 1 'Iets heel anders, over de bus naar de markt.' --van bewoner");
    ander.doe("citaat hoorn 1 'En nog iets over de wachtlijst.' --van wijkcoach");
    std::fs::copy(
        s.pad().join("gecodeerd.qdpx"),
        ander.pad().join("gecodeerd.qdpx"),
    )
    .unwrap();
    let fout = ander.weigert_regel("qdpx --importeer gecodeerd.qdpx hoorn");
    assert!(
        fout.contains("komen niet overeen met die van traject 'hoorn'")
            && fout.contains("heeft een andere tekst"),
        "{fout}"
    );
    assert_eq!(fout.trim().lines().count(), 1, "{fout}");
    // In its own map, but without the source texts.
    let delen = pak_uit(&s.pad().join("gecodeerd.qdpx"));
    pak_in(
        &s.pad().join("zonder.qdpx"),
        &[("project.qde", delen["project.qde"].as_bytes())],
    );
    let fout = s.weigert_regel("qdpx --importeer zonder.qdpx hoorn");
    assert!(fout.contains("heeft geen tekst"), "{fout}");
    // The project as coded still imports into its own traject.
    let uit = s.doe("qdpx --importeer gecodeerd.qdpx hoorn");
    assert!(uit.contains("1.3: #deskundigheid"), "{uit}");
}

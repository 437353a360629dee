//! The rode-draden report as a national report, over the example map `examples/drie` and the
//! nine real trajecten of `trajecten/`: cover and contents, prose that writes numbers up to
//! twenty in words and never starts a sentence with a numeral or prints an ISO date, counts
//! over "de trajecten die meetellen", provisional findings of running trajecten; the method
//! chapter (`--methode`) with its figures checked against the dates, interviews, evaluaties
//! and afspraken in the files, and over `trajecten/` saying which figures are unknown;
//! `--alleen regionaal|lokaal`; and the PDF read back page by page (the contents points at the
//! pages the chapters are on, the counts in words on the page of their chapter, the same bytes
//! twice) and the Word file valid against the OOXML schema.
//!
//! The PDF and Word checks need poppler-utils and openxml-audit; without them they say so and
//! skip, but only outside CI (`.ci/run` installs both).

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sessie;
use visieleer::model::traject::Traject;

/// "Today" for both maps, as in the golden manifests.
const VANDAAG: &str = "2024-07-15";

/// A map of the repository copied into a fresh session.
fn sessie_met(map: &str) -> Sessie {
    let s = Sessie::nieuw();
    let bron = Path::new(env!("CARGO_MANIFEST_DIR")).join(map);
    fs::create_dir_all(s.map()).unwrap();
    for entry in fs::read_dir(&bron).unwrap().flatten() {
        let pad = entry.path();
        if pad.extension().is_some_and(|e| e == "yaml") {
            fs::copy(&pad, s.map().join(pad.file_name().unwrap())).unwrap();
        }
    }
    s
}

fn ok(s: &Sessie, args: &[&str]) -> String {
    let uit = s
        .command(args)
        .env("VISIELEER_VANDAAG", VANDAAG)
        .output()
        .unwrap();
    assert!(
        uit.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    String::from_utf8(uit.stdout).unwrap()
}

/// The trajecten of the session's map, as the library reads them.
fn trajecten(s: &Sessie) -> Vec<Traject> {
    visieleer::opslag::Map::new(s.map())
        .alle_samengevat(|_| {})
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap().0)
        .collect()
}

/// Whether the text holds a date written as `JJJJ-MM-DD`.
fn iso_datum(tekst: &str) -> Option<&str> {
    let b = tekst.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let stuk = &b[i..i + 10];
        let vorm = stuk.iter().enumerate().all(|(k, c)| match k {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
        vorm.then(|| &tekst[i..i + 10])
    })
}

/// The running text visieleer writes in a markdown report: paragraphs and list items, not
/// headings, the contents, tables, quotes or their attribution lines.
fn lopende_tekst(md: &str) -> Vec<&str> {
    let mut in_inhoud = false;
    md.lines()
        .filter(|r| {
            let r = r.trim();
            if r.starts_with('#') {
                in_inhoud = r == "## Inhoud";
            }
            !(in_inhoud
                || r.is_empty()
                || r.starts_with('#')
                || r.starts_with('|')
                || r.starts_with('>')
                || r.starts_with('\u{2014}'))
        })
        .map(|r| r.trim_start_matches("- ").trim_end_matches("  "))
        .collect()
}

/// The house style over a whole report: no numeral at a sentence start, no ISO date, none of
/// the phrases of the old report.
fn controleer_taal(md: &str) {
    for regel in lopende_tekst(md) {
        assert_eq!(
            visieleer::taal::cijfer_aan_zinsbegin(regel),
            None,
            "cijfer aan zinsbegin in: {regel}"
        );
        assert_eq!(iso_datum(regel), None, "ISO-datum in: {regel}");
    }
    for fout in [
        "in deze map",
        "van de 1 trajecten",
        "1 van de 1",
        "Overige thema's",
        "Dit thema leidde",
        "met bevindingen tot inzichten",
    ] {
        assert!(!md.contains(fout), "'{fout}' in:\n{md}");
    }
}

#[test]
fn landelijk_rapport_met_omslag_inhoud_inleiding_en_conclusies() {
    let s = sessie_met("examples/drie");
    let md = ok(&s, &["rode-draden"]);
    controleer_taal(&md);
    // Cover and contents.
    assert!(md.starts_with("# Rode draden\n\n**Visieleertrajecten toegang sociaal domein**"));
    assert!(md.contains("Stand van 15 juli 2024  \nDrie trajecten, waarvan twee meetellen"));
    let inhoud = md.split("## Inhoud").nth(1).unwrap();
    let inhoud = inhoud.split("\n## ").next().unwrap();
    for h in [
        "- 1 Inleiding",
        "- 2 Inwoner centraal",
        "- 3 Rust en regie",
        "- 4 Balans lokaal en regionaal",
        "- 5 Conclusies",
        "- Bijlage 1 De trajecten",
    ] {
        assert!(inhoud.contains(h), "{h} niet in de inhoud: {inhoud}");
    }
    assert!(!inhoud.contains("De methode"), "{inhoud}");
    // The introduction: which trajecten, which period (in Dutch dates), the method, counting.
    assert!(
        md.contains("Dit rapport bundelt wat drie Visieleertrajecten samen leren over de toegang tot het sociaal domein: Bloemendorp en Kanaalstad; Heidebeek; Zeewijk."),
        "{md}"
    );
    assert!(
        md.contains(
            "De trajecten liepen vanaf 15 januari 2024; Bloemendorp en Kanaalstad loopt nog."
        ),
        "{md}"
    );
    assert!(md.contains("Het traject kent vijf fasen."), "{md}");
    assert!(md.contains("in drie stappen: door de moderatoren, door het expertteam en bij de start van de ontwerpsessie"), "{md}");
    assert!(
        md.contains("Alle tellingen gaan over de trajecten die meetellen: de lopende en de afgeronde trajecten. Dat zijn er nu twee. Gestopte en geannuleerde trajecten tellen niet mee"),
        "{md}"
    );
    // A thema found in one traject only is no rode draad yet; its count is in words.
    assert!(
        md.contains("Dit thema kwam naar voren in één van de twee trajecten die meetellen: Zeewijk. Het klonk in één traject; of het een rode draad is, moet blijken uit meer trajecten."),
        "{md}"
    );
    // Each insight in bold with its traject, provisional when the traject runs, and the
    // quotes it rests on, attributed by role, without ids in the reading text.
    assert!(
        md.contains("**Regionaal inkopen versus lokaal beslissen** \u{2014} Bloemendorp en Kanaalstad (voorlopig: het traject loopt nog)"),
        "{md}"
    );
    assert!(
        md.contains("> Regionaal inkopen is prima, als ik lokaal maar mag beslissen.\n\n\u{2014} jeugdconsulent (uitvoering) in Bloemendorp en Kanaalstad\n"),
        "{md}"
    );
    let lezen = md.split("## Bijlage").next().unwrap();
    assert!(!lezen.contains("citaat 1.1"), "{lezen}");
    // Conclusions: the rode draad, the main dilemma and what works per thema.
    let conclusies = md.split("## 5 Conclusies").nth(1).unwrap();
    let conclusies = conclusies.split("\n## ").next().unwrap();
    assert!(
        conclusies.contains("Eén thema komt in meer dan één traject terug en is daarmee een rode draad: Inwoner centraal."),
        "{conclusies}"
    );
    assert!(
        conclusies.contains("**Rust en regie:** in één van de twee trajecten die meetellen. Het belangrijkste dilemma: \u{201c}Regels lopen achter op de praktijk\u{201d} (Zeewijk)."),
        "{conclusies}"
    );
    assert!(
        conclusies.contains("Deze conclusies zijn voorlopig"),
        "{conclusies}"
    );
    // The stopped traject's insight (set by hand) counts nowhere; the annex lists it.
    assert!(
        md.contains(
            "| Heidebeek | Van 12 februari 2024 tot 15 maart 2024; gestopt in fase luisteren |"
        ),
        "{md}"
    );
}

#[test]
fn methode_over_de_voorbeelden_rekent_met_de_datums_uit_de_bestanden() {
    let s = sessie_met("examples/drie");
    let md = ok(&s, &["rode-draden", "--methode"]);
    controleer_taal(&md);
    let t = trajecten(&s);
    let zoek = |slug: &str| t.iter().find(|t| t.slug == slug).unwrap();
    let (zeewijk, bloemendorp) = (zoek("zeewijk"), zoek("bloemendorp"));
    // Zeewijk, the only finished traject, from its aanmelding to its end.
    let dagen = zeewijk
        .aanmelding
        .unwrap()
        .dagen_tot(zeewijk.tijdlijn.einde.unwrap());
    assert_eq!(dagen, 70, "15 januari tot 25 maart 2024");
    assert!(
        md.contains(
            "Het enige afgeronde traject, Zeewijk, duurde tien weken. Dat is binnen de streeftijd."
        ),
        "{md}"
    );
    // Bloemendorp runs: its weeks so far, not counted.
    let tot_nu = bloemendorp
        .aanmelding
        .unwrap()
        .dagen_tot(VANDAAG.parse().unwrap());
    assert_eq!(tot_nu, 126, "11 maart tot 15 juli 2024");
    assert!(
        md.contains("Nog niet afgerond en daarom niet meegeteld: Bloemendorp en Kanaalstad (nu achttien weken sinds de aanmelding)."),
        "{md}"
    );
    // Per phase: the median and range over the phases gone through completely, from the
    // phase dates of both files (bloemendorp is in ontwerpen: that phase does not count).
    use visieleer::model::fase::Fase;
    let duur = |t: &Traject, f: Fase| {
        t.tijdlijn
            .begin(f)
            .unwrap()
            .dagen_tot(t.tijdlijn.eind(f).unwrap())
    };
    assert_eq!(
        [
            duur(zeewijk, Fase::Luisteren),
            duur(bloemendorp, Fase::Luisteren)
        ],
        [14, 21]
    );
    assert!(md.contains("| Luisteren | 2 | 2,5 | 2\u{2013}3 |"), "{md}");
    assert_eq!(
        [
            duur(zeewijk, Fase::Starten),
            duur(bloemendorp, Fase::Starten)
        ],
        [14, 14]
    );
    assert!(md.contains("| Starten | 2 | 2 | 2\u{2013}2 |"), "{md}");
    assert_eq!(duur(zeewijk, Fase::Ontwerpen), 21);
    assert!(md.contains("| Ontwerpen | 1 | 3 | 3\u{2013}3 |"), "{md}");
    assert_eq!(duur(zeewijk, Fase::Borgen), 21);
    assert!(md.contains("| Borgen | 1 | 3 | 3\u{2013}3 |"), "{md}");
    assert!(md.contains("| Zeewijk | Afgerond | 10 |"), "{md}");
    assert!(
        md.contains("| Bloemendorp en Kanaalstad | Loopt, in fase ontwerpen | 18 tot nu |"),
        "{md}"
    );
    // Inwoners and perspectives, from the duos in the files (zeewijk's third interview, without
    // consent, still counts as heard: it names no one).
    assert!(
        zeewijk
            .interviews
            .iter()
            .any(|i| i.duo.iter().any(|d| d.perspectief.naam() == "partner"))
    );
    assert!(
        md.contains("In beide trajecten die meetellen zijn inwoners gehoord"),
        "{md}"
    );
    assert!(
        md.contains("In de duo-interviews ontbrak het perspectief partner in één van de twee trajecten met duo-interviews."),
        "{md}"
    );
    assert!(
        md.contains(
            "| Bloemendorp en Kanaalstad | 2 | Inwoner, uitvoering, beleid en bestuur | Partner |"
        ),
        "{md}"
    );
    assert!(
        md.contains(&format!("| Zeewijk | {} |", zeewijk.interviews.len())),
        "{md}"
    );
    // The stopped traject with its reason and weeks (12 februari to 15 maart: 32 days).
    assert!(
        md.contains("- Heidebeek is op 15 maart 2024 gestopt in fase luisteren, vier weken na de aanmelding. De reden: De gemeente koos voor een andere aanpak na de verkiezingen."),
        "{md}"
    );
    // The evaluatie side by side, and the running traject's still to come.
    let e = zeewijk.evaluatie.as_ref().unwrap();
    assert!(
        md.contains(&format!(
            "| Zeewijk | {} | {} | {} |",
            e.proces, e.inzichten, e.vervolg
        )),
        "{md}"
    );
    assert!(
        md.contains("Bloemendorp en Kanaalstad loopt nog; de evaluatie volgt in de fase borgen."),
        "{md}"
    );
    // Afspraken: two in zeewijk, one with nazorg "loopt", one without nazorg whose date
    // (1 juli 2024) has passed.
    assert_eq!(zeewijk.afspraken.len(), 2);
    assert!(
        md.contains("In één van de twee trajecten die meetellen zijn afspraken vastgelegd, samen twee afspraken. De stand bij de laatste nazorg: één lopend en één nog zonder nazorg. Bij één afspraak is de datum voor de nazorg voorbij zonder dat er nazorg is vastgelegd."),
        "{md}"
    );
    assert!(md.contains("| Zeewijk | 2 | 0 | 1 | 0 | 1 |"), "{md}");
    // The contents names the chapter, the introduction announces it.
    assert!(md.contains("- 6 De methode\n"), "{md}");
    assert!(md.contains("een hoofdstuk over de methode"), "{md}");
}

#[test]
fn methode_over_de_negen_trajecten_zegt_wat_onbekend_is() {
    let s = sessie_met("trajecten");
    let md = ok(&s, &["rode-draden", "--methode"]);
    controleer_taal(&md);
    assert!(
        md.contains("Van geen van de trajecten zijn datums vastgelegd; in welke periode ze liepen, staat daarom niet in dit rapport."),
        "{md}"
    );
    assert!(
        md.contains("Van geen van de zeven trajecten die meetellen is een synthese met inzichten vastgelegd."),
        "{md}"
    );
    assert!(
        md.contains("Van geen van de vijf afgeronde trajecten zijn de aanmelding en de einddatum allebei vastgelegd; de doorlooptijd is daarom onbekend. Het gaat om Ermelo, Harderwijk en Zeewolde; Hoorn; Schouwen-Duiveland; Súdwest-Fryslân; West Brabant Oost."),
        "{md}"
    );
    assert!(md.contains("de duur per fase is daarom onbekend"), "{md}");
    assert!(md.contains("| Hoorn | Afgerond | onbekend |"), "{md}");
    assert!(
        md.contains("Van geen van de zeven trajecten die meetellen zijn duo-interviews of een inwonerssessie vastgelegd; of er inwoners zijn gehoord en welke perspectieven aan tafel zaten, is daarom onbekend."),
        "{md}"
    );
    assert!(
        md.contains("- Oldenzaal is gestopt in fase starten. De reden: tussentijds gestopt vanwege gewijzigde timing en voortschrijdend inzicht."),
        "{md}"
    );
    assert!(
        md.contains("- Westland is geannuleerd in fase werving. Er is geen reden vastgelegd."),
        "{md}"
    );
    assert!(
        md.contains("(afgerond) is geen evaluatie vastgelegd; wat die opleverde, is onbekend."),
        "{md}"
    );
    assert!(
        md.contains("Van geen van de zeven trajecten die meetellen zijn afspraken vastgelegd."),
        "{md}"
    );
    // No figure is made up: no median, no table of phases.
    assert!(
        !md.contains("| Fase |") && !md.contains("in de mediaan"),
        "{md}"
    );
}

#[test]
fn alleen_regionaal_of_lokaal() {
    let s = sessie_met("trajecten");
    let t = trajecten(&s);
    let naam = |t: &Traject| visieleer::document::opsomming(&t.gemeenten);
    let regionaal: Vec<String> = t.iter().filter(|t| t.is_regionaal()).map(naam).collect();
    let lokaal: Vec<String> = t.iter().filter(|t| !t.is_regionaal()).map(naam).collect();
    assert!(regionaal.contains(&"Ermelo, Harderwijk en Zeewolde".to_string()));
    assert!(lokaal.contains(&"Hoorn".to_string()));
    for (soort, erin, eruit) in [
        ("regionaal", &regionaal, &lokaal),
        ("lokaal", &lokaal, &regionaal),
    ] {
        let md = ok(&s, &["rode-draden", "--alleen", soort]);
        controleer_taal(&md);
        let bijlage = md.split("## Bijlage 1 De trajecten").nth(1).unwrap();
        for n in erin {
            assert!(
                bijlage.contains(&format!("| {n} ")),
                "{soort}: {n} ontbreekt"
            );
        }
        for n in eruit {
            assert!(
                !md.contains(&format!("| {n} ")),
                "{soort}: {n} hoort er niet in"
            );
        }
        let bijv = if soort == "regionaal" {
            "Regionale"
        } else {
            "Lokale"
        };
        assert!(
            md.contains(&format!(
                "Dit rapport gaat alleen over de {} trajecten",
                bijv.to_lowercase()
            )),
            "{md}"
        );
        assert!(
            md.contains(&format!(
                "**{bijv} Visieleertrajecten toegang sociaal domein**"
            )),
            "{md}"
        );
    }
    // A map without regional trajecten: refused, and nothing written.
    let s = Sessie::nieuw();
    s.doe("nieuw hoorn --gemeente Hoorn --vraagstuk 'Integraal werken'");
    let fout = s.weigert(&["rode-draden", "--alleen", "regionaal", "-o", "r.md"]);
    assert!(
        fout.contains("Er staan geen regionale trajecten in map")
            && fout.contains("--alleen lokaal"),
        "{fout}"
    );
    assert!(!s.pad().join("r.md").exists());
    let fout = s.weigert_met(2, &["rode-draden", "--alleen", "landelijk"]);
    assert!(fout.contains("landelijk"), "{fout}");
}

/// Whether poppler's tools are there; panics in CI when they are not.
fn poppler() -> bool {
    let er = ["pdftotext", "pdfinfo"].iter().all(|t| {
        Command::new(t)
            .arg("-v")
            .output()
            .is_ok_and(|u| u.status.success() || !u.stderr.is_empty())
    });
    if !er {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is gezet maar pdftotext of pdfinfo ontbreekt; installeer poppler-utils"
        );
        eprintln!("OVERGESLAGEN: PDF-test zonder poppler-utils");
    }
    er
}

/// The text of each page of a PDF.
fn pagina_teksten(pdf: &Path) -> Vec<String> {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let n: usize = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|r| r.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    (1..=n)
        .map(|p| {
            let uit = Command::new("pdftotext")
                .args(["-f", &p.to_string(), "-l", &p.to_string(), "-raw"])
                .arg(pdf)
                .arg("-")
                .output()
                .unwrap();
            String::from_utf8(uit.stdout)
                .unwrap()
                .replace('\u{2060}', "")
        })
        .collect()
}

/// Whitespace collapsed, and words hyphenated at a line end joined again.
fn plat(tekst: &str) -> String {
    tekst
        .replace("-\n", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The contents page's entries: (title, page).
fn inhoud(pagina: &str) -> Vec<(String, usize)> {
    pagina
        .lines()
        .filter(|r| r.contains(". ."))
        .filter_map(|r| {
            let (titel, nr) = r.trim().rsplit_once(' ')?;
            Some((
                titel.trim_end_matches([' ', '.']).trim().to_string(),
                nr.parse().ok()?,
            ))
        })
        .collect()
}

fn schrijf(s: &Sessie, args: &[&str], naam: &str) -> PathBuf {
    let mut alle = args.to_vec();
    alle.extend(["-o", naam]);
    ok(s, &alle);
    s.pad().join(naam)
}

#[test]
fn pdf_per_pagina() {
    if !poppler() {
        return;
    }
    let s = sessie_met("examples/drie");
    let pad = schrijf(&s, &["rode-draden", "--methode"], "rd.pdf");
    let bytes = fs::read(&pad).unwrap();
    assert_eq!(
        fs::read(schrijf(&s, &["rode-draden", "--methode"], "rd2.pdf")).unwrap(),
        bytes,
        "dezelfde stand, andere PDF"
    );
    let paginas = pagina_teksten(&pad);
    let n = paginas.len();
    // The cover: kind, title, state; no footer.
    let omslag = plat(&paginas[0]);
    assert!(
        omslag.contains("RODE DRADEN")
            && omslag.contains("Visieleertrajecten toegang sociaal domein")
            && omslag.contains("Stand van 15 juli 2024")
            && omslag.contains("Drie trajecten, waarvan twee meetellen")
            && !omslag.contains("pagina 1 van"),
        "{omslag}"
    );
    // The contents: every chapter and annex, each on the page it names, as a heading line.
    let regels = inhoud(&paginas[1]);
    let titels: Vec<&str> = regels.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titels,
        [
            "1 Inleiding",
            "2 Inwoner centraal",
            "3 Rust en regie",
            "4 Balans lokaal en regionaal",
            "5 Conclusies",
            "6 De methode",
            "Bijlage 1 De trajecten",
            "Bijlage 2 Citaten per thema en traject",
            "Bijlage 3 Meest aangehaalde citaten",
        ],
        "{}",
        paginas[1]
    );
    for (titel, p) in &regels {
        assert!(
            paginas[p - 1].lines().any(|r| r.trim() == titel),
            "'{titel}' staat niet op pagina {p}:\n{}",
            paginas[p - 1]
        );
    }
    for (i, t) in paginas.iter().enumerate().skip(1) {
        assert!(t.contains(&format!("pagina {} van {n}", i + 1)), "{t}");
    }
    // Counts in words on the page of their chapter.
    let pagina_van = |titel: &str| {
        regels
            .iter()
            .find(|(t, _)| t == titel)
            .map(|(_, p)| plat(&paginas[p - 1]))
            .unwrap()
    };
    assert!(
        pagina_van("2 Inwoner centraal")
            .contains("Dit thema kwam naar voren in beide trajecten die meetellen"),
        "{}",
        pagina_van("2 Inwoner centraal")
    );
    assert!(
        pagina_van("1 Inleiding").contains("Dat zijn er nu twee."),
        "{}",
        pagina_van("1 Inleiding")
    );
    assert!(
        pagina_van("6 De methode").contains("De cijfers gaan over de twee trajecten die meetellen"),
        "{}",
        pagina_van("6 De methode")
    );
    // No ISO date anywhere in the PDF's text.
    for (i, p) in paginas.iter().enumerate() {
        assert_eq!(iso_datum(p), None, "pagina {}", i + 1);
    }
    // The nine trajecten: a short report that says what is unknown.
    let s = sessie_met("trajecten");
    let pad = schrijf(&s, &["rode-draden", "--methode"], "negen.pdf");
    let tekst = plat(&pagina_teksten(&pad).concat());
    assert!(
        tekst.contains("Negen trajecten, waarvan zeven meetellen")
            && tekst.contains("Van geen van de zeven trajecten die meetellen is een synthese met inzichten vastgelegd"),
        "{tekst}"
    );
}

#[test]
fn word_zonder_schemafouten() {
    let er = Command::new("python3")
        .args(["-m", "openxml_audit", "--help"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !er {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is gezet maar openxml-audit ontbreekt; installeer: pip install openxml-audit"
        );
        eprintln!("OVERGESLAGEN: geen openxml-audit");
        return;
    }
    for map in ["examples/drie", "trajecten"] {
        let s = sessie_met(map);
        let pad = schrijf(&s, &["rode-draden", "--methode", "--docx"], "rd.docx");
        let uit = Command::new("python3")
            .args([
                "-m",
                "openxml_audit",
                "--validator",
                "ooxml",
                "--policy",
                "strict",
                "--max-errors",
                "0",
                "--output",
                "json",
            ])
            .arg(&pad)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&uit.stdout).unwrap();
        assert_eq!(v[0]["error_count"], 0, "{map}: {v}");
        assert_eq!(v[0]["valid"], true, "{map}: {v}");
    }
}

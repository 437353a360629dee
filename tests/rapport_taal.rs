//! The Dutch of the borgingsrapport (issue 21): for the example traject, a concept and a
//! stopped traject, every sentence visieleer writes starts with a word, not a numeral; no ISO
//! date stands in the reading text; a stopped traject's report is a final "Eindverslag"
//! without CONCEPT; a concept's cover carries a version that rises with every change and not
//! with writing the report; the reading text names quotes by speaker, never by id; and the
//! facilitator's conclusie and thema-inleiding appear verbatim, with their refusals leaving
//! every file as it was.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::Sessie;
use visieleer::taal::cijfer_aan_zinsbegin;

/// The example traject `zeewaarde` (afgerond) in a fresh map.
fn met_voorbeeld() -> Sessie {
    let s = Sessie::nieuw();
    s.doe("nieuw leeg --gemeente Leeg --vraagstuk 'Hoe?' --datum 2024-01-08");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/zeewaarde.yaml"),
        s.map().join("zeewaarde.yaml"),
    )
    .unwrap();
    s
}

/// Two gemeenten in fase ontwerpen with a synthesis: a concept.
fn concept(s: &Sessie, slug: &str) {
    for regel in [
        "nieuw {slug} --gemeente Zeewijk --gemeente Oostdam --vraagstuk 'Hoe vinden inwoners de weg naar hulp?' --facilitator 'F. Acilitator' --datum 2024-01-08",
        "aanmelding {slug} --datum 2024-01-15",
        "volgende {slug} --datum 2024-01-15",
        "sessie {slug} kickoff --datum 2024-01-22",
        "kernvraag {slug} 'Hoe maken we één herkenbare voordeur?'",
        "expert {slug} 'E. Xpert' --expertise 'lokale teams'",
        "volgende {slug} --datum 2024-01-29",
        "interview {slug} --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01",
        "interview {slug} --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --datum 2024-02-05",
        "interview {slug} --duo mantelzorger:inwoner --duo teamleider:uitvoering --toestemming nee --datum 2024-02-06",
        "citaat {slug} 1 'De regels zijn nog van vorig jaar.' --van wijkcoach --tag rust-en-regie",
        "citaat {slug} 2 'Ik wist niet bij welk loket ik moest zijn.' --van bewoner --tag inwoner-centraal",
        "citaat {slug} 3 'Niemand belt terug.' --van mantelzorger --tag inwoner-centraal",
        "volgende {slug} --datum 2024-02-12",
        "synthese {slug} --stap moderatoren --soort dilemma 'Regels knellen in de uitvoering.' --citaat 1.1 --citaat 3.1",
        "synthese {slug} --stap moderatoren --soort dilemma 'Inwoners weten de weg niet.' --citaat 2.1",
        "synthese {slug} --stap expertteam --soort werkzaam 'Eén voordeur helpt.' --citaat 2.1",
        "sessie {slug} ontwerpsessie --datum 2024-03-20 --gepland",
    ] {
        s.doe(&regel.replace("{slug}", slug));
    }
}

/// The concept, stopped in fase ontwerpen with a planned session that will not happen.
fn gestopt(s: &Sessie, slug: &str) {
    concept(s, slug);
    s.doe(&format!(
        "stop {slug} --reden 'Geen capaciteit in de organisatie' --datum 2024-03-01"
    ));
}

fn rapport(s: &Sessie, slug: &str) -> String {
    s.ok(&["rapport", slug])
}

/// The report up to its annex: the reading text.
fn leestekst(md: &str) -> &str {
    md.split("\n## Bijlage").next().unwrap()
}

/// The lines of running text visieleer writes in a markdown report: no headings, contents,
/// table rows, quotes or their attribution; list markers and emphasis taken off.
fn zinnen(md: &str) -> Vec<String> {
    let zonder_inhoud = match md.split_once("## Inhoud\n") {
        Some((voor, na)) => format!("{voor}{}", &na[na.find("\n## ").unwrap()..]),
        None => md.to_string(),
    };
    zonder_inhoud
        .lines()
        .map(str::trim)
        .filter(|r| {
            !r.is_empty()
                && !r.starts_with('#')
                && !r.starts_with('|')
                && !r.starts_with('>')
                && !r.starts_with('—')
        })
        .map(|r| {
            let r = r.strip_prefix("- ").unwrap_or(r);
            let r = match r.split_once(". ") {
                Some((nr, rest)) if nr.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => r,
            };
            r.replace("**", "").replace('*', "")
        })
        .collect()
}

/// The first `\d{4}-\d{2}-\d{2}` in `tekst`.
fn iso_datum(tekst: &str) -> Option<String> {
    let b = tekst.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let stuk = &b[i..i + 10];
        let vorm = stuk.iter().enumerate().all(|(n, c)| match n {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
        vorm.then(|| String::from_utf8_lossy(stuk).into_owned())
    })
}

#[track_caller]
fn taal_klopt(md: &str) {
    let lees = leestekst(md);
    for zin in zinnen(lees) {
        assert_eq!(
            cijfer_aan_zinsbegin(&zin),
            None,
            "een zin begint met een cijfer: {zin}"
        );
    }
    assert_eq!(iso_datum(lees), None, "ISO-datum in de leestekst:\n{lees}");
    for verboden in [
        "(nog)",
        "is er niet gekomen",
        "zijn er niet gekomen",
        "daaruit kwam de inzichten",
        "(inzicht ",
        "citaat 1.",
        "citaat 2.",
        "citaat 3.",
        "citaten 1.",
    ] {
        assert!(
            !lees.contains(verboden),
            "'{verboden}' staat in de leestekst:\n{lees}"
        );
    }
}

#[test]
fn het_voorbeeld_het_concept_en_het_gestopte_traject_in_goed_nederlands() {
    let s = met_voorbeeld();
    concept(&s, "c");
    gestopt(&s, "g");
    for slug in ["zeewaarde", "c", "g"] {
        taal_klopt(&rapport(&s, slug));
    }
    // Counts in words, agreement with the number of gemeenten, no id by a quote.
    let c = rapport(&s, "c");
    assert!(c.contains("zijn drie duo-interviews gehouden met zes deelnemers"));
    assert!(c.contains("Eén citaat uit duo-interviews zonder toestemming staat niet"));
    assert!(c.contains("zoals de gemeenten het bij de aanmelding beschreven"));
    assert!(c.contains("Zeewijk en Oostdam werken in een Visieleertraject"));
    assert!(c.contains("bestaat uit E. Xpert"), "{c}");
    assert!(c.contains("brachten samen wat ze hoorden terug tot twee inzichten"));
    assert!(c.contains("Zie ook het citaat van de bewoner (inwoner), hierboven."));
    assert!(c.contains(
        "Ook één citaat uit een duo-interview zonder toestemming onderbouwt dit inzicht; het staat daarom niet in dit rapport."
    ));
    assert!(c.contains("\n— wijkcoach (uitvoering)\n"));
    // The annex keeps the ids, with the speaker.
    assert!(
        c.contains("1.1 wijkcoach (uitvoering); 3.1 (zonder toestemming)"),
        "{c}"
    );
    // A running traject is judged against the streeftijd once it is past it; a stopped one
    // is not judged at all.
    assert!(
        c.contains("duurt het traject tot nu toe dertien weken: langer dan de streeftijd"),
        "{c}"
    );
    let g = rapport(&s, "g");
    assert!(
        !g.contains("korter dan de streeftijd") && !g.contains("binnen de streeftijd"),
        "{g}"
    );
    assert!(g.contains(", tot het stopte."), "{g}");
}

#[test]
fn een_gestopt_traject_krijgt_een_eindverslag_zonder_concept() {
    let s = Sessie::nieuw();
    gestopt(&s, "g");
    let md = rapport(&s, "g");
    assert!(md.starts_with("# Eindverslag\n"), "{md}");
    assert!(md.contains("Eindverslag, het traject is gestopt op 1 maart 2024"));
    assert!(!md.contains("CONCEPT") && !md.contains("Concept"), "{md}");
    assert!(!md.contains("Versie 0."));
    assert!(md.contains("Zeewijk en Oostdam werkten in een Visieleertraject"));
    assert!(md.contains("bestond uit E. Xpert"));
    assert!(md.contains("**Ontwerpsessie**: gepland op 20 maart 2024, niet gehouden"));
    assert!(md.contains(
        "Het traject is gestopt vóór fase borgen; daarom bevat dit verslag geen afspraken over de borging."
    ));
    // What a stopped traject will never do is no "nog" or "(nog)".
    assert!(!leestekst(&md).contains("nog geen") && !leestekst(&md).contains("nog niet"));
    let html = s.ok(&["rapport", "g", "--html"]);
    assert!(html.contains("Eindverslag") && !html.contains("CONCEPT"));
}

#[test]
fn de_versie_van_een_concept_stijgt_met_elke_wijziging_en_niet_door_het_rapport() {
    let s = Sessie::nieuw();
    concept(&s, "c");
    let versie = |md: &str| -> usize {
        let regel = md
            .lines()
            .find(|r| r.starts_with("Versie 0."))
            .unwrap_or_else(|| panic!("geen versie op de omslag:\n{md}"));
        regel["Versie 0.".len()..]
            .split(',')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let eerst = rapport(&s, "c");
    assert!(eerst.contains("Versie 0."), "{eerst}");
    assert!(
        eerst
            .lines()
            .any(|r| r.starts_with("Versie 0.") && r.trim_end().ends_with(", 15 april 2024")),
        "de omslag draagt de datum van de versie:\n{eerst}"
    );
    let voor = s.inhoud();
    let nogmaals = rapport(&s, "c");
    s.ok(&["rapport", "c", "-o", "rapport.md"]);
    assert_eq!(versie(&eerst), versie(&nogmaals));
    let na = s.inhoud();
    assert_eq!(
        voor.get(&s.bestand("c")),
        na.get(&s.bestand("c")),
        "het rapport schrijven verandert het traject niet"
    );
    s.doe("citaat c 1 'Wij schrijven het beleid.' --van beleidsadviseur --tag rust-en-regie");
    let daarna = rapport(&s, "c");
    assert!(versie(&daarna) > versie(&eerst));
    s.doe("conclusie c 'Eerste gedachten.'");
    assert!(versie(&rapport(&s, "c")) > versie(&daarna));
}

#[test]
fn conclusie_en_thema_inleiding_staan_letterlijk_in_het_rapport() {
    let s = Sessie::nieuw();
    concept(&s, "c");
    let uit = s.doe("conclusie c 'De voordeur is er; nu de achterkant.\n\nTwee wijken gaan voor.'");
    assert!(uit.contains("Conclusie vastgelegd"), "{uit}");
    s.doe("thema-inleiding c inwoner-centraal 'Bijna iedereen begon over het loket.'");
    let md = rapport(&s, "c");
    assert!(md.contains("## 6 Conclusies en aanbevelingen"));
    assert!(md.contains("### De conclusie van de facilitator\n\nDe voordeur is er; nu de achterkant.\n\nTwee wijken gaan voor.\n"), "{md}");
    assert!(
        md.contains("### Inwoner centraal\n\nBijna iedereen begon over het loket.\n"),
        "{md}"
    );
    assert!(md.contains("- **Het belangrijkste dilemma**: Regels knellen in de uitvoering."));
    assert!(md.contains("- **Wat werkt**: Eén voordeur helpt."));
    // A thema without a lead text starts at once.
    assert!(md.contains("### Rust en regie\n\n####"), "{md}");
    // A tag that is no thema is kept, with a word on what the report does with it.
    let uit = s.run(&["thema-inleiding", "c", "afstemming-leefgebieden", "Tekst."]);
    assert_eq!(uit.code, 0, "{}", uit.stderr);
    assert!(
        uit.stderr.contains("is geen thema in het codeboek"),
        "{}",
        uit.stderr
    );
    assert!(!rapport(&s, "c").contains("Tekst."));
    let toon = s.ok(&["toon", "c"]);
    assert!(toon.contains("Conclusie: De voordeur is er"));
    assert!(toon.contains("Inleiding bij #inwoner-centraal: Bijna iedereen"));

    // Changing and removing, and ongedaan takes it back.
    s.doe("conclusie c 'Een nieuwe conclusie.'");
    assert!(rapport(&s, "c").contains("Een nieuwe conclusie."));
    s.doe("conclusie c --geen");
    assert!(!rapport(&s, "c").contains("De conclusie van de facilitator"));
    s.doe("ongedaan c");
    assert!(rapport(&s, "c").contains("Een nieuwe conclusie."));
    s.doe("thema-inleiding c inwoner-centraal --geen");
    assert!(!rapport(&s, "c").contains("Bijna iedereen"));
    s.doe("ongedaan c");
    assert!(rapport(&s, "c").contains("Bijna iedereen"));
}

#[test]
fn conclusie_en_thema_inleiding_weigeren_zonder_iets_te_veranderen() {
    let s = Sessie::nieuw();
    concept(&s, "c");
    let fout = s.weigert_regel("conclusie c --geen");
    assert!(
        fout.contains("heeft geen conclusie om weg te halen"),
        "{fout}"
    );
    let fout = s.weigert_regel("conclusie c ''");
    assert!(!fout.is_empty());
    let fout = s.weigert_regel("conclusie onbekend 'Tekst.'");
    assert!(fout.contains("onbekend"), "{fout}");
    let fout = s.weigert_regel("thema-inleiding c rust-en-regi 'Tekst.'");
    assert!(
        fout.contains("staat niet in het codeboek") && fout.contains("rust-en-regie"),
        "{fout}"
    );
    let fout = s.weigert_regel("thema-inleiding c 'geen tag!' 'Tekst.'");
    assert!(fout.contains("geen geldige tag"), "{fout}");
    let fout = s.weigert_regel("thema-inleiding c rust-en-regie --geen");
    assert!(fout.contains("geen inleiding om weg te halen"), "{fout}");
    // Without a text (and without --geen) clap refuses it as a usage error.
    s.weigert_met(2, &["thema-inleiding", "c", "rust-en-regie"]);
}

#[test]
fn conclusie_wordt_gescand_en_gemaskeerd_als_elke_vrije_tekst() {
    let s = Sessie::nieuw();
    gestopt(&s, "g");
    // Also a stopped traject takes a conclusie: it belongs to the Eindverslag.
    s.doe("conclusie g 'Bel bij vragen 06-12345678.'");
    s.doe("thema-inleiding g inwoner-centraal 'Mail gerust naar wijkteam@example.org.'");
    let check = s.doe("check");
    assert!(
        check.contains("conclusie bevat mogelijk een telefoonnummer"),
        "{check}"
    );
    assert!(
        check.contains("inleiding bij thema inwoner-centraal bevat mogelijk"),
        "{check}"
    );
    let md = rapport(&s, "g");
    assert!(!md.contains("12345678"), "{md}");
    assert!(md.contains("Bel bij vragen \\[weggelaten\\]."), "{md}");
    assert!(!md.contains("wijkteam@example.org"), "{md}");
}

/// The report as PDF, read back per page: the same language rules hold for what the reader
/// sees on paper.
#[test]
fn het_rapport_als_pdf_leest_goed() {
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
        return;
    }
    let s = Sessie::nieuw();
    gestopt(&s, "g");
    s.doe("conclusie g 'Het traject stopte; de vraag blijft.'");
    s.ok(&["rapport", "g", "--pdf", "-o", "g.pdf"]);
    let pad = s.pad().join("g.pdf");
    let uit = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pad)
        .arg("-")
        .output()
        .unwrap();
    let tekst = String::from_utf8(uit.stdout).unwrap();
    let paginas: Vec<&str> = tekst
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(paginas[0].contains("Eindverslag"), "{}", paginas[0]);
    for (n, pagina) in paginas.iter().enumerate() {
        assert!(!pagina.contains("CONCEPT"), "pagina {}: {pagina}", n + 1);
    }
    let alles = paginas.join("\n");
    let lees = &alles[..alles.rfind("Bijlage A Citaten").unwrap()];
    assert_eq!(iso_datum(lees), None);
    assert!(alles.contains("Conclusies en aanbevelingen"));
    assert!(alles.contains("Het traject stopte; de vraag blijft."));
    assert!(!lees.contains("(inzicht "));

    // The example and a concept: no ISO date and no id in the reading text; the concept's
    // cover carries CONCEPT and its version.
    let s = met_voorbeeld();
    concept(&s, "c");
    for (slug, is_concept) in [("zeewaarde", false), ("c", true)] {
        let naam = format!("{slug}.pdf");
        s.ok(&["rapport", slug, "--pdf", "-o", &naam]);
        let uit = Command::new("pdftotext")
            .arg(s.pad().join(&naam))
            .arg("-")
            .output()
            .unwrap();
        let tekst = String::from_utf8(uit.stdout).unwrap();
        let omslag = tekst.split('\u{c}').next().unwrap();
        assert_eq!(omslag.contains("Versie 0."), is_concept, "{omslag}");
        assert_eq!(tekst.contains("CONCEPT"), is_concept);
        let lees = &tekst[..tekst.rfind("Bijlage A Citaten").unwrap()];
        assert_eq!(iso_datum(lees), None, "{lees}");
        assert!(
            !lees.contains("(inzicht ") && !lees.contains(", citaat "),
            "{lees}"
        );
        assert!(lees.contains("Conclusies en aanbevelingen"));
    }
}

//! Regional trajecten: several colleges of B&W register one by one, werving waits for all of
//! them, and the doorlooptijd starts at the last; a region under one name is marked regional.
//! Interviews and afspraken name their gemeente, `rapport --gemeente` writes one gemeente's
//! report, the export and the overview show the gemeenten; `experts` lists every expertteam.

use crate::common::Sessie;

fn regionaal_traject(s: &Sessie) {
    let uit = s.doe(
        "nieuw sed --gemeente 'Stede Broec' --gemeente Enkhuizen --gemeente Drechterland --vraagstuk 'Hoe vinden inwoners de weg?' --datum 2024-01-08",
    );
    assert!(uit.contains("(regionaal, fase werving)"), "{uit}");
    assert!(uit.contains("--gemeente"), "{uit}");
}

#[test]
fn werving_wacht_op_het_college_van_elke_gemeente() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    let uit = s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    assert!(
        uit.contains("Nog niet aangemeld: Stede Broec, Drechterland"),
        "{uit}"
    );
    let fout = s.weigert_regel("volgende sed --datum 2024-01-23");
    assert!(
        fout.contains("nog niet: Stede Broec, Drechterland"),
        "{fout}"
    );
    assert!(
        fout.contains("visieleer aanmelding sed --gemeente \"Stede Broec\""),
        "{fout}"
    );

    s.doe("aanmelding sed --gemeente 'stede broec' --datum 2024-01-10");
    let uit = s.doe("aanmelding sed --gemeente Drechterland --datum 2024-02-01");
    assert!(uit.contains("Alle colleges zijn nu aangemeld"), "{uit}");
    assert!(uit.contains("1 februari 2024"), "{uit}");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-02-01\n"), "{bestand}");
    assert!(
        bestand.contains("aanmeldingen:\n  Drechterland: 2024-02-01\n  Enkhuizen: 2024-01-22\n  Stede Broec: 2024-01-10\n"),
        "{bestand}"
    );
    assert!(s.doe("check").contains("0 fouten"));
    s.doe("volgende sed --datum 2024-02-02");
    assert!(s.lees("sed").contains("fase: starten"));
}

#[test]
fn zonder_gemeente_meldt_elk_college_tegelijk_aan() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --datum 2024-01-15");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-01-15\n"), "{bestand}");
    assert!(!bestand.contains("aanmeldingen:"), "{bestand}");
    s.doe("volgende sed --datum 2024-01-16");

    // The rest after one by one: every college not yet registered gets that day.
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    s.doe("aanmelding sed --datum 2024-01-29");
    let bestand = s.lees("sed");
    assert!(bestand.contains("aanmelding: 2024-01-29\n"), "{bestand}");
    assert!(bestand.contains("  Enkhuizen: 2024-01-22\n"), "{bestand}");
}

#[test]
fn een_gemeente_buiten_het_traject_wordt_geweigerd() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    let fout = s.weigert_regel("aanmelding sed --gemeente Hoorn --datum 2024-01-22");
    assert!(
        fout.contains(
            "Gemeente 'Hoorn' hoort niet bij traject 'sed' (Stede Broec, Enkhuizen, Drechterland)"
        ),
        "{fout}"
    );
}

#[test]
fn een_regio_onder_een_naam_met_thema_en_pilot() {
    let s = Sessie::nieuw();
    let uit = s.doe(
        "nieuw wbo --gemeente 'West-Brabant Oost' --regionaal --pilot --thema 'Integrale toegang' --vraagstuk 'Hoe werken we samen?' --datum 2024-01-08",
    );
    assert!(uit.contains("West-Brabant Oost (regionaal)"), "{uit}");
    let bestand = s.lees("wbo");
    assert!(bestand.contains("thema: Integrale toegang\n"), "{bestand}");
    assert!(bestand.contains("pilot: true\n"), "{bestand}");
    assert!(bestand.contains("regionaal: true\n"), "{bestand}");
    let overzicht = s.doe("overzicht");
    assert!(overzicht.contains("Integrale toegang"), "{overzicht}");
    // One gemeente: the ordinary aanmelding, without a list per college.
    s.doe("aanmelding wbo --gemeente 'West-Brabant Oost' --datum 2024-01-15");
    let bestand = s.lees("wbo");
    assert!(bestand.contains("aanmelding: 2024-01-15\n"), "{bestand}");
    assert!(!bestand.contains("aanmeldingen:"), "{bestand}");
}

#[test]
fn check_ziet_aanmeldingen_die_niet_kloppen() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --gemeente Enkhuizen --datum 2024-01-22");
    let bestand = s.lees("sed");
    s.schrijf(
        "trajecten/sed.yaml",
        &bestand
            .replace(
                "  Enkhuizen: 2024-01-22\n",
                "  Enkhuizen: 2024-01-22\n  Hoorn: 2024-01-23\n",
            )
            .replace("aanmeldingen:", "aanmelding: 2024-01-22\naanmeldingen:"),
    );
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    assert!(
        uit.stdout.contains("'aanmeldingen' noemt 'Hoorn'"),
        "{}",
        uit.stdout
    );
    assert!(
        uit.stdout.contains("'aanmelding' staat ingevuld terwijl nog niet elk college zich heeft aangemeld (nog niet: Stede Broec, Drechterland)"),
        "{}",
        uit.stdout
    );
}

// ---- Per gemeente: interviews, afspraken, the report for one gemeente, the export ----

const ENKHUIZEN: &str = "In Enkhuizen zijn de regels nog van vorig jaar.";
const DRECHTERLAND: &str = "Ik wist niet bij welk loket in Drechterland ik moest zijn.";
const REGIO: &str = "De regio praat veel, de mantelzorger merkt weinig.";

/// Three colleges registered one by one, interviews in Enkhuizen, in Drechterland and one for
/// the whole region, insights over all of them, afspraken per gemeente and for the region.
fn drie_gemeenten_in_borgen() -> Sessie {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    for regel in [
        "aanmelding sed --gemeente Enkhuizen --datum 2024-01-15",
        "aanmelding sed --gemeente 'Stede Broec' --datum 2024-01-16",
        "aanmelding sed --gemeente Drechterland --datum 2024-01-17",
        "volgende sed --datum 2024-01-17",
        "sessie sed kickoff --datum 2024-01-22",
        "kernvraag sed 'Hoe maken we één herkenbare voordeur?'",
        "expert sed 'E. Xpert' --expertise 'lokale teams'",
        "volgende sed --datum 2024-01-29",
        "interview sed --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --gemeente Enkhuizen --datum 2024-02-01",
        // The gemeente as the traject spells it, whatever the case typed.
        "interview sed --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --gemeente drechterland --datum 2024-02-05",
        "interview sed --duo jongerenwerker:uitvoering --duo mantelzorger:inwoner --toestemming ja --datum 2024-02-06",
        &format!("citaat sed 1 '{ENKHUIZEN}' --van wijkcoach --tag rust-en-regie"),
        &format!("citaat sed 2 '{DRECHTERLAND}' --van bewoner --tag inwoner-centraal"),
        &format!("citaat sed 3 '{REGIO}' --van mantelzorger --tag inwoner-centraal"),
        "volgende sed --datum 2024-02-12",
        "synthese sed --stap moderatoren --soort dilemma 'Regels knellen' --citaat 1.1",
        "synthese sed --stap expertteam --soort werkzaam 'Eén voordeur helpt' --citaat 2.1",
        "sessie sed ontwerpsessie --datum 2024-02-26",
        "synthese sed --stap reflectie 'Inwoners merken weinig van de regio' --citaat 3.1 --citaat 2.1",
        "richting sed 'Eén wijkteam per wijk met eigen mandaat'",
        "volgende sed --datum 2024-03-04",
        "afspraak sed 'Eén loket in Enkhuizen' --eigenaar 'teamleider toegang' --streefwaarde 'Inwoners vinden het loket' --gemeente Enkhuizen --datum 2024-09-01",
        "afspraak sed 'Eén loket in Drechterland' --eigenaar 'teamleider toegang' --streefwaarde 'Eén nummer voor iedereen' --gemeente Drechterland --datum 2024-09-01",
        "afspraak sed 'Regionaal overleg elk kwartaal' --eigenaar regiocoördinator --streefwaarde 'Vier keer per jaar overleg' --datum 2024-12-01",
        "nazorg sed --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Het loket is open op dinsdag.' --datum 2024-04-10",
        "nazorg sed --afspraak 2 --stand gehaald --verhaal 'Drechterland heeft één nummer.' --datum 2024-04-11",
    ] {
        s.doe(regel);
    }
    s
}

#[test]
fn drie_gemeenten_van_aanmeldingen_tot_rapport_per_gemeente() {
    let s = drie_gemeenten_in_borgen();
    let bestand = s.lees("sed");
    assert_eq!(
        bestand.matches("  gemeente: Enkhuizen\n").count(),
        2,
        "{bestand}"
    );
    assert_eq!(
        bestand.matches("  gemeente: Drechterland\n").count(),
        2,
        "{bestand}"
    );
    assert!(!bestand.contains("drechterland"), "{bestand}");

    let enkhuizen = s.doe("rapport sed --gemeente Enkhuizen");
    assert!(
        enkhuizen.contains("**Visieleertraject Enkhuizen**"),
        "{enkhuizen}"
    );
    assert!(
        enkhuizen.contains(
            "Rapport voor de gemeente Enkhuizen, uit het regionale traject van Stede Broec, Enkhuizen en Drechterland"
        ),
        "{enkhuizen}"
    );
    assert!(
        enkhuizen.contains("Enkhuizen werkt samen met Stede Broec en Drechterland"),
        "{enkhuizen}"
    );
    assert!(
        enkhuizen.contains("Het college van Enkhuizen meldde zich aan op 15 januari 2024."),
        "{enkhuizen}"
    );
    // Its own interview and the region's, not Drechterland's.
    assert!(enkhuizen.contains(ENKHUIZEN) && enkhuizen.contains(REGIO));
    assert!(!enkhuizen.contains(DRECHTERLAND), "{enkhuizen}");
    assert!(
        enkhuizen.contains("twee duo-interviews gehouden met vier deelnemers"),
        "{enkhuizen}"
    );
    assert!(enkhuizen.contains(
        "- wijkcoach (uitvoering) en beleidsadviseur (beleid), op 1 februari 2024, in Enkhuizen"
    ));
    assert!(enkhuizen.contains("- jongerenwerker (uitvoering) en mantelzorger (inwoner), op 6 februari 2024, voor de hele regio"));
    // Every insight of the traject, marked where none of its quotes is from here.
    assert!(
        enkhuizen.contains("**Regels knellen.**\n\n>"),
        "{enkhuizen}"
    );
    assert!(
        enkhuizen.contains("**Eén voordeur helpt.**\n\n*Dit inzicht geldt voor het hele traject, maar geen van zijn citaten komt uit Enkhuizen of uit de hele regio: het rust op wat in Drechterland is gehoord.*"),
        "{enkhuizen}"
    );
    assert!(
        enkhuizen.contains("*Ook één citaat uit Drechterland onderbouwt dit inzicht; dat staat in het rapport van die gemeente.*"),
        "{enkhuizen}"
    );
    assert!(enkhuizen.contains("| 2 | expertteam | Eén voordeur helpt | 2.1 (Drechterland) |"));
    // Its own afspraak (with its nazorg) and the region's.
    assert!(enkhuizen.contains("| 1 | Eén loket in Enkhuizen | Enkhuizen | teamleider toegang |"));
    assert!(
        enkhuizen
            .contains("| 3 | Regionaal overleg elk kwartaal | hele regio | regiocoördinator |")
    );
    assert!(enkhuizen.contains("Het loket is open op dinsdag."));
    assert!(
        !enkhuizen.contains("Eén loket in Drechterland"),
        "{enkhuizen}"
    );
    assert!(!enkhuizen.contains("Drechterland heeft één nummer."));

    let drechterland = s.doe("rapport sed --gemeente Drechterland");
    assert!(drechterland.contains(DRECHTERLAND) && drechterland.contains(REGIO));
    assert!(!drechterland.contains(ENKHUIZEN), "{drechterland}");
    assert!(drechterland.contains("het rust op wat in Enkhuizen is gehoord."));
    assert!(drechterland.contains("Drechterland heeft één nummer."));
    assert!(!drechterland.contains("Het loket is open op dinsdag."));
    // Stede Broec held no interview of its own: the region's, and every insight of the rest.
    let stede_broec = s.doe("rapport sed --gemeente 'stede broec'");
    assert!(stede_broec.contains("**Visieleertraject Stede Broec**"));
    assert!(stede_broec.contains(REGIO) && !stede_broec.contains(ENKHUIZEN));
    assert!(
        stede_broec.contains("één duo-interview gehouden"),
        "{stede_broec}"
    );

    // The whole traject as before: every quote, every afspraak, nothing marked.
    let heel = s.doe("rapport sed");
    assert!(heel.contains(ENKHUIZEN) && heel.contains(DRECHTERLAND) && heel.contains(REGIO));
    assert!(heel.contains("Eén loket in Drechterland") && heel.contains("Eén loket in Enkhuizen"));
    assert!(
        !heel.contains("Dit inzicht geldt voor het hele traject"),
        "{heel}"
    );
    assert!(heel.contains("**Visieleertraject Stede Broec, Enkhuizen en Drechterland**"));
}

#[test]
fn het_rapport_per_gemeente_in_elk_formaat() {
    let s = drie_gemeenten_in_borgen();
    for ext in ["md", "html", "docx", "pdf"] {
        s.doe(&format!(
            "rapport sed --gemeente Enkhuizen -o enkhuizen.{ext}"
        ));
    }
    let html = std::fs::read_to_string(s.pad().join("enkhuizen.html")).unwrap();
    assert!(html.contains("Visieleertraject Enkhuizen"), "{html}");
    assert!(html.contains(ENKHUIZEN) && html.contains(REGIO));
    assert!(!html.contains(DRECHTERLAND));
    assert!(html.contains("geen van zijn citaten komt uit Enkhuizen"));

    let docx = zip_tekst(&s.pad().join("enkhuizen.docx"));
    assert!(docx.contains("Visieleertraject Enkhuizen"));
    assert!(docx.contains(ENKHUIZEN) && docx.contains(REGIO));
    assert!(!docx.contains(DRECHTERLAND));
    assert!(docx.contains("geen van zijn citaten komt uit Enkhuizen"));

    let pdf = std::fs::read(s.pad().join("enkhuizen.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    if let Ok(uit) = std::process::Command::new("pdftotext")
        .arg(s.pad().join("enkhuizen.pdf"))
        .arg("-")
        .output()
    {
        let tekst = String::from_utf8_lossy(&uit.stdout).replace('\n', " ");
        assert!(tekst.contains("Visieleertraject Enkhuizen"), "{tekst}");
        assert!(!tekst.contains("ik moest zijn"), "{tekst}");
        assert!(tekst.contains("Het loket is open op dinsdag."), "{tekst}");
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is gezet maar pdftotext ontbreekt; installeer poppler-utils"
        );
    }
}

/// Every part of a zip file (Word, Excel) as one text.
fn zip_tekst(pad: &std::path::Path) -> String {
    use std::io::Read;
    let bytes = std::fs::read(pad).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("een zip");
    let mut alles = String::new();
    for i in 0..zip.len() {
        let mut deel = zip.by_index(i).unwrap();
        let mut inhoud = String::new();
        if deel.read_to_string(&mut inhoud).is_ok() {
            alles.push_str(&inhoud);
        }
    }
    alles
}

#[test]
fn de_export_heeft_per_citaat_de_gemeente() {
    let s = drie_gemeenten_in_borgen();
    let csv = s.doe("citaten sed --csv");
    let mut regels = csv.lines();
    assert!(
        regels
            .next()
            .unwrap()
            .starts_with("traject,interview,citaat,datum,gemeente,rol_1,"),
        "{csv}"
    );
    let rijen: Vec<&str> = regels.collect();
    assert!(
        rijen[0].starts_with("sed,1,1.1,2024-02-01,Enkhuizen,wijkcoach,"),
        "{csv}"
    );
    assert!(
        rijen[1].starts_with("sed,2,2.1,2024-02-05,Drechterland,bewoner,"),
        "{csv}"
    );
    // An interview of the whole region: every gemeente, so a filter on one finds it.
    assert!(
        rijen[2].starts_with("sed,3,3.1,2024-02-06,Stede Broec; Enkhuizen; Drechterland,"),
        "{csv}"
    );
    s.doe("citaten sed --xlsx -o sed.xlsx");
    let xlsx = zip_tekst(&s.pad().join("sed.xlsx"));
    for waarde in [
        "gemeente",
        "Enkhuizen",
        "Drechterland",
        "Stede Broec; Enkhuizen; Drechterland",
    ] {
        assert!(
            xlsx.contains(&format!(">{waarde}<")),
            "{waarde} ontbreekt: {xlsx}"
        );
    }
    // A traject of one gemeente: that gemeente on every row.
    s.traject_in_borgen("zeewijk");
    let csv = s.doe("citaten zeewijk --csv");
    assert!(
        csv.lines()
            .skip(1)
            .all(|r| r.contains(",2024-02-0") && r.contains(",Zeewijk,")),
        "{csv}"
    );
}

#[test]
fn een_onbekende_gemeente_of_een_niet_regionaal_traject_wordt_geweigerd() {
    let s = drie_gemeenten_in_borgen();
    s.traject_in_borgen("zeewijk");
    let verwacht = "Gemeente 'Hoorn' hoort niet bij traject 'sed' (Stede Broec, Enkhuizen, Drechterland); noem een van die gemeenten.";
    for regel in [
        "rapport sed --gemeente Hoorn",
        "rapport sed --gemeente Hoorn -o hoorn.md",
        "rapport sed --gemeente Hoorn --pdf -o hoorn.pdf",
        "interview sed --duo a:inwoner --duo b:beleid --toestemming ja --gemeente Hoorn --datum 2024-03-01",
        "interview-wijzig sed 1 --gemeente Hoorn",
        "afspraak sed 'Nog een' --eigenaar x --streefwaarde 'Het werkt' --datum 2024-09-01 --gemeente Hoorn",
        "afspraak-wijzig sed 1 --gemeente Hoorn",
    ] {
        let fout = s.weigert_regel(regel);
        assert!(fout.contains(verwacht), "{regel}: {fout}");
        assert_eq!(fout.trim_end().lines().count(), 1, "{fout}");
    }
    assert!(!s.pad().join("hoorn.md").exists() && !s.pad().join("hoorn.pdf").exists());
    let fout = s.weigert_regel("rapport zeewijk --gemeente Zeewijk -o z.md");
    assert!(
        fout.contains("Traject 'zeewijk' is niet regionaal: het rapport is al dat van Zeewijk; laat --gemeente weg."),
        "{fout}"
    );
    let fout = s.weigert_regel("interview sed --duo a:inwoner --duo b:beleid --toestemming ja --gemeente ' ' --datum 2024-03-01");
    assert!(fout.contains("--gemeente"), "{fout}");
    // Its own gemeente in a traject of one is the whole traject: nothing to store.
    s.doe("afspraak zeewijk 'Eén nummer' --eigenaar teamleider --streefwaarde 'Het werkt' --datum 2024-09-01 --gemeente zeewijk");
    assert!(
        !s.lees("zeewijk").contains("gemeente: "),
        "{}",
        s.lees("zeewijk")
    );
}

#[test]
fn de_gemeente_verbeteren_en_terugzetten() {
    let s = drie_gemeenten_in_borgen();
    s.doe("interview-wijzig sed 3 --gemeente 'Stede Broec'");
    assert!(s.lees("sed").contains("  gemeente: Stede Broec\n"));
    assert!(
        s.doe("rapport sed --gemeente 'Stede Broec'")
            .contains(REGIO)
    );
    assert!(!s.doe("rapport sed --gemeente Enkhuizen").contains(REGIO));
    s.doe("interview-wijzig sed 3 --geen-gemeente");
    assert!(!s.lees("sed").contains("Stede Broec\n  toestemming"));
    assert!(s.doe("rapport sed --gemeente Enkhuizen").contains(REGIO));
    let voor = s.lees("sed");
    s.doe("afspraak-wijzig sed 3 --gemeente Enkhuizen");
    let toon = s.doe("toon sed");
    assert!(
        toon.contains("Regionaal overleg elk kwartaal — eigenaar regiocoördinator, voor Enkhuizen"),
        "{toon}"
    );
    assert!(
        toon.contains("per gemeente: Stede Broec 0, Enkhuizen 1, Drechterland 1, hele regio 1"),
        "{toon}"
    );
    s.doe("ongedaan sed");
    assert_eq!(s.lees("sed"), voor);
    // The same afspraak for two gemeenten is two afspraken; twice for one is refused.
    s.doe("afspraak sed 'Eén loket in Drechterland' --eigenaar 'teamleider toegang' --streefwaarde 'Het werkt' --datum 2024-09-01 --gemeente Enkhuizen");
    let fout = s.weigert_regel("afspraak sed 'Eén loket in Drechterland' --eigenaar 'teamleider toegang' --streefwaarde 'Eén nummer voor iedereen' --gemeente Drechterland --datum 2024-09-01");
    assert!(fout.contains("heeft deze afspraak al (nummer 2)"), "{fout}");
    let fout = s.weigert_regel("afspraak-wijzig sed 4 --gemeente Drechterland");
    assert!(fout.contains("heeft deze afspraak al (nummer 2)"), "{fout}");
    let interviews = s.doe("interviews sed");
    assert!(
        interviews.contains("Gemeente") && interviews.contains("hele regio"),
        "{interviews}"
    );
}

#[test]
fn notities_noemen_de_gemeente_in_de_front_matter() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    for regel in [
        "aanmelding sed --datum 2024-01-15",
        "volgende sed --datum 2024-01-15",
        "sessie sed kickoff --datum 2024-01-22",
        "kernvraag sed 'Hoe maken we één herkenbare voordeur?'",
        "expert sed 'E. Xpert' --expertise 'lokale teams'",
        "volgende sed --datum 2024-01-29",
    ] {
        s.doe(regel);
    }
    let notities = |gemeente: &str| {
        format!(
            "---\ndatum: 2024-02-01\n{gemeente}toestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: bewoner\n    perspectief: inwoner\n---\n\n> {ENKHUIZEN}\n> — wijkcoach\n"
        )
    };
    s.schrijf("duo.md", &notities("gemeente: Hoorn\n"));
    let fout = s.weigert_regel("notities sed duo.md");
    assert!(
        fout.contains("duo.md: 'gemeente': Gemeente 'Hoorn' hoort niet bij traject 'sed'"),
        "{fout}"
    );
    s.schrijf("duo.md", &notities("gemeente: Enkhuizen\n"));
    s.doe("notities sed duo.md");
    assert!(
        s.lees("sed").contains("  gemeente: Enkhuizen\n"),
        "{}",
        s.lees("sed")
    );
    // A file without the field keeps the gemeente the interview has.
    s.schrijf("duo.md", &notities(""));
    s.doe("notities sed duo.md");
    assert!(s.lees("sed").contains("  gemeente: Enkhuizen\n"));
    s.schrijf("duo.md", &notities("gemeente: [Enkhuizen]\n"));
    let fout = s.weigert_regel("notities sed duo.md");
    assert!(
        fout.contains("'gemeente' moet de naam van een gemeente zijn"),
        "{fout}"
    );
}

#[test]
fn check_ziet_een_gemeente_die_niet_bij_het_traject_hoort() {
    let s = drie_gemeenten_in_borgen();
    let bestand = s.lees("sed");
    s.schrijf(
        "trajecten/sed.yaml",
        &bestand.replacen("  gemeente: Drechterland\n", "  gemeente: Hoorn\n", 1),
    );
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    assert!(
        uit.stdout.contains("duo-interview 2 noemt gemeente 'Hoorn', dat niet bij de gemeenten van dit traject hoort (Stede Broec, Enkhuizen, Drechterland)"),
        "{}",
        uit.stdout
    );
}

#[test]
fn overzicht_toont_regionale_trajecten_met_hun_gemeenten() {
    let s = drie_gemeenten_in_borgen();
    s.traject_in_borgen("zeewijk");
    let tabel = s.doe("overzicht --markdown");
    assert!(
        tabel.contains("| sed | Stede Broec, Enkhuizen, Drechterland (regionaal) |"),
        "{tabel}"
    );
    assert!(tabel.contains("| zeewijk | Zeewijk |"), "{tabel}");
    let json: serde_json::Value = serde_json::from_str(&s.doe("overzicht --json")).unwrap();
    assert_eq!(json[0]["regionaal"], true);
    assert_eq!(json[1]["regionaal"], false);
    s.doe("overzicht --html -o programma.html");
    let html = std::fs::read_to_string(s.pad().join("programma.html")).unwrap();
    assert!(
        html.contains("<td>Stede Broec, Enkhuizen en Drechterland (regionaal)</td>"),
        "{html}"
    );
}

// ---- experts: whom the programme relied on ----

#[test]
fn experts_over_de_hele_map() {
    let s = drie_gemeenten_in_borgen();
    s.traject_in_borgen("zeewijk");
    s.doe("expert zeewijk 'A. Nder' --expertise 'jeugdhulp'");
    // The same person, typed another way, with another expertise.
    s.doe("expert sed 'e.  xpert' --expertise 'regionale samenwerking'");
    s.doe("nieuw leeg --gemeente Hoorn --vraagstuk 'Waar?'");
    let voor = s.inhoud();
    let uit = s.doe("experts");
    assert_eq!(s.inhoud(), voor, "experts verandert niets");
    assert!(uit.contains("E. Xpert"), "{uit}");
    assert!(!uit.contains("e.  xpert"), "{uit}");
    let markdown = s.doe("experts --markdown");
    assert!(
        markdown.starts_with("| Expert | Expertise | Trajecten | Aantal |\n| --- | --- | --- | --- |\n| E. Xpert | lokale teams; regionale samenwerking | sed, zeewijk | 2 |\n| A. Nder | jeugdhulp | zeewijk | 1 |\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Twee experts zaten in de expertteams van twee van de drie trajecten; één expert zat in meer dan één traject. Zonder vastgelegd expertteam: leeg."),
        "{markdown}"
    );
    s.doe("experts -o experts.csv");
    assert_eq!(
        std::fs::read_to_string(s.pad().join("experts.csv")).unwrap(),
        "expert,expertise,trajecten,aantal\nE. Xpert,lokale teams; regionale samenwerking,\"sed, zeewijk\",2\nA. Nder,jeugdhulp,zeewijk,1\n"
    );
    assert_eq!(
        s.doe("experts --csv"),
        std::fs::read_to_string(s.pad().join("experts.csv")).unwrap()
    );
    s.weigert_regel("experts -o experts.pdf");
    assert!(!s.pad().join("experts.pdf").exists());

    let leeg = Sessie::nieuw();
    leeg.doe("nieuw hoorn --gemeente Hoorn --vraagstuk 'Waar?'");
    assert_eq!(
        leeg.doe("experts"),
        "Geen van de trajecten heeft een vastgelegd expertteam.\n"
    );
    let zonder = Sessie::nieuw();
    std::fs::create_dir_all(zonder.map()).unwrap();
    let fout = zonder.weigert_regel("experts");
    assert!(fout.contains("nog geen trajecten"), "{fout}");
}

#[test]
fn een_gepland_interview_houdt_zijn_gemeente_tot_het_gehouden_is() {
    let s = Sessie::nieuw();
    regionaal_traject(&s);
    s.doe("aanmelding sed --datum 2024-01-15");
    s.doe("volgende sed --datum 2024-01-15");
    // A gemeente outside the traject: refused, nothing written.
    let fout = s.weigert_regel(
        "interview sed --gepland --duo huisarts:partner --duo bewoner:inwoner --gemeente Atlantis --datum 2024-06",
    );
    assert!(
        fout.contains("Gemeente 'Atlantis' hoort niet bij traject 'sed'"),
        "{fout}"
    );
    // Typed in lower case, stored as the traject spells it; shown in interviews and the
    // notes template.
    s.doe("interview sed --gepland --duo huisarts:partner --duo bewoner:inwoner --gemeente 'stede broec' --datum 2024-06");
    assert!(
        s.lees("sed").contains("  gemeente: Stede Broec\n"),
        "{}",
        s.lees("sed")
    );
    assert!(s.doe("interviews sed").contains("Stede Broec"));
    assert!(
        s.doe("notities sed --sjabloon 1")
            .contains("\ngemeente: Stede Broec\n")
    );
    // Held: the interview keeps the plan's gemeente, and one gemeente's report has it.
    s.doe("sessie sed kickoff --datum 2024-01-22");
    s.doe("kernvraag sed 'Hoe maken we één voordeur?'");
    s.doe("expert sed 'E. Xpert' --expertise 'lokale teams'");
    s.doe("volgende sed --datum 2024-01-29");
    s.doe("interview sed --gehouden 1 --toestemming ja --datum 2024-02-01");
    let tekst = s.lees("sed");
    let interviews = &tekst[tekst.find("interviews:").unwrap()..];
    assert!(
        interviews.contains("  gemeente: Stede Broec\n"),
        "{interviews}"
    );
}

//! Vergissingen herstellen: `ongedaan` (byte for byte, several steps, never past a withdrawal
//! or redaction), `verwijder` for every kind with its refusals (what depends on it, the gates
//! it rested on), the `-wijzig` commands, stable numbers, and doubles refused.

use std::fs;
use std::path::Path;

use crate::common::Sessie;

/// Every step file of a traject's undo history, with its bytes.
fn stappen(s: &Sessie, slug: &str) -> Vec<String> {
    let map = s.map().join(".visieleer/ongedaan").join(slug);
    let Ok(lijst) = fs::read_dir(&map) else {
        return Vec::new();
    };
    let mut uit: Vec<String> = lijst
        .flatten()
        .map(|e| fs::read_to_string(e.path()).unwrap())
        .collect();
    uit.sort();
    uit
}

fn bytes(pad: &Path) -> Option<Vec<u8>> {
    fs::read(pad).ok()
}

/// Runs `regel`, then `ongedaan`: the file must be back byte for byte, and `ongedaan` must
/// name the command it undid. Then runs `regel` again, so the walk goes on.
#[track_caller]
fn herstelt(s: &Sessie, slug: &str, regel: &str) {
    let voor = bytes(&s.bestand(slug));
    s.doe(regel);
    assert_ne!(voor, bytes(&s.bestand(slug)), "{regel} veranderde niets");
    let uit = s.doe(&format!("ongedaan {slug}"));
    let eerste_woord = regel.split(' ').next().unwrap();
    assert!(
        uit.starts_with(&format!("Ongedaan gemaakt: visieleer {eerste_woord} ")),
        "{regel}: {uit}"
    );
    assert_eq!(voor, bytes(&s.bestand(slug)), "ongedaan na '{regel}'");
    s.doe(regel);
}

#[test]
fn ongedaan_na_elke_soort_wijziging_herstelt_het_bestand_byte_voor_byte() {
    let s = Sessie::nieuw();
    let t = "t";
    for regel in [
        "nieuw t --gemeente Zeewijk --vraagstuk 'Hoe vinden inwoners de weg?' --datum 2024-01-08",
        "aanmelding t --datum 2024-01-15",
        "volgende t --datum 2024-01-15",
        "sessie t kickoff --datum 2024-01-22",
        "sessie-wijzig t 1 --datum 2024-01-23",
        "kernvraag t 'Hoe maken we één voordeur?'",
        "expert t 'E. Xpert'",
        "expert t 'K. Bouzid' --expertise wonen",
        "expert-wijzig t 2 --expertise 'wonen en zorg'",
        "verwijder t expert 2",
        "volgende t --datum 2024-01-29",
        "interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01",
        "interview-wijzig t 1 --moderator 'A. Jansen'",
        "interview t --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --datum 2024-02-05",
        "citaat t 1 'De regels zijn nog van vorig jaar.' --van wijkcoach",
        "citaat t 2 'Ik wist niet bij welk loket ik moest zijn.' --van bewoner",
        "citaat t 2 'Een tweede citaat om weg te halen.'",
        "citaat-wijzig t 2.2 --tag inwoner-centraal",
        "kerncitaat t 1.1",
        "verwijder t citaat 2.2",
        "interview t --duo a:partner --duo b:beleid --toestemming ja --datum 2024-02-06",
        "verwijder t interview 3",
        "volgende t --datum 2024-02-12",
        "synthese t --stap moderatoren 'Regels knellen' --citaat 1.1",
        "inzicht-wijzig t 1 --soort dilemma",
        "synthese t --stap expertteam 'Eén voordeur helpt' --citaat 2.1",
        "sessie t ontwerpsessie --datum 2024-02-26",
        "synthese t --stap reflectie 'Het loket is het probleem'",
        "synthese t --stap reflectie 'Nog een reflectie'",
        "verwijder t inzicht 4",
        "richting t 'Eén wijkteam per wijk' --inzicht 1",
        "richting-wijzig t 1 --inzicht 1 --inzicht 2",
        "richting t 'Een tweede richting'",
        "verwijder t richting 2",
        "volgende t --datum 2024-03-04",
        "sessie t borgingsessie --datum 2024-03-18",
        "evaluatie t --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18",
        "evaluatie-wijzig t --vervolg 'Pilot in twee wijken'",
        "afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-04-01",
        "afspraak-wijzig t 1 --streefwaarde 'Inwoners vinden één deur'",
        "nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Het begint.' --datum 2024-04-02",
        "nazorg-wijzig t 1.1 --stand gehaald",
        "nazorg t --afspraak 1 --stand gehaald --verhaal 'Het werkt.' --datum 2024-04-03",
        "verwijder t nazorg 1.2",
        "volgende t --datum 2024-03-25",
        "heropen t --reden 'Nog een afspraak'",
    ] {
        herstelt(&s, t, regel);
    }
}

#[test]
fn ongedaan_gaat_meer_stappen_terug_tot_aan_het_begin_en_zegt_wanneer_het_niet_verder_kan() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    let begin = s.lees("t");
    s.doe("aanmelding t --datum 2024-01-15");
    let na_aanmelding = s.lees("t");
    s.doe("volgende t --datum 2024-01-15");
    s.doe("sessie t kickoff --datum 2024-01-22");
    let uit = s.doe("ongedaan t");
    assert_eq!(
        uit,
        "Ongedaan gemaakt: visieleer sessie t kickoff --datum 2024-01-22\nNog 3 wijzigingen kunnen ongedaan worden gemaakt.\n"
    );
    s.doe("ongedaan t");
    assert_eq!(s.lees("t"), na_aanmelding);
    s.doe("ongedaan t");
    assert_eq!(s.lees("t"), begin);
    // The first step made the file: undoing it removes the traject again.
    let uit = s.doe("ongedaan t");
    assert!(uit.contains("visieleer nieuw t"), "{uit}");
    assert!(uit.contains("Verder terug kan niet meer."), "{uit}");
    assert!(!s.bestand("t").exists());
    let fout = s.weigert_regel("ongedaan t");
    assert!(fout.contains("niets om ongedaan te maken"), "{fout}");
}

#[test]
fn ongedaan_weigert_als_het_bestand_buiten_visieleer_om_veranderde() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    s.doe("aanmelding t --datum 2024-01-15");
    let met_de_hand = s.lees("t").replace("Hoe vinden", "Hoe vonden");
    s.schrijf(s.bestand("t"), &met_de_hand);
    let fout = s.weigert_regel("ongedaan t");
    assert!(
        fout.contains("is veranderd sinds de laatste wijziging door visieleer"),
        "{fout}"
    );
    assert_eq!(s.lees("t"), met_de_hand);
}

#[test]
fn ongedaan_onthoudt_hoogstens_twintig_stappen() {
    let s = Sessie::nieuw();
    s.traject_in_werving("t");
    for n in 1..=25 {
        s.doe(&format!("kernvraag t 'Vraag {n}?'"));
    }
    assert_eq!(stappen(&s, "t").len(), 20);
    for _ in 0..20 {
        s.doe("ongedaan t");
    }
    // Step 20 back is kernvraag 5; the four before it and the traject's creation are gone.
    assert!(s.lees("t").contains("Vraag 5?"), "{}", s.lees("t"));
    let fout = s.weigert_regel("ongedaan t");
    assert!(fout.contains("de laatste 20 wijzigingen"), "{fout}");
}

#[test]
fn ongedaan_brengt_ingetrokken_woorden_nooit_terug() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01");
    s.doe("citaat t 1 'Mijn buurvrouw Truus weet alles van de wijk.' --van wijkcoach");
    s.doe("intrekken t 1");
    let fout = s.weigert_regel("ongedaan t");
    assert!(
        fout.contains(
            "maakt visieleer niet ongedaan: de toestemming voor duo-interview 1 is ingetrokken"
        ),
        "{fout}"
    );
    // Nothing from before the withdrawal is kept: its words are nowhere in the map.
    let alles = stappen(&s, "t").join("\n");
    assert_eq!(stappen(&s, "t").len(), 1);
    assert!(!alles.contains("Truus"), "{alles}");
    // A change after it can be undone, up to the withdrawal and no further.
    s.doe("expert t 'K. Bouzid'");
    s.doe("ongedaan t");
    s.weigert_regel("ongedaan t");
}

#[test]
fn ongedaan_brengt_geredigeerde_woorden_nooit_terug() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01");
    s.doe("citaat t 1 'Mevrouw Truus de Vries belde drie keer.' --van wijkcoach");
    s.doe("citaat-wijzig t 1.1 --tekst 'Een inwoner belde drie keer.'");
    let fout = s.weigert_regel("ongedaan t");
    assert!(
        fout.contains("citaat 1.1 zijn aangepast (geredigeerd)"),
        "{fout}"
    );
    let alles = stappen(&s, "t").join("\n");
    assert!(!alles.contains("Truus"), "{alles}");
}

#[test]
fn ongedaan_van_een_ander_traject_staat_los() {
    let s = Sessie::nieuw();
    s.traject_in_werving("a");
    s.traject_in_werving("b");
    s.doe("aanmelding a --datum 2024-01-15");
    let b = s.lees("b");
    s.doe("ongedaan b");
    assert!(!s.bestand("b").exists());
    assert!(s.lees("a").contains("aanmelding: 2024-01-15"));
    s.doe("ongedaan a");
    assert!(!s.lees("a").contains("aanmelding:"));
    drop(b);
}

/// A traject in borgen with one more of everything than its gates need, so each can go.
fn ruim_in_borgen(s: &Sessie) {
    s.traject_in_borgen("t");
    for regel in [
        "sessie t werkbezoek --datum 2024-03-05",
        "sessie t borgingsessie --datum 2024-03-18",
        "evaluatie t --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18",
        "afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-04-01",
        "afspraak t 'Twee nummers' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-04-01",
        "nazorg t --afspraak 2 --stand loopt --volgende 2024-09 --verhaal 'Het begint.' --datum 2024-04-02",
        "richting t 'Een tweede richting' --inzicht 3",
    ] {
        s.doe(regel);
    }
}

#[test]
fn verwijder_elke_soort() {
    let s = Sessie::nieuw();
    ruim_in_borgen(&s);
    s.doe("expert t 'K. Bouzid'");
    s.doe(
        "interview t --duo a:partner --duo b:beleid --toestemming ja --datum 2024-02-06 --nogmaals",
    );
    s.doe("citaat t 3 'Weg ermee.'");
    s.doe("synthese t --stap moderatoren 'Nog een inzicht' --citaat 3.1");
    for (regel, verwacht) in [
        (
            "verwijder t sessie 3",
            "Verwijderd: sessie 3 (werkbezoek, 2024-03-05).\n",
        ),
        (
            "verwijder t expert 2",
            "Verwijderd: expert 2 (K. Bouzid).\n",
        ),
        (
            "verwijder t richting 2",
            "Verwijderd: oplossingsrichting 2 ('Een tweede richting').\n",
        ),
        (
            "verwijder t inzicht 4",
            "Verwijderd: inzicht 4 ('Nog een inzicht').\n",
        ),
        ("verwijder t citaat 3.1", "Verwijderd: citaat 3.1.\n"),
        (
            "verwijder t interview 3",
            "Verwijderd: duo-interview 3 (a en b, 2024-02-06).\n",
        ),
        (
            "verwijder t nazorg 2.1",
            "Verwijderd: nazorg 2.1 (2024-04-02, loopt).\n",
        ),
        (
            "verwijder t afspraak 2",
            "Verwijderd: afspraak 2 ('Twee nummers').\n",
        ),
        ("verwijder t evaluatie", "Verwijderd: de evaluatie.\n"),
    ] {
        assert_eq!(s.doe(regel), verwacht, "{regel}");
    }
    let toon = s.doe("toon t");
    assert!(!toon.contains("Werkbezoek"), "{toon}");
    assert!(!toon.contains("K. Bouzid"), "{toon}");
    assert!(!toon.contains("Twee nummers"), "{toon}");
    assert!(!toon.contains("Evaluatie: vastgelegd"), "{toon}");
    assert!(!s.lees("t").contains("Weg ermee"));
    // The history says what went.
    assert!(s.lees("t").contains("wat: sessie 3 verwijderd"));
    // Gone is gone: a second removal finds nothing.
    let fout = s.weigert_regel("verwijder t sessie 3");
    assert!(fout.contains("heeft geen sessie 3"), "{fout}");
}

#[test]
fn verwijder_weigert_zolang_er_iets_van_afhangt_en_neemt_het_mee_met_met_afhankelijke() {
    let s = Sessie::nieuw();
    ruim_in_borgen(&s);
    s.doe("interview t --duo a:partner --duo b:beleid --toestemming ja --datum 2024-02-06");
    s.doe("citaat t 3 'Eerste.'");
    s.doe("citaat t 3 'Tweede.'");
    s.doe("synthese t --stap moderatoren 'Steunt op drie' --citaat 3.2");
    s.doe("richting t 'Steunt op vier' --inzicht 4");

    let fout = s.weigert_regel("verwijder t citaat 3.2");
    assert_eq!(
        fout,
        "fout: Citaat 3.2 wordt niet verwijderd: inzicht 4 ('Steunt op drie') verwijst ernaar. Geef --met-afhankelijke om die verwijzing ook weg te halen.\n"
    );
    let fout = s.weigert_regel("verwijder t interview 3");
    assert_eq!(
        fout,
        "fout: Duo-interview 3 (a en b, 2024-02-06) wordt niet verwijderd: de citaten 3.1 en 3.2 en inzicht 4 ('Steunt op drie'), dat naar citaat 3.2 verwijst horen erbij. Geef --met-afhankelijke om die ook weg te halen.\n"
    );
    let fout = s.weigert_regel("verwijder t inzicht 4");
    assert!(
        fout.contains("oplossingsrichting 3 ('Steunt op vier') verwijst ernaar"),
        "{fout}"
    );
    let fout = s.weigert_regel("verwijder t afspraak 2");
    assert!(
        fout.contains("nazorg 2.1 (2024-04-02, loopt) hoort erbij"),
        "{fout}"
    );
    let fout = s.weigert_regel("citaat-verwijder t 3.2");
    assert!(
        fout.contains("inzicht 4 ('Steunt op drie') verwijst ernaar"),
        "{fout}"
    );

    let uit = s.doe("verwijder t inzicht 4 --met-afhankelijke");
    assert_eq!(
        uit,
        "Verwijderd: inzicht 4 ('Steunt op drie').\n  ook weggehaald: oplossingsrichting 3 ('Steunt op vier')\n"
    );
    // The richting stays; only its reference to the insight went.
    assert!(s.doe("toon t").contains(" 3. Steunt op vier"));
    s.doe("synthese t --stap moderatoren 'Steunt op drie' --citaat 3.2");
    let uit = s.doe("verwijder t interview 3 --met-afhankelijke");
    assert_eq!(
        uit,
        "Verwijderd: duo-interview 3 (a en b, 2024-02-06).\n  ook weggehaald: de citaten 3.1 en 3.2\n  ook weggehaald: inzicht 5 ('Steunt op drie'), dat naar citaat 3.2 verwijst\n"
    );
    assert!(!s.lees("t").contains("3.2"), "{}", s.lees("t"));
    let uit = s.doe("verwijder t afspraak 2 --met-afhankelijke");
    assert!(uit.contains("ook weggehaald: nazorg 2.1"), "{uit}");
}

#[test]
fn verwijder_en_wijzig_weigeren_wat_een_gepasseerde_poort_onderuit_haalt() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    for (regel, poort) in [
        (
            "verwijder t sessie 1",
            "de poort van starten naar luisteren rustte erop (de kick-off is gehouden)",
        ),
        (
            "verwijder t expert 1",
            "de poort van starten naar luisteren rustte erop (er is minstens één expert in het expertteam)",
        ),
        (
            "verwijder t interview 2 --met-afhankelijke",
            "de poort van luisteren naar ontwerpen rustte erop",
        ),
        (
            "verwijder t richting 1",
            "de poort van ontwerpen naar borgen rustte erop (er is minstens één oplossingsrichting gekozen)",
        ),
        (
            "verwijder t inzicht 3",
            "de poort van ontwerpen naar borgen rustte erop (minstens één inzicht in de synthesestap 'reflectie')",
        ),
        (
            "sessie-wijzig t 1 --gepland",
            "de poort van starten naar luisteren rustte erop (de kick-off is gehouden)",
        ),
        (
            "inzicht-wijzig t 3 --stap moderatoren",
            "de poort van ontwerpen naar borgen rustte erop",
        ),
    ] {
        let fout = s.weigert_regel(regel);
        assert!(fout.contains(poort), "{regel}: {fout}");
    }
    // After afronding the borgen gate rested on the one afspraak.
    s.doe("sessie t borgingsessie --datum 2024-03-18");
    s.doe("evaluatie t --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18");
    s.doe("afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    s.doe("volgende t --datum 2024-03-25");
    let fout = s.weigert_regel("verwijder t afspraak 1");
    assert!(
        fout.contains("de poort van borgen naar afgerond rustte erop"),
        "{fout}"
    );
}

#[test]
fn nummers_zijn_stabiel_worden_nooit_opnieuw_gegeven_en_staan_in_toon() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let bestand = s.lees("t");
    // A file whose numbers follow each other does not write them: it keeps its shape.
    assert!(!bestand.contains("- nr: 1\n  soort"), "{bestand}");
    s.doe("sessie t werkbezoek --datum 2024-03-05");
    s.doe("sessie t inwonerssessie --datum 2024-03-06");
    let toon = s.doe("toon t");
    assert!(
        toon.contains("   1. Kick-off        2024-01-22\n"),
        "{toon}"
    );
    assert!(
        toon.contains("   4. Inwonerssessie  2024-03-06\n"),
        "{toon}"
    );
    assert!(toon.contains("Expertteam: 1. E. Xpert"), "{toon}");
    assert!(
        toon.contains("   1. Eén wijkteam per wijk met eigen mandaat"),
        "{toon}"
    );
    s.doe("verwijder t sessie 3");
    // The gap is written, so sessie 4 stays 4 …
    assert!(
        s.lees("t").contains("- nr: 4\n  soort: inwonerssessie"),
        "{}",
        s.lees("t")
    );
    assert!(s.doe("toon t").contains("   4. Inwonerssessie"));
    // … and the highest number, once removed, is never given again.
    s.doe("verwijder t sessie 4");
    assert!(
        s.lees("t").contains("nummers:\n  sessie: 4\n"),
        "{}",
        s.lees("t")
    );
    s.doe("sessie t werkbezoek --datum 2024-03-07");
    assert!(s.doe("toon t").contains("   5. Werkbezoek"));
    // Interviews too: removing the last one does not free its number.
    s.doe("interview t --duo a:partner --duo b:beleid --toestemming ja --datum 2024-02-06");
    s.doe("verwijder t interview 3");
    let uit =
        s.doe("interview t --duo c:partner --duo d:beleid --toestemming ja --datum 2024-02-07");
    assert!(uit.starts_with("Duo-interview 4 vastgelegd"), "{uit}");
}

#[test]
fn een_oud_bestand_zonder_nummers_leest_met_nummers_op_volgorde() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.doe("afspraak t 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-04-01");
    s.doe("nazorg t --afspraak 1 --stand loopt --volgende 2024-09 --verhaal 'Eerst.' --datum 2024-04-02");
    s.doe("nazorg t --afspraak 1 --stand gehaald --verhaal 'Dan.' --datum 2024-04-03");
    let tekst = s.lees("t");
    // Written before numbers existed: no `nr` under sessies, experts, richtingen or nazorg.
    assert!(!tekst.contains("  nr: 1\n  datum: 2024-04-02"), "{tekst}");
    let toon = s.doe("toon t");
    assert!(toon.contains("nazorg 1.1: loopt (2024-04-02)"), "{toon}");
    assert!(toon.contains("nazorg 1.2: gehaald (2024-04-03)"), "{toon}");
    s.doe("nazorg-wijzig t 1.2 --verhaal 'Daarna.'");
    assert!(s.lees("t").contains("verhaal: Daarna."));
    s.doe("verwijder t nazorg 1.1");
    // Now the gap is in the file: nazorg 1.2 keeps its number.
    assert!(
        s.lees("t").contains("- nr: 2\n    datum: 2024-04-03"),
        "{}",
        s.lees("t")
    );
    assert!(s.doe("toon t").contains("nazorg 1.2: gehaald"));
}

#[test]
fn elke_wijzig_opdracht_verandert_wat_ze_zegt() {
    let s = Sessie::nieuw();
    ruim_in_borgen(&s);
    s.doe("interview-wijzig t 1 --duo coach:uitvoering --duo beleidsadviseur:beleid --datum 2024-02-02 --moderator 'A. Jansen'");
    let tekst = s.lees("t");
    assert!(
        tekst.contains("nr: 1\n  datum: 2024-02-02\n  moderator: A. Jansen"),
        "{tekst}"
    );
    // The quote of the wijkcoach follows its speaker to the corrected role.
    assert!(tekst.contains("van: coach"), "{tekst}");
    s.doe("interview-wijzig t 1 --geen-moderator");
    assert!(!s.lees("t").contains("A. Jansen"));
    s.doe("sessie-wijzig t 3 --soort inwonerssessie --datum 2024-03-06");
    assert!(s.doe("toon t").contains("   3. Inwonerssessie  2024-03-06"));
    s.doe("inzicht-wijzig t 1 --tekst 'Regels knellen bij maatwerk' --geen-soort --citaat 2.1");
    let tekst = s.lees("t");
    assert!(tekst.contains("- nr: 1\n  stap: moderatoren\n  tekst: Regels knellen bij maatwerk\n  citaten:\n  - '2.1'"), "{tekst}");
    s.doe("richting-wijzig t 1 --tekst 'Eén team per wijk' --inzicht 2");
    assert!(
        s.lees("t")
            .contains("tekst: Eén team per wijk\n  inzichten:\n  - 2"),
        "{}",
        s.lees("t")
    );
    s.doe("afspraak-wijzig t 1 --tekst 'Eén telefoonnummer' --eigenaar 'teamleider toegang' --streefwaarde 'Eén deur'");
    let tekst = s.lees("t");
    assert!(
        tekst.contains(
            "tekst: Eén telefoonnummer\n  eigenaar: teamleider toegang\n  streefwaarde: Eén deur\n"
        ),
        "{tekst}"
    );
    s.doe("expert-wijzig t 1 --naam 'E. Xpert-Jansen' --geen-expertise");
    assert!(s.doe("toon t").contains("Expertteam: 1. E. Xpert-Jansen"));
    s.doe("nazorg-wijzig t 2.1 --stand gehaald --verhaal 'Het werkt.' --datum 2024-04-05");
    assert!(s.doe("toon t").contains("nazorg 2.1: gehaald (2024-04-05)"));
    s.doe("evaluatie-wijzig t --proces 'Strak gepland' --datum 2024-03-19");
    assert!(
        s.lees("t")
            .contains("datum: 2024-03-19\n  proces: Strak gepland")
    );
    // The history names each correction.
    assert!(s.lees("t").contains("wat: duo-interview 1 gewijzigd"));
    // Unchanged is said, and writes nothing.
    let voor = s.lees("t");
    assert_eq!(
        s.doe("expert-wijzig t 1 --naam 'E. Xpert-Jansen'"),
        "Expert 1 was al zo; er is niets veranderd.\n"
    );
    assert_eq!(voor, s.lees("t"));
}

#[test]
fn wijzig_opdrachten_weigeren_onzin_zonder_iets_te_veranderen() {
    let s = Sessie::nieuw();
    ruim_in_borgen(&s);
    for (regel, melding) in [
        (
            "sessie-wijzig t 9 --datum 2024-03-01",
            "heeft geen sessie 9",
        ),
        ("sessie-wijzig t 1", "Zeg wat er verandert"),
        (
            "sessie-wijzig t 3 --soort kickoff",
            "heeft al een kick-off (sessie 1)",
        ),
        (
            "sessie-wijzig t 3 --soort inwonerssessie --datum 2024-01-20",
            "past niet in de tijdlijn",
        ),
        (
            "sessie-wijzig t 1 --datum 2023-01-01",
            "past niet in de tijdlijn",
        ),
        (
            "interview-wijzig t 1 --duo coach:uitvoering",
            "precies twee deelnemers",
        ),
        (
            "interview-wijzig t x --datum 2024-02-02",
            "'x' is geen nummer van een interview",
        ),
        ("inzicht-wijzig t 1 --citaat 9.9", "heeft geen citaat 9.9"),
        ("richting-wijzig t 1 --inzicht 9", "heeft geen inzicht 9"),
        (
            "richting-wijzig t 2 --tekst 'Eén wijkteam per wijk met eigen mandaat'",
            "heeft deze oplossingsrichting al (nummer 1)",
        ),
        ("expert-wijzig t 2 --naam X", "heeft geen expert 2"),
        ("nazorg-wijzig t 2 --stand gehaald", "schrijf het als 2.1"),
        (
            "nazorg-wijzig t 2.1 --datum 2024-01-01",
            "vóór het begin van de fase borgen",
        ),
        (
            "afspraak-wijzig t 2 --tekst 'Eén nummer'",
            "heeft deze afspraak al (nummer 1)",
        ),
        ("verwijder t kwast 1", "'kwast' is geen soort"),
        ("verwijder t evaluatie 2", "Een traject heeft één evaluatie"),
        ("verwijder t sessie", "Geef het nummer van de sessie"),
    ] {
        let fout = s.weigert_regel(regel);
        assert!(fout.contains(melding), "{regel}: {fout}");
    }
    // Consent is no field of a correction: only `intrekken` (and the consent command) change it.
    let fout = s.weigert_met(2, &["interview-wijzig", "t", "1", "--toestemming", "nee"]);
    assert!(
        fout.contains("onbekende optie") && fout.contains("'--toestemming'"),
        "{fout}"
    );
    // A withdrawn interview changes no more.
    s.doe("intrekken t 2");
    let fout = s.weigert_regel("interview-wijzig t 2 --moderator X");
    assert!(fout.contains("is ingetrokken"), "{fout}");
}

#[test]
fn een_tweede_kickoff_ontwerpsessie_of_borgingsessie_is_een_vergissing_tenzij_nogmaals() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let fout = s.weigert_regel("sessie t kickoff --datum 2024-01-25");
    assert_eq!(
        fout,
        "fout: Traject 't' heeft al een kick-off: sessie 1 (gehouden op 22 januari 2024). Klopt die niet, verbeter haar dan met 'visieleer sessie-wijzig t 1 --datum JJJJ-MM-DD'; was er echt een tweede kick-off, geef dan --nogmaals.\n"
    );
    let fout = s.weigert_regel("sessie t ontwerpsessie --datum 2024-02-27");
    assert!(
        fout.contains("heeft al een ontwerpsessie: sessie 2"),
        "{fout}"
    );
    s.doe("sessie t borgingsessie --datum 2024-03-20 --gepland");
    let fout = s.weigert_regel("sessie t borgingsessie --datum 2024-03-21 --gepland");
    assert!(
        fout.contains("heeft al een borgingsessie: sessie 3 (gepland op 20 maart 2024)"),
        "{fout}"
    );
    // Held on another day: the planning becomes the held one, as before.
    s.doe("sessie t borgingsessie --datum 2024-03-18");
    let fout = s.weigert_regel("sessie t borgingsessie --datum 2024-03-19");
    assert!(
        fout.contains("sessie 3 (gehouden op 18 maart 2024)"),
        "{fout}"
    );
    assert_eq!(
        s.doe("sessie t borgingsessie --datum 2024-03-19 --nogmaals"),
        "Borgingsessie gehouden op 19 maart 2024.\n"
    );
    // Other meetings happen more often.
    s.doe("sessie t werkbezoek --datum 2024-03-05");
    s.doe("sessie t werkbezoek --datum 2024-03-06");
}

#[test]
fn hetzelfde_interview_nog_eens_is_een_vergissing_tenzij_nogmaals() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01");
    // The same two roles in the other order, with a moderator added: still the same interview.
    let fout = s.weigert_regel("interview t --duo 'Beleidsadviseur:beleid' --duo wijkcoach:uitvoering --toestemming ja --datum 2024-02-01 --moderator X");
    assert_eq!(
        fout,
        "fout: Traject 't' heeft al duo-interview 1 met dit duo op 1 februari 2024. Klopt er iets niet aan, verbeter het dan met 'visieleer interview-wijzig t 1 --moderator …' (of --duo, --datum); was er echt een tweede interview met dit duo op die dag, geef dan --nogmaals.\n"
    );
    s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-02");
    let uit = s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01 --nogmaals");
    assert!(uit.starts_with("Duo-interview 3 vastgelegd"), "{uit}");
}

#[test]
fn vingerafdrukken_overleven_het_verwijderen_van_een_ingetrokken_interview() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01");
    s.doe(
        "citaat t 1 'Mijn buurvrouw weet alles van de wijk en vertelt het door.' --van wijkcoach",
    );
    s.doe("intrekken t 1");
    let afdrukken: Vec<String> = s
        .lees("t")
        .lines()
        .skip_while(|r| !r.trim_start().starts_with("vingerafdrukken:"))
        .skip(1)
        .take_while(|r| r.trim_start().starts_with("- "))
        .map(|r| {
            r.trim_start()
                .trim_start_matches("- ")
                .trim_matches('\'')
                .to_string()
        })
        .collect();
    assert!(!afdrukken.is_empty());
    s.doe("verwijder t interview 1 --met-afhankelijke");
    let tekst = s.lees("t");
    assert!(!tekst.contains("interviews:"), "{tekst}");
    for afdruk in &afdrukken {
        assert!(
            tekst.contains(afdruk.as_str()),
            "{afdruk} ontbreekt:\n{tekst}"
        );
    }
    // The notes of the withdrawn interview are still refused.
    s.schrijf(
        "notities/duo.md",
        "---\ndatum: 2024-02-03\ntoestemming: ja\nduo:\n  - rol: wijkcoach\n    perspectief: uitvoering\n  - rol: beleidsadviseur\n    perspectief: beleid\n---\n> Mijn buurvrouw weet alles van de wijk en vertelt het door.\n> — wijkcoach\n",
    );
    let fout = s.weigert_regel("notities t notities/duo.md");
    assert!(fout.contains("toestemming hebben ingetrokken"), "{fout}");
}

#[test]
fn verwijder_en_wijzig_leggen_uit_wat_ze_doen() {
    let s = Sessie::nieuw();
    for opdracht in [
        "verwijder",
        "ongedaan",
        "sessie-wijzig",
        "interview-wijzig",
        "inzicht-wijzig",
        "richting-wijzig",
        "afspraak-wijzig",
        "expert-wijzig",
        "nazorg-wijzig",
        "evaluatie-wijzig",
    ] {
        let hulp = s.ok(&[opdracht, "--help"]);
        assert!(
            hulp.contains("Voorbeeld:\n  visieleer "),
            "{opdracht}: {hulp}"
        );
        assert!(hulp.contains("Gebruik: visieleer "), "{opdracht}: {hulp}");
    }
}

const NOTITIES: &str = "---
datum: 2024-02-01
toestemming: ja
duo:
  - rol: wijkcoach
    perspectief: uitvoering
  - rol: bewoner
    perspectief: inwoner
---
> Mevrouw Truus de Vries van nummer 12 belde drie keer.
> — bewoner

> De regels zijn nog van vorig jaar.
> — wijkcoach
";

#[test]
fn ongedaan_weigert_een_andere_toestemming_terug_te_draaien() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf("notities/duo.md", NOTITIES);
    s.doe("notities t notities/duo.md");
    s.doe("toestemming t 1 nee");
    let fout = s.weigert_regel("ongedaan t");
    assert!(
        fout.contains("de toestemming voor duo-interview 1 is veranderd"),
        "{fout}"
    );
}

#[test]
fn een_verwijderd_geredigeerd_citaat_komt_bij_een_nieuwe_import_niet_terug() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.schrijf("notities/duo.md", NOTITIES);
    s.doe("notities t notities/duo.md");
    s.doe("citaat-wijzig t 1.1 --tekst 'Een inwoner belde drie keer.'");
    s.doe("verwijder t citaat 1.1");
    assert!(s.lees("t").contains("geredigeerd:\n- "), "{}", s.lees("t"));
    // The file still holds the original words: the import is refused as a whole, so the
    // name never comes back (the moderator takes the redacted text into the notes).
    let fout = s.weigert_regel("notities t notities/duo.md");
    assert!(
        fout.contains("regel 10: dit citaat lijkt op de oorspronkelijke woorden van een citaat dat met 'visieleer citaat-wijzig --tekst' is aangepast"),
        "{fout}"
    );
    let tekst = s.lees("t");
    assert!(!tekst.contains("Truus"), "{tekst}");
    assert!(
        tekst.contains("De regels zijn nog van vorig jaar."),
        "{tekst}"
    );
}

#[test]
fn een_geweigerde_opdracht_laat_ook_geen_stap_terug_achter() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    let voor = stappen(&s, "t");
    s.weigert_regel("verwijder t sessie 1");
    s.weigert_regel("sessie t kickoff --datum 2024-01-25");
    s.weigert_regel("expert-wijzig t 1");
    assert_eq!(voor, stappen(&s, "t"));
}

#[test]
fn twee_sessies_met_een_nummer_na_een_merge_worden_niet_allebei_verwijderd() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.doe("sessie t werkbezoek --datum 2024-03-05");
    s.doe("sessie t inwonerssessie --datum 2024-03-06");
    s.doe("verwijder t sessie 3");
    // A merge gives the other side's new meeting the same number 4.
    let tekst = s.lees("t").replace(
        "- nr: 4\n  soort: inwonerssessie\n  datum: 2024-03-06\n",
        "- nr: 4\n  soort: inwonerssessie\n  datum: 2024-03-06\n- nr: 4\n  soort: werkbezoek\n  datum: 2024-03-07\n",
    );
    s.schrijf(s.bestand("t"), &tekst);
    let fout = s.weigert_regel("verwijder t sessie 4");
    assert!(
        fout.contains("sessie 4 staat 2 keer in het bestand"),
        "{fout}"
    );
    let fout = s.weigert_regel("sessie-wijzig t 4 --datum 2024-03-08");
    assert!(
        fout.contains("sessie 4 staat 2 keer in het bestand"),
        "{fout}"
    );
    let u = s.run(&["check"]);
    assert!(
        u.stdout.contains("sessie 4 staat 2 keer in het bestand")
            || u.stderr.contains("sessie 4 staat 2 keer in het bestand"),
        "{u:?}"
    );
}

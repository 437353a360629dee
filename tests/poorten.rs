//! Every gate refuses with its missing items and the command that supplies each, and leaves
//! the traject file byte-for-byte unchanged.

use crate::common;

use common::Sessie;

#[test]
fn werving_wacht_op_de_aanmelding_van_b_en_w() {
    let s = Sessie::nieuw();
    s.traject_in_werving("zeewijk");
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains("kan nog niet van werving naar starten"),
        "{fout}"
    );
    assert!(
        fout.contains("het college van B&W heeft zich aangemeld: visieleer aanmelding zeewijk"),
        "{fout}"
    );
    assert!(
        !fout.contains("vraagstuk is ingevuld"),
        "het vraagstuk is al ingevuld: {fout}"
    );
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    assert!(
        s.doe("volgende zeewijk --datum 2024-01-15")
            .contains("fase starten")
    );
}

#[test]
fn starten_wacht_op_kickoff_kernvraag_en_expert() {
    let s = Sessie::nieuw();
    s.traject_in_werving("zeewijk");
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    s.doe("volgende zeewijk --datum 2024-01-15");
    let fout = s.weigert_regel("volgende zeewijk");
    for verwacht in [
        "de kick-off is gehouden: visieleer sessie zeewijk kickoff",
        "de kernvraag is aangescherpt: visieleer kernvraag zeewijk",
        "er is minstens één expert in het expertteam: visieleer expert zeewijk",
    ] {
        assert!(fout.contains(verwacht), "mist '{verwacht}' in:\n{fout}");
    }
    // A planned kick-off is not a held one.
    s.doe("sessie zeewijk kickoff --datum 2024-01-22 --gepland");
    s.doe("kernvraag zeewijk 'Hoe één voordeur?'");
    s.doe("expert zeewijk 'E. Xpert'");
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(fout.contains("de kick-off is gehouden"), "{fout}");
    assert!(!fout.contains("kernvraag"), "{fout}");
    s.doe("sessie zeewijk kickoff --datum 2024-01-23");
    s.doe("volgende zeewijk --datum 2024-01-29");
    assert_eq!(
        s.lees("zeewijk").matches("soort: kickoff").count(),
        1,
        "de planning werd de gehouden kick-off"
    );
}

fn in_luisteren(s: &Sessie) {
    s.traject_in_werving("zeewijk");
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    s.doe("volgende zeewijk --datum 2024-01-15");
    s.doe("sessie zeewijk kickoff --datum 2024-01-22");
    s.doe("kernvraag zeewijk 'Hoe één voordeur?'");
    s.doe("expert zeewijk 'E. Xpert'");
    s.doe("volgende zeewijk --datum 2024-01-29");
}

#[test]
fn luisteren_telt_alleen_interviews_met_toestemming_en_citaten() {
    let s = Sessie::nieuw();
    in_luisteren(&s);
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains(
            "minstens twee duo-interviews met toestemming en elk minstens één citaat (nu 0)"
        ),
        "{fout}"
    );
    assert!(
        fout.contains("minstens twee verschillende perspectieven (nu 0)"),
        "{fout}"
    );

    assert_eq!(
        s.doe("interview zeewijk --duo 'wijkcoach 1:uitvoering' --duo 'wijkcoach 2:uitvoering' --toestemming ja --datum 2024-02-01 --stil")
        .trim(),
        "1"
    );
    assert_eq!(
        s.doe("interview zeewijk --duo wethouder:bestuur --duo bewoner:inwoner --toestemming nee --datum 2024-02-01 --stil")
        .trim(),
        "2"
    );
    s.doe("citaat zeewijk 1 'Eerste citaat.'");
    s.doe("citaat zeewijk 2 'Zonder toestemming.'");
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains("(nu 1)"),
        "het interview zonder toestemming telt niet mee: {fout}"
    );

    assert_eq!(
        s.doe("interview zeewijk --duo 'wijkcoach 3:uitvoering' --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01 --stil")
        .trim(),
        "3"
    );
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains("elk minstens één citaat (nu 1)"),
        "interview 3 heeft nog geen citaat: {fout}"
    );
    s.doe("citaat zeewijk 3 'Derde citaat.' --van beleidsadviseur");
    let uitkomst = s.run(&["volgende", "zeewijk", "--datum", "2024-02-12"]);
    assert_eq!(uitkomst.code, 0, "{uitkomst:?}");
    assert!(
        uitkomst
            .stderr
            .contains("Let op: het perspectief 'inwoner' is nog niet gehoord"),
        "{uitkomst:?}"
    );
}

/// In luisteren with two consented interviews (inwoner and three other perspectives), each
/// with a quote: the gate to ontwerpen is open.
fn met_twee_interviews(s: &Sessie) {
    in_luisteren(s);
    s.doe("interview zeewijk --duo bewoner:inwoner --duo wijkcoach:uitvoering --toestemming ja --datum 2024-02-01");
    s.doe("interview zeewijk --duo beleidsadviseur:beleid --duo wethouder:bestuur --toestemming ja --datum 2024-02-01");
    s.doe("citaat zeewijk 1 Een.");
    s.doe("citaat zeewijk 2 Twee.");
}

#[test]
fn luisteren_waarschuwt_niet_als_een_inwoner_met_toestemming_sprak() {
    let s = Sessie::nieuw();
    met_twee_interviews(&s);
    let uitkomst = s.run(&["volgende", "zeewijk", "--datum", "2024-02-12"]);
    assert_eq!(uitkomst.code, 0);
    assert!(!uitkomst.stderr.contains("Let op"), "{uitkomst:?}");
}

#[test]
fn ontwerpen_wacht_op_drie_synthesestappen_ontwerpsessie_en_richting() {
    let t = Sessie::nieuw();
    met_twee_interviews(&t);
    t.doe("volgende zeewijk --datum 2024-02-12");
    let fout = t.weigert_regel("volgende zeewijk");
    for verwacht in [
        "minstens één inzicht in de synthesestap 'moderatoren': visieleer synthese zeewijk --stap moderatoren",
        "minstens één inzicht in de synthesestap 'expertteam': visieleer synthese zeewijk --stap expertteam",
        "minstens één inzicht in de synthesestap 'reflectie': visieleer synthese zeewijk --stap reflectie",
        "de ontwerpsessie is gehouden: visieleer sessie zeewijk ontwerpsessie",
        "er is minstens één oplossingsrichting gekozen: visieleer richting zeewijk",
    ] {
        assert!(fout.contains(verwacht), "mist '{verwacht}' in:\n{fout}");
    }
    t.doe("synthese zeewijk --stap moderatoren Inzicht --citaat 1.1");
    let fout = t.weigert_regel("volgende zeewijk");
    assert!(!fout.contains("'moderatoren'"), "{fout}");
    assert!(fout.contains("'expertteam'"), "{fout}");
}

#[test]
fn borgen_wacht_op_borgingsessie_en_evaluatie_en_rondt_dan_af() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains("kan nog niet van borgen naar afgerond"),
        "{fout}"
    );
    assert!(
        fout.contains("de borgingsessie is gehouden: visieleer sessie zeewijk borgingsessie"),
        "{fout}"
    );
    assert!(
        fout.contains("de evaluatie is vastgelegd: visieleer evaluatie zeewijk --proces"),
        "{fout}"
    );
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(!fout.contains("borgingsessie"), "{fout}");
    s.doe("evaluatie zeewijk --proces Goed --inzichten Veel --vervolg Pilot --datum 2024-03-18");
    let fout = s.weigert_regel("volgende zeewijk --datum 2024-03-25");
    assert!(
        fout.contains("er is minstens één vervolgafspraak vastgelegd: visieleer afspraak zeewijk"),
        "{fout}"
    );
    s.doe("afspraak zeewijk 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners merken het' --datum 2024-09-02");
    assert!(
        s.doe("volgende zeewijk --datum 2024-03-25")
            .contains("afgerond")
    );
    let fout = s.weigert_regel("volgende zeewijk");
    assert!(
        fout.contains("afgerond en kan niet meer worden gewijzigd"),
        "{fout}"
    );
}

#[test]
fn volgende_weigert_een_datum_voor_het_begin_van_de_fase() {
    let s = Sessie::nieuw();
    s.traject_in_werving("zeewijk");
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    let fout = s.weigert_regel("volgende zeewijk --datum 2023-12-01");
    assert!(fout.contains("vóór het begin van fase werving"), "{fout}");
}

#[test]
fn de_evaluatie_hoort_bij_borgen() {
    let s = Sessie::nieuw();
    in_luisteren(&s);
    let fout = s.weigert_regel("evaluatie zeewijk --proces a --inzichten b --vervolg c");
    assert!(fout.contains("hoort bij de fase borgen"), "{fout}");
}

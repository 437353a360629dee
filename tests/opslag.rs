//! The traject file: human-readable, stable, and rewritten byte-for-byte the same.

use crate::common;

use common::Sessie;

#[test]
fn dezelfde_stappen_geven_dezelfde_bytes() {
    let a = Sessie::nieuw();
    let b = Sessie::nieuw();
    a.traject_in_borgen("zeewijk");
    b.traject_in_borgen("zeewijk");
    assert_eq!(a.lees("zeewijk"), b.lees("zeewijk"));
}

#[test]
fn lezen_en_een_wijziging_zonder_verschil_laten_het_bestand_ongemoeid() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    let voor = s.inhoud();
    s.doe("toon zeewijk");
    s.doe("toon zeewijk --json");
    s.doe("rapport zeewijk");
    s.ok(&["overzicht"]);
    s.ok(&["check"]);
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    s.doe("kernvraag zeewijk 'Hoe maken we één herkenbare voordeur?'");
    assert_eq!(voor, s.inhoud());
}

#[test]
fn het_bestand_is_leesbaar_en_houdt_historie_bij() {
    let s = Sessie::nieuw();
    s.doe(
        "nieuw zeewijk --gemeente Zeewijk --gemeente Oostwijk --vraagstuk Vraag --datum 2024-01-08",
    );
    s.naar_luisteren("zeewijk");
    s.doe("interview zeewijk --duo wijkcoach:uitvoering --duo bewoner:inwoner --toestemming ja --datum 2024-02-01");
    s.doe("citaat zeewijk 1 'Eén.' --datum 2024-02-01");
    insta::assert_snapshot!("trajectbestand", s.lees("zeewijk"));
}

#[test]
fn citaatnummers_worden_nooit_hergebruikt() {
    let s = Sessie::nieuw();
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V --datum 2024-01-08");
    s.naar_luisteren("zeewijk");
    s.doe("interview zeewijk --duo a:inwoner --duo b:beleid --toestemming ja");
    assert_eq!(s.doe("citaat zeewijk 1 Een --stil").trim(), "1.1");
    assert_eq!(s.doe("citaat zeewijk 1 Twee --stil").trim(), "1.2");
    // Remove the last quote by hand: the counter in the file keeps its number taken.
    let tekst = s.lees("zeewijk");
    let zonder = tekst.replace("  - nr: 2\n    tekst: Twee\n", "");
    assert_ne!(tekst, zonder);
    std::fs::write(s.bestand("zeewijk"), zonder).unwrap();
    assert_eq!(s.doe("citaat zeewijk 1 Drie --stil").trim(), "1.3");
}

#[test]
fn check_meldt_elk_probleem_en_faalt() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    assert!(
        s.ok(&["check"])
            .contains("1 traject gecontroleerd: 0 fouten")
    );
    let goed = s.lees("zeewijk");
    s.schrijf(
        "trajecten/verwijzing.yaml",
        &goed.replace("- '1.1'", "- '1.7'"),
    );
    s.schrijf("trajecten/syntax.yaml", "versie: 1\ngemeenten: [\n");
    s.schrijf(
        "trajecten/datum.yaml",
        &goed.replace("aanmelding: 2024-01-15", "aanmelding: 2024-02-30"),
    );
    s.schrijf(
        "trajecten/veld.yaml",
        &goed.replace("kernvraag:", "kernvraagg:"),
    );
    s.schrijf(
        "trajecten/.tijdelijk.yaml.tmp-1",
        "rommel van een gecrashte schrijver",
    );
    let u = s.run(&["check"]);
    assert_eq!(u.code, 1, "{u:?}");
    let uit = u.stdout;
    assert!(
        uit.contains("verwijzing.yaml: inzicht 1 verwijst naar citaat 1.7, dat niet bestaat"),
        "{uit}"
    );
    assert!(uit.contains("syntax.yaml: regel"), "{uit}");
    assert!(
        uit.contains("datum.yaml: regel") && uit.contains("een datum die niet bestaat"),
        "{uit}"
    );
    assert!(
        uit.contains("veld.yaml: regel") && uit.contains("onbekend veld 'kernvraagg'"),
        "{uit}"
    );
    assert!(
        !uit.contains("tijdelijk"),
        "tijdelijke bestanden worden overgeslagen: {uit}"
    );
    assert!(uit.contains("5 trajecten gecontroleerd: 4 fouten"), "{uit}");
}

#[test]
fn elke_opdracht_die_iets_vastlegt_kent_datum() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("tag zeewijk 1.1 --tag handelingsruimte --datum 2024-05-01");
    s.doe("kerncitaat zeewijk 1.1 --datum 2024-05-02");
    s.doe("citaat-wijzig zeewijk 2.1 --tag inwoner-centraal --tag regie-en-zeggenschap --datum 2024-05-03");
    let bestand = s.lees("zeewijk");
    for datum in ["2024-05-01", "2024-05-02", "2024-05-03"] {
        assert!(
            bestand.contains(&format!("datum: {datum}")),
            "{datum} ontbreekt:\n{bestand}"
        );
    }
    let fout = s.weigert_regel("kerncitaat zeewijk 1.1 --datum 2024-02-30");
    assert!(fout.contains("--datum"), "{fout}");
}

#[test]
fn check_waarschuwt_voor_datums_in_de_toekomst() {
    let s = Sessie::nieuw();
    s.doe("nieuw zeewijk --gemeente Z --vraagstuk V --datum 2024-01-08");
    s.doe("aanmelding zeewijk --datum 2024-01-15");
    s.doe("volgende zeewijk --datum 2024-01-15");
    s.doe("sessie zeewijk kickoff --datum 2024-01-22");
    s.doe("sessie zeewijk ontwerpsessie --datum 2099-03-04 --gepland");
    // A held kick-off in 2099 is refused (see `gewoonten`); by hand it can still be typed.
    let tekst = s
        .lees("zeewijk")
        .replace("datum: 2024-01-22", "datum: 2099-01-22");
    std::fs::write(s.bestand("zeewijk"), tekst).unwrap();
    let u = s.run(&["check"]);
    assert_eq!(u.code, 0, "een waarschuwing laat check niet falen: {u:?}");
    let regel = s
        .lees("zeewijk")
        .lines()
        .position(|r| r == "  datum: 2099-01-22")
        .unwrap()
        + 1;
    assert!(
        u.stdout.contains(&format!(
            "waarschuwing: trajecten/zeewijk.yaml: regel {regel}: de gehouden sessie kickoff heeft een datum in de toekomst (2099-01-22)"
        )),
        "{u:?}"
    );
    assert!(
        !u.stdout.contains("ontwerpsessie"),
        "een geplande sessie mag in de toekomst: {u:?}"
    );
}

/// `overzicht` remembers each head under the hash of its file's bytes: a second run reads the
/// same, a file changed by hand (or broken) is read in full again, and a cache that cannot be
/// read is rebuilt. The cache is git-ignored and holds nothing the files do not.
#[test]
fn het_overzicht_onthoudt_koppen_en_leest_een_gewijzigd_bestand_opnieuw() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.traject_in_werving("hoorn");
    let eerste = s.ok(&["overzicht"]);
    let cache = s.map().join(".visieleer/koppen.json");
    assert!(cache.is_file());
    assert_eq!(
        std::fs::read_to_string(s.map().join(".visieleer/.gitignore")).unwrap(),
        "*\n"
    );
    assert_eq!(s.ok(&["overzicht"]), eerste);
    // Changed by hand: the overview follows the file, not the cache.
    let tekst = s.lees("hoorn");
    assert!(tekst.contains("- Zeewijk\n"), "{tekst}");
    s.schrijf(
        "trajecten/hoorn.yaml",
        &tekst.replace("- Zeewijk\n", "- Andersdorp\n"),
    );
    let na = s.ok(&["overzicht"]);
    assert!(
        na.contains("Andersdorp") && !eerste.contains("Andersdorp"),
        "{na}"
    );
    // Broken in its tail: refused with the full reader's message, never the remembered head.
    let kapot = s.lees("zeewijk").replacen("  toestemming: ja\n", "", 1);
    s.schrijf("trajecten/zeewijk.yaml", &kapot);
    let fout = s.weigert(&["overzicht"]);
    assert!(
        fout.contains("zeewijk.yaml") && fout.contains("toestemming"),
        "{fout}"
    );
    // A cache that cannot be read is ignored and written anew.
    s.schrijf("trajecten/zeewijk.yaml", &tekst_van_borgen());
    std::fs::write(&cache, b"{kapot").unwrap();
    s.ok(&["overzicht"]);
    assert!(std::fs::read_to_string(&cache).unwrap().starts_with('{'));
    assert!(
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&cache).unwrap())
            .is_ok()
    );
}

fn tekst_van_borgen() -> String {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.lees("zeewijk")
}

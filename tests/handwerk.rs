//! Files edited by hand: typos, comments, and inconsistencies `check` must catch.

use crate::common;

use common::Sessie;

fn vervang(s: &Sessie, slug: &str, van: &str, naar: &str) {
    let tekst = s.lees(slug);
    assert!(tekst.contains(van), "'{van}' niet in:\n{tekst}");
    std::fs::write(s.bestand(slug), tekst.replacen(van, naar, 1)).unwrap();
}

fn regel_van(tekst: &str, begin: &str) -> usize {
    tekst.lines().position(|r| r.starts_with(begin)).unwrap() + 1
}

#[test]
fn een_onbekend_veld_wordt_geweigerd_met_veld_bestand_en_regel() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    vervang(&s, "zeewijk", "kernvraag:", "kernvraaag:");
    let regel = regel_van(&s.lees("zeewijk"), "kernvraaag:");
    for args in [
        vec!["toon", "zeewijk"],
        vec!["rapport", "zeewijk"],
        vec!["overzicht"],
        vec!["citaat", "zeewijk", "1", "Nog iets."],
    ] {
        let fout = s.weigert(&args);
        assert!(fout.contains("onbekend veld 'kernvraaag'"), "{fout}");
        assert!(fout.contains("zeewijk.yaml"), "{fout}");
        assert!(fout.contains(&format!("regel {regel}")), "{fout}");
    }
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1);
    assert!(
        uit.stdout.contains("onbekend veld 'kernvraaag'"),
        "{}",
        uit.stdout
    );
}

#[test]
fn commentaar_blokkeert_een_herschrijving_tenzij_forceer() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    vervang(
        &s,
        "zeewijk",
        "fase: borgen\n",
        "fase: borgen # nog even navragen bij de wethouder\n",
    );
    let regel = regel_van(&s.lees("zeewijk"), "fase: borgen");
    // Reading is fine; only a rewrite would drop the comment.
    s.doe("toon zeewijk");
    let fout = s.weigert_regel("richting zeewijk 'Nog een richting'");
    assert!(
        fout.contains(&format!("regel {regel} bevat YAML-commentaar")),
        "{fout}"
    );
    assert!(fout.contains("'notitie'-veld"), "{fout}");
    assert!(fout.contains("--forceer"), "{fout}");
    s.doe("--forceer richting zeewijk 'Nog een richting'");
    assert!(!s.lees("zeewijk").contains('#'));
}

#[test]
fn een_hekje_in_een_citaat_is_geen_commentaar() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    s.doe("citaat zeewijk 1 'Zie punt #3 # en #4 van de agenda.'");
    s.ok(&[
        "citaat",
        "zeewijk",
        "1",
        "Twee regels:\n# dit is tekst, geen commentaar",
    ]);
    s.doe("richting zeewijk 'Nog een richting'");
    // A note written by hand in a notitie field keeps its # as well.
    vervang(
        &s,
        "zeewijk",
        "fase: borgen\n",
        "fase: borgen\nnotitie: |\n  # overleg\n  wethouder bellen #2\n",
    );
    s.doe("richting zeewijk 'Derde richting'");
    assert!(s.lees("zeewijk").contains("wethouder bellen #2"));
}

#[test]
fn check_meldt_fase_status_datums_en_dubbele_ids() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    s.doe("sessie zeewijk borgingsessie --datum 2024-03-18");
    s.doe("evaluatie zeewijk --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18");
    vervang(&s, "zeewijk", "status: lopend", "status: gestopt");
    vervang(&s, "zeewijk", "- nr: 2\n", "- nr: 1\n");
    vervang(&s, "zeewijk", "datum: 2024-02-01", "datum: 2024-01-20");
    vervang(
        &s,
        "zeewijk",
        "  datum: 2024-03-18\n  proces",
        "  datum: 2024-03-11\n  proces",
    );
    let tekst = s.lees("zeewijk");
    let evaluatie = regel_van(&tekst, "  datum: 2024-03-11");
    let interview = regel_van(&tekst, "  datum: 2024-01-20");
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1, "{}", uit.stdout);
    for verwacht in [
        "fout: trajecten/zeewijk.yaml: status gestopt hoort bij een einddatum".to_string(),
        format!(
            "fout: trajecten/zeewijk.yaml: regel {evaluatie}: de evaluatie (2024-03-11) ligt vóór de borgingsessie (2024-03-18)"
        ),
        "fout: trajecten/zeewijk.yaml: duo-interview 1 staat 2 keer in het bestand (regels "
            .to_string(),
        format!(
            "waarschuwing: trajecten/zeewijk.yaml: regel {interview}: duo-interview 1 (2024-01-20) is gehouden vóór het begin van fase luisteren (2024-01-29)"
        ),
    ] {
        assert!(uit.stdout.contains(&verwacht), "{verwacht}\n{}", uit.stdout);
    }
}

#[test]
fn check_vindt_een_conflict_ook_zonder_openingsteken() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    vervang(
        &s,
        "zeewijk",
        "fase: borgen\n",
        "=======\nfase: ontwerpen\n>>>>>>> andere-kloon\n",
    );
    let regel = regel_van(&s.lees("zeewijk"), "=======");
    let uit = s.run(&["check"]);
    assert_eq!(uit.code, 1);
    assert!(
        uit.stdout
            .contains(&format!("regel {regel}: een onopgelost merge-conflict")),
        "{}",
        uit.stdout
    );
}

#[test]
fn een_netjes_afgerond_en_een_gestopt_traject_zijn_schoon() {
    let s = Sessie::nieuw();
    s.traject_afgerond("zeewijk");
    s.traject_in_borgen("hoorn");
    s.doe("stop hoorn --reden Verkiezingen");
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten, 0 waarschuwingen"), "{uit}");
}

#[test]
fn een_onbekend_veld_diep_in_een_interview_weigert_ook_overzicht() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("zeewijk");
    vervang(&s, "zeewijk", "    van: wijkcoach", "    vaan: wijkcoach");
    let regel = regel_van(&s.lees("zeewijk"), "    vaan:");
    for args in [vec!["overzicht"], vec!["toon", "zeewijk"]] {
        let fout = s.weigert(&args);
        assert!(fout.contains("onbekend veld 'vaan'"), "{fout}");
        assert!(fout.contains(&format!("regel {regel}")), "{fout}");
    }
}

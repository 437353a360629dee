//! The CSV of `citaten --csv` written by the `csv` crate: the same bytes as the hand-written
//! writer it replaced (pinned below from that writer's output), and the formula guard before
//! a leading TAB or CR.

use crate::common::Sessie;

const KOP: &str = "traject,interview,citaat,datum,gemeente,rol_1,perspectief_1,rol_2,perspectief_2,spreker_rol,spreker_perspectief,kerncitaat,tags_thema,tags_uitgangspunt,tags_niveau,tags_overig,tekst\n";

/// A traject whose quotes and a role hold every character a CSV must take care of.
fn lastige_citaten() -> Sessie {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --duo a:inwoner --duo 'b;x:partner' --toestemming ja");
    for citaat in [
        "=SOM(A1)",
        "zei \"ja\"; en; nee",
        "+31 6",
        "-min",
        "@user",
        "twee\n\nregels",
        "gewoon, met komma",
    ] {
        s.ok(&["citaat", "t", "1", "--", citaat]);
    }
    s
}

/// The rows of [`lastige_citaten`], with `,` and with `;`, as the hand-written writer wrote
/// them before the `csv` crate (with the `gemeente` column the export gained since).
const RIJEN_KOMMA: &str = "t,1,1.1,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,'=SOM(A1)\n\
t,1,1.2,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,\"zei \"\"ja\"\"; en; nee\"\n\
t,1,1.3,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,'+31 6\n\
t,1,1.4,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,'-min\n\
t,1,1.5,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,'@user\n\
t,1,1.6,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,\"twee\n\nregels\"\n\
t,1,1.7,2024-04-15,Zeewijk,a,inwoner,b;x,partner,,,ja,,,,,\"gewoon, met komma\"\n";
const RIJEN_PUNTKOMMA: &str = "t;1;1.1;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;'=SOM(A1)\n\
t;1;1.2;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;\"zei \"\"ja\"\"; en; nee\"\n\
t;1;1.3;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;'+31 6\n\
t;1;1.4;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;'-min\n\
t;1;1.5;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;'@user\n\
t;1;1.6;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;\"twee\n\nregels\"\n\
t;1;1.7;2024-04-15;Zeewijk;a;inwoner;\"b;x\";partner;;;ja;;;;;gewoon, met komma\n";

#[test]
fn csv_geeft_dezelfde_bytes_als_de_oude_schrijver() {
    let s = lastige_citaten();
    let komma = format!("{KOP}{RIJEN_KOMMA}");
    assert_eq!(s.doe("citaten t --csv"), komma);
    s.doe("citaten t --csv -o komma.csv");
    assert_eq!(
        std::fs::read(s.pad().join("komma.csv")).unwrap(),
        komma.as_bytes()
    );
    let puntkomma = format!("\u{feff}{}{RIJEN_PUNTKOMMA}", KOP.replace(',', ";"));
    assert_eq!(s.doe("citaten t --csv --scheiding ';'"), puntkomma);
    s.doe("citaten --csv --scheiding ';' -o puntkomma.csv");
    assert_eq!(
        std::fs::read(s.pad().join("puntkomma.csv")).unwrap(),
        puntkomma.as_bytes()
    );
}

/// OWASP: a cell that starts with TAB or CR before a formula is run as one by Excel, so it
/// gets the `'` as well (the old writer only knew `=`, `+`, `-` and `@`).
#[test]
fn csv_bewaakt_formules_na_tab_of_cr() {
    let s = lastige_citaten();
    let yaml = s
        .lees("t")
        .replace("tekst: +31 6\n", "tekst: \"\\t=SOM(A1)\"\n")
        .replace("tekst: -min\n", "tekst: \"\\r=1+1\"\n")
        .replace("tekst: '@user'\n", "tekst: \"\\t\\r@x\"\n");
    s.schrijf("trajecten/t.yaml", &yaml);
    s.doe("citaten t --csv -o uit.csv");
    let csv = std::fs::read_to_string(s.pad().join("uit.csv")).unwrap();
    // The CR is a control character: in a file too it shows as U+FFFD, after the guard.
    for verwacht in [
        ",'\t=SOM(A1)\n",
        ",'\u{fffd}=1+1\n",
        ",'\t\u{fffd}@x\n",
        ",'=SOM(A1)\n",
    ] {
        assert!(csv.contains(verwacht), "{verwacht:?} ontbreekt in {csv:?}");
    }
    assert!(!csv.contains(",\t=") && !csv.contains("\"\r="), "{csv:?}");
    // On the screen the CR shows as the replacement character (a TAB stays), after the guard.
    let scherm = s.doe("citaten t --csv --scheiding ';'");
    assert!(scherm.contains(";'\u{fffd}=1+1\n"), "{scherm:?}");
    assert!(scherm.contains(";'\t=SOM(A1)\n"), "{scherm:?}");
}

/// The clusters import reads its CSV with the `csv` crate and keeps the rules the file always
/// had: a BOM and `;` from a Dutch spreadsheet, spaces before an opening quote, doubled quotes.
#[test]
fn clusters_lezen_lastige_aanhalingstekens() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.schrijf(
        "c.csv",
        "\u{feff}kaartje;cluster\n1.1; \"Rust; regie\"\n2.1;\"Een \"\"loket\"\"\"\n 1.1 ;\t\"Een \"\"loket\"\"\"  \r\n",
    );
    let uit = s.doe("clusters t c.csv");
    assert!(uit.contains("2 nieuw, 0 aangevuld"), "{uit}");
    let json = s.doe("toon t --json");
    assert!(json.contains(r#""tekst": "Rust; regie""#), "{json}");
    assert!(json.contains(r#""tekst": "Een \"loket\"""#), "{json}");
}

/// A quote the `csv` crate would read leniently is refused with its line number, as before.
#[test]
fn clusters_weigeren_verkeerde_aanhalingstekens() {
    let s = Sessie::nieuw();
    s.traject_in_borgen("t");
    s.schrijf(
        "c.csv",
        "1.1,ab\"c\n1.1,\"ab\"c\n1.1,\"open\n2.1,Goed\n1.1,\"x\"\"\n",
    );
    let fout = s.weigert_regel("clusters t c.csv");
    for verwacht in [
        "regel 1: een aanhalingsteken midden in een veld",
        "regel 2: tekst na het afsluitende aanhalingsteken",
        "regel 3: een aanhalingsteken dat niet wordt gesloten",
        "regel 5: een aanhalingsteken dat niet wordt gesloten",
    ] {
        assert!(fout.contains(verwacht), "{verwacht:?} ontbreekt in {fout}");
    }
    assert!(!fout.contains("regel 4"), "{fout}");
}

//! The agenda over the whole map: planned sessions, afspraak dates, the next moment of a
//! nazorg that loopt and the nazorggesprek an afgerond traject still expects, by date; and the
//! same agenda as an iCalendar file, read back by Python's `icalendar` (a parser no one here
//! wrote). Without python3 and that package the read-back says so and skips, but only outside
//! CI: with `CI` set a missing parser is a failure, so `.ci/run` installs it first.

use std::process::Command;

use crate::common::Sessie;

/// Two trajecten: 'oost' in starten with its ontwerpsessie planned, 'west' afgerond on 25 March
/// 2024 with afspraak 1 to look at on 2 September 2024; and 'weg', stopped, with a planning
/// that no longer counts.
fn map() -> Sessie {
    let s = Sessie::nieuw();
    s.traject_afgerond("west");
    s.doe("nieuw oost --gemeente Oosterend --gemeente Westerend --vraagstuk 'Hoe?' --datum 2024-01-08");
    s.doe("aanmelding oost --datum 2024-03-01");
    s.doe("volgende oost --datum 2024-03-01");
    s.doe("sessie oost ontwerpsessie --gepland --datum 2024-05-20");
    s.doe("nieuw weg --gemeente Wegdorp --vraagstuk 'Hoe?' --datum 2024-01-08");
    s.doe("sessie weg kickoff --gepland --datum 2024-05-01");
    s.doe("stop weg --reden 'Geen capaciteit' --datum 2024-04-01");
    s
}

#[test]
fn de_agenda_zet_alles_wat_komt_op_datum() {
    let s = map();
    let agenda = s.doe("agenda");
    assert_eq!(
        agenda,
        "Agenda vanaf 15 april 2024:
  20 mei 2024       Oosterend en Westerend (oost): Ontwerpsessie (gepland)
  25 juni 2024      Zeewijk (west): nazorggesprek uiterlijk (nog niet gepland)
                    Afgerond op 25 maart 2024; plan het met 'visieleer sessie west nazorg --gepland --datum JJJJ-MM-DD'.
  2 september 2024  Zeewijk (west): afspraak 1 bespreken
                    Eén nummer (eigenaar teamleider); streefwaarde: Inwoners bellen één keer
"
    );
    // From another day, up to another day; a month or a year as the edge.
    let deel = s.doe("agenda --vanaf 1-6-2024 --tot 'juni 2024'");
    assert!(
        deel.starts_with("Agenda van 1 juni 2024 tot en met 30 juni 2024:\n  25 juni 2024"),
        "{deel}"
    );
    assert!(
        !deel.contains("20 mei 2024") && !deel.contains("2 september 2024"),
        "{deel}"
    );
    assert_eq!(
        s.doe("agenda --vanaf 2025"),
        "Niets gepland of verwacht vanaf 1 januari 2025.\n"
    );
    let fout = s.weigert_regel("agenda --vanaf 2024-09 --tot 2024-08-31");
    assert!(
        fout.contains(
            "--tot (31 augustus 2024) ligt vóór het begin van de agenda (1 september 2024)"
        ),
        "{fout}"
    );
    let fout = s.weigert_regel("agenda --tot morgen");
    assert!(fout.contains("--tot 'morgen' is geen datum"), "{fout}");

    // The nazorggesprek is held and the afspraak loopt, next in October: the month stays a
    // month, and the two items it resolves are gone.
    s.doe("sessie west nazorg --datum 2024-04-10");
    s.doe("nazorg west --afspraak 1 --stand loopt --volgende 'oktober 2024' --datum 2024-04-10 --verhaal 'Het nummer werkt in twee wijken.'");
    let agenda = s.doe("agenda");
    assert_eq!(
        agenda,
        "Agenda vanaf 15 april 2024:
  20 mei 2024   Oosterend en Westerend (oost): Ontwerpsessie (gepland)
  oktober 2024  Zeewijk (west): afspraak 1 opnieuw bespreken (loopt)
                Eén nummer (eigenaar teamleider); streefwaarde: Inwoners bellen één keer
"
    );
    // A month under way is still ahead.
    assert!(s.doe("agenda --vanaf 2024-10-31").contains("oktober 2024"));
    // What goes to a calendar is masked as in every document.
    s.doe("afspraak west 'Bel 06-12345678 voor de pilot' --eigenaar teamleider --streefwaarde 'Werkt' --datum 2024-10-01");
    let gemaskeerd = s.doe("agenda --vanaf 2024-10-01");
    assert!(
        gemaskeerd.contains("Bel [weggelaten] voor de pilot"),
        "{gemaskeerd}"
    );
    assert!(!gemaskeerd.contains("12345678"), "{gemaskeerd}");
}

#[test]
fn de_agenda_als_icalendar_met_vaste_uids_en_dezelfde_bytes() {
    let s = map();
    s.doe("sessie west nazorg --datum 2024-04-10");
    s.doe("nazorg west --afspraak 1 --stand loopt --volgende 2025 --datum 2024-04-10 --verhaal 'Loopt.'");
    s.doe("sessie oost werkbezoek --gepland --datum 2024-06-03");
    let fout = s.weigert_regel("agenda --ics");
    assert!(
        fout.contains("geef een bestand met -o, bijvoorbeeld -o agenda.ics"),
        "{fout}"
    );
    let fout = s.weigert_regel("agenda --ics -o agenda.md");
    assert!(
        fout.contains("en dat schrijft 'visieleer agenda' niet"),
        "{fout}"
    );
    s.doe("agenda --ics -o agenda.ics");
    let eerst = std::fs::read(s.pad().join("agenda.ics")).unwrap();
    // The name alone chooses the format; the same state gives the same bytes.
    s.doe("agenda -o weer.ics");
    assert_eq!(std::fs::read(s.pad().join("weer.ics")).unwrap(), eerst);
    let tekst = String::from_utf8(eerst).unwrap();
    assert!(
        tekst.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{tekst}"
    );
    assert!(tekst.contains("UID:oost.sessie-1@visieleer\r\n"), "{tekst}");
    assert!(
        tekst.contains("UID:west.nazorg-1.1@visieleer\r\n"),
        "{tekst}"
    );
    // DTSTAMP is today, not the clock.
    assert_eq!(
        tekst.matches("DTSTAMP:20240415T000000Z\r\n").count(),
        3,
        "{tekst}"
    );
    // A later day: the UIDs stay, so a calendar updates instead of doubling.
    let later = s
        .command(&["agenda", "--ics", "-o", "later.ics"])
        .env("VISIELEER_VANDAAG", "2024-05-01")
        .output()
        .unwrap();
    assert!(later.status.success());
    let later = std::fs::read_to_string(s.pad().join("later.ics")).unwrap();
    let uids = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|r| r.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(uids(&later), uids(&tekst));

    if !python_met_icalendar() {
        return;
    }
    let uit = Command::new("python3")
        .args([
            "-c",
            "import sys, icalendar\n\
             cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
             for e in cal.walk('VEVENT'):\n\
             \x20   print(e.get('UID'), e.decoded('DTSTART').isoformat(), e.decoded('DTEND').isoformat(), e.get('SUMMARY'))\n",
        ])
        .arg(s.pad().join("agenda.ics"))
        .output()
        .expect("python3 draait");
    assert!(
        uit.status.success(),
        "icalendar las het bestand niet: {}",
        String::from_utf8_lossy(&uit.stderr)
    );
    let gelezen = String::from_utf8(uit.stdout).unwrap();
    assert_eq!(
        gelezen,
        "oost.sessie-1@visieleer 2024-05-20 2024-05-21 Oosterend en Westerend: Ontwerpsessie (gepland)
oost.sessie-2@visieleer 2024-06-03 2024-06-04 Oosterend en Westerend: Werkbezoek (gepland)
west.nazorg-1.1@visieleer 2025-01-01 2026-01-01 Zeewijk: afspraak 1 opnieuw bespreken (loopt)
"
    );
}

/// Whether `python3` can import `icalendar`; panics in CI when it cannot.
fn python_met_icalendar() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!(
                "CI is gezet maar python3 met icalendar ontbreekt; installeer: pip install icalendar"
            );
        }
        eprintln!("OVERGESLAGEN: geen python3 met icalendar (installeer: pip install icalendar)");
    }
    ok
}

#[test]
fn een_sessie_gepland_in_een_maand_of_jaar() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    let fout = s.weigert_regel("sessie t werkbezoek --gepland");
    assert!(
        fout.contains("Zeg met --datum wanneer het werkbezoek gepland is"),
        "{fout}"
    );
    let fout = s.weigert_regel("sessie t werkbezoek --gepland --datum 'ergens in 2024'");
    assert!(fout.contains("--datum 'ergens in 2024'"), "{fout}");
    assert_eq!(
        s.doe("sessie t werkbezoek --gepland --datum 2024").trim(),
        "Werkbezoek gepland in 2024."
    );
    assert_eq!(
        s.doe("sessie t inwonerssessie --gepland --datum 'september 2024'")
            .trim(),
        "Inwonerssessie gepland in september 2024."
    );
    let tekst = s.lees("t");
    assert!(
        tekst.contains("- soort: werkbezoek\n  datum: null\n  gepland: true\n  gepland_in: 2024\n"),
        "{tekst}"
    );
    assert!(tekst.contains("  gepland_in: 2024-09\n"), "{tekst}");
    let toon = s.doe("toon t");
    assert!(toon.contains("Werkbezoek      2024 (gepland)"), "{toon}");
    assert!(
        toon.contains("Inwonerssessie  september 2024 (gepland)"),
        "{toon}"
    );
    let agenda = s.doe("agenda");
    assert!(
        agenda.contains("  2024            Zeewijk (t): Werkbezoek (gepland)\n  september 2024  Zeewijk (t): Inwonerssessie (gepland)\n"),
        "{agenda}"
    );
    // A span comes by its first day: the year before the September in it. Past only when the
    // whole month or year has passed.
    let toon = |vandaag: &str| {
        String::from_utf8(
            s.command(&["toon", "t"])
                .env("VISIELEER_VANDAAG", vandaag)
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
    };
    assert!(!toon("2024-09-30").contains("is verlopen"));
    assert!(toon("2024-10-01").contains("de geplande inwonerssessie van 2024-09 is verlopen; leg vast dat hij is gehouden met 'visieleer sessie t inwonerssessie --datum JJJJ-MM-DD'"));
    assert!(!toon("2024-12-31").contains("werkbezoek van 2024"));
    assert!(toon("2025-01-01").contains("de geplande werkbezoek van 2024 is verlopen"));
    // Held on its day: the planning becomes the meeting.
    s.doe("sessie t werkbezoek --datum 2024-04-10");
    let tekst = s.lees("t");
    assert!(!tekst.contains("gepland_in: '2024'"), "{tekst}");
    assert!(
        tekst.contains("- soort: werkbezoek\n  datum: 2024-04-10\n"),
        "{tekst}"
    );
}

#[test]
fn een_gepland_duo_interview_staat_op_de_agenda_tot_het_gehouden_of_afgezegd_is() {
    let s = Sessie::nieuw();
    s.traject_in_luisteren("t");
    s.doe("interview t --gepland --duo mantelzorger:inwoner --duo wijkcoach:uitvoering --datum 2024-05-02");
    s.doe(
        "interview t --gepland --duo huisarts:partner --duo wethouder:bestuur --datum 'juni 2024'",
    );
    s.doe("interview-stand t 1 toegezegd");
    let agenda = s.doe("agenda");
    let nr = |n: u32| format!("duo-interview {n} (gepland)");
    assert!(
        agenda.contains(&nr(1)) && agenda.contains(&nr(2)),
        "{agenda}"
    );
    // By role, never a name, with where the invitation stands.
    assert!(
        agenda.contains("mantelzorger (inwoner) en wijkcoach (uitvoering); toegezegd"),
        "{agenda}"
    );
    assert!(
        agenda.contains("huisarts (partner) en wethouder (bestuur); nog niet gevraagd"),
        "{agenda}"
    );
    // A month stays a month.
    assert!(agenda.contains("juni 2024"), "{agenda}");
    // Cancelled: off the agenda. Held: off the agenda.
    s.doe("interview-stand t 2 afgezegd");
    s.doe("interview t --gehouden 1 --toestemming ja --datum 2024-04-15");
    let agenda = s.doe("agenda");
    assert!(
        !agenda.contains("duo-interview 1") && !agenda.contains("duo-interview 2"),
        "{agenda}"
    );
}

#[test]
fn hetzelfde_nazorggesprek_twee_keer_gepland_is_een_vergissing() {
    let s = Sessie::nieuw();
    s.traject_afgerond("t");
    s.doe("sessie t nazorg --gepland --datum 2024-09-02");
    // The month it already lies in: refused, with the way to move the first one.
    let fout = s.weigert_regel("sessie t nazorg --gepland --datum 'september 2024'");
    assert!(
        fout.contains("Traject 't' heeft al een nazorggesprek gepland op 2 september 2024"),
        "{fout}"
    );
    assert!(fout.contains("--nogmaals"), "{fout}");
    // Another month is another meeting; --nogmaals plans a real second one.
    s.doe("sessie t nazorg --gepland --datum 'maart 2025'");
    s.doe("sessie t nazorg --gepland --datum 2024-09-16 --nogmaals");
    let agenda = s.doe("agenda");
    assert_eq!(
        agenda.matches("Nazorggesprek (gepland)").count(),
        3,
        "{agenda}"
    );
}

//! Several moderators on the same evening: concurrent writers and writers killed halfway.

use crate::common;

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::Sessie;

fn visieleer(s: &Sessie) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("visieleer"));
    cmd.current_dir(s.pad())
        .env("VISIELEER_VANDAAG", common::VANDAAG)
        .env_remove("VISIELEER_MAP")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

fn traject_met_interview(s: &Sessie, slug: &str) {
    s.ok(&[
        "nieuw",
        slug,
        "--gemeente",
        "Zeewijk",
        "--vraagstuk",
        "Hoe vinden inwoners de weg?",
    ]);
    s.ok(&["aanmelding", slug]);
    s.ok(&["volgende", slug]);
    s.ok(&["sessie", slug, "kickoff"]);
    s.ok(&["kernvraag", slug, "Hoe maken we één voordeur?"]);
    s.ok(&["expert", slug, "E. Xpert"]);
    s.ok(&["volgende", slug]);
    s.ok(&[
        "interview",
        slug,
        "--duo",
        "wijkcoach:uitvoering",
        "--duo",
        "bewoner:inwoner",
        "--toestemming",
        "ja",
    ]);
}

fn citaat_ids(s: &Sessie, slug: &str) -> Vec<String> {
    let traject =
        visieleer::bestand::lees_bestand(&s.bestand(slug), slug).expect("leesbaar traject");
    traject.citaten().map(|(id, _, _)| id.to_string()).collect()
}

#[test]
fn twee_schrijvers_tegelijk_verliezen_niets() {
    let s = Sessie::nieuw();
    traject_met_interview(&s, "zeewijk");
    std::thread::scope(|scope| {
        for schrijver in ["a", "b"] {
            let s = &s;
            scope.spawn(move || {
                for n in 0..50 {
                    let tekst = format!("Schrijver {schrijver} zegt {n}.");
                    let status = visieleer(s)
                        .args(["citaat", "zeewijk", "1", &tekst])
                        .status()
                        .expect("visieleer draait");
                    assert!(status.success(), "{schrijver} {n}");
                }
            });
        }
    });
    let ids = citaat_ids(&s, "zeewijk");
    assert_eq!(ids.len(), 100);
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 100);
    let tekst = s.lees("zeewijk");
    for schrijver in ["a", "b"] {
        for n in 0..50 {
            assert!(tekst.contains(&format!("Schrijver {schrijver} zegt {n}.")));
        }
    }
    s.ok(&["check"]);
}

/// A small linear congruential generator: the same "random" kill moments on every run.
struct Lcg(u64);

impl Lcg {
    fn volgende(&mut self, tot: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % tot
    }
}

#[test]
fn een_afgeschoten_schrijver_laat_een_heel_bestand_achter() {
    let s = Sessie::nieuw();
    traject_met_interview(&s, "zeewijk");
    // A heavy file makes each write take long enough for kills to land inside it.
    let mut traject = visieleer::bestand::lees_bestand(&s.bestand("zeewijk"), "zeewijk").unwrap();
    let interview = traject.interview_mut(1).unwrap();
    for n in 0..1000 {
        interview
            .voeg_citaat_toe(
                format!("Een lang citaat nummer {n}: {}", "bla ".repeat(30)),
                None,
                Vec::new(),
            )
            .unwrap();
    }
    std::fs::write(
        s.bestand("zeewijk"),
        visieleer::bestand::schrijf(&traject).unwrap(),
    )
    .unwrap();

    // Kill moments are spread over 30–150% of how long an uninterrupted write takes on this
    // machine (the slower of two): the write itself comes at the end of a run, after parsing.
    let mut duur = 0;
    for meting in ["Eerste meting.", "Tweede meting."] {
        let begin = std::time::Instant::now();
        assert!(
            visieleer(&s)
                .args(["citaat", "zeewijk", "1", meting])
                .status()
                .unwrap()
                .success()
        );
        duur = duur.max(begin.elapsed().as_micros() as u64);
    }
    let mut lcg = Lcg(5);
    let mut geschreven = 0;
    let mut onderbroken = 0;
    let mut resten = 0;
    // On a busy machine a write can be much faster than measured; each finished writer makes
    // the next kill come sooner, so interruptions still happen (at most 200 rounds).
    let mut schaal = 100u64;
    let mut ronde = 0;
    while ronde < 30 || (onderbroken == 0 && ronde < 200) {
        let voor = s.lees("zeewijk");
        let aantal_voor = citaat_ids(&s, "zeewijk").len();
        let mut kind = visieleer(&s)
            .args(["citaat", "zeewijk", "1", &format!("Ronde {ronde}.")])
            .spawn()
            .expect("visieleer start");
        std::thread::sleep(Duration::from_micros(
            (duur * 3 / 10 + lcg.volgende(duur * 6 / 5)) * schaal / 100,
        ));
        let _ = kind.kill(); // SIGKILL on Unix
        let _ = kind.wait();
        let na = s.lees("zeewijk");
        resten += std::fs::read_dir(s.map())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .count();
        let aantal_na = citaat_ids(&s, "zeewijk").len();
        if na == voor {
            assert_eq!(aantal_na, aantal_voor);
            onderbroken += 1;
        } else {
            assert_eq!(aantal_na, aantal_voor + 1, "ronde {ronde}");
            assert!(na.contains(&format!("Ronde {ronde}.")));
            geschreven += 1;
            schaal = (schaal * 7 / 10).max(1);
        }
        ronde += 1;
    }
    // At least one writer must have been interrupted, or the loop tested nothing.
    assert!(onderbroken > 0, "alle {ronde} schrijvers waren al klaar");
    eprintln!(
        "{geschreven} van {ronde} schrijvers klaar; {resten} keer een half tijdelijk bestand"
    );
    // Whatever the timing did, also leave a half-written temporary file as a crash would.
    let tekst = s.lees("zeewijk");
    let half = s.map().join(".zeewijk.yaml.tmp-999999");
    std::fs::write(&half, &tekst[..tekst.len() / 2]).unwrap();
    s.doe("toon zeewijk");
    s.ok(&["overzicht"]);
    let uit = s.ok(&["check"]);
    assert!(uit.contains("0 fouten"), "{uit}");
    // A later write cleans the left-over temporary files of killed writers.
    s.doe("citaat zeewijk 1 'Na de storm.'");
    let resten: Vec<_> = std::fs::read_dir(s.map())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(resten.is_empty(), "{resten:?}");
}

#[test]
fn een_tweede_opdracht_wacht_en_zegt_dat() {
    let s = Sessie::nieuw();
    traject_met_interview(&s, "zeewijk");
    let slot = std::fs::File::open(s.map().join(".visieleer.lock")).unwrap();
    slot.lock().unwrap();
    let mut kinderen: Vec<_> = [
        vec!["citaat", "zeewijk", "1", "Tijdens het slot."],
        vec!["toon", "zeewijk"],
    ]
    .into_iter()
    .map(|args| {
        visieleer(&s)
            .args(args)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    })
    .collect();
    std::thread::sleep(Duration::from_millis(300));
    for kind in &mut kinderen {
        assert!(
            kind.try_wait().unwrap().is_none(),
            "liep door het slot heen"
        );
    }
    assert!(!s.lees("zeewijk").contains("Tijdens het slot."));
    slot.unlock().unwrap();
    for kind in kinderen {
        let uit = kind.wait_with_output().unwrap();
        assert!(uit.status.success());
        let fout = String::from_utf8_lossy(&uit.stderr);
        assert!(
            fout.contains("wacht op een andere visieleer-opdracht…"),
            "{fout}"
        );
    }
    assert!(s.lees("zeewijk").contains("Tijdens het slot."));
}

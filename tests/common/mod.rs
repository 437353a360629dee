//! A facilitator's session against the real binary, in a temporary map.
//!
//! `Sessie::nieuw()` gives an empty working folder with "today" fixed; `ok` runs a command that
//! must succeed, `weigert` one that must be refused with exit code 1 and must leave every file
//! byte-for-byte unchanged.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The fixed "today" of all tests.
pub const VANDAAG: &str = "2024-04-15";

pub struct Sessie {
    pub dir: TempDir,
}

/// What a command printed, and how it ended.
#[derive(Debug)]
pub struct Uitkomst {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Sessie {
    pub fn nieuw() -> Sessie {
        Sessie {
            dir: tempfile::tempdir().expect("tijdelijke map"),
        }
    }

    pub fn pad(&self) -> &Path {
        self.dir.path()
    }

    /// The default map of the session: `trajecten/` in the working folder.
    pub fn map(&self) -> PathBuf {
        self.pad().join("trajecten")
    }

    pub fn bestand(&self, slug: &str) -> PathBuf {
        self.map().join(format!("{slug}.yaml"))
    }

    pub fn lees(&self, slug: &str) -> String {
        fs::read_to_string(self.bestand(slug)).expect("trajectbestand")
    }

    pub fn schrijf(&self, pad: impl AsRef<Path>, inhoud: &str) {
        let pad = self.pad().join(pad);
        if let Some(map) = pad.parent() {
            fs::create_dir_all(map).unwrap();
        }
        fs::write(pad, inhoud).unwrap();
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("visieleer").expect("binary");
        cmd.current_dir(self.pad())
            .env("VISIELEER_VANDAAG", VANDAAG)
            .env_remove("VISIELEER_MAP")
            // The search for a map (as git looks for a repository) stays inside the session:
            // a `trajecten/` above the temporary folder is never the session's map.
            .env("VISIELEER_ZOEKGRENS", self.pad())
            .env("NO_COLOR", "1")
            .args(args);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Uitkomst {
        let output = self.command(args).output().expect("visieleer draait");
        Uitkomst {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }

    /// Runs a command line as a facilitator types it in a shell, in one string (`citaat t 1
    /// --van wijkcoach "De regels …"`), that must succeed; returns its stdout.
    #[track_caller]
    pub fn doe(&self, regel: &str) -> String {
        self.ok(&woorden(regel)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>())
    }

    /// Like [`Sessie::doe`], on another day than the session's fixed today: the same map, as
    /// it looks on `vandaag` (signals, the agenda).
    #[track_caller]
    pub fn doe_op(&self, vandaag: &str, regel: &str) -> String {
        let args = woorden(regel);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let uit = self
            .command(&args)
            .env("VISIELEER_VANDAAG", vandaag)
            .output()
            .unwrap();
        assert!(
            uit.status.success(),
            "{regel}: {}",
            String::from_utf8_lossy(&uit.stderr)
        );
        String::from_utf8(uit.stdout).unwrap()
    }

    /// Like [`Sessie::doe`], for a command line that must be refused (see [`Sessie::weigert`]).
    #[track_caller]
    pub fn weigert_regel(&self, regel: &str) -> String {
        self.weigert(
            &woorden(regel)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
    }

    /// Runs a command that must succeed; returns its stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let u = self.run(args);
        assert_eq!(
            u.code, 0,
            "visieleer {args:?} faalde:\nstdout: {}\nstderr: {}",
            u.stdout, u.stderr
        );
        u.stdout
    }

    /// Runs a command that must be refused (exit 1) without changing any file; returns stderr.
    #[track_caller]
    pub fn weigert(&self, args: &[&str]) -> String {
        self.weigert_met(1, args)
    }

    /// Like `weigert`, for a given exit code (2 for wrong usage).
    #[track_caller]
    pub fn weigert_met(&self, code: i32, args: &[&str]) -> String {
        let voor = self.inhoud();
        let u = self.run(args);
        assert_eq!(
            u.code, code,
            "visieleer {args:?} gaf code {} in plaats van {code}:\nstdout: {}\nstderr: {}",
            u.code, u.stdout, u.stderr
        );
        assert!(
            !u.stderr.trim().is_empty(),
            "geen foutmelding voor {args:?}"
        );
        assert!(
            !u.stderr.contains("panicked"),
            "paniek bij {args:?}: {}",
            u.stderr
        );
        assert_eq!(
            voor,
            self.inhoud(),
            "visieleer {args:?} veranderde bestanden"
        );
        u.stderr
    }

    /// Every file under the working folder (except the lock file and the map's own
    /// `.visieleer/` cache), with its bytes.
    pub fn inhoud(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut bestanden = BTreeMap::new();
        verzamel(self.pad(), self.pad(), &mut bestanden);
        bestanden
    }

    /// A new traject in fase werving, for gemeente Zeewijk, made on 8 January 2024.
    pub fn traject_in_werving(&self, slug: &str) {
        self.doe(&format!(
            "nieuw {slug} --gemeente Zeewijk --vraagstuk 'Hoe vinden inwoners de weg?' --datum 2024-01-08"
        ));
    }

    /// A traject in fase luisteren, ready for interviews (no facilitator).
    pub fn traject_in_luisteren(&self, slug: &str) {
        self.traject_in_werving(slug);
        self.naar_luisteren(slug);
    }

    /// Walks a traject made on or before 15 January 2024, still in werving, to luisteren as the
    /// method asks (interviews and quotes belong there): aanmelding and starten on 15 January,
    /// the kick-off on the 22nd, a kernvraag and an expert, luisteren from 29 January.
    pub fn naar_luisteren(&self, slug: &str) {
        for regel in [
            "aanmelding {slug} --datum 2024-01-15",
            "volgende {slug} --datum 2024-01-15",
            "sessie {slug} kickoff --datum 2024-01-22",
            "kernvraag {slug} 'Hoe maken we één herkenbare voordeur?'",
            "expert {slug} 'E. Xpert'",
            "volgende {slug} --datum 2024-01-29",
        ] {
            self.doe(&regel.replace("{slug}", slug));
        }
    }

    /// A traject walked to the end: [`Sessie::traject_in_borgen`], then the borgingsessie and
    /// the evaluation on 18 March 2024, one afspraak, and `volgende` on 25 March: afgerond.
    pub fn traject_afgerond(&self, slug: &str) {
        self.traject_in_borgen(slug);
        for regel in [
            "sessie {slug} borgingsessie --datum 2024-03-18",
            "evaluatie {slug} --proces Strak --inzichten 'Eén deur' --vervolg Pilot --datum 2024-03-18",
            "afspraak {slug} 'Eén nummer' --eigenaar teamleider --streefwaarde 'Inwoners bellen één keer' --datum 2024-09-02",
            "volgende {slug} --datum 2024-03-25",
        ] {
            self.doe(&regel.replace("{slug}", slug));
        }
    }

    /// A traject walked from werving through borgen, ready for `volgende` to finish it.
    pub fn traject_in_borgen(&self, slug: &str) {
        for regel in [
            "nieuw {slug} --gemeente Zeewijk --vraagstuk 'Hoe vinden inwoners de weg naar hulp?' --facilitator 'F. Acilitator' --datum 2024-01-08",
            "aanmelding {slug} --datum 2024-01-15",
            "volgende {slug} --datum 2024-01-15",
            "sessie {slug} kickoff --datum 2024-01-22",
            "kernvraag {slug} 'Hoe maken we één herkenbare voordeur?'",
            "expert {slug} 'E. Xpert' --expertise 'lokale teams'",
            "volgende {slug} --datum 2024-01-29",
            "interview {slug} --duo wijkcoach:uitvoering --duo beleidsadviseur:beleid --toestemming ja --datum 2024-02-01",
            "interview {slug} --duo bewoner:inwoner --duo wethouder:bestuur --toestemming ja --datum 2024-02-05",
            "citaat {slug} 1 'De regels zijn nog van vorig jaar.' --van wijkcoach --tag rust-en-regie",
            "citaat {slug} 2 'Ik wist niet bij welk loket ik moest zijn.' --van bewoner --tag inwoner-centraal",
            "volgende {slug} --datum 2024-02-12",
            "synthese {slug} --stap moderatoren --soort dilemma 'Regels knellen' --citaat 1.1",
            "synthese {slug} --stap expertteam --soort werkzaam 'Eén voordeur helpt' --citaat 2.1",
            "sessie {slug} ontwerpsessie --datum 2024-02-26",
            "synthese {slug} --stap reflectie 'Iedereen herkent het loket-probleem' --datum 2024-02-26",
            "richting {slug} 'Eén wijkteam per wijk met eigen mandaat'",
            "volgende {slug} --datum 2024-03-04",
        ] {
            self.doe(&regel.replace("{slug}", slug));
        }
    }
}

/// The words of a command line as a POSIX shell splits them.
#[track_caller]
/// The first of these programs on the PATH (`soffice` or `libreoffice`, say), if any.
pub fn vind(namen: &[&str]) -> Option<PathBuf> {
    let pad = std::env::var_os("PATH")?;
    namen.iter().find_map(|naam| {
        std::env::split_paths(&pad)
            .map(|map| map.join(naam))
            .find(|p| p.is_file())
    })
}

pub fn woorden(regel: &str) -> Vec<String> {
    shlex::split(regel).unwrap_or_else(|| panic!("geen geldige opdrachtregel: {regel}"))
}

/// An HTML document with its stylesheet left out, for snapshots: the stylesheet is the same in
/// every document of a kind and has its own snapshots (`voorbeelden::stijlbladen`), so a change
/// to it shows once instead of in every document.
pub fn zonder_stijlblad(html: &str) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(begin), Some(eind)) if begin < eind => format!(
            "{}<style>/* stijlblad: zie de snapshots stijlblad_* */{}",
            &html[..begin],
            &html[eind..]
        ),
        _ => html.to_string(),
    }
}

/// The stylesheet of an HTML document.
pub fn stijlblad(html: &str) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(begin), Some(eind)) if begin < eind => html[begin + 7..eind].to_string(),
        _ => String::new(),
    }
}

fn verzamel(wortel: &Path, map: &Path, bestanden: &mut BTreeMap<PathBuf, Vec<u8>>) {
    let Ok(lijst) = fs::read_dir(map) else { return };
    for entry in lijst.flatten() {
        let pad = entry.path();
        let Ok(soort) = entry.file_type() else {
            continue;
        };
        if soort.is_dir() {
            // What visieleer keeps for itself (the cache of `overzicht`, git-ignored) is no
            // file of the user's.
            if pad.file_name().is_some_and(|n| n == ".visieleer") {
                continue;
            }
            verzamel(wortel, &pad, bestanden);
        } else if pad.file_name().is_some_and(|n| n != ".visieleer.lock") {
            // Pipes and symlinks are compared by what they are, never read (a pipe would block).
            let inhoud = if soort.is_file() {
                fs::read(&pad).unwrap_or_default()
            } else if soort.is_symlink() {
                format!("symlink naar {:?}", fs::read_link(&pad).ok()).into_bytes()
            } else {
                b"geen gewoon bestand".to_vec()
            };
            bestanden.insert(pad.strip_prefix(wortel).unwrap().to_path_buf(), inhoud);
        }
    }
}

/// The text of every file in a folder of the repository (a fuzz corpus), sorted by name.
pub fn corpus(map: &str) -> Vec<String> {
    let map = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(map);
    let mut bestanden: Vec<_> = fs::read_dir(&map)
        .unwrap_or_else(|_| panic!("{}", map.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    bestanden.sort();
    bestanden
        .iter()
        .map(|p| String::from_utf8_lossy(&fs::read(p).unwrap()).into_owned())
        .collect()
}

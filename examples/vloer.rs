//! The parse floor of the benchmark (`bench/run.sh`): reads every traject file of a map and
//! parses it into a generic YAML value with the same library visieleer uses, on one thread.
//! A map-wide command that parses every file cannot be cheaper than this on one core.
//!
//!   cargo run --release --example vloer -- <map>

fn main() {
    let Some(map) = std::env::args().nth(1) else {
        eprintln!("gebruik: vloer <map>");
        std::process::exit(2);
    };
    let mut paden: Vec<_> = std::fs::read_dir(&map)
        .expect("map lezen")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paden.sort();
    let mut knopen = 0usize;
    for pad in &paden {
        let tekst = std::fs::read_to_string(pad).expect("bestand lezen");
        let waarde: serde_yaml::Value = serde_yaml::from_str(&tekst).expect("YAML");
        if let serde_yaml::Value::Mapping(m) = waarde {
            knopen += m.len();
        }
    }
    println!("{} bestanden, {knopen} velden", paden.len());
}

//! How quote cards fill a printed card: the type size of a quote, and where a quote too long
//! for one card continues on the next.
//!
//! A card is 95 × 60 mm. The quote gets the space left between the card's first line (name and
//! gemeente) and its foot (attribution and themes). The quote is set as large as fits, from
//! 14 pt down to 10.5 pt; never smaller. A quote that does not fit at 10.5 pt continues on the
//! next card at the end of a sentence, each card filled with whole sentences before the next
//! starts; only a sentence longer than a card is cut, at a word. Lines are counted with a
//! conservative width per character, so a part always fits its card when printed.

use super::Kaart;

/// A card, in millimetres.
pub const BREEDTE_MM: f64 = 95.0;
pub const HOOGTE_MM: f64 = 60.0;
/// Padding inside a card: top and bottom, left and right.
pub const MARGE_HOOG_MM: f64 = 4.0;
pub const MARGE_BREED_MM: f64 = 5.0;
/// The size of the card's own lines (name, attribution, themes).
pub const KLEIN_PT: f64 = 10.0;
/// The quote's sizes, largest first; the last is the smallest a quote is ever set in.
pub const GROOTTES_PT: [f64; 3] = [14.0, 12.0, 10.5];
/// Line height as a multiple of the type size.
pub const REGELAFSTAND: f64 = 1.25;
/// Space between the quote and the lines above and below it.
pub const TUSSENRUIMTE_MM: f64 = 1.5;

const MM_PER_PT: f64 = 0.3528;
/// The width of an average character as a share of the type size; generous for DejaVu Sans,
/// so that a counted line never wraps into two when printed.
const TEKENBREEDTE: f64 = 0.6;

/// One card as printed: the size of its quote and the quote's paragraphs on this card.
#[derive(Clone, Debug, PartialEq)]
pub struct Deel {
    pub grootte_pt: f64,
    pub alineas: Vec<String>,
}

fn tekens_per_regel(pt: f64) -> usize {
    let breedte = BREEDTE_MM - 2.0 * MARGE_BREED_MM;
    (breedte / (pt * MM_PER_PT * TEKENBREEDTE)).floor() as usize
}

fn regelhoogte(pt: f64) -> f64 {
    pt * MM_PER_PT * REGELAFSTAND
}

/// A word, or a piece of a word too long for a line; `vast` when it continues the word before
/// it without a space.
#[derive(Clone, Debug)]
struct Stuk {
    tekst: String,
    vast: bool,
}

/// A character's width in tenths of an average character: capitals and the widest letters
/// take more room, so a quote in capitals is not counted as fitting when it does not.
fn tekenbreedte(c: char) -> usize {
    match c {
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 17,
        c if c.is_uppercase() => 13,
        _ => 10,
    }
}

/// The paragraphs of a quote as lines of at most `breedte` average characters (greedy, at
/// spaces; a word longer than a line is broken).
fn regels(tekst: &str, breedte: usize) -> Vec<Vec<Vec<Stuk>>> {
    let ruimte = breedte.max(2) * 10;
    crate::document::ontsnappen::markdown::alineas(tekst)
        .iter()
        .map(|alinea| {
            let mut regels: Vec<Vec<Stuk>> = Vec::new();
            let mut regel: Vec<Stuk> = Vec::new();
            let mut lengte = 0;
            for woord in alinea.iter().flat_map(|r| r.split_whitespace()) {
                // The word in pieces that each fit a line.
                let mut brokken: Vec<(String, usize)> = vec![(String::new(), 0)];
                for c in woord.chars() {
                    let b = tekenbreedte(c);
                    let laatste = brokken.last_mut().expect("er is een brok");
                    if laatste.1 + b > ruimte && !laatste.0.is_empty() {
                        brokken.push((c.to_string(), b));
                    } else {
                        laatste.0.push(c);
                        laatste.1 += b;
                    }
                }
                for (i, (brok, n)) in brokken.into_iter().enumerate() {
                    let vast = i > 0;
                    let nodig = if regel.is_empty() || vast { n } else { n + 10 };
                    if !regel.is_empty() && lengte + nodig > ruimte {
                        regels.push(std::mem::take(&mut regel));
                        lengte = 0;
                    }
                    lengte += if regel.is_empty() { n } else { nodig };
                    regel.push(Stuk { tekst: brok, vast });
                }
            }
            if !regel.is_empty() {
                regels.push(regel);
            }
            regels
        })
        .collect()
}

/// Lines of `tekst` at `breedte` characters, as needed on a card.
fn aantal_regels(tekst: &str, breedte: usize) -> usize {
    regels(tekst, breedte)
        .iter()
        .map(Vec::len)
        .sum::<usize>()
        .max(1)
}

/// How many quote lines of `pt` fit on a card with this card's foot.
fn ruimte(kaart: &Kaart, pt: f64) -> usize {
    let klein = tekens_per_regel(KLEIN_PT);
    let mut voet = aantal_regels(&format!("— {}", kaart.bron), klein);
    if !kaart.themas.is_empty() {
        voet += aantal_regels(&kaart.themas.join(" · "), klein);
    }
    let kop = aantal_regels(&kopregel(kaart, 99, 99), klein) as f64 * regelhoogte(KLEIN_PT);
    let vrij = HOOGTE_MM
        - 2.0 * MARGE_HOOG_MM
        - kop
        - 2.0 * TUSSENRUIMTE_MM
        - voet as f64 * regelhoogte(KLEIN_PT);
    (vrij / regelhoogte(pt)).floor().max(1.0) as usize
}

/// The quote's lines as paragraphs of text again.
fn als_alineas(regels: &[(bool, Vec<Stuk>)]) -> Vec<String> {
    let mut uit: Vec<String> = Vec::new();
    for (nieuwe_alinea, regel) in regels {
        if *nieuwe_alinea || uit.is_empty() {
            uit.push(String::new());
        }
        let alinea = uit.last_mut().expect("er is een alinea");
        for stuk in regel {
            if !alinea.is_empty() && !stuk.vast {
                alinea.push(' ');
            }
            alinea.push_str(&stuk.tekst);
        }
    }
    uit
}

/// The first line of a printed card: its name, which part of the quote when there are more,
/// and where it comes from: "Kaartje 1.2 (vervolg, 2 van 3) · Zeewijk".
pub fn kopregel(kaart: &Kaart, deel: usize, van: usize) -> String {
    let nummer = match (deel, van) {
        (_, 0 | 1) => String::new(),
        (1, _) => format!(" (1 van {van})"),
        _ => format!(" (vervolg, {deel} van {van})"),
    };
    format!("{}{nummer} · {}", kaart.kop, kaart.herkomst)
}

/// The printed cards of one quote: one when it fits (as large as fits), or as many as needed
/// at the smallest size, each holding whole sentences where a sentence fits a card.
pub fn delen(kaart: &Kaart) -> Vec<Deel> {
    for &pt in &GROOTTES_PT {
        let breedte = tekens_per_regel(pt);
        let alineas = regels(&kaart.tekst, breedte);
        // A paragraph break costs a line.
        let nodig: usize =
            alineas.iter().map(Vec::len).sum::<usize>() + alineas.len().saturating_sub(1);
        if nodig <= ruimte(kaart, pt) {
            return vec![Deel {
                grootte_pt: pt,
                alineas: als_alineas(
                    &alineas
                        .into_iter()
                        .flat_map(|a| {
                            a.into_iter()
                                .enumerate()
                                .map(|(i, r)| (i == 0, r))
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>(),
                ),
            }];
        }
    }
    let pt = GROOTTES_PT[GROOTTES_PT.len() - 1];
    per_zin(&kaart.tekst, pt, ruimte(kaart, pt))
        .into_iter()
        .map(|alineas| Deel {
            grootte_pt: pt,
            alineas,
        })
        .collect()
}

/// The sentences of a quote, each with whether it starts a paragraph: a sentence ends at a
/// word ending in `.`, `!`, `?` or `…` (a closing quotation mark or bracket after it counts
/// with it).
fn zinnen(tekst: &str) -> Vec<(bool, String)> {
    let mut uit = Vec::new();
    for alinea in crate::document::ontsnappen::markdown::alineas(tekst) {
        let mut zin: Vec<&str> = Vec::new();
        let mut eerste = true;
        for woord in alinea.iter().flat_map(|r| r.split_whitespace()) {
            zin.push(woord);
            let kaal = woord.trim_end_matches(['"', '\'', ')', '”', '’', '»']);
            if kaal.ends_with(['.', '!', '?', '…']) {
                uit.push((eerste, zin.join(" ")));
                eerste = false;
                zin.clear();
            }
        }
        if !zin.is_empty() {
            uit.push((eerste, zin.join(" ")));
        }
    }
    uit
}

/// A quote too long for one card, over cards of `plaats` lines at `pt`: each card filled with
/// whole sentences before the next one starts, so a card ends where a sentence ends. Only a
/// sentence longer than a whole card is cut, at a word, and continues on the next card.
fn per_zin(tekst: &str, pt: f64, plaats: usize) -> Vec<Vec<String>> {
    let breedte = tekens_per_regel(pt);
    // A paragraph break costs a line.
    let nodig = |alineas: &[String]| {
        alineas
            .iter()
            .map(|a| aantal_regels(a, breedte))
            .sum::<usize>()
            + alineas.len().saturating_sub(1)
    };
    let mut kaarten: Vec<Vec<String>> = Vec::new();
    let mut huidig: Vec<String> = Vec::new();
    for (nieuwe_alinea, zin) in zinnen(tekst) {
        let mut erbij = huidig.clone();
        match erbij.last_mut() {
            Some(laatste) if !nieuwe_alinea => {
                laatste.push(' ');
                laatste.push_str(&zin);
            }
            _ => erbij.push(zin.clone()),
        }
        if nodig(&erbij) <= plaats {
            huidig = erbij;
            continue;
        }
        if !huidig.is_empty() {
            kaarten.push(std::mem::take(&mut huidig));
        }
        if nodig(std::slice::from_ref(&zin)) <= plaats {
            huidig = vec![zin];
            continue;
        }
        // One sentence longer than a card: its lines over full cards, the rest continues.
        let mut stukken: Vec<Vec<String>> = verdeel(&regels(&zin, breedte), plaats)
            .iter()
            .map(|d| als_alineas(d))
            .collect();
        huidig = stukken.pop().unwrap_or_default();
        kaarten.extend(stukken);
    }
    if !huidig.is_empty() {
        kaarten.push(huidig);
    }
    kaarten
}

/// Lines over cards of at most `plaats` lines each, in order; a paragraph break costs a line.
fn verdeel(alineas: &[Vec<Vec<Stuk>>], plaats: usize) -> Vec<Vec<(bool, Vec<Stuk>)>> {
    let mut delen = Vec::new();
    let mut huidig: Vec<(bool, Vec<Stuk>)> = Vec::new();
    let mut gebruikt = 0;
    for alinea in alineas {
        for (i, regel) in alinea.iter().enumerate() {
            let nieuwe_alinea = i == 0;
            let kosten = if nieuwe_alinea && !huidig.is_empty() {
                2
            } else {
                1
            };
            if gebruikt + kosten > plaats && !huidig.is_empty() {
                delen.push(std::mem::take(&mut huidig));
                gebruikt = 0;
            }
            gebruikt += if huidig.is_empty() { 1 } else { kosten };
            // A paragraph that continues from the previous card starts a paragraph here too.
            huidig.push((nieuwe_alinea || huidig.is_empty(), regel.clone()));
        }
    }
    if !huidig.is_empty() {
        delen.push(huidig);
    }
    delen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kaart(tekst: &str) -> Kaart {
        Kaart {
            kop: "Kaartje 1.1".into(),
            herkomst: "Zeewijk".into(),
            tekst: tekst.into(),
            bron: "wijkcoach (uitvoering)".into(),
            themas: vec!["Rust en regie".into()],
        }
    }

    fn woorden(t: &str) -> Vec<String> {
        t.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn een_kort_citaat_is_een_groot_kaartje() {
        let delen = delen(&kaart("Ik wil één telefoonnummer kunnen noemen."));
        assert_eq!(delen.len(), 1);
        assert_eq!(delen[0].grootte_pt, 14.0);
    }

    #[test]
    fn een_citaat_van_120_woorden_loopt_door_op_een_volgend_kaartje_zonder_woorden_te_verliezen() {
        let tekst = (1..=120)
            .map(|i| format!("woord{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let delen = delen(&kaart(&tekst));
        assert!(delen.len() >= 2, "{delen:?}");
        assert!(delen.iter().all(|d| d.grootte_pt >= 10.0));
        let terug: Vec<String> = delen
            .iter()
            .flat_map(|d| d.alineas.iter().flat_map(|a| woorden(a)))
            .collect();
        assert_eq!(terug, woorden(&tekst));
        // Deterministic, and filled: every card but the last is full.
        assert_eq!(delen, super::delen(&kaart(&tekst)));
        let plaats = super::ruimte(&kaart(&tekst), 10.5);
        for d in &delen[..delen.len() - 1] {
            assert_eq!(
                aantal_regels(&d.alineas.join(" "), tekens_per_regel(10.5)),
                plaats,
                "{d:?}"
            );
        }
    }

    #[test]
    fn een_lang_citaat_loopt_door_aan_het_eind_van_een_zin() {
        let zinnen: Vec<String> = (1..=14)
            .map(|i| format!("Dit is zin nummer {i} van een lang verhaal over de toegang."))
            .collect();
        let tekst = zinnen.join(" ");
        let delen = delen(&kaart(&tekst));
        assert!(delen.len() >= 2, "{delen:?}");
        for d in &delen {
            let tekst = d.alineas.join(" ");
            assert!(tekst.starts_with("Dit is zin"), "{tekst}");
            assert!(tekst.ends_with("toegang."), "{tekst}");
        }
        let terug: Vec<String> = delen
            .iter()
            .flat_map(|d| d.alineas.iter().flat_map(|a| woorden(a)))
            .collect();
        assert_eq!(terug, woorden(&tekst));
        // Filled before the next starts: the next sentence would not have fit.
        let plaats = super::ruimte(&kaart(&tekst), 10.5);
        for paar in delen.windows(2) {
            let volgende = paar[1].alineas[0]
                .split_inclusive(". ")
                .next()
                .unwrap()
                .trim();
            let samen = format!("{} {volgende}", paar[0].alineas.join(" "));
            assert!(
                aantal_regels(&samen, tekens_per_regel(10.5)) > plaats,
                "{samen}"
            );
        }
    }

    #[test]
    fn het_langste_citaat_past_op_kaartjes_en_houdt_zijn_alineas() {
        let alinea = "Zo lang als het maar kan. ".repeat(96);
        let tekst = format!("{}\n\n{}", alinea.trim(), alinea.trim());
        assert!(tekst.chars().count() >= 4990);
        let delen = delen(&kaart(&tekst));
        assert!(delen.len() > 5, "{}", delen.len());
        let terug: Vec<String> = delen
            .iter()
            .flat_map(|d| d.alineas.iter().flat_map(|a| woorden(a)))
            .collect();
        assert_eq!(terug, woorden(&tekst));
        let alineas: usize = delen.iter().map(|d| d.alineas.len()).sum();
        assert!(alineas >= 2);
        let ruimte = super::ruimte(&kaart(&tekst), 10.5);
        for d in &delen {
            let regels: usize = d
                .alineas
                .iter()
                .map(|a| aantal_regels(a, tekens_per_regel(10.5)))
                .sum::<usize>()
                + d.alineas.len()
                - 1;
            assert!(regels <= ruimte, "{regels} > {ruimte}: {d:?}");
        }
    }

    #[test]
    fn hoofdletters_nemen_meer_ruimte() {
        let klein = "wij willen meer mandaat voor de wijkcoach ".repeat(5);
        let groot = klein.to_uppercase();
        assert!(
            aantal_regels(&groot, tekens_per_regel(10.5))
                > aantal_regels(&klein, tekens_per_regel(10.5))
        );
    }

    #[test]
    fn een_woord_langer_dan_een_regel_wordt_gebroken_en_weer_heel() {
        let woord = "x".repeat(2000);
        let delen = delen(&kaart(&woord));
        let terug: String = delen
            .iter()
            .flat_map(|d| d.alineas.iter())
            .cloned()
            .collect();
        assert_eq!(terug, woord);
    }
}

//! How quote cards fill a printed card: the type size of a quote, and where a quote too long
//! for one card continues on the next.
//!
//! A card is 95 × 60 mm. The quote gets the space left between the card's first line (name and
//! gemeente) and its foot (attribution and themes). The quote is set as large as fits, from
//! 14 pt down to 10.5 pt; never smaller. A quote that does not fit at 10.5 pt continues on the
//! next card at the end of a sentence, each card filled with whole sentences before the next
//! starts; only a sentence longer than a card is cut, at a word.
//!
//! How much fits depends on the letter: the HTML is set by a browser in DejaVu Sans (or what
//! it has instead), the PDF by Typst in Carlito, which is about a fifth narrower. So each
//! renderer gives its own [`Maat`]: the width of each character, and how its lines stack.
//! Lines are counted greedily at spaces, as both renderers break an unjustified paragraph
//! without hyphenation, with a small margin so a counted line never wraps when printed.

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
/// Line pitch as a multiple of the type size; a paragraph break costs one line more.
pub const REGELAFSTAND: f64 = 1.25;
/// Space between the quote and the lines above and below it.
pub const TUSSENRUIMTE_MM: f64 = 1.5;

const MM_PER_PT: f64 = 0.3528;

/// A renderer's letter as the card layout needs it.
#[derive(Clone, Copy)]
pub struct Maat {
    /// The advance width of a character, in em (a space included).
    pub breedte: fn(char) -> f64,
    /// The share of a line the renderer keeps free, so a line counted as fitting never
    /// wraps when printed (kerning, rounding, a fallback letter).
    pub speling: f64,
    /// The leading the renderer does not put below a paragraph's last line, in em: Typst
    /// stacks n lines in n × 1.25 − 0.25 em, a browser with line-height 1.25 in n × 1.25 em.
    pub onder_em: f64,
}

/// The HTML's letter: DejaVu Sans in the browser, counted generously (an average character
/// 0.6 em, capitals and the widest letters more), since the browser may substitute another.
pub const HTML: Maat = Maat {
    breedte: dejavu_ruim,
    speling: 0.0,
    onder_em: 0.0,
};

fn dejavu_ruim(c: char) -> f64 {
    match c {
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 1.02,
        c if c.is_uppercase() => 0.78,
        _ => 0.6,
    }
}

/// One card as printed: the size of its quote and the quote's paragraphs on this card.
#[derive(Clone, Debug, PartialEq)]
pub struct Deel {
    pub grootte_pt: f64,
    pub alineas: Vec<String>,
}

/// Lines of one size in one letter: how wide a line is, in em.
#[derive(Clone, Copy)]
struct Zetting {
    maat: Maat,
    pt: f64,
}

impl Zetting {
    fn nieuw(maat: &Maat, pt: f64) -> Zetting {
        Zetting { maat: *maat, pt }
    }

    /// The width of a line, in em of this size.
    fn regelbreedte(&self) -> f64 {
        (BREEDTE_MM - 2.0 * MARGE_BREED_MM) / (self.pt * MM_PER_PT) * (1.0 - self.maat.speling)
    }

    fn breedte(&self, c: char) -> f64 {
        (self.maat.breedte)(c)
    }
}

/// The height of `n` lines of `pt` in millimetres, as the renderer stacks them.
fn hoogte(maat: &Maat, pt: f64, n: usize) -> f64 {
    if n == 0 {
        return 0.0;
    }
    (n as f64 * REGELAFSTAND - maat.onder_em) * pt * MM_PER_PT
}

/// A word, or a piece of a word too long for a line; `vast` when it continues the word before
/// it without a space.
#[derive(Clone, Debug)]
struct Stuk {
    tekst: String,
    vast: bool,
}

/// The paragraphs of a quote as lines that fit (greedy, at spaces; a word longer than a line
/// is broken).
fn regels(tekst: &str, zet: Zetting) -> Vec<Vec<Vec<Stuk>>> {
    let ruimte = zet.regelbreedte();
    let spatie = zet.breedte(' ');
    crate::document::ontsnappen::markdown::alineas(tekst)
        .iter()
        .map(|alinea| {
            let mut regels: Vec<Vec<Stuk>> = Vec::new();
            let mut regel: Vec<Stuk> = Vec::new();
            let mut lengte = 0.0;
            for woord in alinea.iter().flat_map(|r| r.split_whitespace()) {
                // The word in pieces that each fit a line.
                let mut brokken: Vec<(String, f64)> = vec![(String::new(), 0.0)];
                for c in woord.chars() {
                    let b = zet.breedte(c);
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
                    let nodig = if regel.is_empty() || vast {
                        n
                    } else {
                        n + spatie
                    };
                    if !regel.is_empty() && lengte + nodig > ruimte {
                        regels.push(std::mem::take(&mut regel));
                        lengte = 0.0;
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

/// Lines of `tekst`, as needed on a card.
fn aantal_regels(tekst: &str, zet: Zetting) -> usize {
    regels(tekst, zet)
        .iter()
        .map(Vec::len)
        .sum::<usize>()
        .max(1)
}

/// How many quote lines of `pt` fit on a card with this card's foot, in this letter.
fn ruimte(kaart: &Kaart, maat: &Maat, pt: f64) -> usize {
    let klein = Zetting::nieuw(maat, KLEIN_PT);
    let mut voet = aantal_regels(&format!("— {}", kaart.bron), klein);
    if !kaart.themas.is_empty() {
        voet += aantal_regels(&kaart.themas.join(" · "), klein);
    }
    let kop = aantal_regels(&kopregel(kaart, 99, 99), klein);
    let vrij = HOOGTE_MM
        - 2.0 * MARGE_HOOG_MM
        - hoogte(maat, KLEIN_PT, kop)
        - 2.0 * TUSSENRUIMTE_MM
        - hoogte(maat, KLEIN_PT, voet);
    // n lines take n × pitch − the leading the renderer leaves off below the last.
    let pitch = REGELAFSTAND * pt * MM_PER_PT;
    ((vrij + maat.onder_em * pt * MM_PER_PT) / pitch)
        .floor()
        .max(1.0) as usize
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
pub fn delen(kaart: &Kaart, maat: &Maat) -> Vec<Deel> {
    for &pt in &GROOTTES_PT {
        let alineas = regels(&kaart.tekst, Zetting::nieuw(maat, pt));
        // A paragraph break costs a line.
        let nodig: usize =
            alineas.iter().map(Vec::len).sum::<usize>() + alineas.len().saturating_sub(1);
        if nodig <= ruimte(kaart, maat, pt) {
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
    per_zin(
        &kaart.tekst,
        Zetting::nieuw(maat, pt),
        ruimte(kaart, maat, pt),
    )
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

/// A quote too long for one card, over cards of `plaats` lines set as `zet`: each card filled with
/// whole sentences before the next one starts, so a card ends where a sentence ends. Only a
/// sentence longer than a whole card is cut, at a word, and continues on the next card.
fn per_zin(tekst: &str, zet: Zetting, plaats: usize) -> Vec<Vec<String>> {
    // A paragraph break costs a line.
    let nodig = |alineas: &[String]| {
        alineas.iter().map(|a| aantal_regels(a, zet)).sum::<usize>()
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
        let mut stukken: Vec<Vec<String>> = verdeel(&regels(&zin, zet), plaats)
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

    fn delen_html(k: &Kaart) -> Vec<Deel> {
        delen(k, &HTML)
    }

    fn woorden(t: &str) -> Vec<String> {
        t.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn een_kort_citaat_is_een_groot_kaartje() {
        let delen = delen_html(&kaart("Ik wil één telefoonnummer kunnen noemen."));
        assert_eq!(delen.len(), 1);
        assert_eq!(delen[0].grootte_pt, 14.0);
    }

    #[test]
    fn een_citaat_van_120_woorden_loopt_door_op_een_volgend_kaartje_zonder_woorden_te_verliezen() {
        let tekst = (1..=120)
            .map(|i| format!("woord{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let delen = delen_html(&kaart(&tekst));
        assert!(delen.len() >= 2, "{delen:?}");
        assert!(delen.iter().all(|d| d.grootte_pt >= 10.0));
        let terug: Vec<String> = delen
            .iter()
            .flat_map(|d| d.alineas.iter().flat_map(|a| woorden(a)))
            .collect();
        assert_eq!(terug, woorden(&tekst));
        // Deterministic, and filled: every card but the last is full.
        assert_eq!(delen, delen_html(&kaart(&tekst)));
        let plaats = super::ruimte(&kaart(&tekst), &HTML, 10.5);
        for d in &delen[..delen.len() - 1] {
            assert_eq!(
                aantal_regels(&d.alineas.join(" "), Zetting::nieuw(&HTML, 10.5)),
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
        let delen = delen_html(&kaart(&tekst));
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
        let plaats = super::ruimte(&kaart(&tekst), &HTML, 10.5);
        for paar in delen.windows(2) {
            let volgende = paar[1].alineas[0]
                .split_inclusive(". ")
                .next()
                .unwrap()
                .trim();
            let samen = format!("{} {volgende}", paar[0].alineas.join(" "));
            assert!(
                aantal_regels(&samen, Zetting::nieuw(&HTML, 10.5)) > plaats,
                "{samen}"
            );
        }
    }

    #[test]
    fn het_langste_citaat_past_op_kaartjes_en_houdt_zijn_alineas() {
        let alinea = "Zo lang als het maar kan. ".repeat(96);
        let tekst = format!("{}\n\n{}", alinea.trim(), alinea.trim());
        assert!(tekst.chars().count() >= 4990);
        let delen = delen_html(&kaart(&tekst));
        assert!(delen.len() > 5, "{}", delen.len());
        let terug: Vec<String> = delen
            .iter()
            .flat_map(|d| d.alineas.iter().flat_map(|a| woorden(a)))
            .collect();
        assert_eq!(terug, woorden(&tekst));
        let alineas: usize = delen.iter().map(|d| d.alineas.len()).sum();
        assert!(alineas >= 2);
        let ruimte = super::ruimte(&kaart(&tekst), &HTML, 10.5);
        for d in &delen {
            let regels: usize = d
                .alineas
                .iter()
                .map(|a| aantal_regels(a, Zetting::nieuw(&HTML, 10.5)))
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
            aantal_regels(&groot, Zetting::nieuw(&HTML, 10.5))
                > aantal_regels(&klein, Zetting::nieuw(&HTML, 10.5))
        );
    }

    #[test]
    fn een_woord_langer_dan_een_regel_wordt_gebroken_en_weer_heel() {
        let woord = "x".repeat(2000);
        let delen = delen_html(&kaart(&woord));
        let terug: String = delen
            .iter()
            .flat_map(|d| d.alineas.iter())
            .cloned()
            .collect();
        assert_eq!(terug, woord);
    }
}

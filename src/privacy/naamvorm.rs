//! What a Dutch personal name looks like, so a name is never stored where a role belongs.
//!
//! A role ("wijkcoach", "consulent Wmo", "coördinator Vrijwilligerscentrale") appears unmasked
//! beside every quote, so `interview --duo`, the notes' front matter and `citaat-wijzig --van`
//! refuse a role that looks like a person: a title or salutation ("mevrouw", "dhr.", "juf" or
//! "meester" before a name), initials ("P.", "J.P."), the shape of a name ("Jan de Vries",
//! "van Dijk", "Jan Jansen", the same in capitals, "kees van der berg" in lower case), a name in
//! brackets ("bewoner (Ans)") or an age ("82 jaar"). Roles are written with capitals too (an
//! organisation, an acronym, a domain), so the name shapes are narrow: a capitalised first
//! word that is no role word, followed by a tussenvoegsel or a second capitalised word. The
//! same word lists tell which single words of a staff name are ordinary Dutch words ("Visser",
//! "de Vries"), which the privacy scan then only matches when written with a capital, and which
//! roles point to one person in a gemeente ("wethouder"), for the national report.

/// Titles and salutations, without their dot, in lower case.
const TITELS: &[&str] = &[
    "mevrouw",
    "mevr",
    "mw",
    "mvr",
    "mevrouwe",
    "meneer",
    "mijnheer",
    "mnr",
    "heer",
    "dhr",
    "mr",
    "dr",
    "drs",
    "ir",
    "ing",
    "prof",
    "mej",
    "mejuffrouw",
    "juffrouw",
    "ds",
    "bc",
    "juf",
    "dokter",
    "dokteres",
    "zuster",
    "broeder",
];

/// Titles that are also a role on their own ("meester" for a teacher): a name only when a
/// name follows ("meester Jan", "meester de Vries").
const TITELS_VOOR_NAAM: &[&str] = &["meester", "juffrouw", "juf", "dokter", "zuster", "broeder"];

/// The perspectives, and words for them, that a file name or a role may hold.
const PERSPECTIEFWOORDEN: &[&str] = &[
    "inwoner",
    "uitvoering",
    "beleid",
    "bestuur",
    "partner",
    "bewoner",
    "professional",
];

/// Words that follow a title but are no name ("juf van groep 3", "dokter in opleiding").
const GEEN_NAAM_NA_TITEL: &[&str] = &[
    "groep",
    "klas",
    "in",
    "op",
    "met",
    "voor",
    "bij",
    "uit",
    "aan",
    "van",
    "de",
    "het",
    "een",
    "en",
    "of",
    "als",
    "die",
    "dat",
    "opleiding",
];

/// Tussenvoegsels: the small words between a first name and a surname, in lower case.
pub const TUSSENVOEGSELS: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "uit", "aan", "bij",
    "la", "le", "du", "da", "von", "vd",
];

/// After a role word, a tussenvoegsel that is also a preposition ("medewerker van de GGD",
/// "wethouder van Zorg") starts a phrase about the work, not a surname.
const VOORZETSELS: &[&str] = &["van", "in", "op", "uit", "aan", "bij", "voor"];

/// Words (or word endings) that name a role, a function or an organisation: "Wethouder",
/// "Beleidsadviseur", "Vrijwilligerscentrale". A capitalised word ending in one of these is not
/// a first name. An ending counts only after at least three letters ("huisarts", not "Zwarts").
const ROLWOORDEN: &[&str] = &[
    "medewerker",
    "ist",
    "behandelaar",
    "bemiddelaar",
    "verzorgende",
    "helpende",
    "apotheker",
    "chauffeur",
    "beheerder",
    "opzichter",
    "meester",
    "hulp",
    "moderator",
    "expert",
    "facilitator",
    "medewerkster",
    "werker",
    "coach",
    "consulent",
    "adviseur",
    "houder",
    "coördinator",
    "coordinator",
    "manager",
    "directeur",
    "voorzitter",
    "lid",
    "arts",
    "kundige",
    "ambtenaar",
    "functionaris",
    "regisseur",
    "begeleider",
    "ondersteuner",
    "agent",
    "docent",
    "leraar",
    "leerkracht",
    "leider",
    "hoofd",
    "secretaris",
    "griffier",
    "specialist",
    "deskundige",
    "ouder",
    "vrijwilliger",
    "mantelzorger",
    "ondernemer",
    "eigenaar",
    "burgemeester",
    "inwoner",
    "bewoner",
    "cliënt",
    "client",
    "jongere",
    "professional",
    "maker",
    "bestuurder",
    "therapeut",
    "psycholoog",
    "pedagoog",
    "jurist",
    "verlener",
    "aanbieder",
    "partner",
    "assistent",
    "controller",
    "vertegenwoordiger",
    "kwartiermaker",
    "trainer",
    "onderzoeker",
    "analist",
    "planner",
    "ambassadeur",
    "student",
    "scholier",
    "oudere",
    "senior",
    "vader",
    "moeder",
    "gebruiker",
    "deelnemer",
    "wethouder",
    "raadslid",
    "gedeputeerde",
    "zuster",
    "verpleger",
    "dominee",
    "pastor",
    "imam",
    "opbouwwerker",
    "buurtwerker",
    "boa",
    "handhaver",
    "officier",
    "rechter",
    "notaris",
    "bewindvoerder",
    "mentor",
    "tolk",
    "conciërge",
    "gemeente",
    "stichting",
    "centrale",
    "team",
    "raad",
    "dienst",
    "bureau",
    "punt",
    "loket",
    "zorg",
    "welzijn",
    "jeugd",
    "onderwijs",
    "wonen",
    "werk",
    "inkomen",
    "beleid",
    "participatie",
    "veiligheid",
    "sociaal",
    "domein",
    "afdeling",
    "wijk",
    "regio",
    "provincie",
    "rijk",
    "corporatie",
    "rode",
    "kruis",
    "noord",
    "zuid",
    "vriend",
    "vriendin",
    "buurman",
    "buurvrouw",
    "buur",
    "zoon",
    "dochter",
    "broer",
    "zus",
    "kind",
    "familie",
    "collega",
    "wmo",
    "ggz",
    "ggd",
    "vng",
    "cjg",
    "uwv",
]; // "oost" and "west" are short and rare in roles: left out on purpose.

/// Ordinary Dutch words that are also common (parts of) names. A staff name that is one of
/// these alone ("Visser", "Wit", "Roos") is matched only when written with a capital, so
/// "de visser op de dijk" is no name; longer names match in any case.
const GEWONE_WOORDEN: &[&str] = &[
    "aa",
    "baas",
    "bakker",
    "bas",
    "beek",
    "ben",
    "berg",
    "blom",
    "boer",
    "boom",
    "bos",
    "bosch",
    "bouw",
    "brink",
    "brouwer",
    "brug",
    "bruin",
    "dam",
    "dekker",
    "dijk",
    "dorp",
    "els",
    "floor",
    "fleur",
    "frank",
    "geest",
    "goud",
    "graaf",
    "groen",
    "groot",
    "haan",
    "haas",
    "heer",
    "heuvel",
    "hoek",
    "hof",
    "hoop",
    "horst",
    "hout",
    "huisman",
    "iris",
    "jager",
    "jan",
    "job",
    "jong",
    "jonker",
    "kamp",
    "kapitein",
    "kok",
    "koning",
    "koster",
    "kramer",
    "kroon",
    "kuiper",
    "laan",
    "lange",
    "leeuw",
    "leeuwen",
    "linden",
    "lot",
    "maas",
    "man",
    "mark",
    "max",
    "meer",
    "meester",
    "mees",
    "meijer",
    "molen",
    "mol",
    "mulder",
    "noord",
    "paus",
    "pol",
    "poel",
    "post",
    "prins",
    "rijk",
    "ridder",
    "rob",
    "roos",
    "schipper",
    "schouten",
    "slot",
    "smid",
    "smit",
    "staal",
    "stam",
    "steen",
    "storm",
    "straat",
    "ster",
    "veen",
    "veld",
    "vink",
    "visser",
    "vogel",
    "vos",
    "vries",
    "vroom",
    "wal",
    "water",
    "wever",
    "wil",
    "winter",
    "wit",
    "wolf",
    "zee",
    "zomer",
    "zwart",
    "bakkers",
    "beer",
    "bes",
    "das",
    "eik",
    "gans",
    "hart",
    "hartog",
    "kaal",
    "klein",
    "kort",
    "lam",
    "lief",
    "sterk",
    "wijn",
    "zon",
    "ton",
    "toon",
    "lies",
    "jet",
    "merel",
    "linde",
    "amber",
    "jade",
    "mei",
    "april",
    "juni",
    "dag",
    "frans",
    "engel",
    "timmerman",
    "schilder",
    "molenaar",
    "metselaar",
    "slager",
    "schoenmaker",
    "kleermaker",
    "koopman",
    "snoek",
    "baars",
    "kraai",
    "valk",
    "duif",
    "zwaan",
    "kuiken",
    "bijl",
    "hamer",
    "spijker",
    "ploeg",
    "rook",
    "vuur",
    "wind",
    "regen",
    "stad",
    "kerk",
    "toren",
    "haven",
    "mast",
    "zeeman",
    "bloem",
    "oever",
    "put",
    "veer",
    "smit",
    "beuk",
    "tuin",
    "akker",
    "weide",
    "boon",
    "erwt",
    "room",
    "melk",
];

/// Whether a word (in any case) is an ordinary Dutch word that is also a name.
pub fn is_gewoon_woord(woord: &str) -> bool {
    GEWONE_WOORDEN.contains(&woord.to_lowercase().as_str())
}

/// Whether a word (with or without its dot) is a title or salutation. Written in capitals
/// without a dot it is an acronym: "lid MR" is a member of the medezeggenschapsraad.
pub fn is_titel(woord: &str) -> bool {
    let kaal = woord.trim_end_matches('.');
    let acroniem =
        kaal == woord && kaal.chars().count() > 1 && kaal.chars().all(char::is_uppercase);
    !acroniem && TITELS.contains(&kaal.to_lowercase().as_str())
}

/// Whether a word is a perspective or a word for one ("inwoner", "bestuur").
pub fn is_perspectiefwoord(woord: &str) -> bool {
    PERSPECTIEFWOORDEN.contains(&woord.to_lowercase().as_str())
}

/// Whether `woord` may be a name right after a title: a word of letters that is no role word,
/// tussenvoegsel aside, and none of the small words that follow a title in a role ("juf van
/// groep 3").
fn kan_naam_na_titel(woord: &str) -> bool {
    let klein = woord.to_lowercase();
    woord
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && woord.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !is_rolwoord(woord)
        && !GEEN_NAAM_NA_TITEL.contains(&klein.as_str())
        && !(woord.chars().count() > 1 && woord.chars().all(char::is_uppercase))
}

/// Whether a word is a tussenvoegsel (in any case: "Van Dijk" at the start of a role).
pub fn is_tussenvoegsel(woord: &str) -> bool {
    let klein = woord.to_lowercase();
    TUSSENVOEGSELS.contains(&klein.as_str()) || klein == "v.d." || klein == "v/d"
}

/// One or more initials: `P.`, `J.P.`, `A.B.C.` (capitals, each with a dot).
pub fn is_voorletters(woord: &str) -> bool {
    let tekens: Vec<char> = woord.chars().collect();
    tekens.len() >= 2
        && tekens.len() <= 8
        && tekens.chunks(2).all(|paar| {
            paar.len() == 2 && paar[0].is_uppercase() && paar[0].is_alphabetic() && paar[1] == '.'
        })
}

/// A word that names a role, function or organisation (see [`ROLWOORDEN`]).
pub fn is_rolwoord(woord: &str) -> bool {
    let klein = woord.to_lowercase();
    ROLWOORDEN.iter().any(|r| {
        klein == *r
            || klein
                .strip_suffix(r)
                .is_some_and(|voor| voor.chars().filter(|c| c.is_alphabetic()).count() >= 3)
    })
}

/// A word written like a name: a capital, then lower case letters (maybe with a hyphen and
/// another capitalised part, "Jansen-Smit", or an apostrophe, "D'Ancona"). Acronyms ("GGD"),
/// words with digits and compounds with a lower-case part ("Wmo-consulent") are not.
pub(crate) fn is_naamwoord(woord: &str) -> bool {
    let delen: Vec<&str> = woord.split('-').collect();
    woord.chars().count() >= 2
        && delen.iter().all(|deel| {
            let mut tekens = deel.chars();
            tekens
                .next()
                .is_some_and(|c| c.is_uppercase() && c.is_alphabetic())
                && tekens.clone().count() >= 1
                && tekens.all(|c| (c.is_lowercase() && c.is_alphabetic()) || c == '\'')
        })
}

/// Why `tekst` (a role, or an afspraak's owner) looks like a person rather than a role, if it
/// does: a short Dutch reason for a message.
pub fn lijkt_naam(tekst: &str) -> Option<String> {
    if let Some(reden) = lijkt_naam_zoals_geschreven(tekst) {
        return Some(reden);
    }
    // `İLKNUR YILMAZ`: a role in capitals only is read again as a name would be written.
    let letters = tekst.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 4 && !tekst.chars().any(char::is_lowercase) {
        let gewoon: Vec<String> = tekst
            .split(' ')
            .map(|woord| {
                let mut tekens = woord.chars();
                match tekens.next() {
                    Some(c) => std::iter::once(c)
                        .chain(tekens.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect();
        let gewoon = gewoon.join(" ");
        if gewoon.split_whitespace().count() >= 2 && !gewoon.split_whitespace().any(is_rolwoord) {
            return lijkt_naam_zoals_geschreven(&gewoon)
                .map(|_| format!("'{tekst}' heeft de vorm van een naam in hoofdletters"));
        }
    }
    None
}

/// [`lijkt_naam`] for the text as it is written.
fn lijkt_naam_zoals_geschreven(tekst: &str) -> Option<String> {
    if let Some(leeftijd) = leeftijd(tekst) {
        return Some(format!(
            "'{leeftijd}' is een leeftijd, die samen met de rol naar één persoon wijst"
        ));
    }
    if let Some(naam) = naam_tussen_haakjes(tekst) {
        return Some(format!("'{naam}' tussen haakjes is een naam"));
    }
    let woorden: Vec<&str> = tekst
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, woord) in woorden.iter().enumerate() {
        let volgend = woorden.get(i + 1).copied();
        let kaal = woord.trim_end_matches('.').to_lowercase();
        if TITELS_VOOR_NAAM.contains(&kaal.as_str()) {
            // "juf Ans", "meester de Vries"; "meester" alone is a role, and so is "juf van
            // groep 3".
            let rest = &woorden[i + 1..];
            let j = rest.iter().take_while(|w| is_tussenvoegsel(w)).count();
            let naam = rest.get(j).is_some_and(|na| {
                if j == 0 {
                    kan_naam_na_titel(na)
                } else {
                    is_naamwoord(na)
                        || (kan_naam_na_titel(na)
                            && !VOORZETSELS.contains(&rest[0].to_lowercase().as_str()))
                }
            });
            if naam {
                return Some(format!(
                    "'{woord}' is een aanspreekvorm of titel voor een naam"
                ));
            }
            continue;
        }
        if is_titel(woord) {
            return Some(format!("'{woord}' is een aanspreekvorm of titel"));
        }
        // "de heer": two words.
        if kaal == "de" && volgend.is_some_and(|v| v.trim_end_matches('.').to_lowercase() == "heer")
        {
            return Some("'de heer' is een aanspreekvorm".to_string());
        }
        // `J.P.Balkenende`: initials glued to a surname.
        let voorletters_vast = woord
            .rfind('.')
            .map(|p| (p, '.'))
            .is_some_and(|(p, _)| is_voorletters(&woord[..=p]) && is_naamwoord(&woord[p + 1..]));
        if voorletters_vast {
            return Some(format!("'{woord}' begint met voorletters"));
        }
        if is_voorletters(woord) {
            let enkel = woord.chars().count() == 2 || woorden.len() == 1;
            let gevolgd = volgend.is_some_and(|v| is_naamwoord(v) || is_tussenvoegsel(v));
            if enkel || gevolgd {
                return Some(format!("'{woord}' is een voorletter"));
            }
        }
    }
    if let Some(naam) = naam_met_tussenvoegsel(&woorden)
        .or_else(|| twee_namen(&woorden))
        .or_else(|| kleine_naam_met_tussenvoegsel(&woorden))
    {
        return Some(format!("'{naam}' heeft de vorm van een naam"));
    }
    None
}

/// An age: a number up to 120 followed by `jaar`, `jr` or `-jarige` ("bewoner (82 jaar)",
/// "82-jarige inwoner"). An age group ("75+", "18-23 jaar") names no one.
fn leeftijd(tekst: &str) -> Option<String> {
    let woorden: Vec<&str> = tekst
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let getal = |w: &str| {
        !w.is_empty()
            && w.len() <= 3
            && w.chars().all(|c| c.is_ascii_digit())
            && w.parse::<u32>().is_ok_and(|n| n <= 120)
    };
    for (i, woord) in woorden.iter().enumerate() {
        let klein = woord.to_lowercase();
        if let Some((n, rest)) = klein.split_once('-')
            && getal(n)
            && rest.starts_with("jarig")
        {
            return Some(woord.to_string());
        }
        let eenheid = woorden
            .get(i + 1)
            .map(|w| w.to_lowercase().trim_end_matches('.').to_string());
        let voor = i.checked_sub(1).map(|v| woorden[v]);
        let bereik = voor.is_some_and(|v| matches!(v, "-" | "tot" | "à" | "a" | "en"));
        if getal(woord)
            && !bereik
            && eenheid
                .as_deref()
                .is_some_and(|e| matches!(e, "jaar" | "jr" | "jaren"))
        {
            return Some(format!("{woord} {}", woorden[i + 1]));
        }
    }
    None
}

/// A name in brackets after a role: `bewoner (Ans, 82 jaar)`, `wijkcoach (Jan)`: a word written
/// as a name that opens the brackets or follows a comma in them, and is no role, perspective,
/// organisation or acronym.
fn naam_tussen_haakjes(tekst: &str) -> Option<String> {
    let (_, na) = tekst.split_once('(')?;
    let binnen = na.split(')').next().unwrap_or(na);
    binnen
        .split([',', ';', '/'])
        .filter_map(|deel| deel.split_whitespace().next())
        .find(|woord| {
            is_naamwoord(woord)
                && !is_rolwoord(woord)
                && !is_perspectiefwoord(woord)
                && !is_tussenvoegsel(woord)
        })
        .map(str::to_string)
}

/// `kees van der berg`: a name written in lower case, the whole role: a first word that is no
/// role word, a tussenvoegsel that begins a surname (`van`, `de`, `van der`, `ter`, …), and a
/// last word. "medewerker van de ggd" begins with a role; "jongere met ervaring in jeugdhulp"
/// is no name from start to end.
fn kleine_naam_met_tussenvoegsel(woorden: &[&str]) -> Option<String> {
    const BEGIN: &[&str] = &[
        "van", "de", "der", "den", "ter", "ten", "'t", "la", "le", "du", "da", "von", "vd",
    ];
    if woorden.len() < 3 || woorden.len() > 5 {
        return None;
    }
    let eerste = woorden[0];
    let laatste = woorden[woorden.len() - 1];
    let midden = &woorden[1..woorden.len() - 1];
    let is_woord = |w: &str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && w.chars().count() >= 2
            && !is_rolwoord(w)
            && !is_perspectiefwoord(w)
            && !is_tussenvoegsel(w)
    };
    (is_woord(eerste)
        && is_woord(laatste)
        && midden.iter().all(|w| is_tussenvoegsel(w))
        && BEGIN.contains(&midden[0].to_lowercase().as_str()))
    .then(|| woorden.join(" "))
}

/// `Jan de Vries`, `Piet van der Berg`, `de Vries`, `Van Dijk`, `wijkcoach ter Horst`: a
/// tussenvoegsel between a capitalised first name (or the start, or a role word when the
/// tussenvoegsel is no preposition) and a capitalised surname.
fn naam_met_tussenvoegsel(woorden: &[&str]) -> Option<String> {
    let mut i = 0;
    while i < woorden.len() {
        if !is_tussenvoegsel(woorden[i]) {
            i += 1;
            continue;
        }
        let begin = i;
        let mut j = i;
        while j < woorden.len() && is_tussenvoegsel(woorden[j]) && j - begin < 3 {
            j += 1;
        }
        let Some(achternaam) = woorden.get(j).filter(|w| is_naamwoord(w)) else {
            i = j.max(i + 1);
            continue;
        };
        let eerste_tv = woorden[begin].to_lowercase();
        let naam = match begin.checked_sub(1).map(|v| woorden[v]) {
            // At the start: "de Vries", "Van Dijk".
            None => Some(woorden[..=j].join(" ")),
            // After a capitalised word that is no role: a first name, "Jan de Vries".
            Some(voor) if is_naamwoord(voor) && !is_rolwoord(voor) => {
                Some(woorden[begin - 1..=j].join(" "))
            }
            // After a role ("wijkcoach de Vries"), unless it reads as a preposition.
            Some(_)
                if !VOORZETSELS.contains(&eerste_tv.as_str())
                    || (eerste_tv == "van"
                        && woorden.get(begin + 1).is_some_and(|w| {
                            matches!(w.to_lowercase().as_str(), "der" | "ter")
                        })) =>
            {
                Some(woorden[begin..=j].join(" "))
            }
            Some(_) => None,
        };
        if let Some(naam) = naam
            && !is_rolwoord(achternaam)
        {
            return Some(naam);
        }
        i = j + 1;
    }
    None
}

/// `Jan Jansen`: the role starts with two or more capitalised words, none of them a role word.
fn twee_namen(woorden: &[&str]) -> Option<String> {
    let reeks: Vec<&str> = woorden
        .iter()
        .take_while(|w| is_naamwoord(w))
        .copied()
        .collect();
    (reeks.len() >= 2 && !reeks.iter().any(|w| is_rolwoord(w))).then(|| reeks.join(" "))
}

/// Roles that one person holds in a gemeente, so that with the gemeente's name they point to
/// that person: in the national report they appear by perspective only. A word of the role
/// that is one of these, or ends in one ("jeugdwethouder", "locoburgemeester"), counts.
const EEN_PERSOON: &[&str] = &[
    "wethouder",
    "burgemeester",
    "gemeentesecretaris",
    "secretaris",
    "griffier",
    "directeur",
    "teamleider",
    "teammanager",
    "afdelingshoofd",
    "afdelingsmanager",
    "hoofd",
    "voorzitter",
    "bestuurder",
    "commissaris",
    "gedeputeerde",
    "ombudsman",
    "ombudsvrouw",
    "leidinggevende",
];

/// Whether `rol` points to one person (see [`EEN_PERSOON`]); `extra` holds more such roles
/// (from the map's codebook), compared as whole roles or words, in any case.
pub fn wijst_naar_een_persoon(rol: &str, extra: &[String]) -> bool {
    let klein = rol.to_lowercase();
    let woorden: Vec<&str> = klein
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let eigen = woorden.iter().any(|w| {
        w.split('-')
            .any(|deel| EEN_PERSOON.iter().any(|r| deel.ends_with(r)))
    });
    eigen
        || extra.iter().any(|e| {
            let e = e.trim().to_lowercase();
            !e.is_empty()
                && (klein.trim() == e
                    || woorden.contains(&e.as_str())
                    || (e.contains(' ') && klein.contains(&e)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollen_die_mogen() {
        for rol in [
            "bewoner",
            "wijkcoach",
            "consulent Wmo",
            "medewerker GGD",
            "coördinator Vrijwilligerscentrale",
            "wethouder",
            "Wethouder",
            "Wmo-consulent",
            "beleidsadviseur Jeugd",
            "beleidsadviseur Wmo",
            "Beleidsadviseur Wmo",
            "medewerker van de GGD",
            "Wethouder van Zorg",
            "medewerker van Den Bosch",
            "wethouder sociaal domein",
            "teamleider toegang",
            "inwoner met mantelzorgtaak",
            "coördinator welzijnsorganisatie",
            "jongere met ervaring in jeugdhulp",
            "medewerker klantcontactcentrum",
            "regiocoördinator",
            "Vrijwilliger Rode Kruis",
            "medewerker Rode Kruis",
            "huisarts",
            "Huisarts Noord",
            "Sociaal Wijkteam",
            "ouder van een leerling",
            "ondernemer in de wijk",
            "docent v.o.",
            "medewerker V.O.",
            "wijkcoach 1",
            "De Wmo-consulent",
            "raadslid",
            "jeugdconsulent",
            "inwoner (75+)",
            "mantelzorger van een ouder",
            "wijkverpleegkundige",
            "directeur Stichting Welzijn",
            "Medewerker Gemeente",
            "projectleider Omgevingswet",
            "buurtbewoner",
            "vader van twee kinderen",
            "boa",
            "medewerker MEE",
            "lid MR",
            "medewerker HR",
            "Receptionist Gemeentehuis",
            "Logopedist Jeugd",
            "Behandelaar Jeugdzorg",
            "Gezinshulp Noord",
            "lid DR",
            "meester",
            "juf",
            "juf van groep 3",
            "GGD WIJKTEAM",
            "WIJKCOACH",
            "medewerker (Wmo)",
            "jongere (16-18 jaar)",
            "vriend van de familie",
            "inwoner (bestuur)",
            "Medewerker V.O.",
        ] {
            assert_eq!(lijkt_naam(rol), None, "{rol}");
        }
    }

    #[test]
    fn namen_die_geweigerd_worden() {
        for naam in [
            "mevrouw Jansen",
            "Mevrouw Jansen",
            "meneer de Boer",
            "mw. Bakker",
            "mevr. Pietersen",
            "dhr. P. de Wit",
            "Dhr Jansen",
            "de heer Visser",
            "mr. Smit",
            "dr. Janssen",
            "drs. A. Mulder",
            "ir. Hoekstra",
            "P. Jansen",
            "J.P. Balkenende",
            "J.P.Balkenende",
            "Jan de Vries",
            "Piet van der Berg",
            "Anna ter Horst",
            "Jan van Dijk",
            "de Vries",
            "van Dijk",
            "Van Dijk",
            "van der Meer",
            "wijkcoach de Vries",
            "wethouder van der Laan",
            "Jan Jansen",
            "Fatima El Amrani",
            "Mirjam de Vries",
            "bewoner P.",
            "Karim Bouzid",
            "Anneke Oosterhuis",
            "Juf Anja",
            "J.P.",
            "P.",
            "İLKNUR YILMAZ",
            "JAN DE VRIES",
            "kees van der berg",
            "jan de vries",
            "juf Ans",
            "juf ans",
            "meester de Vries",
            "dokter Jansen",
            "de heer Visser",
            "bewoner (Ans, 82 jaar)",
            "bewoner (Ans)",
            "bewoner (82 jaar)",
            "82-jarige inwoner",
        ] {
            assert!(lijkt_naam(naam).is_some(), "{naam}");
        }
    }

    #[test]
    fn rollen_van_een_persoon() {
        for rol in [
            "wethouder",
            "Wethouder sociaal domein",
            "jeugdwethouder",
            "burgemeester",
            "gemeentesecretaris",
            "directeur Stichting Welzijn",
            "teamleider Wmo",
        ] {
            assert!(wijst_naar_een_persoon(rol, &[]), "{rol}");
        }
        for rol in ["wijkcoach", "bewoner", "beleidsadviseur Wmo", "raadslid"] {
            assert!(!wijst_naar_een_persoon(rol, &[]), "{rol}");
        }
        assert!(wijst_naar_een_persoon(
            "coördinator wijkteam Noord",
            &["coördinator wijkteam".to_string()]
        ));
        assert!(wijst_naar_een_persoon(
            "Kwartiermaker",
            &["kwartiermaker".to_string()]
        ));
    }

    #[test]
    fn gewone_woorden() {
        assert!(is_gewoon_woord("Visser"));
        assert!(is_gewoon_woord("vries"));
        assert!(!is_gewoon_woord("Oosterhuis"));
    }
}

//! Actors: organisations, people, places and programmes named in a sentence, found by a
//! gazetteer (`lexicon/gazetteer.tsv`), titles (`M.`, `la ministre`), introducing nouns
//! (`la start-up X`), guillemets (`« InvestAI »`), acronyms and capitalised names.

pub mod anaphor;
pub mod involve;

use crate::lexicon::{WORD_START, alternation, entries};
use crate::model::{Actor, ActorKind, Role};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// An actor and where it was found in the searched text (bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub actor: Actor,
}

struct Gazetteer {
    regex: Regex,
    kinds: HashMap<String, ActorKind>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let source = include_str!("lexicon/gazetteer.tsv");
    let mut kinds = HashMap::new();
    let mut names = Vec::new();
    for line in entries(source) {
        let (name, kind) = line.split_once('\t').expect("gazetteer.tsv: name<TAB>kind");
        let kind = ActorKind::parse(kind.trim()).expect("gazetteer.tsv: unknown kind");
        kinds.insert(fold(name), kind);
        names.push(name);
    }
    for name in entries(include_str!("lexicon/places.txt")) {
        kinds.entry(fold(name)).or_insert(ActorKind::Place);
        names.push(name);
    }
    let regex = crate::pattern::compile(&format!(
        "(?i){WORD_START}(?P<name>{})",
        alternation(names.into_iter())
    ))
    .expect("gazetteer compiles");
    Gazetteer { regex, kinds }
});

static NOT_ACTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("lexicon/not_actors.txt")).collect());

static FIRST_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("lexicon/first_names.txt")).collect());

/// A capitalised name: words starting with a capital, joined by particles (`Von der Leyen`,
/// `Côte d’Ivoire`), optionally ending with a year-like number (`Horizon 2020`).
/// A hyphenated `d’` inside a word joins it to the next capital (`Côtes-d’Armor`,
/// `Val-d’Oise`), so that no `Côtes-d` is cut off.
const NAME: &str = r"(?:\p{Lu}(?:\.\p{Lu}+){2,}|\p{Lu}(?:[\p{L}\d&+]|-d['’]\p{Lu}|-)*)(?:(?:[\p{Zs}\t\r]+(?:(?:de|du|des|von|van|der|den|la|le|da|di|del|ben|el|bin)[\p{Zs}\t\r]+)*|[\p{Zs}\t\r]+d['’]|-)\p{Lu}(?:[\p{L}\d&+]|-d['’]\p{Lu}|-)*)*(?:[\p{Zs}\t\r]+\d{4}(?-u:\b))?";

static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?:(?-u:\b)(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me)\.?|(?-u:\b)(?:président|présidente|ministre|Premier ministre|Première ministre|PDG|directeur général|directrice générale|directeur|directrice|commissaire|commissaire européen|commissaire européenne|secrétaire d['’]État|maire|député|députée|sénateur|sénatrice|gouverneur|gouverneure|chancelier|chancelière|fondateur|fondatrice|cofondateur|cofondatrice|patron|patronne|dirigeant|dirigeante|porte-parole|cheffe|chef|roi|reine|prince|président-directeur général))(?:[\p{{Zs}}\t\r]+[\p{{Ll}}'’-]+){{0,3}}?[\p{{Zs}}\t\r]+(?P<name>{NAME})"
    ))
    .expect("titles compile")
});

/// `la start-up X`, `le programme X`, `la phase du programme de Modernisation des
/// Infrastructures Routières`: a noun that says what the name after it is.
static INTRODUCED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?-u:\b)(?:(?P<org>la[\p{{Zs}}\t\r]+start-?up|la[\p{{Zs}}\t\r]+jeune[\p{{Zs}}\t\r]+pousse|le[\p{{Zs}}\t\r]+groupe|la[\p{{Zs}}\t\r]+société|l['’]entreprise|le[\p{{Zs}}\t\r]+fonds|la[\p{{Zs}}\t\r]+banque|l['’]association|la[\p{{Zs}}\t\r]+fondation|le[\p{{Zs}}\t\r]+cabinet|l['’]opérateur|le[\p{{Zs}}\t\r]+constructeur|l['’]assureur|le[\p{{Zs}}\t\r]+laboratoire|la[\p{{Zs}}\t\r]+plateforme|l['’]agence|la[\p{{Zs}}\t\r]+licorne|l['’]éditeur|le[\p{{Zs}}\t\r]+spécialiste[\p{{Zs}}\t\r]+\p{{Ll}}+[\p{{Zs}}\t\r]+\p{{Ll}}+)|(?P<programme>(?:le|du|au)[\p{{Zs}}\t\r]+programme|(?:le|du|au)[\p{{Zs}}\t\r]+plan|(?:le|du|au)[\p{{Zs}}\t\r]+projet|l['’]initiative|le[\p{{Zs}}\t\r]+dispositif|l['’]appel[\p{{Zs}}\t\r]+à[\p{{Zs}}\t\r]+projets|le[\p{{Zs}}\t\r]+fonds[\p{{Zs}}\t\r]+de[\p{{Zs}}\t\r]+soutien))(?:[\p{{Zs}}\t\r]+\p{{Ll}}+){{0,2}}?[\p{{Zs}}\t\r]+(?P<name>{NAME})"
    ))
    .expect("introducing nouns compile")
});

/// `le ministère de la Justice`, `ministère de l’Économie et des Finances`.
static MINISTRY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?-u:\b)(?P<name>[Mm]inistères?[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+la[\p{Zs}\t\r]+|de[\p{Zs}\t\r]+l['’]|des[\p{Zs}\t\r]+|du[\p{Zs}\t\r]+|de[\p{Zs}\t\r]+)[\p{L}-]+(?:[\p{Zs}\t\r]+et[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+la[\p{Zs}\t\r]+|de[\p{Zs}\t\r]+l['’]|des[\p{Zs}\t\r]+|du[\p{Zs}\t\r]+)[\p{L}-]+)?)").expect("ministries compile")
});

static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"«[\p{Zs}\t\r]*(?P<name>\p{Lu}[^«»\n.!?]{0,40}?)[\p{Zs}\t\r]*»")
        .expect("guillemets compile")
});

/// A local authority named by its place: `Région Occitanie`, `Ville de Kehl`, `canton de Vaud`.
static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"^(?P<name>(?:Région|Ville[\p{{Zs}}\t\r]+de|Commune[\p{{Zs}}\t\r]+de|commune[\p{{Zs}}\t\r]+de|[Cc]anton[\p{{Zs}}\t\r]+(?:de|du)|[Dd]épartement[\p{{Zs}}\t\r]+(?:de[\p{{Zs}}\t\r]+la|de|du|des)|Province[\p{{Zs}}\t\r]+(?:de|du)|Collectivité[\p{{Zs}}\t\r]+(?:de|territoriale[\p{{Zs}}\t\r]+de)|Métropole[\p{{Zs}}\t\r]+(?:de|du)|Eurométropole[\p{{Zs}}\t\r]+de|Communauté[\p{{Zs}}\t\r]+urbaine[\p{{Zs}}\t\r]+de)[\p{{Zs}}\t\r]+(?:l['’])?{NAME})"
    ))
    .expect("local authorities compile")
});

/// What follows a dateline's city: `, le 29 juillet`, `, 12 mars`, ` (AFP)`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:[\p{Zs}\t\r]*,[\p{Zs}\t\r]*(?:le[\p{Zs}\t\r]+)?\d|[\p{Zs}\t\r]*\((?:AFP|Reuters|CNW|PC|Belga|ATS|MAP|APS)\))")
        .expect("datelines compile")
});

/// A verb right after a word that opens a sentence makes it a subject, so a name.
static SUBJECT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t\r]+(?:a|ont|est|sont|va|vont|vient|avait|sera|investit|investira|lève|annonce|prévoit|compte|entend|réalise|affiche|obtient|reçoit|accorde|octroie|débloque|verse|finance|rachète|acquiert|cède|boucle|injecte|emploie|mise|table|recrute|ouvre|signe|publie|dévoile|enregistre|génère|dégage|revendique|arrive|arrivent|termine|conclut|complète|suit|ferme|clôt|enchaîne|devient|reste|lance|prend|poursuit|rejoint|confirme|double|triple|décroche|annoncent|lèvent|investissent)(?:$|[^\p{L}])").expect("subject verbs compile")
});

/// Where an institution's or a local authority's name may start: a literal scan, fast, before
/// the exacting patterns run anchored at each candidate.
static HEAD_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"{HEADS}|Ville|Commune|commune|[Cc]anton|[Dd]épartement|Collectivité|Métropole|Eurométropole"
    ))
    .expect("head words compile")
});

/// The candidates of `HEAD_START` in `sentence` that start a word.
fn head_starts(sentence: &str) -> impl Iterator<Item = usize> + '_ {
    HEAD_START
        .find_iter(sentence)
        .map(|m| m.start())
        .filter(|&i| {
            !sentence[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
}

/// The head words of institutions' names. A plural office is a body too, whole with its
/// adjective (`les Conseillers départementaux`, `les Élus municipaux`).
const HEADS: &str = r"(?:Banque|Conseillers|Conseillères|Élus|Députés|Sénateurs|Conseil|Office|Agence|Caisse|Fonds|Commission|Cour|Institut|Autorité|Assemblée|Chambre|Communauté|Fédération|Société|Compagnie|Régie|Direction|Secrétariat|Département|Région|Ville|Commune|Province|Canton|Collectivité|Métropole|Eurométropole|Parlement|[Gg]ouvernement|Ministère|Mutuelle|Université|Haut-Commissariat|Haute Autorité|Organisation|Association|Fondation|Groupe|Centre|Syndicat|Établissement|Etablissement|Land|Ambassade|Tribunal)";

static HEAD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(r"^{HEADS}(?:[\p{{Zs}}\t\r]|$)")).expect("head words compile")
});

/// `Banque ouest-africaine de développement`, `Conseil fédéral`, `Office fédéral de la
/// statistique`: a head word with its adjectives and complements, lower-case as they are.
static HEADED: LazyLock<Regex> = LazyLock::new(|| {
    let adjective = r"(?:\p{Ll}[\p{Ll}-]*(?:al|ale|aux|ales|ole|oles|ien|ienne|ain|aine|ais|aise|ique|éen|éenne|ral|rale|ial|iale|if|ive|el|elle|aire|ier|ière|é|ée|ant|ante|on|onne|and|ande|ois|oise)s?|belges?|suisses?|malgaches?|monégasques?|grecques?|turques?)";
    let complement = r"(?:de[\p{Zs}\t\r]+la|de[\p{Zs}\t\r]+l['’]|des|du|de|d['’]|pour[\p{Zs}\t\r]+la|pour[\p{Zs}\t\r]+le|pour[\p{Zs}\t\r]+l['’])[\p{Zs}\t\r]*";
    crate::pattern::compile(&format!(
        r"^(?P<name>{HEADS}(?:[\p{{Zs}}\t\r]+{adjective}){{0,2}}(?:[\p{{Zs}}\t\r]+{complement}(?:\p{{Lu}}[\p{{L}}-]*|\p{{Ll}}[\p{{Ll}}-]{{3,}})(?:[\p{{Zs}}\t\r]+{adjective})?(?:[\p{{Zs}}\t\r]+(?:et|de|du|des|d['’])[\p{{Zs}}\t\r]*\p{{Lu}}[\p{{L}}-]*)?){{0,3}})(?:$|[^\p{{L}}\p{{N}}_])"
    ))
    .expect("headed names compile")
});

/// Words an institution's name would read as adjectives but that are verbs or participles
/// (`demande`, `présidée`), so end it.
static NOT_ADJECTIVES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "demande",
        "commande",
        "présidé",
        "présidée",
        "présidés",
        "présidées",
        "dirigé",
        "dirigée",
        "chargé",
        "chargée",
        "basé",
        "basée",
        "créé",
        "créée",
        "fondé",
        "fondée",
        "géré",
        "gérée",
        "approuvé",
        "approuvée",
        "réuni",
        "réunie",
        "annoncé",
        "annoncée",
        "chargés",
        "chargées",
        "mandaté",
        "mandatée",
        "saisi",
        "saisie",
    ]
    .into_iter()
    .collect()
});

static CAPITALISED: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(NAME).expect("names compile"));

/// `Cette initiative, baptisée « InvestAI »`: a programme named in the sentence after its amount.
static NAMED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\s«]*(?:Cette|Ce|Cet)[\p{Zs}\t\r]+(?:initiative|programme|plan|fonds|projet|dispositif|investissement|enveloppe|mécanisme|stratégie|mesure)[\p{Zs}\t\r]*,?[\p{Zs}\t\r]*(?:baptisée?|appelée?|nommée?|intitulée?|dénommée?|surnommée?)[\p{Zs}\t\r]*«[\p{Zs}\t\r]*(?P<name>[^»\n]{1,40}?)[\p{Zs}\t\r]*»|^[\s«]*(?:Baptisée?|Appelée?|Nommée?|Intitulée?|Dénommée?|Surnommée?)[\p{Zs}\t\r]*«[\p{Zs}\t\r]*(?P<name2>[^»\n]{1,40}?)[\p{Zs}\t\r]*»[\p{Zs}\t\r,]*(?:cette|ce|cet)[\p{Zs}\t\r]+(?:initiative|programme|plan|fonds|projet|dispositif|investissement|enveloppe|mécanisme|stratégie|mesure)").expect("anaphora compiles")
});

fn fold(name: &str) -> String {
    name.to_lowercase().replace('’', "'")
}

/// The kind of a name: the gazetteer's, else an organisation when an institution's head word
/// opens it (`Ville de Laval`), else a person when it starts with a first name or ends with a
/// surname in capitals (`Fabrice LOMBARD`).
fn kind_of(name: &str, default: ActorKind) -> ActorKind {
    if let Some(kind) = GAZETTEER.kinds.get(&fold(name)) {
        return *kind;
    }
    if HEAD_WORD.is_match(name) {
        return ActorKind::Organization;
    }
    // `Programme d’Investissement Forestier`, `Plan Marshall`: a named plan is a programme.
    if PROGRAMME_WORD.is_match(name) {
        return ActorKind::Programme;
    }
    let first = name.split([' ', '-']).next().unwrap_or("");
    let words: Vec<&str> = name.split_whitespace().collect();
    // Not a company's name with a capital inside (`ArcelorMittal USA`) or a country's or a
    // legal form's letters after it (`Altice USA`, `Digital BW`, `Nestlé SA`).
    let inner_capital = words[0]
        .chars()
        .zip(words[0].chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    let capitals_surname = words.len() >= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).any(char::is_lowercase)
        && !inner_capital
        && !words[1..].iter().any(|w| NOT_SURNAMES.contains(w))
        && words[1..].iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
    if FIRST_NAMES.contains(first)
        || FIRST_NAMES.contains(name.split(' ').next().unwrap_or(""))
        || capitals_surname
    {
        ActorKind::Person
    } else {
        default
    }
}

/// Capitals after a name that are no surname: countries' and regions' letters, legal forms.
const NOT_SURNAMES: &[&str] = &[
    "USA", "US", "UK", "EU", "BW", "SA", "SAS", "SARL", "SE", "AG", "NV", "BV", "BVBA", "PLC",
    "LLC", "INC", "CORP", "SPA", "GMBH", "CIB", "RDC", "CI", "MA", "DZ", "TN", "SN", "CM", "IT",
    "AI", "IA", "TV", "FM", "PME", "GROUP", "GROUPE", "HOLDING", "CAPITAL", "INVEST",
];

/// True when an organisation by default could be a person's name: two to four capitalised
/// words (`Cyr-Michel Djiena Wembou`), no institution's head word, not in the gazetteer.
pub(crate) fn could_be_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !GAZETTEER.kinds.contains_key(&fold(name))
        && !HEAD_WORD.is_match(name)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
        })
}

/// A capitalised word right after a name, in the same name (`Maroc Telecom`).
static NAME_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[\p{Zs}\t]+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?:$|[^\p{L}])")
        .expect("names go on")
});

/// The head of an institution's name and its `de` right before a place (`Ambassade de
/// France`, `Bourse de Paris`). Not `Banque d’Algérie`: in `le gouverneur de la Banque
/// d’Algérie, X` the bank is a post's. (A capitalised word before a place, `Credit Suisse`,
/// was tried: it turned public places into private companies, dev source fell.)
static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?:^|[^\p{L}])(?:Ambassade|Caisse|Office|Agence|Université|Bourse)[\p{Zs}\t\r]+(?:centrale[\p{Zs}\t\r]+)?(?:de[\p{Zs}\t\r]+la[\p{Zs}\t\r]+|de[\p{Zs}\t\r]+|du[\p{Zs}\t\r]+|des[\p{Zs}\t\r]+|d['’])[\p{Zs}\t]*$").expect("names before compile")
});

/// True when the text before a place ends with the head of a longer name (`NAME_BEFORE`).
fn ends_a_name(before: &str) -> bool {
    let mut from = before.len().saturating_sub(60);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    NAME_BEFORE.is_match(&before[from..])
}

/// The capitalised heads of programmes' names written in full.
static PROGRAMME_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?:Programme|Projet|Plan|Stratégie|Initiative)[\p{Zs}\t\r]+")
        .expect("programme heads compile")
});

/// The words that join the words of a programme's name.
const PROGRAMME_LINKS: &[&str] = &[
    "de", "du", "des", "d", "l", "la", "le", "les", "et", "à", "au", "aux", "en", "dans", "pour",
];

/// Words that end a programme's name: articles, pronouns, verbs, conjunctions.
const PROGRAMME_STOPS: &[&str] = &[
    "un",
    "une",
    "qui",
    "que",
    "qu",
    "dont",
    "où",
    "mais",
    "ou",
    "donc",
    "car",
    "avec",
    "par",
    "selon",
    "afin",
    "ainsi",
    "enfin",
    "soit",
    "contre",
    "entre",
    "depuis",
    "lors",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "il",
    "elle",
    "ils",
    "elles",
    "se",
    "s",
    "ne",
    "n",
    "y",
    "sous",
    "après",
    "avant",
    "sur",
    "a",
    "ont",
    "est",
    "sont",
    "été",
    "était",
    "sera",
    "seront",
    "va",
    "vont",
    "doit",
    "peut",
    "vise",
    "prévoit",
    "permet",
    "permettra",
    "auprès",
    "loi",
    "décret",
    "ordonnance",
    "montant",
    "coût",
    "total",
    "budget",
    "phase",
    "appuyé",
    "appuyée",
    "financé",
    "financée",
    "soutenu",
    "soutenue",
    "lancé",
    "lancée",
    "adopté",
    "adoptée",
    "mis",
    "mise",
    "signé",
    "signée",
    "approuvé",
    "approuvée",
    "doté",
    "dotée",
    "conclu",
    "conclue",
    "engagé",
    "engagée",
];

/// `Programme d’appui à la francophonie ontarienne`, `Projet d’amélioration des réformes`,
/// `Plan d'action pour les langues officielles 2018-2023`: a programme's capitalised head and
/// its words in lower case (or capitalised) joined by `de`, `à`, `et`, up to punctuation, a
/// number that is no year, or a word that cannot be in a name. Only a name with a lower-case
/// word: `Plan Marshall` is read by the capitalised-name rule. Start and name, in bytes.
fn programmes_in_full(sentence: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for m in PROGRAMME_HEAD.find_iter(sentence) {
        if sentence[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut at = m.end();
        // The end of the last word that may end the name, and whether a lower-case word came.
        let mut end = None;
        let mut lower = false;
        let mut words = 0;
        while words < 18 {
            let rest = &sentence[at..];
            let skipped = rest.len()
                - rest
                    .trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t'])
                    .len();
            let rest = &rest[skipped..];
            let word_len: usize = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
                .map_or(rest.len(), |(i, _)| i);
            let word = &rest[..word_len];
            if word.is_empty() {
                // A year or two closes the name (`2018-2023`).
                let digits = rest
                    .char_indices()
                    .find(|&(_, c)| !(c.is_ascii_digit() || c == '-'))
                    .map_or(rest.len(), |(i, _)| i);
                let year = &rest[..digits];
                if end.is_some()
                    && year.len() >= 4
                    && year.split('-').all(|y| y.len() == 4)
                    && !rest[digits..].starts_with(|c: char| c.is_alphanumeric())
                {
                    end = Some(at + skipped + digits);
                }
                break;
            }
            let lower_word = word.to_lowercase();
            let apostrophe = rest[word_len..].starts_with(['\'', '’']);
            // An acronym is another actor's (`Plan de la BAD`).
            if PROGRAMME_STOPS.contains(&lower_word.as_str())
                || word.chars().count() >= 2 && !word.chars().any(char::is_lowercase)
            {
                break;
            }
            let link = PROGRAMME_LINKS.contains(&lower_word.as_str());
            at += skipped + word_len;
            if apostrophe {
                at += rest[word_len..].chars().next().map_or(0, char::len_utf8);
            }
            words += 1;
            if words == 1 && !(link || word.starts_with(char::is_lowercase)) {
                break;
            }
            if !link {
                lower |= word.starts_with(char::is_lowercase);
                end = Some(at);
            }
        }
        if let Some(end) = end
            && lower
        {
            out.push((m.start(), &sentence[m.start()..end]));
        }
    }
    out
}

/// True when the text before a name ends with a capitalised word and a hyphen (`Hydro-`).
fn hyphen_joined(before: &str) -> bool {
    let Some(head) = before.strip_suffix('-') else {
        return false;
    };
    let word = crate::text::last_word(head);
    word.chars().count() >= 2 && word.starts_with(char::is_uppercase)
}

/// The words that open a programme's name.
static PROGRAMME_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:Programme|Plan|Projet|Initiative|Stratégie|Dispositif|Pacte|Politique)[\p{Zs}\t\r]+\S")
        .expect("programme words compile")
});

/// Drops a trailing dot left by the end of a sentence or an abbreviation.
fn clean(name: &str) -> &str {
    name.trim_end_matches(['.', '-', '+', '&']).trim()
}

fn is_stop(name: &str) -> bool {
    NOT_ACTORS.contains(name)
}

/// Every actor named in `sentence`, in order of appearance, each name once.
pub fn find(sentence: &str) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let overlaps =
        |found: &[Found], s: usize, e: usize| found.iter().any(|f| s < f.end && f.start < e);
    let push = |found: &mut Vec<Found>, s: usize, name: &str, kind, why| {
        let name = clean(name);
        let e = s + name.len();
        if name.chars().count() < 2 || is_stop(name) || overlaps(found, s, e) {
            return;
        }
        found.push(Found {
            start: s,
            end: e,
            actor: Actor {
                name: name.to_string(),
                kind,
                role: Role::Other,
                why,
            },
        });
    };
    // `Projet d’amélioration de l’accès à l’électricité`: a programme named in full, in lower
    // case after its capitalised head, first, whole with the places it names.
    for (start, name) in programmes_in_full(sentence) {
        push(
            &mut found,
            start,
            name,
            ActorKind::Programme,
            "programme in full",
        );
    }
    // `Région Occitanie`, `commune de Rennes`: a local authority, whole, before its place.
    let starts: Vec<usize> = head_starts(sentence).collect();
    for &at in &starts {
        let Some(caps) = AUTHORITY.captures(&sentence[at..]) else {
            continue;
        };
        let name = caps.name("name").expect("name");
        push(
            &mut found,
            at + name.start(),
            name.as_str(),
            ActorKind::Organization,
            "local authority",
        );
    }
    for caps in GAZETTEER.regex.captures_iter(sentence) {
        let m = caps.name("name").expect("name");
        let kind = kind_of(m.as_str(), ActorKind::Organization);
        // `Maroc Telecom`, `Paris Saint-Germain`: a place that opens a longer name is no actor
        // of its own; the capitalised-name rule reads the name whole.
        if kind == ActorKind::Place && NAME_GOES_ON.is_match(&sentence[m.end()..]) {
            continue;
        }
        // `l’Ambassade de France`, `la Bourse de Paris`: a place that ends a
        // longer name is no actor of its own either; the name is read whole.
        if kind == ActorKind::Place && ends_a_name(&sentence[..m.start()]) {
            continue;
        }
        // `Hydro-Québec`, `Loto-Québec`: a place joined by a hyphen to the word before it is
        // the end of that name.
        if kind == ActorKind::Place && hyphen_joined(&sentence[..m.start()]) {
            continue;
        }
        push(&mut found, m.start(), m.as_str(), kind, "gazetteer");
    }
    for caps in MINISTRY.captures_iter(sentence) {
        let name = caps.name("name").expect("name");
        push(
            &mut found,
            name.start(),
            name.as_str(),
            ActorKind::Organization,
            "ministry",
        );
    }
    for &at in &starts {
        let Some(caps) = HEADED.captures(&sentence[at..]) else {
            continue;
        };
        let name = caps.name("name").expect("name");
        // `le Conseil fédéral demande`, `le Conseil de la Nation présidée par`: a verb or a
        // participle that looks like an adjective ends the name.
        let mut whole = name.as_str();
        while let Some((rest, last)) = whole.rsplit_once(char::is_whitespace) {
            if !NOT_ADJECTIVES.contains(last) {
                break;
            }
            whole = rest.trim_end();
        }
        // A head word alone is no name (`Banque`); with a capitalised name after it, the
        // capitalised-name rule reads it whole.
        if !whole.contains(char::is_whitespace) {
            continue;
        }
        // `le gouvernement fédéral`, `le gouvernement malien`: a government named by a common
        // noun and its adjective is no name; `le gouvernement du Québec` is one.
        if let Some(rest) = whole.strip_prefix("gouvernement ")
            && !GOVERNMENT_OF_PLACE.is_match(rest)
        {
            continue;
        }
        let kind = kind_of(whole, ActorKind::Organization);
        push(&mut found, at + name.start(), whole, kind, "institution");
    }
    // `Programme d’aide financière au loisir des personnes handicapées (PAFLPH)`: a name
    // written in lower case after its head, whose initials the acronym in brackets spells, is
    // read whole, after the institutions' names that hold it (`le Conseil d’administration
    // de la Banque ouest-africaine de développement (BOAD)`).
    for caps in ACRONYM_IN_BRACKETS.captures_iter(sentence) {
        let acr = caps.name("acr").expect("acronym");
        if let Some(start) = spelled_by(
            &sentence[..caps.get(0).expect("match").start()],
            acr.as_str(),
        ) {
            let name = sentence[start..caps.get(0).expect("match").start()].trim_end();
            let kind = kind_of(name, ActorKind::Organization);
            push(&mut found, start, name, kind, "spelled by its acronym");
        }
    }
    for caps in TITLED.captures_iter(sentence) {
        let name = caps.name("name").expect("name");
        // `ministre des Finances Bruno Le Maire`: the portfolio is no part of the name.
        let (stripped, start) = strip_opening_word(clean(name.as_str()), name.start());
        if stripped.is_empty() {
            continue;
        }
        let kind = kind_of(stripped, ActorKind::Person);
        let kind = if kind == ActorKind::Organization {
            ActorKind::Person
        } else {
            kind
        };
        push(&mut found, start, stripped, kind, "title");
    }
    for caps in INTRODUCED.captures_iter(sentence) {
        let name = caps.name("name").expect("name");
        let default = if caps.name("programme").is_some() {
            ActorKind::Programme
        } else {
            ActorKind::Organization
        };
        let kind = kind_of(name.as_str(), default);
        push(
            &mut found,
            name.start(),
            name.as_str(),
            kind,
            "introducing noun",
        );
    }
    for caps in QUOTED.captures_iter(sentence) {
        let name = caps.name("name").expect("name");
        // A quotation, not a name: too many words.
        if name.as_str().split_whitespace().count() > 4 {
            continue;
        }
        let kind = kind_of(name.as_str(), ActorKind::Programme);
        push(&mut found, name.start(), name.as_str(), kind, "guillemets");
    }
    for m in CAPITALISED.find_iter(sentence) {
        // A name starts a word (`Donald` is not a name in `McDonald`; `Les` in `2Les` is).
        if sentence[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        {
            continue;
        }
        let name = clean(m.as_str());
        let words = name.split_whitespace().count();
        let acronym = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !name.chars().any(char::is_lowercase);
        // A capital that only opens the sentence (`Cette`, `Lors`) is not a name, unless a
        // verb follows it (`Furukawa a été condamnée`, `Adisseo investit`).
        // `(Fad)` after a name is its short name.
        let in_parens =
            sentence[..m.start()].ends_with('(') && sentence[m.end()..].starts_with(')');
        // `LeddarTech, de Québec, annoncera`: a capital inside a word marks a name.
        let inner_capital = name
            .chars()
            .zip(name.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
        if words == 1
            && !acronym
            && !in_parens
            && !inner_capital
            && opens_sentence(&sentence[..m.start()])
            && !SUBJECT_VERB.is_match(&sentence[m.end()..])
        {
            continue;
        }
        // `WINNIPEG, le 29 juillet /CNW/`: a dateline's city is where the wire was filed.
        if words == 1
            && acronym
            && opens_sentence(&sentence[..m.start()])
            && DATELINE.is_match(&sentence[m.end()..])
        {
            continue;
        }
        let (name, start) = strip_opening_word(name, m.start());
        if !name.starts_with(char::is_alphabetic) {
            continue;
        }
        let why = if acronym {
            "acronym"
        } else {
            "capitalised name"
        };
        let kind = kind_of(name, ActorKind::Organization);
        push(&mut found, start, name, kind, why);
    }
    // `le chef de l’État`, `la conseillère d’Etat`, `le secrétaire d’État`, `un coup d’État`:
    // the State in the name of an office or a deed is no actor; `le chef de l’Etat Paul Biya`
    // is Paul Biya.
    found.retain_mut(|f| {
        let Some(rest) = state_of_a_title(sentence, f).map(str::to_string) else {
            return true;
        };
        if rest.is_empty() {
            return false;
        }
        let offset = f.actor.name.len() - rest.len();
        f.start += offset;
        f.actor.kind = kind_of(&rest, ActorKind::Person);
        f.actor.name = rest;
        true
    });
    found.sort_by_key(|f| f.start);
    let mut seen = HashSet::new();
    found.retain(|f| seen.insert(f.actor.name.clone()));
    found
}

/// What follows `gouvernement` in a government's name: the place it governs (`du Québec`).
static GOVERNMENT_OF_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:du|des|de|d['’])[\p{Zs}\t\r]*(?:la[\p{Zs}\t\r]+|l['’])?\p{Lu}")
        .expect("governments of a place compile")
});

/// An office or a deed named after the State, up to its `d’`: `chef de l’`, `conseillère d’`,
/// `secrétaire d’`, `coup d’`.
static STATE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}])(?:chef(?:fe)?s?|conseill(?:er|ère)s?|secrétaires?|ministres?|coups?|hommes?|femmes?|raison)[\p{Zs}\t\r]+(?:de[\p{Zs}\t\r]+l['’]|d['’])[\p{Zs}\t\r]*$").expect("state titles compile")
});

/// When `f` is `État` (or a name that opens with it) in an office's or a deed's name (`chef
/// de l’État`), the rest of its name after `État` (empty for `État` alone); else `None`.
fn state_of_a_title<'a>(sentence: &str, f: &'a Found) -> Option<&'a str> {
    let name = f.actor.name.as_str();
    let rest = ["État", "Etat"]
        .iter()
        .find_map(|s| name.strip_prefix(s))
        .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))?;
    let mut from = f.start.saturating_sub(40);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    STATE_TITLE
        .is_match(&sentence[from..f.start])
        .then(|| rest.trim_start())
}

/// An acronym in brackets: `(PAFLPH)`, `(PGPS)`.
static ACRONYM_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\((?P<acr>\p{Lu}[\p{Lu}\d]{2,9})\)")
        .expect("acronyms in brackets compile")
});

/// Where the name that `acr` spells starts in `before` (the text right before its bracket):
/// a capitalised word at most 14 words back from which the words' initials are `acr`, the
/// nearest first. Only a name with a lower-case word is taken: a capitalised one is read by
/// the other rules.
fn spelled_by(before: &str, acr: &str) -> Option<usize> {
    let head = before.trim_end();
    let starts: Vec<usize> = head
        .char_indices()
        .filter(|&(i, c)| {
            c.is_uppercase()
                && (i == 0
                    || head[..i].ends_with(|p: char| p.is_whitespace() || p == '’' || p == '\''))
        })
        .map(|(i, _)| i)
        .collect();
    starts.into_iter().rev().take(14).find(|&i| {
        let name = &head[i..];
        name.split_whitespace().count() <= 14
            && !name.contains([',', ';', ':', '(', ')', '.'])
            && name
                .split_whitespace()
                .skip(1)
                .any(|w| w.chars().count() > 3 && w.starts_with(char::is_lowercase))
            && involve::is_acronym_of(acr, name)
    })
}

/// True when only spaces, quotes, dashes or a colon stand before this point of the sentence.
fn opens_sentence(before: &str) -> bool {
    let tail = before.trim_end();
    tail.is_empty() || tail.ends_with(['«', '"', '“', '—', '–', '-', ':', '(', '•', '*', '.'])
}

/// `Lors Macron` cannot happen, but `Le Monde` can: drop a stop word that opens a multi-word
/// name only when the rest is still a name.
fn strip_opening_word(name: &str, start: usize) -> (&str, usize) {
    let mut name = name;
    let mut start = start;
    while let Some((first, rest)) = name.split_once(' ') {
        // Only a word like `Le` or `Selon` is dropped; an acronym opens a name (`AI Action`).
        if is_stop(first) && first.chars().any(char::is_lowercase) {
            let offset = name.len() - rest.trim_start().len();
            start += offset;
            name = rest.trim_start();
        } else {
            break;
        }
    }
    if is_stop(name) {
        ("", start)
    } else {
        (name, start)
    }
}

/// The programme a sentence names when it opens by pointing back at the previous one
/// (`Cette initiative, baptisée « InvestAI »`, `Dénommé « Kin Elenda », ce projet`).
pub fn named_back(sentence: &str) -> Option<Actor> {
    let caps = NAMED_BACK.captures(sentence)?;
    let name = caps
        .name("name")
        .or_else(|| caps.name("name2"))?
        .as_str()
        .trim();
    if !name.starts_with(char::is_uppercase) {
        return None;
    }
    Some(Actor {
        name: name.to_string(),
        kind: kind_of(name, ActorKind::Programme),
        role: Role::Recipient,
        why: "named in the next sentence",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str) -> Vec<(String, &'static str)> {
        find(sentence)
            .into_iter()
            .map(|f| (f.actor.name, f.actor.kind.as_str()))
            .collect()
    }

    fn has(sentence: &str, name: &str, kind: &str) {
        let got = names(sentence);
        assert!(
            got.iter().any(|(n, k)| n == name && *k == kind),
            "{name} ({kind}) not in {got:?}"
        );
    }

    #[test]
    fn gazetteer_titles_and_guillemets() {
        let s = "Cette annonce fait suite à celle du président français Emmanuel Macron, qui a déclaré que 109 milliards d’euros seraient investis en France, comme le projet « Stargate » du président Trump.";
        has(s, "Emmanuel Macron", "person");
        has(s, "France", "place");
        has(s, "Stargate", "programme");
        has(s, "Trump", "person");
        has("a déclaré Mme Von der Leyen.", "Von der Leyen", "person");
        has(
            "l’Union européenne et la BEI",
            "Union européenne",
            "organization",
        );
        has("la start-up Pasqal lève 100 M€", "Pasqal", "organization");
        has("le CNRS investit", "CNRS", "organization");
        has(
            "par le ministère de la justice",
            "ministère de la justice",
            "organization",
        );
    }

    #[test]
    fn sentence_openers_and_common_acronyms_are_not_actors() {
        let got = names("Cette initiative vise les PME et l’IA. Lors du sommet, rien.");
        assert!(got.is_empty(), "{got:?}");
        let got = names(
            "« Nous voulons que l’Europe soit leader en matière d’IA, ce qui implique beaucoup », a-t-il dit.",
        );
        assert!(got.iter().all(|(n, _)| n != "Nous"), "{got:?}");
    }

    #[test]
    fn portfolios_datelines_and_inner_capitals() {
        has(
            "le ministre de l’Economie Bruno Le Maire a annoncé",
            "Bruno Le Maire",
            "person",
        );
        has(
            "le ministre des Finances Bruno Le Maire a annoncé",
            "Bruno Le Maire",
            "person",
        );
        has(
            "LeddarTech, de Québec, annoncera sa levée",
            "LeddarTech",
            "organization",
        );
        let got = names(
            "WINNIPEG, le 29 juillet /CNW Telbec/ - La Corporation Financière Power a annoncé",
        );
        assert!(got.iter().all(|(n, _)| n != "WINNIPEG"), "{got:?}");
        let got = names("ministre des Affaires intergouvernementales (NDLR), Celle-ci");
        assert!(got.is_empty(), "{got:?}");
        // A capital that only opens the sentence is still no name.
        assert!(names("Cette somme varie.").is_empty());
    }

    #[test]
    fn nationality_adjectives_embassies_and_dotted_acronyms() {
        has(
            "l'Autorité belge de la concurrence a décidé",
            "Autorité belge de la concurrence",
            "organization",
        );
        has(
            "le Tribunal administratif fédéral annule l’amende",
            "Tribunal administratif fédéral",
            "organization",
        );
        has(
            "Le fonds régional W.IN.G, doté de",
            "W.IN.G",
            "organization",
        );
        // One dot is an initial, not an acronym.
        assert!(names("L. Lacroix").iter().all(|(n, _)| n != "L."));
    }

    #[test]
    fn a_place_that_opens_a_longer_name_is_part_of_it() {
        has(
            "Maroc Telecom verse un dividende de 4,2 DH",
            "Maroc Telecom",
            "organization",
        );
        has("la France accorde un prêt", "France", "place");
        has("au Québec, Hydro-Québec investit", "Québec", "place");
    }

    #[test]
    fn named_plans_are_programmes() {
        assert_eq!(
            kind_of(
                "Programme d’Investissement Forestier",
                ActorKind::Organization
            ),
            ActorKind::Programme
        );
        assert_eq!(
            kind_of("PAC", ActorKind::Organization),
            ActorKind::Programme
        );
        // A plan alone is no name; an organisation's head word wins.
        assert_eq!(
            kind_of("Planète Bleue", ActorKind::Organization),
            ActorKind::Organization
        );
        assert_eq!(
            kind_of("Banque du Plan", ActorKind::Organization),
            ActorKind::Organization
        );
    }

    #[test]
    fn a_verb_ends_an_institution_name() {
        has(
            "le Conseil fédéral demande l’approbation d’un crédit",
            "Conseil fédéral",
            "organization",
        );
        has(
            "le Conseil de la Nation présidée par Abdelkader Bensalah",
            "Conseil de la Nation",
            "organization",
        );
    }

    #[test]
    fn programme_named_in_the_next_sentence() {
        let a = named_back("Cette initiative, baptisée « InvestAI », vise à renforcer l’Europe.")
            .unwrap();
        assert_eq!(a.name, "InvestAI");
        assert_eq!(a.kind, ActorKind::Programme);
        assert!(named_back("Cette initiative vise à renforcer l’Europe.").is_none());
    }

    #[test]
    fn names_are_read_whole() {
        // A hyphenated `d’` joins: no `Côtes-d` and `Armor`.
        has(
            "le complexe Kermené, dans les Côtes-d'Armor, investit",
            "Côtes-d'Armor",
            "organization",
        );
        has("le Val-d’Oise accorde", "Val-d’Oise", "organization");
        // A place that ends a longer name is part of it.
        has(
            "1 million d’euros de l’Ambassade de France.",
            "Ambassade de France",
            "organization",
        );
        has(
            "cotée à la Bourse de Paris",
            "Bourse de Paris",
            "organization",
        );
        // Traps: a place after a word that opens the sentence or after a comma stays a place.
        has("En Suisse, les start-up lèvent", "Suisse", "place");
        has("Au Maroc, l’ONEE investit", "Maroc", "place");
        has("Berne, Suisse, le 3 mars", "Suisse", "place");
        // A plural office stays whole with its adjective.
        has(
            "par les Conseillers départementaux, le budget",
            "Conseillers départementaux",
            "organization",
        );
        has(
            "les Élus municipaux ont voté",
            "Élus municipaux",
            "organization",
        );
        assert!(
            names("par les Conseillers départementaux")
                .iter()
                .all(|(n, _)| n != "Conseillers")
        );
    }

    #[test]
    fn capitals_after_a_company_name_are_no_surname() {
        assert_eq!(
            kind_of("Fabrice LOMBARD", ActorKind::Organization),
            ActorKind::Person
        );
        for name in ["Altice USA", "ArcelorMittal USA", "Digital BW", "Nestlé SA"] {
            assert_eq!(
                kind_of(name, ActorKind::Organization),
                ActorKind::Organization,
                "{name}"
            );
        }
    }

    #[test]
    fn the_state_in_an_office_s_name_is_no_actor() {
        let no_state = |s: &str| {
            let got = names(s);
            assert!(
                got.iter()
                    .all(|(n, _)| !n.starts_with("Etat") && !n.starts_with("État")),
                "{got:?}"
            );
            got
        };
        no_state("le chef de l'Etat a signé cette loi");
        no_state("La conseillère d'Etat a rappelé qu'il faut rester vigilant");
        no_state("le secrétaire d’État au Budget a précisé");
        let got = no_state("suivant l’ordonnance du chef de l’Etat Paul Biya.");
        assert!(
            got.iter().any(|(n, k)| n == "Paul Biya" && *k == "person"),
            "{got:?}"
        );
        // Traps: the State that pays, and the Council of State, stay.
        has(
            "l’aide de 24 milliards accordée par l’Etat",
            "Etat",
            "organization",
        );
        has("l’État a débloqué 100 milliards", "État", "organization");
        has(
            "Le Conseil d'Etat présente un budget",
            "Conseil d'Etat",
            "organization",
        );
    }

    #[test]
    fn a_government_named_by_its_adjective_is_no_name() {
        for s in [
            "le gouvernement fédéral investit 3 M$",
            "le gouvernement malien a signé un prêt",
        ] {
            let got = names(s);
            assert!(
                got.iter().all(|(n, _)| !n.starts_with("gouvernement")),
                "{got:?}"
            );
        }
        // Trap: a government named by its place is a name.
        let got = names("le gouvernement du Québec investit");
        assert!(got.iter().any(|(n, _)| n.contains("Québec")), "{got:?}");
    }

    #[test]
    fn a_place_after_a_hyphen_ends_a_name() {
        has(
            "les sociétés d’État comme Hydro-Québec",
            "Hydro-Québec",
            "organization",
        );
        has("Loto-Québec a versé", "Loto-Québec", "organization");
        assert!(
            names("Hydro-Québec investit")
                .iter()
                .all(|(n, _)| n != "Québec")
        );
        // Traps: a place on its own, or after a lower-case compound, stays a place.
        has("au Québec, Hydro-Québec investit", "Québec", "place");
        has("le Québec verse 3 M$", "Québec", "place");
    }

    #[test]
    fn titles_units_and_a_place_s_people_are_no_actors() {
        for s in [
            "la viande a atteint 35 DT/Kg à Sfax",
            "le SMIG, le Salaire minimum interprofessionnel garanti, passe à 75 000 FCFA",
            "Les Québécois gagnant le salaire minimum",
            "Paul Biya, le Chef de l’Etat camerounais, a signé",
        ] {
            let got = names(s);
            assert!(
                got.iter()
                    .all(|(n, _)| !["Kg", "Salaire", "Québécois", "Chef"].contains(&n.as_str())),
                "{got:?}"
            );
        }
        has(
            "Paul Biya, le Chef de l’Etat camerounais",
            "Paul Biya",
            "person",
        );
        for s in [
            "un crédit de 300 millions de dollars (environ 865.35 MD) de l’Algérie",
            "le litre de SP95 passe à 2 DT et le kilo à 500 DA",
            "la LFC a relevé le budget",
        ] {
            let got = names(s);
            assert!(
                got.iter()
                    .all(|(n, _)| !["MD", "SP95", "DT", "DA", "LFC"].contains(&n.as_str())),
                "{got:?}"
            );
        }
        // Trap: the country lending stays.
        has("un crédit de l’Algérie", "Algérie", "place");
    }

    #[test]
    fn first_names_of_the_francophone_press_make_persons() {
        for name in [
            "Pravind Jugnauth",
            "Colleen Mayer",
            "Nick Suzuki",
            "Tahir Hamid Nguilin",
        ] {
            assert_eq!(
                kind_of(name, ActorKind::Organization),
                ActorKind::Person,
                "{name}"
            );
        }
        // Trap: a company whose name holds no first name stays one.
        assert_eq!(
            kind_of("Power Corporation", ActorKind::Organization),
            ActorKind::Organization
        );
    }

    #[test]
    fn cities_of_francophone_africa_are_places() {
        has(
            "le port de Port-Gentil recevra 36 milliards",
            "Port-Gentil",
            "place",
        );
        has("la viande coûte 35 DT à Kasserine", "Kasserine", "place");
        has(
            "la province de l’Ogooué-Maritime",
            "Ogooué-Maritime",
            "place",
        );
        // Trap: a company named after a city stays whole.
        has(
            "Port-Gentil Logistics investit",
            "Port-Gentil Logistics",
            "organization",
        );
    }

    #[test]
    fn a_programme_named_in_full_is_read_whole() {
        has(
            "150 millions de dollars US au Projet d’amélioration de l’accès à l’électricité (PADAES), 200 millions",
            "Projet d’amélioration de l’accès à l’électricité",
            "programme",
        );
        has(
            "accorde un million de dollars dans le cadre du Programme d'appui à la francophonie ontarienne 2020-2021. Les projets",
            "Programme d'appui à la francophonie ontarienne 2020-2021",
            "programme",
        );
        has(
            "pour le Projet d’amélioration des réformes et enfin, 45 millions",
            "Projet d’amélioration des réformes",
            "programme",
        );
        has(
            "du Programme de désenclavement des zones agricoles et minières (Pdzam-1) du nord",
            "Programme de désenclavement des zones agricoles et minières",
            "programme",
        );
        // Traps: a participle, an acronym or a bill ends it.
        has(
            "le Programme économique et financier appuyé par le FMI",
            "Programme économique et financier",
            "programme",
        );
        has("le Plan de la BAD prévoit", "BAD", "organization");
        assert!(
            names("le Projet de loi de finances 2025 prévoit")
                .iter()
                .all(|(n, _)| !n.starts_with("Projet de loi")),
        );
    }

    #[test]
    fn a_name_after_du_programme_is_a_programme() {
        has(
            "pour mettre en œuvre la phase du programme de Modernisation des Infrastructures Routières (PMIR).",
            "Modernisation des Infrastructures Routières",
            "programme",
        );
        has("au projet Kin Elenda", "Kin Elenda", "programme");
        // Trap: a company after `du groupe` stays an organisation.
        has("les magasins du groupe Eckerd", "Eckerd", "organization");
    }
}

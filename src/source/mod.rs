//! Source cues: the words that say whether money is public, private or both, from the word
//! lists in `lexicon/` (data anyone can extend).

use crate::lexicon::{WORD_START, alternation, entries};
use crate::model::{ActorKind, Source};
use regex::Regex;
use std::sync::LazyLock;

/// A cue found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Byte offsets into the text searched.
    pub start: usize,
    pub end: usize,
    pub source: Source,
    pub text: String,
}

static CUES: LazyLock<Regex> = LazyLock::new(|| {
    let mixed = alternation(entries(include_str!("lexicon/mixed.txt")));
    let public = alternation(entries(include_str!("lexicon/public.txt")));
    let private = alternation(entries(include_str!("lexicon/private.txt")));
    // Mixed first: `fonds publics et privés` must not be read as `fonds publics`.
    crate::pattern::compile(&format!(
        "(?i){WORD_START}(?:(?P<mixed>{mixed})|(?P<public>{public})|(?P<private>{private}))"
    ))
    .expect("source cue lists compile")
});

/// A public body or country that gives (`la France accorde`, `l’aide de la Suisse`).
static GIVER: LazyLock<Regex> = LazyLock::new(|| {
    let bodies = alternation(entries(include_str!("lexicon/public_bodies.txt")));
    crate::pattern::compile(&format!(
        r"(?i){WORD_START}{bodies}(?:[\p{{Zs}}\t\r]+[\p{{L}}'’-]+){{0,3}}?[\p{{Zs}}\t\r]+(?:(?:accord|apport|débours|dépens|vers|allou|financ|prêt|consacr|contribu|débloqu|mobilis|s['’]engag|subventionn|affect|attribu|dégag|inject|approuv)(?:e|es|ent|é|ée|és|ées|er|era|eront|erait|ait|aient)|invest(?:it|i|ie|is|ira|iront|issent|issait)|octroi(?:e|ent|era)|octroy(?:é|ée|és|ées|er|ait)|promet|promis|offr(?:e|ent|ira)|offert)(?:$|[^\p{{L}}\p{{N}}_])|(?-u:\b)(?:soutien|contribution|aide|appui|don|prêt|financement|subvention|enveloppe|participation)(?:[\p{{Zs}}\t\r]+\p{{L}}+)?[\p{{Zs}}\t\r]+(?:de[\p{{Zs}}\t\r]+la|du|de[\p{{Zs}}\t\r]+l['’]|des|de)[\p{{Zs}}\t\r]*{bodies}"
    ))
    .expect("public givers compile")
});

/// A cue right after these words names who receives the money, not who gives it
/// (`120 M€ pour les projets des collectivités`, `versés aux collectivités`).
static RECIPIENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)\b(?:pour|aux|en\s+faveur|au\s+profit|destinée?s?|bénéficiant|versée?s?\s+à)(?:[\p{Zs}\t\r]+(?:les|la|le|l['’]|des|du|de|d['’]|projets|besoins))*[\p{Zs}\t\r]*$").unwrap()
});

/// `pour racheter`, `pour acquérir`: after `pour`, a verb of a company deal says what the
/// money does (buys a company), not who receives it: the cue holds.
fn is_deal_verb(caps: &regex::Captures) -> bool {
    caps.name("private").is_some_and(|m| {
        matches!(
            m.as_str().to_lowercase().as_str(),
            "racheter" | "acquérir" | "céder" | "lever des fonds" | "récolter"
        )
    })
}

/// `à la jeune pousse Alan`: after `à`, a young company gets the money; it says nothing of
/// whose money it is.
static TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}])à(?:[\p{Zs}\t\r]+(?:les|la|le|l['’]|des|du|de|d['’]|cette|ces))*[\p{Zs}\t\r]*$").unwrap()
});

/// The cues that name young companies (`start-up`, `jeunes pousses`), who raise money.
fn is_young_company(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    ["start", "pousse", "scale", "fintech"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Every cue in `text`, in order, without overlaps.
pub fn cues(text: &str) -> Vec<Cue> {
    let mut found: Vec<Cue> = GIVER
        .find_iter(text)
        .map(|m| {
            // The match may start and end with the characters around the words.
            let trimmed = m.as_str().trim_end_matches(|c: char| !c.is_alphanumeric());
            let text = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric());
            let start = m.start() + (trimmed.len() - text.len());
            Cue {
                start,
                end: start + text.len(),
                source: Source::Public,
                text: text.to_string(),
            }
        })
        .collect();
    for cue in lexical_cues(text) {
        if !found.iter().any(|f| cue.start < f.end && f.start < cue.end) {
            found.push(cue);
        }
    }
    found.sort_by_key(|c| c.start);
    found
}

fn lexical_cues(text: &str) -> Vec<Cue> {
    CUES.captures_iter(text)
        .filter(|caps| {
            let m = ["mixed", "public", "private"]
                .into_iter()
                .find_map(|g| caps.name(g))
                .expect("one group");
            let mut from = m.start().saturating_sub(40);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = &text[from..m.start()];
            let young = is_young_company(m.as_str());
            !(RECIPIENT_BEFORE.is_match(before) || young && TO_BEFORE.is_match(before))
                || is_budget(m.as_str())
                || is_deal_verb(caps)
        })
        .map(|caps| {
            let (source, m) = if let Some(m) = caps.name("mixed") {
                (Source::Mixed, m)
            } else if let Some(m) = caps.name("public") {
                (Source::Public, m)
            } else {
                (Source::Private, caps.name("private").expect("private"))
            };
            Cue {
                start: m.start(),
                end: m.end(),
                source,
                text: m.as_str().to_string(),
            }
        })
        .collect()
}

/// Public funders (`lexicon/public_funders.txt`): a giver whose name holds one is public.
static PUBLIC_FUNDER: LazyLock<Regex> = LazyLock::new(|| {
    let names = alternation(entries(include_str!("lexicon/public_funders.txt")));
    crate::pattern::compile(&format!("(?i){WORD_START}{names}")).expect("public funders compile")
});

/// Measures (`lexicon/measures.txt`): a revenue, a deficit, a price is no money given.
static MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    let names = alternation(entries(include_str!("lexicon/measures.txt")));
    crate::pattern::compile(&format!(
        "(?i){WORD_START}{names}(?:$|[^\\p{{L}}\\p{{N}}_])"
    ))
    .expect("measures compile")
});

/// True when `text` (the words around an amount, in its own item) names what the amount
/// measures rather than who pays it: `un déficit de 3,8 milliards`, `4,4 Md€ de CA`, `le prix`.
pub fn is_measure(text: &str) -> bool {
    MEASURE.is_match(text)
}

/// What `source_cue` starts with when the source is carried from the passage's last amount
/// that had one (`Les prêts portent sur … (22 milliards)` after `la BOAD a approuvé …`).
pub const PASSAGE_CUE: &str = "passage: ";

/// What `source_cue` starts with when the funder decided the source.
pub const FUNDER_CUE: &str = "funder: ";

/// True when a public funder's name is `name` or holds one (`Région Occitanie`, `Bpifrance`).
pub fn is_public_funder(name: &str) -> bool {
    PUBLIC_FUNDER.is_match(name)
}

/// The source the givers of an amount make: a public funder (or a place, a programme: a
/// State, a region, a city, a public scheme) makes it public; a company, a fund, a bank or a
/// person private; both mixed. `None` without givers. The cue names the funders that decided.
pub fn from_funders(givers: &[(&str, ActorKind)]) -> Option<(Source, String)> {
    let public: Vec<&str> = givers
        .iter()
        .filter(|(n, k)| {
            matches!(k, ActorKind::Place | ActorKind::Programme) || is_public_funder(n)
        })
        .map(|(n, _)| *n)
        .collect();
    // A person beside a public giver is its minister or its head, not a private purse.
    let private: Vec<&str> = givers
        .iter()
        .filter(|(n, k)| !public.contains(n) && (public.is_empty() || *k != ActorKind::Person))
        .map(|(n, _)| *n)
        .collect();
    let source = match (public.is_empty(), private.is_empty()) {
        (true, true) => return None,
        (false, true) => Source::Public,
        (true, false) => Source::Private,
        (false, false) => Source::Mixed,
    };
    let names: Vec<&str> = public.iter().chain(&private).copied().collect();
    Some((source, format!("{FUNDER_CUE}{}", names.join(" + "))))
}

/// True when a cue names the kind of money itself (`fonds privés`, `argent public`,
/// `partenariat public-privé`), which outweighs who gives it.
pub fn is_explicit(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    lower.contains("publi")
        || lower.contains("privé")
        || lower.starts_with("parts:")
        || lower == "ppp"
}

/// Budget cues keep their meaning after `au` (`inscrit au budget`), and a budget's deficit is
/// still public money (`le déficit budgétaire`).
pub fn is_budget(cue: &str) -> bool {
    let lower = cue.to_lowercase();
    // A bare `budget` is public money but yields to a deficit or a revenue beside it
    // (`un budget déficitaire de 11 milliards`).
    (lower.starts_with("budget") && !matches!(lower.as_str(), "budget" | "budgets"))
        || lower.starts_with("au budget")
        || lower.contains("crédit")
}

/// What a set of cues says together: one kind, or `mixed` when public and private meet.
pub fn combine(found: &[&Cue]) -> Option<(Source, String)> {
    let first = found.first()?;
    let public = found.iter().find(|c| c.source == Source::Public);
    let private = found.iter().find(|c| c.source == Source::Private);
    if let Some(mixed) = found.iter().find(|c| c.source == Source::Mixed) {
        return Some((Source::Mixed, mixed.text.clone()));
    }
    match (public, private) {
        (Some(a), Some(b)) => Some((Source::Mixed, format!("{} + {}", a.text, b.text))),
        _ => Some((first.source, first.text.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Source, String)> {
        cues(text).into_iter().map(|c| (c.source, c.text)).collect()
    }

    #[test]
    fn each_list_is_read() {
        assert_eq!(
            kinds("dont 50 milliards proviennent de fonds publics")[0].0,
            Source::Public
        );
        assert_eq!(kinds("150 milliards de fonds privés")[0].0, Source::Private);
        assert_eq!(
            kinds("un partenariat public-privé inédit")[0].0,
            Source::Mixed
        );
        assert_eq!(kinds("des fonds publics et privés")[0].0, Source::Mixed);
        assert_eq!(kinds("l’État apporte")[0].0, Source::Public);
    }

    #[test]
    fn a_company_s_own_money_is_private() {
        let found = crate::extract(
            "Le groupe a versé 1,6 milliard d’euros de dividendes. La chaîne acquiert pour 4 milliards de dollars d’actions.",
        );
        assert!(
            found.iter().all(|f| f.source == Source::Private),
            "{:?}",
            found
                .iter()
                .map(|f| (&f.text, f.source))
                .collect::<Vec<_>>()
        );
        // A public buyer still makes it public: the funder outweighs the deal word.
        let found = crate::extract("L’État acquiert 10 % du capital pour 2 milliards d’euros.");
        assert_eq!(found[0].source, Source::Public, "{:?}", found[0].source_cue);
    }

    #[test]
    fn a_round_told_in_other_tenses_and_a_deal_after_pour_are_private() {
        for text in [
            "En juin, l'équipe fondatrice avait levé un montant record de 105 millions d'euros.",
            "Et bien qu’Inocel viennent de lever 64 millions d’euros pour industrialiser ses piles.",
            "Le groupe français a proposé 14 milliards d'euros pour racheter ce spécialiste.",
        ] {
            let found = crate::extract(text);
            assert_eq!(found[0].source, Source::Private, "{text}: {:?}", found[0]);
        }
        // Trap: after `pour`, a noun of who gets the money still names no source.
        assert!(kinds("120 M€ pour les projets des collectivités").is_empty());
        let found = crate::extract("Il faut 3 millions d’euros pour racheter du matériel.");
        assert_ne!(found[0].source, Source::Public);
    }

    #[test]
    fn traps_give_no_cue() {
        assert!(kinds("les États-Unis et la Chine").is_empty());
        assert!(kinds("un bâtiment en mauvais état").is_empty());
        assert!(kinds("l’Union européenne a annoncé").is_empty());
        assert!(kinds("120 M€ pour les projets des collectivités").is_empty());
    }

    #[test]
    fn the_funder_decides() {
        use ActorKind::*;
        assert_eq!(
            from_funders(&[("Région Occitanie", Organization)])
                .unwrap()
                .0,
            Source::Public
        );
        assert_eq!(
            from_funders(&[("Bpifrance", Organization)]).unwrap().0,
            Source::Public
        );
        assert_eq!(
            from_funders(&[("Partech", Organization)]).unwrap().0,
            Source::Private
        );
        assert_eq!(
            from_funders(&[("Xavier Niel", Person)]).unwrap().0,
            Source::Private
        );
        let (s, cue) =
            from_funders(&[("Bpifrance", Organization), ("Eurazeo", Organization)]).unwrap();
        assert_eq!(
            (s, cue.as_str()),
            (Source::Mixed, "funder: Bpifrance + Eurazeo")
        );
        assert!(from_funders(&[]).is_none());
        assert_eq!(
            from_funders(&[("Maroc", Place), ("Mohcine Jazouli", Person)])
                .unwrap()
                .0,
            Source::Public
        );
        assert!(is_explicit("fonds privés"));
        assert!(!is_explicit("lève"));
    }

    #[test]
    fn public_givers() {
        assert_eq!(kinds("La France accorde un prêt")[0].0, Source::Public);
        assert_eq!(
            kinds("Le Royaume-Uni va débourser 44,5 millions")[0].0,
            Source::Public
        );
        assert_eq!(
            kinds("Un soutien financier de la Suisse de 50 millions")[0].0,
            Source::Public
        );
        assert!(kinds("rivaliser avec les États-Unis et la Chine").is_empty());
        assert!(kinds("l’Union européenne a annoncé un investissement").is_empty());
        assert_eq!(
            kinds("la Suisse a investi 178 millions")[0].0,
            Source::Public
        );
    }

    #[test]
    fn the_world_bank_s_arms_are_public_funders() {
        let found = crate::extract(
            "Cette aide financière gérée par l’Association internationale de développement (IDA), institution de la Banque mondiale, bénéficiera à la Mauritanie (130 millions de dollars).",
        );
        assert_eq!(found[0].source, Source::Public, "{:?}", found[0].source_cue);
        assert!(is_public_funder("IDA") && is_public_funder("FIDA"));
        // Trap: a word holding the letters is no funder.
        assert!(!is_public_funder("Idaho Capital"));
    }

    #[test]
    fn finance_laws_grants_cantonal_governments_and_ministers_are_public() {
        for text in [
            "La prévision dans la loi des finances initiales projetait 2 498,01 milliards de francs guinéens.",
            "le ministre avait octroyé un subside de 300 euros à l’ASBL ArtGeo.",
            "Valérie De Bue avait subsidié, à hauteur de 500 euros, l’association de parents.",
            "Le Conseil-exécutif a avalisé des contributions annuelles de 180’000 francs en faveur de la Croix-Rouge.",
            "La ministre des Services de la Couronne, Colleen Mayer, a annoncé une contribution de 15 millions de dollars pour des travaux.",
        ] {
            let found = crate::extract(text);
            assert_eq!(
                found[0].source,
                Source::Public,
                "{text}: {:?}",
                found[0].source_cue
            );
        }
        // Traps: the council of ministers only decides, and a company's money stays private.
        let found = crate::extract(
            "Le conseil des ministres a pris acte d’une offre de 52 000 FCFA par action.",
        );
        assert_ne!(found[0].source, Source::Public, "{:?}", found[0].source_cue);
        let found = crate::extract(
            "La société Danone a investi 30 millions d’euros dans son usine, a salué la ministre.",
        );
        assert_eq!(
            found[0].source,
            Source::Private,
            "{:?}",
            found[0].source_cue
        );
    }

    #[test]
    fn young_companies_money_is_private() {
        for text in [
            "En 2022, les fintechs installées à Abidjan ont réussi à lever un montant cumulé record de plus de 20 millions de dollars.",
            "Cette année, les start-up du pays ont déjà reçu près de 1,5 milliard de francs.",
            "Les jeunes pousses de ce domaine ont reçu jusqu’ici 705 millions de francs.",
        ] {
            let found = crate::extract(text);
            assert_eq!(
                found[0].source,
                Source::Private,
                "{text}: {:?}",
                found[0].source_cue
            );
        }
        // Traps: public money for young companies stays public.
        for text in [
            "La Région verse une subvention de 2 millions d’euros aux start-up du territoire.",
            "Le ministère de l’Économie accorde une aide de 20 millions de dinars aux startups.",
            "La Région apporte 2 millions d’euros à la jeune pousse Alan.",
        ] {
            let found = crate::extract(text);
            assert_eq!(
                found[0].source,
                Source::Public,
                "{text}: {:?}",
                found[0].source_cue
            );
        }
    }

    #[test]
    fn states_development_funds_and_export_banks_are_public_funders() {
        for text in [
            "Le gouvernement malien a approuvé un prêt de 5,5 milliards de francs CFA accordé par le Fonds de l’ OPEP pour le Développement International.",
            "le gouvernement tchadien a sollicité un financement de 200 millions de dollars auprès du Fonds d'Abu Dhabi pour le Développement (FADD).",
            "Le pays a obtenu un prêt de 50 milliards de FCFA auprès de China Eximbank.",
        ] {
            let found = crate::extract(text);
            assert_eq!(found[0].source, Source::Public, "{:?}", found[0].source_cue);
        }
        // Trap: a commercial bank lending stays private.
        let found = crate::extract(
            "Le pays a obtenu un prêt de 50 milliards de FCFA auprès de la Deutsche Bank.",
        );
        assert_eq!(
            found[0].source,
            Source::Private,
            "{:?}",
            found[0].source_cue
        );
    }
}

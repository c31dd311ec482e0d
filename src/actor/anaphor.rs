//! Words that point back at an actor or an amount named before (`le groupe`, `l’institution`,
//! `ce dernier`, `Elle a investi`, `le pays`, `ce montant`): a sentence that names no one but
//! points back is about who the passage named last; one that neither names nor points back is
//! about no one (`Le prix du gasoil a baissé de 10 francs CFA`).

use crate::model::ActorKind;
use regex::Regex;
use std::sync::LazyLock;

/// What a pointer points back at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Points {
    /// An organisation: `le groupe`, `la société montréalaise`, `l’institution`, `Elle`.
    Organization,
    /// A place: `le pays`, `la ville`, `le royaume`.
    Place,
    /// People: `les deux accusés`, `le prévenu`.
    Person,
    /// The money or the deal itself (`ce montant`, `cette somme`, `le rachat`): its amount
    /// is of the actors of the amount before.
    Money,
}

/// A pointer, in bytes of its sentence, and whether it points at more than one (`ces quatre
/// sociétés`, `elles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anaphor {
    pub start: usize,
    pub end: usize,
    pub points: Points,
    pub plural: bool,
    /// `ce dernier`: the last one named.
    pub last: bool,
}

impl Anaphor {
    /// The kind of actor this pointer stands for; `None` for the money itself.
    pub fn kind(&self) -> Option<ActorKind> {
        match self.points {
            Points::Organization => Some(ActorKind::Organization),
            Points::Place => Some(ActorKind::Place),
            Points::Person => Some(ActorKind::Person),
            Points::Money => None,
        }
    }
}

/// The nouns that name an organisation already named (`le distributeur`, `la banque`).
const ORG_NOUNS: &str = r"groupes?|sociétés?|entreprises?|compagnies?|institutions?|banques?|distributeurs?|sidérurgistes?|constructeurs?|opérateurs?|firmes?|enseignes?|agences?|organismes?|bailleurs?|start-?ups?|jeunes?\s+pousses?|spécialistes?|numéros?\s+(?:un|1|deux|trois)|géants?|leaders?|fabricants?|équipementiers?|assureurs?|holdings?|filiales?|producteurs?|promoteurs?|industriels?|transporteurs?|pétroliers?|laboratoires?|fintechs?|biotechs?|licornes?|pépites?|exploitants?|énergéticiens?|minières?|chimistes?|brasseurs?|armateurs?|opératrices?";

/// A definite or demonstrative description of an organisation, an optional adjective between
/// (`le géant informatique`, `la société montréalaise`), or `ce dernier`; not a noun's
/// complement (`le chiffre d’affaires de l’opérateur` speaks of any operator).
static ORG: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?i)(?:^|[^\p{{L}}\p{{N}}_])(?:(?P<det>(?:le|la|les|ce|cet|cette|ces|aux|au|des)[\p{{Zs}}\t\r]+|l['’][\p{{Zs}}\t\r]*)(?:(?:\p{{L}}+|quatre|trois|deux|cinq)[\p{{Zs}}\t\r]+)?(?P<noun>{ORG_NOUNS})|du[\p{{Zs}}\t\r]+(?P<top>numéro[\p{{Zs}}\t\r]+(?:un|1)|géant))(?:$|[^\p{{L}}\p{{N}}_])|(?:^|[^\p{{L}}\p{{N}}_])(?P<last>ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières)(?:$|[^\p{{L}}\p{{N}}_])"
    ))
    .unwrap()
});

/// A subject pronoun or a possessive opening the sentence or its first clause (`Elle a
/// investi`, `En 2020, il a levé`, `Son budget est de`).
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:[^,.;:]{0,40},[\p{Zs}\t\r]*)?(?P<p>[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)[\p{Zs}\t\r]").unwrap()
});

/// A company's results opening the sentence (`Le résultat opérationnel courant est ressorti
/// à`, `Quant au chiffre d’affaires,`): they are the results of the company named before.
static RESULTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r#"(?i)^[\p{Zs}\t\r«"]*(?:[^,.;:]{0,30},[\p{Zs}\t\r]*)?(?P<r>(?:quant[\p{Zs}\t\r]+(?:au|à[\p{Zs}\t\r]+la|à[\p{Zs}\t\r]+l['’])|le|la|l['’])[\p{Zs}\t\r]*(?:résultat|bénéfice|chiffre[\p{Zs}\t\r]+d['’]affaires|perte|excédent[\p{Zs}\t\r]+brut|ebitda|ebit))(?:$|[^\p{L}\p{N}_])"#).unwrap()
});

/// A place already named: `le pays`, `la ville`, `le royaume`.
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:le|la|ce|cette|au)[\p{Zs}\t\r]+(?:pays|ville|royaume|province|métropole|capitale|commune|municipalité|république|principauté)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// People already named: `les deux accusés`, `le prévenu`.
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:le|la|les|ces)[\p{Zs}\t\r]+(?:deux[\p{Zs}\t\r]+|trois[\p{Zs}\t\r]+)?(?P<n>accusée?s?|prévenue?s?|condamnée?s?)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// The money or the deal named before: `ce montant`, `cette somme`, `le rachat`.
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:(?:ce|cet|cette)[\p{Zs}\t\r]+(?:\p{L}+[\p{Zs}\t\r]+)?(?:montant|somme|fonds|financement|enveloppe|prêt|aide|opération|levée|tour|transaction|rachat|acquisition|contrat|partenariat|accord|investissement|projet|don|subvention)|ces[\p{Zs}\t\r]+fonds|(?:le|la|l['’])[\p{Zs}\t\r]*(?:rachat|transaction|opération|offre|acquisition|levée)(?:[\p{Zs}\t\r]+de[\p{Zs}\t\r]+fonds)?)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// The pointers of `sentence`, in order. A description followed by the name it describes
/// (`le groupe CGI`, `l’institution de Bretton Woods`) is no pointer: the name is there.
pub fn find(sentence: &str) -> Vec<Anaphor> {
    static NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"^[\p{Zs}\t\r]*(?:(?:de|du|des|d['’])[\p{Zs}\t\r]*(?:la[\p{Zs}\t\r]+|l['’])?)?[«\p{Zs}\t\r]*\p{Lu}").unwrap()
    });
    let mut out = Vec::new();
    for c in ORG.captures_iter(sentence) {
        let m = c
            .name("noun")
            .or_else(|| c.name("last"))
            .or_else(|| c.name("top"))
            .unwrap();
        let whole = c.get(0).unwrap();
        // `la Banque mondiale` is a name; `les entreprises` speaks of firms in general.
        let det = c.name("det").map(|d| d.as_str().trim().to_lowercase());
        if c.name("noun").is_some()
            && (NAME_AFTER.is_match(&sentence[m.end()..])
                || m.as_str().starts_with(char::is_uppercase)
                || det
                    .as_deref()
                    .is_some_and(|d| matches!(d, "les" | "aux" | "des")))
        {
            continue;
        }
        let plural = det.as_deref() == Some("ces")
            || c.name("last").is_some_and(|l| l.as_str().ends_with('s'));
        static OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
            crate::pattern::compile(r"(?i)(?:^|[^\p{L}])(?:de|d['’])[\p{Zs}\t\r]*$").unwrap()
        });
        let lead = whole.as_str().len()
            - whole
                .as_str()
                .trim_start_matches(|ch: char| !ch.is_alphabetic())
                .len();
        if c.name("noun").is_some() && OF_BEFORE.is_match(&sentence[..whole.start() + lead]) {
            continue;
        }
        let start = whole.start()
            + (whole.as_str().len()
                - whole
                    .as_str()
                    .trim_start_matches(|ch: char| !ch.is_alphabetic())
                    .len());
        out.push(Anaphor {
            start,
            end: m.end(),
            points: Points::Organization,
            plural,
            last: c.name("last").is_some(),
        });
    }
    static IMPERSONAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"^[\p{Zs}\t\r]+(?:y|s['’]agit|faut|fallait|faudra|est|était|sera|serait|reste|convient|semble|paraît)(?:$|[^\p{L}])").unwrap()
    });
    if let Some(c) = PRONOUN.captures(sentence)
        && let Some(p) = c.name("p")
        && !IMPERSONAL.is_match(&sentence[p.end()..])
    {
        out.push(Anaphor {
            start: p.start(),
            end: p.end(),
            points: Points::Organization,
            plural: matches!(
                p.as_str().to_lowercase().as_str(),
                "ils" | "elles" | "leurs"
            ),
            last: false,
        });
    }
    if let Some(r) = RESULTS.captures(sentence).and_then(|c| c.name("r")) {
        out.push(Anaphor {
            start: r.start(),
            end: r.end(),
            points: Points::Organization,
            plural: false,
            last: false,
        });
    }
    for m in PLACE.find_iter(sentence) {
        let t = m.as_str();
        let lead = t.len() - t.trim_start_matches(|ch: char| !ch.is_alphabetic()).len();
        let trail = t.len() - t.trim_end_matches(|ch: char| !ch.is_alphabetic()).len();
        out.push(Anaphor {
            start: m.start() + lead,
            end: m.end() - trail,
            points: Points::Place,
            plural: false,
            last: false,
        });
    }
    for c in PERSON.captures_iter(sentence) {
        let n = c.name("n").unwrap();
        out.push(Anaphor {
            start: n.start(),
            end: n.end(),
            points: Points::Person,
            plural: n.as_str().ends_with('s'),
            last: false,
        });
    }
    for m in MONEY.find_iter(sentence) {
        out.push(Anaphor {
            start: m.start(),
            end: m.end(),
            points: Points::Money,
            plural: false,
            last: false,
        });
    }
    out.sort_by_key(|a| a.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(s: &str) -> Vec<(Points, bool)> {
        find(s).into_iter().map(|a| (a.points, a.plural)).collect()
    }

    #[test]
    fn descriptions_pronouns_and_the_money_point_back() {
        assert_eq!(
            points("Très engagé, le distributeur a lancé les travaux."),
            vec![(Points::Organization, false)]
        );
        assert_eq!(
            points("Ces quatre sociétés ont levé 90 millions d'euros."),
            vec![(Points::Organization, true)]
        );
        assert_eq!(
            points("Elle a investi 3 millions."),
            vec![(Points::Organization, false)]
        );
        assert_eq!(
            points("Son budget est d’environ 1,7 million d’euros."),
            vec![(Points::Organization, false)]
        );
        assert_eq!(
            points("Le résultat opérationnel courant est ressorti à 1,9 million d’euros."),
            vec![(Points::Organization, false)]
        );
        assert_eq!(
            points("Le bénéfice net du numéro un mondial a bondi."),
            vec![(Points::Organization, false), (Points::Organization, false)]
        );
        assert_eq!(
            points("Le pays a annoncé un plan."),
            vec![(Points::Place, false)]
        );
        assert_eq!(
            points("Les deux accusés devront verser 100 000 dinars."),
            vec![(Points::Person, true)]
        );
        assert_eq!(
            points("Cette somme est constituée du bénéfice."),
            vec![(Points::Money, false)]
        );
    }

    #[test]
    fn a_description_with_its_name_and_plain_sentences_point_nowhere() {
        // The name follows the description: it is named, not pointed at.
        assert!(points("Le groupe CGI a annoncé son intention.").is_empty());
        assert!(points("L’institution de Bretton Woods a approuvé un accord.").is_empty());
        // Nothing points back.
        assert!(points("Le prix du gasoil a baissé de 10 francs CFA par litre.").is_empty());
        assert!(points("Les dépenses de rémunération ont atteint 3,4 milliards.").is_empty());
        // A capitalised noun is a name, a plural article speaks in general, `il y a` of no one.
        assert!(points("La Banque mondiale a accordé un prêt.").is_empty());
        assert!(points("Une aide aux entreprises de 3 millions.").is_empty());
        assert!(points("Il y a aussi un autre trois milliards.").is_empty());
        // A noun's complement and plural deals speak in general.
        assert!(
            points("L’amende correspond à 3 % du chiffre d’affaires de l’opérateur.").is_empty()
        );
        assert!(points("La majeure partie de ces investissements a été soumise.").is_empty());
    }
}

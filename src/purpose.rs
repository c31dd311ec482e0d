//! Purpose: the phrase, as written, that says what an amount goes into (`dans l’intelligence
//! artificielle`, `pour construire des gigafactories`, `destinés à la rénovation des écoles`),
//! read in the amount's own item of its sentence, after the amount first.

use regex::Regex;
use std::sync::LazyLock;

/// The words that open a purpose.
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?P<p>dans|pour|vers\s+(?:les|des|la|le|l['’])|contre\s+(?:les|le|la|l['’])\s*(?:pertes?|risques?|défaillances?)|à\s+titre\s+d['’e]|comme\s+(?:garantie|investissement|contribution|avance|aide|soutien)|en\s+appui\s+(?:à|au|aux)|(?:à|de)\s+(?:soutenir|financer|relancer|restaurer|construire|développer|moderniser|améliorer|renforcer|créer|aider|appuyer|réaliser|poursuivre|rénover|réhabiliter|équiper|acquérir)|mobilisée?s?\s+(?:à|au|aux|pour)|versée?s?\s+(?:à|au|aux)|injectée?s?\s+dans|destinée?s?\s+(?:à|au|aux)|consacrée?s?\s+(?:à|au|aux)|affectée?s?\s+(?:à|au|aux)|allouée?s?\s+(?:à|au|aux)|réservée?s?\s+(?:à|au|aux)|dédiée?s?\s+(?:à|au|aux)|attribuée?s?\s+(?:à|au|aux)|au\s+(?:financement|profit|titre)\s+(?:de|du|des|d['’])|en\s+faveur\s+(?:de|du|des|d['’])|afin\s+d['’e]|visant\s+à|(?:le|la|l['’])\s*(?:financement|construction|rénovation|modernisation|réalisation|extension|réhabilitation|remise\s+en\s+état|mise\s+en\s+(?:œuvre|place)|création|acquisition|aménagement|transformation|restauration|sécurisation|électrification|achat|étude|équipement|entretien|reconstruction)\s+(?:de|du|des|d['’])|(?:à\s+la|à\s+l['’]|au|aux)\s*\p{Ll}+(?:tion|ment|age|ure|ance|ence)s?(?:[^\p{L}]|$))")
        .unwrap()
});

/// What after an opener is no purpose (`pour 4 milliards`, `dans le cadre de`, `pour la
/// première fois`).
static NOT_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^(?:pour|dans)[\p{Zs}\t\r]+(?:\d|un\s+(?:montant|total|coût|budget)|une\s+(?:valeur|enveloppe|somme|durée|période)|la\s+(?:première|deuxième|seconde|troisième|dernière|seule)|l['’](?:année|exercice|instant|heure|essentiel|ensemble)|le\s+(?:moment|reste|cadre|compte)|les\s+(?:années|mois|prochaines?|trois|deux|cinq|dix)|la\s+(?:période|foulée|même)|cent|mille|autant|rappel|sa\s+part|leur\s+part|sa\s+part|ce\s+faire|l['’]heure|un\s+délai|le\s+même|les\s+prochain|son|sa|ses|leurs?|celle|celui|ceux|cela|ça|lui|elle|eux|elles|moi|nous|vous|quoi|que|qui|une\s+fois|un\s+an|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)(?:[^\p{L}]|$)").unwrap()
});

/// Where a purpose phrase stops.
static STOP: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)[,;:.!?»()\[\]—–]|\d|[\p{Zs}\t\r](?:et\s+(?:de|à|pour|dans)|afin|qui|que|dont|d['’]ici|sur\s+(?:la\s+période|les|une|un|cinq|trois|dix|deux)|selon|soit|contre|alors|grâce|auprès|lors|par\s+(?:an|mois|année|le|la|les|l['’])|à\s+hauteur|en\s+(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|d['’]ici|pour\s+(?:un|une|rivaliser)|ont|a|sont|est|sera|seront|va|vont)(?:[^\p{L}]|$)").unwrap()
});

/// The longest a purpose runs, in words.
const MAX_WORDS: usize = 10;

/// The purpose of the amount at `amount` in the item `item` of `sentence` (byte spans of the
/// sentence), as a span of the sentence.
pub fn find(
    sentence: &str,
    item: (usize, usize),
    amount: (usize, usize),
) -> Option<(usize, usize)> {
    let after = (amount.1.min(item.1), item.1);
    let before = (item.0, amount.0.max(item.0));
    allotted_to(sentence, item, amount)
        .or_else(|| first_in(sentence, after, false))
        .or_else(|| bracketed(sentence, item, amount))
        .or_else(|| cost_of(sentence, item, amount))
        .or_else(|| first_in(sentence, before, true))
}

/// A verb of allotting before the amount (`le Maroc consacrera plus de 2 milliards`).
static ALLOTTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:consacr|affect|allou|réserv|attribu|dédi|destin)\p{L}*[^,;:.()]{0,50}$").unwrap()
});

/// Right after the amount, what it is allotted to (`à 13 projets supplémentaires`).
static ALLOTTED_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:[\p{Zs}\t\r]+(?:de|d['’])[\p{Zs}\t\r]*\p{L}+)?[\p{Zs}\t\r]+(?P<p>(?:à|au|aux)[\p{Zs}\t\r]+(?:\d+[\p{Zs}\t\r]+)?[^,;:.!?()\d]+)").unwrap()
});

/// `consacrera 2 milliards de dirhams à 13 projets supplémentaires`: what a verb of allotting
/// gives the amount to, written right after it (a number may open it), up to `MAX_WORDS`.
fn allotted_to(
    sentence: &str,
    item: (usize, usize),
    amount: (usize, usize),
) -> Option<(usize, usize)> {
    let mut from = item.0.max(amount.0.saturating_sub(80));
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    if amount.0 < from || !ALLOTTING.is_match(&sentence[from..amount.0]) {
        return None;
    }
    let end = item.1.max(amount.1);
    let caps = ALLOTTED_TO.captures(&sentence[amount.1..end])?;
    let p = caps.name("p")?;
    let mut phrase = p.as_str();
    if let Some(m) = STOP.find(&phrase[2..]) {
        // A stop after the opener (`qui`, `soit`) ends it; the number after `à` does not.
        if !m.as_str().chars().all(|c| c.is_ascii_digit()) {
            phrase = &phrase[..2 + m.start()];
        }
    }
    if let Some((i, _)) = phrase
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(MAX_WORDS)
    {
        phrase = &phrase[..i];
    }
    let phrase = phrase.trim_end();
    if phrase.split_whitespace().count() < 2 {
        return None;
    }
    let start = amount.1 + p.start();
    Some((start, start + phrase.len()))
}

/// `Sa construction a coûté`, `les boucliers tarifaires sur le gaz, qui avaient coûté`: the
/// thing whose cost the amount is, as the subject of `coûter` right before it.
static COST_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[,;:(—–][\p{Zs}\t\r]*)(?:(?:mais|comme|et|donc|ainsi|or)[\p{Zs}\t\r]+)*(?P<np>(?:(?:les?|la|sa|son|ses|leurs?|ce|cet|cette|ces)[\p{Zs}\t\r]+|l['’][\p{Zs}\t\r]*)\p{L}[^,;:.!?()\d]{2,80}?)[\p{Zs}\t\r]*,?[\p{Zs}\t\r]*(?:qui[\p{Zs}\t\r]+)?(?:(?:a|ont|avait|avaient|aura|auront|va|vont|devrait|devraient)[\p{Zs}\t\r]+)?(?:coûté|coûte|coûtent|coûtera|coûteront|coûter)[\p{Zs}\t\r]+(?:environ|près\s+de|plus\s+de|quelque|au\s+moins)?[\p{Zs}\t\r]*$").unwrap()
});

/// The subject of `coûter` before the amount (`COST_SUBJECT`), as a span of the sentence.
fn cost_of(sentence: &str, item: (usize, usize), amount: (usize, usize)) -> Option<(usize, usize)> {
    let mut from = item.0.max(amount.0.saturating_sub(150));
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    if amount.0 < from {
        return None;
    }
    let caps = COST_SUBJECT.captures(&sentence[from..amount.0])?;
    let np = caps.name("np")?;
    let phrase = np.as_str().trim_end();
    if phrase.split_whitespace().count() > MAX_WORDS + 2 {
        return None;
    }
    Some((from + np.start(), from + np.start() + phrase.len()))
}

/// A sentence that opens by pointing back at an amount (`Ces fonds`, `Cette enveloppe`).
static MONEY_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r«]*(?:ces|cette|ce|cet)[\p{Zs}\t\r]+(?:fonds|sommes?|montants?|financements?|enveloppes?|prêts?|aides?|dons?|crédits?|investissements?|subventions?|ressources|moyens|dotations?|millions|milliards)(?:$|[^\p{L}])").unwrap()
});

/// The purpose a sentence gives to the amount of the sentence before, when it opens by
/// pointing back at it (`Ces fonds sont destinés à soutenir cinq projets`), as a span of it.
pub fn pointed_back(sentence: &str) -> Option<(usize, usize)> {
    let at = MONEY_BACK.find(sentence)?.end();
    first_in(sentence, (at, sentence.len()), false)
}

/// `d’aménagement routier au Togo (20 milliards)`: an amount in brackets is that of the
/// phrase before it, back to the list's last comma (a phrase of at most `MAX_WORDS` words).
fn bracketed(
    sentence: &str,
    item: (usize, usize),
    amount: (usize, usize),
) -> Option<(usize, usize)> {
    let head = sentence[item.0.min(amount.0)..amount.0].trim_end();
    let head = head.strip_suffix('(')?.trim_end();
    let start = head.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let phrase = head[start..].trim_start();
    let phrase = phrase.strip_prefix("et ").unwrap_or(phrase).trim_start();
    let words = phrase.split_whitespace().count();
    if !(2..=MAX_WORDS).contains(&words) || !LIST_PHRASE.is_match(phrase) {
        return None;
    }
    let from = item.0.min(amount.0) + (head.len() - phrase.len());
    Some((from, from + phrase.len()))
}

/// What opens a listed phrase that an amount in brackets is for: a complement (`d’aménagement
/// routier`, `de logements sociaux`) or an opener.
static LIST_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^(?:de|d['’]|du|des|pour|dans|à|au|aux)[\p{Zs}\t\r]*\p{L}")
        .unwrap()
});

fn first_in(sentence: &str, (from, to): (usize, usize), last: bool) -> Option<(usize, usize)> {
    if from >= to {
        return None;
    }
    let window = &sentence[from..to];
    let mut spans = OPENER.captures_iter(window).filter_map(|caps| {
        let p = caps.name("p")?;
        let rest = &window[p.start()..];
        if NOT_PURPOSE.is_match(rest) {
            return None;
        }
        // The phrase runs past its opener to the first stop.
        let opener_end = p.end() - p.start();
        let tail = &rest[opener_end..];
        let stop = STOP.find(tail).map_or(tail.len(), |m| m.start());
        let mut end = opener_end + stop;
        // No more than `MAX_WORDS` words.
        if let Some((i, _)) = rest[..end]
            .char_indices()
            .filter(|&(_, c)| c.is_whitespace())
            .nth(MAX_WORDS)
        {
            end = i;
        }
        let phrase = rest[..end].trim_end();
        // An opener with nothing after it is no purpose.
        if phrase.split_whitespace().count() < 2 {
            return None;
        }
        let start = from + p.start();
        Some((start, start + phrase.len()))
    });
    if last { spans.last() } else { spans.next() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose(sentence: &str, amount: &str) -> Option<String> {
        let at = sentence.find(amount).unwrap();
        find(sentence, (0, sentence.len()), (at, at + amount.len()))
            .map(|(s, e)| sentence[s..e].to_string())
    }

    #[test]
    fn phrases_that_say_what_the_money_is_for() {
        assert_eq!(
            purpose(
                "l’Union européenne a annoncé un investissement de 200 milliards d’euros dans l’intelligence artificielle (IA) pour rivaliser.",
                "200 milliards d’euros"
            )
            .as_deref(),
            Some("dans l’intelligence artificielle")
        );
        assert_eq!(
            purpose(
                "La Région verse 3 M€ destinés à la rénovation des écoles.",
                "3 M€"
            )
            .as_deref(),
            Some("destinés à la rénovation des écoles")
        );
        assert_eq!(
            purpose(
                "Northvolt lève 1 milliard pour construire des gigafactories en Europe.",
                "1 milliard"
            )
            .as_deref(),
            Some("pour construire des gigafactories en Europe")
        );
        assert_eq!(
            purpose("Un prêt de 5 M€ à la construction d’un hôpital.", "5 M€").as_deref(),
            Some("à la construction d’un hôpital")
        );
        assert_eq!(
            purpose(
                "Le ministère va financer la modernisation de l’appareil à hauteur de 1,9 milliard d’euros.",
                "1,9 milliard d’euros"
            )
            .as_deref(),
            Some("la modernisation de l’appareil")
        );
    }

    #[test]
    fn more_ways_to_say_what_money_is_for() {
        assert_eq!(
            purpose(
                "7,7 milliards seront mobilisés à l’emploi et la lutte contre la pauvreté.",
                "7,7 milliards"
            )
            .as_deref(),
            Some("mobilisés à l’emploi et la lutte")
        );
        assert_eq!(
            purpose(
                "la Confédération accorde une garantie de 9 milliards de francs contre les pertes.",
                "9 milliards de francs"
            )
            .as_deref(),
            Some("contre les pertes")
        );
        assert_eq!(
            purpose(
                "ils devront verser 100 000 dinars au trésor public à titre de dédommagement.",
                "100 000 dinars"
            )
            .as_deref(),
            Some("à titre de dédommagement")
        );
        assert_eq!(
            purpose(
                "un appui de 600 millions USD vers des réformes structurelles.",
                "600 millions USD"
            )
            .as_deref(),
            Some("vers des réformes structurelles")
        );
        assert_eq!(
            purpose(
                "une enveloppe de 1,9 milliard de dollars à soutenir cinq projets stratégiques.",
                "1,9 milliard de dollars"
            )
            .as_deref(),
            Some("à soutenir cinq projets stratégiques")
        );
    }

    #[test]
    fn an_amount_in_brackets_is_that_of_the_phrase_before_it() {
        let s = "Les prêts portent sur des projets au Burkina Faso (22 milliards de Fcfa), d’aménagement routier au Togo (20 milliards de Fcfa) et de logements sociaux au Mali (25 milliards de Fcfa).";
        let at = s.find("20 milliards").unwrap();
        let item = (
            s.find("d’aménagement").unwrap(),
            s.find(" et de logements").unwrap(),
        );
        assert_eq!(
            find(s, item, (at, at + "20 milliards de Fcfa".len())).map(|(a, b)| &s[a..b]),
            Some("d’aménagement routier au Togo")
        );
        // A name in brackets is no purpose.
        let s = "La société Atos (11,2 Md€ de CA) construira une usine.";
        let at = s.find("11,2").unwrap();
        assert_eq!(find(s, (0, s.len()), (at, at + 7)), None);
    }

    #[test]
    fn the_next_sentence_says_what_the_money_is_for() {
        let found = crate::extract(
            "Le gouvernement a signé des accords de 1,9 milliard de dollars avec la Banque mondiale. Ces fonds sont destinés à soutenir cinq projets stratégiques.",
        );
        assert_eq!(
            found[0].purpose.as_deref(),
            Some("destinés à soutenir cinq projets stratégiques")
        );
        // A next sentence about something else says nothing of it.
        let found = crate::extract(
            "Le gouvernement a signé des accords de 1,9 milliard de dollars. La cérémonie s’est tenue pour la presse.",
        );
        assert_eq!(found[0].purpose, None);
    }

    /// The purpose `extract` gives the amount `amount` of `text`.
    fn extracted(text: &str, amount: &str) -> Option<String> {
        crate::extract(text)
            .into_iter()
            .find(|f| f.text == amount)
            .and_then(|f| f.purpose)
    }

    #[test]
    fn what_an_amount_is_allotted_to_and_what_it_is_the_cost_of() {
        assert_eq!(
            extracted(
                "Le Maroc consacrera plus de 2 milliards de dirhams à 13 projets supplémentaires de grande importance pour le pays.",
                "2 milliards de dirhams"
            )
            .as_deref(),
            Some("à 13 projets supplémentaires de grande importance pour le pays")
        );
        assert_eq!(
            extracted(
                "Sa construction a coûté 24,3 M€ HT financés par l'Eurométropole.",
                "24,3 M€"
            )
            .as_deref(),
            Some("Sa construction")
        );
        assert_eq!(
            extracted(
                "Mais le budget s'allège avec la fin des aides de crise, comme les boucliers tarifaires sur le gaz et l’électricité, qui avaient coûté 10 milliards d’euros en 2023.",
                "10 milliards d’euros"
            )
            .as_deref(),
            Some("les boucliers tarifaires sur le gaz et l’électricité")
        );
        // Traps: an amount given to someone without a verb of allotting, and a pronoun that
        // costs, say no purpose by these rules.
        assert_eq!(
            extracted(
                "La BEI prête 5 millions d’euros à la commune.",
                "5 millions d’euros"
            ),
            None
        );
        assert_eq!(
            extracted("Cela va coûter 2 millions d’euros.", "2 millions d’euros"),
            None
        );
    }

    #[test]
    fn traps_give_no_purpose() {
        assert_eq!(
            purpose(
                "Le chiffre d’affaires atteint 3 M€ pour la première fois.",
                "3 M€"
            ),
            None
        );
        assert_eq!(
            purpose(
                "Les aides aux entreprises, pour 4,4 milliards d’euros.",
                "4,4 milliards d’euros"
            ),
            None
        );
        assert_eq!(
            purpose("Il a levé 5 M€ dans le cadre d’un tour de table.", "5 M€"),
            None
        );
        assert_eq!(
            purpose("Le groupe emploie 212 millions d’abonnés.", "212"),
            None
        );
    }
}

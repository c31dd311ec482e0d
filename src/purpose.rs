//! Purpose: the phrase, as written, that says what an amount goes into (`dans l’intelligence
//! artificielle`, `pour construire des gigafactories`, `destinés à la rénovation des écoles`),
//! read in the amount's own item of its sentence, after the amount first.

use regex::Regex;
use std::sync::LazyLock;

/// The words that open a purpose.
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}\p{N}_])(?P<p>dans|pour|destinée?s?\s+(?:à|au|aux)|consacrée?s?\s+(?:à|au|aux)|affectée?s?\s+(?:à|au|aux)|allouée?s?\s+(?:à|au|aux)|réservée?s?\s+(?:à|au|aux)|dédiée?s?\s+(?:à|au|aux)|attribuée?s?\s+(?:à|au|aux)|au\s+(?:financement|profit|titre)\s+(?:de|du|des|d['’])|en\s+faveur\s+(?:de|du|des|d['’])|afin\s+d['’e]|visant\s+à|(?:le|la|l['’])\s*(?:financement|construction|rénovation|modernisation|réalisation|extension|réhabilitation|remise\s+en\s+état|mise\s+en\s+(?:œuvre|place)|création|acquisition|aménagement|transformation|restauration|sécurisation|électrification|achat|étude|équipement|entretien|reconstruction)\s+(?:de|du|des|d['’])|(?:à\s+la|à\s+l['’]|au|aux)\s*\p{Ll}+(?:tion|ment|age|ure|ance|ence)s?(?:[^\p{L}]|$))")
        .unwrap()
});

/// What after an opener is no purpose (`pour 4 milliards`, `dans le cadre de`, `pour la
/// première fois`).
static NOT_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:pour|dans)[\p{Zs}\t\r]+(?:\d|un\s+(?:montant|total|coût|budget)|une\s+(?:valeur|enveloppe|somme|durée|période)|la\s+(?:première|deuxième|seconde|troisième|dernière|seule)|l['’](?:année|exercice|instant|heure|essentiel|ensemble)|le\s+(?:moment|reste|cadre|compte)|les\s+(?:années|mois|prochaines?|trois|deux|cinq|dix)|la\s+(?:période|foulée|même)|cent|mille|autant|rappel|sa\s+part|leur\s+part|sa\s+part|ce\s+faire|l['’]heure|un\s+délai|le\s+même|les\s+prochain|son|sa|ses|leurs?|celle|celui|ceux|cela|ça|lui|elle|eux|elles|moi|nous|vous|quoi|que|qui|une\s+fois|un\s+an|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)(?:[^\p{L}]|$)").unwrap()
});

/// Where a purpose phrase stops.
static STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,;:.!?»()\[\]—–]|\d|[\p{Zs}\t\r](?:et\s+(?:de|à|pour|dans)|afin|qui|que|dont|d['’]ici|sur\s+(?:la\s+période|les|une|un|cinq|trois|dix|deux)|selon|soit|contre|alors|grâce|auprès|lors|par\s+(?:an|mois|année|le|la|les|l['’])|à\s+hauteur|en\s+(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|d['’]ici|pour\s+(?:un|une|rivaliser)|ont|a|sont|est|sera|seront|va|vont)(?:[^\p{L}]|$)").unwrap()
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
    first_in(sentence, after, false).or_else(|| first_in(sentence, before, true))
}

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

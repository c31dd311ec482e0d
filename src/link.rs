//! Ties each amount to its context: the currency a bare figure borrows from its sentence, the
//! clause and sentence cues that set its source, the actors around it, the total a `dont …`
//! breaks down (`part_of`) and the earlier mention it repeats (`repeat_of`).

use crate::actor;
use crate::amount::Mention;
use crate::model::{Actor, ActorKind, Finding, Role, Source};
use crate::source::{self, Cue};
use crate::text::Positions;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a document carries from one piece to the next when it is read in pieces: where the
/// piece starts, the last written currency, and the first mention of each amount.
#[derive(Debug, Default)]
pub struct DocState {
    /// Bytes, characters and line breaks before the piece.
    bytes: usize,
    chars: usize,
    lines: usize,
    /// Findings before the piece.
    findings: usize,
    /// The last written currency, and the blank lines after it up to the piece.
    last_written: Option<(&'static str, usize)>,
    first_of: HashMap<RepeatKey, usize>,
    /// The actors the passage is about (see `topic` in [`tie`]), and the blank lines after the
    /// amount that set them, up to the piece: a piece cut between two amounts of one paragraph
    /// must not lose them.
    topic: Vec<(Actor, bool)>,
    topic_blanks: usize,
    /// The source of the passage's last amount whose words or funder said one (see
    /// [`carry_sources`]).
    passage_source: Option<(Source, String)>,
}

type RepeatKey = (
    Option<crate::model::Decimal>,
    Option<crate::model::Decimal>,
    Option<crate::model::Decimal>,
    &'static str,
);

/// Where a mention sits: its sentence and its clause, in bytes of the document.
struct Place {
    sentence: usize,
    clause: (usize, usize),
}

/// Turns the mentions of `text[..owned]` (a whole document, or a piece of one that ends at a
/// line start no mention spans) into findings, with offsets, indexes and links in the
/// document; the rest of `text` is the context after it, read again with the next piece.
pub fn tie(
    text: &str,
    owned: usize,
    sentences: &[(usize, usize)],
    mut mentions: Vec<Mention>,
    doc: &mut DocState,
) -> Vec<Finding> {
    let sentence_of = |m: &Mention| {
        sentences
            .partition_point(|&(_, end)| end <= m.start)
            .min(sentences.len().saturating_sub(1))
    };
    let blanks = crate::text::BlankLines::new(text);
    let inferred = infer_currencies(
        text,
        &blanks,
        owned,
        &mut mentions,
        sentence_of,
        &mut doc.last_written,
    );
    let places: Vec<Place> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let sentence = sentence_of(m);
            Place {
                sentence,
                clause: clause_of(text, sentences[sentence], &mentions, i),
            }
        })
        .collect();

    let mut findings: Vec<Finding> = Vec::with_capacity(mentions.len());
    let mut positions = Positions::new(text);
    let mut current_sentence = usize::MAX;
    let mut cues: Vec<Cue> = Vec::new();
    let mut sentence_text: std::sync::Arc<str> = std::sync::Arc::from("");
    // The actors of each amount of the current sentence, with their roles, and its purposes.
    let mut involved: Vec<Vec<actor::involve::Involved>> = Vec::new();
    let mut purposes: Vec<Option<String>> = Vec::new();
    let mut sentence_items: Vec<(usize, usize)> = Vec::new();
    // Whether each amount measures something (a revenue, a deficit, a price), and whether its
    // sentence speaks of money given: see `carry_sources`.
    let mut measures: Vec<bool> = Vec::with_capacity(mentions.len());
    let mut given: Vec<bool> = Vec::with_capacity(mentions.len());
    let mut first_of_sentence = 0;
    // Whether the current sentence points back at the money before (`Ce montant`, `Le rachat`):
    // then an amount of it that names no one is of the topic's actors.
    let mut carries_topic = false;
    // The sentence whose amount set the topic, in this piece.
    let mut topic_sentence: Option<usize> = None;
    // The actors of the last amount that had some: an amount whose sentence names no one is
    // about them (`Le spécialiste … a dévoilé une perte de 1,6 million`).
    let mut topic: Vec<(Actor, bool)> = std::mem::take(&mut doc.topic);
    let mut topic_end = 0;
    // The topic comes from an earlier piece until an amount of this one sets it.
    let mut topic_from_earlier = !topic.is_empty();
    for (i, m) in mentions
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.start < owned)
    {
        let place = &places[i];
        let (s_start, s_end) = sentences[place.sentence];
        if place.sentence != current_sentence {
            current_sentence = place.sentence;
            let sentence = &text[s_start..s_end];
            sentence_text = std::sync::Arc::from(sentence.trim());
            cues = source::cues(sentence)
                .into_iter()
                .map(|c| Cue {
                    start: c.start + s_start,
                    end: c.end + s_start,
                    ..c
                })
                .collect();
            let actors: Vec<actor::Found> = actor::find(sentence)
                .into_iter()
                .map(|f| actor::Found {
                    start: f.start + s_start,
                    end: f.end + s_start,
                    ..f
                })
                // `Md` in `3 Md€` is no actor: nothing inside an amount is.
                .filter(|f| {
                    let i = mentions.partition_point(|m| m.end <= f.start);
                    mentions.get(i).is_none_or(|m| m.start >= f.end)
                })
                .collect();
            let named_back: Option<Actor> = sentences
                .get(place.sentence + 1)
                .filter(|&&(a, _)| a == s_end)
                .and_then(|&(a, b)| actor::named_back(&text[a..b]));
            first_of_sentence = i;
            let spans: Vec<(usize, usize)> = mentions[i..]
                .iter()
                .zip(&places[i..])
                .take_while(|(_, p)| p.sentence == current_sentence)
                .map(|(m, _)| (m.start - s_start, m.end - s_start))
                .collect();
            let mut local: Vec<actor::Found> = actors
                .iter()
                .map(|f| actor::Found {
                    start: f.start - s_start,
                    end: f.end - s_start,
                    ..f.clone()
                })
                .collect();
            // `Le distributeur a lancé …`, `Ces quatre sociétés ont levé …`: who a pointer
            // stands for stands where it is, so its role is read there.
            let anaphors = actor::anaphor::find(sentence);
            carries_topic = anaphors
                .iter()
                .any(|a| a.points == actor::anaphor::Points::Money);
            let pointed = resolve(text, sentences, place.sentence, &local, &anaphors, &topic);
            local.extend(pointed.iter().cloned());
            local.sort_by_key(|f| f.start);
            involved = actor::involve::involve(sentence, &local, &spans, named_back.as_ref());
            // Who a pointer stands for is a guess: it never decides the source.
            for x in involved.iter_mut().flatten() {
                if pointed.iter().any(|p| p.actor.name == x.actor.name)
                    && !local
                        .iter()
                        .any(|f| f.actor.name == x.actor.name && !pointed.contains(f))
                {
                    x.gives = false;
                }
            }
            let items = actor::involve::items(sentence, &spans);
            sentence_items = items.clone();
            // `Ces fonds sont destinés à soutenir cinq projets`: the next sentence, pointing
            // back at the money, says what it is for.
            let told_next: Option<String> = sentences
                .get(place.sentence + 1)
                .filter(|&&(a, _)| a == s_end)
                .and_then(|&(a, b)| {
                    let next = &text[a..b];
                    crate::purpose::pointed_back(next).map(|(x, y)| next[x..y].to_string())
                });
            purposes = spans
                .iter()
                .zip(&items)
                .map(|(&amount, &item)| {
                    crate::purpose::find(sentence, item, amount)
                        .map(|(a, b)| sentence[a..b].to_string())
                        .or_else(|| told_next.clone())
                })
                .collect();
        }
        let (mut source, mut source_cue) = source_of(i, &places, &cues);
        let mine = &involved[i - first_of_sentence];
        // The words of its own item around the amount: what it measures stands close to it
        // (`un déficit de 3,8 milliards`, `4,4 Md€ de CA`). Its item may start after a comma
        // that cuts the noun from its amount (`le montant de la dette extérieure avait
        // atteint, à la même période 17,8 milliards`): the words back to the amount before
        // are still its own.
        let measure = {
            let item = sentence_items[i - first_of_sentence];
            let (a, b) = (m.start - s_start, m.end - s_start);
            let sentence = &text[s_start..s_end];
            let left = if i > first_of_sentence {
                item.0.min(mentions[i - 1].end.saturating_sub(s_start))
            } else {
                item.0
            };
            let from = floor_boundary(sentence, left.max(a.saturating_sub(100)));
            let to = floor_boundary(sentence, item.1.min(b + 30).max(b));
            // `17,8 milliards de dollars contre 21,4 milliards à fin 2004, soit une baisse de
            // 3,6 milliards`: the figures compared with a measure measure the same.
            let compared = i > first_of_sentence
                && measures.last() == Some(&true)
                && COMPARED.is_match(&text[mentions[i - 1].end..m.start]);
            compared || source::is_measure(&sentence[from..to])
        };
        // The source follows the funder the text names, unless the clause's own words say
        // which money it is (`dont 150 milliards de fonds privés`).
        let givers: Vec<(&str, crate::model::ActorKind)> = mine
            .iter()
            .filter(|x| x.gives)
            .map(|x| (x.actor.name.as_str(), x.actor.kind))
            .collect();
        if measure
            && givers.is_empty()
            && !source_cue
                .as_deref()
                .is_some_and(|c| source::is_explicit(c) || source::is_budget(c))
        {
            // A deficit, a revenue or a price is no money given, whoever's it is.
            source = Source::Unknown;
            source_cue = None;
        }
        measures.push(measure);
        // A list item (`- 200 millions USD pour un projet`) is of its lead-in's money; a
        // sentence whose subject is a pronoun (`Elle a investi`) or that names who decided
        // (`Le Conseil d’administration a donné son feu vert`) speaks for itself.
        let decided_by_own = mine
            .iter()
            .any(|x| x.said && x.actor.role == Role::Other && x.actor.kind != ActorKind::Person);
        given.push(
            LIST_ITEM.is_match(&sentence_text)
                || is_heading(&sentence_text)
                || (MONEY_GIVEN.is_match(&sentence_text)
                    && !PRONOUN_SUBJECT.is_match(&sentence_text)
                    && !decided_by_own),
        );
        if let Some((from_funders, cue)) = source::from_funders(&givers) {
            let cue_holds = source != Source::Unknown
                && (source == from_funders
                    || source_cue.as_deref().is_some_and(source::is_explicit));
            if !cue_holds {
                source = from_funders;
                source_cue = Some(cue);
            }
        }
        // Each actor, and whether only an announcement or an owner's `de` made it the funder
        // (`l’UE a annoncé un investissement`): such a funder never decides the source.
        let mut with_evidence: Vec<(Actor, bool)> = mine
            .iter()
            .map(|x| {
                (
                    x.actor.clone(),
                    x.said && !x.gives && x.actor.role == Role::Funder,
                )
            })
            .collect();
        let in_sentence = !with_evidence.is_empty();
        // Within its paragraph, and only who gives or gets.
        let blanks_since_topic = if topic_from_earlier {
            doc.topic_blanks + blanks.between(0, m.start, true)
        } else {
            blanks.between(topic_end, m.start, false)
        };
        if topic_end > m.start {
            topic.clear();
        } else if blanks_since_topic > 0 {
            // Past its paragraph, only the organisation the passage is about carries on.
            topic.retain(|(a, _)| a.kind == crate::model::ActorKind::Organization);
        }
        if with_evidence.is_empty() {
            // A sentence that names no one and points at no earlier money is about no one
            // (`Le prix du gasoil a baissé de 10 francs CFA`).
            // An amount of the same sentence as the topic's shares its actors (`l’AFD déploie
            // 12 à 13 milliards …, complétés par 12 milliards issus de partenariats`).
            if carries_topic || topic_sentence == Some(place.sentence) {
                with_evidence = topic.clone();
            }
        } else {
            // Who speaks of the money is no topic; a company whose loss it is stays one.
            topic = with_evidence
                .iter()
                .zip(mine)
                .filter(|((a, _), x)| {
                    a.role != Role::Other || (a.kind == ActorKind::Organization && !x.said)
                })
                .map(|(a, _)| a.clone())
                .collect();
            topic_sentence = Some(place.sentence);
        }
        topic_end = m.end;
        topic_from_earlier = false;
        // No words of its own say where the money comes from: a public funder among its
        // actors (named in its sentence or carried from the passage) does; one that only
        // approves or announces a loan, a credit, an aid does too when its sentence names it
        // (`L’institution de Bretton Woods a approuvé un accord de facilité de crédit`).
        if source == Source::Unknown
            && FUNDING_NOUN.is_match(&sentence_text)
            && let Some((a, _)) = with_evidence.iter().find(|(a, weak)| {
                (!weak || in_sentence)
                    && a.role == Role::Funder
                    && source::is_public_funder(&a.name)
            })
        {
            source = Source::Public;
            source_cue = Some(format!("{}{}", source::FUNDER_CUE, a.name));
        }
        let mention_actors: Vec<Actor> = with_evidence.into_iter().map(|(a, _)| a).collect();
        let purpose = purposes[i - first_of_sentence].clone();
        let (start, line) = positions.at(m.start);
        let (end, _) = positions.at(m.end);
        findings.push(Finding {
            index: i,
            line,
            start,
            end,
            byte_start: m.start,
            byte_end: m.end,
            text: text[m.start..m.end].to_string(),
            value: m.value,
            min: m.min,
            max: m.max,
            currency: m.currency.unwrap_or("XXX"),
            currency_inferred: inferred[i],
            currency_cue: m.currency_cue.clone(),
            qualifier: m.qualifier,
            qualifier_cue: m.qualifier_cue.clone(),
            period: m.period,
            per: m.per,
            source,
            source_cue,
            actors: mention_actors,
            purpose,
            part_of: None,
            repeat_of: None,
            rule: m.rule,
            sentence: sentence_text.clone(),
        });
    }
    link_breakdowns(text, &mut findings, &places);
    carry_sources(&mut findings, &measures, &given, &mut doc.passage_source);
    for f in &mut findings {
        f.index += doc.findings;
        f.part_of = f.part_of.map(|t| t + doc.findings);
        f.line += doc.lines;
        f.start += doc.chars;
        f.end += doc.chars;
        f.byte_start += doc.bytes;
        f.byte_end += doc.bytes;
    }
    link_repeats(&mut findings, &mut doc.first_of);
    let read = &text[..owned];
    doc.topic_blanks = if topic_from_earlier {
        doc.topic_blanks + blanks.between(0, owned, true)
    } else {
        blanks.between(topic_end.min(owned), owned, false)
    };
    doc.topic = topic;
    doc.bytes += read.len();
    doc.chars += read.chars().count();
    doc.lines += read.bytes().filter(|&b| b == b'\n').count();
    doc.findings += findings.len();
    findings
}

/// The actors the pointers of sentence `at` stand for, placed where the pointers stand: an
/// organisation, a place or people named in one of the six sentences before (the nearest
/// that names one of that kind; all of its names for a plural pointer, the last for `ce
/// dernier`, else the first), or else among the topic; never one the sentence names itself.
fn resolve(
    text: &str,
    sentences: &[(usize, usize)],
    at: usize,
    local: &[actor::Found],
    anaphors: &[actor::anaphor::Anaphor],
    topic: &[(Actor, bool)],
) -> Vec<actor::Found> {
    let mut out: Vec<actor::Found> = Vec::new();
    for an in anaphors {
        let Some(kind) = an.kind() else { continue };
        if out.iter().any(|f| f.actor.kind == kind) {
            continue;
        }
        // A name the sentence holds itself is not what its pointer stands for (`Pour chaque
        // euro apporté par l’État, l’institution mobilise`).
        let here = |x: &Actor| {
            local.iter().any(|f| {
                actor::involve::canonical(&f.actor.name) == actor::involve::canonical(&x.name)
            })
        };
        let mut names: Vec<Actor> = Vec::new();
        for k in (at.saturating_sub(6)..at).rev() {
            let (a, b) = sentences[k];
            names = actor::find(&text[a..b])
                .into_iter()
                .map(|f| f.actor)
                .filter(|x| x.kind == kind && !actor::involve::is_outlet(&x.name) && !here(x))
                .collect();
            if !names.is_empty() {
                break;
            }
        }
        if names.is_empty() {
            names = topic
                .iter()
                .map(|(a, _)| a.clone())
                .filter(|a| a.kind == kind && !here(a))
                .collect();
        }
        // `ce dernier` is the last one named; another singular pointer the first (the subject).
        if an.last {
            names = names.pop().into_iter().collect();
        } else if !an.plural {
            names.truncate(1);
        }
        out.extend(names.into_iter().map(|actor| actor::Found {
            start: an.start,
            end: an.end,
            actor,
        }));
    }
    out
}

/// Gives a mention without a currency the one of the nearest written amount in its sentence
/// (before it first), or else of the previous written amount in its paragraph or the one
/// before, or, when a money noun follows it, of the document; drops the mentions left without
/// one. Returns, for each kept mention, whether its currency is inferred.
fn infer_currencies(
    text: &str,
    blanks: &crate::text::BlankLines,
    owned: usize,
    mentions: &mut Vec<Mention>,
    sentence_of: impl Fn(&Mention) -> usize,
    carried: &mut Option<(&'static str, usize)>,
) -> Vec<bool> {
    // (sentence, start, currency) of every amount with a written currency, in text order; a
    // conversion in brackets is the money of the amount it converts, not the text's.
    let written: Vec<(usize, usize, &'static str)> = mentions
        .iter()
        .filter(|m| !m.conversion)
        .filter_map(|m| m.currency.map(|c| (sentence_of(m), m.start, c)))
        .collect();
    let mut inferred = Vec::with_capacity(mentions.len());
    mentions.retain_mut(|m| {
        if m.currency.is_some() {
            inferred.push(m.borrowed_currency);
            return true;
        }
        let s = sentence_of(m);
        let next = written.partition_point(|w| w.1 < m.start);
        let before = next.checked_sub(1).map(|j| written[j]);
        let after = written.get(next).copied();
        let same_sentence = |w: &(usize, usize, &str)| w.0 == s;
        // Within its paragraph or from the one before (`… 21,3 millions d’euros.\n\n… (3,2
        // millions)`).
        let near_paragraph = |w: &(usize, usize, &str)| blanks.between(w.1, m.start, false) <= 1;
        // From an earlier piece of the document.
        let earlier = carried.map(|(c, blanks)| (usize::MAX, 0, c, blanks));
        let earlier_near = earlier
            .filter(|e| e.3 + blanks.between(0, m.start, true) <= 1)
            .map(|e| e.2);
        let found = before
            .filter(same_sentence)
            .or(after.filter(same_sentence))
            .or(before.filter(near_paragraph))
            .map(|w| w.2)
            .or(earlier_near)
            // `1,9 milliard d’investissements` names money: any written currency of the document.
            .or(before
                .map(|w| w.2)
                .or(earlier.map(|e| e.2))
                .or(after.map(|w| w.2))
                .filter(|_| m.money_noun))
            // A bare `4,2 milliards` (no noun after it: the rules leave out `212 millions
            // d’abonnés`) in a document that has written money before: that currency, however
            // far back (a budget story writes `dollars` once, in its first paragraph).
            .or(before
                .map(|w| w.2)
                .or(earlier.map(|e| e.2))
                .filter(|_| is_bare_big_figure(text, m)));
        match found {
            Some(currency) => {
                m.currency = Some(currency);
                inferred.push(true);
                true
            }
            None => false,
        }
    });
    *carried = match written.iter().rev().find(|w| w.1 < owned) {
        Some(&(_, start, currency)) => Some((currency, blanks.between(start, owned, false))),
        None => carried.map(|(c, before)| (c, before + blanks.between(0, owned, true))),
    };
    inferred
}

/// `4,2 milliards`, `300 millions`: digits and a scale of millions or more, with nothing else.
fn is_bare_big_figure(text: &str, m: &Mention) -> bool {
    let written = &text[m.start..m.end];
    m.rule == crate::amount::rules::NUMBER_SCALE_CONTEXT
        && written.starts_with(|c: char| c.is_ascii_digit())
        && (written.contains("million") || written.contains("milliard"))
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An amount whose words say nothing of its source has the source of the passage's last amount
/// that had one (`la BOAD a approuvé le financement …` then `Les prêts portent sur … (22
/// milliards)`): a passage speaks of one kind of money until it says otherwise. Not across a
/// measure (a revenue, a deficit, a price: `unknown` by nature, neither given nor taken), nor to
/// a figure counted per unit, nor to one whose sentence does not speak of money given (`Ces
/// dépenses se sont élevées à`, `les entreprises ont emprunté`), nor from a part of a breakdown (its source is the part's own); a
/// mixed amount says the passage's money is of both kinds, so it carries nothing.
fn carry_sources(
    findings: &mut [Finding],
    measures: &[bool],
    given: &[bool],
    carried: &mut Option<(Source, String)>,
) {
    for ((f, &measure), &given) in findings.iter_mut().zip(measures).zip(given) {
        if measure || f.part_of.is_some() {
            continue;
        }
        match f.source {
            Source::Unknown => {
                if f.per.is_none()
                    && given
                    && let Some((source, cue)) = carried.as_ref()
                {
                    f.source = *source;
                    f.source_cue = Some(format!("{}{cue}", source::PASSAGE_CUE));
                }
            }
            Source::Mixed => *carried = None,
            Source::Public | Source::Private => {
                let cue = f.source_cue.as_deref().unwrap_or_default();
                let cue = cue.strip_prefix(source::PASSAGE_CUE).unwrap_or(cue);
                *carried = Some((f.source, cue.to_string()));
            }
        }
    }
}

/// A sentence that speaks of money given, lent or raised (`Les prêts portent sur`, `affectés
/// en 2015`, `une enveloppe de`): an amount of it whose own words say nothing of its source
/// takes the passage's (see [`carry_sources`]).
static MONEY_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:prêts?|financements?|financée?s?|appuis?|aides?|dons?|subventions?|enveloppes?|crédits?|concours|tranches?|décaissements?|cofinancements?|budgets?|dotations?|investissements?|investie?s?|allouée?s?|affectée?s?|accordée?s?|octroyée?s?|mobilisée?s?|consacrée?s?|versée?s?|lignes?|programmes?|projets?|fonds|levée?s?|levé|lève|tours?\s+de\s+table|opérations?)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// A heading: a short line without a full stop (`489 millions à la Pologne`, `333 millions à
/// Swisscom (2009)`), of its passage's money.
fn is_heading(sentence: &str) -> bool {
    sentence.chars().count() <= 60
        && !sentence.contains('\n')
        && !sentence.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A list item: a line that opens with a dash or a bullet.
/// Between a measure and a figure compared with it: `contre`, `soit une baisse de`.
static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^[\p{Zs}\t\r,(]*(?:contre|soit|comparativement\s+à|par\s+rapport\s+à)(?:$|[^\p{L}\p{N}_])[^.;:!?\d]{0,40}$").unwrap()
});

static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^[-–—•*·]").unwrap());

/// A sentence whose subject is a pronoun: `Elle a investi`, `il a déjà engagé`, `Celle-ci`.
static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)^(?:[\p{L}\p{N}\p{Zs}'’-]{0,40},[\p{Zs}\t\r]*)?(?:il|elle|ils|elles|celle-ci|celui-ci|ceux-ci|celles-ci)[\p{Zs}\t\r]").unwrap()
});

/// A sentence that speaks of lending or funding (`un prêt de`, `le financement`): the public
/// funder of its passage is the source of its amounts.
static FUNDING_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?:^|[^\p{L}\p{N}_])(?:prêts?|financements?|appuis?|aides?|dons?|subventions?|enveloppes?|crédits?|concours|accords?\s+de\s+(?:prêt|financement|don)|tranches?|décaissements?|cofinancements?|coopération|garanties?|contributions?)(?:$|[^\p{L}\p{N}_])").unwrap()
});

/// Punctuation that closes a clause inside a sentence.
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"[;:()\[\]—–]|,\s|\s-\s|(?-u:\b)(?:dont|mais|tandis\s+que|alors\s+que)(?-u:\b)",
    )
    .unwrap()
});

/// Words that separate two amounts of one clause (`3 M€ de l’État et 2 M€ des investisseurs`).
static AMOUNT_JOIN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"(?-u:\b)(?:et|ou|puis|contre)(?-u:\b)").unwrap());

/// The clause of mention `i`: the sentence cut at clause punctuation, then cut between this
/// mention and its neighbours at the last `et` between them.
fn clause_of(
    text: &str,
    sentence: (usize, usize),
    mentions: &[Mention],
    i: usize,
) -> (usize, usize) {
    let m = &mentions[i];
    let (s_start, s_end) = sentence;
    let mut start = s_start;
    let mut end = s_end;
    for b in CLAUSE_BREAK.find_iter(&text[s_start..s_end]) {
        let (b_start, b_end) = (b.start() + s_start, b.end() + s_start);
        // A break inside an amount (`1,5`) is no break.
        let covering = mentions.partition_point(|x| x.end <= b_start);
        if mentions
            .get(covering)
            .is_some_and(|x| b_start >= x.start && b_start < x.end)
        {
            continue;
        }
        if b_end <= m.start {
            start = start.max(b_start);
        } else if b_start >= m.end {
            end = end.min(b_start);
            break;
        }
    }
    if i > 0 {
        let prev = &mentions[i - 1];
        if prev.end > start && prev.end <= m.start {
            let gap = &text[prev.end..m.start];
            start = match AMOUNT_JOIN.find_iter(gap).last() {
                Some(j) => prev.end + j.start(),
                None => prev.end,
            };
        }
    }
    if let Some(next) = mentions.get(i + 1)
        && next.start < end
        && next.start >= m.end
    {
        let gap = &text[m.end..next.start];
        end = match AMOUNT_JOIN.find_iter(gap).last() {
            Some(j) => m.end + j.start(),
            None => next.start,
        };
    }
    (start, end)
}

/// The source of mention `i`: the cues of its clause, else the cues of its sentence that no
/// other amount's clause holds.
fn source_of(i: usize, places: &[Place], cues: &[Cue]) -> (Source, Option<String>) {
    let (c_start, c_end) = places[i].clause;
    let in_clause: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.start >= c_start && c.start < c_end)
        .collect();
    if let Some((s, cue)) = source::combine(&in_clause) {
        return (s, Some(cue));
    }
    // The other amounts of the sentence are the neighbours of `i` with the same sentence.
    let sentence = places[i].sentence;
    let first = places[..i]
        .iter()
        .rposition(|p| p.sentence != sentence)
        .map_or(0, |j| j + 1);
    let last = places[i..]
        .iter()
        .position(|p| p.sentence != sentence)
        .map_or(places.len(), |j| i + j);
    let free: Vec<&Cue> = cues
        .iter()
        .filter(|c| {
            !(first..last).any(|j| {
                let p = &places[j];
                j != i && c.start >= p.clause.0 && c.start < p.clause.1
            })
        })
        .collect();
    if let Some((s, cue)) = source::combine(&free) {
        return (s, Some(cue));
    }
    // Cues held by other amounts' clauses still speak for the whole sentence when they agree
    // (`le déficit budgétaire est passé de 74,9 à 85,6 Md€, soit une hausse de 10 Md€`).
    let all: Vec<&Cue> = cues.iter().collect();
    match all.first() {
        Some(first) if all.iter().all(|c| c.source == first.source) => {
            (first.source, Some(first.text.clone()))
        }
        _ => (Source::Unknown, None),
    }
}

/// Words that open a breakdown of the amount before them.
static BREAKDOWN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"(?i)(?-u:\b)(?:dont|parmi\s+lesquel(?:le)?s|parmi\s+eux|parmi\s+elles|répartie?s?\s+(?:en|entre))(?-u:\b)").unwrap()
});

static BREAKDOWN_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[^.;:!?]*(?:(?-u:\b)et(?-u:\b)|,)[^.;:!?]*$").unwrap()
});

/// `X, dont Y … et Z …`: Y and Z are parts of X. A part that says nothing of its source has its
/// total's; a total whose parts are public and private is mixed.
fn link_breakdowns(text: &str, findings: &mut [Finding], places: &[Place]) {
    let mut total: Option<usize> = None;
    let mut in_breakdown = false;
    for i in 0..findings.len() {
        let same_sentence = i > 0 && places[i - 1].sentence == places[i].sentence;
        if !same_sentence {
            total = None;
            in_breakdown = false;
        }
        if same_sentence {
            let gap = &text[findings[i - 1].byte_end..findings[i].byte_start];
            let opens = BREAKDOWN.is_match(gap);
            let goes_on = in_breakdown && BREAKDOWN_GOES_ON.is_match(gap);
            if let Some(t) = total.filter(|_| opens || goes_on)
                && fits_in(&findings[i], &findings[t])
            {
                findings[i].part_of = Some(t);
                in_breakdown = true;
                continue;
            }
            in_breakdown = false;
        }
        total = Some(i);
    }
    // A part whose sentence says nothing of its source has its total's.
    for i in 0..findings.len() {
        if let Some(t) = findings[i].part_of
            && findings[i].source == Source::Unknown
            && matches!(findings[t].source, Source::Public | Source::Private)
        {
            findings[i].source = findings[t].source;
            findings[i].source_cue = findings[t]
                .source_cue
                .as_ref()
                .map(|c| format!("total: {c}"));
        }
    }
    // A part says what it is for and who is in it through its total, unless it says so itself.
    for i in 0..findings.len() {
        if let Some(t) = findings[i].part_of {
            if findings[i].purpose.is_none() {
                findings[i].purpose = findings[t].purpose.clone();
            }
            if findings[i].actors.is_empty() {
                findings[i].actors = findings[t].actors.clone();
            }
        }
    }
    // A total is given by whoever gives its parts (`2 millions d’euros dont 1 million de la
    // Der et 1 million de l’Ambassade de France`), when they make it up: who gives one part
    // of it does not give the whole (`7 millions d'euros, dont 800 000 euros d'aides de
    // l'État`).
    // Each total's count of parts and their sum (`None` once a part has no value), in one pass:
    // a piece may hold thousands of amounts.
    let mut sums: Vec<(usize, Option<rust_decimal::Decimal>)> =
        vec![(0, Some(rust_decimal::Decimal::ZERO)); findings.len()];
    for f in findings.iter() {
        if let Some(t) = f.part_of {
            let (count, sum) = &mut sums[t];
            *count += 1;
            *sum = sum.and_then(|s| s.checked_add(f.value?));
        }
    }
    let made_up: Vec<bool> = sums
        .iter()
        .zip(findings.iter())
        .map(|(&(count, sum), total)| match (sum, total.value) {
            (Some(sum), Some(total)) => sum == total,
            _ => count > 1,
        })
        .collect();
    for i in 0..findings.len() {
        if let Some(t) = findings[i].part_of
            && made_up[t]
        {
            let funders: Vec<Actor> = findings[i]
                .actors
                .iter()
                .filter(|a| a.role == Role::Funder)
                .filter(|a| !findings[t].actors.iter().any(|b| b.name == a.name))
                .cloned()
                .collect();
            findings[t].actors.extend(funders);
        }
    }
    // Each total's first public part and first private part.
    let mut parts: HashMap<usize, (Option<usize>, Option<usize>)> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(t) = f.part_of {
            let entry = parts.entry(t).or_default();
            match f.source {
                Source::Public => entry.0 = entry.0.or(Some(i)),
                Source::Private => entry.1 = entry.1.or(Some(i)),
                _ => {}
            }
        }
    }
    for (t, (public, private)) in parts {
        if let (Some(a), Some(b)) = (public, private)
            && (findings[t].source == Source::Unknown
                || findings[t]
                    .source_cue
                    .as_deref()
                    .is_some_and(|c| c.starts_with(source::FUNDER_CUE)))
        {
            let cue = format!(
                "parts: {} + {}",
                findings[a].source_cue.clone().unwrap_or_default(),
                findings[b].source_cue.clone().unwrap_or_default()
            );
            findings[t].source = Source::Mixed;
            findings[t].source_cue = Some(cue);
        }
    }
}

/// A part is no larger than its total, in the same currency.
fn fits_in(part: &Finding, total: &Finding) -> bool {
    let top = |f: &Finding| f.value.or(f.max);
    part.currency == total.currency
        && match (top(part), top(total)) {
            (Some(p), Some(t)) => p <= t,
            _ => true,
        }
}

/// A later mention of the same amount and currency points at the first one.
fn link_repeats(findings: &mut [Finding], first_of: &mut HashMap<RepeatKey, usize>) {
    for f in findings.iter_mut() {
        let first = *first_of
            .entry((f.value, f.min, f.max, f.currency))
            .or_insert(f.index);
        if first != f.index {
            f.repeat_of = Some(first);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Source;

    fn sources(text: &str) -> Vec<(String, Source)> {
        crate::extract(text)
            .into_iter()
            .map(|f| (f.text, f.source))
            .collect()
    }

    #[test]
    fn an_amount_that_says_nothing_has_its_passage_source() {
        let got = sources(
            "La Banque ouest-africaine de développement accorde un prêt de 115 milliards FCFA.\n\nLes prêts portent sur des projets au Togo (20 milliards FCFA) et au Mali (25 milliards FCFA).",
        );
        assert!(got.iter().all(|(_, s)| *s == Source::Public), "{got:?}");
        // A list item is of its lead-in's money.
        let got = sources(
            "La Banque mondiale a approuvé des financements de 450 millions USD :\n- 200 millions USD pour un projet de résilience à Kinshasa\n- 250 millions USD pour le barrage",
        );
        assert!(got.iter().all(|(_, s)| *s == Source::Public), "{got:?}");
    }

    #[test]
    fn a_total_is_given_by_who_gives_its_parts() {
        let found = crate::extract(
            "Le fonds est doté de 2 millions d’euros, dont 1 million d’euros de la Banque mondiale et 1 million d’euros de la BOAD.",
        );
        let names: Vec<&str> = found[0].actors.iter().map(|a| a.name.as_str()).collect();
        assert!(
            names.contains(&"Banque mondiale") && names.contains(&"BOAD"),
            "{names:?}"
        );
    }

    #[test]
    fn who_gives_one_part_does_not_give_the_whole() {
        let found = crate::extract(
            "Coût du projet : 7 millions d'euros, dont 800 000 euros d'aides de l'État.",
        );
        assert!(
            found[0].actors.iter().all(|a| a.name != "État"),
            "{found:?}"
        );
        assert!(
            found[1].actors.iter().any(|a| a.name == "État"),
            "{found:?}"
        );
    }

    #[test]
    fn a_public_lender_that_approves_a_loan_makes_it_public() {
        let got = sources(
            "L’institution de Bretton Woods a approuvé un accord de facilité de crédit de 455 millions de dollars.",
        );
        assert_eq!(got[0].1, Source::Public, "{got:?}");
        // Announcing an investment is not giving it (the seed's first mention).
        let got = sources(
            "l’Union européenne a annoncé un investissement massif de 200 milliards d’euros dans l’IA.",
        );
        assert_eq!(got[0].1, Source::Unknown, "{got:?}");
    }

    #[test]
    fn measures_pronouns_and_mixed_totals_carry_nothing() {
        // A deficit, a profit, a price measure; they are no money given.
        let got = sources(
            "Le gouvernement accorde une subvention de 3 millions d’euros.\n\nLe déficit atteint 1,5 milliard d’euros. Le bénéfice du groupe s’établit à 2 millions d’euros.",
        );
        assert_eq!(got[1].1, Source::Unknown, "{got:?}");
        assert_eq!(got[2].1, Source::Unknown, "{got:?}");
        // A sentence with a pronoun subject speaks for itself.
        let got = sources(
            "La BEI accorde un prêt de 3 milliards d’euros. Elle a investi plus de 1 200 milliards d’euros depuis sa création.",
        );
        assert_eq!(got[1].1, Source::Unknown, "{got:?}");
        // A sentence without words of money given takes nothing (`Ces dépenses se sont élevées`).
        let got = sources(
            "L’État verse une aide de 3 millions d’euros. Ces dépenses se sont élevées à 21,8 millions d’euros en 2022.",
        );
        assert_eq!(got[1].1, Source::Unknown, "{got:?}");
        // After a mixed total the passage's money is of both kinds: nothing is carried.
        let got = sources(
            "Le plan de 200 milliards d’euros, dont 50 milliards d’euros de fonds publics et 150 milliards d’euros de fonds privés, est lancé.\n\nLe projet Stargate, d’une valeur de 500 milliards de dollars, avance.",
        );
        assert_eq!(got[3].1, Source::Unknown, "{got:?}");
    }

    #[test]
    fn a_measure_cut_off_by_a_comma_and_the_figures_compared_with_it() {
        let got = sources(
            "L’État verse une aide de 3 millions d’euros. Les réserves ont atteint 51,7 milliards de dollars alors que le montant de la dette extérieure avait atteint, à la même période 17,8 milliards de dollars contre 21,4 milliards à fin 2004.",
        );
        assert_eq!(got[2].1, Source::Unknown, "{got:?}");
        assert_eq!(got[3].1, Source::Unknown, "{got:?}");
        // An adjective `financière` is no verb of giving: a deficit stays a measure.
        let got = sources(
            "Le gouvernement du Québec a terminé l'année financière 2010-2011 avec un déficit de 4,2 milliards.",
        );
        assert_eq!(got[0].1, Source::Unknown, "{got:?}");
        // Trap: a grant compared with another stays public.
        let got = sources(
            "L’État accorde une subvention de 3 millions d’euros, contre 2 millions en 2022.",
        );
        assert_eq!(got[0].1, Source::Public, "{got:?}");
        assert_eq!(got[1].1, Source::Public, "{got:?}");
    }

    #[test]
    fn a_heading_is_of_its_passage_s_money() {
        let got = sources(
            "Retour sur les grosses amendes infligées par la Comco, dont 156 millions de francs à BMW.\n\n333 millions à Swisscom (2009)\n\nL’opérateur est condamné.",
        );
        assert_eq!(got[1].1, Source::Private, "{got:?}");
        // A heading of a passage whose money has no kind stays unknown.
        let got = sources(
            "Le projet avance.\n\n333 millions de francs à Swisscom (2009)\n\nL’opérateur est condamné.",
        );
        assert_eq!(got[0].1, Source::Unknown, "{got:?}");
        // A long sentence without words of money given is no heading.
        let got = sources(
            "L’État verse une aide de 3 millions d’euros. Ces dépenses se sont élevées à 21,8 millions d’euros en 2022 selon le rapport annuel.",
        );
        assert_eq!(got[1].1, Source::Unknown, "{got:?}");
    }

    #[test]
    fn a_company_deal_is_private() {
        let got = sources(
            "La société allongerait ainsi 500 millions $ pour cette transaction. Le groupe va céder ses activités pour 1,4 milliard de dollars.",
        );
        assert!(got.iter().all(|(_, s)| *s == Source::Private), "{got:?}");
    }

    #[test]
    fn a_public_funder_of_a_cooperation_programme_makes_it_public() {
        let got = sources(
            "Le Maroc et l’Union européenne ont signé 5 programmes de coopération d’un montant total de 5,5 milliards de dirhams.",
        );
        assert_eq!(got[0].1, Source::Public, "{got:?}");
        // Without a public funder a cooperation stays unknown.
        let got = sources(
            "Les deux sociétés ont signé un accord de coopération de 5,5 milliards de dirhams.",
        );
        assert_eq!(got[0].1, Source::Unknown, "{got:?}");
    }
}

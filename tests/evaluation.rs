//! Holds montants' scores on the peer suites and on the real-news fixtures at floors that only
//! ever go up, and prints them (`cargo test --test evaluation -- --nocapture` shows them; so
//! does `cargo run --example eval`, with every failing case).

mod support;
use support::{corpus, eval};

/// Raise these when the scores go up; never lower them.
const DUCKLING_FLOOR: f64 = 0.91;
const RECOGNIZERS_FLOOR: f64 = 0.98;

struct NewsFloor {
    f1: f64,
    source: f64,
    qualifier: f64,
    actors: f64,
}

/// The passages the rules were developed on.
const NEWS_FLOOR: NewsFloor = NewsFloor {
    f1: 0.99,
    source: 0.81,
    qualifier: 0.99,
    actors: 0.96,
};

/// The held-out passages, annotated apart.
const HOLDOUT_FLOOR: NewsFloor = NewsFloor {
    f1: 0.99,
    source: 0.88,
    qualifier: 0.98,
    actors: 0.97,
};

#[test]
fn duckling_money_pass_rate() {
    let score = eval::duckling();
    println!(
        "duckling-fr-money: {}/{} = {:.3}",
        score.passed,
        score.total,
        score.rate()
    );
    assert_eq!(score.total, 37);
    assert!(score.rate() >= DUCKLING_FLOOR, "{:#?}", score.failures);
}

#[test]
fn recognizers_currency_pass_rate() {
    let score = eval::recognizers(eval::Marked::Unmarked);
    println!(
        "recognizers-fr-currency (unmarked): {}/{} = {:.3}",
        score.passed,
        score.total,
        score.rate()
    );
    assert_eq!(score.total, 100);
    assert!(score.rate() >= RECOGNIZERS_FLOOR, "{:#?}", score.failures);
    let marked = eval::recognizers(eval::Marked::Marked);
    println!(
        "recognizers-fr-currency (marked not_supported): {}/{} = {:.3}",
        marked.passed,
        marked.total,
        marked.rate()
    );
}

fn check_news(folder: &str, floor: &NewsFloor, min_passages: usize) {
    let news = eval::news(folder);
    println!("{}", news.report(folder));
    assert!(news.passages >= min_passages);
    let why = news.misses.join("\n");
    assert!(news.f1() >= floor.f1, "F1 {:.3}\n{why}", news.f1());
    assert!(
        news.source_accuracy() >= floor.source,
        "source {:.3}\n{why}",
        news.source_accuracy()
    );
    assert!(
        news.qualifier_accuracy() >= floor.qualifier,
        "qualifier {:.3}\n{why}",
        news.qualifier_accuracy()
    );
    assert!(
        news.actor_recall() >= floor.actors,
        "actors {:.3}\n{why}",
        news.actor_recall()
    );
}

#[test]
fn real_news_scores() {
    check_news("news", &NEWS_FLOOR, 30);
}

#[test]
fn held_out_news_scores() {
    check_news("news-holdout", &HOLDOUT_FLOOR, 10);
}

/// Floors of the francophone corpus (`fixtures/corpus/`): its `test` split was scored at first
/// look (F1 0.802, see fixtures/corpus/README.md) and is never tuned on; `dev` is.
struct CorpusFloor {
    f1: f64,
    explicit_recall: f64,
    traps_per_100: f64,
    currency: f64,
    qualifier: f64,
    period: f64,
    per: f64,
    source: f64,
    actor_precision: f64,
    actor_recall: f64,
    kind: f64,
    /// Role accuracy on the matched actors, and the share of annotated purposes found
    /// overlapping (issue 9: first look at 0.0, before roles and purposes existed).
    role: f64,
    purpose: f64,
}

const CORPUS_DEV_FLOOR: CorpusFloor = CorpusFloor {
    f1: 0.99,
    explicit_recall: 0.99,
    traps_per_100: 1.0,
    currency: 0.99,
    qualifier: 0.99,
    period: 0.99,
    per: 0.97,
    source: 0.82,
    actor_precision: 0.67,
    actor_recall: 0.76,
    kind: 0.93,
    role: 0.78,
    purpose: 0.69,
};

const CORPUS_TEST_FLOOR: CorpusFloor = CorpusFloor {
    f1: 0.95,
    explicit_recall: 0.97,
    traps_per_100: 1.0,
    currency: 0.98,
    qualifier: 0.97,
    period: 0.96,
    per: 0.92,
    source: 0.70,
    actor_precision: 0.54,
    // Lowered once, on purpose, from 0.76 (0.770 at first look): actors are now those of each
    // amount, not every name of its sentence (issue 9), so precision rose (0.436 → 0.444,
    // kind 0.704 → 0.825, roles and purposes scored) and some names annotated from outside the
    // amount's item or sentence are lost. Only up from here.
    actor_recall: 0.72,
    kind: 0.86,
    role: 0.69,
    purpose: 0.52,
};

/// The passages annotated later for tuning (`dev2`, `dev3`, see fixtures/corpus/README.md: first
/// looks F1 0.962 and 0.791 for the two `dev2` batches, 0.948 for `dev3`).
const CORPUS_DEV2_FLOOR: CorpusFloor = CorpusFloor {
    f1: 0.96,
    explicit_recall: 0.975,
    traps_per_100: 1.0,
    currency: 0.99,
    qualifier: 0.985,
    period: 0.98,
    per: 0.92,
    source: 0.74,
    actor_precision: 0.52,
    actor_recall: 0.70,
    kind: 0.91,
    role: 0.69,
    purpose: 0.56,
};

const CORPUS_DEV3_FLOOR: CorpusFloor = CorpusFloor {
    f1: 0.98,
    explicit_recall: 0.99,
    traps_per_100: 1.0,
    currency: 0.99,
    qualifier: 0.985,
    period: 0.985,
    per: 0.97,
    source: 0.67,
    actor_precision: 0.49,
    actor_recall: 0.64,
    kind: 0.84,
    role: 0.68,
    purpose: 0.60,
};

#[test]
fn francophone_corpus_scores() {
    let report = corpus::evaluate();
    println!("{}", report.print());
    assert!(corpus::passages().len() >= 499);
    for (split, floor) in [
        ("dev", &CORPUS_DEV_FLOOR),
        ("dev2", &CORPUS_DEV2_FLOOR),
        ("dev3", &CORPUS_DEV3_FLOOR),
        ("test", &CORPUS_TEST_FLOOR),
    ] {
        let c = &report.by_split[split];
        let checks = [
            ("F1", c.f1(), floor.f1),
            (
                "explicit recall",
                c.explicit_recall(),
                floor.explicit_recall,
            ),
            ("currency", c.currency_accuracy(), floor.currency),
            ("qualifier", c.qualifier_accuracy(), floor.qualifier),
            ("period", c.period_accuracy(), floor.period),
            ("per", c.per_accuracy(), floor.per),
            ("source", c.source_accuracy(), floor.source),
            (
                "actor precision",
                c.actor_precision(),
                floor.actor_precision,
            ),
            ("actor recall", c.actor_recall(), floor.actor_recall),
            ("kind", c.kind_accuracy(), floor.kind),
            ("role", c.role_accuracy(), floor.role),
            ("purpose", c.purpose_accuracy(), floor.purpose),
        ];
        for (name, got, min) in checks {
            assert!(got >= min, "{split}: {name} {got:.3} < floor {min}");
        }
        assert!(
            c.traps_per_100() <= floor.traps_per_100,
            "{split}: {:.1} trap hits per 100 passages",
            c.traps_per_100()
        );
    }
}

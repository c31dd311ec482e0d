//! Prints montants' scores on the peer suites and on the real-news fixtures, with every failing
//! case: `cargo run --release --example eval` (add `-- --quiet` for the figures alone). On the
//! francophone corpus it prints the misses of the tuning splits (`dev`, `dev2`) only: `test` is
//! scored, never read for tuning.

#[path = "../tests/support/eval.rs"]
mod eval;

#[path = "../tests/support/corpus.rs"]
mod corpus;

fn main() {
    let quiet = std::env::args().any(|a| a == "--quiet");
    let suites = [
        ("duckling-fr-money", eval::duckling()),
        (
            "recognizers-fr-currency (unmarked)",
            eval::recognizers(eval::Marked::Unmarked),
        ),
        (
            "recognizers-fr-currency (marked not_supported)",
            eval::recognizers(eval::Marked::Marked),
        ),
    ];
    for (name, score) in &suites {
        println!(
            "{name}: {}/{} passed, rate {:.3}",
            score.passed,
            score.total,
            score.rate()
        );
        if !quiet {
            for (id, why) in &score.failures {
                println!("  FAIL {id}: {why}");
            }
        }
    }
    for folder in ["news", "news-holdout"] {
        news(folder, quiet);
    }
    // The corpus: figures for every split, misses for the tuning ones only (`dev`, and `dev2`
    // once its first look is recorded): `test` is never tuned on.
    let report = corpus::evaluate();
    print!("{}", report.print());
    if !quiet {
        for (split, misses) in &report.misses {
            if split == "test" {
                continue;
            }
            for m in misses {
                println!("  {split}: {m}");
            }
        }
    }
}

fn news(folder: &str, quiet: bool) {
    let news = eval::news(folder);
    println!("{}", news.report(folder));
    if !quiet {
        for m in &news.misses {
            println!("  {m}");
        }
    }
}

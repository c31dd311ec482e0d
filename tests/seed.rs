//! The seed article (`fixtures/investai-2025-02.txt`): its seven money mentions, as the tables of
//! `../shared/seed/README.md` give them (amounts, sources, and who gives how much to whom),
//! through the library and through the binary.

use montants::{Finding, Role, Source};
use std::process::Command;

struct Want {
    value: &'static str,
    currency: &'static str,
    source: Source,
    /// The actors of this mention, with their roles; no other name is its actor.
    actors: &'static [(&'static str, Role)],
    /// What the money goes into: a phrase holding these words.
    purpose: Option<&'static str>,
    part_of: Option<usize>,
    repeat_of: Option<usize>,
}

const SEED: &[Want] = &[
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &[
            ("Union européenne", Role::Funder),
            ("InvestAI", Role::Recipient),
        ],
        purpose: Some("intelligence artificielle"),
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Mixed,
        actors: &[
            ("Union européenne", Role::Funder),
            ("InvestAI", Role::Recipient),
        ],
        purpose: Some("intelligence artificielle"),
        part_of: None,
        repeat_of: Some(0),
    },
    Want {
        value: "50000000000",
        currency: "EUR",
        source: Source::Public,
        actors: &[
            ("Union européenne", Role::Funder),
            ("InvestAI", Role::Recipient),
        ],
        purpose: Some("intelligence artificielle"),
        part_of: Some(1),
        repeat_of: None,
    },
    Want {
        value: "150000000000",
        currency: "EUR",
        source: Source::Private,
        actors: &[
            ("Union européenne", Role::Funder),
            ("InvestAI", Role::Recipient),
        ],
        purpose: Some("intelligence artificielle"),
        part_of: Some(1),
        repeat_of: None,
    },
    Want {
        value: "109000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &[
            ("Emmanuel Macron", Role::Other),
            ("France", Role::Recipient),
        ],
        purpose: Some("IA en France"),
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "500000000000",
        currency: "USD",
        source: Source::Unknown,
        actors: &[("Trump", Role::Other), ("Stargate", Role::Recipient)],
        purpose: None,
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &[("UE", Role::Funder)],
        purpose: Some("IA"),
        part_of: None,
        repeat_of: Some(0),
    },
];

fn seed_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/investai-2025-02.txt"
    ))
    .unwrap()
}

fn check(found: &[Finding]) {
    assert_eq!(found.len(), SEED.len(), "{found:#?}");
    for (i, (f, w)) in found.iter().zip(SEED).enumerate() {
        assert_eq!(f.value.unwrap().to_string(), w.value, "mention {}", i + 1);
        assert_eq!(f.currency, w.currency, "mention {}", i + 1);
        assert_eq!(f.source, w.source, "mention {}: {:?}", i + 1, f.source_cue);
        let got: Vec<(&str, Role)> = f.actors.iter().map(|a| (a.name.as_str(), a.role)).collect();
        assert_eq!(got.len(), w.actors.len(), "mention {}: {got:?}", i + 1);
        for a in w.actors {
            assert!(got.contains(a), "mention {}: {a:?} not in {got:?}", i + 1);
        }
        if let Some(p) = w.purpose {
            assert!(
                f.purpose.as_deref().is_some_and(|x| x.contains(p)),
                "mention {}: purpose {:?}",
                i + 1,
                f.purpose
            );
        }
        assert_eq!(f.part_of, w.part_of, "mention {}", i + 1);
        assert_eq!(f.repeat_of, w.repeat_of, "mention {}", i + 1);
    }
    assert_eq!(found[2].source_cue.as_deref(), Some("fonds publics"));
    assert_eq!(found[3].source_cue.as_deref(), Some("fonds privés"));
    // The venue, the summit and the countries of the comparison are no actors of mention 1.
    for not in ["Paris", "AI Action", "États-Unis", "Chine"] {
        assert!(
            found[0].actors.iter().all(|a| !a.name.contains(not)),
            "{not}"
        );
    }
    assert_eq!(
        found[0].purpose.as_deref(),
        Some("dans l’intelligence artificielle")
    );
}

#[test]
fn seed_article_through_the_library() {
    check(&montants::extract(&seed_text()));
}

#[test]
fn seed_article_through_the_binary() {
    let out = Command::new(env!("CARGO_BIN_EXE_montants"))
        .args(["fixtures/investai-2025-02.txt", "--format", "jsonl"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    let text = seed_text();
    for (l, w) in lines.iter().zip(SEED) {
        assert_eq!(l["value"].to_string(), w.value);
        assert_eq!(l["currency"], w.currency);
        assert_eq!(l["source"], w.source.as_str());
        // Offsets in characters and in bytes both point at the text as written.
        let (bs, be) = (
            l["byte_start"].as_u64().unwrap() as usize,
            l["byte_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[bs..be], l["text"].as_str().unwrap());
        let (s, e) = (
            l["start"].as_u64().unwrap() as usize,
            l["end"].as_u64().unwrap() as usize,
        );
        let chars: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(chars, l["text"].as_str().unwrap());
    }
}

#[test]
fn seed_summary_counts_each_figure_once_with_its_best_source() {
    let out = Command::new(env!("CARGO_BIN_EXE_montants"))
        .args(["fixtures/investai-2025-02.txt", "--summary"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let row = |group: &str, key: &str| -> Vec<(String, String)> {
        rows.iter()
            .filter(|r| r[0] == group && r[1] == key)
            .map(|r| (r[2].to_string(), r[4].to_string()))
            .collect()
    };
    // The 200 billion once, as mixed; its parts as 50 public and 150 private.
    assert_eq!(
        row("source", "mixed"),
        vec![("EUR".into(), "200000000000".into())]
    );
    assert_eq!(
        row("source of parts", "public"),
        vec![("EUR".into(), "50000000000".into())]
    );
    assert_eq!(
        row("source of parts", "private"),
        vec![("EUR".into(), "150000000000".into())]
    );
    assert_eq!(
        row("funder", "Union européenne"),
        vec![("EUR".into(), "200000000000".into())]
    );
    assert_eq!(
        row("recipient", "France"),
        vec![("EUR".into(), "109000000000".into())]
    );
    assert_eq!(
        row("recipient", "Stargate"),
        vec![("USD".into(), "500000000000".into())]
    );
    // No figure credited to an actor of another figure.
    for name in [
        "Trump",
        "Stargate",
        "Emmanuel Macron",
        "États-Unis",
        "Chine",
        "UE",
    ] {
        assert!(row("funder", name).is_empty(), "{name} funds nothing here");
    }
    for (name, currency) in [("InvestAI", "EUR"), ("France", "EUR"), ("Stargate", "USD")] {
        assert!(row("recipient", name).iter().all(|(c, _)| c == currency));
    }
    assert!(row("recipient", "Trump").is_empty() && row("recipient", "Emmanuel Macron").is_empty());
}

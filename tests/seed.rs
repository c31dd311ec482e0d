//! The seed article (`fixtures/investai-2025-02.txt`): its seven money mentions, as the table of
//! `../shared/seed/README.md` gives them, through the library and through the binary.

use montants::{Finding, Source};
use std::process::Command;

struct Want {
    value: &'static str,
    currency: &'static str,
    source: Source,
    actors: &'static [&'static str],
    part_of: Option<usize>,
    repeat_of: Option<usize>,
}

const SEED: &[Want] = &[
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &["Union européenne", "InvestAI", "États-Unis", "Chine"],
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Mixed,
        actors: &["Union européenne"],
        part_of: None,
        repeat_of: Some(0),
    },
    Want {
        value: "50000000000",
        currency: "EUR",
        source: Source::Public,
        actors: &["Union européenne"],
        part_of: Some(1),
        repeat_of: None,
    },
    Want {
        value: "150000000000",
        currency: "EUR",
        source: Source::Private,
        actors: &["Union européenne"],
        part_of: Some(1),
        repeat_of: None,
    },
    Want {
        value: "109000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &["Emmanuel Macron", "France"],
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "500000000000",
        currency: "USD",
        source: Source::Unknown,
        actors: &["Trump", "Stargate"],
        part_of: None,
        repeat_of: None,
    },
    Want {
        value: "200000000000",
        currency: "EUR",
        source: Source::Unknown,
        actors: &["UE"],
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
        for a in w.actors {
            assert!(
                f.actors.iter().any(|x| x.name == *a),
                "mention {}: {a} not in {:?}",
                i + 1,
                f.actors
            );
        }
        assert_eq!(f.part_of, w.part_of, "mention {}", i + 1);
        assert_eq!(f.repeat_of, w.repeat_of, "mention {}", i + 1);
    }
    assert_eq!(found[2].source_cue.as_deref(), Some("fonds publics"));
    assert_eq!(found[3].source_cue.as_deref(), Some("fonds privés"));
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

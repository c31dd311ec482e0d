//! Criterion benchmark of `montants::extract` on single documents (see BENCHMARKS.md):
//!
//! - `seed-article`: the seed article (`fixtures/investai-2025-02.txt`, 3.4 KB, 7 amounts);
//! - `news-many-amounts`: the hand-annotated news passage with the most amounts
//!   (`fixtures/news/a10-…`, 1.9 KB, 11 amounts);
//! - `no-money-100k`: 100 KB of French news prose with numbers, dates and percentages but no
//!   money at all, which the candidate prefilter should skip at memory speed.
//!
//! `cargo bench --bench extract` (add `-- --warm-up-time 1 --measurement-time 2` for a quick run).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SEED: &str = include_str!("../fixtures/investai-2025-02.txt");
const NEWS: &str =
    include_str!("../fixtures/news/a10-senat-fonds-sectoriels-aide-developpement.txt");

/// Sentences without currency or scale words (no `euro`, `million`, `$`…), with the numbers a
/// news text holds: dates, years, percentages, head counts, a phone number, `France 2030`.
const NO_MONEY: &[&str] = &[
    "Le conseil régional s’est réuni le 12 mars 2024 à Toulouse pour examiner le schéma régional.",
    "Selon l’Insee, le taux de chômage a reculé de 0,3 point pour atteindre 7,1 % au troisième trimestre.",
    "L’entreprise emploie 1 250 salariés répartis sur 14 sites en Occitanie et en Nouvelle-Aquitaine.",
    "« Nous devons aller plus vite », a déclaré la présidente de la région devant les élus.",
    "Le programme France 2030 a déjà soutenu 3 400 projets depuis son lancement en 2021.",
    "Pour tout renseignement, le service de presse répond au 01 45 67 89 10 du lundi au vendredi.",
    "Les syndicats ont salué une avancée tout en restant prudents sur le calendrier des travaux.",
    "La Commission européenne doit publier ses recommandations avant la fin du mois de juin.",
    "Plus de 20 000 visiteurs sont attendus au salon, soit 15 % de plus que l’an dernier.",
    "Le projet de loi n° 1234 a été adopté en première lecture par 312 voix contre 198.\n\n",
];

fn no_money_text(target: usize) -> String {
    let mut text = String::with_capacity(target + 256);
    'fill: loop {
        for sentence in NO_MONEY {
            if text.len() >= target {
                break 'fill;
            }
            text.push_str(sentence);
            text.push(' ');
        }
    }
    text
}

fn bench_extract(c: &mut Criterion) {
    let no_money = no_money_text(100 * 1024);
    assert!(
        montants::extract(&no_money).is_empty(),
        "the no-money text holds money"
    );
    assert!(!montants::extract(SEED).is_empty());
    assert!(!montants::extract(NEWS).is_empty());

    let mut group = c.benchmark_group("extract");
    for (name, text) in [
        ("seed-article", SEED),
        ("news-many-amounts", NEWS),
        ("no-money-100k", no_money.as_str()),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| montants::extract(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);

//! Placeholder replaced by the benchmark of `extract()` (see BENCHMARKS.md).
fn main() {}

#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 60) with cargo fuzz (libFuzzer, on the stable
# toolchain through RUSTC_BOOTSTRAP=1), then replays the regression inputs kept in
# fuzz/regressions/TARGET/. A crash keeps its input in fuzz/artifacts/TARGET/: copy it to
# fuzz/regressions/TARGET/ once fixed, so that every run replays it.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# FUZZ_SEED=N fixes libFuzzer's random seed (CI does, so that a red run replays); unset, each run
# draws its own.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract pieces jsonl writers html)
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/regressions/$t"
  # Seed with the project's real texts (only for the text targets).
  if [ "$t" != jsonl ] && [ -z "$(ls -A "fuzz/corpus/$t")" ]; then
    cp fixtures/news/*.txt fixtures/investai-2025-02.txt "fuzz/corpus/$t/" 2>/dev/null || true
  fi
  if [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
    cargo fuzz run "$t" fuzz/regressions/$t/* -- -runs=1
  fi
  echo "== fuzz $t for ${seconds}s"
  log=$(mktemp)
  if ! cargo fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=4096 \
      -max_len=65536 -seed="${FUZZ_SEED:-0}" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz $t: crash (input kept in fuzz/artifacts/$t/)" >&2
    exit 1
  fi
  grep -E "^#[0-9]+.*DONE|^Done" "$log" | tail -2
  rm -f "$log"
done

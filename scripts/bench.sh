#!/usr/bin/env bash
# Throughput benchmark of the `montants` binary on a generated archive, side by side with
# ripgrep, in one run:
#
#   - montants with -j 1 and with every core on a folder of ~10 KB articles (tree/), and the
#     scaling between the two (and whether their outputs are byte-identical);
#   - montants on the same text as one file (one.txt) and as JSON Lines (stream.jsonl);
#   - ripgrep counting `€|euros?|dollars?` over the same folder (-j 1 and every core): the
#     speed of reading the files and matching a literal, a floor for any text tool;
#   - the peak resident memory of every run (/usr/bin/time -v).
#
# Usage: bash scripts/bench.sh
# Environment:
#   BENCH_DIR      corpus and outputs (default target/bench-corpus)
#   BENCH_MB       corpus size in MB (default 200); the corpus is regenerated when it differs
#   BENCH_FILES    number of articles (default BENCH_MB × 100, i.e. ~10 KB each)
#   BENCH_SEED     generator seed (default 42)
#   BENCH_RUNS     runs of each measure, the fastest is kept (default 1)
#   BENCH_TIMEOUT  seconds before a run is abandoned and reported as such (default 1800)
#   BENCH_BIG_MB   if set, also measure one single file of that many MB (e.g. 1024), generated
#                  into $BENCH_DIR/big/ (peak memory on a huge document)
#   BENCH_BASE     if set, another montants binary (an older build) measured in the same run on
#                  the folder with -j 1, the dense sentences and the start-up, for ratios
# Besides the generated corpus it measures money-dense real sentences (scripts/dense_corpus.py,
# 5 MB, about one amount per 100 bytes) and the start-up (a one-line input).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-target/bench-corpus}
BENCH_MB=${BENCH_MB:-200}
BENCH_FILES=${BENCH_FILES:-$((BENCH_MB * 100))}
BENCH_SEED=${BENCH_SEED:-42}
BENCH_RUNS=${BENCH_RUNS:-1}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-1800}
BENCH_BIG_MB=${BENCH_BIG_MB:-}
BIN=$PWD/target/release/montants
OUT=$BENCH_DIR/out
CORES=$(nproc)

say() { printf '\n== %s\n' "$*" >&2; }

# ---- tools -----------------------------------------------------------------------------------

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt_install PACKAGE: install it, refreshing the package lists first if the install fails.
apt_install() {
  say "installing $1"
  as_root apt-get install -y "$1" >&2 || { as_root apt-get update >&2 && as_root apt-get install -y "$1" >&2; }
}

command -v rg >/dev/null 2>&1 || apt_install ripgrep
[ -x /usr/bin/time ] || apt_install time

# ---- build and corpus ------------------------------------------------------------------------

say "building the release binary"
cargo build --release --quiet

# manifest_says FILE KEY: the value of KEY in a corpus manifest, or nothing.
manifest_says() {
  python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1]))[sys.argv[2]])
except Exception: pass' "$1" "$2"
}
as_float() { python3 -c "print(float('$1'))"; }

MANIFEST=$BENCH_DIR/manifest.json
if [ "$(manifest_says "$MANIFEST" size_mb)" != "$(as_float "$BENCH_MB")" ] ||
  [ "$(manifest_says "$MANIFEST" files)" != "$BENCH_FILES" ] ||
  [ "$(manifest_says "$MANIFEST" seed)" != "$BENCH_SEED" ] ||
  [ "$(manifest_says "$MANIFEST" single_only)" != "False" ] ||
  [ ! -f "$BENCH_DIR/one.txt" ] || [ ! -f "$BENCH_DIR/stream.jsonl" ] || [ ! -d "$BENCH_DIR/tree" ]; then
  say "generating a ${BENCH_MB} MB corpus of $BENCH_FILES articles in $BENCH_DIR"
  python3 scripts/gen_corpus.py --out "$BENCH_DIR" --size-mb "$BENCH_MB" --files "$BENCH_FILES" \
    --seed "$BENCH_SEED"
fi
mkdir -p "$OUT"

TREE=$BENCH_DIR/tree
ONE=$BENCH_DIR/one.txt
STREAM=$BENCH_DIR/stream.jsonl
TREE_BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
ONE_BYTES=$(stat -c %s "$ONE")
STREAM_BYTES=$(stat -c %s "$STREAM")
PLANTED=$(manifest_says "$MANIFEST" money_mentions_planted)

say "warming the page cache"
find "$TREE" -type f -print0 | xargs -0 cat >/dev/null
cat "$ONE" "$STREAM" >/dev/null

# Does this binary take -j yet? (Another branch adds it.)
if "$BIN" -j 1 --format jsonl - </dev/null >/dev/null 2>&1; then
  HAS_J=1
  J1=(-j 1)
  JN=(-j "$CORES")
else
  HAS_J=0
  J1=()
  JN=()
fi

# ---- measuring -------------------------------------------------------------------------------

# measure NAME BYTES OUTFILE CMD...: runs CMD (stdout to OUTFILE) BENCH_RUNS times under
# /usr/bin/time -v (peak RSS) and a timeout; appends "NAME BYTES seconds peak_kB status" (fastest run) to
# $RESULTS. status is the exit code of the fastest run, or "timeout".
RESULTS=$OUT/results.tsv
: >"$RESULTS"
measure() {
  local name=$1 bytes=$2 outfile=$3
  shift 3
  local best_s="" best_kb="" best_status="" run tfile status s kb t0 t1
  for ((run = 1; run <= BENCH_RUNS; run++)); do
    say "$name (run $run/$BENCH_RUNS)"
    tfile=$OUT/time.txt
    status=0
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$tfile" timeout "$BENCH_TIMEOUT" "$@" >"$outfile" 2>"$OUT/stderr.txt" || status=$?
    t1=$(date +%s%N)
    # Wall-clock time in ns from date (time -v only has centiseconds); peak RSS from time -v.
    s=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    [ "$status" -ne 124 ] || status=timeout
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tfile")
    if [ -s "$OUT/stderr.txt" ]; then
      echo "   stderr (first lines):" >&2
      head -3 "$OUT/stderr.txt" | sed 's/^/     /' >&2
    fi
    echo "   ${s} s, peak RSS ${kb} kB, exit $status" >&2
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN {exit !(a < b)}'; then
      best_s=$s best_kb=$kb best_status=$status
    fi
  done
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$bytes" "$best_s" "$best_kb" "$best_status" >>"$RESULTS"
}

# 1 finding per line with --format jsonl.
findings() { if [ -f "$1" ]; then wc -l <"$1" | tr -d ' '; else echo -; fi; }

RG_PATTERN='€|euros?|dollars?'
# --no-ignore: the corpus lives under target/, which .gitignore hides from rg's walk.
measure "rg -c, -j 1 (tree)" "$TREE_BYTES" "$OUT/rg-j1.txt" rg -c --no-ignore -j 1 "$RG_PATTERN" "$TREE"
measure "rg -c, -j $CORES (tree)" "$TREE_BYTES" "$OUT/rg-jN.txt" rg -c --no-ignore -j "$CORES" "$RG_PATTERN" "$TREE"

if [ "$HAS_J" -eq 1 ]; then
  NAME_J1="montants -j 1 (tree)"
  NAME_JN="montants -j $CORES (tree)"
else
  NAME_J1="montants, no -j (tree)"
  NAME_JN="montants, no -j, again (tree)"
fi
measure "$NAME_J1" "$TREE_BYTES" "$OUT/tree-j1.jsonl" "$BIN" "${J1[@]}" --format jsonl "$TREE"
measure "$NAME_JN" "$TREE_BYTES" "$OUT/tree-jN.jsonl" "$BIN" "${JN[@]}" --format jsonl "$TREE"
measure "montants ${JN[*]:+${JN[*]} }(one.txt)" "$ONE_BYTES" "$OUT/one.jsonl" \
  "$BIN" "${JN[@]}" --format jsonl "$ONE"
measure "montants ${JN[*]:+${JN[*]} }--input jsonl (stream.jsonl)" "$STREAM_BYTES" "$OUT/stream.jsonl" \
  "$BIN" "${JN[@]}" --input jsonl --format jsonl "$STREAM"

if [ -n "$BENCH_BIG_MB" ]; then
  BIG=$BENCH_DIR/big
  if [ "$(manifest_says "$BIG/manifest.json" size_mb)" != "$(as_float "$BENCH_BIG_MB")" ] ||
    [ ! -f "$BIG/one.txt" ]; then
    say "generating a single ${BENCH_BIG_MB} MB file in $BIG"
    python3 scripts/gen_corpus.py --out "$BIG" --total-mb "$BENCH_BIG_MB" --single-only --seed "$BENCH_SEED"
  fi
  measure "montants (big one.txt, ${BENCH_BIG_MB} MB)" "$(stat -c %s "$BIG/one.txt")" /dev/null \
    "$BIN" --format jsonl "$BIG/one.txt"
fi

DENSE=$BENCH_DIR/dense.txt
[ -f "$DENSE" ] || python3 scripts/dense_corpus.py "$DENSE" --size-mb 5 >&2
TINY=$OUT/tiny.txt
echo "Il reçoit 3 M€ de l’État." >"$TINY"
measure "montants -j 1 (dense real sentences)" "$(stat -c %s "$DENSE")" "$OUT/dense.jsonl" \
  "$BIN" "${J1[@]}" --format jsonl "$DENSE"
measure "montants start-up (one line)" "$(stat -c %s "$TINY")" /dev/null "$BIN" --format jsonl "$TINY"
if [ -n "${BENCH_BASE:-}" ]; then
  measure "base -j 1 (tree)" "$TREE_BYTES" "$OUT/base-tree-j1.jsonl" \
    "$BENCH_BASE" -j 1 --format jsonl "$TREE"
  measure "base -j 1 (dense real sentences)" "$(stat -c %s "$DENSE")" "$OUT/base-dense.jsonl" \
    "$BENCH_BASE" -j 1 --format jsonl "$DENSE"
  measure "base start-up (one line)" "$(stat -c %s "$TINY")" /dev/null \
    "$BENCH_BASE" --format jsonl "$TINY"
fi

# ---- report ----------------------------------------------------------------------------------

if [ -f "$OUT/tree-j1.jsonl" ] && cmp -s "$OUT/tree-j1.jsonl" "$OUT/tree-jN.jsonl"; then
  IDENTICAL=yes
else
  IDENTICAL=NO
fi

python3 - "$RESULTS" "$HAS_J" "$CORES" "$IDENTICAL" "$PLANTED" \
  "$(findings "$OUT/tree-j1.jsonl")" "$(findings "$OUT/tree-jN.jsonl")" \
  "$(findings "$OUT/one.jsonl")" "$(findings "$OUT/stream.jsonl")" <<'EOF'
import sys
path, has_j, cores, identical, planted, f_j1, f_jn, f_one, f_stream = sys.argv[1:]
rows = []
for line in open(path, encoding="utf-8"):
    name, nbytes, s, kb, status = line.rstrip("\n").split("\t")
    rows.append((name, int(nbytes), float(s), int(kb or 0), status))
findings = {0: None, 1: None, 2: f_j1, 3: f_jn, 4: f_one, 5: f_stream}

def rate(r):
    return r[1] / 1e6 / r[2] if r[4] == "0" and r[2] > 0 else None

def fmt(x, spec):
    return "-" if x is None else format(x, spec)

print()
print(f"| run | input MB | seconds | MB/s | peak RSS MB | findings | exit |")
print(f"|---|---:|---:|---:|---:|---:|---|")
for i, r in enumerate(rows):
    print(f"| {r[0]} | {r[1] / 1e6:.1f} | {r[2]:.3f} | {fmt(rate(r), '.1f')} | "
          f"{r[3] / 1024:.0f} | {findings.get(i) or '-'} | {r[4]} |")
print()
rg1, rgn, m1, mn = (rate(rows[i]) for i in range(4))
if has_j != "1":
    print(f"note: this montants binary has no -j option yet: both tree runs are the same "
          f"command (its default threading), measured twice")
print(f"money mentions planted by the generator: {planted}")
if m1 and mn and has_j == "1":
    print(f"scaling, montants all cores / -j 1 ({cores} cores): {mn / m1:.2f}x")
if m1 and rg1:
    print(f"montants -j 1 / rg -j 1: {m1 / rg1:.3f} ({rg1 / m1:.0f}x slower than rg)")
if mn and rgn:
    print(f"montants all cores / rg all cores: {mn / rgn:.3f} ({rgn / mn:.0f}x slower than rg)")
print(f"-j 1 and all-cores outputs byte-identical (cmp): {identical}")
by = {r[0]: r for r in rows}
for name in ["-j 1 (tree)", "-j 1 (dense real sentences)", "start-up (one line)"]:
    new, old = by.get(f"montants {name}"), by.get(f"base {name}")
    if new and old and old[2] > 0:
        print(f"{name}: this build takes {new[2] / old[2]:.2f}x the time of BENCH_BASE")
EOF
echo "(outputs and raw results in $OUT; bench took ${SECONDS} s)" >&2

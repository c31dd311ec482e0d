#!/usr/bin/env bash
# Do two builds of montants give the same output? A speed change must change no finding: this
# runs both binaries on the evaluation and benchmark corpora, in every output format that a
# change could touch, and compares the bytes.
#
# Usage: bash scripts/same_output.sh OLD_BINARY NEW_BINARY
#   e.g. git stash; cargo build --release; cp target/release/montants /tmp/montants-old
#        git stash pop; cargo build --release
#        bash scripts/same_output.sh /tmp/montants-old target/release/montants
# Environment:
#   SAME_DIR   where the outputs go (default target/same-output)
#   SAME_MB    size of the generated corpus in MB (default 20; 0 leaves it out)
# Exit code: 0 when every output is byte-identical, 1 otherwise (the differing runs are named).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 2 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
DIR=${SAME_DIR:-target/same-output}
MB=${SAME_MB:-20}
mkdir -p "$DIR"

# The corpus passages as JSON Lines records with their country, one file for all batches.
python3 - "$DIR/corpus.jsonl" <<'EOF'
import glob, json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sorted(glob.glob("fixtures/corpus/batches/*.jsonl")):
        for line in open(path, encoding="utf-8"):
            p = json.loads(line)
            out.write(json.dumps({"id": p["id"], "text": p["text"], "country": p.get("country")},
                                 ensure_ascii=False) + "\n")
EOF
if [ "$MB" != 0 ] && [ ! -f "$DIR/gen-$MB/one.txt" ]; then
  python3 scripts/gen_corpus.py --out "$DIR/gen-$MB" --size-mb "$MB" --files $((MB * 100)) >/dev/null
fi

# Money-dense real sentences, one long paragraph (quadratic paths show there).
[ -f "$DIR/dense.txt" ] || python3 scripts/dense_corpus.py "$DIR/dense.txt" --size-mb 1 >/dev/null

# name|arguments: each run, for both binaries.
RUNS=(
  "seed-jsonl|--format jsonl --explain fixtures/investai-2025-02.txt"
  "seed-summary|--summary --format jsonl fixtures/investai-2025-02.txt"
  "news-csv|--format csv fixtures/news fixtures/news-holdout"
  "news-jsonl|--format jsonl --explain fixtures/news fixtures/news-holdout"
  "corpus-jsonl|--input jsonl --country-field country --format jsonl --explain $DIR/corpus.jsonl"
  "corpus-excel|--input jsonl --country-field country --excel $DIR/corpus.jsonl"
  "corpus-summary|--input jsonl --country-field country --summary --format jsonl $DIR/corpus.jsonl"
  "pages-jsonl|--format jsonl fixtures/pages/html"
  "dense-jsonl|--format jsonl --explain $DIR/dense.txt"
)
if [ "$MB" != 0 ]; then
  RUNS+=(
    "gen-one-j1|-j 1 --format jsonl $DIR/gen-$MB/one.txt"
    "gen-one-j2|-j 2 --format jsonl $DIR/gen-$MB/one.txt"
    "gen-tree|--format csv $DIR/gen-$MB/tree"
    "gen-stream|--input jsonl --format jsonl $DIR/gen-$MB/stream.jsonl"
  )
fi

status=0
for run in "${RUNS[@]}"; do
  name=${run%%|*}
  read -r -a args <<<"${run#*|}"
  "$OLD" "${args[@]}" >"$DIR/$name.old" 2>"$DIR/$name.old.err" || true
  "$NEW" "${args[@]}" >"$DIR/$name.new" 2>"$DIR/$name.new.err" || true
  if cmp -s "$DIR/$name.old" "$DIR/$name.new" && cmp -s "$DIR/$name.old.err" "$DIR/$name.new.err"; then
    printf 'same     %-16s %s lines\n' "$name" "$(wc -l <"$DIR/$name.new")"
  else
    printf 'DIFFERS  %-16s (diff %s %s)\n' "$name" "$DIR/$name.old" "$DIR/$name.new"
    status=1
  fi
done
exit $status

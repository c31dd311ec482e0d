#!/usr/bin/env bash
# Linear time and bounded memory on every shape of input (issue 7): each adversarial shape at
# 1 MB and at 16 MB, run by the release binary; prints seconds and peak memory, and the cost
# per MB at 16 MB over the cost per MB at 1 MB, start-up taken off (linear: about 1; the
# promise: under 2). Seconds are wall time on a shared machine: rerun when a ratio looks odd.
#   scripts/bench_shapes.sh            (needs python3 and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/montants
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_corpus.py --out "$work/gen" --size-mb 16 --single-only --seed 7 >/dev/null

# shape NAME SIZE_BYTES: writes $work/NAME-SIZE (the input) from the generated corpus.
shape() {
  local name=$1 size=$2 out="$work/$1-$2"
  python3 - "$work/gen/one.txt" "$name" "$size" "$out" <<'PY'
import json, sys
src, name, size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
text = open(src, encoding="utf-8").read()
while len(text.encode()) < size:
    text += text
text = text.encode()[:size].decode("utf-8", "ignore")
if name == "no-sentence-end":
    # No sentence end and no line break: one sentence of the whole input, unless bounded.
    text = text.translate(str.maketrans(".!?\n", ",,, "))
elif name == "one-line":
    text = text.replace("\n", " ")
elif name == "crlf":
    text = text.replace("\n", "\r\n")
elif name == "dense-money":
    s = "Le fonds X investit 1 500 000 € et la région 2,5 M€, dont 1 M€ de subventions. "
    text = (s * (size // len(s.encode()) + 1))[:size]
if name == "jsonl-record":
    open(out, "w", encoding="utf-8").write(json.dumps({"id": "one", "text": text}, ensure_ascii=False) + "\n")
else:
    open(out, "w", encoding="utf-8").write(text)
PY
}

measure() { # prints "seconds peak_kb" of running montants on the input
  local input=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "$@" "$input" -q >/dev/null 2>"$work/err" || true
  cat "$work/time"
}

# Start-up (compiling the rules) is paid once per run: taken off both before the ratio.
echo "Il reçoit 3 M€ de l’État." >"$work/tiny"
read -r s0 _ < <(measure "$work/tiny" -j 1)
echo "start-up: ${s0} s (subtracted)"
printf '%-16s %10s %10s %10s %10s %8s\n' shape "1MB s" "1MB MB" "16MB s" "16MB MB" ratio
for name in plain no-sentence-end one-line crlf dense-money jsonl-record fifo; do
  base=$name
  [ "$name" = fifo ] && base=plain
  read -r s1 m1 < <(
    shape "$base" 1000000
    if [ "$name" = fifo ]; then measure <(cat "$work/$base-1000000") -j 1
    elif [ "$name" = jsonl-record ]; then measure "$work/$base-1000000" -j 1 --input jsonl
    else measure "$work/$base-1000000" -j 1; fi)
  read -r s16 m16 < <(
    shape "$base" 16000000
    if [ "$name" = fifo ]; then measure <(cat "$work/$base-16000000") -j 1
    elif [ "$name" = jsonl-record ]; then measure "$work/$base-16000000" -j 1 --input jsonl
    else measure "$work/$base-16000000" -j 1; fi)
  ratio=$(python3 -c "print(f'{(max($s16-$s0,0.01)/16)/max($s1-$s0,0.01):.2f}')")
  printf '%-16s %10s %10.0f %10s %10.0f %8s\n' "$name" "$s1" "$((m1/1024))" "$s16" "$((m16/1024))" "$ratio"
done

#!/usr/bin/env python3
"""Money-dense real sentences for benchmarks (issue 10): the sentences of the `dev` passages of
fixtures/corpus that hold an annotated amount, as written, repeated to the size asked.

    python3 scripts/dense_corpus.py OUT_FILE [--size-mb 5]

Prints the size and the money density (annotated amounts per 100 bytes). Only `dev` is read:
speed work changes no finding, but `test` stays unread all the same.
"""
import argparse, glob, json, os, re

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "fixtures", "corpus")
ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--size-mb", type=float, default=5)
args = ap.parse_args()

split = {}
for line in open(os.path.join(root, "split.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    pid, which = line.rstrip("\n").split("\t")
    split[pid] = which

sentences, mentions = [], 0
for path in sorted(glob.glob(os.path.join(root, "batches", "*.jsonl"))):
    for line in open(path, encoding="utf-8"):
        p = json.loads(line)
        if split.get(p["id"]) != "dev":
            continue
        amounts = [f["text"] for f in p.get("findings", [])]
        for s in re.split(r"(?<=[.!?])\s+|\n+", p["text"]):
            n = sum(s.count(a) for a in set(amounts))
            if n:
                sentences.append(s.strip())
                mentions += n
block = "\n".join(sentences) + "\n"
size = int(args.size_mb * 1_000_000)
reps = max(1, size // len(block.encode()))
with open(args.out, "w", encoding="utf-8") as out:
    out.write(block * reps)
total = len(block.encode()) * reps
print(f"{total / 1e6:.1f} MB, {len(sentences)} sentences x {reps}, "
      f"{100 * mentions / len(block.encode()):.2f} annotated amounts per 100 bytes")

#!/usr/bin/env python3
"""Draws the corpus split once: each batch's passages shuffled with a fixed seed, half to `dev`
(rules are tuned on it) and half to `test` (scored at first look, never tuned on). Run once,
when the corpus is first annotated; later passages are added to split.tsv by hand (a `test`
case that taught a rule moves to `dev` and is replaced). Refuses to overwrite split.tsv."""
import json
import os
import random
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "corpus")
out = os.path.join(root, "split.tsv")
if os.path.exists(out) and "--force" not in sys.argv:
    sys.exit(f"{out} exists: the split is drawn once")
rng = random.Random(20261201)
rows = []
for name in sorted(os.listdir(os.path.join(root, "batches"))):
    ids = [json.loads(l)["id"] for l in open(os.path.join(root, "batches", name), encoding="utf-8") if l.strip()]
    rng.shuffle(ids)
    half = len(ids) // 2
    rows += [(i, "dev") for i in ids[:half]] + [(i, "test") for i in ids[half:]]
with open(out, "w", encoding="utf-8") as f:
    f.write("# passage\tsplit (drawn once by scripts/split_corpus.py, seed 20261201)\n")
    for i, split in sorted(rows):
        f.write(f"{i}\t{split}\n")
print(f"{len(rows)} passages: {sum(s == 'dev' for _, s in rows)} dev, {sum(s == 'test' for _, s in rows)} test")

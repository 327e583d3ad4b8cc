#!/usr/bin/env python3
"""Fit the match score's logistic weights and pick the link threshold.

Input: feature dumps from `cargo run --release --example dump_features`
(one row per source sentence x report x top-5 candidate, with a gold label).
Fits a logistic regression (plain batch gradient descent, standard library
only) on the rows of the training dumps, then, over the best candidate of
each (source sentence, report), picks the threshold that maximises link F1
and reports it on every dump given with --report.

Usage: scripts/calibrate.py --train dev.tsv [--train more.tsv] [--report seeds.tsv ...]
"""
import argparse
import csv
import math

FEATURES = ["cov_s", "cov_t", "matched", "names_shared", "num_rel", "both_quote", "spk_conflict", "margin"]
CAPS = {"matched": 8.0, "names_shared": 3.0, "num_rel": 2.0}


def load(path):
    rows = []
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            x = []
            for f in FEATURES:
                v = float(r[f])
                if f in CAPS:
                    v = min(v, CAPS[f])
                x.append(v)
            rows.append({"key": (r["case"], r["src"], r["report"]), "rank": int(r["rank"]),
                         "label": int(r["label"]), "x": x, "src_kind": r["src_kind"],
                         "tgt": r["tgt"]})
    return rows


def fit(rows, epochs=1500, lr=0.5, l2=1e-3):
    n, d = len(rows), len(FEATURES)
    w, b = [0.0] * d, 0.0
    for _ in range(epochs):
        gw, gb = [0.0] * d, 0.0
        for r in rows:
            z = b + sum(wi * xi for wi, xi in zip(w, r["x"]))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            e = p - r["label"]
            gb += e
            for i, xi in enumerate(r["x"]):
                gw[i] += e * xi
        w = [wi - lr * (g / n + l2 * wi) for wi, g in zip(w, gw)]
        b -= lr * gb / n
    return w, b


def prob(w, b, x):
    z = b + sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def link_f1(rows, w, b, threshold, gold_links):
    """F1 of linking the best candidate per (source, report) when p >= threshold."""
    best = {}
    for r in rows:
        p = prob(w, b, r["x"])
        if r["key"] not in best or p > best[r["key"]][0]:
            best[r["key"]] = (p, r["label"])
    pred = [lab for p, lab in best.values() if p >= threshold]
    tp = sum(pred)
    prec = tp / len(pred) if pred else 0.0
    rec = tp / gold_links if gold_links else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def gold_links(rows):
    return len({r["key"] for r in rows if r["label"]})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", action="append", required=True)
    ap.add_argument("--report", action="append", default=[])
    args = ap.parse_args()
    train = [r for p in args.train for r in load(p)]
    w, b = fit(train)
    print("weights:", ", ".join(f"{f}={v:.3f}" for f, v in zip(FEATURES, w)), f"intercept={b:.3f}")
    g = gold_links(train)
    best_t, best_f = 0.5, -1
    for t in [i / 100 for i in range(5, 96)]:
        f, _, _ = link_f1(train, w, b, t, g)
        if f > best_f:
            best_t, best_f = t, f
    print(f"threshold {best_t:.2f}: train F1 {best_f:.3f}")
    for p in args.report:
        rows = load(p)
        f, pr, rc = link_f1(rows, w, b, best_t, gold_links(rows))
        print(f"{p}: F1 {f:.3f} P {pr:.3f} R {rc:.3f} (upper bound: best candidate correct for "
              f"{sum(1 for k in {r['key'] for r in rows if r['label']} if any(r['label'] and r['rank']==0 for r in rows if r['key']==k))}/{gold_links(rows)} links)")


if __name__ == "__main__":
    main()

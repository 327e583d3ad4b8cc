#!/usr/bin/env python3
"""Build selaras's Indonesian->English FreeDict table and measure coverage.

Usage (from the crate root, Python 3.11, standard library only):

    apt-get install -y dict-freedict-eng-ind     # once, as root
    python3 scripts/gen_lexicon.py               # regenerate + coverage
    python3 scripts/gen_lexicon.py --coverage-only [--text FILE] [--misses]
    python3 scripts/gen_lexicon.py --check       # validate the shipped files

Building reads the FreeDict English->Indonesian dictionary in the dictd
format installed by Debian's `dict-freedict-eng-ind` package
(/usr/share/dictd/freedict-eng-ind.index + freedict-eng-ind.dict.dz),
inverts it to Indonesian->English and writes
data/lexicon/id-en.freedict.tsv. The output is deterministic: the same
package version gives a byte-identical file (no dates in the header).

Rules (also in data/lexicon/README.md):
  * Entries whose part of speech is prefix, suffix or proverb are skipped.
  * Translation lines are the first line after the entry header and every
    line starting "N. "; English glosses, " N." gloss numbers, [[wiki|links]],
    parenthetical notes, "!" and "?" are removed; a translation containing
    "/" is dropped (it is an alternation, not a phrase).
  * Both sides are lowercased, accents folded to ASCII, spaces collapsed;
    a side with any character outside [a-z0-9 '.-], more than 4 words, no
    letter, or a leading/trailing "-" (affix forms) is dropped.
  * A pair is dropped when every word of either side is a stopword
    (data/lexicon/stopwords.{id,en}.txt).
  * Pairs in REVIEWED_WRONG (a dozen WikDict errors, a slur, chess senses
    of news words) are dropped.
  * Cap: an Indonesian key keeps at most MAX_PER_ID (8) English sides. They
    are ranked most specific first: (1) the English headword's fan-out, i.e.
    how many distinct Indonesian translations it has (an English word with
    one translation is a precise equivalent; one with twenty is vague);
    (2) the sense rank at which the Indonesian word was listed (1 for the
    first or only sense); (3) fewer English words; (4) byte order.

Coverage: the Indonesian text (default: the seed article) is tokenised,
reduplications split by a stray space are rejoined ("baru -baru" ->
"baru-baru"), stopwords and numbers are dropped, and each remaining token is
looked up in the union of id-en.freedict.tsv and id-en.news.tsv the way
selaras does (src/lexicon.rs + src/morph.rs): first as part of a listed
multi-word phrase, then the word itself, then its candidate roots from the
naive affix stripper ported below. The share of tokens with no translation is
printed, with the misses.
"""

from __future__ import annotations

import argparse
import collections
import glob
import gzip
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXDIR = os.path.join(ROOT, "data", "lexicon")
FREEDICT_TSV = os.path.join(LEXDIR, "id-en.freedict.tsv")
NEWS_TSV = os.path.join(LEXDIR, "id-en.news.tsv")
STOP_ID = os.path.join(LEXDIR, "stopwords.id.txt")
STOP_EN = os.path.join(LEXDIR, "stopwords.en.txt")
SEED = os.path.join(ROOT, "data", "seeds", "000_31f64dc309fd023f.txt")
DICT_DIR = "/usr/share/dictd"
PACKAGE = "dict-freedict-eng-ind"
COPYRIGHT = f"/usr/share/doc/{PACKAGE}/copyright"
MAX_PER_ID = 8
MAX_WORDS = 4
SKIP_POS = {"prefix", "suffix", "proverb"}
COMMAND = "python3 scripts/gen_lexicon.py"
# FreeDict pairs reviewed as wrong (WikDict split or sense errors) or harmful
# for news matching (a slur, chess and card senses of news words). Keep short.
REVIEWED_WRONG = {
    ("barat", "bharat"),          # Bharat = India; barat = west
    ("cina", "chink"),            # slur
    ("finlandia", "finn"),        # "orang Finlandia" split in two
    ("orang", "finn"),
    ("hak", "retractor"),
    ("marah", "mean"),
    ("menteri", "queen"),         # chess piece
    ("perdana menteri", "queen"),
    ("penggemar", "ventilator"),  # "fan" as a device
    ("salju", "snow white"),
    ("takut", "threaten"),
    ("tinggi", "bedbug"),
    ("utama", "ace"),
}

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


# --------------------------------------------------------------- files ----

def read_words(path: str) -> set[str]:
    """A stopword file: one word a line, '#' comments."""
    with open(path, encoding="utf-8") as f:
        return {
            w.strip().lower()
            for w in f
            if w.strip() and not w.startswith("#")
        }


def read_table(path: str) -> list[tuple[str, str]]:
    """An id-en TSV table as (indonesian, english) pairs."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            a, b = line.split("\t")
            pairs.append((a, b))
    return pairs


# ----------------------------------------------------- dictd and FreeDict --

def b64num(s: str) -> int:
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def find_dict(dict_dir: str) -> tuple[str, str]:
    idx = sorted(glob.glob(os.path.join(dict_dir, "*eng-ind.index")))
    if not idx:
        sys.exit(f"no *eng-ind.index in {dict_dir}: apt-get install -y {PACKAGE}")
    dz = idx[0][: -len(".index")] + ".dict.dz"
    if not os.path.exists(dz):
        sys.exit(f"missing {dz}")
    return idx[0], dz


def read_entries(index: str, dz: str) -> tuple[list[str], dict[str, str]]:
    """Entry texts in index order, and the 00database-* meta entries."""
    data = gzip.open(dz).read()
    entries, meta = [], {}
    with open(index, encoding="utf-8") as f:
        for line in f:
            hw, off, ln = line.rstrip("\n").split("\t")
            text = data[b64num(off): b64num(off) + b64num(ln)].decode("utf-8")
            if hw.startswith("00database") or hw.startswith("00-database"):
                meta[hw] = text
            else:
                entries.append(text)
    return entries, meta


def fold(s: str) -> str:
    """Lowercase, accents folded to ASCII, whitespace collapsed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.lower().split())


VALID = re.compile(r"^[a-z0-9][a-z0-9 '.\-]*$")


def clean_side(s: str) -> str | None:
    """One side of a pair in canonical form, or None for junk."""
    s = fold(s).strip(" .,:;'\"")
    if not s or not VALID.match(s) or not re.search(r"[a-z]", s):
        return None
    if s.endswith("-") or s.startswith("-") or " -" in s or "- " in s:
        return None
    if len(s.split()) > MAX_WORDS:
        return None
    return s


def split_translations(line: str) -> list[str]:
    """Indonesian translations on one translation line."""
    line = re.sub(r"^\d+\.\s+", "", line)
    line = re.sub(r"\s+\d+\.$", "", line)
    # [[target|shown]] -> shown, [[x]] -> x
    line = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", line)
    line = re.sub(r"\([^)]*\)", " ", line)
    line = line.replace("!", "").replace("?", "")
    out = []
    for part in re.split(r"[,;]", line):
        part = part.strip()
        if not part or "/" in part:
            continue
        out.append(part)
    return out


def parse_entry(text: str) -> tuple[str, str | None, list[tuple[int, str]]]:
    """(headword, part of speech, [(sense rank, translation)])."""
    lines = text.split("\n")
    head = lines[0]
    m = re.search(r"<([^>]+)>\s*$", head)
    pos = m.group(1) if m else None
    headword = re.split(r" /| <", head)[0].strip()
    found = []
    for i, line in enumerate(lines[1:]):
        m = re.match(r"^(\d+)\. ", line)
        if i == 0 or m:
            rank = int(m.group(1)) if m else 1
            for t in split_translations(line):
                found.append((rank, t))
    return headword, pos, found


def invert(entries, stop_id, stop_en, max_per_id=MAX_PER_ID):
    """Indonesian->English pairs and statistics."""
    stats = collections.Counter()
    # (id, en) -> best sense rank
    rank: dict[tuple[str, str], int] = {}
    fanout: dict[str, set[str]] = collections.defaultdict(set)
    for text in entries:
        stats["entries"] += 1
        headword, pos, found = parse_entry(text)
        if pos in SKIP_POS:
            stats["entries skipped (affix/proverb)"] += 1
            continue
        en = clean_side(headword)
        if en is None:
            stats["entries skipped (English headword junk)"] += 1
            continue
        if all(w in stop_en for w in re.split(r"[ \-]", en)):
            stats["entries skipped (English stopword)"] += 1
            continue
        for r, t in found:
            stats["translations seen"] += 1
            idw = clean_side(t)
            if idw is None:
                stats["translations dropped (junk/too long)"] += 1
                continue
            if all(w in stop_id for w in idw.split()):
                stats["translations dropped (Indonesian stopword)"] += 1
                continue
            if (idw, en) in REVIEWED_WRONG:
                stats["pairs dropped (reviewed wrong)"] += 1
                continue
            fanout[en].add(idw)
            key = (idw, en)
            rank[key] = min(rank.get(key, r), r)
    by_id: dict[str, list[str]] = collections.defaultdict(list)
    for idw, en in rank:
        by_id[idw].append(en)
    pairs = []
    for idw, ens in by_id.items():
        ens.sort(key=lambda e: (len(fanout[e]), rank[(idw, e)],
                                len(e.split()), e.encode()))
        if len(ens) > max_per_id:
            stats["indonesian keys capped"] += 1
            stats["pairs dropped by cap"] += len(ens) - max_per_id
        for e in ens[:max_per_id]:
            pairs.append((idw, e))
    pairs.sort(key=lambda p: (p[0].encode(), p[1].encode()))
    stats["pairs written"] = len(pairs)
    stats["indonesian keys"] = len(by_id)
    return pairs, stats


def package_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", PACKAGE],
            capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def copyright_stanza() -> tuple[str, str, str]:
    """(Copyright, License short name, License title) for eng-ind/*."""
    with open(COPYRIGHT, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^Files: eng-ind/\*\n((?:\S.*\n)+)", text, re.M)
    if not m:
        sys.exit(f"no 'Files: eng-ind/*' stanza in {COPYRIGHT}")
    fields = dict(re.findall(r"^(\w[\w-]*): (.*)$", m.group(1), re.M))
    lic = fields.get("License", "?")
    t = re.search(r"^License: " + re.escape(lic) + r"\n (.*)$", text, re.M)
    return fields.get("Copyright", "?"), lic, t.group(1).strip() if t else ""


def header(meta: dict[str, str], index: str) -> list[str]:
    info = meta.get("00databaseinfo", "")
    short = meta.get("00databaseshort", "").strip()

    def field(name):
        m = re.search(r"^\s*" + name + r":\s*(.+)$", info, re.M)
        return m.group(1).strip() if m else "?"

    cr, lic, title = copyright_stanza()
    src = re.search(r"Source\(s\):\s*\n\s*\n(.*?)\n\s*\n", info, re.S)
    src = " ".join(src.group(1).split()) if src else "?"
    return [
        "# selaras Indonesian->English lexicon, generated from FreeDict: DO NOT EDIT",
        f"# Source: FreeDict eng-ind, \"{short}\"",
        f"#   (edition {field('Edition')}, maintainer {field('Maintainer')}),",
        "#   inverted to Indonesian->English by selaras.",
        f"#   The package states: {src}",
        f"# Debian package: {PACKAGE} {package_version()}"
        f" (file {os.path.basename(index)} and its .dict.dz)",
        f"# Copyright (per the package's copyright file, eng-ind/*): {cr}",
        f"# Licence: {lic} ({title}),"
        " https://creativecommons.org/licenses/by-sa/3.0/",
        "#   This table is an adaptation (inverted, filtered) of that work and is",
        f"#   distributed under the same licence, {lic}.",
        f"# Regenerate: {COMMAND}   (rules: scripts/gen_lexicon.py docstring,"
        " data/lexicon/README.md)",
        "# Format: indonesian<TAB>english, lowercase, sorted by (indonesian,"
        " english) in byte order.",
    ]


def build(args) -> None:
    stop_id, stop_en = read_words(STOP_ID), read_words(STOP_EN)
    index, dz = find_dict(args.dict_dir)
    entries, meta = read_entries(index, dz)
    pairs, stats = invert(entries, stop_id, stop_en, args.max_per_id)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for line in header(meta, index):
            f.write(line + "\n")
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
    print(f"wrote {os.path.relpath(args.out, ROOT)}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")


# ---------------------------------------------- Indonesian affix stripping --
# A port of `indonesian_roots` in src/morph.rs, so that coverage is measured
# the way selaras looks words up. Candidates: the word itself first, then
# forms with fewer affixes removed before forms with more.

PARTICLES = ["kah", "lah", "pun", "tah", "ku", "mu", "nya"]
SUFFIXES = ["kan", "an", "i"]
NASAL = [
    ("menge", None), ("meng", "k"), ("meny", "s"), ("mem", "p"),
    ("men", "t"), ("me", None), ("penge", None), ("peng", "k"),
    ("peny", "s"), ("pem", "p"), ("pen", "t"), ("per", None),
    ("pel", None), ("pe", None),
]
PLAIN = ["di", "ter", "ber", "bel", "be", "ke", "se"]


def _push(out: list[str], w: str) -> None:
    if w and w not in out:
        out.append(w)


def strip_suffixes(word: str) -> list[str]:
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


def strip_one_prefix(word: str) -> list[str]:
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


def strip_prefixes(word: str) -> list[str]:
    out = []
    for first in strip_one_prefix(word):
        out.append(first)
        out.extend(strip_one_prefix(first))
    return out


def indonesian_roots(word: str) -> list[str]:
    out = [word]
    if "-" in word:
        a, b = word.split("-", 1)
        if a and b:
            for r in indonesian_roots(a):
                _push(out, r)
            return [w for w in out if len(w) >= 2]
    for stem in strip_suffixes(word):
        _push(out, stem)
        for root in strip_prefixes(stem):
            _push(out, root)
    return [w for w in out if len(w) >= 2]


# ------------------------------------------------------------- coverage --

TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def tokenize(text: str) -> list[str]:
    text = fold(text)
    # "baru -baru" / "cabang- cabang": a reduplication split by a stray space
    text = re.sub(r"\b([a-z]+) ?- ?\1\b", r"\1-\1", text)
    return TOKEN.findall(text)


class Lex:
    def __init__(self, pairs):
        self.entries: dict[str, list[str]] = collections.defaultdict(list)
        for a, b in pairs:
            self.entries[a].append(b)
        self.max_words = max((len(k.split()) for k in self.entries), default=1)

    def translate(self, word, roots=indonesian_roots):
        """(form that hit, its English sides) or None, like
        Lexicon::translate_word."""
        for r in roots(word):
            if r in self.entries:
                return r, self.entries[r]
        return None


def coverage(tokens, lex, stop_id, roots=indonesian_roots):
    """(content tokens, misses, how each hit was found)."""
    in_phrase = [False] * len(tokens)
    for i in range(len(tokens)):
        for n in range(min(lex.max_words, len(tokens) - i), 1, -1):
            if " ".join(tokens[i: i + n]) in lex.entries:
                for j in range(i, i + n):
                    in_phrase[j] = True
                break
    content, misses, how = 0, [], collections.Counter()
    for i, t in enumerate(tokens):
        if t in stop_id or t.isdigit():
            continue
        content += 1
        if in_phrase[i]:
            how["phrase"] += 1
            continue
        hit = lex.translate(t, roots)
        if hit is None:
            misses.append(t)
        elif hit[0] == t:
            how["surface"] += 1
        else:
            how["root"] += 1
    return content, misses, how


def capitalised_only(text: str) -> set[str]:
    """Lowercased words never written with a lowercase first letter in
    `text`: names, or English words left in the Indonesian (Getty Images)."""
    seen_lower, seen_upper = set(), set()
    for w in re.findall(r"[^\W\d_]+(?:[-'][^\W_]+)*", text):
        (seen_upper if w[0].isupper() else seen_lower).add(fold(w))
    return seen_upper - seen_lower


def report(label, text, pairs, stop_id, show_misses):
    lex = Lex(pairs)
    content, misses, how = coverage(tokenize(text), lex, stop_id)
    rate = 100.0 * len(misses) / content if content else 0.0
    names = capitalised_only(text)
    other = [m for m in misses if m not in names]
    print(f"{label}: {len(misses)}/{content} content tokens untranslated"
          f" = {rate:.1f}% miss rate"
          f" (hits: {how['surface']} surface, {how['root']} via root,"
          f" {how['phrase']} in phrase);"
          f" misses not capitalised in the text: {len(other)}/{content}"
          f" = {100.0 * len(other) / content if content else 0.0:.1f}%")
    if show_misses:
        c = collections.Counter(misses)
        print("  misses: " + ", ".join(
            f"{w}" + (f" x{n}" if n > 1 else "") for w, n in sorted(c.items())))


def run_coverage(args) -> None:
    stop_id = read_words(STOP_ID)
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    fd = read_table(FREEDICT_TSV)
    news = read_table(NEWS_TSV) if os.path.exists(NEWS_TSV) else []
    print(f"coverage of {os.path.relpath(args.text, ROOT)}"
          f" (freedict {len(fd)} rows, news {len(news)} rows):")
    report("  freedict only  ", text, fd, stop_id, args.misses)
    if news:
        report("  freedict + news", text, fd + news, stop_id, True)


# ---------------------------------------------------------------- check --

def check() -> int:
    bad = 0
    for path in (FREEDICT_TSV, NEWS_TSV):
        prev, seen = None, set()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if line.startswith("#"):
                    if prev is not None:
                        print(f"{path}:{n}: comment after data"); bad += 1
                    continue
                cols = line.split("\t")
                ok = (len(cols) == 2 and all(c == " ".join(c.split()) and c
                                              for c in cols)
                      and line == line.lower())
                if not ok:
                    print(f"{path}:{n}: malformed {line!r}"); bad += 1
                    continue
                pair = (cols[0].encode(), cols[1].encode())
                if pair in seen:
                    print(f"{path}:{n}: duplicate {line!r}"); bad += 1
                if prev is not None and pair < prev:
                    print(f"{path}:{n}: out of order {line!r}"); bad += 1
                seen.add(pair); prev = pair
    for path in (STOP_ID, STOP_EN):
        with open(path, encoding="utf-8") as f:
            words = [w.rstrip("\n") for w in f if not w.startswith("#")]
        for a, b in zip(words, words[1:]):
            if not a.encode() < b.encode():
                print(f"{path}: not sorted/unique at {a!r} {b!r}"); bad += 1
        for w in words:
            if w != w.lower() or not w or w != w.strip():
                print(f"{path}: bad word {w!r}"); bad += 1
    print("check: ok" if not bad else f"check: {bad} problems")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict-dir", default=DICT_DIR)
    ap.add_argument("--out", default=FREEDICT_TSV)
    ap.add_argument("--max-per-id", type=int, default=MAX_PER_ID)
    ap.add_argument("--text", default=SEED,
                    help="Indonesian text for the coverage report")
    ap.add_argument("--coverage-only", action="store_true")
    ap.add_argument("--misses", action="store_true",
                    help="also list misses of the FreeDict-only run")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        return check()
    if not args.coverage_only:
        build(args)
    run_coverage(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

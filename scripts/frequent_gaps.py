#!/usr/bin/env python3
"""Lists the most frequent Indonesian words that no shipped lexicon table
translates (not even through the affix stripper), in frequency order: the
word list the twenty-fifth round's general-vocabulary rows were written
for (see data/lexicon/README.md, "id-en.common.tsv").

Usage: scripts/frequent_gaps.py [--top N]     (default 15000)

Needs the PyPI package `wordfreq` (its Indonesian list; code Apache-2.0,
data CC-BY-SA-4.0), which selaras itself does not use:

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/frequent_gaps.py > gaps.txt

Only which words to look at comes from the list; no frequency figure and
no word list is shipped. Words are lowercase letters (one hyphen allowed);
stopwords are left out. Prints `rank<TAB>word`, rank 0-based.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lexicon as gl  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "data", "lexicon")
TABLES = ["id-en.freedict.tsv", "id-en.news.tsv", "id-en.pivot.tsv",
          "id-en.common.tsv", "id-en.wordnet.tsv"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=15000)
    args = ap.parse_args()
    import wordfreq  # only this script needs it

    pairs = []
    for table in TABLES:
        pairs += gl.read_table(os.path.join(LEX, table))
    lex = gl.Lex(pairs)
    stop_id = gl.read_words(os.path.join(LEX, "stopwords.id.txt"))
    for rank, word in enumerate(wordfreq.top_n_list("id", args.top)):
        if word in stop_id or not re.fullmatch(r"[a-z]+(-[a-z]+)?", word):
            continue
        _, misses, _ = gl.coverage([word], lex, stop_id)
        if misses:
            print(f"{rank}\t{word}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

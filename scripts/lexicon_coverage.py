#!/usr/bin/env python3
"""Share of Indonesian content words with no English counterpart in the
shipped lexicon tables, table by table, on a given Indonesian text (default:
the Indonesian side of the generated test set, data/generated/pairs.tsv).

Usage: scripts/lexicon_coverage.py [--text FILE]
Uses gen_lexicon.py's tokeniser, stopwords and affix stripper, so the
figures match data/lexicon/README.md's method.
"""
import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lexicon as gl  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "data", "lexicon")
TABLES = ["id-en.freedict.tsv", "id-en.news.tsv", "id-en.pivot.tsv", "id-en.common.tsv"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--text")
    args = ap.parse_args()
    if args.text:
        text = open(args.text, encoding="utf-8").read()
        label = args.text
    else:
        with open(os.path.join(ROOT, "data", "generated", "pairs.tsv"), newline="", encoding="utf-8") as fh:
            text = "\n".join(r["id"] for r in csv.DictReader(fh, delimiter="\t"))
        label = "data/generated/pairs.tsv (id)"
    stop_id = gl.read_words(os.path.join(LEX, "stopwords.id.txt"))
    tokens = gl.tokenize(text)
    pairs = []
    print(f"{label}:")
    for table in TABLES:
        pairs += gl.read_table(os.path.join(LEX, table))
        content, misses, _ = gl.coverage(tokens, gl.Lex(pairs), stop_id)
        print(f"  + {table:<20} {len(misses)}/{content} content words untranslated "
              f"= {100 * len(misses) / content:.1f}%")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build selaras's synonym table id-en.wordnet.tsv from WordNet 3.0.

Usage (from the crate root, Python 3.11, standard library only):

    apt-get install -y wordnet-base          # as root; WordNet 3.0 data files
    python3 scripts/gen_wordnet_lexicon.py   # writes data/lexicon/id-en.wordnet.tsv

Why: the reports paraphrase. A dictionary gives "penarikan -> withdrawal,
departure", and the report writes "forced to leave"; "kendali -> control"
against "command". WordNet's synsets (sets of words with one meaning) bridge
such pairs in one step. The table adds, for an Indonesian key of the other
tables, the synonyms of its English translations.

Rules (also in data/lexicon/README.md):

  * Input: the shipped tables id-en.{freedict,news,pivot,common}.tsv and
    WordNet 3.0 (index.noun/verb, data.noun/verb).
  * Only Indonesian keys with at most MAX_TRANSLATIONS (4) English sides in
    all tables together are expanded: a word with many renderings is already
    vague, and expanding every sense of it multiplies the noise.
  * Only single-word English sides, only nouns and verbs (adjective and
    adverb synsets measured noisier), only the most frequent sense (the
    first synset in WordNet's index order), and only if that sense is attested
    in WordNet's sense-tagged corpus (tagsense_cnt > 0).
  * A synonym is kept if it is one lowercase word (proper nouns and
    multi-word lemmas are left out) of at least MIN_LENGTH (4) letters, and
    is not already an English side of the key in any table.
  * Output: indonesian<TAB>english, sorted by (indonesian, english) in byte
    order, no duplicates; deterministic for the same inputs.

The choice of these rules was measured on the generated development set and
the seed texts (README, "How the scores were chosen").
"""

import argparse
import collections
import os
import sys

sys.dont_write_bytecode = True  # no scripts/__pycache__ from the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_lexicon as gl  # noqa: E402  (table reader)
import gen_pivot_lexicon as gp  # noqa: E402  (package version)

WORDNET = "/usr/share/wordnet"
TABLES = ["id-en.freedict.tsv", "id-en.news.tsv", "id-en.pivot.tsv", "id-en.common.tsv"]
MAX_TRANSLATIONS = 4
MIN_LENGTH = 4
PARTS = {"n": "noun", "v": "verb"}

HEADER = """\
# selaras Indonesian->English synonym table, generated from WordNet: DO NOT EDIT
# Source: WordNet 3.0 (Princeton University), Debian package wordnet-base {version},
#   and the Indonesian keys and English sides of id-en.{{freedict,news,pivot,common}}.tsv.
# A pair (ind, syn) is written when syn is a synonym (same WordNet synset, most
#   frequent sense, noun or verb) of an English translation of ind.
# Licence: the Indonesian side comes from the CC-BY-SA-3.0 tables, so this table
#   is an adaptation under CC-BY-SA-3.0 (https://creativecommons.org/licenses/by-sa/3.0/);
#   the WordNet part is used under the WordNet 3.0 licence (data/lexicon/LICENSE.wordnet):
#   WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
# Rules: <= {max_tr} English sides per Indonesian key; single-word, lowercase
#   synonyms of >= {min_len} letters from the first, sense-tagged synset; pairs
#   already in the other tables left out.
# Regenerate: python3 scripts/gen_wordnet_lexicon.py   (rules: script docstring, data/lexicon/README.md)
# Format: indonesian<TAB>english, lowercase, sorted by (indonesian, english) in byte order.
"""


def first_tagged_synsets(wordnet):
    """(lemma, pos) -> byte offset of its most frequent, sense-tagged synset."""
    first = {}
    for pos, name in PARTS.items():
        with open(os.path.join(wordnet, f"index.{name}"), encoding="latin-1") as index:
            for line in index:
                if line.startswith(" "):
                    continue  # licence header
                f = line.split()
                pointers = int(f[3])
                tagged = int(f[5 + pointers])
                offsets = f[6 + pointers:]
                if tagged > 0 and offsets:
                    first[(f[0], pos)] = int(offsets[0])
    return first


def synset_words(wordnet, pos, offset, cache):
    key = (pos, offset)
    if key not in cache:
        with open(os.path.join(wordnet, f"data.{PARTS[pos]}"), encoding="latin-1") as data:
            data.seek(offset)
            f = data.readline().split()
        count = int(f[3], 16)
        cache[key] = [f[4 + 2 * i] for i in range(count)]
    return cache[key]


def read_tables(lexicon_dir):
    sides = collections.defaultdict(set)
    for table in TABLES:
        for ind, eng in gl.read_table(os.path.join(lexicon_dir, table)):
            sides[ind].add(eng)
    return sides


def build(sides, wordnet):
    first = first_tagged_synsets(wordnet)
    cache = {}
    pairs = set()
    for ind, english in sides.items():
        if len(english) > MAX_TRANSLATIONS:
            continue
        for eng in english:
            if " " in eng:
                continue
            for pos in PARTS:
                offset = first.get((eng, pos))
                if offset is None:
                    continue
                for lemma in synset_words(wordnet, pos, offset, cache):
                    if "_" in lemma or not lemma.islower() or not lemma.isalpha():
                        continue
                    if len(lemma) < MIN_LENGTH or lemma in english:
                        continue
                    pairs.add((ind, lemma))
    return sorted(pairs, key=lambda p: (p[0].encode(), p[1].encode()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lexicon_dir = os.path.join(here, "..", "data", "lexicon")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default=WORDNET, help="WordNet 3.0 dict directory")
    parser.add_argument("--out", default=os.path.join(lexicon_dir, "id-en.wordnet.tsv"))
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "index.noun")):
        sys.exit(f"{args.wordnet}: no WordNet data (apt-get install -y wordnet-base)")
    pairs = build(read_tables(lexicon_dir), args.wordnet)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(version=gp.pkg_version("wordnet-base"), max_tr=MAX_TRANSLATIONS, min_len=MIN_LENGTH))
        for ind, eng in pairs:
            out.write(f"{ind}\t{eng}\n")
    keys = len({p[0] for p in pairs})
    print(f"{args.out}: {len(pairs)} pairs for {keys} Indonesian keys", file=sys.stderr)


if __name__ == "__main__":
    main()

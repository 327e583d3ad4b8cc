#!/usr/bin/env python3
"""Builds data/news-human-changed: human translations with injected changes.

In:  data/news-human (published human Indonesian translations of English
     news articles: manifest.csv, dev.txt, test.txt, gold.csv and
     cases/<case>/{source.id.txt,report1.txt}).
Out: data/news-human-changed with the same layout: per case source.id.txt
     (the translation with about half of its linked sentences changed once:
     a number, a person's name respelled or replaced, a quote's speaker
     replaced) and report1.txt (copied unchanged), and manifest.csv, dev.txt,
     test.txt (the same split), changes.csv and gold.csv (news-human's gold
     with the kinds of the changes added and the source keys that a change
     fell into rewritten).
Why: the held-out test is a human translation with changes injected; the
     line-by-line renderings of data/news-close are too regular to stand in
     for it.

The injection itself (which numbers may change and how, respelling, person
mentions, speakers, the mix of kinds, the seed) is scripts/gen_close_news.py's,
imported, not copied. Standard library only; a fixed seed and one generator
per case, so a rerun rewrites every file byte for byte and a new case in
news-human leaves the others as they were. Usage (from the repository root):

    python3 scripts/gen_human_changes.py          # rebuild
    python3 scripts/gen_human_changes.py --check  # rebuild in memory, compare
"""

import csv
import io
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_close_news as close  # noqa: E402  (the injection functions)

SHARE = 0.5  # share of the linked sentences that get one change
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HUMAN = os.path.join(ROOT, "data", "news-human")
OUT = os.path.join(ROOT, "data", "news-human-changed")
KIND_TO_GOLD = {"number": "number", "name_mismatch": "name", "name_variant": "name", "speaker": "speaker"}

# People named in each translation (as the translation writes them; the
# longest form first) and plausible other names of the same kind for
# replacements, as in gen_close_news.PEOPLE. A case missing here gets the
# people find_people() reads off its two texts and GENERIC_POOL.
PEOPLE = {
    "voa-harvey-second-death-2017": (["Greg Abbott"], ["Sylvester Turner", "Brock Long"]),
    "voa-atlantis-final-mission-2011": (["Chris Ferguson", "Doug Hurley", "Rex Walheim", "Sandy Magnus"],
                                        ["Charles Bolden", "Mike Moses"]),
    "voa-hermine-restrengthens-2016": ([], ["Rick Scott", "Pat McCrory"]),
    "shareamerica-sulawesi-aid-2018": (["Joseph R. Donovan Jr."], ["Mark Green", "Brian McFeeters"]),
    "voa-rio-swimming-day-five-2016": (["Michael Phelps", "Katie Ledecky", "Nathan Adrian", "Ryan Lochte"],
                                       ["Simone Manuel", "Missy Franklin"]),
}
GENERIC_POOL = ["Michael Harris", "Sarah Collins", "Budi Santoso", "Dewi Lestari"]

# Words before a person's name (Indonesian and English titles and roles).
TITLES = re.compile(r"(?:Gubernur|Presiden|Wakil Presiden|Menteri|Duta Besar|Jenderal|Direktur|Kepala|Ketua|"
                    r"juru bicara|pilot|Dr\.|Governor|President|Minister|Ambassador|General|Director|"
                    r"Chief|spokesman|spokeswoman|Senator|Mayor|Walikota|Wali Kota|Mr\.|Mrs\.|Ms\.)"
                    r"(?:\s+(?:AS|Texas|[A-Z]\w+))?\s+$")
SAYS_NEXT = re.compile(r",?\s+(mengatakan|berkata|menulis|menambahkan|menjelaskan|menyatakan)\b")
CAP_RUN = re.compile(r"(?:[A-Z][\w'-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'-]*\.?|[A-Z]\.))+")


def find_people(id_text, en_text):
    """People of a case with no PEOPLE entry: runs of two or more
    capitalised words of the translation that the English report prints
    verbatim and that follow a title or are credited with a statement;
    then the surname alone where the translation uses it."""
    found = []
    for line in id_text.split("\n"):
        for m in CAP_RUN.finditer(line):
            words = m.group(0).split()
            # The run cut, left to right, into the longest pieces of two
            # words or more that the report prints ("World Vision" and
            # "Laura Blank" in "World Vision Laura Blank").
            i, pos = 0, m.start()
            while i < len(words):
                for j in range(len(words), i + 1, -1):
                    cand = " ".join(words[i:j]).rstrip(",")
                    if re.search(r"(?<!\w)" + re.escape(cand) + r"(?!\w)", en_text):
                        break
                else:
                    i += 1
                    continue
                s = line.index(cand, pos)
                e = pos = s + len(cand)
                i = j
                # A cue right next to the name (is_speaker looks 8 words
                # away, too far here: "platform Truth Social miliknya,
                # Trump menulis").
                cue = (TITLES.search(line[:s]) or re.match(SAYS_NEXT, line[e:])
                       or re.search(r"\b(kata|ujar|menurut|tambah)\s+$", line[:s]))
                en_cue = any(TITLES.search(en_text[:k.start()]) or
                             re.match(r",?\s+(said|says|told)\b", en_text[k.end():]) or
                             re.search(r"\baccording to\s+$", en_text[:k.start()])
                             for k in re.finditer(re.escape(cand), en_text))
                # "the World Bank", "University of Central Florida": not people.
                org = re.search(r"\b(?:the|of|The)\s+" + re.escape(cand), en_text)
                if (cue or en_cue) and not org and cand not in found:
                    found.append(cand)
    surnames = []
    for name in found:
        last = [w for w in name.split() if w not in ("Jr.", "Sr.")][-1]
        if re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", id_text.replace(name, "")):
            surnames.append(last)
    return sorted(found, key=len, reverse=True) + surnames


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def sentence_spans(lines):
    """(line index, start, end) of every sentence, gen_close_news's split."""
    return [(i, a, b) for i, line in enumerate(lines) for a, b in close.split_sentences(line)]


def locate(key, lines, spans):
    """The one sentence that holds the key (the key must occur once in the
    whole text)."""
    text = "\n".join(lines)
    if text.count(key) != 1:
        raise SystemExit(f"source key found {text.count(key)} times: {key!r}")
    for n, (i, a, b) in enumerate(spans):
        if key in lines[i][a:b]:
            return n
    raise SystemExit(f"source key crosses a sentence end: {key!r}")


def build():
    files = {}
    changes = [["case", "line", "kind", "before", "after"]]
    gold_out = [["case", "source_key", "target_doc", "target_key", "grade", "kinds"]]
    manifest = [["case", "source", "targets"]]
    cases = [r["case"] for r in read_csv(os.path.join(HUMAN, "manifest.csv"))]
    gold = read_csv(os.path.join(HUMAN, "gold.csv"))
    new_rows = {}  # id of a gold row -> its rewritten row
    linked_total = 0
    for case in cases:
        base = f"cases/{case}"
        src_text = open(os.path.join(HUMAN, base, "source.id.txt"), encoding="utf-8").read()
        report = open(os.path.join(HUMAN, base, "report1.txt"), encoding="utf-8").read()
        lines = src_text.rstrip("\n").split("\n")
        spans = sentence_spans(lines)
        rows = [r for r in gold if r["case"] == case]
        if case in PEOPLE:
            people, pool = PEOPLE[case]
        else:
            people, pool = find_people(src_text, report), GENERIC_POOL
            print(f"note: {case} has no PEOPLE entry; people found: {people}", file=sys.stderr)
        # One generator and one tally per case: adding a case leaves the
        # others as they were.
        rng = random.Random(f"{close.SEED}:human:{case}")
        used = {k: 0 for k in close.MIX}
        sent_of = {id(r): locate(r["source_key"], lines, spans) for r in rows}
        linked = sorted({sent_of[id(r)] for r in rows if r["grade"] in ("0", "1", "2") and r["target_key"]})
        # Which kinds each linked sentence allows (gen_close_news's rules,
        # applied to the sentence alone).
        options = {}
        for n in linked:
            i, a, b = spans[n]
            sent, kinds = lines[i][a:b], []
            persons = close.person_spots(sent, people)
            if close.number_spots(sent):
                kinds.append("number")
            if persons:
                kinds.append("name_variant")
            if any(not close.is_speaker(sent, s, e) for s, e, _ in persons):
                kinds.append("name_mismatch")
            if any(close.is_speaker(sent, s, e) for s, e, _ in persons):
                kinds.append("speaker")
            if kinds:
                options[n] = kinds
        linked_total += len(linked)
        count = min(len(options), round(SHARE * len(linked)))
        chosen = sorted(rng.sample(sorted(options), count))
        changed = {}  # sentence -> (kind, start, old end, new end) within the changed sentence
        new_sent = {}
        for n in chosen:
            lag = {k: used[k] / close.MIX[k] for k in options[n]}
            low = min(lag.values())
            kind = rng.choice([k for k in options[n] if lag[k] == low])
            used[kind] += 1
            i, a, b = spans[n]
            sent = lines[i][a:b]
            if kind == "number":
                s, e, tok = rng.choice(close.number_spots(sent))
                new = close.changed_number(rng, tok)
            else:
                spots = close.person_spots(sent, people)
                if kind == "name_mismatch":
                    spots = [p for p in spots if not close.is_speaker(sent, p[0], p[1])]
                elif kind == "speaker":
                    spots = [p for p in spots if close.is_speaker(sent, p[0], p[1])]
                s, e, tok = rng.choice(spots)
                if kind == "name_variant":
                    new = close.respell(rng, tok)
                elif kind == "name_mismatch":
                    new = close.other_name(rng, tok, pool)
                else:  # speaker: another person of the story, else a pool name
                    others = [p for p in people if p.split(" ")[-1] != tok.split(" ")[-1]
                              and p not in sent and " " in p]
                    new = close.other_name(rng, tok, others or pool)
            new_sent[n] = sent[:s] + new + sent[e:]
            changed[n] = (kind, s, e, s + len(new))
            changes.append([case, str(i + 1), kind, tok, new])
        # Rebuild the lines, sentence by sentence, right to left.
        out_lines = list(lines)
        for n in sorted(new_sent, reverse=True):
            i, a, b = spans[n]
            out_lines[i] = out_lines[i][:a] + new_sent[n] + out_lines[i][b:]
        out_text = "\n".join(out_lines) + "\n"
        # Gold: the changed sentence's rows get the kind and grade 2; a key
        # the change fell into is rewritten to cover the changed words.
        for r in rows:
            n = sent_of[id(r)]
            key, grade = r["source_key"], r["grade"]
            kinds = [k for k in r["kinds"].split(";") if k]
            if n in changed:
                kind, s, e_old, e_new = changed[n]
                i, a, b = spans[n]
                sent = lines[i][a:b]
                k0 = sent.index(key)
                k1 = k0 + len(key)
                if s < k1 and e_old > k0:  # the change touches the key
                    start, end = min(k0, s), max(k1, e_old)
                    end += e_new - e_old
                    key = new_sent[n][start:end]
                if grade in ("0", "1", "2") and r["target_key"]:
                    tag = KIND_TO_GOLD[kind]
                    if tag not in kinds:
                        kinds.append(tag)
                    grade = "2"
            new_rows[id(r)] = [case, key, r["target_doc"], r["target_key"], grade, ";".join(kinds)]
        # Every key once in the changed text, inside its sentence.
        for r in rows:
            key = new_rows[id(r)][1]
            if out_text.count(key) != 1:
                raise SystemExit(f"{case}: key found {out_text.count(key)} times after the changes: {key!r}")
            if r["target_key"] and report.count(r["target_key"]) != 1:
                raise SystemExit(f"{case}: target key not once in the report: {r['target_key']!r}")
        files[f"{base}/source.id.txt"] = out_text
        files[f"{base}/report1.txt"] = report
        manifest.append([case, f"{base}/source.id.txt", f"{base}/report1.txt"])
    gold_out += [new_rows[id(r)] for r in gold if id(r) in new_rows]
    for part in ("dev", "test"):
        files[f"{part}.txt"] = open(os.path.join(HUMAN, f"{part}.txt"), encoding="utf-8").read()
    for name, table in (("changes.csv", changes), ("gold.csv", gold_out), ("manifest.csv", manifest)):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(table)
        files[name] = buf.getvalue()
    files["README.md"] = readme(cases, files, changes[1:], gold_out[1:], linked_total)
    return files


def readme(cases, files, changes, gold, linked_total):
    """The set's README, with its counts taken from the files written."""
    split = {p: files[f"{p}.txt"].split() for p in ("dev", "test")}
    kinds = {k: sum(1 for c in changes if c[2] == k) for k in close.MIX}
    grades = {g: sum(1 for r in gold if r[4] == g) for g in "0123"}
    kind_list = ", ".join(f"{n} {k}" for k, n in kinds.items())
    grade_list = ", ".join(f"{grades[g]} grade {g}" for g in "012")
    return f"""# Human translations with injected changes (development data)

The held-out shape "close-translation news with injected changes", built on
published human translations: `data/news-human`'s pairs (a published English
news article, `report1.txt`, and its published Indonesian translation made
by a person), with numbers, names and speakers deliberately changed in the
Indonesian (`source.id.txt`). selaras is scored on whether it links the
changed sentences and flags the changes. Unlike `data/news-close` (our own
line-by-line renderings), the translations here split and merge sentences,
skip paragraphs and add captions and quotes, as a human translator does.

{len(cases)} cases ({len(split["dev"])} dev, {len(split["test"])} test); {linked_total} Indonesian sentences with a gold link,
{len(changes)} of them changed once: {kind_list}.
{len(gold)} gold rows: {grade_list}, {grades["3"]} grade 3 (no counterpart).

**Generated file: do not edit by hand.** Rebuild (from the repository root):

    python3 scripts/gen_human_changes.py          # rewrite this directory
    python3 scripts/gen_human_changes.py --check  # compare a rebuild with the files

| file | what |
| --- | --- |
| `cases/<case>/source.id.txt` | news-human's translation with the changes injected (what selaras reads) |
| `cases/<case>/report1.txt` | the English original, copied unchanged from news-human |
| `changes.csv` | the injected changes: `case,line,kind,before,after` (`line` = line of `source.id.txt`; kinds `number`, `name_mismatch`, `name_variant`, `speaker`) |
| `gold.csv` | news-human's gold with the changes added (contract format `case,source_key,target_doc,target_key,grade,kinds`) |
| `manifest.csv` | `case,source,targets` for `selaras batch --manifest` |
| `dev.txt`, `test.txt` | the split, news-human's own. **Tune on dev only; test is never tuned on, it is for reporting.** |

Score a build with `scripts/eval-human-changed [BINARY] [--verbose]` (as
`scripts/eval-human`; `VERBOSE_LINES=4` adds the number and name flag
lines). `scripts/flag-errors data/news-human-changed dev [BINARY]` lists the
dev flag errors pair by pair.

## How it is built

`scripts/gen_human_changes.py` (standard library only) reads whatever cases
`data/news-human/manifest.csv` lists, so it can be rerun when news-human
grows. The injection is `scripts/gen_close_news.py`'s, imported:

- Only Indonesian sentences that have a gold link (grade 0-2) in
  news-human's `gold.csv` are changed, each at most once; about half of
  them per case (`round(0.5 x linked sentences)`, fewer when fewer
  sentences hold a number or a person). Sentences are gen_close_news's
  split (a quotation stays whole), each located by its gold key.
- The kind of each change: the one the sentence allows that lags furthest
  behind gen_close_news's mix (40% `number`, 20% each `name_mismatch`,
  `name_variant`, `speaker`). `number`: a figure or number word changed in
  Indonesian style (dates, years, times in digits, scores and codes are
  left alone); `name_variant`: a person's name respelled by a letter or
  two; `name_mismatch`: a person not credited with a statement replaced by
  another; `speaker`: the person a statement is credited to replaced by
  another person of the story, else a plausible name.
- People: a hand-made list per case in the script (`PEOPLE`, as the
  translation spells them, with two plausible replacements of the same
  kind); a case missing there gets the people `find_people()` reads off
  its texts (two or more capitalised words the English prints verbatim,
  after a title or credited with a statement) and a generic name list, and
  the script says so on stderr.
- Seeding: gen_close_news's seed ({close.SEED}) with one generator per case
  (`"{close.SEED}:human:<case>"`), so a rerun rewrites every file byte for
  byte and a new case leaves the others unchanged.
- Gold: each row of a changed sentence gets the kind (`number`, `name` for
  both name kinds, `speaker`, as gen_close_news maps them) and grade 2 (a
  grade 0 or 1 becomes 2; an existing grade 2 keeps its kinds and adds the
  new one). A `source_key` that the change falls into is rewritten to the
  changed words. The script stops unless every source key occurs exactly
  once in the changed `source.id.txt` and every target key once in the
  untouched report.

Limits: the kind mix follows the sentences available. News-human's linked
sentences name few people, so most changes are numbers; only the mix among
the kinds a sentence allows is balanced.

## Licence

The same texts as `data/news-human`: works of the United States government
(Voice of America, English and Indonesian services; ShareAmerica, US
Department of State), public domain in the United States under 17 U.S.C.
§ 105; the injected changes alter them deliberately. The gold, the changes
and the scripts are the project's own (MIT OR Apache-2.0 like the code). No
NTREX-128 or WMT newstest text.
"""


def main():
    close.write_or_check(build(), OUT)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds data/news-close: close-translation news with injected changes.

In:  data/news/cases/<case>/source.id.txt (our Indonesian renderings of one
     public-domain article each), data/news-close/links.csv (hand-made: which
     rendering lines to keep and the English sentence each one renders, with
     the grade and the kinds of the deliberate drifts), and
     data/news-close/cases/<case>/report1.txt (the rendered English article,
     copied from the page).
Out: per case source.clean.id.txt (the kept lines, unchanged) and
     source.id.txt (the same lines with about 30% of them changed once:
     a number, a person's name replaced or respelled, a quote's speaker
     replaced), and changes.csv, gold.csv and manifest.csv.
Why: a close-translation news set where the drifts we inject are known, so
     number and name flags can be scored on news prose (the Debian handbook
     set is not news).

Standard library only; a fixed seed, so a rerun rewrites every file byte for
byte.  Usage (from the repository root):

    python3 scripts/gen_close_news.py          # rebuild
    python3 scripts/gen_close_news.py --check  # rebuild in memory, compare
"""

import csv
import io
import os
import random
import re
import sys

SEED = 20261205
SHARE = 0.30  # share of the kept lines that get one change
# Wanted mix of the kinds within a case; each change takes the kind its line
# allows that is furthest behind this mix.
MIX = {"number": 0.4, "name_mismatch": 0.2, "name_variant": 0.2, "speaker": 0.2}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NEWS = os.path.join(ROOT, "data", "news", "cases")
OUT = os.path.join(ROOT, "data", "news-close")

# People named in each rendering (as the rendering writes them; the longest
# form first) and plausible other names of the same kind for replacements.
PEOPLE = {
    "voa-westjava-quake-2009": (["Brian Padden", "Teuku Faizasyah", "Padden", "Faizasyah"],
                                ["Priyadi Kardono", "Rustam Pakaya"]),
    "voa-soma-mine-2014": (["Taner Yildiz", "Yildiz"], ["Mehmet Demir", "Akin Celik"]),
    "voa-haiyan-toll-2013": (["Mar Roxas", "Eduardo del Rosario"], ["Reynaldo Balido", "Manuel Reyes"]),
    "voa-air-algerie-crash-2014": ([], []),
    "voa-rana-plaza-2013": (["Sheikh Hasina", "Mohammed Sohel Rana", "Rana"],
                            ["Abdul Karim", "Mohammad Hossain"]),
    "voa-padang-quake-2009": (["Laura Blank", "Blank"], ["Sarah Miller", "Anne Brooks"]),
    "voa-quest-pirates-sentenced": (["Jean dan Scott Adam", "Dana Bonte"],
                                    ["Bob Riggle", "Neil MacBride"]),
    "voa-us-jobs-november-2011": (["John Boehner"], ["Eric Cantor", "Harry Reid"]),
    "voa-fed-emergency-rate-cut-2008": (["Michael Bowman", "Ben Bernanke", "David Weiss"],
                                        ["Mark Zandi", "Henry Paulson"]),
    "voa-trump-hush-money-verdict": (["Donald Trump", "Joe Biden", "Todd Blanche", "Juan Merchan"],
                                     ["Alvin Bragg", "Michael Cohen"]),
    "voa-sewol-ferry-2014": (["Park Geun-hye"], ["Lee Myung-bak", "Chung Hong-won"]),
    "voa-iran-nuclear-deal-2015": (["Hossein Fereydoun", "Hassan Rouhani", "Javad Zarif", "Barack Obama",
                                    "Federica Mogherini", "John Kerry"],
                                   ["Catherine Ashton", "Laurent Fabius"]),
    "dod-armed-forces-volleyball-2024": (["Michael Tuimavave", "Asaleti Telea", "Julio Andino",
                                          "Gabriel Misilagi", "Joe Ulrich", "Tuimavave", "Misilagi",
                                          "Telea"],
                                         ["Daniel Fuimaono", "Marcus Reyes"]),
    "voa-obama-cuba-visit-2016": (["Barack Obama", "Bruno Rodriguez", "Raul Castro", "Michelle Obama"],
                                  ["Josefina Vidal", "Miguel Diaz"]),
    "voa-afcon-2017-final": (["Essam El Hadary", "Nicolas Nkoulou", "Vincent Aboubakar", "Mohamed Elneny"],
                             ["Ahmed Hegazi", "Benjamin Moukandjo"]),
    "dod-armed-forces-soccer-2025": (["Brandon Cobb", "Samuel Orozco", "Kelvin Kereva",
                                      "Cobb", "Orozco", "Eseyin"],
                                     ["Erick Munoz-Velasco", "Christian King"]),
    "voa-china-growth-q3-2015": ([], []),
    "voa-juno-jupiter-2016": (["Chrissa Hanna"], ["Candy Hansen", "Scott Bolton"]),
    "dod-pentagon-sitting-volleyball-2015": (["Kari Miller", "Mark Milley", "Stefan LeRoy"],
                                             ["Nicholas Titman", "Blake Johnson"]),
    "voa-indonesia-2014-claims": (["Susilo Bambang Yudhoyono", "Joko Widodo", "Prabowo Soebianto",
                                   "Bagus Nugroho", "Yudhoyono", "Widodo", "Subianto", "Nugroho",
                                   "Prabowo"],
                                  ["Jusuf Kalla", "Hatta Rajasa"]),
    "voa-worldcup-2014-final": (["Mario Goetze", "Sergio Romero", "Andre Schurrle", "Miroslav Klose",
                                 "Andres Iniesta", "Manuel Neuer", "Goetze"],
                                ["Thomas Mueller", "Philipp Lahm"]),
    "dod-armed-forces-basketball-2024": (["James Lewis", "Tiaera Phillips", "Kaleigh D'Arcy",
                                          "Ernest Darnell"],
                                         ["Shanice Brooks", "Marcus Hill"]),
    "voa-indonesia-2024-vote": (["Prabowo Subianto", "Anies Beswadan", "Ganjar Pranowo", "Matthew Miller",
                                 "Joko Widodo", "Subianto", "Prabowo"],
                                ["Gibran Rakabuming", "Muhaimin Iskandar"]),
    "wh-biden-widodo-csp": (["Joseph Biden", "Joko Widodo", "Biden", "Widodo"],
                            ["Kamala Harris", "Retno Marsudi"]),
    "irs-marganda-ponzi-sentenced": (["Dora L. Irizarry", "John J. Durham", "Christopher G. Raia",
                                      "Michael Alfonso", "Marganda", "Durham"],
                                     ["Breon Peace", "Marcia M. Henry"]),
    "voa-times-square-bomber-sentenced": (["Miriam Goldman-Cedarbaum", "Faisal Shahzad", "Faizal Shahzad",
                                           "Adam Phillips", "Preet Bharara", "Goldman-Cedarbaum",
                                           "Shahzad"],
                                          ["Raymond Kelly", "Eric Holder"]),
    "voa-us-gdp-q2-2014": (["Barack Obama", "Sean Snaith", "Obama", "Snaith"],
                           ["Greg McBride", "David Stockton"]),
    "voa-palu-quake-tsunami-2018": (["Sutopo Purwo Nugroho", "Joko Widodo", "Muhammad Syaugi",
                                     "Jusuf Kalla", "Syaugi"],
                                    ["Willem Rampangilei", "Bambang Soelistyo"]),
}

MONTHS = ("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
          "November|Desember")
NUMBER_WORDS = ["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                "sepuluh", "sebelas"]
# Speech verbs: "X mengatakan ..." (the speaker before the verb) and
# "..., kata X" (the speaker after it), at most 8 words away.
SAYS_AFTER = re.compile(r"^\W*(?:\S+\s+){0,8}?(mengatakan|berbicara|memuji|menggambarkan|mencatat|melaporkan|"
                        r"bersumpah|menulis|memperkirakan)\b")
SAYS_BEFORE = re.compile(r"\b(kata|ujar|menurut|tambah)\s+(?:\S+\s+){0,8}$")
# A number: digits with Indonesian separators, standing alone (not part of
# a code such as MH-60S or AH 5017), or a number word.
NUM_RE = re.compile(r"(?<![\w.,/-])(\d+(?:[.,]\d+)*)(?![\w/]|[.,]\d)")
WORD_RE = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")


def fmt_id(value, decimals):
    """Indonesian number style: 1.127 / 4,2."""
    if decimals:
        whole, frac = f"{value:.{decimals}f}".split(".")
    else:
        whole, frac = str(int(round(value))), ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    return out + ("," + frac if frac else "")


def parse_id(token):
    """'3.621' -> (3621, 0); '7,6' -> (7.6, 1); '8,6' -> (8.6, 1)."""
    if "," in token:
        whole, frac = token.split(",", 1)
        return float(whole.replace(".", "") + "." + frac), len(frac)
    return int(token.replace(".", "")), 0


def number_spots(line):
    """(start, end, token) of every number that can be changed (not dates,
    years, times, codes or scores)."""
    spots = []
    for m in NUM_RE.finditer(line):
        tok, s, e = m.group(1), m.start(1), m.end(1)
        after, before = line[e:e + 12], line[max(0, s - 12):s]
        if re.match(r"\s*(" + MONTHS + r")\b", after):
            continue  # a day of a date
        if re.fullmatch(r"(19|20)\d\d", tok):
            continue  # a year
        if re.search(r"[A-Z]{2,}\)?\s*$", before) or re.search(r"\(\s*$", before):
            continue  # a code: HSC) 25, AH 5017, (T AKE 10
        if re.match(r"\s*-\s*\d", after) or re.search(r"\d\s*-\s*$", before):
            continue  # a score or a record (24-12, 4-0): left alone
        if re.match(r"\.\d\d\b", line[e:e + 3]) or re.fullmatch(r"\d{1,2}\.\d\d", tok):
            continue  # a time 09.36
        spots.append((s, e, tok))
    for m in WORD_RE.finditer(line):
        prev = line[max(0, m.start() - 8):m.start()]
        if re.search(r"(ke|salah|satu)\s*$", prev):
            continue
        if re.match(r"\s*(per|belas|puluh|ratus|ribu|juta)", line[m.end():]):
            continue  # a fraction (tiga perempat) or part of a longer number
        spots.append((m.start(), m.end(), m.group(1)))
    return sorted(spots)


def changed_number(rng, tok):
    if tok in NUMBER_WORDS:
        i = NUMBER_WORDS.index(tok)
        choices = [NUMBER_WORDS[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(NUMBER_WORDS)]
        return rng.choice(choices)
    value, decimals = parse_id(tok)
    if decimals:
        step = rng.choice([-3, -2, 2, 3, 5]) / (10 ** decimals)
        new = round(value + step, decimals)
        if new <= 0:
            new = round(value + abs(step), decimals)
        return fmt_id(new, decimals)
    if value < 10:
        new = value + rng.choice([1, 2, 3])
    elif value < 100:
        new = value + rng.choice([-7, -4, 3, 6, 11])
    else:
        new = value * rng.choice([0.8, 0.9, 1.1, 1.25, 1.5])
        digits = len(str(value))
        unit = 10 ** max(0, digits - 3)
        new = int(round(new / unit)) * unit
        if new == value:
            new = value + unit
    return fmt_id(new, 0)


def respell(rng, name):
    """Changes one or two letters of the name's longest word."""
    words = name.split(" ")
    idx = max(range(len(words)), key=lambda i: len(words[i]))
    w = words[idx]
    options = []
    for i in range(1, len(w)):
        if w[i] == w[i - 1] and w[i].isalpha():
            options.append(w[:i] + w[i + 1:])  # Harrington -> Harington
    for i in range(1, len(w) - 1):
        c = w[i]
        if c.isalpha() and c.lower() not in "aeiou" and w[i - 1].lower() in "aeiou":
            options.append(w[:i] + c + w[i:])  # Yildiz -> Yilldiz
    swaps = {"i": "y", "y": "i", "e": "a", "o": "u", "u": "o", "k": "c", "c": "k"}
    for i in range(1, len(w)):
        if w[i] in swaps:
            options.append(w[:i] + swaps[w[i]] + w[i + 1:])
    options = [o for o in options if o != w]
    words[idx] = rng.choice(options)
    return " ".join(words)


def person_spots(line, people):
    """(start, end, name) of the first mention of each person, longest forms
    first, no overlaps."""
    taken, spots = [], []
    for name in people:
        # "Rana Plaza" is a building, not the man Rana.
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)(?! Plaza)", line):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            spots.append((m.start(), m.end(), name))
    return sorted(spots)


def is_speaker(line, start, end):
    """Whether the mention at line[start:end] is the one a statement is
    credited to (a replaced speaker is `speaker`, not `name`)."""
    return bool(SAYS_AFTER.match(line[end:]) or SAYS_BEFORE.search(line[:start])
                or line[end:end + 1] == ":")


def other_name(rng, name, candidates):
    """A replacement of the same shape: a full name for a full name, a
    surname for a surname."""
    pool = [c for c in candidates if c != name and name not in c and c not in name]
    pick = rng.choice(pool)
    if " " not in name:
        pick = pick.split(" ")[-1]
    return pick


def split_sentences(line):
    """Sentence spans of one line: ends at . ! ? (and a closing quote) before
    white space and an upper-case letter or an opening quote."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"”]?(?=\s+[\"“¿]?[A-Z])", line):
        end = m.end()
        word = re.search(r"(\S+)$", line[start:end]).group(1)
        if word in ("Co.", "St.", "Mr.", "Dr.", "Jr.", "U.S.", "U.N.") or re.fullmatch(r"[A-Z]\.", word):
            continue  # an abbreviation or an initial (John J. Durham)
        if line[:end].count('"') % 2 or line[:end].count("“") > line[:end].count("”"):
            continue  # inside a quotation: selaras keeps a quote whole
        spans.append((start, end))
        start = end + len(line[end:]) - len(line[end:].lstrip())
    spans.append((start, len(line)))
    return spans


def pick_key(sentence, others):
    """A 5-7 word verbatim window of the sentence that no other source
    sentence contains; the first such window from the sentence's start."""
    words = sentence.split(" ")
    for size in (6, 5, 7, 8, 4):
        for i in range(0, max(1, len(words) - size + 1)):
            key = " ".join(words[i:i + size]).strip(" ,;:")
            if len(key.split(" ")) < min(4, len(words)):
                continue
            if any(ch in key for ch in "\"“”"):
                continue
            if not any(key in o for o in others):
                return key
    # A short quotation: a key with a quotation mark inside (never at an end).
    for size in (6, 5, 4):
        for i in range(0, max(1, len(words) - size + 1)):
            key = " ".join(words[i:i + size]).strip(" ,;:\"“”")
            if key and not any(key in o for o in others):
                return key
    return sentence


def read_links():
    links = {}
    with open(os.path.join(OUT, "links.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            links.setdefault(row["case"], []).append(row)
    return links


def build():
    links = read_links()
    files = {}
    changes = [["case", "line", "kind", "before", "after"]]
    gold = [["case", "source_key", "target_doc", "target_key", "grade", "kinds"]]
    manifest = [["case", "source", "targets"]]
    for case in sorted(links):
        rows = links[case]
        # One generator and one tally per case: adding a case leaves the
        # others as they were.
        rng = random.Random(f"{SEED}:{case}")
        used = {k: 0 for k in MIX}
        orig = open(os.path.join(NEWS, case, "source.id.txt"), encoding="utf-8").read().split("\n")
        kept = sorted({int(r["orig_line"]) for r in rows})
        clean = [orig[n - 1] for n in kept]
        drift = {int(r["orig_line"]) for r in rows if r["grade"] == "2"}
        people, pool = PEOPLE[case]
        # Which kinds each line allows.
        options = {}
        for i, n in enumerate(kept):
            if n in drift:
                continue
            line, kinds = clean[i], []
            if number_spots(line):
                kinds.append("number")
            persons = person_spots(line, people)
            if persons:
                kinds.append("name_variant")
            if any(not is_speaker(line, s, e) for s, e, _ in persons):
                kinds.append("name_mismatch")
            if any(is_speaker(line, s, e) for s, e, _ in persons):
                kinds.append("speaker")
            if kinds:
                options[i] = kinds
        count = min(len(options), round(SHARE * len(kept)))
        chosen = sorted(rng.sample(sorted(options), count))
        injected = list(clean)
        changed_at = {}  # line index -> (kind, char offset)
        for i in chosen:
            lag = {k: used[k] / MIX[k] for k in options[i]}
            low = min(lag.values())
            kind = rng.choice([k for k in options[i] if lag[k] == low])
            used[kind] += 1
            line = clean[i]
            if kind == "number":
                s, e, tok = rng.choice(number_spots(line))
                new = changed_number(rng, tok)
            else:
                spots = person_spots(line, people)
                if kind == "name_mismatch":
                    spots = [p for p in spots if not is_speaker(line, p[0], p[1])]
                elif kind == "speaker":
                    spots = [p for p in spots if is_speaker(line, p[0], p[1])]
                s, e, tok = rng.choice(spots)
                if kind == "name_variant":
                    new = respell(rng, tok)
                elif kind == "name_mismatch":
                    new = other_name(rng, tok, pool)
                else:  # speaker: another person of the story, else a pool name
                    others = [p for p in people if p.split(" ")[-1] != tok.split(" ")[-1]
                              and p not in line and " " in p]
                    new = other_name(rng, tok, others or pool)
            injected[i] = line[:s] + new + line[e:]
            changed_at[i] = (kind, s)
            changes.append([case, str(i + 1), kind, tok, new])
        # Gold rows, one per linked source sentence.
        sentences = []  # (line index, part, text)
        for i, line in enumerate(injected):
            for part, (a, b) in enumerate(split_sentences(line)):
                sentences.append((i, part, line[a:b], a, b))
        for r in rows:
            i = kept.index(int(r["orig_line"]))
            part = int(r["part"])
            cands = [s for s in sentences if s[0] == i and s[1] == part]
            if not cands:
                raise SystemExit(f"{case}: line {r['orig_line']} has no part {part}")
            _, _, text, a, b = cands[0]
            others = [s[2] for s in sentences if s is not cands[0]]
            key = pick_key(text, others)
            grade, kinds = r["grade"], [k for k in r["kinds"].split(";") if k]
            if i in changed_at and a <= changed_at[i][1] < b:
                kind = changed_at[i][0]
                kinds.append({"number": "number", "name_mismatch": "name",
                              "name_variant": "name", "speaker": "speaker"}[kind])
                grade = "2"
            gold.append([case, key, r["target_doc"], r["target_key"], grade, ";".join(kinds)])
        base = f"cases/{case}"
        files[f"{base}/source.clean.id.txt"] = "\n".join(clean) + "\n"
        files[f"{base}/source.id.txt"] = "\n".join(injected) + "\n"
        manifest.append([case, f"{base}/source.id.txt", f"{base}/report1.txt"])
    # The split follows data/news: a case is in the split its rendering is in
    # there, so that a story is dev or test in both sets and tuning on one
    # set's dev never reads the other's test. (The first split, by a hash of
    # the case name, crossed them; README, "The split".)
    news_split = {}
    for part in ("dev", "test"):
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "news", f"{part}.txt")
        for name in open(path, encoding="utf-8").read().split():
            news_split[name] = part
    split = {"dev": [], "test": []}
    for case in sorted(links):
        split[news_split[case]].append(case)
    for part, names in split.items():
        files[f"{part}.txt"] = "".join(n + "\n" for n in names)
    for name, table in (("changes.csv", changes), ("gold.csv", gold), ("manifest.csv", manifest)):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(table)
        files[name] = buf.getvalue()
    return files


def write_or_check(files, out):
    """Writes `files` ({relative path: text}) under `out`, or with --check
    on the command line compares them with what is there and exits 1 when
    any differs."""
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, text in sorted(files.items()):
        path = os.path.join(out, name)
        if check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                print(f"differs: {name}")
                bad += 1
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    if check:
        print("check: " + ("OK" if not bad else f"{bad} files differ"))
        sys.exit(1 if bad else 0)
    print(f"wrote {len(files)} files")


def main():
    write_or_check(build(), OUT)


if __name__ == "__main__":
    main()

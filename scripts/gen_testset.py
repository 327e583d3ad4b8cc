#!/usr/bin/env python3
"""Generate the held-in generalisation test set under data/generated/.

Source text: the Indonesian (id-ID) and English (en-US) HTML editions of
"The Debian Administrator's Handbook" as shipped in Debian's binary package
debian-handbook 11.20220922 (GPL-2.0+ or CC-BY-SA-3.0). See
data/generated/README.md for the licence, the construction and the scoring.

Two stages, standard library only:

  1. extract  (only when data/generated/pairs.tsv is missing, or with
     --extract): read the .deb (an `ar` archive holding data.tar.xz), align the
     two editions paragraph by paragraph (they are built from the same DocBook
     and have the same paragraphs), split paragraphs into sentences, keep the
     paragraphs whose two sides have the same number of sentences, clean the
     pairs, and write data/generated/pairs.tsv and data/generated/sections.tsv.
     The .deb is taken from --deb PATH, or fetched with
     `apt-get download debian-handbook=11.20220922` into scratch/testset/.
  2. build (always): from pairs.tsv, deterministically (fixed seed) write the
     cases (data/generated/cases/<case>/source.txt, report1.txt, ...), gold.csv,
     manifest.csv, dev.txt, test.txt and README.md, then validate them and fail
     loudly on any problem.

  python3 scripts/gen_testset.py                  # regenerate everything
  python3 scripts/gen_testset.py --check          # only validate what is there
  python3 scripts/gen_testset.py --oracle-dir D   # also write D/<case>.csv, an
                                                  # "oracle" output built from the gold
"""

import argparse
import csv
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "generated")
SCRATCH = os.path.join(ROOT, "scratch", "testset")
PAIRS_TSV = os.path.join(OUT, "pairs.tsv")
SECTIONS_TSV = os.path.join(OUT, "sections.tsv")

DEB_PACKAGE = "debian-handbook"
DEB_VERSION = "11.20220922"
HTML_DIR = "usr/share/doc/debian-handbook/html"

SEED = 20250611
CASES_PER_SPLIT = 30
DOC_MIN, DOC_MAX, DOC_TARGET = 8, 20, 14
INJECT_RATE = 0.13
# share of injected changes per kind (the actual mix depends on what the
# sentences offer: only sentences that have a number / name / quote get one)
KIND_SHARE = {"number": 0.30, "respell": 0.25, "rename": 0.25, "quote": 0.20}


class Fail(Exception):
    pass


# =================================================================== extract

CODE_CLASSES = {
    "command", "literal", "filename", "computeroutput", "userinput", "replaceable",
    "varname", "email", "citerefentry", "keycap", "xref", "programlisting", "screen",
    "refentrytitle", "option", "parameter", "function", "prompt", "uri", "systemitem",
}
SKIP_CLASSES = {"url", "indexterm"}
CODE_MARK = "\x01"


class ParaParser(HTMLParser):
    """Collects the text of every <div class="para"> (Publican's paragraphs).
    Text inside code-like elements is marked with CODE_MARK; URL boxes and
    index anchors are skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras = []
        self.cur = None
        self.stack = []
        self.title = None
        self.in_title = False
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "title" and self.title is None:
            self.in_title = True
            self.title = ""
        classes = set((attrs.get("class") or "").split())
        if self.cur is None:
            if tag == "div" and "para" in classes:
                self.cur = []
                self.stack = [("div", None)]
            return
        if tag in ("br", "img", "hr", "meta", "link", "col", "area", "input"):
            return
        mode = None
        if classes & SKIP_CLASSES:
            mode = "skip"
        elif classes & CODE_CLASSES or tag in ("pre", "code", "kbd", "tt"):
            mode = "code"
        self.stack.append((tag, mode))
        if mode == "code":
            self.cur.append(CODE_MARK)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.cur is None:
            return
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if not self.stack:
            self.paras.append(" ".join("".join(self.cur).split()))
            self.cur = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.cur is None:
            return
        if any(m == "skip" for _, m in self.stack):
            return
        self.cur.append(data)


def parse_page(html):
    p = ParaParser()
    p.feed(html)
    p.close()
    return p


ABBREVIATIONS = {
    "e.g.", "i.e.", "etc.", "vs.", "cf.", "mr.", "mrs.", "dr.", "no.", "inc.", "approx.",
    "resp.", "st.", "jr.", "sr.", "fig.", "dll.", "dsb.", "mis.", "misal.", "spt.", "al.",
    "hlm.", "tsb.", "yth.", "bpk.", "sdr.", "jl.", "ver.", "vol.",
}
BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z])")


def split_sentences(text):
    out, start = [], 0
    for m in BOUNDARY.finditer(text):
        before = text[start:m.end()].rstrip()
        words = before.split()
        last = words[-1].lower() if words else ""
        last = last.lstrip("(\"'“‘")
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]\.", last) or re.fullmatch(r"(\w\.){2,}", last):
            continue
        out.append(before)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


# a sentence-final . ! ? followed by a space and a capital letter inside a line
INTERNAL_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+[\"'“‘(\[]*[A-Z]")
BAD_CHARS = re.compile(r"[<>{}\[\]|\\$=~#_@/*^`\t]|https?:|www\.|\.\.\.|…")
ID_FUNCTION_WORDS = set("""yang dan di ke dari untuk dengan ini itu adalah tidak dalam akan pada
bisa dapat juga atau oleh sebagai ada karena jika lebih kita kami anda mereka setiap semua
telah sudah hanya harus sebuah seperti tersebut agar maka bahwa saat namun tetapi menjadi
merupakan para sangat masih belum secara antara tanpa hal cara lain ia dia kalau bila""".split())
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
END_OK = re.compile(r"[.!?][\"'”’)]*$")
START_OK = re.compile(r"^[\"'“‘(]*[A-Z0-9]")


def digit_runs(text):
    return sorted(re.findall(r"\d+", text))


def reject_reason(id_text, en_text):
    if CODE_MARK in id_text or CODE_MARK in en_text:
        return "code"
    if BAD_CHARS.search(id_text) or BAD_CHARS.search(en_text):
        return "markup"
    nid, nen = len(id_text.split()), len(en_text.split())
    if min(nid, nen) < 5 or max(nid, nen) > 60:
        return "length"
    if max(len(id_text), len(en_text)) > 2.5 * min(len(id_text), len(en_text)):
        return "ratio"
    id_words = [w.lower() for w in WORD.findall(id_text)]
    en_words = {w.lower() for w in WORD.findall(en_text)}
    if id_text == en_text or not (set(id_words) & ID_FUNCTION_WORDS):
        return "untranslated"
    if id_words and sum(1 for w in id_words if w in en_words) > 0.5 * len(id_words):
        return "untranslated"
    if INTERNAL_BOUNDARY.search(id_text) or INTERNAL_BOUNDARY.search(en_text):
        return "multi-sentence"
    if not (END_OK.search(id_text) and END_OK.search(en_text)
            and START_OK.search(id_text) and START_OK.search(en_text)):
        return "fragment"
    if digit_runs(id_text) != digit_runs(en_text):
        return "numbers differ"
    return None


def read_deb_members(deb_path, prefixes):
    """{member path: bytes} for the data.tar members under the prefixes."""
    with open(deb_path, "rb") as fh:
        blob = fh.read()
    if blob[:8] != b"!<arch>\n":
        raise Fail(f"{deb_path}: not a .deb (ar) archive")
    pos, data = 8, None
    while pos + 60 <= len(blob):
        header = blob[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        body = blob[pos + 60:pos + 60 + size]
        if name.startswith("data.tar"):
            data = body
        pos += 60 + size + (size % 2)
    if data is None:
        raise Fail(f"{deb_path}: no data.tar member")
    out = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
        for m in tar.getmembers():
            path = m.name[2:] if m.name.startswith("./") else m.name
            if m.isfile() and any(path.startswith(p) for p in prefixes):
                out[path] = tar.extractfile(m).read()
    return out


def fetch_deb():
    os.makedirs(SCRATCH, exist_ok=True)
    deb = os.path.join(SCRATCH, f"{DEB_PACKAGE}_{DEB_VERSION}_all.deb")
    if not os.path.exists(deb):
        print(f"fetching {DEB_PACKAGE}={DEB_VERSION} with apt-get download ...", file=sys.stderr)
        subprocess.run(["apt-get", "download", f"{DEB_PACKAGE}={DEB_VERSION}"], cwd=SCRATCH, check=True)
    return deb


def strip_numbering(title):
    title = " ".join((title or "").split())
    title = re.sub(r"^(?:(?:Chapter|Appendix|Part|Bab|Lampiran|Bagian)\s+)?(?:[A-Z]|\d+)(?:\.\d+)*\.\s+", "", title)
    if INTERNAL_BOUNDARY.search(title) or "..." in title or "…" in title:
        return ""
    return title


def extract(deb_path):
    en_dir, id_dir = f"{HTML_DIR}/en-US/", f"{HTML_DIR}/id-ID/"
    files = read_deb_members(deb_path, [en_dir, id_dir])
    en_pages = {p[len(en_dir):]: b for p, b in files.items() if p.startswith(en_dir) and p.endswith(".html") and "/" not in p[len(en_dir):]}
    id_pages = {p[len(id_dir):]: b for p, b in files.items() if p.startswith(id_dir) and p.endswith(".html") and "/" not in p[len(id_dir):]}
    if not en_pages or set(en_pages) != set(id_pages):
        raise Fail("the en-US and id-ID editions do not have the same pages")
    # book order: the table of contents in index.html, then anything left
    index = parse_page(en_pages["index.html"].decode("utf-8"))
    order = []
    for href in index.hrefs:
        name = href.split("#")[0]
        if name in en_pages and name not in order:
            order.append(name)
    order += sorted(p for p in en_pages if p not in order)

    stats = Counter()
    pairs, sections = [], []
    seen_id, seen_en = set(), set()
    for page in order:
        en = parse_page(en_pages[page].decode("utf-8"))
        idp = parse_page(id_pages[page].decode("utf-8"))
        if len(en.paras) != len(idp.paras):
            raise Fail(f"{page}: {len(en.paras)} English vs {len(idp.paras)} Indonesian paragraphs")
        sections.append((page, unicodedata.normalize("NFC", strip_numbering(idp.title)),
                         unicodedata.normalize("NFC", strip_numbering(en.title))))
        n = 0
        for pe, pi in zip(en.paras, idp.paras):
            stats["paragraphs"] += 1
            if pe == pi:
                stats["paragraphs untranslated"] += 1
                continue
            se, si = split_sentences(pe), split_sentences(pi)
            if len(se) != len(si):
                stats["paragraphs with unequal sentence counts"] += 1
                continue
            for e, i in zip(se, si):
                stats["sentence pairs"] += 1
                reason = reject_reason(i, e)
                if reason is None:
                    kid, ken = i.lower(), e.lower()
                    if kid in seen_id or ken in seen_en:
                        reason = "duplicate"
                    seen_id.add(kid)
                    seen_en.add(ken)
                if reason:
                    stats["dropped: " + reason] += 1
                    continue
                n += 1
                pairs.append((page, n, unicodedata.normalize("NFC", i), unicodedata.normalize("NFC", e)))
        stats["pairs kept"] += n
    os.makedirs(OUT, exist_ok=True)
    with open(PAIRS_TSV, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("page\tn\tid\ten\n")
        for page, n, i, e in pairs:
            for field in (i, e):
                if "\t" in field or "\n" in field:
                    raise Fail(f"tab or newline in a sentence: {field!r}")
            fh.write(f"{page}\t{n}\t{i}\t{e}\n")
    with open(SECTIONS_TSV, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("page\ttitle_id\ttitle_en\n")
        for page, ti, te in sections:
            fh.write(f"{page}\t{ti}\t{te}\n")
    for k in sorted(stats):
        print(f"extract: {k}: {stats[k]}", file=sys.stderr)
    return stats


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


# =================================================================== features

NUMBER = re.compile(r"(?<![\w.,-])\d+(?![\w]|[.,]\d)")
NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\w'’-])")
QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
NOT_NAMES = set("""Internet Testing Stable Unstable Experimental Protocol Software Free Foundation
Manager Network Volume Corp Project Team Committee Leader Developers Developer System Service
Security Server Desktop Public Contract Guidelines Constitution Policy Release Manual Handbook
Administrator Book Edition Version Chapter Section Appendix Table Figure Note The This That
Autoconfiguration Border Commons Compose Creative Datagram Engineering Enterprise Extraction
Finish Indication Interchange Kill Partners Serial Skills Stateless Traversal Unported Artistic
Latin Euro Western Tracker Navigator Explorer Bind Sieve Oldstable Oldoldstable Master English
American January February March April June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
# coarse classes, so that a replaced name is replaced by a name of the same kind
NAME_CLASSES = {
    "person": """Adams Anthony Baldwin Benjamin Bercot Bruce Brun Cahier Charpentier Christian Daniel
        David Debra Doru Douglas Eric Fforde Gibson Gilles Guillon Holt Humphrey Jasper Jorge Leidert
        Linus Maldonado Marilyne Mengin Muriel Murdock Neal Patrascu Perens Perrier Pratchett Roland
        Roussi Schneier Schuessler Shan Sneddon Stallman Stempfel Stephenson Terry Thierry Torvalds
        William Zacchiroli Hertzog Raphaël Mas""",
    "codename": "Bullseye Buster Stretch Jessie Wheezy Squeeze Lenny Etch Sarge Woody Potato Bookworm",
    "company": """Adobe Apple Canonical Caldera CodeWeavers Eyrolles Falcot Google Intel Microsoft
        Mozilla Novell Oracle Progeny Tresys Yahoo Ulule Netscape""",
    "os": "Debian Ubuntu Fedora Mandriva Mint Linux Unix Hurd Windows Android OpenSolaris Vista Knoppix",
    "place": "Germany Francisco Montpellier France Paris",
}
NAME_CLASS = {n: c for c, names in NAME_CLASSES.items() for n in names.split()}
QUOTE_SWAP = {
    "free": "paid", "always": "never", "never": "always", "all": "some", "will": "may",
    "must": "should", "should": "must", "new": "old", "old": "new", "first": "last",
    "last": "first", "stable": "unstable", "unstable": "stable", "more": "less", "less": "more",
    "better": "worse", "best": "worst", "open": "closed", "public": "private",
    "private": "public", "remain": "become", "good": "bad", "small": "large", "large": "small",
    "only": "mostly", "official": "unofficial", "easy": "hard", "simple": "complex",
    "full": "partial", "local": "remote", "remote": "local", "virtual": "physical",
    "physical": "virtual", "linear": "circular", "high": "low", "low": "high", "main": "minor",
    "basic": "advanced", "secure": "unsafe", "safe": "risky", "fast": "slow", "slow": "fast",
    "social": "legal", "non": "semi", "automatic": "manual", "manual": "automatic",
    "upstream": "downstream", "downstream": "upstream", "read": "write", "write": "read",
    "home": "work", "user": "admin", "spare": "broken", "degraded": "damaged",
}


def standalone_numbers(text):
    return [m for m in NUMBER.finditer(text)]


def shared_names(en, idt):
    names = []
    for m in NAME.finditer(en):
        w = m.group(0)
        if m.start() == 0 or w in NOT_NAMES or len(w) < 4 or w in names:
            continue
        if re.search(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", idt):
            names.append(w)
    return names


def quote_spans(en, idt):
    if not any(q in idt for q in "“\""):
        return []
    spans = []
    for m in QUOTE.finditer(en):
        g = 1 if m.group(1) is not None else 2
        inner = m.group(g)
        if re.search(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", inner):
            spans.append((m.start(g), m.end(g)))
    return spans


# =================================================================== changes

def respell_options(name):
    """Transliteration variants: i<->y at the end, c<->k, ph<->f, a doubled letter."""
    opts = []
    if name.endswith("i"):
        opts.append(name[:-1] + "y")
    if name.endswith("y"):
        opts.append(name[:-1] + "i")
    if "ph" in name:
        opts.append(name.replace("ph", "f", 1))
    elif "ff" in name:
        opts.append(name.replace("ff", "ph", 1))
    elif "f" in name[1:]:
        k = name.index("f", 1)
        opts.append(name[:k] + "ph" + name[k + 1:])
    if "ck" in name:
        opts.append(name.replace("ck", "k", 1))
    elif "c" in name[1:] and "ch" not in name:
        k = name.index("c", 1)
        opts.append(name[:k] + "k" + name[k + 1:])
    elif "k" in name[1:]:
        k = name.index("k", 1)
        opts.append(name[:k] + "c" + name[k + 1:])
    if name[0] == "C" and name[1:2] in "aou" and "ch" not in name[:2].lower():
        opts.append("K" + name[1:])
    if name[0] == "K" and name[1:2] in "aou":
        opts.append("C" + name[1:])
    m = re.search(r"([b-df-hj-np-tv-z])\1", name[1:])
    if m:
        k = m.start() + 1
        opts.append(name[:k] + name[k + 1:])
    else:
        for k in range(2, len(name) - 1):
            c = name[k]
            if c in "bdlmnprst" and name[k - 1] in "aeiouy" and name[k + 1] in "aeiouy":
                opts.append(name[:k] + c + name[k:])
                break
    return [o for o in dict.fromkeys(opts) if o != name]


def change_number(rng, text, m):
    raw = m.group(0)
    n = int(raw)
    pct = text[m.end():m.end() + 1] == "%"
    if len(raw) == 4 and 1900 <= n <= 2099:
        new = n + rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5])
    elif pct:
        new = max(1, int(round(n * rng.uniform(0.45, 0.9))))
    elif n <= 10:
        new = rng.choice([v for v in range(max(1, n - 3), n + 6) if v != n])
    else:
        factor = rng.choice([rng.uniform(0.5, 0.8), rng.uniform(1.25, 2.0)])
        new = int(round(n * factor))
    if new == n or new < 0:
        new = n + 1
    return text[:m.start()] + str(new) + text[m.end():], f"{raw}|{new}"


def replace_word(text, old, new):
    return re.sub(r"(?<![\w'’-])" + re.escape(old) + r"(?![\w'’-])", new, text)


# =================================================================== keys

KEY_STRIP = " \t\"'“”‘’()[],;:.!?-–—"


def crude_segments(words):
    """Index ranges [a, b) of words that a crude splitter (every . ! ? before a
    space) keeps together."""
    segs, a = [], 0
    for k, w in enumerate(words):
        if re.search(r"[.!?][\"'”’)\]]*$", w) and k < len(words) - 1:
            segs.append((a, k + 1))
            a = k + 1
    segs.append((a, len(words)))
    return segs


def pick_key(rng, line, others):
    """A 4-8 word window of `line`, taken from inside the line where possible,
    that is a substring of no other line in `others`."""
    words = line.split(" ")
    n = len(words)
    cands = []
    for a0, b0 in crude_segments(words):
        for length in range(4, 9):
            for a in range(a0, b0 - length + 1):
                b = a + length
                inside = (a > 0) + (b < n)
                pref = {6: 0, 5: 1, 7: 1, 4: 2, 8: 2}[length]
                cands.append((2 - inside, pref, rng.random(), a, b))
    cands.sort()
    for _, _, _, a, b in cands:
        key = " ".join(words[a:b]).strip(KEY_STRIP)
        if len(WORD.findall(key)) < 3 or key[:1] in "=+-@":
            continue
        if key not in line or any(key in o for o in others):
            continue
        return key
    key = line.strip(KEY_STRIP)
    if key and not any(key in o for o in others):
        return key
    raise Fail(f"no unique key for line: {line!r}")


# =================================================================== build

SOURCE_FURNITURE = [
    "Klik di sini untuk berlangganan buletin kami",
    "Bagikan artikel ini ke Facebook, X, atau WhatsApp",
    "Simak berita dan artikel menarik lainnya di kanal kami",
    "Dapatkan pembaruan harian langsung di kotak masuk Anda",
    "ADVERTISEMENT - Gulir ke bawah untuk melanjutkan membaca",
    "Ikuti kami di media sosial untuk kabar terbaru",
]
REPORT_FURNITURE = [
    "Leave a reply",
    "Related Articles",
    "Share this story on Facebook, X or LinkedIn",
    "Sign up for our daily newsletter",
    "Advertisement",
    "Comments are closed for this article",
    "Follow us for the latest updates",
]


def make_docs(pages, page_pairs):
    docs = []
    for page in pages:
        items = page_pairs[page]
        n = len(items)
        if n < DOC_MIN:
            continue
        k = max(1, round(n / DOC_TARGET))
        while n / k > DOC_MAX:
            k += 1
        while k > 1 and n / k < DOC_MIN:
            k -= 1
        start = 0
        for j in range(k):
            size = n // k + (1 if j < n % k else 0)
            docs.append({"page": page, "pairs": items[start:start + size]})
            start += size
    return docs


def features(pair):
    en, idt = pair["en"], pair["id"]
    nums = [m for m in standalone_numbers(en) if not m.group(0).startswith("0")
            and re.search(r"(?<![\w.,-])" + m.group(0) + r"(?![\w]|[.,]\d)", idt)]
    return {"numbers": nums, "names": shared_names(en, idt), "quotes": quote_spans(en, idt)}


def doc_score(doc):
    s = 0.0
    for p in doc["pairs"]:
        f = p["feat"]
        s += 2.0 * bool(f["numbers"]) + 1.0 * bool(f["names"]) + 1.5 * bool(f["quotes"])
    return s / len(doc["pairs"])


def chunked_shuffle(rng, items):
    chunks, k = [], 0
    while k < len(items):
        size = rng.randint(1, 3)
        chunks.append(items[k:k + size])
        k += size
    rng.shuffle(chunks)
    return [x for c in chunks for x in c]


def build(pairs_rows, sections_rows):
    rng = random.Random(SEED)
    page_order, page_pairs = [], defaultdict(list)
    pairs = []
    for r in pairs_rows:
        p = {"uid": len(pairs), "page": r["page"], "id": r["id"], "en": r["en"]}
        p["feat"] = features(p)
        pairs.append(p)
        if r["page"] not in page_pairs:
            page_order.append(r["page"])
        page_pairs[r["page"]].append(p)
    titles = {r["page"]: (r["title_id"], r["title_en"]) for r in sections_rows}

    # names: capitalised words that both sides share and that the English text
    # (almost) never uses in lower case
    name_freq = Counter(n for p in pairs for n in p["feat"]["names"])
    lower_vocab = Counter(w for p in pairs for w in WORD.findall(p["en"]) if w.islower())
    name_pool = sorted(n for n, c in name_freq.items()
                       if lower_vocab[n.lower()] == 0 or c >= 3 * lower_vocab[n.lower()])
    names_ok = set(name_pool)
    for p in pairs:
        p["feat"]["names"] = [n for n in p["feat"]["names"] if n in names_ok]
    vocab = set(w for p in pairs for w in WORD.findall(p["en"] + " " + p["id"]))
    en_words = sorted(w for w, c in lower_vocab.items() if len(w) >= 3 and c >= 3 and w.isalpha())

    # documents, split by page into dev and test, best (most facts) first
    docs = make_docs(page_order, page_pairs)
    doc_pages = sorted({d["page"] for d in docs}, key=page_order.index)
    shuffled = doc_pages[:]
    rng.shuffle(shuffled)
    split_of_page, ndocs = {}, {"dev": 0, "test": 0}
    for page in shuffled:
        s = "dev" if ndocs["dev"] <= ndocs["test"] else "test"
        split_of_page[page] = s
        ndocs[s] += sum(1 for d in docs if d["page"] == page)
    for page in page_order:  # pages too short for a document feed the pools
        if page not in split_of_page:
            split_of_page[page] = "dev" if rng.random() < 0.5 else "test"
    for d in docs:
        d["split"] = split_of_page[d["page"]]
        d["score"] = doc_score(d)
    chosen = []
    for s in ("dev", "test"):
        cands = sorted((d for d in docs if d["split"] == s),
                       key=lambda d: (-d["score"], page_order.index(d["page"]), d["pairs"][0]["uid"]))
        chosen += cands[:CASES_PER_SPLIT]
    chosen.sort(key=lambda d: (page_order.index(d["page"]), d["pairs"][0]["uid"]))
    pool = {s: [p for p in pairs if split_of_page[p["page"]] == s] for s in ("dev", "test")}

    kind_count = Counter()
    name_use = Counter()
    cases = []
    for ci, doc in enumerate(chosen):
        name = f"gen-{ci + 1:03d}"
        cases.append(build_case(rng, name, doc, pool[doc["split"]], titles, name_pool, vocab,
                                en_words, kind_count, page_order, name_use))
    return cases


def build_case(rng, name, doc, pool, titles, name_pool, vocab, en_words, kind_count, page_order,
               name_use):
    dp = doc["pairs"]
    n = len(dp)
    in_doc = {p["uid"] for p in dp}
    others = [p for p in pool if p["uid"] not in in_doc]
    same_page = [p for p in others if p["page"] == doc["page"]]
    far = [p for p in others if p["page"] != doc["page"]]

    # extra Indonesian sentences with no counterpart
    extras = []
    for _ in range(rng.randint(1, 3)):
        src = same_page if same_page and rng.random() < 0.4 else far
        cand = [p for p in src if p not in extras]
        extras.append(rng.choice(cand))
    extra_uids = {p["uid"] for p in extras}
    dis_same = [p for p in same_page if p["uid"] not in extra_uids]
    dis_far = [p for p in far if p["uid"] not in extra_uids]

    # which report carries which document sentence
    nrep = 3 if rng.random() < 0.6 else 2
    subsets = []
    for _ in range(nrep):
        k = max(2, round(rng.uniform(0.4, 0.8) * n))
        subsets.append(set(rng.sample(range(n), k)))
    if set().union(*subsets) == set(range(n)):
        drop = rng.randrange(n)
        for s in subsets:
            if len(s) > 2:
                s.discard(drop)
        if set().union(*subsets) == set(range(n)):
            for s in subsets:
                s.discard(drop)

    # injected changes, spread over kinds and over sentences
    links = [(i, r) for r in range(nrep) for i in sorted(subsets[r])]
    target = max(1, int(round(len(links) * rng.uniform(INJECT_RATE - 0.03, INJECT_RATE + 0.03))))
    changed = {}
    touched = set()
    for _ in range(target):
        avail, fresh = {}, {}
        for kind in KIND_SHARE:
            cand = [l for l in links if l not in changed and applicable(kind, dp[l[0]], name_use)]
            if cand:
                avail[kind] = cand
            new = [l for l in cand if l[0] not in touched]
            if new:
                fresh[kind] = new
        if fresh:
            avail = fresh
        if not avail:
            break
        total = sum(kind_count.values()) + 1
        kind = max(sorted(avail), key=lambda k: (KIND_SHARE[k] * total - kind_count[k], KIND_SHARE[k]))
        link = rng.choice(avail[kind])
        text, detail = inject(rng, kind, dp[link[0]], name_pool, vocab, en_words, name_use)
        if text is None:
            continue
        changed[link] = (kind, text, detail)
        touched.add(link[0])
        kind_count[kind] += 1

    # the reports
    reports = []
    for r in range(nrep):
        items = [("doc", i) for i in chunked_shuffle(rng, sorted(subsets[r]))]
        k = len(items)
        share = rng.uniform(0.2, 0.4)
        nd = max(1, int(round(k * share / (1 - share))))
        dis = []
        for _ in range(nd):
            src = dis_same if dis_same and rng.random() < 0.5 else dis_far
            cand = [p for p in src if p not in dis]
            dis.append(rng.choice(cand))
        for p in dis:
            items.insert(rng.randint(0, len(items)), ("dis", p))
        if rng.random() < 0.35:
            extra = [("furn", f) for f in rng.sample(REPORT_FURNITURE, rng.choice([1, 1, 2]))]
            if rng.random() < 0.3:
                tp = rng.choice([p for p in page_order if p != doc["page"] and titles.get(p, ("", ""))[1]])
                extra.append(("furn", "Read more: " + titles[tp][1]))
            for f in extra:
                where = rng.choice([0, len(items), rng.randint(0, len(items))])
                items.insert(where, f)
        lines, who = [], []
        for kind, x in items:
            if kind == "doc":
                text = changed[(x, r)][1] if (x, r) in changed else dp[x]["en"]
            elif kind == "dis":
                text = x["en"]
            else:
                text = x
            lines.append(text)
            who.append((kind, x))
        blank = rng.random() < 0.5
        reports.append({"name": f"report{r + 1}.txt", "lines": lines, "who": who, "blank": blank})

    # the source
    src_items = [("doc", i) for i in range(n)]
    for p in extras:
        src_items.insert(rng.randint(1, len(src_items)), ("extra", p))
    if rng.random() < 0.4:
        if rng.random() < 0.4:
            tp = rng.choice([p for p in page_order if p != doc["page"] and titles.get(p, ("", ""))[0]
                             and titles[p][0] != titles[p][1]])
            furn = "Baca juga: " + titles[tp][0]
        else:
            furn = rng.choice(SOURCE_FURNITURE)
        src_items.insert(rng.randint(1, len(src_items)), ("furn", furn))
    src_lines = []
    for kind, x in src_items:
        src_lines.append(dp[x]["id"] if kind == "doc" else x["id"] if kind == "extra" else x)
    src_blank = rng.random() < 0.3

    # gold rows, with keys
    gold = []
    for li, (kind, x) in enumerate(src_items):
        line = src_lines[li]
        skey = pick_key(rng, line, src_lines[:li] + src_lines[li + 1:])
        carried = [r for r in range(nrep) if kind == "doc" and x in subsets[r]]
        if not carried:
            gold.append({"case": name, "source_key": skey, "target_doc": "", "target_key": "",
                         "grade": "3", "kinds": "", "detail": kind})
            continue
        for r in carried:
            rep = reports[r]
            ti = rep["who"].index(("doc", x))
            tline = rep["lines"][ti]
            tkey = pick_key(rng, tline, rep["lines"][:ti] + rep["lines"][ti + 1:])
            grade, kinds, detail = "0", "", ""
            if (x, r) in changed:
                ck, _, detail = changed[(x, r)]
                grade, kinds = {"number": ("2", "number"), "respell": ("1", "name"),
                                "rename": ("2", "name"), "quote": ("2", "quote")}[ck]
                detail = f"{ck}:{detail}"
            gold.append({"case": name, "source_key": skey, "target_doc": rep["name"],
                         "target_key": tkey, "grade": grade, "kinds": kinds, "detail": detail})
    return {"name": name, "split": doc["split"], "page": doc["page"], "n_doc": n,
            "src_lines": src_lines, "src_blank": src_blank, "reports": reports, "gold": gold,
            "n_extras": len(extras), "furniture": sum(1 for k, _ in src_items if k == "furn")}


NAME_CAP = {"respell": 3, "rename": 4}  # changes per name over the whole set, to spread them


def applicable(kind, pair, name_use):
    f = pair["feat"]
    if kind == "number":
        return bool(f["numbers"])
    if kind == "respell":
        return any(respell_options(nm) and name_use[("respell", nm)] < NAME_CAP[kind] for nm in f["names"])
    if kind == "rename":
        return any(name_use[("rename", nm)] < NAME_CAP[kind] for nm in f["names"])
    if kind == "quote":
        return bool(f["quotes"])
    return False


QUOTE_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


def similar_word(rng, old, en_words, sentence):
    """A corpus word that looks like `old` (same ending), for a changed quotation."""
    low = sentence.lower()
    for tail in (3, 2, 0):
        cand = [w for w in en_words if w != old and (tail == 0 or w[-tail:] == old[-tail:])
                and abs(len(w) - len(old)) <= 3
                and not re.search(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", low)]
        if cand:
            return rng.choice(cand)
    raise Fail(f"no replacement word for {old!r}")


def inject(rng, kind, pair, name_pool, vocab, en_words, name_use):
    en = pair["en"]
    f = pair["feat"]
    if kind == "number":
        m = rng.choice(f["numbers"])
        return change_number(rng, en, m)
    if kind == "respell":
        opts = [(nm, v) for nm in f["names"] for v in respell_options(nm)
                if v not in vocab and name_use[("respell", nm)] < NAME_CAP[kind]]
        if not opts:
            return None, None
        least = min(name_use[("respell", nm)] for nm, _ in opts)
        nm, v = rng.choice([o for o in opts if name_use[("respell", o[0])] == least])
        name_use[("respell", nm)] += 1
        return replace_word(en, nm, v), f"{nm}|{v}"
    if kind == "rename":
        names = [x for x in f["names"] if name_use[("rename", x)] < NAME_CAP[kind]]
        least = min(name_use[("rename", x)] for x in names)
        nm = rng.choice([x for x in names if name_use[("rename", x)] == least])
        name_use[("rename", nm)] += 1
        cls = NAME_CLASS.get(nm, "other")
        cand = [x for x in name_pool if x not in f["names"] and not re.search(
            r"(?<![\w'’-])" + re.escape(x) + r"(?![\w'’-])", en) and x[:3] != nm[:3]]
        same = [x for x in cand if NAME_CLASS.get(x, "other") == cls]
        v = rng.choice(same or cand)
        return replace_word(en, nm, v), f"{nm}|{v}"
    if kind == "quote":
        a, b = rng.choice(f["quotes"])
        inner = en[a:b]
        words = list(QUOTE_WORD.finditer(inner))
        if not words:
            return None, None
        swap = [m for m in words if m.group(0) in QUOTE_SWAP]
        m = rng.choice(swap or words)
        old = m.group(0)
        new = QUOTE_SWAP.get(old) or similar_word(rng, old, en_words, en)
        inner2 = inner[:m.start()] + new + inner[m.end():]
        return en[:a] + inner2 + en[b:], f"{old}|{new}"
    raise ValueError(kind)


# =================================================================== write

def lines_to_text(rng_blank, lines, seed_key):
    if not rng_blank:
        return "\n".join(lines) + "\n"
    r = random.Random(f"{SEED}:{seed_key}")
    out, k = [], 0
    while k < len(lines):
        size = r.randint(1, 4)
        out.append("\n".join(lines[k:k + size]))
        k += size
    return "\n\n".join(out) + "\n"


def write_all(cases):
    cases_dir = os.path.join(OUT, "cases")
    if os.path.isdir(cases_dir):
        shutil.rmtree(cases_dir)
    for c in cases:
        d = os.path.join(cases_dir, c["name"])
        os.makedirs(d)
        with open(os.path.join(d, "source.txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(lines_to_text(c["src_blank"], c["src_lines"], c["name"] + "/source"))
        for rep in c["reports"]:
            with open(os.path.join(d, rep["name"]), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(lines_to_text(rep["blank"], rep["lines"], c["name"] + "/" + rep["name"]))
    with open(os.path.join(OUT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case", "source_key", "target_doc", "target_key", "grade", "kinds"])
        for c in cases:
            for g in c["gold"]:
                w.writerow([g[k] for k in ("case", "source_key", "target_doc", "target_key", "grade", "kinds")])
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case", "source", "targets"])
        for c in cases:
            base = f"cases/{c['name']}/"
            w.writerow([c["name"], base + "source.txt", ";".join(base + r["name"] for r in c["reports"])])
    for s in ("dev", "test"):
        with open(os.path.join(OUT, f"{s}.txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("".join(c["name"] + "\n" for c in cases if c["split"] == s))
    with open(os.path.join(OUT, "changes.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["case", "target_doc", "target_key", "change", "from", "to"])
        for c in cases:
            for g in c["gold"]:
                if g["detail"] and ":" in g["detail"]:
                    kind, rest = g["detail"].split(":", 1)
                    old, new = rest.split("|", 1)
                    w.writerow([c["name"], g["target_doc"], g["target_key"], kind, old, new])


# =================================================================== validate

def norm(text):
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return [norm(l) for l in text.split("\n") if l.strip()]


def validate():
    """Re-read everything from disk and check it; returns statistics."""
    problems = []

    def bad(msg):
        problems.append(msg)

    with open(os.path.join(OUT, "manifest.csv"), encoding="utf-8", newline="") as fh:
        manifest = list(csv.DictReader(fh))
    with open(os.path.join(OUT, "gold.csv"), encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    split = {}
    for s in ("dev", "test"):
        with open(os.path.join(OUT, f"{s}.txt"), encoding="utf-8") as fh:
            for name in fh.read().split():
                if name in split:
                    bad(f"{name} is in both dev and test")
                split[name] = s
    by_case = defaultdict(list)
    for g in gold:
        by_case[g["case"]].append(g)
    names = [m["case"] for m in manifest]
    if len(set(names)) != len(names):
        bad("duplicate case in manifest")
    if set(names) != set(split):
        bad("dev.txt + test.txt do not list exactly the manifest's cases")
    if set(by_case) != set(names):
        bad("gold cases differ from manifest cases")
    stats = Counter()
    for m in manifest:
        case = m["case"]
        src_lines = read_lines(os.path.join(OUT, m["source"]))
        targets = {}
        for t in m["targets"].split(";"):
            targets[os.path.basename(t)] = read_lines(os.path.join(OUT, t))
        for where, lines in [("source.txt", src_lines)] + sorted(targets.items()):
            for l in lines:
                if INTERNAL_BOUNDARY.search(l):
                    bad(f"{case}/{where}: line holds more than one sentence: {l!r}")
        covered = Counter()
        seen_links = set()
        linked_src = set()
        none_src = set()
        for g in by_case[case]:
            sk, td, tk = g["source_key"], g["target_doc"], g["target_key"]
            for key in (sk, tk):
                if key and (key != key.strip(KEY_STRIP) or key != norm(key)):
                    bad(f"{case}: key has strippable ends or odd spaces: {key!r}")
            hits = [i for i, l in enumerate(src_lines) if sk in l]
            if len(hits) != 1:
                bad(f"{case}: source_key {sk!r} is in {len(hits)} source lines")
                continue
            covered[hits[0]] += 1
            if g["grade"] not in ("0", "1", "2", "3"):
                bad(f"{case}: bad grade {g['grade']!r}")
            if g["grade"] == "3":
                if td or tk or g["kinds"]:
                    bad(f"{case}: grade-3 row with target or kinds: {sk!r}")
                none_src.add(hits[0])
                stats["no_counterpart"] += 1
                continue
            if td not in targets:
                bad(f"{case}: target_doc {td!r} is not a target of the case")
                continue
            thits = [i for i, l in enumerate(targets[td]) if tk in l]
            if len(thits) != 1:
                bad(f"{case}: target_key {tk!r} is in {len(thits)} lines of {td}")
                continue
            if (hits[0], td) in seen_links:
                bad(f"{case}: two links from one source line to {td}")
            seen_links.add((hits[0], td))
            linked_src.add(hits[0])
            stats["links"] += 1
            stats[f"links grade {g['grade']}"] += 1
            kinds = g["kinds"]
            if (g["grade"] == "0") != (kinds == ""):
                bad(f"{case}: grade {g['grade']} with kinds {kinds!r}")
            if kinds:
                stats[f"changed {kinds} grade {g['grade']}"] += 1
        for i in range(len(src_lines)):
            if not covered[i]:
                bad(f"{case}: source line {i + 1} has no gold row: {src_lines[i]!r}")
        if linked_src & none_src:
            bad(f"{case}: a source line is both linked and without counterpart")
        stats["cases"] += 1
        stats[f"cases {split.get(case)}"] += 1
        stats["source lines"] += len(src_lines)
        stats["reports"] += len(targets)
        stats["report lines"] += sum(len(v) for v in targets.values())
    if problems:
        for p in problems[:50]:
            print("INVALID: " + p, file=sys.stderr)
        raise Fail(f"{len(problems)} problem(s) in the generated test set")
    return stats


def write_oracle(out_dir):
    """One CSV per case that links exactly the gold pairs (full lines)."""
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(OUT, "manifest.csv"), encoding="utf-8", newline="") as fh:
        manifest = list(csv.DictReader(fh))
    with open(os.path.join(OUT, "gold.csv"), encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    cols = ["source_doc", "source_sent", "source_text", "target_doc", "target_sent", "target_text",
            "match_score", "divergence", "name_score", "number_score", "quote_score", "flags"]
    for m in manifest:
        case = m["case"]
        src_lines = read_lines(os.path.join(OUT, m["source"]))
        targets = {os.path.basename(t): read_lines(os.path.join(OUT, t)) for t in m["targets"].split(";")}
        rows = []
        for g in (g for g in gold if g["case"] == case):
            si = next(i for i, l in enumerate(src_lines) if g["source_key"] in l)
            if g["grade"] == "3":
                rows.append((si, ["source.txt", si + 1, src_lines[si], "", "", "", "0", "1", "", "", "",
                                  "unmatched"]))
                continue
            tl = targets[g["target_doc"]]
            ti = next(i for i, l in enumerate(tl) if g["target_key"] in l)
            kinds = g["kinds"].split(";") if g["kinds"] else []
            flags = []
            if "number" in kinds:
                flags.append("number_mismatch")
            if "name" in kinds:
                flags.append("name_variant")
            if "quote" in kinds:
                flags.append("quote_mismatch")
            rows.append((si, ["source.txt", si + 1, src_lines[si], g["target_doc"], ti + 1, tl[ti], "1",
                              f"{int(g['grade']) / 3:.3f}", "", "", "", ";".join(flags)]))
        rows.sort(key=lambda r: r[0])
        with open(os.path.join(out_dir, f"{case}.csv"), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(cols)
            for _, r in rows:
                w.writerow(r)


# =================================================================== README

def dir_size(path):
    total = 0
    for base, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(base, f))
    return total


def write_readme(cases, stats, extract_stats):
    n_pairs = len(read_tsv(PAIRS_TSV))
    changes = Counter()
    for c in cases:
        for g in c["gold"]:
            if g["detail"] and ":" in g["detail"]:
                changes[g["detail"].split(":", 1)[0]] += 1
    dev = [c["name"] for c in cases if c["split"] == "dev"]
    test = [c["name"] for c in cases if c["split"] == "test"]
    nrep = Counter(len(c["reports"]) for c in cases)
    doc_sizes = [c["n_doc"] for c in cases]
    dropped = sum(1 for c in cases for g in c["gold"] if g["grade"] == "3") \
        - sum(c["n_extras"] + c["furniture"] for c in cases)
    pages = Counter(c["page"] for c in cases)
    text = f"""# Generated test set (generalisation): Debian Administrator's Handbook, id-ID vs en-US

Made by `scripts/gen_testset.py`; do not edit by hand. Regenerate with

    python3 scripts/gen_testset.py

(from the repository root; standard library only). It rebuilds every file here
byte for byte from `pairs.tsv` with a fixed seed ({SEED}) and validates the
result (every key verbatim and unique, every source line covered by a gold row,
every line one sentence), failing loudly otherwise. `--check` only validates.

## Source text

- **The Debian Administrator's Handbook** (Raphaël Hertzog and Roland Mas), the
  Debian binary package `{DEB_PACKAGE}` version `{DEB_VERSION}` (Debian 12
  "bookworm", section doc), files `/usr/share/doc/debian-handbook/html/en-US/*.html`
  (the English original) and `/usr/share/doc/debian-handbook/html/id-ID/*.html`
  (the Indonesian translation by the handbook's volunteer translators).
- Licence: **GPL-2.0+ or CC-BY-SA-3.0** (dual licence, per
  `/usr/share/doc/debian-handbook/copyright`: "Copyright 2003-2015 Raphaël Hertzog,
  2006-2015 Roland Mas, 2013-2015 Freexian SARL"). The sentences here are an
  adaptation (selected, cleaned, reordered, some deliberately altered) and are
  redistributed under CC-BY-SA-3.0 (or GPL-2.0+), with this attribution.
- Why this text: it is the largest real, human-translated Indonesian-English
  prose text reachable through the allowed registries (checked: Debian's
  `debian-reference-id`, `kicad-doc-id`, `libreoffice-help-id`, `manpages-id`
  are technical reference, help pages and man pages; `debian-history` has only its dedication in Indonesian;
  PyPI/npm offer Quran translations and no bilingual news text). Its chapter 1
  (history and organisation of the Debian project: people, years, votes,
  releases, quotations from the Social Contract) and the chapters on
  derivative distributions and the Falcot Corp case study read like reportage;
  the rest is expository technical prose. Documents are ranked by how many of
  their sentences carry numbers, names and quotations, and the best are taken.
- Not derived from NTREX-128, WMT newstest2019 or FLORES-101/200: the handbook is
  an original book, translated by its own volunteers.
- Domain caveat: this is technical/expository prose, not news; names are
  mostly product, project and company names (Debian, Ubuntu, Falcot, Canonical ...).

## Files

- `pairs.tsv` (`page, n, id, en`): the {n_pairs} cleaned sentence pairs, in book
  order; `sections.tsv`: page titles in both languages (used for "Baca juga:" /
  "Read more:" page furniture). Rebuilt from the .deb with `--extract`
  (`--deb PATH`, else `apt-get download {DEB_PACKAGE}={DEB_VERSION}` into scratch/).
- `cases/<case>/source.txt` (Indonesian), `cases/<case>/report1.txt` ... (English).
- `gold.csv`: all gold rows, in the contract's format (`case,source_key,target_doc,target_key,grade,kinds`).
- `manifest.csv`: `case,source,targets` (targets `;`-separated, paths relative to this folder).
- `dev.txt`, `test.txt`: the split, one case name per line. **Tune on dev only; report test.**
- `changes.csv`: what was changed in each altered link (`case,target_doc,target_key,change,from,to`),
  for error analysis only.

## How the pairs were extracted (`--extract`)

Paragraphs (`<div class="para">`) of each page are aligned one to one (both
editions have the same {extract_stats.get('paragraphs', '?')} paragraphs); paragraphs left in English in
the Indonesian edition are skipped. Each paragraph is split into sentences
(`.`/`!`/`?` + space + capital, with abbreviations kept); only paragraphs whose
two sides have the same number of sentences are paired sentence by sentence.
A pair is dropped when either side: contains code (text from command, file name,
literal, user-input ... elements), markup characters, URLs or ellipses; has
fewer than 5 or more than 60 words; the longer side is over 2.5 times the
shorter (characters); it is untranslated (identical, no Indonesian function
word, or over half of the Indonesian words also in the English); either side
still holds an internal sentence boundary; it is a fragment (not starting with
a capital/digit or not ending with `.`/`!`/`?`); the digit sequences differ
between the sides (so unaltered pairs really agree on numbers); or either side
duplicates an earlier sentence. Counts from the last extraction:

{chr(10).join(f'    {k}: {v}' for k, v in sorted(extract_stats.items()))}

## How the cases are built

- Documents: the kept pairs of one page (one section of the book) in order,
  cut into runs of {DOC_MIN}-{DOC_MAX} consecutive pairs (about {DOC_TARGET}); pages with
  fewer than {DOC_MIN} pairs give no document. Pages are assigned at random to dev or
  test (balancing document counts), and in each half the {CASES_PER_SPLIT} documents with the
  most sentences carrying numbers (weight 2), names (1) and quotations (1.5)
  are taken. Distractors and extra sentences of a case come only from pages of
  the same half, so test text never appears in dev cases.
- `source.txt`: the document's Indonesian sentences in order, one per line,
  plus 1-3 Indonesian sentences from other documents inserted at random
  positions (40% of them from the same page, otherwise from other pages): grade 3;
  in 40% of the cases one Indonesian page-furniture line ("Klik di sini untuk
  berlangganan buletin kami", "Baca juga: <title of another section>", ...):
  grade 3. In 30% of the cases the lines are grouped by blank lines.
- Reports: 2 (40%) or 3 (60%) per case. Each carries a random 40-80% of the
  document's English sentences, in chunks of 1-3 consecutive sentences put in
  random order (local order kept inside a chunk), with distractor English
  sentences from other documents making up 20-40% of the sentence lines (half
  from the same page when possible), inserted at random places. 35% of the
  reports also hold 1-2 English furniture lines ("Leave a reply", "Related
  Articles", "Read more: <title>", ...). Half of the reports group their lines
  into paragraphs with blank lines. When every document sentence ended up in
  some report, one is removed from all reports, so each case has at least one
  dropped sentence (grade 3).
- Injected changes (about {int(INJECT_RATE * 100)}% +- 3% of each case's links; one change per link,
  only in one report's copy, only where the sentence has the thing to change,
  kinds balanced towards number 30% / respelled name 25% / replaced name 25% /
  quote 20% as availability allows):
  - `number` (grade 2): a stand-alone digit sequence that both sides share gets
    another value (years +-1..5, small counts another small count, percentages
    lower, other figures x0.5-0.8 or x1.25-2);
  - `name`, respelled (grade 1): a capitalised name that both sides share
    becomes a transliteration variant (final i<->y, c<->k / ck->k, ph<->f,
    a doubled letter added or removed);
  - `name`, replaced (grade 2): the name becomes another capitalised name
    that occurs elsewhere in the corpus;
  - `quote` (grade 2): a word inside a quotation (“...” or "...") is changed (an
    antonym-like swap when one is known, else another corpus word).
  All other links are unchanged translations: grade 0, empty kinds. They are
  real human translations, so some carry the translator's own small liberties
  (a dropped adjective, a paraphrase); those are not marked.
- Gold rows: one per (source sentence, report carrying it), in source order;
  one grade-3 row with empty target columns per source line that no report
  carries. `source_key` is a 4-8 word window from inside the line, a substring
  of exactly one source line; `target_key` likewise within its report; keys
  never span a `.`/`!`/`?` + space (so they survive a crude splitter) and never
  begin or end with spaces, quotes or punctuation.

## This version

- Cases: {len(cases)} ({len(dev)} dev, {len(test)} test); reports per case: {dict(sorted(nrep.items()))};
  document sentences per case: {min(doc_sizes)}-{max(doc_sizes)} (mean {sum(doc_sizes) / len(doc_sizes):.1f});
  cases per book page: {len(pages)} pages.
- Source lines: {stats['source lines']}; report lines: {stats['report lines']} in {stats['reports']} reports.
- Gold links: {stats['links']} (grade 0: {stats['links grade 0']}, grade 1: {stats['links grade 1']},
  grade 2: {stats['links grade 2']}); no-counterpart rows (grade 3): {stats['no_counterpart']}
  ({dropped} dropped document sentences, {sum(c['n_extras'] for c in cases)} extra sentences,
  {sum(c['furniture'] for c in cases)} furniture lines).
- Injected changes: {sum(changes.values())} ({100 * sum(changes.values()) / stats['links']:.1f}% of links):
  number {changes['number']}, respelled name {changes['respell']}, replaced name {changes['rename']},
  quote {changes['quote']}.
- Size of data/generated: written by the generator into the line below.

## Scoring

From the repository root, with OUT holding `<case>.csv` (selaras's aligned.csv) for each case:

    python3 ../shared/eval/score.py --gold data/generated/gold.csv --aligned-dir OUT

To score only dev (or only test), filter the gold file to those cases first:

    awk -F, 'NR==FNR{{keep[$1]; next}} FNR==1 || ($1 in keep)' \\
        data/generated/dev.txt data/generated/gold.csv > /tmp/gold-dev.csv
    python3 ../shared/eval/score.py --gold /tmp/gold-dev.csv --aligned-dir OUT

(score.py then warns about the CSVs in OUT that no gold case names, if any).
To produce OUT with selaras (built with `cargo build --release`):

    while IFS=, read -r case src targets; do
      [ "$case" = case ] && continue
      t=$(echo "$targets" | tr ';' '\\n' | sed 's|^|data/generated/|' | tr '\\n' ' ')
      target/release/selaras align --source data/generated/$src --target $t --out OUT/$case.csv
    done < data/generated/manifest.csv

Sanity check of the gold (an "oracle" that outputs exactly the gold links as
full lines must score F1 1.0):

    python3 scripts/gen_testset.py --check --oracle-dir scratch/testset/oracle
    python3 ../shared/eval/score.py --gold data/generated/gold.csv --aligned-dir scratch/testset/oracle

which prints `F1 1.000 P 1.000 R 1.000 none-acc 1.000 spearman ... num-P 1.00 num-R 1.00`.
"""
    return text


# =================================================================== main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extract", action="store_true", help="rebuild pairs.tsv from the .deb first")
    ap.add_argument("--deb", help=f"path of {DEB_PACKAGE}_{DEB_VERSION}_all.deb (else apt-get download)")
    ap.add_argument("--check", action="store_true", help="only validate the files that are there")
    ap.add_argument("--oracle-dir", help="write an oracle output (gold links as full lines) per case here")
    args = ap.parse_args(argv)
    try:
        if args.check:
            stats = validate()
        else:
            extract_stats = None
            if args.extract or not os.path.exists(PAIRS_TSV):
                extract_stats = extract(args.deb or fetch_deb())
            cases = build(read_tsv(PAIRS_TSV), read_tsv(SECTIONS_TSV))
            write_all(cases)
            stats = validate()
            stats_file = os.path.join(OUT, "extract-stats.txt")
            if extract_stats is not None:
                with open(stats_file, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write("".join(f"{k}\t{v}\n" for k, v in sorted(extract_stats.items())))
            extract_stats = dict(l.split("\t") for l in open(stats_file, encoding="utf-8").read().splitlines())
            readme = write_readme(cases, stats, extract_stats)
            path = os.path.join(OUT, "README.md")
            # the size line depends on the README itself: write twice
            for _ in range(3):
                size = dir_size(OUT)
                text = readme.replace("- Size of data/generated: written by the generator into the line below.",
                                      f"- Size of data/generated (all files, this README included): {size} bytes.")
                with open(path, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
        if args.oracle_dir:
            write_oracle(args.oracle_dir)
        for k in sorted(stats):
            print(f"{k}: {stats[k]}")
    except Fail as exc:
        print(f"gen_testset.py: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the stem lexicon the clitic segmenter ranks with: the most frequent standalone Arabic
words of the ANT news corpus, by matching key, with their counts.

Usage: python3 tools/build-lexicon.py ../shared/data/ant-news/ant-news-dev.jsonl.gz \
           src/Extract/Analysis/Resources/lexicon.tsv.gz [TOP=40000]
Source: ANT Corpus v2.1 (Apache License 2.0; cite Chouigui, Ben Khiroun, Elayeb 2021), see
src/Extract/Analysis/Resources/README.md. Only word counts are derived; no text is kept.
"""
import gzip, json, re, sys
from collections import Counter

HARAKAT = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")
FOLD = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                      "\u0649": "\u064A", "\u0629": "\u0647", "\u06CC": "\u064A", "\u06A9": "\u0643", "\u06BE": "\u0647"})
WORD = re.compile("[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5]+")

def main(src, dst, top):
    counts = Counter()
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = HARAKAT.sub("", (doc.get("title") or "") + "\n" + (doc.get("text") or ""))
            counts.update(w.translate(FOLD) for w in WORD.findall(text))
    with gzip.GzipFile(dst, "wb", mtime=0) as out:
        for word, n in sorted(counts.most_common(top), key=lambda p: (-p[1], p[0])):
            if len(word) >= 2:
                out.write(f"{word}\t{n}\n".encode("utf-8"))
    print(f"{len(counts)} distinct words; kept {min(top, len(counts))}", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40000)

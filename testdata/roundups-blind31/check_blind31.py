#!/usr/bin/env python3
"""Validate roundups-blind31.jsonl (standard library only).

Usage:  python3 check_blind31.py [path/to/roundups-blind31.jsonl]

Checks the format described in SOURCE.md, prints counts, and exits 1 if
anything is wrong.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
N_ARTICLES = 16
SOURCE_PATH = "written for storyline tests"
MIN_PARAS, MAX_PARAS = 12, 24
MIN_THREADS, MAX_THREADS = 2, 6
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 2, 5


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind31.jsonl")
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        print(f"cannot read {path}: {exc}")
        return 1
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"{path}: not UTF-8: {exc}")
        return 1
    if not text.endswith("\n"):
        bad("file", "does not end with a newline")

    counts = dict(articles=0, paragraphs=0, null_paragraphs=0, threads=0,
                  resumed_threads=0, people=0, forms=0)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]

    for lineno, line in enumerate(lines, 1):
        where = f"line {lineno}"
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(where, f"invalid JSON: {exc}")
            continue
        if not isinstance(art, dict):
            bad(where, "not a JSON object")
            continue
        counts["articles"] += 1
        expected_id = f"roundup-blind31-{counts['articles']:03d}"
        where = f"line {lineno} ({art.get('id', '?')})"

        if list(art.keys()) != KEYS:
            bad(where, f"keys {list(art.keys())} != {KEYS}")
        if art.get("id") != expected_id:
            bad(where, f"id should be {expected_id}")
        if art.get("source_path") != SOURCE_PATH:
            bad(where, f"source_path should be {SOURCE_PATH!r}")
        title = art.get("title")
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title empty or padded with whitespace")
            title = title if isinstance(title, str) else ""

        paras = art.get("paragraphs")
        if not isinstance(paras, list):
            bad(where, "paragraphs is not a list")
            paras = []
        if not MIN_PARAS <= len(paras) <= MAX_PARAS:
            bad(where, f"{len(paras)} paragraphs (want {MIN_PARAS}-{MAX_PARAS})")
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, f"paragraph {i} is empty or not a string")
            elif p != p.strip():
                bad(where, f"paragraph {i} has leading/trailing whitespace")
        counts["paragraphs"] += len(paras)

        threads = art.get("threads")
        if not isinstance(threads, list):
            bad(where, "threads is not a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, f"{len(threads)} thread entries for {len(paras)} paragraphs")
        seen = []
        ok_threads = True
        for i, t in enumerate(threads):
            if t is None:
                counts["null_paragraphs"] += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, f"thread entry {i} is {t!r}, not an int or null")
                ok_threads = False
                continue
            if t not in seen:
                if t != len(seen):
                    bad(where, f"paragraph {i}: thread {t} appears first but {len(seen)} was expected")
                    ok_threads = False
                seen.append(t)
        if not MIN_THREADS <= len(seen) <= MAX_THREADS:
            bad(where, f"{len(seen)} threads (want {MIN_THREADS}-{MAX_THREADS})")
        counts["threads"] += len(seen)

        # resumed = a thread that has another (non-null) thread between two of its paragraphs
        if ok_threads:
            for t in seen:
                idx = [i for i, x in enumerate(threads) if x == t]
                between = [x for x in threads[idx[0]:idx[-1] + 1] if x is not None and x != t]
                if between:
                    counts["resumed_threads"] += 1

        labels = art.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels is not an object")
            labels = {}
        want = {str(t) for t in seen}
        for k in sorted(want - set(labels), key=int):
            bad(where, f"thread {k} has no label")
        for k in sorted(set(labels) - want):
            bad(where, f"label {k!r} has no thread")
        if list(labels.keys()) != sorted(labels.keys(), key=lambda k: int(k) if k.isdigit() else -1):
            bad(where, "labels not in thread order")
        for k, v in labels.items():
            if not isinstance(v, str) or v != v.strip() or not v:
                bad(where, f"label {k} empty or padded")
                continue
            n = len(v.split())
            if not MIN_LABEL_WORDS <= n <= MAX_LABEL_WORDS:
                bad(where, f"label {k} {v!r} has {n} words (want {MIN_LABEL_WORDS}-{MAX_LABEL_WORDS})")

        people = art.get("people")
        if not isinstance(people, dict):
            bad(where, "people is not an object")
            people = {}
        haystack = "\n".join([title] + [p for p in paras if isinstance(p, str)])
        form_owner = {}
        for key, forms in people.items():
            counts["people"] += 1
            if not key or key != key.strip():
                bad(where, f"people key {key!r} empty or padded")
            if not isinstance(forms, list) or not forms:
                bad(where, f"people[{key!r}] has no surface forms")
                continue
            for f in forms:
                counts["forms"] += 1
                if not isinstance(f, str) or not f or f != f.strip():
                    bad(where, f"people[{key!r}] form {f!r} empty or padded")
                    continue
                if f in form_owner:
                    bad(where, f"form {f!r} listed twice ({form_owner[f]!r} and {key!r})")
                form_owner[f] = key
                if f not in haystack:
                    bad(where, f"form {f!r} for {key!r} not found verbatim in title or paragraphs")

    if counts["articles"] != N_ARTICLES:
        bad("file", f"{counts['articles']} articles (want {N_ARTICLES})")

    print(f"file: {path}")
    print("articles: {articles}\nparagraphs: {paragraphs}\nnull paragraphs: {null_paragraphs}\n"
          "threads: {threads}\nresumed threads: {resumed_threads}\npeople: {people}\n"
          "forms: {forms}".format(**counts))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

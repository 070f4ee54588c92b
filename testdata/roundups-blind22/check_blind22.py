#!/usr/bin/env python3
"""Format check for the blind round-ups set 22 (stdlib only).

Usage: python3 check_blind22.py [path/to/roundups-blind22.jsonl]

Checks keys and their order, ids, paragraphs (trimmed, non-empty),
threads (one per paragraph, int or null, ids 0,1,2... in order of first
appearance), labels (one per thread id, 2-5 words), and people (every
surface form occurs verbatim in the title or paragraphs). Prints counts and
exits 1 on any problem.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
PREFIX = "roundup-blind22-"
SOURCE_PATH = "written for storyline tests"
EXPECTED_ARTICLES = 16


def check(path):
    problems = []
    counts = dict(articles=0, paragraphs=0, null_paragraphs=0, threads=0,
                  resumed_threads=0, articles_with_resumed=0, people=0,
                  surface_forms=0)

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    try:
        raw = open(path, "rb").read()
    except OSError as e:
        print(f"cannot read {path}: {e}")
        return 1
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"not UTF-8: {e}")
        return 1

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    seen_ids = set()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            art = json.loads(line)
        except json.JSONDecodeError as e:
            bad(where, f"bad JSON: {e}")
            continue
        if not isinstance(art, dict):
            bad(where, "not a JSON object")
            continue
        counts["articles"] += 1
        if list(art.keys()) != KEYS:
            bad(where, f"keys {list(art.keys())} != {KEYS}")
        want_id = f"{PREFIX}{n:03d}"
        aid = art.get("id")
        if aid != want_id:
            bad(where, f"id {aid!r}, expected {want_id!r}")
        if aid in seen_ids:
            bad(where, f"duplicate id {aid!r}")
        seen_ids.add(aid)
        where = f"{aid or where}"
        if art.get("source_path") != SOURCE_PATH:
            bad(where, f"source_path {art.get('source_path')!r}")
        title = art.get("title")
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title missing, empty or untrimmed")
            title = title if isinstance(title, str) else ""

        paras = art.get("paragraphs")
        if not isinstance(paras, list) or not paras:
            bad(where, "paragraphs missing or empty")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, f"paragraph {i} empty or not a string")
            elif p != p.strip():
                bad(where, f"paragraph {i} not trimmed")
        paras = [p for p in paras if isinstance(p, str)]
        counts["paragraphs"] += len(paras)

        threads = art.get("threads")
        if not isinstance(threads, list):
            bad(where, "threads missing")
            threads = []
        if len(threads) != len(paras):
            bad(where, f"{len(threads)} threads for {len(paras)} paragraphs")
        order = []
        for i, t in enumerate(threads):
            if t is None:
                counts["null_paragraphs"] += 1
                continue
            if not isinstance(t, int) or isinstance(t, bool) or t < 0:
                bad(where, f"thread entry {i} is {t!r}")
                continue
            if t not in order:
                if t != len(order):
                    bad(where, f"thread {t} first appears at paragraph {i}; expected {len(order)}")
                order.append(t)
        counts["threads"] += len(order)
        resumed_here = 0
        for t in order:
            pos = [i for i, x in enumerate(threads) if x == t]
            # a thread is resumed if another thread's paragraph sits between its first and last
            between = [x for x in threads[pos[0]:pos[-1] + 1] if x is not None and x != t]
            if between:
                resumed_here += 1
        counts["resumed_threads"] += resumed_here
        if resumed_here:
            counts["articles_with_resumed"] += 1

        labels = art.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels missing")
            labels = {}
        want_keys = [str(t) for t in range(len(order))]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != want_keys:
            bad(where, f"label keys {sorted(labels.keys())} != {want_keys}")
        for k, v in labels.items():
            if not isinstance(v, str) or not (2 <= len(v.split()) <= 5):
                bad(where, f"label {k} {v!r} is not 2-5 words")

        people = art.get("people")
        if not isinstance(people, dict):
            bad(where, "people missing")
            people = {}
        haystack = "\n".join([title] + paras)
        for name, forms in people.items():
            counts["people"] += 1
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                bad(where, f"bad people key {name!r}")
            if not isinstance(forms, list) or not forms:
                bad(where, f"{name}: no surface forms")
                continue
            if len(set(forms)) != len(forms):
                bad(where, f"{name}: duplicate surface forms")
            for f in forms:
                counts["surface_forms"] += 1
                if not isinstance(f, str) or not f.strip() or f != f.strip():
                    bad(where, f"{name}: bad surface form {f!r}")
                elif f not in haystack:
                    bad(where, f"{name}: surface form {f!r} not found in title or paragraphs")

    if counts["articles"] != EXPECTED_ARTICLES:
        problems.append(f"{counts['articles']} articles, expected {EXPECTED_ARTICLES}")

    for k, v in counts.items():
        print(f"{k}: {v}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "roundups-blind22.jsonl")
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else default))

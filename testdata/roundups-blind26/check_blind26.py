#!/usr/bin/env python3
"""Validate roundups-blind26.jsonl (standard library only).

Usage: python3 check_blind26.py [path/to/roundups-blind26.jsonl]

Checks every line for: exact key order, id sequence, source_path, threads
length = paragraphs length, thread ids 0,1,2... in first-appearance order,
a 2-5 word label for every thread id (and no others), people surface forms
that occur verbatim in the title or paragraphs, no duplicate surface forms,
and no empty paragraphs. Prints counts and exits 1 on any problem.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
ID_PREFIX = "roundup-blind26-"
SOURCE_PATH = "written for storyline tests"
EXPECTED_ARTICLES = 18


def check_article(lineno, d, want_id, problems):
    def bad(msg):
        problems.append(f"line {lineno} ({d.get('id', '?') if isinstance(d, dict) else '?'}): {msg}")

    if not isinstance(d, dict):
        bad("not a JSON object")
        return None
    if list(d.keys()) != KEYS:
        bad(f"keys {list(d.keys())} != {KEYS}")
    if d.get("id") != want_id:
        bad(f"id {d.get('id')!r}, expected {want_id!r}")
    if d.get("source_path") != SOURCE_PATH:
        bad(f"source_path {d.get('source_path')!r}, expected {SOURCE_PATH!r}")

    title = d.get("title")
    if not isinstance(title, str) or not title.strip():
        bad("title missing or empty")
        title = ""

    paras = d.get("paragraphs")
    if not isinstance(paras, list) or not paras:
        bad("paragraphs missing or empty")
        paras = []
    for i, p in enumerate(paras):
        if not isinstance(p, str):
            bad(f"paragraph {i} is not a string")
        elif not p.strip():
            bad(f"paragraph {i} is empty")
        elif p != p.strip():
            bad(f"paragraph {i} has leading or trailing whitespace")
    paras = [p for p in paras if isinstance(p, str)]

    threads = d.get("threads")
    if not isinstance(threads, list):
        bad("threads missing")
        threads = []
    if len(threads) != len(d.get("paragraphs") or []):
        bad(f"threads length {len(threads)} != paragraphs length {len(d.get('paragraphs') or [])}")

    seen = []  # thread ids in first-appearance order
    for i, t in enumerate(threads):
        if t is None:
            continue
        if isinstance(t, bool) or not isinstance(t, int):
            bad(f"thread entry {i} is {t!r}, not an integer or null")
            continue
        if t not in seen:
            if t != len(seen):
                bad(f"thread id {t} first appears at paragraph {i}, expected {len(seen)}")
            seen.append(t)
    if not seen:
        bad("no threads")

    # resumed (non-contiguous) threads: id appears, another id intervenes, id appears again
    resumed = set()
    last = None
    closed = set()
    for t in threads:
        if t is None or isinstance(t, bool) or not isinstance(t, int):
            continue
        if t != last:
            if t in closed:
                resumed.add(t)
            if last is not None:
                closed.add(last)
            last = t

    labels = d.get("labels")
    if not isinstance(labels, dict):
        bad("labels missing")
        labels = {}
    want_labels = {str(t) for t in seen}
    for k in sorted(want_labels - set(labels), key=int):
        bad(f"no label for thread {k}")
    for k in sorted(set(labels) - want_labels):
        bad(f"label {k!r} has no thread")
    for k, v in labels.items():
        if not isinstance(v, str) or not (2 <= len(v.split()) <= 5):
            bad(f"label {k!r} = {v!r} is not 2-5 words")

    people = d.get("people")
    if not isinstance(people, dict):
        bad("people missing")
        people = {}
    text = [title] + paras
    forms_seen = {}
    n_forms = 0
    for key, forms in people.items():
        if not isinstance(key, str) or not key.strip() or key != key.strip():
            bad(f"bad people key {key!r}")
        if not isinstance(forms, list) or not forms:
            bad(f"people[{key!r}] has no surface forms")
            continue
        for f in forms:
            if not isinstance(f, str) or not f.strip():
                bad(f"people[{key!r}] has an empty or non-string surface form {f!r}")
                continue
            n_forms += 1
            if f in forms_seen:
                bad(f"surface form {f!r} listed twice (under {forms_seen[f]!r} and {key!r})")
            else:
                forms_seen[f] = key
            if not any(f in s for s in text):
                bad(f"surface form {f!r} of {key!r} not found verbatim in title or paragraphs")

    return {
        "paragraphs": len(threads),
        "null": sum(1 for t in threads if t is None),
        "threads": len(seen),
        "resumed": len(resumed),
        "people": len(people),
        "forms": n_forms,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind26.jsonl")
    problems = []
    stats = []
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        print(f"cannot read {path}: {e}")
        return 1
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: not UTF-8: {e}")
        return 1
    if data and not data.endswith("\n"):
        problems.append("file does not end with a newline")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        want_id = f"{ID_PREFIX}{n:03d}"
        if not line.strip():
            problems.append(f"line {n}: blank line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON: {e}")
            continue
        s = check_article(n, d, want_id, problems)
        if s:
            stats.append(s)
    if len(lines) != EXPECTED_ARTICLES:
        problems.append(f"{len(lines)} lines, expected {EXPECTED_ARTICLES} articles")

    tot = lambda k: sum(s[k] for s in stats)
    print(f"file: {path}")
    print(f"articles: {len(stats)}")
    print(f"paragraphs: {tot('paragraphs')} ({tot('paragraphs') - tot('null')} with a thread, {tot('null')} null)")
    if stats:
        print(f"paragraphs per article: {min(s['paragraphs'] for s in stats)}-{max(s['paragraphs'] for s in stats)}")
    print(f"threads: {tot('threads')}")
    print(f"resumed (non-contiguous) threads: {tot('resumed')} in {sum(1 for s in stats if s['resumed'])} articles")
    print(f"people entries: {tot('people')}")
    print(f"surface forms: {tot('forms')}")
    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate roundups-blind33.jsonl (standard library only).

Usage: python3 check_blind33.py [path/to/roundups-blind33.jsonl]

Checks every article for: key order, id sequence, source_path, one thread
entry per paragraph, thread ids 0.. in order of first appearance, a 2-5 word
label for every thread and no label without a thread, people surface forms
that occur verbatim in the title or paragraphs, no surface form listed twice
in an article, no empty or whitespace-padded paragraph, and 12-24 paragraphs.
Prints counts and exits 1 if any problem is found.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
EXPECTED_ARTICLES = 16
MIN_PARAS, MAX_PARAS = 12, 24
MIN_THREADS, MAX_THREADS = 2, 6


def resumed_threads(threads):
    """Thread ids that start again after another thread (nulls ignored)."""
    runs = []
    for t in threads:
        if t is None:
            continue
        if not runs or runs[-1] != t:
            runs.append(t)
    seen, resumed = set(), set()
    for t in runs:
        if t in seen:
            resumed.add(t)
        seen.add(t)
    return resumed


def check_article(n, obj, problems):
    where = "line %d" % n
    if not isinstance(obj, dict):
        problems.append("%s: not a JSON object" % where)
        return None
    if list(obj.keys()) != KEYS:
        problems.append("%s: keys %r, expected %r" % (where, list(obj.keys()), KEYS))
    want_id = "roundup-blind33-%03d" % n
    if obj.get("id") != want_id:
        problems.append("%s: id %r, expected %r" % (where, obj.get("id"), want_id))
    where = str(obj.get("id", where))
    if obj.get("source_path") != SOURCE_PATH:
        problems.append("%s: source_path %r" % (where, obj.get("source_path")))
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip() or title != title.strip():
        problems.append("%s: empty or padded title" % where)
        title = title if isinstance(title, str) else ""

    paras = obj.get("paragraphs")
    if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
        problems.append("%s: paragraphs must be a list of strings" % where)
        return None
    if not MIN_PARAS <= len(paras) <= MAX_PARAS:
        problems.append("%s: %d paragraphs (want %d-%d)" % (where, len(paras), MIN_PARAS, MAX_PARAS))
    for i, p in enumerate(paras):
        if not p.strip():
            problems.append("%s: paragraph %d is empty" % (where, i))
        elif p != p.strip():
            problems.append("%s: paragraph %d has leading/trailing whitespace" % (where, i))
        elif "\n\n" in p:
            problems.append("%s: paragraph %d contains a blank line" % (where, i))

    threads = obj.get("threads")
    if not isinstance(threads, list):
        problems.append("%s: threads must be a list" % where)
        return None
    if len(threads) != len(paras):
        problems.append("%s: %d thread entries for %d paragraphs" % (where, len(threads), len(paras)))
    order = []
    for i, t in enumerate(threads):
        if t is None:
            continue
        if not isinstance(t, int) or isinstance(t, bool) or t < 0:
            problems.append("%s: thread entry %d is %r" % (where, i, t))
            continue
        if t not in order:
            if t != len(order):
                problems.append("%s: paragraph %d opens thread %d, expected %d" % (where, i, t, len(order)))
            order.append(t)
    if not MIN_THREADS <= len(order) <= MAX_THREADS:
        problems.append("%s: %d threads (want %d-%d)" % (where, len(order), MIN_THREADS, MAX_THREADS))

    labels = obj.get("labels")
    if not isinstance(labels, dict):
        problems.append("%s: labels must be an object" % where)
        labels = {}
    want_keys = [str(t) for t in sorted(order)]
    for k in want_keys:
        if k not in labels:
            problems.append("%s: thread %s has no label" % (where, k))
    for k, v in labels.items():
        if k not in want_keys:
            problems.append("%s: label %r has no thread" % (where, k))
        if not isinstance(v, str) or v != v.strip() or not 2 <= len(v.split()) <= 5:
            problems.append("%s: label %s=%r is not 2-5 words" % (where, k, v))
    if list(labels.keys()) != sorted(labels.keys(), key=lambda s: int(s) if s.isdigit() else -1):
        problems.append("%s: labels not in id order" % where)

    people = obj.get("people")
    if not isinstance(people, dict):
        problems.append("%s: people must be an object" % where)
        people = {}
    text = title + "\n" + "\n".join(paras)
    seen_forms = {}
    nforms = 0
    for key, forms in people.items():
        if not key.strip() or key != key.strip():
            problems.append("%s: empty or padded people key %r" % (where, key))
        if not isinstance(forms, list) or not forms:
            problems.append("%s: %r has no surface forms" % (where, key))
            continue
        for f in forms:
            nforms += 1
            if not isinstance(f, str) or not f.strip() or f != f.strip():
                problems.append("%s: %r has a bad form %r" % (where, key, f))
                continue
            if f in seen_forms:
                problems.append("%s: form %r listed twice (%r and %r)" % (where, f, seen_forms[f], key))
            seen_forms[f] = key
            if f not in text:
                problems.append("%s: form %r of %r not found verbatim" % (where, f, key))

    return {
        "paragraphs": len(paras),
        "nulls": sum(1 for t in threads if t is None),
        "threads": len(order),
        "resumed": len(resumed_threads(threads)),
        "people": len(people),
        "forms": nforms,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind33.jsonl")
    problems = []
    totals = {"articles": 0, "paragraphs": 0, "nulls": 0, "threads": 0, "resumed": 0, "people": 0, "forms": 0}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problems.append("file does not end with a newline")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("line %d: bad JSON (%s)" % (n, e))
            continue
        stats = check_article(n, obj, problems)
        totals["articles"] += 1
        if stats:
            for k, v in stats.items():
                totals[k] += v
    if totals["articles"] != EXPECTED_ARTICLES:
        problems.append("%d articles, expected %d" % (totals["articles"], EXPECTED_ARTICLES))

    print("articles:          %d" % totals["articles"])
    print("paragraphs:        %d" % totals["paragraphs"])
    print("null paragraphs:   %d" % totals["nulls"])
    print("threads:           %d" % totals["threads"])
    print("resumed threads:   %d" % totals["resumed"])
    print("people entries:    %d" % totals["people"])
    print("surface forms:     %d" % totals["forms"])
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

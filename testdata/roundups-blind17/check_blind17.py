#!/usr/bin/env python3
"""Format check for the roundups-blind17 test set (stdlib only).

Usage: python3 check_blind17.py [path/to/roundups-blind17.jsonl]

Checks every line of the JSONL file and prints the set's counts. Exits 1 if
any problem is found, 0 otherwise.
"""
import json
import os
import re
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
ID_FMT = "roundup-blind17-%03d"
SOURCE_PATH = "written for storyline tests"


def occurs(variant, text):
    """True if variant occurs verbatim in text, not inside a longer word."""
    pat = r"(?<!\w)" + re.escape(variant) + r"(?!\w)"
    return re.search(pat, text) is not None


def non_contiguous(threads):
    """Thread ids that start again after another thread (null paragraphs ignored)."""
    seq = [t for t in threads if t is not None]
    seen, out, prev = set(), set(), None
    for t in seq:
        if t != prev and t in seen:
            out.add(t)
        seen.add(t)
        prev = t
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind17.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    counts = dict(articles=0, paragraphs=0, null=0, threads=0, noncontig=0, people=0, forms=0)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8: %s" % e)
        return 1
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            bad(where, "bad JSON: %s" % e)
            continue
        if not isinstance(d, dict):
            bad(where, "not a JSON object")
            continue
        counts["articles"] += 1
        if list(d.keys()) != KEYS:
            bad(where, "keys %s, want %s" % (list(d.keys()), KEYS))
            continue
        where = d["id"] if isinstance(d["id"], str) else where
        if d["id"] != ID_FMT % n:
            bad(where, "id should be %s" % (ID_FMT % n))
        if d["source_path"] != SOURCE_PATH:
            bad(where, "source_path should be %r" % SOURCE_PATH)
        if not isinstance(d["title"], str) or not d["title"].strip() or d["title"] != d["title"].strip():
            bad(where, "title empty or not trimmed")

        paras, threads, labels, people = d["paragraphs"], d["threads"], d["labels"], d["people"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        for i, p in enumerate(paras):
            if not p.strip():
                bad(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                bad(where, "paragraph %d is not trimmed" % i)
        if not 12 <= len(paras) <= 28:
            bad(where, "%d paragraphs, want 12-28" % len(paras))
        if not isinstance(threads, list) or len(threads) != len(paras):
            bad(where, "threads must be a list as long as paragraphs (%d)" % len(paras))
            continue
        ids = []
        for i, t in enumerate(threads):
            if t is None:
                continue
            if not isinstance(t, int) or isinstance(t, bool) or t < 0:
                bad(where, "thread %d is %r, want a non-negative int or null" % (i, t))
                continue
            if t not in ids:
                if t != len(ids):
                    bad(where, "paragraph %d opens thread %d, want %d (ids in order of first appearance)" % (i, t, len(ids)))
                ids.append(t)
        if not 2 <= len(ids) <= 9:
            bad(where, "%d threads, want 2-9" % len(ids))
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want = [str(t) for t in sorted(ids)]
            if sorted(labels.keys(), key=lambda k: int(k) if k.isdigit() else -1) != want:
                bad(where, "label keys %s, want %s" % (sorted(labels.keys()), want))
            for k, v in labels.items():
                if not isinstance(v, str) or not 2 <= len(v.split()) <= 5:
                    bad(where, "label %s %r is not 2-5 words" % (k, v))

        body = "\n".join(paras)
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            people = {}
        for name, forms in people.items():
            if not isinstance(forms, list) or not forms or not all(isinstance(v, str) and v for v in forms):
                bad(where, "people[%r] must be a non-empty list of strings" % name)
                continue
            if len(set(forms)) != len(forms):
                bad(where, "people[%r] has duplicate forms" % name)
            for v in forms:
                if not occurs(v, body):
                    bad(where, "people[%r] form %r not found in the paragraphs" % (name, v))

        counts["paragraphs"] += len(paras)
        counts["null"] += sum(1 for t in threads if t is None)
        counts["threads"] += len(ids)
        counts["noncontig"] += len(non_contiguous(threads))
        counts["people"] += len(people)
        counts["forms"] += sum(len(v) for v in people.values() if isinstance(v, list))

    if counts["articles"] != 16:
        bad(path, "%d articles, want 16" % counts["articles"])

    print("articles:               %d" % counts["articles"])
    print("paragraphs:             %d (%d with a thread, %d null)" % (
        counts["paragraphs"], counts["paragraphs"] - counts["null"], counts["null"]))
    print("threads:                %d" % counts["threads"])
    print("non-contiguous threads: %d" % counts["noncontig"])
    print("people entries:         %d" % counts["people"])
    print("surface forms:          %d" % counts["forms"])
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

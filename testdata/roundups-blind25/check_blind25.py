#!/usr/bin/env python3
"""Validate roundups-blind25.jsonl (stdlib only).

Usage: python3 check_blind25.py [path/to/roundups-blind25.jsonl]

Checks, for every line:
  - it is a JSON object whose keys are exactly, and in this order:
    id, source_path, title, paragraphs, threads, labels, people
  - ids run roundup-blind25-001, -002, ... with no gaps
  - source_path is "written for storyline tests"
  - title is a non-empty string
  - paragraphs is a non-empty list of non-empty, already-trimmed strings
  - threads has one entry per paragraph, each an int >= 0 or null
  - thread ids are 0, 1, 2 ... in order of first appearance
  - labels has exactly one entry per thread id (keys "0", "1", ...),
    each a string of 2-5 words
  - people maps a non-empty name to a non-empty list of distinct,
    non-empty strings, each of which occurs verbatim in the title or a
    paragraph

Prints counts and exits 0 if all is well, 1 on any problem.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
ID_FMT = "roundup-blind25-%03d"


def check_article(n, d, problems):
    """Check one decoded line; append problems; return per-article stats or None."""
    where = "line %d" % n

    def bad(msg):
        problems.append("%s: %s" % (where, msg))

    if not isinstance(d, dict):
        bad("not a JSON object")
        return None
    if list(d.keys()) != KEYS:
        bad("keys are %r, expected %r" % (list(d.keys()), KEYS))
        if set(KEYS) - set(d.keys()):
            return None
    where = "line %d (%s)" % (n, d.get("id"))

    want_id = ID_FMT % n
    if d["id"] != want_id:
        bad("id %r, expected %r" % (d["id"], want_id))
    if d["source_path"] != SOURCE_PATH:
        bad("source_path %r, expected %r" % (d["source_path"], SOURCE_PATH))
    title = d["title"]
    if not isinstance(title, str) or not title.strip():
        bad("title missing or empty")
        title = ""

    paras = d["paragraphs"]
    if not isinstance(paras, list) or not paras:
        bad("paragraphs must be a non-empty list")
        return None
    for i, p in enumerate(paras):
        if not isinstance(p, str):
            bad("paragraph %d is not a string" % i)
        elif not p.strip():
            bad("paragraph %d is empty" % i)
        elif p != p.strip():
            bad("paragraph %d has leading or trailing whitespace" % i)
    paras_s = [p for p in paras if isinstance(p, str)]

    threads = d["threads"]
    if not isinstance(threads, list):
        bad("threads is not a list")
        return None
    if len(threads) != len(paras):
        bad("threads has %d entries but there are %d paragraphs" % (len(threads), len(paras)))
    seen = []
    for i, t in enumerate(threads):
        if t is None:
            continue
        if isinstance(t, bool) or not isinstance(t, int) or t < 0:
            bad("thread entry %d is %r (want int >= 0 or null)" % (i, t))
            continue
        if t not in seen:
            if t != len(seen):
                bad("paragraph %d opens thread %d, expected %d (first-appearance order)" % (i, t, len(seen)))
            seen.append(t)
    ids = sorted(t for t in seen)

    # non-contiguous ("resumed") threads: a thread that appears, is
    # interrupted by another thread, then appears again.  Null furniture
    # between two runs of the same thread does not count as an interruption.
    resumed = set()
    last = None
    closed = set()
    for t in threads:
        if t is None or isinstance(t, bool) or not isinstance(t, int):
            continue
        if t != last:
            if last is not None:
                closed.add(last)
            if t in closed:
                resumed.add(t)
            last = t

    labels = d["labels"]
    if not isinstance(labels, dict):
        bad("labels is not an object")
        labels = {}
    want_keys = [str(t) for t in range(len(seen))]
    if sorted(labels.keys(), key=lambda k: (len(k), k)) != want_keys:
        bad("label keys %r, expected %r" % (sorted(labels.keys()), want_keys))
    for k, v in labels.items():
        if not isinstance(v, str):
            bad("label %s is not a string" % k)
            continue
        nw = len(v.split())
        if nw < 2 or nw > 5:
            bad("label %s %r has %d words (want 2-5)" % (k, v, nw))

    people = d["people"]
    forms = 0
    if not isinstance(people, dict):
        bad("people is not an object")
        people = {}
    haystack = [title] + paras_s
    for name, vals in people.items():
        if not name.strip():
            bad("people has an empty key")
        if not isinstance(vals, list) or not vals:
            bad("people[%r] must be a non-empty list" % name)
            continue
        if len(set(vals)) != len(vals):
            bad("people[%r] has duplicate surface forms" % name)
        for v in vals:
            if not isinstance(v, str) or not v.strip():
                bad("people[%r] has an empty or non-string surface form" % name)
                continue
            forms += 1
            if not any(v in h for h in haystack):
                bad("people[%r]: surface form %r not found verbatim in title or paragraphs" % (name, v))

    return {
        "paragraphs": len(paras),
        "null": sum(1 for t in threads if t is None),
        "threads": len(seen),
        "resumed": len(resumed),
        "people": len(people),
        "forms": forms,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind25.jsonl")
    problems = []
    stats = []
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if raw and not raw.endswith("\n"):
        problems.append("file does not end with a newline")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: blank line" % n)
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            problems.append("line %d: invalid JSON: %s" % (n, e))
            continue
        s = check_article(n, d, problems)
        if s:
            stats.append(s)
    if not lines:
        problems.append("file is empty")

    tot = lambda k: sum(s[k] for s in stats)
    print("file: %s" % path)
    print("articles: %d" % len(stats))
    print("paragraphs: %d (%d with a thread, %d null)" % (tot("paragraphs"), tot("paragraphs") - tot("null"), tot("null")))
    print("threads: %d" % tot("threads"))
    print("resumed (non-contiguous) threads: %d in %d articles" % (tot("resumed"), sum(1 for s in stats if s["resumed"])))
    print("people entries: %d" % tot("people"))
    print("surface forms: %d" % tot("forms"))
    if stats:
        print("paragraphs per article: %d-%d; threads per article: %d-%d" % (
            min(s["paragraphs"] for s in stats), max(s["paragraphs"] for s in stats),
            min(s["threads"] for s in stats), max(s["threads"] for s in stats)))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

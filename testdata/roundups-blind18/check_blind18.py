#!/usr/bin/env python3
"""Validate roundups-blind18.jsonl (stdlib only).

Checks the format of every article and prints counts. Exits 1 on any problem.

Usage: python3 check_blind18.py [path/to/roundups-blind18.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
PREFIX = "roundup-blind18-"
SOURCE_PATH = "written for storyline tests"
MIN_PARAS, MAX_PARAS = 12, 28
MIN_THREADS, MAX_THREADS = 2, 9


def whole_word(variant, text):
    """True if variant occurs in text with no word character on either side."""
    pat = r"(?<!\w)" + re.escape(variant) + r"(?!\w)"
    return re.search(pat, text) is not None


def check(path):
    problems = []
    counts = Counter()

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        raw = open(path, "rb").read()
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8: %s" % e)
        return 1
    if text.startswith("\ufeff"):
        bad("file", "starts with a byte-order mark")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    else:
        bad("file", "does not end with a newline")

    seen_ids = []
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            bad(where, "invalid JSON: %s" % e)
            continue
        if not isinstance(pairs, list):
            bad(where, "not a JSON object")
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            bad(where, "keys %r, want %r in that order" % (keys, KEYS))
            continue
        art = json.loads(line)
        aid = art["id"]
        where = "line %d (%s)" % (ln, aid)
        seen_ids.append(aid)
        counts["articles"] += 1

        if art["source_path"] != SOURCE_PATH:
            bad(where, "source_path %r" % art["source_path"])
        if not isinstance(art["title"], str) or not art["title"].strip():
            bad(where, "empty or non-string title")
        elif art["title"] != art["title"].strip():
            bad(where, "title not trimmed")

        paras = art["paragraphs"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        for i, p in enumerate(paras):
            if not p.strip():
                bad(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                bad(where, "paragraph %d is not trimmed" % i)
            if "\n\n" in p:
                bad(where, "paragraph %d contains a blank line" % i)
        if not (MIN_PARAS <= len(paras) <= MAX_PARAS):
            bad(where, "%d paragraphs, want %d-%d" % (len(paras), MIN_PARAS, MAX_PARAS))
        counts["paragraphs"] += len(paras)

        threads = art["threads"]
        if not isinstance(threads, list):
            bad(where, "threads must be a list")
            continue
        if len(threads) != len(paras):
            bad(where, "%d threads entries for %d paragraphs" % (len(threads), len(paras)))
        order = []
        ok = True
        for i, t in enumerate(threads):
            if t is None:
                counts["null paragraphs"] += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int) or t < 0:
                bad(where, "threads[%d] = %r is not null or a non-negative integer" % (i, t))
                ok = False
                continue
            if t not in order:
                if t != len(order):
                    bad(where, "thread %d first appears at paragraph %d before thread %d" % (t, i, len(order)))
                    ok = False
                order.append(t)
        nthreads = len(order)
        counts["threads"] += nthreads
        if not (MIN_THREADS <= nthreads <= MAX_THREADS):
            bad(where, "%d threads, want %d-%d" % (nthreads, MIN_THREADS, MAX_THREADS))
        if ok:
            # non-contiguous: the thread stops (another thread intervenes) and starts again;
            # null paragraphs in between do not break a run.
            for t in order:
                runs, prev = 0, None
                for x in threads:
                    if x is None:
                        continue
                    if x == t and prev != t:
                        runs += 1
                    prev = x
                if runs > 1:
                    counts["non-contiguous threads"] += 1

        labels = art["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want = [str(t) for t in sorted(order)]
            if sorted(labels, key=lambda k: int(k) if k.isdigit() else -1) != want:
                bad(where, "label keys %r, want %r" % (list(labels), want))
            for k, v in labels.items():
                if not isinstance(v, str) or not v.strip():
                    bad(where, "label %s is empty" % k)
                    continue
                nw = len(v.split())
                if not (2 <= nw <= 5):
                    bad(where, "label %s %r has %d words, want 2-5" % (k, v, nw))

        people = art["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            continue
        body = "\n\n".join(paras)
        owner = {}
        for name, variants in people.items():
            counts["people"] += 1
            if not name.strip() or name != name.strip():
                bad(where, "bad people key %r" % name)
            if not isinstance(variants, list) or not variants:
                bad(where, "people[%r] must be a non-empty list" % name)
                continue
            if len(set(variants)) != len(variants):
                bad(where, "people[%r] has duplicate variants" % name)
            for v in variants:
                counts["surface forms"] += 1
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    bad(where, "people[%r] has a bad variant %r" % (name, v))
                    continue
                if not whole_word(v, body):
                    bad(where, "variant %r of %r does not occur as whole words in the paragraphs" % (v, name))
                if v in owner and owner[v] != name:
                    bad(where, "variant %r listed for both %r and %r" % (v, owner[v], name))
                owner[v] = name

    want_ids = ["%s%03d" % (PREFIX, i) for i in range(1, len(seen_ids) + 1)]
    if seen_ids != want_ids:
        bad("file", "ids %r are not contiguous from %s001" % (seen_ids, PREFIX))

    for k in ["articles", "paragraphs", "null paragraphs", "threads",
              "non-contiguous threads", "people", "surface forms"]:
        print("%-24s %d" % (k + ":", counts[k]))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind18.jsonl")
    sys.exit(check(path))

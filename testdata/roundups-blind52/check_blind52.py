#!/usr/bin/env python3
"""Validate roundups-blind52.jsonl (standard library only).

Usage: python3 check_blind52.py [path/to/roundups-blind52.jsonl]

Checks the format of the blind round-ups set and prints counts.
Exits 1 if any problem is found, 0 otherwise.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
EXPECTED_ARTICLES = 16
MIN_PARAS, MAX_PARAS = 7, 20
MIN_THREADS, MAX_THREADS = 2, 6


def check(path):
    problems = []
    counts = dict(articles=0, paragraphs=0, null_paragraphs=0, threads=0,
                  resumed_threads=0, people=0, forms=0)

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if lines and lines[-1] == "":
        lines.pop()

    for lineno, line in enumerate(lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            art = json.loads(line)
        except ValueError as e:
            bad(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(art, dict):
            bad(where, "not a JSON object")
            continue
        counts["articles"] += 1
        n = counts["articles"]
        expected_id = "roundup-blind52-%03d" % n
        where = "%s (%s)" % (where, art.get("id"))

        # key order and id sequence
        if list(art.keys()) != KEYS:
            bad(where, "keys are %r, expected %r in that order" % (list(art.keys()), KEYS))
            continue
        if art["id"] != expected_id:
            bad(where, "id %r, expected %r" % (art["id"], expected_id))
        if art["source_path"] != SOURCE_PATH:
            bad(where, "source_path %r, expected %r" % (art["source_path"], SOURCE_PATH))
        title = art["title"]
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title empty or padded with whitespace")
            title = title if isinstance(title, str) else ""

        # paragraphs
        paras = art["paragraphs"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        if not MIN_PARAS <= len(paras) <= MAX_PARAS:
            bad(where, "%d paragraphs, expected %d-%d" % (len(paras), MIN_PARAS, MAX_PARAS))
        for i, p in enumerate(paras):
            if not p.strip():
                bad(where, "paragraph %d is empty or whitespace" % i)
            elif p != p.strip():
                bad(where, "paragraph %d has leading or trailing whitespace" % i)
            elif "\n\n" in p:
                bad(where, "paragraph %d contains a blank line" % i)
        counts["paragraphs"] += len(paras)

        # threads
        threads = art["threads"]
        if not isinstance(threads, list) or len(threads) != len(paras):
            bad(where, "threads must be a list with one entry per paragraph "
                       "(%s entries for %d paragraphs)" %
                (len(threads) if isinstance(threads, list) else "no", len(paras)))
            continue
        ok_types = True
        for i, t in enumerate(threads):
            if t is not None and (not isinstance(t, int) or isinstance(t, bool) or t < 0):
                bad(where, "thread entry %d is %r (must be a non-negative integer or null)" % (i, t))
                ok_types = False
        if not ok_types:
            continue
        counts["null_paragraphs"] += sum(1 for t in threads if t is None)
        first_seen = []
        for t in threads:
            if t is not None and t not in first_seen:
                first_seen.append(t)
        if first_seen != list(range(len(first_seen))):
            bad(where, "thread ids in order of first appearance are %r, expected 0,1,2..." % first_seen)
        if not MIN_THREADS <= len(first_seen) <= MAX_THREADS:
            bad(where, "%d threads, expected %d-%d" % (len(first_seen), MIN_THREADS, MAX_THREADS))
        counts["threads"] += len(first_seen)
        # resumed (non-contiguous) threads: null paragraphs do not break a run
        runs = []
        for t in threads:
            if t is None:
                continue
            if not runs or runs[-1] != t:
                runs.append(t)
        counts["resumed_threads"] += sum(1 for t in first_seen if runs.count(t) > 1)

        # labels
        labels = art["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want = [str(t) for t in range(len(first_seen))]
            for k in want:
                if k not in labels:
                    bad(where, "thread %s has no label" % k)
            for k, v in labels.items():
                if k not in want:
                    bad(where, "label %r has no thread" % k)
                if not isinstance(v, str) or v != v.strip() or not 2 <= len(v.split()) <= 5:
                    bad(where, "label %r = %r is not a 2-5 word label" % (k, v))
            if list(labels.keys()) != sorted(labels.keys(), key=lambda k: int(k) if k.isdigit() else -1):
                bad(where, "labels are not in thread order")

        # people
        people = art["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            continue
        text = "\n".join([title] + paras)
        seen_forms = {}
        for key, forms in people.items():
            counts["people"] += 1
            if not isinstance(key, str) or not key.strip() or key != key.strip():
                bad(where, "people key %r empty or padded" % key)
            if not isinstance(forms, list) or not forms:
                bad(where, "people[%r] must be a non-empty list" % key)
                continue
            for form in forms:
                counts["forms"] += 1
                if not isinstance(form, str) or not form.strip() or form != form.strip():
                    bad(where, "people[%r] has empty or padded form %r" % (key, form))
                    continue
                if form in seen_forms:
                    bad(where, "surface form %r listed twice (%r and %r)" % (form, seen_forms[form], key))
                else:
                    seen_forms[form] = key
                if form not in text:
                    bad(where, "surface form %r of %r does not occur in title or paragraphs" % (form, key))

    if counts["articles"] != EXPECTED_ARTICLES:
        problems.append("%d articles, expected %d" % (counts["articles"], EXPECTED_ARTICLES))

    print("file: %s" % path)
    print("articles: %d" % counts["articles"])
    print("paragraphs: %d" % counts["paragraphs"])
    print("null paragraphs: %d" % counts["null_paragraphs"])
    print("threads: %d" % counts["threads"])
    print("resumed (non-contiguous) threads: %d" % counts["resumed_threads"])
    print("people: %d" % counts["people"])
    print("surface forms: %d" % counts["forms"])
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: no problems found")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "roundups-blind52.jsonl")
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else default))

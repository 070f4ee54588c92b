#!/usr/bin/env python3
"""Validate roundups-blind20.jsonl (format rules only). Stdlib only.

Usage: python3 check_blind20.py [path/to/roundups-blind20.jsonl]
Prints counts and exits 1 if any problem is found.
"""
import json
import os
import re
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
ID_RE = re.compile(r"^roundup-blind20-(\d{3})$")
EXPECTED_ARTICLES = 16


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind20.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    n_art = n_par = n_null = n_thr = n_resumed = n_resumed_art = n_people = n_forms = 0
    seen_ids = []
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
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            bad(where, "invalid JSON: %s" % e)
            continue
        if not isinstance(d, dict):
            bad(where, "not a JSON object")
            continue
        if list(d.keys()) != KEYS:
            bad(where, "keys %r, expected %r" % (list(d.keys()), KEYS))
            if not all(k in d for k in KEYS):
                continue
        where = "line %d (%s)" % (ln, d.get("id"))
        n_art += 1

        # id
        m = ID_RE.match(d["id"]) if isinstance(d["id"], str) else None
        if not m:
            bad(where, "bad id %r" % d["id"])
        else:
            seen_ids.append(int(m.group(1)))
            if int(m.group(1)) != n_art:
                bad(where, "id out of sequence, expected %03d" % n_art)

        if d["source_path"] != SOURCE_PATH:
            bad(where, "source_path must be %r" % SOURCE_PATH)

        title = d["title"]
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title empty or not trimmed")
            title = title if isinstance(title, str) else ""

        # paragraphs
        paras = d["paragraphs"]
        if not isinstance(paras, list) or not paras:
            bad(where, "paragraphs must be a non-empty list")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, "paragraph %d empty or not a string" % i)
            elif p != p.strip():
                bad(where, "paragraph %d not trimmed" % i)
            elif "\n\n" in p:
                bad(where, "paragraph %d contains a blank line" % i)
        if not 6 <= len(paras) <= 20:
            bad(where, "%d paragraphs, expected 6-20" % len(paras))
        n_par += len(paras)

        # threads
        threads = d["threads"]
        if not isinstance(threads, list):
            bad(where, "threads must be a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, "threads has %d entries, paragraphs %d" % (len(threads), len(paras)))
        order = []
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, "thread entry %d is %r, not int or null" % (i, t))
                continue
            if t not in order:
                if t != len(order):
                    bad(where, "thread id %d at paragraph %d out of order, expected %d" % (t, i, len(order)))
                order.append(t)
        if not 2 <= len(order) <= 5:
            bad(where, "%d threads, expected 2-5" % len(order))
        n_thr += len(order)

        # resumed threads: a thread that reappears after another (non-null) thread
        closed = set()
        resumed = set()
        prev = None
        for t in threads:
            if t is None or isinstance(t, bool) or not isinstance(t, int):
                continue
            if prev is not None and t != prev:
                closed.add(prev)
                if t in closed:
                    resumed.add(t)
            prev = t
        n_resumed += len(resumed)
        if resumed:
            n_resumed_art += 1

        # labels
        labels = d["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
            labels = {}
        want = [str(t) for t in sorted(order)]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != sorted(want, key=lambda k: (len(k), k)):
            bad(where, "label keys %r, expected %r" % (sorted(labels.keys()), want))
        for k, v in labels.items():
            if not isinstance(v, str) or not v.strip():
                bad(where, "label %s empty" % k)
                continue
            nw = len(v.split())
            if not 2 <= nw <= 5:
                bad(where, "label %s %r has %d words, expected 2-5" % (k, v, nw))

        # people
        people = d["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            people = {}
        haystack = "\n".join([title] + [p for p in paras if isinstance(p, str)])
        for name, forms in people.items():
            n_people += 1
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                bad(where, "bad person key %r" % name)
            if not isinstance(forms, list) or not forms:
                bad(where, "person %r has no surface forms" % name)
                continue
            if len(set(forms)) != len(forms):
                bad(where, "person %r has duplicate surface forms" % name)
            for s in forms:
                n_forms += 1
                if not isinstance(s, str) or not s.strip():
                    bad(where, "person %r has an empty surface form" % name)
                elif s not in haystack:
                    bad(where, "surface form %r (for %r) not found verbatim" % (s, name))

    if n_art != EXPECTED_ARTICLES:
        bad("file", "%d articles, expected %d" % (n_art, EXPECTED_ARTICLES))
    if len(set(seen_ids)) != len(seen_ids):
        bad("file", "duplicate ids")

    print("articles:         %d" % n_art)
    print("paragraphs:       %d (%d with a thread, %d null)" % (n_par, n_par - n_null, n_null))
    print("threads:          %d" % n_thr)
    print("resumed threads:  %d (in %d articles)" % (n_resumed, n_resumed_art))
    print("people:           %d (per article, not deduplicated)" % n_people)
    print("surface forms:    %d" % n_forms)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

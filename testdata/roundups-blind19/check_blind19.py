#!/usr/bin/env python3
"""Validate roundups-blind19.jsonl (stdlib only).

Checks the format rules described in SOURCE.md, prints counts, and exits 1
if any problem is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "roundups-blind19.jsonl")
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
EXPECTED_ARTICLES = 16
MIN_PARAS, MAX_PARAS = 6, 20


def main():
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(PATH, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print("cannot read %s: %s" % (PATH, e))
        return 1

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    n_articles = n_paras = n_null = n_threads = n_resumed = 0
    n_resumed_articles = n_people = n_forms = 0

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
        n_articles += 1
        if list(d.keys()) != KEYS:
            bad(where, "keys are %r, expected %r" % (list(d.keys()), KEYS))
            if not all(k in d for k in KEYS):
                continue
        want_id = "roundup-blind19-%03d" % ln
        where = d.get("id") if isinstance(d.get("id"), str) else where
        if d["id"] != want_id:
            bad(where, "id %r, expected %r" % (d["id"], want_id))
        if d["source_path"] != SOURCE_PATH:
            bad(where, "source_path %r" % d["source_path"])
        title = d["title"]
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title empty or not trimmed")
            title = title if isinstance(title, str) else ""

        paras = d["paragraphs"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        if not (MIN_PARAS <= len(paras) <= MAX_PARAS):
            bad(where, "%d paragraphs, expected %d-%d" % (len(paras), MIN_PARAS, MAX_PARAS))
        for i, p in enumerate(paras):
            if not p.strip():
                bad(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                bad(where, "paragraph %d is not trimmed" % i)
        n_paras += len(paras)

        threads = d["threads"]
        if not isinstance(threads, list):
            bad(where, "threads must be a list")
            continue
        if len(threads) != len(paras):
            bad(where, "%d threads for %d paragraphs" % (len(threads), len(paras)))
        seen = []
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, "thread %d is %r, not an integer or null" % (i, t))
                continue
            if t not in seen:
                if t != len(seen):
                    bad(where, "paragraph %d opens thread %d, expected %d (ids must run 0,1,2... in order of first appearance)" % (i, t, len(seen)))
                seen.append(t)
        if not seen:
            bad(where, "no threads")
        n_threads += len(seen)

        # resumed threads: a thread that appears, is interrupted by another
        # thread, and then appears again (null furniture does not interrupt)
        resumed = set()
        last = None
        closed = set()
        for t in threads:
            if t is None:
                continue
            if last is not None and t != last:
                closed.add(last)
                if t in closed:
                    resumed.add(t)
            last = t
        n_resumed += len(resumed)
        if resumed:
            n_resumed_articles += 1

        labels = d["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want = [str(t) for t in seen]
            if sorted(labels.keys(), key=lambda k: (len(k), k)) != sorted(want, key=lambda k: (len(k), k)):
                bad(where, "label keys %r, expected %r" % (list(labels.keys()), want))
            for k, v in labels.items():
                if not isinstance(v, str) or not v.strip():
                    bad(where, "label %s is empty" % k)
                    continue
                words = v.split()
                if not (2 <= len(words) <= 5):
                    bad(where, "label %s %r has %d words (2-5)" % (k, v, len(words)))

        people = d["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            continue
        haystack = "\n".join([title] + paras)
        for name, forms in people.items():
            n_people += 1
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                bad(where, "bad people key %r" % (name,))
            if re.match(r"^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Councillor|Judge)\b", name):
                bad(where, "people key %r starts with an honorific" % name)
            if not isinstance(forms, list) or not forms:
                bad(where, "people[%r] must be a non-empty list" % name)
                continue
            if len(set(forms)) != len(forms):
                bad(where, "people[%r] has duplicate forms" % name)
            for form in forms:
                n_forms += 1
                if not isinstance(form, str) or not form.strip():
                    bad(where, "people[%r] has an empty form" % name)
                elif form not in haystack:
                    bad(where, "people[%r] form %r not found verbatim" % (name, form))

    if n_articles != EXPECTED_ARTICLES:
        bad("file", "%d articles, expected %d" % (n_articles, EXPECTED_ARTICLES))

    print("articles: %d" % n_articles)
    print("paragraphs: %d (%d with a thread, %d null)" % (n_paras, n_paras - n_null, n_null))
    print("threads: %d" % n_threads)
    print("resumed threads: %d (in %d articles)" % (n_resumed, n_resumed_articles))
    print("people: %d entries, %d surface forms" % (n_people, n_forms))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

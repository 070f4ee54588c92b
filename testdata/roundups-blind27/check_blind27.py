#!/usr/bin/env python3
"""Validate roundups-blind27.jsonl (stdlib only).

Usage: python3 check_blind27.py [path/to/roundups-blind27.jsonl]

Checks every line for the dev-set format and the labelling invariants,
prints counts, and exits 1 if any problem is found (0 otherwise).
"""
import json
import os
import sys
from collections import OrderedDict

EXPECTED_KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
EXPECTED_ARTICLES = 18
ID_FORMAT = "roundup-blind27-%03d"
SOURCE_PATH = "written for storyline tests"
MIN_PARAS, MAX_PARAS = 12, 30
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 2, 5


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "roundups-blind27.jsonl")
    problems = []

    def problem(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except OSError as exc:
        print("cannot read %s: %s" % (path, exc))
        return 1

    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        problem("file", "does not end with a newline")

    n_articles = n_paras = n_null = n_threads = 0
    n_resumed = 0
    articles_with_resumed = 0
    n_people = n_forms = 0

    for lineno, line in enumerate(lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            problem(where, "blank line")
            continue
        try:
            art = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError as exc:
            problem(where, "invalid JSON (%s)" % exc)
            continue
        if not isinstance(art, dict):
            problem(where, "not a JSON object")
            continue
        n_articles += 1

        keys = list(art.keys())
        if keys != EXPECTED_KEYS:
            problem(where, "keys %r, expected %r in that order" % (keys, EXPECTED_KEYS))

        want_id = ID_FORMAT % lineno
        aid = art.get("id")
        if aid != want_id:
            problem(where, "id %r, expected %r" % (aid, want_id))
        where = "%s (%s)" % (where, aid)

        if art.get("source_path") != SOURCE_PATH:
            problem(where, "source_path %r, expected %r" % (art.get("source_path"), SOURCE_PATH))

        title = art.get("title")
        if not isinstance(title, str) or not title.strip():
            problem(where, "title missing or empty")
            title = title if isinstance(title, str) else ""
        elif title != title.strip():
            problem(where, "title has leading/trailing whitespace")

        paras = art.get("paragraphs")
        if not isinstance(paras, list):
            problem(where, "paragraphs is not a list")
            paras = []
        if not (MIN_PARAS <= len(paras) <= MAX_PARAS):
            problem(where, "%d paragraphs, expected %d-%d" % (len(paras), MIN_PARAS, MAX_PARAS))
        good_paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str):
                problem(where, "paragraph %d is not a string" % i)
                continue
            if not p.strip():
                problem(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                problem(where, "paragraph %d has leading/trailing whitespace" % i)
            good_paras.append(p)
        n_paras += len(paras)

        threads = art.get("threads")
        if not isinstance(threads, list):
            problem(where, "threads is not a list")
            threads = []
        if len(threads) != len(paras):
            problem(where, "threads has %d entries but there are %d paragraphs" % (len(threads), len(paras)))

        seen = []          # thread ids in first-appearance order
        last_pos = {}      # thread id -> index of its last paragraph so far
        resumed = set()
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                problem(where, "thread entry %d is %r, expected an integer or null" % (i, t))
                continue
            if t not in last_pos:
                if t != len(seen):
                    problem(where, "paragraph %d starts thread %d, expected new id %d "
                                   "(ids must be 0,1,2... in first-appearance order)" % (i, t, len(seen)))
                seen.append(t)
            else:
                # non-contiguous if another thread appeared in between (nulls do not count)
                between = [x for x in threads[last_pos[t] + 1:i] if x is not None and x != t]
                if between:
                    resumed.add(t)
            last_pos[t] = i
        n_threads += len(seen)
        n_resumed += len(resumed)
        if resumed:
            articles_with_resumed += 1

        labels = art.get("labels")
        if not isinstance(labels, dict):
            problem(where, "labels is not an object")
            labels = {}
        want_labels = [str(t) for t in seen]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != sorted(want_labels, key=lambda k: (len(k), k)):
            missing = [k for k in want_labels if k not in labels]
            extra = [k for k in labels if k not in want_labels]
            problem(where, "labels keys do not match thread ids (missing %r, extra %r)" % (missing, extra))
        elif list(labels.keys()) != want_labels:
            problem(where, "labels keys not in thread-id order: %r" % list(labels.keys()))
        for k, v in labels.items():
            if not isinstance(v, str) or not v.strip():
                problem(where, "label %s is empty or not a string" % k)
                continue
            nw = len(v.split())
            if not (MIN_LABEL_WORDS <= nw <= MAX_LABEL_WORDS):
                problem(where, "label %s %r has %d words, expected %d-%d"
                        % (k, v, nw, MIN_LABEL_WORDS, MAX_LABEL_WORDS))

        people = art.get("people")
        if not isinstance(people, dict):
            problem(where, "people is not an object")
            people = {}
        texts = [title] + good_paras
        form_owner = {}
        for key, forms in people.items():
            if not isinstance(key, str) or not key.strip() or key != key.strip():
                problem(where, "bad people key %r" % (key,))
            if not isinstance(forms, list) or not forms:
                problem(where, "people[%r] must be a non-empty list" % (key,))
                continue
            n_people += 1
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    problem(where, "people[%r] has an empty or non-string form %r" % (key, form))
                    continue
                n_forms += 1
                if form in form_owner:
                    if form_owner[form] == key:
                        problem(where, "surface form %r listed twice under %r" % (form, key))
                    else:
                        problem(where, "surface form %r listed under two people (%r and %r)"
                                % (form, form_owner[form], key))
                else:
                    form_owner[form] = key
                if not any(form in t for t in texts):
                    problem(where, "surface form %r of %r does not occur verbatim in the title or paragraphs"
                            % (form, key))

    if n_articles != EXPECTED_ARTICLES:
        problem("file", "%d articles, expected %d" % (n_articles, EXPECTED_ARTICLES))

    print("file: %s" % path)
    print("articles: %d" % n_articles)
    print("paragraphs: %d (with a thread: %d, null: %d)" % (n_paras, n_paras - n_null, n_null))
    print("threads: %d" % n_threads)
    print("resumed (non-contiguous) threads: %d, in %d articles" % (n_resumed, articles_with_resumed))
    print("people entries: %d" % n_people)
    print("surface forms: %d" % n_forms)

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

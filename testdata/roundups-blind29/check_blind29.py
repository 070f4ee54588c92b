#!/usr/bin/env python3
"""Validate roundups-blind29.jsonl (stdlib only).

Checks key order, the id sequence, source_path, that threads has one entry
per paragraph, that thread ids are 0, 1, 2 ... in first-appearance order,
that every thread id has a 2-5 word label (and no label is spare), that
every people surface form occurs verbatim in the title or paragraphs, that
no surface form is listed twice in an article, and that no paragraph is
empty. Prints counts and exits 1 on any problem.

Usage: python3 check_blind29.py [path/to/roundups-blind29.jsonl]
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
N_ARTICLES = 16
MIN_PARAS, MAX_PARAS = 12, 24


def pairs_no_dupes(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise ValueError("duplicate key %r" % k)
        seen.add(k)
    return dict(pairs)  # dicts keep the order the keys appear in


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind29.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    articles = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("line %d" % n, "blank line")
                continue
            try:
                pairs = json.loads(line, object_pairs_hook=pairs_no_dupes)
            except ValueError as e:
                bad("line %d" % n, "invalid JSON (%s)" % e)
                continue
            if not isinstance(pairs, dict):
                bad("line %d" % n, "not a JSON object")
                continue
            articles.append((n, pairs))

    n_paras = n_null = n_threads = n_resumed = n_people = n_forms = 0
    arts_resumed = 0

    for idx, (n, pairs) in enumerate(articles, 1):
        art = pairs
        keys = list(art)
        where = art.get("id", "line %d" % n)
        if keys != KEYS:
            bad(where, "keys are %s, expected %s" % (keys, KEYS))
        want_id = "roundup-blind29-%03d" % idx
        if art.get("id") != want_id:
            bad(where, "id should be %s" % want_id)
        if art.get("source_path") != SOURCE_PATH:
            bad(where, "source_path should be %r" % SOURCE_PATH)
        title = art.get("title")
        if not isinstance(title, str) or not title.strip():
            bad(where, "title missing or empty")
            title = ""

        paras = art.get("paragraphs")
        if not isinstance(paras, list):
            bad(where, "paragraphs is not a list")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, "paragraph %d is empty or not a string" % i)
            elif p != p.strip():
                bad(where, "paragraph %d has leading/trailing whitespace" % i)
        if not MIN_PARAS <= len(paras) <= MAX_PARAS:
            bad(where, "%d paragraphs (expected %d-%d)" % (len(paras), MIN_PARAS, MAX_PARAS))

        threads = art.get("threads")
        if not isinstance(threads, list):
            bad(where, "threads is not a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, "threads has %d entries for %d paragraphs" % (len(threads), len(paras)))
        seen_order = []
        for i, t in enumerate(threads):
            if t is None:
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, "thread %d is %r (must be int or null)" % (i, t))
                continue
            if t not in seen_order:
                if t != len(seen_order):
                    bad(where, "paragraph %d starts thread %d, expected %d" % (i, t, len(seen_order)))
                seen_order.append(t)

        # resumed = a thread that appears, gives way to another thread, then comes back
        seq = [t for t in threads if isinstance(t, int) and not isinstance(t, bool)]
        closed, resumed = set(), set()
        for j, t in enumerate(seq):
            if t in closed:
                resumed.add(t)
            if j + 1 < len(seq) and seq[j + 1] != t:
                closed.add(t)
        n_resumed += len(resumed)
        if resumed:
            arts_resumed += 1

        labels = art.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels is not an object")
            labels = {}
        ids = set(str(t) for t in seen_order)
        for t in sorted(ids, key=int):
            lab = labels.get(t)
            if not isinstance(lab, str) or not lab.strip():
                bad(where, "no label for thread %s" % t)
            elif not 2 <= len(lab.split()) <= 5:
                bad(where, "label %s %r has %d words (need 2-5)" % (t, lab, len(lab.split())))
        for k in labels:
            if k not in ids:
                bad(where, "label %r has no thread" % k)

        people = art.get("people")
        if not isinstance(people, dict):
            bad(where, "people is not an object")
            people = {}
        text = "\n".join([title] + [p for p in paras if isinstance(p, str)])
        seen_forms = {}
        for key, forms in people.items():
            if not key.strip():
                bad(where, "empty people key")
            if not isinstance(forms, list) or not forms:
                bad(where, "people[%r] has no surface forms" % key)
                continue
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    bad(where, "people[%r] has an empty form" % key)
                    continue
                if form in seen_forms:
                    bad(where, "surface form %r listed for %r and %r" % (form, seen_forms[form], key))
                seen_forms[form] = key
                if form not in text:
                    bad(where, "surface form %r (%s) not found in title or paragraphs" % (form, key))
                n_forms += 1
            n_people += 1

        n_paras += len(paras)
        n_null += sum(1 for t in threads if t is None)
        n_threads += len(seen_order)

    if len(articles) != N_ARTICLES:
        bad(path, "%d articles, expected %d" % (len(articles), N_ARTICLES))

    print("articles:            %d" % len(articles))
    print("paragraphs:          %d (%d with a thread, %d null)" % (n_paras, n_paras - n_null, n_null))
    print("threads:             %d" % n_threads)
    print("resumed threads:     %d in %d articles" % (n_resumed, arts_resumed))
    print("people entries:      %d" % n_people)
    print("surface forms:       %d" % n_forms)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validate roundups-blind65.jsonl and print its counts.

Standard library only. Usage:

    python3 check_blind65.py [path/to/roundups-blind65.jsonl]

Without an argument it checks roundups-blind65.jsonl next to this script.
Prints every problem found, then the counts. Exits 1 if there was any
problem, 0 otherwise.
"""
import json
import os
import re
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
ID_FORMAT = "roundup-blind65-{:03d}"
EXPECTED_ARTICLES = 16
# Totals recorded in SOURCE.md; a change to the data must update both.
EXPECTED_TOTALS = {
    "paragraphs": 378, "null": 35, "threaded": 343, "threads": 115,
    "resumed": 33, "resumed_articles": 16, "people": 124, "forms": 234,
}
MIN_PARAS, MAX_PARAS = 14, 50
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 2, 5


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "roundups-blind65.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(path, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    else:
        bad("file", "does not end with a newline")

    totals = {
        "articles": 0, "paragraphs": 0, "null": 0, "threaded": 0, "threads": 0,
        "resumed": 0, "resumed_articles": 0, "people": 0, "forms": 0,
    }
    rows = []

    for lineno, line in enumerate(raw_lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            bad(where, "not valid JSON (%s)" % e)
            continue
        if not isinstance(d, dict):
            bad(where, "not a JSON object")
            continue
        totals["articles"] += 1

        # key order
        if list(d.keys()) != KEYS:
            bad(where, "keys are %s, expected %s in that order" % (list(d.keys()), KEYS))

        # id sequence
        want_id = ID_FORMAT.format(lineno)
        aid = d.get("id")
        if aid != want_id:
            bad(where, "id is %r, expected %r" % (aid, want_id))
        where = "%s (%s)" % (where, aid)

        if d.get("source_path") != SOURCE_PATH:
            bad(where, "source_path is %r, expected %r" % (d.get("source_path"), SOURCE_PATH))

        title = d.get("title")
        if not isinstance(title, str) or not title.strip():
            bad(where, "title is missing or empty")
            title = ""
        elif title != title.strip():
            bad(where, "title has leading or trailing whitespace")

        paras = d.get("paragraphs")
        if not isinstance(paras, list):
            bad(where, "paragraphs is not a list")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str):
                bad(where, "paragraph %d is not a string" % i)
                continue
            if not p.strip():
                bad(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                bad(where, "paragraph %d has leading or trailing whitespace" % i)
            if re.search(r"\n[ \t\u00a0]*\n", p):
                bad(where, "paragraph %d contains a blank line" % i)
        if not MIN_PARAS <= len(paras) <= MAX_PARAS:
            bad(where, "%d paragraphs, expected %d to %d" % (len(paras), MIN_PARAS, MAX_PARAS))

        threads = d.get("threads")
        if not isinstance(threads, list):
            bad(where, "threads is not a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, "%d threads entries for %d paragraphs" % (len(threads), len(paras)))

        # thread ids: int or null, numbered 0,1,2... by first appearance
        seen = []
        positions = {}
        for i, t in enumerate(threads):
            if t is None:
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, "threads[%d] is %r, expected an integer or null" % (i, t))
                continue
            if t not in positions:
                if t != len(seen):
                    bad(where, "thread %d first appears at paragraph %d, expected id %d there"
                        % (t, i, len(seen)))
                seen.append(t)
                positions[t] = []
            positions[t].append(i)

        # non-contiguous (resumed) threads: another thread's paragraph lies
        # between two of its paragraphs; null furniture does not count.
        resumed_here = 0
        for t, pos in positions.items():
            between = set()
            for k in range(pos[0], pos[-1] + 1):
                u = threads[k]
                if u is not None and u != t:
                    between.add(u)
            if between:
                resumed_here += 1

        # labels
        labels = d.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels is not an object")
            labels = {}
        want_keys = [str(t) for t in sorted(positions)]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != want_keys:
            missing = [k for k in want_keys if k not in labels]
            extra = [k for k in labels if k not in want_keys]
            if missing:
                bad(where, "no label for thread(s) %s" % ", ".join(missing))
            if extra:
                bad(where, "label(s) for unknown thread(s) %s" % ", ".join(extra))
        for k, v in labels.items():
            if not isinstance(v, str):
                bad(where, "label %s is not a string" % k)
                continue
            n = len(v.split())
            if not MIN_LABEL_WORDS <= n <= MAX_LABEL_WORDS:
                bad(where, "label %s %r has %d words, expected %d to %d"
                    % (k, v, n, MIN_LABEL_WORDS, MAX_LABEL_WORDS))

        # people
        people = d.get("people")
        if not isinstance(people, dict):
            bad(where, "people is not an object")
            people = {}
        text = "\n".join([title] + [p for p in paras if isinstance(p, str)])
        owner = {}
        n_forms = 0
        for key, forms in people.items():
            if not key.strip() or key != key.strip():
                bad(where, "people key %r is empty or has surrounding whitespace" % key)
            if not isinstance(forms, list) or not forms:
                bad(where, "people[%r] is not a non-empty list" % key)
                continue
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    bad(where, "people[%r] has an empty or non-string surface form" % key)
                    continue
                n_forms += 1
                if form != form.strip():
                    bad(where, "surface form %r of %r has surrounding whitespace" % (form, key))
                if form not in text:
                    bad(where, "surface form %r of %r does not occur in the title or paragraphs"
                        % (form, key))
                if form in owner:
                    if owner[form] == key:
                        bad(where, "surface form %r listed twice for %r" % (form, key))
                    else:
                        bad(where, "surface form %r listed for both %r and %r"
                            % (form, owner[form], key))
                else:
                    owner[form] = key

        n_null = sum(1 for t in threads if t is None)
        totals["paragraphs"] += len(paras)
        totals["null"] += n_null
        totals["threaded"] += len(threads) - n_null
        totals["threads"] += len(positions)
        totals["resumed"] += resumed_here
        totals["resumed_articles"] += 1 if resumed_here else 0
        totals["people"] += len(people)
        totals["forms"] += n_forms
        rows.append((aid, len(paras), n_null, len(positions), resumed_here, len(people), n_forms))

    if totals["articles"] != EXPECTED_ARTICLES:
        bad("file", "%d articles, expected %d" % (totals["articles"], EXPECTED_ARTICLES))
    for k, want in EXPECTED_TOTALS.items():
        if totals[k] != want:
            bad("file", "%s total is %d, expected %d (see SOURCE.md)" % (k, totals[k], want))

    print("%-20s %5s %5s %7s %7s %6s %6s" % ("id", "paras", "null", "threads", "resumed", "people", "forms"))
    for r in rows:
        print("%-20s %5d %5d %7d %7d %6d %6d" % r)
    print()
    print("articles:            %d" % totals["articles"])
    print("paragraphs:          %d (%d with a thread, %d null)"
          % (totals["paragraphs"], totals["threaded"], totals["null"]))
    print("threads:             %d" % totals["threads"])
    print("resumed threads:     %d non-contiguous, in %d articles"
          % (totals["resumed"], totals["resumed_articles"]))
    print("people entries:      %d" % totals["people"])
    print("surface forms:       %d" % totals["forms"])

    if problems:
        print()
        print("%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print()
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Format checker for the round-ups blind set 21 (stdlib only).

Usage: python3 check_blind21.py [path/to/roundups-blind21.jsonl]

Checks the format rules described in SOURCE.md and prints counts.
Exits 1 if any problem is found.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
PREFIX = "roundup-blind21-"
EXPECTED_ARTICLES = 16


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "roundups-blind21.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    n_articles = n_paras = n_null = n_threads = n_resumed = 0
    n_articles_resumed = n_people = n_forms = 0
    ids = []

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    for lineno, line in enumerate(lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            bad(where, "not valid JSON (%s)" % e)
            continue
        if not isinstance(obj, dict):
            bad(where, "not a JSON object")
            continue
        if list(obj.keys()) != KEYS:
            bad(where, "keys are %r, expected %r in that order" % (list(obj.keys()), KEYS))
            continue
        n_articles += 1
        aid = obj["id"]
        where = "%s (line %d)" % (aid, lineno)
        ids.append(aid)
        if aid != "%s%03d" % (PREFIX, lineno):
            bad(where, "id should be %s%03d" % (PREFIX, lineno))
        if obj["source_path"] != SOURCE_PATH:
            bad(where, "source_path should be %r" % SOURCE_PATH)
        title = obj["title"]
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            bad(where, "title missing or not trimmed")
            title = title if isinstance(title, str) else ""

        paras = obj["paragraphs"]
        if not isinstance(paras, list) or not paras:
            bad(where, "paragraphs must be a non-empty list")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, "paragraph %d empty or not a string" % i)
            elif p != p.strip():
                bad(where, "paragraph %d not trimmed" % i)
        if not 6 <= len(paras) <= 20:
            bad(where, "has %d paragraphs, expected 6-20" % len(paras))
        n_paras += len(paras)

        threads = obj["threads"]
        if not isinstance(threads, list) or len(threads) != len(paras):
            bad(where, "threads must be a list as long as paragraphs (%d vs %d)"
                % (len(threads) if isinstance(threads, list) else -1, len(paras)))
            threads = []
        order = []
        last_seen = {}
        resumed = set()
        prev = None
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if not isinstance(t, int) or isinstance(t, bool) or t < 0:
                bad(where, "thread entry %d is %r, expected a non-negative integer or null" % (i, t))
                continue
            if t not in order:
                if t != len(order):
                    bad(where, "thread %d first appears at paragraph %d, expected id %d"
                        % (t, i, len(order)))
                order.append(t)
            elif prev != t:
                resumed.add(t)
            prev = t
        # a thread is "resumed" if another thread's paragraph lies between two of its paragraphs
        # (null furniture in between does not count)
        n_threads += len(order)
        n_resumed += len(resumed)
        if resumed:
            n_articles_resumed += 1
        if not 2 <= len(order) <= 5:
            bad(where, "has %d thread(s); round-ups here cover 2-5 matters" % len(order))

        labels = obj["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
            labels = {}
        want = [str(t) for t in sorted(order)]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != want:
            bad(where, "label keys %r do not match thread ids %r" % (sorted(labels.keys()), want))
        for k, v in labels.items():
            if not isinstance(v, str):
                bad(where, "label %s is not a string" % k)
                continue
            words = v.split()
            if not 2 <= len(words) <= 5:
                bad(where, "label %s %r has %d words, expected 2-5" % (k, v, len(words)))

        people = obj["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            people = {}
        text = "\n".join([title] + [p for p in paras if isinstance(p, str)])
        for name, forms in people.items():
            n_people += 1
            if not isinstance(name, str) or not name.strip():
                bad(where, "empty person key")
            if not isinstance(forms, list) or not forms:
                bad(where, "person %r needs a non-empty list of surface forms" % name)
                continue
            if len(set(forms)) != len(forms):
                bad(where, "person %r has duplicate surface forms" % name)
            for form in forms:
                n_forms += 1
                if not isinstance(form, str) or not form.strip():
                    bad(where, "person %r has an empty surface form" % name)
                elif form not in text:
                    bad(where, "surface form %r of %r not found verbatim in title or paragraphs"
                        % (form, name))

    if n_articles != EXPECTED_ARTICLES:
        bad("file", "has %d articles, expected %d" % (n_articles, EXPECTED_ARTICLES))
    if len(set(ids)) != len(ids):
        bad("file", "duplicate ids")

    print("articles:          %d" % n_articles)
    print("paragraphs:        %d (%d with a thread, %d null)" % (n_paras, n_paras - n_null, n_null))
    print("threads:           %d" % n_threads)
    print("resumed threads:   %d (in %d articles)" % (n_resumed, n_articles_resumed))
    print("people:            %d" % n_people)
    print("surface forms:     %d" % n_forms)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

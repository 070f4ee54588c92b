#!/usr/bin/env python3
"""Validate roundups-blind28.jsonl (standard library only).

Usage: python3 check_blind28.py [path/to/roundups-blind28.jsonl]

Checks every article for:
  - exact key order: id, source_path, title, paragraphs, threads, labels, people
  - ids roundup-blind28-001 ... roundup-blind28-018, in order, no gaps
    (counted over non-blank lines; blank lines are reported)
  - source_path == "written for storyline tests"
  - a non-empty title; 12-28 paragraphs, none empty or padded with whitespace
  - threads: one entry per paragraph, each an int or null; ids are
    0, 1, 2 ... in order of first appearance, with no gaps
  - labels: exactly one label per thread id (keys "0", "1", ...), 2-5 words
  - people: no duplicate keys; each value a non-empty list of strings; every
    surface form occurs verbatim in the title or a paragraph; no surface form
    listed twice in an article (within one person or across people)
Prints counts and exits 1 if any problem is found.
"""
import json
import os
import sys

KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
N_ARTICLES = 18
SOURCE_PATH = "written for storyline tests"
MIN_PARAS, MAX_PARAS = 12, 28


def pairs_no_dupes(pairs):
    """object_pairs_hook that keeps order and records duplicate keys."""
    seen = set()
    dupes = []
    for k, _ in pairs:
        if k in seen:
            dupes.append(k)
        seen.add(k)
    obj = dict(pairs)
    if dupes:
        obj["__duplicate_keys__"] = dupes
    return obj


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "roundups-blind28.jsonl")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(path, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()

    n_articles = n_paras = n_null = n_threads = 0
    n_resumed = n_resumed_articles = 0
    n_people = n_forms = 0
    slot = 0  # position among non-blank lines, so one bad line does not shift every later id

    for lineno, line in enumerate(raw_lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            bad(where, "blank line")
            continue
        slot += 1
        try:
            d = json.loads(line, object_pairs_hook=pairs_no_dupes)
        except json.JSONDecodeError as e:
            bad(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(d, dict):
            bad(where, "not a JSON object")
            continue
        n_articles += 1
        if "__duplicate_keys__" in d:
            bad(where, "duplicate top-level keys %r" % d.pop("__duplicate_keys__"))
        if list(d.keys()) != KEYS:
            bad(where, "keys %r, expected %r" % (list(d.keys()), KEYS))

        want_id = "roundup-blind28-%03d" % slot
        if d.get("id") != want_id:
            bad(where, "id %r, expected %r" % (d.get("id"), want_id))
        else:
            where = want_id
        if d.get("source_path") != SOURCE_PATH:
            bad(where, "source_path %r" % d.get("source_path"))

        title = d.get("title")
        if not isinstance(title, str) or not title.strip():
            bad(where, "missing or empty title")
            title = ""
        elif title != title.strip():
            bad(where, "title has leading/trailing whitespace")

        paras = d.get("paragraphs")
        if not isinstance(paras, list):
            bad(where, "paragraphs is not a list")
            paras = []
        if not (MIN_PARAS <= len(paras) <= MAX_PARAS):
            bad(where, "%d paragraphs, expected %d-%d" % (len(paras), MIN_PARAS, MAX_PARAS))
        text_ok = [title]
        for i, p in enumerate(paras):
            if not isinstance(p, str):
                bad(where, "paragraph %d is not a string" % i)
                continue
            if not p.strip():
                bad(where, "paragraph %d is empty" % i)
            elif p != p.strip():
                bad(where, "paragraph %d has leading/trailing whitespace" % i)
            if "\n" in p:
                bad(where, "paragraph %d contains a newline" % i)
            text_ok.append(p)
        n_paras += len(paras)

        threads = d.get("threads")
        if not isinstance(threads, list):
            bad(where, "threads is not a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, "threads length %d != paragraphs length %d" % (len(threads), len(paras)))
        next_id = 0
        ids_in_order = []
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, "thread %d is %r, not an int or null" % (i, t))
                continue
            if t == next_id:
                ids_in_order.append(t)
                next_id += 1
            elif t > next_id or t < 0:
                bad(where, "paragraph %d has thread %d, but the next new id should be %d"
                    % (i, t, next_id))
        n_threads += next_id

        # Resumed (non-contiguous) threads: a thread whose paragraphs form more
        # than one run once null furniture is skipped.
        seq = [t for t in threads if isinstance(t, int) and not isinstance(t, bool)]
        runs = {}
        prev = object()
        for t in seq:
            if t != prev:
                runs[t] = runs.get(t, 0) + 1
            prev = t
        resumed_here = sum(1 for r in runs.values() if r > 1)
        n_resumed += resumed_here
        if resumed_here:
            n_resumed_articles += 1

        labels = d.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels is not an object")
            labels = {}
        if "__duplicate_keys__" in labels:
            bad(where, "duplicate label keys %r" % labels.pop("__duplicate_keys__"))
        want_keys = [str(i) for i in range(next_id)]
        if list(labels.keys()) != want_keys:
            bad(where, "label keys %r, expected %r" % (list(labels.keys()), want_keys))
        for k, v in labels.items():
            if not isinstance(v, str):
                bad(where, "label %s is not a string" % k)
                continue
            nw = len(v.split())
            if not (2 <= nw <= 5):
                bad(where, "label %s %r has %d words, expected 2-5" % (k, v, nw))

        people = d.get("people")
        if not isinstance(people, dict):
            bad(where, "people is not an object")
            people = {}
        if "__duplicate_keys__" in people:
            bad(where, "duplicate people keys %r" % people.pop("__duplicate_keys__"))
        seen_forms = {}
        for key, forms in people.items():
            n_people += 1
            if not key.strip():
                bad(where, "empty people key")
            if not isinstance(forms, list) or not forms:
                bad(where, "people[%r] is not a non-empty list" % key)
                continue
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    bad(where, "people[%r] has an empty or non-string form %r" % (key, form))
                    continue
                n_forms += 1
                if form in seen_forms:
                    bad(where, "surface form %r listed twice (%r and %r)"
                        % (form, seen_forms[form], key))
                else:
                    seen_forms[form] = key
                if not any(form in t for t in text_ok):
                    bad(where, "surface form %r (people[%r]) not found in title or paragraphs"
                        % (form, key))

    if n_articles != N_ARTICLES:
        bad("file", "%d articles, expected %d" % (n_articles, N_ARTICLES))

    print("file: %s" % path)
    print("articles: %d" % n_articles)
    print("paragraphs: %d (%d with a thread, %d null)" % (n_paras, n_paras - n_null, n_null))
    print("threads: %d" % n_threads)
    print("resumed (non-contiguous) threads: %d in %d articles" % (n_resumed, n_resumed_articles))
    print("people entries: %d" % n_people)
    print("surface forms: %d" % n_forms)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

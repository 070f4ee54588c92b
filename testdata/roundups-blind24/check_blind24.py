#!/usr/bin/env python3
"""Validate roundups-blind24.jsonl (stdlib only).

Checks every article for: key order, id sequence, source_path, a non-empty
title, non-empty trimmed paragraphs (8 to 22 per article), one thread entry
per paragraph, thread ids 0, 1, 2 ... in order of first appearance, a 2-5
word label for every thread id (and no others), and a people map whose
surface forms all occur verbatim in the title or the paragraphs.

Prints counts and exits 1 if anything is wrong.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "roundups-blind24.jsonl")
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
N_ARTICLES = 18
MIN_PARAS, MAX_PARAS = 8, 22


def resumed_threads(threads):
    """Thread ids that appear, give way to another thread, then appear again.

    Null (furniture) paragraphs are ignored: a caption between two paragraphs
    of the same thread does not make it non-contiguous.
    """
    seq = [t for t in threads if t is not None]
    seen_closed = set()
    resumed = set()
    prev = None
    for t in seq:
        if t != prev:
            if t in seen_closed:
                resumed.add(t)
            if prev is not None:
                seen_closed.add(prev)
        prev = t
    return resumed


def main():
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    if not os.path.exists(DATA):
        print(f"missing {DATA}")
        return 1

    articles = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad(f"line {n}", "blank line")
                continue
            try:
                articles.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"line {n}", f"invalid JSON: {e}")

    if len(articles) != N_ARTICLES:
        bad("file", f"expected {N_ARTICLES} articles, found {len(articles)}")

    n_paras = n_null = n_threads = n_resumed = n_resumed_articles = 0
    n_people = n_forms = 0

    for i, a in enumerate(articles, 1):
        want_id = f"roundup-blind24-{i:03d}"
        where = a.get("id", f"article {i}") if isinstance(a, dict) else f"article {i}"
        if not isinstance(a, dict):
            bad(where, "not a JSON object")
            continue
        if list(a.keys()) != KEYS:
            bad(where, f"keys {list(a.keys())} != {KEYS}")
            continue
        if a["id"] != want_id:
            bad(where, f"id should be {want_id}")
        if a["source_path"] != SOURCE_PATH:
            bad(where, f"source_path should be {SOURCE_PATH!r}")
        title = a["title"]
        if not isinstance(title, str) or not title.strip():
            bad(where, "empty or non-string title")
            title = ""

        paras = a["paragraphs"]
        threads = a["threads"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        for j, p in enumerate(paras):
            if not p.strip():
                bad(where, f"paragraph {j} is empty")
            elif p != p.strip():
                bad(where, f"paragraph {j} has leading/trailing whitespace")
        if not MIN_PARAS <= len(paras) <= MAX_PARAS:
            bad(where, f"{len(paras)} paragraphs, want {MIN_PARAS}-{MAX_PARAS}")
        if not isinstance(threads, list) or len(threads) != len(paras):
            bad(where, "threads must be a list as long as paragraphs")
            continue
        ok_types = True
        for j, t in enumerate(threads):
            if t is not None and (not isinstance(t, int) or isinstance(t, bool) or t < 0):
                bad(where, f"thread entry {j} is {t!r}, want a non-negative int or null")
                ok_types = False
        if not ok_types:
            continue

        order = []
        for t in threads:
            if t is not None and t not in order:
                order.append(t)
        if order != list(range(len(order))):
            bad(where, f"thread ids in first-appearance order are {order}, want 0..{len(order) - 1}")
        if len(order) < 2:
            bad(where, "a round-up needs at least two threads")

        labels = a["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want_keys = [str(t) for t in range(len(order))]
            if sorted(labels.keys(), key=lambda k: (len(k), k)) != want_keys:
                bad(where, f"label keys {list(labels.keys())} != {want_keys}")
            for k, v in labels.items():
                if not isinstance(v, str) or not 2 <= len(v.split()) <= 5:
                    bad(where, f"label {k} {v!r} must have 2-5 words")

        people = a["people"]
        text = [title] + paras
        if not isinstance(people, dict):
            bad(where, "people must be an object")
        else:
            for name, forms in people.items():
                if not name.strip():
                    bad(where, "empty people key")
                if not isinstance(forms, list) or not forms:
                    bad(where, f"{name}: forms must be a non-empty list")
                    continue
                if len(set(forms)) != len(forms):
                    bad(where, f"{name}: duplicate surface forms")
                for form in forms:
                    if not isinstance(form, str) or not form.strip():
                        bad(where, f"{name}: empty surface form")
                    elif not any(form in s for s in text):
                        bad(where, f"{name}: surface form {form!r} not found verbatim")
                n_forms += len(forms)
            n_people += len(people)

        n_paras += len(paras)
        n_null += sum(1 for t in threads if t is None)
        n_threads += len(order)
        r = resumed_threads(threads)
        n_resumed += len(r)
        if r:
            n_resumed_articles += 1

    print(f"articles: {len(articles)}")
    print(f"paragraphs: {n_paras} ({n_paras - n_null} with a thread, {n_null} null)")
    print(f"threads: {n_threads}")
    print(f"resumed (non-contiguous) threads: {n_resumed} in {n_resumed_articles} articles")
    print(f"people entries: {n_people}")
    print(f"surface forms: {n_forms}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

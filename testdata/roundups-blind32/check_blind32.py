#!/usr/bin/env python3
"""Validate roundups-blind32.jsonl (standard library only).

Usage:  python3 check_blind32.py [path/to/roundups-blind32.jsonl]

Checks the format rules described in SOURCE.md, prints counts, and exits
with status 1 if any problem is found.
"""
import json
import os
import sys

EXPECTED_KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
EXPECTED_ARTICLES = 16
SOURCE_PATH = "written for storyline tests"
MIN_PARAS, MAX_PARAS = 12, 24
MIN_THREADS, MAX_THREADS = 2, 6
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 2, 5


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "roundups-blind32.jsonl")
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    try:
        with open(path, encoding="utf-8") as fh:
            raw_lines = fh.read().split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {path}: {exc}")
        return 1
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()

    n_articles = n_paras = n_null = n_threads = n_resumed = n_people = n_forms = 0

    for lineno, line in enumerate(raw_lines, 1):
        where = f"line {lineno}"
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            bad(where, f"invalid JSON: {exc}")
            continue
        if not isinstance(art, dict):
            bad(where, "not a JSON object")
            continue
        n_articles += 1
        expected_id = f"roundup-blind32-{lineno:03d}"
        where = f"line {lineno} ({art.get('id', '?')})"

        # key order
        if list(art.keys()) != EXPECTED_KEYS:
            bad(where, f"keys are {list(art.keys())}, expected {EXPECTED_KEYS} in that order")
            if not all(k in art for k in EXPECTED_KEYS):
                continue

        if art["id"] != expected_id:
            bad(where, f"id should be {expected_id}")
        if art["source_path"] != SOURCE_PATH:
            bad(where, f"source_path should be {SOURCE_PATH!r}")

        title = art["title"]
        if not isinstance(title, str) or not title.strip():
            bad(where, "empty title")
            title = ""
        elif title != title.strip():
            bad(where, "title has leading/trailing whitespace")
        if "'" in title or "\u2019" in title:
            bad(where, "title contains an apostrophe (the scraper drops them)")

        paras = art["paragraphs"]
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            bad(where, "paragraphs must be a list of strings")
            continue
        if not (MIN_PARAS <= len(paras) <= MAX_PARAS):
            bad(where, f"{len(paras)} paragraphs (need {MIN_PARAS}-{MAX_PARAS})")
        for i, p in enumerate(paras):
            if not p.strip():
                bad(where, f"paragraph {i} is empty")
            elif p != p.strip():
                bad(where, f"paragraph {i} has leading/trailing whitespace")
            if "\n" in p:
                bad(where, f"paragraph {i} contains a line break")
        n_paras += len(paras)

        # threads
        threads = art["threads"]
        if not isinstance(threads, list) or len(threads) != len(paras):
            bad(where, "threads must have exactly one entry per paragraph")
            continue
        seen = []
        for i, t in enumerate(threads):
            if t is None:
                n_null += 1
                continue
            if not isinstance(t, int) or isinstance(t, bool) or t < 0:
                bad(where, f"thread entry {i} is {t!r}, not a non-negative integer or null")
                continue
            if t not in seen:
                if t != len(seen):
                    bad(where, f"paragraph {i}: thread {t} first appears before thread {len(seen)}")
                seen.append(t)
        if not (MIN_THREADS <= len(seen) <= MAX_THREADS):
            bad(where, f"{len(seen)} threads (need {MIN_THREADS}-{MAX_THREADS})")
        n_threads += len(seen)

        # resumed (non-contiguous) threads: a thread that appears in more
        # than one run once null paragraphs are skipped
        runs = {}
        prev = object()
        for t in threads:
            if t is None:
                continue
            if t != prev:
                runs[t] = runs.get(t, 0) + 1
            prev = t
        n_resumed += sum(1 for t, r in runs.items() if r > 1)

        # labels
        labels = art["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            want = {str(t) for t in seen}
            for k in want - set(labels):
                bad(where, f"thread {k} has no label")
            for k in set(labels) - want:
                bad(where, f"label {k!r} has no thread")
            if list(labels) != sorted(labels, key=lambda k: int(k) if k.isdigit() else -1):
                bad(where, "labels are not in thread-id order")
            for k, v in labels.items():
                if not isinstance(v, str) or v != v.strip():
                    bad(where, f"label {k} is not a trimmed string")
                    continue
                nw = len(v.split())
                if not (MIN_LABEL_WORDS <= nw <= MAX_LABEL_WORDS):
                    bad(where, f"label {k} {v!r} has {nw} words (need {MIN_LABEL_WORDS}-{MAX_LABEL_WORDS})")

        # people
        people = art["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            continue
        text = "\n".join([title] + paras)
        forms_seen = {}
        for key, forms in people.items():
            if not key.strip() or key != key.strip():
                bad(where, f"people key {key!r} is empty or padded")
            if not isinstance(forms, list) or not forms:
                bad(where, f"{key!r} has no surface forms")
                continue
            n_people += 1
            for f in forms:
                if not isinstance(f, str) or not f.strip() or f != f.strip():
                    bad(where, f"{key!r} has an empty or padded form {f!r}")
                    continue
                n_forms += 1
                if f in forms_seen:
                    bad(where, f"form {f!r} listed twice (under {forms_seen[f]!r} and {key!r})")
                forms_seen.setdefault(f, key)
                if f not in text:
                    bad(where, f"form {f!r} of {key!r} does not occur in title or paragraphs")

    if n_articles != EXPECTED_ARTICLES:
        bad("file", f"{n_articles} articles, expected {EXPECTED_ARTICLES}")

    print(f"articles:          {n_articles}")
    print(f"paragraphs:        {n_paras}")
    print(f"null paragraphs:   {n_null}")
    print(f"threads:           {n_threads}")
    print(f"resumed threads:   {n_resumed}")
    print(f"people:            {n_people}")
    print(f"surface forms:     {n_forms}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Validate roundups-blind13.jsonl (stdlib only) and print its counts.

Usage: python3 check_blind13.py [--table] [path/to/roundups-blind13.jsonl]
Exit status 1 if any error is found; warnings do not fail the check.
"""
import json
import os
import re
import sys

PREFIX = "roundup-blind13-"
N_ARTICLES = 16
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
SOURCE_PATH = "written for storyline tests"
HONORIFICS = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\b")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(here, "roundups-blind13.jsonl")
    errors, warnings = [], []

    def err(aid, msg):
        errors.append(f"{aid}: {msg}")

    def warn(aid, msg):
        warnings.append(f"{aid}: {msg}")

    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"ERROR: not UTF-8: {e}")
        return 1
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    table = []
    counts = dict(articles=0, paragraphs=0, null_paragraphs=0, threads=0,
                  noncontiguous_threads=0, articles_with_noncontiguous=0,
                  people=0, surface_forms=0)
    seen_ids = []
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            err(f"line {ln}", "blank line")
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}", f"bad JSON: {e}")
            continue
        aid = a.get("id", f"line {ln}")
        if list(a.keys()) != KEYS:
            err(aid, f"keys are {list(a.keys())}, expected {KEYS}")
            continue
        seen_ids.append(aid)
        counts["articles"] += 1
        if a["source_path"] != SOURCE_PATH:
            err(aid, f"source_path is {a['source_path']!r}")
        title, paras, threads = a["title"], a["paragraphs"], a["threads"]
        labels, people = a["labels"], a["people"]
        if not isinstance(title, str) or not title.strip() or title != title.strip():
            err(aid, "title empty or not trimmed")

        # paragraphs
        if not isinstance(paras, list) or not all(isinstance(p, str) for p in paras):
            err(aid, "paragraphs must be a list of strings")
            continue
        for i, p in enumerate(paras):
            if not p.strip():
                err(aid, f"paragraph {i} is blank")
            elif p != p.strip():
                err(aid, f"paragraph {i} has leading/trailing whitespace")
            if "\n" in p:
                err(aid, f"paragraph {i} contains a newline")
        if not 15 <= len(paras) <= 35:
            err(aid, f"{len(paras)} paragraphs (want 15-35)")
        counts["paragraphs"] += len(paras)

        # threads
        if not isinstance(threads, list) or len(threads) != len(paras):
            err(aid, f"threads has {len(threads) if isinstance(threads, list) else '?'} entries for {len(paras)} paragraphs")
            continue
        order = []
        for i, t in enumerate(threads):
            if t is None:
                counts["null_paragraphs"] += 1
                continue
            if not isinstance(t, int) or isinstance(t, bool) or t < 0:
                err(aid, f"paragraph {i}: bad thread id {t!r}")
                continue
            if t not in order:
                if t != len(order):
                    err(aid, f"paragraph {i}: thread {t} first appears before thread {len(order)} (ids must be 0,1,2... in first-appearance order)")
                order.append(t)
        n_threads = len(order)
        counts["threads"] += n_threads
        if not 3 <= n_threads <= 9:
            err(aid, f"{n_threads} threads (want 3-9)")
        # non-contiguous: a thread whose paragraphs are interrupted by another thread (nulls ignored)
        seq = [t for t in threads if t is not None]
        runs = [t for i, t in enumerate(seq) if i == 0 or seq[i - 1] != t]
        nonc = sorted({t for t in runs if runs.count(t) > 1})
        table.append((aid, len(paras), n_threads, threads.count(None), len(nonc), len(people)))
        counts["noncontiguous_threads"] += len(nonc)
        if nonc:
            counts["articles_with_noncontiguous"] += 1

        # labels
        want = {str(t) for t in order}
        if set(labels) != want:
            err(aid, f"label keys {sorted(labels)} != thread ids {sorted(want)}")
        for k, v in labels.items():
            if not isinstance(v, str) or not 2 <= len(v.split()) <= 5:
                err(aid, f"label {k} {v!r} is not 2-5 words")

        # people
        haystack = title + "\n" + "\n".join(paras)
        counts["people"] += len(people)
        for key, forms in people.items():
            if not isinstance(forms, list) or not forms:
                err(aid, f"people[{key!r}] must be a non-empty list")
                continue
            if key != key.strip() or "\u00a0" in key:
                err(aid, f"people key {key!r} has stray whitespace or a no-break space")
            if HONORIFICS.match(key):
                # allowed only for people named by a title alone ("Lord O'Neill");
                # warn if some surface form gives a fuller name than the key
                bare_len = len(HONORIFICS.sub("", key).split())
                if any(len(HONORIFICS.sub("", f).split()) > bare_len for f in forms):
                    warn(aid, f"people key {key!r} starts with an honorific but a fuller name is used")
            if len(set(forms)) != len(forms):
                err(aid, f"people[{key!r}] has duplicate surface forms")
            for form in forms:
                counts["surface_forms"] += 1
                if form not in haystack:
                    err(aid, f"surface form {form!r} ({key}) not found verbatim in title or paragraphs")
                elif re.fullmatch(r"(?:[A-Z]\.)+", form):
                    err(aid, f"surface form {form!r} is initials only")
        # a surface form listed for two different people
        owner = {}
        for key, forms in people.items():
            for form in forms:
                if form in owner and owner[form] != key:
                    err(aid, f"surface form {form!r} listed for both {owner[form]!r} and {key!r}")
                owner[form] = key

    # ids
    expected = [f"{PREFIX}{i:03d}" for i in range(1, N_ARTICLES + 1)]
    if seen_ids != expected:
        err("file", f"ids are not {expected[0]}..{expected[-1]} in order: {seen_ids}")

    if "--table" in sys.argv:
        print("| id | paras | threads | null | non-contiguous | people |")
        print("| --- | --- | --- | --- | --- | --- |")
        for row in table:
            print("| " + " | ".join(str(x) for x in row) + " |")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"articles: {counts['articles']}")
    print(f"paragraphs: {counts['paragraphs']} ({counts['paragraphs'] - counts['null_paragraphs']} with a thread, {counts['null_paragraphs']} null)")
    print(f"threads: {counts['threads']}")
    print(f"non-contiguous threads: {counts['noncontiguous_threads']} (in {counts['articles_with_noncontiguous']} articles)")
    print(f"people: {counts['people']} (per article, not deduplicated)")
    print(f"surface forms: {counts['surface_forms']}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

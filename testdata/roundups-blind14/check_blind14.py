#!/usr/bin/env python3
"""Validate roundups-blind14.jsonl (stdlib only) and print its counts.

Usage: python3 check_blind14.py [path/to/roundups-blind14.jsonl]
Exit status is 1 if any problem is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "roundups-blind14.jsonl")
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]

problems = []


def bad(aid, msg):
    problems.append(f"{aid}: {msg}")


n_articles = n_paras = n_null = n_threads = n_noncontig = n_people = n_forms = 0
with open(PATH, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()

for lineno, line in enumerate(lines, 1):
    try:
        a = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"line {lineno}: not JSON ({e})")
        continue
    aid = a.get("id", f"line {lineno}")
    n_articles += 1

    # shape
    if list(a.keys()) != KEYS:
        bad(aid, f"keys are {list(a.keys())}, expected {KEYS}")
    want_id = f"roundup-blind14-{lineno:03d}"
    if a.get("id") != want_id:
        bad(aid, f"id should be {want_id} (ids must be contiguous)")
    if a.get("source_path") != "written for storyline tests":
        bad(aid, "source_path must be 'written for storyline tests'")
    title = a.get("title", "")
    if not isinstance(title, str) or not title.strip():
        bad(aid, "empty title")
    paras = a.get("paragraphs", [])
    threads = a.get("threads", [])
    labels = a.get("labels", {})
    people = a.get("people", {})

    # paragraphs
    for i, p in enumerate(paras):
        if not isinstance(p, str) or not p.strip():
            bad(aid, f"paragraph {i} is empty")
        elif p != p.strip():
            bad(aid, f"paragraph {i} has leading/trailing whitespace")
        elif "\n\n" in p:
            bad(aid, f"paragraph {i} contains a blank line")
    if len(threads) != len(paras):
        bad(aid, f"{len(threads)} thread entries for {len(paras)} paragraphs")

    # thread ids: ints or null, first-appearance order 0,1,2...
    seen = []
    for i, t in enumerate(threads):
        if t is None:
            continue
        if not isinstance(t, int) or isinstance(t, bool) or t < 0:
            bad(aid, f"paragraph {i}: thread {t!r} is not a non-negative int or null")
            continue
        if t not in seen:
            if t != len(seen):
                bad(aid, f"paragraph {i}: thread {t} first appears out of order (expected {len(seen)})")
            seen.append(t)
    ids = sorted(set(seen))

    # labels
    if sorted(labels.keys(), key=lambda k: int(k) if k.isdigit() else -1) != [str(t) for t in ids]:
        bad(aid, f"label keys {sorted(labels)} do not match thread ids {ids}")
    for k, v in labels.items():
        if not isinstance(v, str) or not (2 <= len(v.split()) <= 5):
            bad(aid, f"label {k} {v!r} is not 2-5 words")

    # non-contiguous threads: a thread that has more than one run once nulls are ignored
    runs = [t for t in threads if t is not None]
    collapsed = [t for j, t in enumerate(runs) if j == 0 or runs[j - 1] != t]
    noncontig = {t for t in collapsed if collapsed.count(t) > 1}

    # people: every surface form occurs verbatim in title or paragraphs
    text = "\n".join([title] + [p for p in paras if isinstance(p, str)])
    for key, forms in people.items():
        if not isinstance(forms, list) or not forms:
            bad(aid, f"person {key!r} has no surface forms")
            continue
        if len(set(forms)) != len(forms):
            bad(aid, f"person {key!r} has duplicate surface forms")
        for f in forms:
            if f not in text:
                bad(aid, f"surface form {f!r} of {key!r} not found verbatim")
            elif not re.search(r"(?<![\w-])" + re.escape(f) + r"(?![\w-])", text):
                bad(aid, f"surface form {f!r} of {key!r} occurs only inside a longer word")
        for hon in ("Sir ", "Dame ", "Lady ", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Cllr ", "Councillor "):
            if key.startswith(hon):
                bad(aid, f"person key {key!r} should not carry an honorific")

    n_paras += len(paras)
    n_null += sum(1 for t in threads if t is None)
    n_threads += len(ids)
    n_noncontig += len(noncontig)
    n_people += len(people)
    n_forms += sum(len(v) for v in people.values() if isinstance(v, list))

print(f"articles: {n_articles}")
print(f"paragraphs: {n_paras}")
print(f"null paragraphs: {n_null}")
print(f"threads: {n_threads}")
print(f"non-contiguous threads: {n_noncontig}")
print(f"people: {n_people}")
print(f"surface forms: {n_forms}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")

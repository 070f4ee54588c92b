#!/usr/bin/env python3
"""Validate roundups-blind23.jsonl (stdlib only).

Checks, per article:
  * the keys are exactly id, source_path, title, paragraphs, threads, labels, people, in that order;
  * ids run roundup-blind23-001 ... roundup-blind23-016 with no gaps;
  * source_path is "written for storyline tests";
  * title and every paragraph are non-empty strings with no leading/trailing whitespace;
  * threads has one entry per paragraph, each an int or null;
  * thread ids are 0, 1, 2 ... in order of first appearance;
  * labels has exactly one entry per thread id (keys "0", "1", ...), each 2-5 words;
  * people maps a non-empty key to a non-empty list of distinct surface forms, each of which
    occurs verbatim in the title or in a paragraph.
Prints counts and exits 1 if any problem is found.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "roundups-blind23.jsonl")
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]
N_ARTICLES = 16
SOURCE_PATH = "written for storyline tests"


def main():
    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    if not os.path.exists(PATH):
        print(f"missing file: {PATH}")
        return 1

    with open(PATH, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()

    n_par = n_null = n_threads = n_people = n_forms = 0
    resumed_total = 0
    resumed_articles = 0
    expected_ids = [f"roundup-blind23-{i:03d}" for i in range(1, N_ARTICLES + 1)]
    seen_ids = []

    for ln, line in enumerate(raw_lines, 1):
        where = f"line {ln}"
        if not line.strip():
            bad(where, "blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad(where, f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            bad(where, "not a JSON object")
            continue
        if list(obj.keys()) != KEYS:
            bad(where, f"keys/order {list(obj.keys())} != {KEYS}")
            continue
        aid = obj["id"]
        where = f"line {ln} ({aid})"
        seen_ids.append(aid)
        if obj["source_path"] != SOURCE_PATH:
            bad(where, f"source_path {obj['source_path']!r}")
        title = obj["title"]
        if not isinstance(title, str) or not title or title != title.strip():
            bad(where, "title empty, not a string, or has outer whitespace")
            title = title if isinstance(title, str) else ""

        paras = obj["paragraphs"]
        threads = obj["threads"]
        if not isinstance(paras, list) or not paras:
            bad(where, "paragraphs must be a non-empty list")
            paras = []
        for i, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip():
                bad(where, f"paragraph {i} empty or not a string")
            elif p != p.strip():
                bad(where, f"paragraph {i} has leading/trailing whitespace")
        if not isinstance(threads, list):
            bad(where, "threads must be a list")
            threads = []
        if len(threads) != len(paras):
            bad(where, f"threads length {len(threads)} != paragraphs length {len(paras)}")

        order = []
        for i, t in enumerate(threads):
            if t is None:
                continue
            if isinstance(t, bool) or not isinstance(t, int):
                bad(where, f"thread entry {i} is {t!r}, not int or null")
                continue
            if t not in order:
                if t != len(order):
                    bad(where, f"thread id {t} at paragraph {i} is out of first-appearance order (expected {len(order)})")
                order.append(t)
        ids = sorted(set(t for t in threads if isinstance(t, int) and not isinstance(t, bool)))

        # resumed (non-contiguous) threads: ignoring null furniture, the thread
        # appears, another thread appears, then the first thread appears again
        seq = [t for t in threads if isinstance(t, int) and not isinstance(t, bool)]
        runs = []
        for t in seq:
            if not runs or runs[-1] != t:
                runs.append(t)
        resumed = sorted(t for t in set(runs) if runs.count(t) > 1)
        resumed_total += len(resumed)
        if resumed:
            resumed_articles += 1

        labels = obj["labels"]
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
            labels = {}
        want = [str(t) for t in ids]
        if sorted(labels.keys(), key=lambda k: (len(k), k)) != want:
            bad(where, f"label keys {list(labels.keys())} != thread ids {want}")
        for k, v in labels.items():
            if not isinstance(v, str) or not (2 <= len(v.split()) <= 5):
                bad(where, f"label {k} {v!r} is not 2-5 words")

        people = obj["people"]
        if not isinstance(people, dict):
            bad(where, "people must be an object")
            people = {}
        texts = [title] + [p for p in paras if isinstance(p, str)]
        for key, forms in people.items():
            if not isinstance(key, str) or not key.strip() or key != key.strip():
                bad(where, f"bad people key {key!r}")
            if not isinstance(forms, list) or not forms:
                bad(where, f"people[{key!r}] must be a non-empty list")
                continue
            if len(set(forms)) != len(forms):
                bad(where, f"people[{key!r}] has duplicate surface forms")
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    bad(where, f"people[{key!r}] has an empty surface form")
                    continue
                if not any(form in t for t in texts):
                    bad(where, f"surface form {form!r} of {key!r} not found verbatim in title or paragraphs")
            n_forms += len(forms)
        n_people += len(people)

        n_par += len(paras)
        n_null += sum(1 for t in threads if t is None)
        n_threads += len(ids)

    if seen_ids != expected_ids:
        bad("file", f"ids {seen_ids} != expected {expected_ids[0]} ... {expected_ids[-1]} in order")

    size = os.path.getsize(PATH)
    print(f"file: {os.path.basename(PATH)} ({size} bytes, {size / 1024:.1f} KB)")
    print(f"articles: {len(seen_ids)}")
    print(f"paragraphs: {n_par} ({n_par - n_null} with a thread, {n_null} null)")
    print(f"threads: {n_threads}")
    print(f"resumed (non-contiguous) threads: {resumed_total} in {resumed_articles} articles")
    print(f"people entries: {n_people}")
    print(f"surface forms: {n_forms}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate roundups-blind16.jsonl (stdlib only). Prints counts; exits 1 on any problem."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "roundups-blind16.jsonl")
KEYS = ["id", "source_path", "title", "paragraphs", "threads", "labels", "people"]

def main():
    errs = []
    n_art = n_par = n_null = n_thr = n_noncontig = n_people = n_forms = 0
    with open(PATH, encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON: %s" % (i, e)); continue
        aid = d.get("id", "?")
        if list(d.keys()) != KEYS:
            errs.append("%s: keys %s" % (aid, list(d.keys())))
        if aid != "roundup-blind16-%03d" % i:
            errs.append("%s: expected id roundup-blind16-%03d" % (aid, i))
        if d.get("source_path") != "written for storyline tests":
            errs.append("%s: source_path" % aid)
        paras, threads, labels, people = d["paragraphs"], d["threads"], d["labels"], d["people"]
        if len(paras) != len(threads):
            errs.append("%s: %d paragraphs but %d threads" % (aid, len(paras), len(threads)))
        for j, p in enumerate(paras):
            if not isinstance(p, str) or not p.strip() or p != p.strip():
                errs.append("%s: paragraph %d empty or untrimmed" % (aid, j))
        ids = [t for t in threads if t is not None]
        if any(not isinstance(t, int) or isinstance(t, bool) for t in ids):
            errs.append("%s: non-integer thread id" % aid)
        order = []
        for t in ids:
            if t not in order:
                order.append(t)
        if order != list(range(len(order))):
            errs.append("%s: thread ids not 0..n-1 in first-appearance order: %s" % (aid, order))
        if sorted(labels.keys(), key=int) != [str(t) for t in range(len(order))]:
            errs.append("%s: labels keys %s do not match threads" % (aid, list(labels)))
        for k, v in labels.items():
            if not isinstance(v, str) or not (2 <= len(v.split()) <= 5):
                errs.append("%s: label %s not 2-5 words: %r" % (aid, k, v))
        # non-contiguous threads (ignoring null paragraphs in between)
        seq = [t for t in threads if t is not None]
        runs = [t for k, t in enumerate(seq) if k == 0 or seq[k - 1] != t]
        nc = sum(1 for t in order if runs.count(t) > 1)
        text = d["title"] + "\n" + "\n".join(paras)
        for name, forms in people.items():
            if not forms or len(set(forms)) != len(forms):
                errs.append("%s: %s: empty or duplicate forms" % (aid, name))
            for f in forms:
                if f not in text:
                    errs.append("%s: %s: surface form %r not found" % (aid, name, f))
            if re.match(r"(Sir|Lady|Lord|Mr|Mrs|Ms|Miss|Dr|Professor) ", name) and name not in forms:
                errs.append("%s: key %r has an honorific" % (aid, name))
        n_art += 1; n_par += len(paras); n_null += threads.count(None)
        n_thr += len(order); n_noncontig += nc
        n_people += len(people); n_forms += sum(len(v) for v in people.values())
        print("%s  paras=%2d threads=%d null=%d noncontig=%d people=%d" % (
            aid, len(paras), len(order), threads.count(None), nc, len(people)))
    print("articles=%d paragraphs=%d null_paragraphs=%d threads=%d noncontiguous_threads=%d people=%d surface_forms=%d" % (
        n_art, n_par, n_null, n_thr, n_noncontig, n_people, n_forms))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())

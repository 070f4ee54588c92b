#!/usr/bin/env python3
"""Validate roundups-blind15.jsonl (stdlib only) and print counts.

Checks: ids contiguous (roundup-blind15-001 ...), required keys, one thread
entry per paragraph, thread ids integers numbered 0,1,2... in order of first
appearance, a 2-5 word label for every thread id and no extra labels, every
people surface form occurs verbatim in the title or a paragraph.
Exit status 1 if anything is flagged.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'roundups-blind15.jsonl')
KEYS = ['id', 'source_path', 'title', 'paragraphs', 'threads', 'labels', 'people']


def main():
    problems = []
    arts = []
    with open(PATH, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f'line {n}: blank line')
                continue
            try:
                arts.append(json.loads(line))
            except ValueError as e:
                problems.append(f'line {n}: bad JSON: {e}')
    paras = nulls = threads = noncontig = people = forms = 0
    for i, a in enumerate(arts, 1):
        want = f'roundup-blind15-{i:03d}'
        aid = a.get('id')
        if aid != want:
            problems.append(f'{aid}: expected id {want}')
        if list(a.keys()) != KEYS:
            problems.append(f'{aid}: keys {list(a.keys())}')
        if a.get('source_path') != 'written for storyline tests':
            problems.append(f'{aid}: source_path')
        ps, ts = a['paragraphs'], a['threads']
        if len(ps) != len(ts):
            problems.append(f'{aid}: {len(ps)} paragraphs but {len(ts)} thread entries')
        for j, p in enumerate(ps):
            if not isinstance(p, str) or not p.strip() or p != p.strip():
                problems.append(f'{aid}: paragraph {j} empty or untrimmed')
        seen = []
        for j, t in enumerate(ts):
            if t is None:
                continue
            if not isinstance(t, int) or isinstance(t, bool):
                problems.append(f'{aid}: thread entry {j} is {t!r}')
                continue
            if t not in seen:
                if t != len(seen):
                    problems.append(f'{aid}: thread {t} first appears at paragraph {j}, expected {len(seen)}')
                seen.append(t)
        labels = a['labels']
        for t in seen:
            lab = labels.get(str(t))
            if not lab:
                problems.append(f'{aid}: no label for thread {t}')
            elif not 2 <= len(lab.split()) <= 5:
                problems.append(f'{aid}: label {lab!r} not 2-5 words')
        extra = set(labels) - {str(t) for t in seen}
        if extra:
            problems.append(f'{aid}: labels without paragraphs {sorted(extra)}')
        # non-contiguous threads: the thread resumes after another thread
        for t in seen:
            idx = [j for j, x in enumerate(ts) if x == t]
            between = [x for x in ts[idx[0]:idx[-1] + 1] if x is not None and x != t]
            if between:
                noncontig += 1
        text = '\n'.join([a['title']] + ps)
        for name, vals in a['people'].items():
            if not vals:
                problems.append(f'{aid}: {name} has no surface forms')
            if len(set(vals)) != len(vals):
                problems.append(f'{aid}: {name} has duplicate forms')
            for v in vals:
                if v not in text:
                    problems.append(f'{aid}: form {v!r} of {name} not found')
        paras += len(ps)
        nulls += sum(1 for t in ts if t is None)
        threads += len(seen)
        people += len(a['people'])
        forms += sum(len(v) for v in a['people'].values())
    print(f'articles: {len(arts)}')
    print(f'paragraphs: {paras} ({paras - nulls} with a thread, {nulls} null)')
    print(f'threads: {threads} ({noncontig} non-contiguous)')
    print(f'people: {people} entries, {forms} surface forms')
    if problems:
        print(f'{len(problems)} problem(s):')
        for p in problems:
            print('  ' + p)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())

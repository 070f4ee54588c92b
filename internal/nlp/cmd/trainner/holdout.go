package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// holdout is a -holdout K/N request: fold K (0-based) of N, the folds
// being the -train file's documents dealt out after a seeded shuffle.
type holdout struct {
	k, n int
	seed uint64
}

// parseHoldout reads "K/N".
func parseHoldout(s string, seed uint64) (holdout, error) {
	a, b, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 2 || k < 0 || k >= n {
		return holdout{}, fmt.Errorf("-holdout %q: want K/N with 0 <= K < N, N >= 2", s)
	}
	return holdout{k: k, n: n, seed: seed}, nil
}

// split writes the documents of the CoNLL file at path into two files in
// dir: rest (the other folds, in file order) and held (fold h.k, in file
// order), and returns their paths.
func (h holdout) split(path, dir string) (rest, held string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", err
	}
	docs, err := nlp.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", path, err)
	}
	if len(docs) < h.n {
		return "", "", fmt.Errorf("%s: %d documents, fewer than %d folds", path, len(docs), h.n)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(h.seed, 0x401d))
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fold := make([]int, len(docs))
	for pos, d := range order {
		fold[d] = pos % h.n
	}
	var in, out []nlp.CoNLLDocument
	for i, d := range docs {
		if fold[i] == h.k {
			out = append(out, d)
		} else {
			in = append(in, d)
		}
	}
	rest = filepath.Join(dir, "rest.conll")
	held = filepath.Join(dir, fmt.Sprintf("heldout-fold-%d-of-%d.conll", h.k, h.n))
	if err := writeCoNLL(rest, in); err != nil {
		return "", "", err
	}
	return rest, held, writeCoNLL(held, out)
}

// writeCoNLL writes documents in the CoNLL column format they were read in.
func writeCoNLL(path string, docs []nlp.CoNLLDocument) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, d := range docs {
		if d.DocStart != "" {
			fmt.Fprintf(w, "%s\n\n", d.DocStart)
		}
		for _, s := range d.Sentences {
			for _, l := range s.Lines {
				fmt.Fprintln(w, l.Raw)
			}
			fmt.Fprintln(w)
		}
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

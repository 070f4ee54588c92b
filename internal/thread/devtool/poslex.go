package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// poslex writes the part-of-speech lexicon that labels read
// (internal/thread/label_pos.txt) from CoNLL-2003 files, whose lines are
// "word POS chunk NER": for every word written in lower case, letters
// and hyphens only, how often the files tag it as a noun (NN, NNS), a
// verb (VB…), an adjective (JJ…) and an adverb (RB…). Words seen fewer
// than min times, and words never tagged with one of these classes
// (function words), are left out. Only counts are written: no text.
//
//	go run ./internal/thread/devtool poslex [-min 2] eng.train … > internal/thread/label_pos.txt
func poslex(args []string) error {
	fs := flag.NewFlagSet("poslex", flag.ContinueOnError)
	minCount := fs.Int("min", 2, "fewest uses of a word")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("usage: devtool poslex [-min N] FILE…")
	}
	counts := map[string]*[5]int{} // noun verb adjective adverb other
	tokens := 0
	for _, path := range fs.Args() {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		err = countTags(f, counts, &tokens)
		f.Close()
		if err != nil {
			return err
		}
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		n := c[0] + c[1] + c[2] + c[3] + c[4]
		if n >= *minCount && c[0]+c[1]+c[2]+c[3] > 0 {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "# Part-of-speech lexicon for thread labels (label_pos.go), made by\n")
	names := make([]string, fs.NArg())
	for i, p := range fs.Args() {
		names[i] = filepath.Base(p)
	}
	fmt.Fprintf(out, "# `go run ./internal/thread/devtool poslex -min %d` from the POS column of\n", *minCount)
	fmt.Fprintf(out, "# the CoNLL-2003 English %s (Reuters news, 1996; %d tokens read).\n", strings.Join(names, ", "), tokens)
	fmt.Fprintf(out, "# Each line: a lower-case word, then how often it is tagged as a noun (n),\n")
	fmt.Fprintf(out, "# a verb (v), an adjective (j), an adverb (r) or otherwise (o), leaving\n")
	fmt.Fprintf(out, "# out classes it never has: \"shed n1 v5\". Words seen fewer than %d times\n", *minCount)
	fmt.Fprintf(out, "# and words with no noun, verb, adjective or adverb tag are left out.\n")
	fmt.Fprintf(out, "# Counts only: no text of the corpus, which is not in this repository\n")
	fmt.Fprintf(out, "# (research use only; see shared/data/conll2003/SOURCE.md).\n")
	for _, w := range words {
		out.WriteString(w)
		for i, n := range counts[w] {
			if n > 0 {
				fmt.Fprintf(out, " %c%d", "nvjro"[i], n)
			}
		}
		out.WriteByte('\n')
	}
	return out.Flush()
}

// countTags adds the tag counts of the lower-case words of one CoNLL
// file to counts, and the number of its tokens to tokens.
func countTags(r io.Reader, counts map[string]*[5]int, tokens *int) error {
	docs, err := nlp.ReadCoNLL(r)
	if err != nil {
		return err
	}
	for _, d := range docs {
		for _, sent := range d.Sentences {
			for _, l := range sent.Lines {
				f := strings.Fields(l.Raw)
				if len(f) != 4 {
					continue
				}
				*tokens++
				if w := f[0]; lowerWord(w) {
					c := counts[w]
					if c == nil {
						c = new([5]int)
						counts[w] = c
					}
					c[tagClass(f[1])]++
				}
			}
		}
	}
	return nil
}

// tagClass returns the class a POS tag counts under: 0 noun (not a proper
// one), 1 verb, 2 adjective, 3 adverb, 4 other.
func tagClass(tag string) int {
	switch {
	case strings.HasPrefix(tag, "NNP"):
	case strings.HasPrefix(tag, "NN"):
		return 0
	case strings.HasPrefix(tag, "VB"):
		return 1
	case strings.HasPrefix(tag, "JJ"):
		return 2
	case strings.HasPrefix(tag, "RB"):
		return 3
	}
	return 4
}

// lowerWord reports whether w is lower-case letters and inner hyphens.
func lowerWord(w string) bool {
	if w == "" || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/thread"
)

// show splits every document of a gold round-up file as `storyline eval
// segment` does (eval.DefaultSegmenter, document frequencies over the
// file's units) and prints each document's B3 precision and recall, worst
// precision first. For the documents named after the file (all of them
// with -all) it then prints every paragraph, furniture left out as eval
// leaves it out: its index among the kept paragraphs, its gold and
// predicted thread, a mark and its opening words. The mark reads "fused"
// where the paragraph shares its predicted thread with a paragraph of
// another gold thread, "split" where its gold thread is spread over
// other predicted threads, "both" where both hold.
//
//	go run ./internal/thread/devtool show [-all] [-width N] FILE [ID…]
func show(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	all := fs.Bool("all", false, "print the paragraphs of every document")
	width := fs.Int("width", 150, "characters of each paragraph to print")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return fmt.Errorf("usage: devtool show [-all] [-width N] FILE [ID…]")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	docs, err := eval.ReadSegDocs(f)
	f.Close()
	if err != nil {
		return err
	}
	want := fs.Args()[1:]
	df := thread.NewDocFreq()
	for _, d := range docs {
		for _, u := range d.Units {
			df.Add(u)
		}
	}
	type scored struct {
		d    eval.SegDoc
		pred []int
		p, r float64
	}
	out := make([]scored, 0, len(docs))
	var sp, sr float64
	for _, d := range docs {
		pred := eval.DefaultSegmenter(d, df)
		p, r := eval.B3(d.Gold, pred)
		sp, sr = sp+p, sr+r
		out = append(out, scored{d, pred, p, r})
	}
	n := float64(len(out))
	fmt.Fprintf(w, "%d documents: B3 precision %.4f recall %.4f\n", len(out), sp/n, sr/n)
	sort.SliceStable(out, func(i, j int) bool { return out[i].p < out[j].p })
	for _, s := range out {
		fmt.Fprintf(w, "%.3f %.3f %s\n", s.p, s.r, s.d.ID)
	}
	for _, s := range out {
		if !*all && !slices.Contains(want, s.d.ID) {
			continue
		}
		fmt.Fprintf(w, "\n=== %s  P=%.3f R=%.3f\n", s.d.ID, s.p, s.r)
		for i, u := range s.d.Units {
			fmt.Fprintf(w, "%3d g=%3d p=%3d %-5s | %s\n", i, s.d.Gold[i], s.pred[i], mark(s.d.Gold, s.pred, i), clip(u, *width))
		}
	}
	return nil
}

// mark says how unit i's predicted thread departs from its gold thread:
// "fused" when the predicted thread holds a unit of another gold thread,
// "split" when the gold thread holds a unit predicted elsewhere, "both",
// or "" when neither.
func mark(gold, pred []int, i int) string {
	fused, split := false, false
	for j := range gold {
		fused = fused || pred[j] == pred[i] && gold[j] != gold[i]
		split = split || gold[j] == gold[i] && pred[j] != pred[i]
	}
	switch {
	case fused && split:
		return "both"
	case fused:
		return "fused"
	case split:
		return "split"
	}
	return ""
}

// clip returns s cut to at most n characters, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

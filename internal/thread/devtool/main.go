// Command devtool runs the thread splitter's evaluation functions from the
// command line while `storyline eval` is being wired:
//
//	go run ./internal/thread/devtool mix [--seed N] [--count N] [--min N] [--max N] [--same-category] [--interleave] FILE
//	go run ./internal/thread/devtool segment [--predictions OUT] FILE
//	go run ./internal/thread/devtool show [-all] [-width N] FILE [ID…]
//	go run ./internal/thread/devtool whole [--lines] [--split NAME] FILE
//	go run ./internal/thread/devtool labels [-q] FILE
//	go run ./internal/thread/devtool headlines [-q] FILE
//	go run ./internal/thread/devtool poslex [-min N] CONLLFILE…
//
// show prints, for a gold round-up file split as `storyline eval
// segment` splits it, each document's B3 precision and recall, and for
// the documents named (all with -all) every paragraph's gold and
// predicted thread, marked where they fuse or split (see show.go).
//
// labels prints the gold and our label of every gold thread of a
// round-up file and then their aggregate word F1.
//
// headlines labels every article of an article JSONL file (`id`, `title`,
// `body`) as one thread and scores the labels against the titles, in the
// two halves by id hash of the LabelAgreement test.
//
// poslex writes the part-of-speech lexicon of the labels (label_pos.txt)
// from CoNLL-2003 files (see poslex.go).
//
// whole measures how many single-matter articles (an article JSONL with
// `id` and `body`, as bbc-news or ecbplus-stories) stay one thread: each
// body's blank-line paragraphs (its lines with --lines) become a gold
// document of one thread, scored by eval segment as storyline runs it;
// thread_count_accuracy is the share kept whole.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/thread"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "devtool:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 1 {
		return fmt.Errorf("usage: devtool mix|segment|show|whole|labels|headlines|poslex FILE")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	switch args[0] {
	case "mix":
		var o eval.MixOptions
		fs.Uint64Var(&o.Seed, "seed", 1, "random seed")
		fs.IntVar(&o.Count, "count", 100, "documents")
		fs.IntVar(&o.Min, "min", 2, "fewest articles")
		fs.IntVar(&o.Max, "max", 4, "most articles")
		fs.BoolVar(&o.SameCategory, "same-category", false, "one category per document")
		fs.BoolVar(&o.Interleave, "interleave", false, "split one run around another")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		return eval.Mix(f, os.Stdout, o)
	case "segment":
		pred := fs.String("predictions", "", "write predictions here")
		var o thread.Options
		fs.Float64Var(&o.Penalty, "penalty", 0, "segment penalty")
		fs.Float64Var(&o.Attach, "attach", 0, "re-attachment cosine")
		fs.Float64Var(&o.AttachAdjacent, "adj", 0, "adjacent merge cosine")
		fs.Float64Var(&o.NameBoost, "boost", 0, "name boost")
		fs.Float64Var(&o.GapThreshold, "gap", 0, "gap log-odds threshold")
		fs.Float64Var(&o.GapMerge, "gapmerge", 0, "gap merge pull")
		fs.Float64Var(&o.Single, "single", 0, "single-unit attach factor")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		seg := func(d eval.SegDoc, st thread.Stats) []int {
			opts := o
			opts.Stats = st
			if d.Sentences {
				base := thread.SentenceOptions(st)
				if opts.Penalty == 0 {
					opts.Penalty = base.Penalty
				}
				if opts.Attach == 0 {
					opts.Attach = base.Attach
				}
				opts.NoCues = true
				opts.Sentences = true
			}
			return thread.SegmentUnits(d.Units, opts)
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		var out *os.File
		if *pred != "" {
			if out, err = os.Create(*pred); err != nil {
				return err
			}
			defer out.Close()
		}
		var res *eval.SegmentResult
		if out != nil {
			res, err = eval.Segment(f, seg, out)
		} else {
			res, err = eval.Segment(f, seg, nil)
		}
		if err != nil {
			return err
		}
		b, _ := json.Marshal(res)
		fmt.Println(string(b))
		return nil
	case "show":
		return show(args[1:], os.Stdout)
	case "labels":
		quiet := fs.Bool("q", false, "print only the aggregate word F1")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("usage: devtool labels [-q] FILE")
		}
		return labels(fs.Arg(0), *quiet)
	case "headlines":
		quiet := fs.Bool("q", false, "print only the aggregate word F1 of each half")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("usage: devtool headlines [-q] FILE")
		}
		return headlines(fs.Arg(0), *quiet)
	case "poslex":
		return poslex(args[1:])
	case "whole":
		lines := fs.Bool("lines", false, "a paragraph per line, not per blank line")
		split := fs.String("split", "", "only articles whose split field is this")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		return whole(fs.Arg(0), *lines, *split)
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// labels prints, for every gold thread of a gold JSONL file, its gold label
// and the label Label gives it (unless quiet), then the word agreement of
// the labels with the gold ones (thread.LabelAgreement, the measure of
// the LabelAgreement test).
func labels(path string, quiet bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	df := thread.NewDocFreq()
	type doc struct {
		ID         string            `json:"id"`
		Paragraphs []string          `json:"paragraphs"`
		Threads    []*int            `json:"threads"`
		Labels     map[string]string `json:"labels"`
	}
	var docs []doc
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return err
		}
		docs = append(docs, d)
		for _, p := range d.Paragraphs {
			df.Add(p)
		}
	}
	var agree thread.LabelAgreement
	for _, d := range docs {
		groups := map[int][]string{}
		for i, t := range d.Threads {
			if t != nil {
				groups[*t] = append(groups[*t], d.Paragraphs[i])
			}
		}
		for t := 0; t < len(groups); t++ {
			var others []string
			for u, g := range groups {
				if u != t {
					others = append(others, g...)
				}
			}
			gold, ours := d.Labels[fmt.Sprint(t)], thread.Label(groups[t], others, df)
			if gold != "" {
				agree.Add(ours, gold)
			}
			if !quiet {
				fmt.Printf("%s\t%-30s\t%s\n", d.ID, gold, ours)
			}
		}
	}
	fmt.Printf("# %s: %s\n", path, &agree)
	fmt.Printf("# F1 %.4f\n", agree.F1())
	return nil
}

// whole scores the articles of an article JSONL file as gold documents of
// one thread each and prints eval segment's result.
func whole(path string, lines bool, split string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var gold bytes.Buffer
	dec := json.NewDecoder(f)
	for {
		var a struct {
			ID    string `json:"id"`
			Body  string `json:"body"`
			Split string `json:"split"`
		}
		if err := dec.Decode(&a); err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		if split != "" && a.Split != split {
			continue
		}
		sep := "\n\n"
		if lines {
			sep = "\n"
		}
		var paras []string
		for _, p := range strings.Split(a.Body, sep) {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		if len(paras) == 0 {
			continue
		}
		b, err := json.Marshal(map[string]any{"id": a.ID, "paragraphs": paras, "threads": make([]int, len(paras))})
		if err != nil {
			return err
		}
		gold.Write(append(b, '\n'))
	}
	res, err := eval.Segment(&gold, nil, nil)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(res)
	fmt.Println(string(b))
	return nil
}

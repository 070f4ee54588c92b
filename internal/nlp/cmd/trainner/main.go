package main

import (
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/eval"
	"github.com/storyline/storyline/internal/nlp"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run() error {
	var opts nlp.TrainOptions
	train := flag.String("train", "", "CoNLL training file")
	also := flag.String("also", "", "comma-separated further CoNLL training files, read after -train")
	dev := flag.String("dev", "", "CoNLL development file (optional; reports progress, never changes the weights)")
	out := flag.String("out", "", "where to write the gzipped model (optional)")
	unl := flag.String("unlabelled", "", "comma-separated unlabelled text files (JSONL with body, or plain text)")
	flag.IntVar(&opts.Epochs, "epochs", 0, "training epochs")
	flag.StringVar(&opts.Scheme, "scheme", "", "tag scheme: bio or bilou")
	flag.IntVar(&opts.Stages, "stages", 0, "1 or 2 passes")
	flag.IntVar(&opts.Folds, "folds", 0, "jack-knife folds")
	flag.IntVar(&opts.ClusterDepth, "cluster-depth", 0, "word-cluster tree depth (-1: none)")
	flag.Float64Var(&opts.Prune, "prune", 0, "prune weights below this magnitude")
	flag.StringVar(&opts.Version, "version", "", "model version string")
	flag.Uint64Var(&opts.Seed, "seed", 0, "shuffling seed")
	resave := flag.String("resave", "", "instead of training, load this saved model (which adds the current list of given names) and write it again with -version")
	score := flag.String("score", "", "comma-separated CoNLL files to score the model on (exact-span F1, as storyline eval ner)")
	hold := flag.String("holdout", "", "K/N: deal the -train file's documents into N folds (seeded shuffle), train without fold K (plus -also) and score on fold K")
	splitSeed := flag.Uint64("split-seed", 1, "shuffling seed of the -holdout folds")
	flag.Parse()
	if *train == "" && *resave == "" {
		return errors.New("-train or -resave is required")
	}
	opts.Unlabelled = split(*unl)
	opts.Also = split(*also)
	scores := split(*score)
	if *hold != "" {
		if *train == "" {
			return errors.New("-holdout needs -train")
		}
		h, err := parseHoldout(*hold, *splitSeed)
		if err != nil {
			return err
		}
		dir, err := os.MkdirTemp("", "trainner")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		var held string
		if *train, held, err = h.split(*train, dir); err != nil {
			return err
		}
		scores = append([]string{held}, scores...)
	}
	var m *nlp.Model
	var err error
	if *resave != "" {
		m, err = load(*resave)
		if err == nil && opts.Version != "" {
			m.Version = opts.Version
		}
	} else {
		m, err = nlp.Train(*train, *dev, opts, os.Stderr)
	}
	if err != nil {
		return err
	}
	if *out != "" {
		if err := save(m, *out); err != nil {
			return err
		}
	}
	for _, p := range scores {
		if err := scoreFile(m, p); err != nil {
			return err
		}
	}
	return nil
}

// split splits a comma-separated list, giving nil for "".
func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// save writes m, gzipped, to path.
func save(m *nlp.Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = m.Save(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// scoreFile prints m's exact-span scores on the CoNLL file at path.
func scoreFile(m *nlp.Model, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := eval.NER(f, m, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Printf("%s\tF1 %.4f\tP %.4f\tR %.4f", path, r.F1, r.Precision, r.Recall)
	for _, t := range slices.Sorted(maps.Keys(r.Types)) {
		ts := r.Types[t]
		fmt.Printf("\t%s F1 %.4f P %.4f R %.4f", t, ts.F1, ts.Precision, ts.Recall)
	}
	fmt.Println()
	return nil
}

// load reads a model saved by Model.Save.
func load(path string) (*nlp.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return nlp.Load(f)
}

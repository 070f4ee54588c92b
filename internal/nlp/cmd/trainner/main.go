package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

func main() {
	var opts nlp.TrainOptions
	train := flag.String("train", "", "CoNLL training file")
	dev := flag.String("dev", "", "CoNLL development file (optional)")
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
	flag.Parse()
	if *train == "" && *resave == "" {
		fmt.Fprintln(os.Stderr, "trainner: -train or -resave is required")
		os.Exit(2)
	}
	if *unl != "" {
		opts.Unlabelled = strings.Split(*unl, ",")
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
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err == nil {
		err = m.Save(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
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

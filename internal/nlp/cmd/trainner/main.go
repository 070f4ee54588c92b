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
	flag.Parse()
	if *train == "" {
		fmt.Fprintln(os.Stderr, "trainner: -train is required")
		os.Exit(2)
	}
	if *unl != "" {
		opts.Unlabelled = strings.Split(*unl, ",")
	}
	m, err := nlp.Train(*train, *dev, opts, os.Stderr)
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

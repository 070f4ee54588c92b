package main

import (
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/storyline/storyline/internal/nlp"
)

type trainCmd struct {
	NER trainNERCmd `cmd:"" name:"ner" help:"Train the named-entity model from CoNLL-2003 files."`
}

// trainNERCmd's defaults are the recipe of the embedded model: with them,
// the command writes internal/nlp/model/ner.bin.gz byte for byte (--check
// proves it without writing).
type trainNERCmd struct {
	// The hyper-parameters (epochs, folds, pruning) were chosen with
	// eng.testa as the development file; the shipped model is then trained
	// on eng.train and eng.testa together.
	Train []string `help:"Training files (CoNLL column format), read in this order; repeat the flag or separate with commas." type:"existingfile" default:"../shared/data/conll2003/eng.train,../shared/data/conll2003/eng.testa" sep:","`
	Dev   string   `help:"Development file whose F1 is reported after each epoch (the epoch count is fixed: it never changes the weights). A training file here scores data it was trained on." type:"existingfile" placeholder:"FILE"`
	Out   string   `help:"Where to write the gzip'd model." default:"internal/nlp/model/ner.bin.gz"`
	// Unlabelled text only feeds word clusters and case statistics.
	Unlabelled []string `help:"Unlabelled text (JSONL with a body field, or plain text) for word clusters." default:"../shared/data/bbc-news/bbc-news.jsonl,../shared/data/ecbplus-stories/ecbplus-stories.jsonl" sep:","`
	Version    string   `help:"Version string of the new model (default: the current one)."`
	Seed       uint64   `help:"Shuffling seed (default 1, the embedded model's)."`
	Check      bool     `help:"Write nothing: report whether the trained model is byte for byte the embedded one (exit 1 when not)."`
}

func (c *trainNERCmd) Run(g *globals) error {
	if len(c.Train) == 0 {
		return usageError{errors.New("train ner: no --train file")}
	}
	if c.Dev != "" && slices.Contains(c.Train, c.Dev) {
		fmt.Fprintf(g.stderr, "note: %s is also training data, so its F1 below is not a held-out figure\n", c.Dev)
	}
	opts := nlp.TrainOptions{Also: c.Train[1:], Unlabelled: c.Unlabelled, Version: c.Version, Seed: c.Seed}
	m, err := nlp.Train(c.Train[0], c.Dev, opts, g.stderr)
	if err != nil {
		return err
	}
	if c.Check {
		same, err := m.MatchesEmbedded()
		if err != nil {
			return err
		}
		if !same {
			fmt.Fprintf(g.stdout, "the trained model (%s) differs from the embedded one (%s)\n", m.Version, nlp.ModelVersion)
			return partialError{}
		}
		fmt.Fprintf(g.stdout, "the trained model is byte for byte the embedded one (%s)\n", nlp.ModelVersion)
		return nil
	}
	f, err := os.Create(c.Out)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "wrote %s\n", c.Out)
	return nil
}

package main

import (
	"fmt"
	"os"

	"github.com/storyline/storyline/internal/nlp"
)

type trainCmd struct {
	NER trainNERCmd `cmd:"" name:"ner" help:"Train the named-entity model from CoNLL-2003 files."`
}

type trainNERCmd struct {
	Train string `help:"Training file (CoNLL column format)." type:"existingfile" default:"../shared/data/conll2003/eng.train"`
	Dev   string `help:"Development file for tuning." type:"existingfile" default:"../shared/data/conll2003/eng.testa"`
	Out   string `help:"Where to write the gzip'd model." default:"internal/nlp/model/ner.bin.gz"`
	// Unlabelled text only feeds word clusters and case statistics.
	Unlabelled []string `help:"Unlabelled text (JSONL with a body field, or plain text) for word clusters." default:"../shared/data/bbc-news/bbc-news.jsonl,../shared/data/ecbplus-stories/ecbplus-stories.jsonl" sep:","`
	Version    string   `help:"Version string of the new model (default: the current one)."`
}

func (c *trainNERCmd) Run(g *globals) error {
	m, err := nlp.Train(c.Train, c.Dev, nlp.TrainOptions{Unlabelled: c.Unlabelled, Version: c.Version}, g.stderr)
	if err != nil {
		return err
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

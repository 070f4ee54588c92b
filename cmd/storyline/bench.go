package main

import (
	"fmt"
	"os"

	"github.com/storyline/storyline/internal/bench"
)

type benchCmd struct {
	Articles int      `help:"Number of articles in the synthetic archive." default:"5000"`
	From     string   `help:"Article file to draw text from (default: the demo archive)." type:"existingfile" placeholder:"FILE.jsonl"`
	Seed     uint64   `help:"Random seed for the synthetic archive." default:"1"`
	Keep     bool     `help:"Keep the work directory (named in the output)."`
	Shards   int      `help:"Also compare search over this many shards behind a bleve index alias (0: skip)." default:"0"`
	Runs     int      `help:"Repeat the baseline and the import this many times and report medians." default:"1"`
	Phase    string   `hidden:"" enum:",browse,import,shards" default:""`
	Paths    []string `arg:"" optional:"" hidden:""`
}

func (c *benchCmd) Run(g *globals) error {
	if c.Phase == "import" {
		res, err := bench.Import(g.ctx, g.archiveDir(), c.Paths)
		if err != nil {
			return err
		}
		return g.emit(res)
	}
	if c.Phase == "browse" {
		res, err := bench.Browse(g.ctx, g.archiveDir())
		if err != nil {
			return err
		}
		return g.emit(res)
	}
	if c.Phase == "shards" {
		work, err := os.MkdirTemp("", "storyline-shards-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(work)
		res, err := bench.Shards(g.ctx, g.archiveDir(), work, c.Shards)
		if err != nil {
			return err
		}
		return g.emit(res)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	res, err := bench.Run(g.ctx, bench.Options{Articles: c.Articles, From: c.From, Seed: c.Seed, Exe: exe, Log: g.stderr, Keep: c.Keep, Shards: c.Shards, Runs: c.Runs})
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return g.emit(res)
}

package main

import "errors"

type benchCmd struct {
	Articles int    `help:"Number of articles in the synthetic archive." default:"5000"`
	From     string `help:"Article JSONL to draw text from (default: the demo archive)." type:"existingfile" placeholder:"FILE.jsonl"`
	Seed     int64  `help:"Random seed." default:"1"`
}

func (c *benchCmd) Run(g *globals) error {
	return errors.New("bench: not built yet")
}

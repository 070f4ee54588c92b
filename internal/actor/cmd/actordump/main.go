// Command actordump prints the actors of a plain-text story, one JSON
// object a line: a development aid for the actor package. Paragraphs are
// the file's non-empty lines; with -entities it also prints the tagger's
// entities of each paragraph. With -parse, FILE is any input the import
// reads (a JSON Lines file, a feed, a folder of Markdown stories) and each
// line is one actor of one story, with the story's id or path, so that the
// kinds given over a whole collection can be compared between versions.
//
//	go run ./internal/actor/cmd/actordump [-entities] FILE
//	go run ./internal/actor/cmd/actordump -parse PATH
//
// With -kinds, FILE is a CoNLL-2003 file and the output is actor.EvalKinds
// of it (one JSON object): how often actors get the gold entity's kind.
//
//	go run ./internal/actor/cmd/actordump -kinds ../shared/data/conll2003/eng.testa
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/nlp"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "actordump:", err)
		os.Exit(1)
	}
}

func run() error {
	entities := flag.Bool("entities", false, "also print the tagger's entities per paragraph")
	parse := flag.Bool("parse", false, "read FILE (or a folder) as the import does, one line per story actor")
	kinds := flag.Bool("kinds", false, "score actor kinds on the CoNLL-2003 file FILE")
	flag.Parse()
	if flag.NArg() != 1 {
		return fmt.Errorf("usage: actordump [-entities] FILE | actordump -parse PATH | actordump -kinds CONLL")
	}
	if *parse {
		return dumpParsed(flag.Arg(0))
	}
	if *kinds {
		return scoreKinds(flag.Arg(0))
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var ps []article.Paragraph
	for sc.Scan() {
		if sc.Text() == "" {
			continue
		}
		ps = append(ps, article.Paragraph{Text: sc.Text()})
		if *entities {
			var es []string
			for _, e := range nlp.Entities(sc.Text()) {
				es = append(es, e.Type+":"+e.Text)
			}
			fmt.Printf("%d %v\n", len(ps)-1, es)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	for _, a := range actor.Extract(ps) {
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return nil
}

// storyActor is one line of the -parse output.
type storyActor struct {
	Story string `json:"story"`
	actor.Actor
}

// dumpParsed prints the actors of every story of the file or folder at
// path, parsed as the import parses it.
func dumpParsed(path string) error {
	var files []string
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	for _, f := range files {
		arts, err := article.ParseFile(f)
		if err != nil && len(arts) == 0 {
			fmt.Fprintln(os.Stderr, "actordump:", err)
			continue
		}
		for _, a := range arts {
			id := a.ExternalID
			if id == "" {
				id = a.Path
			}
			for _, x := range actor.Extract(a.Paragraphs) {
				if err := enc.Encode(storyActor{Story: id, Actor: x}); err != nil {
					return err
				}
			}
		}
	}
	return w.Flush()
}

// scoreKinds prints actor.EvalKinds of the CoNLL file at path.
func scoreKinds(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := nlp.ReadCoNLL(f)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(actor.EvalKinds(docs, nil))
}

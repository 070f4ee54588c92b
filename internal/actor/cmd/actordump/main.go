// Command actordump prints the actors of a plain-text story, one JSON
// object a line: a development aid for the actor package. Paragraphs are
// the file's non-empty lines; with -entities it also prints the tagger's
// entities of each paragraph.
//
//	go run ./internal/actor/cmd/actordump [-entities] FILE
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

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
	flag.Parse()
	if flag.NArg() != 1 {
		return fmt.Errorf("usage: actordump [-entities] FILE")
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

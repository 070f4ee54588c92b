package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/nlp"
)

func main() {
	f, _ := os.Open(os.Args[1])
	sc := bufio.NewScanner(f)
	var ps []article.Paragraph
	for sc.Scan() {
		if sc.Text() != "" {
			ps = append(ps, article.Paragraph{Text: sc.Text()})
			if len(os.Args) > 2 {
				var es []string
				for _, e := range nlp.Entities(sc.Text()) {
					es = append(es, e.Type+":"+e.Text)
				}
				fmt.Println(es)
			}
		}
	}
	for _, a := range actor.Extract(ps) {
		b, _ := json.Marshal(a)
		fmt.Println(string(b))
	}
}

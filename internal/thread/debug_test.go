package thread

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDebugDoc(t *testing.T) {
	id := os.Getenv("THREAD_DEBUG")
	if id == "" {
		t.Skip()
	}
	docs, df := loadCV(t, filepath.Join(sharedDataDir(t), "roundups-dev", "roundups-dev.jsonl"))
	for _, d := range docs {
		if d.id != id {
			continue
		}
		var texts []string
		for _, p := range d.paras {
			texts = append(texts, p.Text)
		}
		ents := make([][]string, len(texts))
		for _, a := range d.actors {
			for _, p := range a.Paragraphs {
				ents[p] = append(ents[p], a.Name)
			}
		}
		o := Options{Stats: df, Entities: ents}.withDefaults()
		words := tokenizeAll(texts)
		vs, _, _ := unitVectors(words, o)
		g := map[int][]int{}
		for i, x := range d.gold {
			g[x] = append(g[x], i)
		}
		for a := 0; a < len(g); a++ {
			for b := 0; b < a; b++ {
				fmt.Printf("%.2f ", dot(centroid(vs, g[a]), centroid(vs, g[b])))
			}
			fmt.Println()
		}
	}
}

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
		o := Options{Stats: df}.withDefaults()
		words := tokenizeAll(texts)
		vs, _, _ := unitVectors(words, o)
		bounds, z := gapSegments(texts, words, vs, o.GapThreshold, gapOffsets(texts, o))
		fmt.Println("bounds", bounds)
		for g := range texts {
			fmt.Printf("%2d g%d z=%6.2f  %.70s\n", g, d.gold[g], z[g], texts[g])
		}
		for _, a := range d.actors {
			fmt.Println(a.Name, a.Paragraphs)
		}
	}
}

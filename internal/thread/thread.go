package thread

import (
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

// Thread is one matter of a story.
type Thread struct {
	N          int    `json:"n"`          // 1-based, in reading order of first paragraph
	Label      string `json:"label"`      // 2–5 words naming the matter
	Paragraphs []int  `json:"paragraphs"` // story paragraph indices, ascending
}

// Stats gives archive-wide document frequencies so that term weights
// reflect the whole archive. A nil Stats means "use the story alone".
type Stats interface {
	// DF returns the number of documents containing the stemmed term, and
	// N the number of documents.
	DF(term string) int
	N() int
}

// Split segments the story's non-boilerplate paragraphs into threads.
// Placeholder: one thread holding every paragraph.
func Split(paras []article.Paragraph, actors []actor.Actor, stats Stats) []Thread {
	t := Thread{N: 1, Label: ""}
	for i, p := range paras {
		if !p.Boilerplate {
			t.Paragraphs = append(t.Paragraphs, i)
		}
	}
	if len(t.Paragraphs) == 0 {
		return nil
	}
	return []Thread{t}
}

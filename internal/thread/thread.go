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
// Terms are counted under the keys returned by Terms.
type Stats interface {
	// DF returns the number of documents containing the stemmed term, and
	// N the number of documents.
	DF(term string) int
	N() int
}

// Split segments the story's non-boilerplate paragraphs into threads and
// labels each. Actors, when given, add entity overlap between the
// paragraphs that mention the same actor.
func Split(paras []article.Paragraph, actors []actor.Actor, stats Stats) []Thread {
	return splitWith(paras, actors, Options{Stats: stats})
}

// splitWith is Split with explicit segmentation options.
func splitWith(paras []article.Paragraph, actors []actor.Actor, opts Options) []Thread {
	stats := opts.Stats
	var idx []int
	var texts []string
	pos := map[int]int{}
	for i, p := range paras {
		if !p.Boilerplate {
			pos[i] = len(idx)
			idx = append(idx, i)
			texts = append(texts, p.Text)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	ents := make([][]string, len(idx))
	for _, a := range actors {
		key := actor.Key(a)
		for _, p := range a.Paragraphs {
			if u, ok := pos[p]; ok {
				ents[u] = append(ents[u], key)
			}
		}
	}
	toks := tokenizeAll(texts)
	opts.Entities = ents
	ids := segmentTokens(texts, toks, opts)
	var threads []Thread
	for u, id := range ids {
		for id >= len(threads) {
			threads = append(threads, Thread{N: len(threads) + 1})
		}
		threads[id].Paragraphs = append(threads[id].Paragraphs, idx[u])
	}
	if len(threads) == 1 {
		threads[0].Label = Label(texts, nil, stats)
		return threads
	}
	all := countTerms(toks)
	for t := range threads {
		var mine [][]word
		for u, id := range ids {
			if id == t {
				mine = append(mine, toks[u])
			}
		}
		threads[t].Label = labelCounted(mine, all, len(toks), stats)
	}
	return threads
}

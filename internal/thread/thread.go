package thread

import (
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

// Version names the splitter's behaviour: it changes whenever Split
// gives other threads or labels for the same input, so that stored
// analysis can be recomputed.
const Version = "148"

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
	threads, _ := splitWith(paras, actors, Options{Stats: stats}, false)
	return threads
}

// SplitTerms is Split that also returns the Terms of every paragraph
// (nil for boilerplate), read off the words Split tokenizes anyway: a
// caller that counts document frequencies over the same paragraphs need
// not tokenize them again.
func SplitTerms(paras []article.Paragraph, actors []actor.Actor, stats Stats) ([]Thread, [][]string) {
	return splitWith(paras, actors, Options{Stats: stats}, true)
}

// splitWith is Split with explicit segmentation options, and the Terms
// of every paragraph when terms is set.
func splitWith(paras []article.Paragraph, actors []actor.Actor, opts Options, terms bool) ([]Thread, [][]string) {
	var idx []int
	var texts []string
	pos := make([]int, len(paras)) // unit of each paragraph, -1: boilerplate
	for i, p := range paras {
		pos[i] = -1
		if !p.Boilerplate {
			pos[i] = len(idx)
			idx = append(idx, i)
			texts = append(texts, p.Text)
		}
	}
	var perPara [][]string
	if terms {
		perPara = make([][]string, len(paras))
	}
	if len(idx) == 0 {
		return nil, perPara
	}
	sw := getSegWork()
	defer putSegWork(sw)
	ents := sw.entities(actors, pos, len(idx))
	in := getInterner()
	defer putInterner(in)
	wb := wordBufs.Get().(*[]word)
	toks, buf := tokenizeInto(*wb, in, texts)
	defer func() {
		if cap(buf) <= 1<<16 { // a freak story: let its buffer go
			clear(buf)
			*wb = buf[:0]
			wordBufs.Put(wb)
		}
	}()
	if terms {
		sw.seen = resize(sw.seen, in.size())
		unitTerms(perPara, idx, toks, sw.seen)
	}
	// One count of the story's terms serves its vectors and its labels.
	all := sw.countTerms(toks, in.size())
	idf := sw.newIDF(opts.Stats, len(toks), all.df)
	opts.Entities = ents
	ids := segmentWith(texts, toks, opts, idf, sw)
	var threads []Thread
	for u, id := range ids {
		for id >= len(threads) {
			threads = append(threads, Thread{N: len(threads) + 1})
		}
		threads[id].Paragraphs = append(threads[id].Paragraphs, idx[u])
	}
	lb := newLabeler(all, idf)
	defer putLabeler(lb)
	lb.roles.learn(toks, in.size())
	lb.learnCase(toks) // the opener-name rules of label_opener.go
	if len(threads) == 1 {
		threads[0].Label = starsLabel(lb.label(toks), texts[0], toks[0]) // the stars rule (label_stars.go)
		return threads, perPara
	}
	mine := make([][]word, 0, len(toks))
	for t := range threads {
		mine = mine[:0]
		lead := -1
		for u, id := range ids {
			if id == t {
				mine = append(mine, toks[u])
				if lead < 0 {
					lead = u
				}
			}
		}
		threads[t].Label = lb.label(mine)
		if lead >= 0 {
			threads[t].Label = starsLabel(threads[t].Label, texts[lead], toks[lead]) // the stars rule (label_stars.go)
		}
	}
	return threads, perPara
}

// unitTerms sets out[idx[u]] to the distinct content stems of unit u, in
// order of first use, as Terms gives them. seen, zero, has a place per
// stem id.
func unitTerms(out [][]string, idx []int, toks [][]word, seen []int32) {
	// seen: unit+1 that last used the stem
	total := 0 // the terms of all units: one exact allocation holds them
	for u, ws := range toks {
		for _, w := range ws {
			if !w.stop && seen[w.id] != int32(u+1) {
				seen[w.id] = int32(u + 1)
				total++
			}
		}
	}
	clear(seen)
	back := make([]string, 0, total)
	for u, ws := range toks {
		start := len(back)
		for _, w := range ws {
			if !w.stop && seen[w.id] != int32(u+1) {
				seen[w.id] = int32(u + 1)
				back = append(back, w.stem)
			}
		}
		if len(back) > start {
			out[idx[u]] = back[start:len(back):len(back)]
		}
	}
}

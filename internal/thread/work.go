package thread

import (
	"sync"

	"github.com/storyline/storyline/internal/actor"
)

// segWork holds the storage one split or segmentation works in, none of
// which outlives the call: the term counts and weights, the entity keys
// of each unit, the unit vectors with their per-stem tables, the gap
// model's rows and the centroids of windows and clusters. Import splits
// story after story on each worker, so recycling it (segWorks) spares the
// collector most of the segmenter's garbage.
type segWork struct {
	// splitWith
	seen    []int32 // unitTerms
	terms   termCounts
	tseen   []int32 // countTerms
	idf     idfTable
	ents    [][]string
	entBack []string
	entN    []int32
	// unitVectorsBoth
	vs, cvs     []vec
	back, cback vec
	dims, tf    []int32
	isName      []bool
	touched     []int32
	raw         []dim
	order       []uint64         // raw's ids and indices, sorted
	keyID       map[string]int32 // entity key ids
	entKeys     []int32          // the key ids of every unit's entities
	entDF       []int32          // by key id
	entSeen     []int32
	entDims     []int32
	// gapRows
	rows               [][]float64
	flat, w2, pairs    []float64
	seenStem, seenName []bool
	near, done         []int32
	win                windows
	// centroids of windows and clusters
	sum summer
}

// dim is one dimension of a unit vector being built, weighted under
// NameBoost (w) and under ClusterBoost (cw).
type dim struct {
	id    int32
	w, cw float64
}

var segWorks = sync.Pool{New: func() any { return new(segWork) }}

// maxPooledEntries bounds the vector storage a recycled segWork keeps
// (16 bytes an entry): a freak story's is left to the collector.
const maxPooledEntries = 1 << 17

// getSegWork returns a segWork from the pool.
func getSegWork() *segWork { return segWorks.Get().(*segWork) }

// putSegWork drops w's references to the story and returns it to the pool.
func putSegWork(w *segWork) {
	if w.sum.room()+cap(w.back)+cap(w.cback) > maxPooledEntries || len(w.dims) > 1<<16 || len(w.flat) > 1<<16 || len(w.keyID) > 1<<12 {
		return
	}
	w.sum.reset()
	clear(w.vs[:cap(w.vs)])
	clear(w.cvs[:cap(w.cvs)])
	clear(w.ents[:cap(w.ents)])
	clear(w.entBack[:cap(w.entBack)])
	clear(w.rows[:cap(w.rows)])
	clear(w.win.cache[:cap(w.win.cache)])
	w.win.vs, w.win.sum = nil, nil
	w.idf.stats = nil
	clear(w.keyID)
	segWorks.Put(w)
}

// entities returns the actor keys of each of units units, in the order of
// actors; pos gives the unit of each paragraph (-1: none).
func (w *segWork) entities(actors []actor.Actor, pos []int, units int) [][]string {
	w.entN = resize(w.entN, units)
	total := 0
	for _, a := range actors {
		for _, p := range a.Paragraphs {
			if p >= 0 && p < len(pos) && pos[p] >= 0 {
				w.entN[pos[p]]++
				total++
			}
		}
	}
	w.ents = resize(w.ents, units)
	if cap(w.entBack) < total {
		w.entBack = make([]string, total)
	}
	back := w.entBack[:total]
	at := 0
	for u, c := range w.entN {
		if c > 0 {
			w.ents[u] = back[at : at : at+int(c)]
			at += int(c)
		}
	}
	for _, a := range actors {
		key := ""
		for _, p := range a.Paragraphs {
			if p >= 0 && p < len(pos) && pos[p] >= 0 {
				if key == "" {
					key = actor.Key(a)
				}
				w.ents[pos[p]] = append(w.ents[pos[p]], key)
			}
		}
	}
	return w.ents
}

// countTerms is countTerms in w's storage, valid until the next call.
func (w *segWork) countTerms(paras [][]word, nv int) termCounts {
	w.terms.count, w.terms.df = resize(w.terms.count, nv), resize(w.terms.df, nv)
	w.tseen = resize(w.tseen, nv)
	countInto(w.terms, w.tseen, paras)
	return w.terms
}

// newIDF is newIDF in w's storage, valid until the next call.
func (w *segWork) newIDF(stats Stats, docs int, df []int32) *idfTable {
	w.idf.init(stats, docs, df, w.idf.cache)
	return &w.idf
}

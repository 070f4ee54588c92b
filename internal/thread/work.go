package thread

import "sync"

// segWork holds the storage one segmentation works in, none of which
// outlives the call: the centroids of windows and clusters and the unit
// vectors with their per-stem tables. Import segments story after story
// on each worker, so recycling it (segWorks) spares the collector most of
// the segmenter's garbage.
type segWork struct {
	sum         summer
	vs, cvs     []vec
	back, cback vec
	dims, tf    []int32
	isName      []bool
	touched     []int32
	raw         []dim
	entDF       map[string]int
	entDims     map[string]int32
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
	if w.sum.room()+cap(w.back)+cap(w.cback) > maxPooledEntries || len(w.dims) > 1<<16 {
		return
	}
	w.sum.reset()
	clear(w.vs[:cap(w.vs)])
	clear(w.cvs[:cap(w.cvs)])
	clear(w.entDF)
	clear(w.entDims)
	segWorks.Put(w)
}

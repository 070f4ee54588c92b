package link

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Params are the linker's decision thresholds. DefaultParams holds the
// values tuned on the ECB+ train/dev topics and BBC duplicates.
type Params struct {
	// Join is the least arc score (mean of the TopK best similarities
	// between the thread and the arc's threads) for a thread to join an arc.
	Join float64
	// Pair is the least similarity of the best single pair.
	Pair float64
	// Local is the average-link threshold of the local reclustering of a
	// new thread's region (0 turns it off: threads then join arcs by the
	// centroid tests below).
	Local float64
	// RegionMin is the least centroid score for an arc to enter a new
	// thread's region; RegionMax caps the region's size in threads (a
	// larger arc is joined by the centroid tests instead).
	RegionMin float64
	RegionMax int
	// RegionPair also takes into the region the arc of any thread at
	// least this similar to the new one.
	RegionPair float64
	// AvgLink is the least mean similarity between the thread and all of
	// an arc's threads: it keeps broad arcs from swallowing every thread
	// that resembles their average.
	AvgLink float64
	// Merge is the least arc score for a thread to also pull a second arc
	// into the one it joined.
	Merge float64
	// MergeArcs is the least cosine between the centroids of two arcs
	// that a new thread bridges for them to merge.
	MergeArcs float64
	// Prior is the number of virtual background documents in the inverse
	// document frequency, so that a small archive does not take every
	// shared word for a common one.
	Prior float64
	// ShortWords and ShortBoost make up for the lower similarity of a
	// thread that is one part of a story of several threads: when either
	// of two threads is such a part and the shorter has fewer than
	// ShortWords content words, their similarity is multiplied by
	// (ShortWords/words)^½, at most ShortBoost. 0 turns it off.
	ShortWords float64
	ShortBoost float64
	// YearPenalty multiplies the similarity of threads whose texts mostly
	// mention different years (and of a thread and an arc none of whose
	// threads mentions its year).
	YearPenalty float64
	// YearBonus multiplies the similarity of threads (and of a thread and
	// an arc) that mostly mention the same year.
	YearBonus float64
	// DecayDays is the time scale of the date penalty: similarity is
	// divided by 1+(days apart/DecayDays)².
	DecayDays float64
}

// DefaultParams returns the tuned parameters.
func DefaultParams() Params {
	return Params{ShortWords: 600, ShortBoost: 1.5, Local: 0.2, RegionMin: 0.15, RegionMax: 80, RegionPair: 0.2, Join: 0.38, Pair: 0.4, AvgLink: 0.25, Merge: 0.45, MergeArcs: 0.3, Prior: 50, DecayDays: 30, YearPenalty: 1, YearBonus: 1.6}
}

// posting is one thread holding a term, with the term's raw weight.
type posting struct {
	slot int32
	w    float32
}

// node is one thread held by the linker.
type node struct {
	f     Features
	terms []int32   // term ids, ascending
	w     []float32 // raw weights, parallel to terms
	day   int32     // days since the Unix epoch; valid when dated
	dated bool
	arc   *arcState
}

// arcState is one arc held by the linker.
type arcState struct {
	id      string
	members []int32 // node slots
	// cent sums its threads' raw term weights, each thread scaled to unit
	// length; the inverse document frequency is applied when comparing.
	cent map[int32]float64
	// years counts the threads of each dominant year mentioned.
	years map[int]int
}

// unitScale returns 1/|w| of a thread's raw weights.
func (n *node) unitScale() float64 {
	var s float64
	for _, w := range n.w {
		s += float64(w) * float64(w)
	}
	if s == 0 {
		return 0
	}
	return 1 / math.Sqrt(s)
}

// add puts a thread into the arc.
func (a *arcState) add(l *Linker, slot int32) {
	n := l.nodes[slot]
	a.members = append(a.members, slot)
	n.arc = a
	if a.cent == nil {
		a.cent = map[int32]float64{}
		a.years = map[int]int{}
	}
	if n.f.Year != 0 {
		a.years[n.f.Year]++
	}
	k := n.unitScale()
	for i, t := range n.terms {
		a.cent[t] += float64(n.w[i]) * k
	}
}

// remove takes a thread out of the arc.
func (a *arcState) remove(l *Linker, slot int32) {
	n := l.nodes[slot]
	a.members = slices.DeleteFunc(a.members, func(s int32) bool { return s == slot })
	if n.f.Year != 0 {
		if a.years[n.f.Year]--; a.years[n.f.Year] == 0 {
			delete(a.years, n.f.Year)
		}
	}
	k := n.unitScale()
	for i, t := range n.terms {
		a.cent[t] -= float64(n.w[i]) * k
		if a.cent[t] <= 1e-9 {
			delete(a.cent, t)
		}
	}
}

// Linker holds the features and arcs of every thread in the archive, with
// an inverted index from terms to threads for candidate retrieval. A
// Linker is not safe for concurrent use, not even for reads (Related uses
// scratch buffers): callers serialise access.
type Linker struct {
	p       Params
	nodes   []*node // by slot; nil once removed
	byID    map[string]int32
	byStory map[string][]int32
	termID  map[string]int32
	df      []int32
	ldf     []float64   // term id → ln(df+1), kept with df
	post    [][]posting // term id → threads holding it
	live    int
	arcs    map[string]*arcState

	lnN float64 // ln(live+Prior+1)

	mark  []uint32  // scratch: epoch stamps per slot
	acc   []float64 // scratch: dot products per slot
	epoch uint32
}

// New returns an empty linker with DefaultParams.
func New() *Linker { return NewWith(DefaultParams()) }

// NewWith returns an empty linker with the given parameters.
func NewWith(p Params) *Linker {
	return &Linker{
		p:       p,
		byID:    map[string]int32{},
		byStory: map[string][]int32{},
		termID:  map[string]int32{},
		arcs:    map[string]*arcState{},
	}
}

// Len returns the number of threads held.
func (l *Linker) Len() int { return l.live }

// insert adds a thread to the index without linking it; an existing
// thread of the same id is replaced.
func (l *Linker) insert(f Features) int32 {
	if _, ok := l.byID[f.ID]; ok {
		l.removeThread(f.ID)
	}
	f.Actors = slices.Clone(f.Actors)
	slices.Sort(f.Actors)
	n := &node{f: f}
	if !f.Published.IsZero() {
		n.dated = true
		n.day = int32(f.Published.Unix() / 86400)
	}
	terms := slices.Clone(f.Terms)
	slices.SortFunc(terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) })
	terms = slices.CompactFunc(terms, func(a, b TermWeight) bool { return a.Term == b.Term })
	slot := int32(len(l.nodes))
	ids := make([]int32, 0, len(terms))
	for _, t := range terms {
		id, ok := l.termID[t.Term]
		if !ok {
			id = int32(len(l.df))
			l.termID[t.Term] = id
			l.df = append(l.df, 0)
			l.ldf = append(l.ldf, 0)
			l.post = append(l.post, nil)
		}
		ids = append(ids, id)
	}
	// Sort by term id for merging; keep weights parallel.
	idx := make([]int, len(ids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(ids[a], ids[b]) })
	n.terms = make([]int32, len(ids))
	n.w = make([]float32, len(ids))
	for k, i := range idx {
		n.terms[k] = ids[i]
		n.w[k] = terms[i].Weight
		t := ids[i]
		l.df[t]++
		l.ldf[t] = math.Log(float64(l.df[t]) + 1)
		l.post[t] = append(l.post[t], posting{slot, terms[i].Weight})
	}
	l.nodes = append(l.nodes, n)
	l.mark = append(l.mark, 0)
	l.acc = append(l.acc, 0)
	l.byID[f.ID] = slot
	l.byStory[f.Story] = append(l.byStory[f.Story], slot)
	l.live++
	l.lnN = math.Log(float64(l.live) + l.p.Prior + 1)
	return slot
}

// removeThread drops a thread from the index and from its arc.
func (l *Linker) removeThread(id string) {
	slot, ok := l.byID[id]
	if !ok {
		return
	}
	n := l.nodes[slot]
	for _, t := range n.terms {
		l.df[t]--
		l.ldf[t] = math.Log(float64(l.df[t]) + 1)
		l.post[t] = slices.DeleteFunc(l.post[t], func(p posting) bool { return p.slot == slot })
	}
	if a := n.arc; a != nil {
		a.remove(l, slot)
		if len(a.members) == 0 {
			delete(l.arcs, a.id)
		}
	}
	l.byStory[n.f.Story] = slices.DeleteFunc(l.byStory[n.f.Story], func(s int32) bool { return s == slot })
	if len(l.byStory[n.f.Story]) == 0 {
		delete(l.byStory, n.f.Story)
	}
	delete(l.byID, id)
	l.nodes[slot] = nil
	l.live--
	l.lnN = math.Log(float64(l.live) + l.p.Prior + 1)
}

// Load restores a thread with its already-assigned arc (from the store).
// Loading every stored thread gives the linker the state it had when they
// were added, so later Adds decide exactly as they would have.
func (l *Linker) Load(f Features, arc string) {
	slot := l.insert(f)
	if arc == "" {
		arc = l.newArcID(f.ID)
	}
	a := l.arcs[arc]
	if a == nil {
		a = &arcState{id: arc}
		l.arcs[arc] = a
	}
	a.add(l, slot)
}

// newArcID derives a fresh arc id from the thread that founds the arc.
func (l *Linker) newArcID(thread string) string {
	sum := sha256.Sum256([]byte(thread))
	base := "a" + hex.EncodeToString(sum[:5])
	id := base
	for k := 2; l.arcs[id] != nil; k++ {
		id = base + "-" + strconv.Itoa(k)
	}
	return id
}

// threadNumber returns n of "<story>#n" for ordering, or -1.
func threadNumber(id string) int {
	if k := strings.LastIndexByte(id, '#'); k >= 0 {
		if n, err := strconv.Atoi(id[k+1:]); err == nil {
			return n
		}
	}
	return -1
}

// compareThreads orders threads by date, then story id, then number, then id.
func compareThreads(a, b Features) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.Story, b.Story); c != 0 {
		return c
	}
	if c := cmp.Compare(threadNumber(a.ID), threadNumber(b.ID)); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// Add links new threads incrementally and returns the arc of every thread
// whose arc was assigned or changed (new threads, and existing threads of
// arcs that merged or were reclustered). Threads are taken story by story
// (stories in the order they first appear in fs, threads by number); a
// story's threads are indexed before any of them is linked. Threads of one
// story may share an arc: a segmenter may split one matter in two.
// Re-adding a thread id replaces the old thread.
func (l *Linker) Add(fs []Features) map[string]string {
	out := map[string]string{}
	var order []string
	groups := map[string][]Features{}
	for _, f := range fs {
		if _, ok := groups[f.Story]; !ok {
			order = append(order, f.Story)
		}
		groups[f.Story] = append(groups[f.Story], f)
	}
	for _, s := range order {
		g := groups[s]
		slices.SortStableFunc(g, compareThreads)
		slots := make([]int32, len(g))
		for i, f := range g {
			slots[i] = l.insert(f)
		}
		for _, slot := range slots {
			l.link(slot, out)
		}
	}
	return out
}

// link assigns an arc to a freshly inserted thread, merging arcs it bridges.
func (l *Linker) link(slot int32, out map[string]string) {
	n := l.nodes[slot]
	cands := l.arcCandidates(slot)
	if l.p.Local > 0 && l.recluster(slot, cands, out) {
		return
	}
	// Only the best-scoring arc may be joined: when it fails a test, a
	// lesser arc is no better a home.
	var best *arcCand
	if len(cands) > 0 {
		if c := &cands[0]; c.score >= l.p.Join && c.max >= l.p.Pair && c.avg >= l.p.AvgLink {
			best = c
		}
	}
	if best == nil {
		a := &arcState{id: l.newArcID(n.f.ID)}
		a.add(l, slot)
		l.arcs[a.id] = a
		out[n.f.ID] = a.id
		return
	}
	target := best.arc
	target.add(l, slot)
	out[n.f.ID] = target.id
	for i := range cands {
		c := &cands[i]
		if c.arc == best.arc || c.score < l.p.Merge || c.max < l.p.Pair {
			continue
		}
		if l.centroidPair(target, c.arc) < l.p.MergeArcs {
			continue
		}
		target = l.merge(target, c.arc, out)
	}
}

// firstKey returns the arc's earliest thread, for "older arc" decisions.
func (l *Linker) firstKey(a *arcState) Features {
	first := l.nodes[a.members[0]].f
	for _, s := range a.members[1:] {
		if f := l.nodes[s].f; compareThreads(f, first) < 0 {
			first = f
		}
	}
	return first
}

// merge joins two arcs under the id of the older one and records every
// thread whose arc changed.
func (l *Linker) merge(a, b *arcState, out map[string]string) *arcState {
	keep, drop := a, b
	if compareThreads(l.firstKey(b), l.firstKey(a)) < 0 {
		keep, drop = b, a
	}
	for _, s := range drop.members {
		keep.add(l, s)
		out[l.nodes[s].f.ID] = keep.id
	}
	delete(l.arcs, drop.id)
	return keep
}

// Remove forgets every thread of a story (before it is re-added after an
// update). Arcs keep their ids; an arc left empty disappears.
func (l *Linker) Remove(story string) {
	for _, slot := range slices.Clone(l.byStory[story]) {
		l.removeThread(l.nodes[slot].f.ID)
	}
}

// Relink recomputes every arc from scratch, as if every story had been
// added one by one in date order (then story id), and returns the full
// thread→arc map. An arc whose membership is mostly unchanged keeps its
// old id.
func (l *Linker) Relink() map[string]string {
	var fs []Features
	old := map[string]string{}
	for _, n := range l.nodes {
		if n != nil {
			fs = append(fs, n.f)
			old[n.f.ID] = n.arc.id
		}
	}
	// A story's date is that of its earliest thread.
	storyDate := map[string]time.Time{}
	for _, f := range fs {
		if d, ok := storyDate[f.Story]; !ok || f.Published.Before(d) {
			storyDate[f.Story] = f.Published
		}
	}
	slices.SortFunc(fs, func(a, b Features) int {
		if c := storyDate[a.Story].Compare(storyDate[b.Story]); c != 0 {
			return c
		}
		return compareThreads(a, b)
	})
	fresh := NewWith(l.p)
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j].Story == fs[i].Story {
			j++
		}
		fresh.Add(fs[i:j])
		i = j
	}
	fresh.keepIDs(old)
	*l = *fresh
	out := map[string]string{}
	for _, n := range l.nodes {
		if n != nil {
			out[n.f.ID] = n.arc.id
		}
	}
	return out
}

// keepIDs renames fresh arcs to the old id of the arc that holds more than
// half of their threads and more than half of whose threads they hold.
func (l *Linker) keepIDs(old map[string]string) {
	oldSize := map[string]int{}
	for _, a := range old {
		oldSize[a]++
	}
	arcs := make([]*arcState, 0, len(l.arcs))
	for _, a := range l.arcs {
		arcs = append(arcs, a)
	}
	slices.SortFunc(arcs, func(a, b *arcState) int { return compareThreads(l.firstKey(a), l.firstKey(b)) })
	used := map[string]bool{}
	renamed := map[string]*arcState{}
	for _, a := range arcs {
		count := map[string]int{}
		for _, s := range a.members {
			count[old[l.nodes[s].f.ID]]++
		}
		id := a.id
		for o, c := range count {
			if o != "" && !used[o] && 2*c > len(a.members) && 2*c > oldSize[o] {
				id = o
			}
		}
		if renamed[id] != nil {
			id = a.id
		}
		used[id] = true
		a.id = id
		renamed[id] = a
	}
	// Fresh ids that collide with a reused old id get a new suffix.
	l.arcs = map[string]*arcState{}
	for _, a := range arcs {
		if l.arcs[a.id] != nil {
			a.id = l.newArcID(l.firstKey(a).ID)
		}
		l.arcs[a.id] = a
	}
}

// ArcOf returns the arc of a thread, "" when unknown.
func (l *Linker) ArcOf(thread string) string {
	if slot, ok := l.byID[thread]; ok {
		return l.nodes[slot].arc.id
	}
	return ""
}

package link

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// node is one thread held by the linker, kept compact: terms are ids into
// the linker's term table, held with their weights and readable forms in
// the linker's pointer-free vector chunks (see vecChunk); readable forms
// are ids into its surface table, actors and given names ids into tables
// of their own (so neither list holds a pointer for the collector to
// follow), and the story's id and title are shared by its threads. Features rebuilds the thread's Features from it. Nodes
// are allocated in slabs (see Linker.newNodeSlot).
type node struct {
	id        string
	st        *storyState
	title     string // the thread's title when it is not the story's (ownTitle)
	label     string
	published time.Time
	actors    []int32      // actor ids (Linker.acts), in the keys' order
	names     []personName // full-named people, for namesakeDot
	nameMask  uint64       // a bit per surname term of names (term id mod 64)
	arc       *arcState
	scale     float32 // 1/|w| of the raw weights (0 for an empty vector)
	num       int32   // n of "<story>#n", or -1
	day       int32   // days since the Unix epoch; valid when dated
	words     int32
	vc, vs    int32 // chunk and start of the vector in Linker.vecs
	vn        int32 // number of terms
	year      int16
	dateYear  int16 // of the story's dateline; 0 when none
	dateDay   int32 // the dateline's days since the Unix epoch, or noDay
	dated     bool
	ownTitle  bool
}

// noDay is node.dateDay for a dateline of known year and unknown day.
const noDay = math.MinInt32

// titleOf returns a thread's title.
func (n *node) titleOf() string {
	if n.ownTitle {
		return n.title
	}
	return n.st.title
}

// vecChunk holds the vectors of many threads side by side: term ids
// (ascending within a thread), raw weights and surface ids (0: none). It
// holds no pointers, so the collector never scans it.
type vecChunk struct {
	terms []int32
	w     []float32
	surf  []int32
}

// vecChunkSize is the number of terms a vector chunk holds (more when one
// thread has more terms).
const vecChunkSize = 1 << 16

// vec returns a thread's term ids and raw weights.
func (l *Linker) vec(n *node) ([]int32, []float32) {
	c := &l.vecs[n.vc]
	end := n.vs + n.vn
	return c.terms[n.vs:end:end], c.w[n.vs:end:end]
}

// surfs returns a thread's surface ids, parallel to its terms.
func (l *Linker) surfs(n *node) []int32 {
	end := n.vs + n.vn
	return l.vecs[n.vc].surf[n.vs:end:end]
}

// allocVec reserves room for a vector of k terms and sets n's place.
func (l *Linker) allocVec(n *node, k int) {
	last := len(l.vecs) - 1
	if last < 0 || len(l.vecs[last].terms)+k > cap(l.vecs[last].terms) {
		size := max(vecChunkSize, k)
		l.vecs = append(l.vecs, vecChunk{make([]int32, 0, size), make([]float32, 0, size), make([]int32, 0, size)})
		last++
	}
	c := &l.vecs[last]
	n.vc, n.vs, n.vn = int32(last), int32(len(c.terms)), int32(k)
	c.terms = c.terms[:len(c.terms)+k]
	c.w = c.w[:len(c.w)+k]
	c.surf = c.surf[:len(c.surf)+k]
	l.vecUsed += k
}

// freeVec gives up a removed thread's vector; once most of the chunks'
// terms belong to removed threads, the live vectors are packed afresh.
func (l *Linker) freeVec(n *node) {
	l.vecDead += int(n.vn)
	n.vn = 0
	if l.vecDead < vecChunkSize || 2*l.vecDead < l.vecUsed {
		return
	}
	old := l.vecs
	l.vecs, l.vecUsed, l.vecDead = nil, 0, 0
	for _, m := range l.nodes {
		if m == nil {
			continue
		}
		c := &old[m.vc]
		from, to := m.vs, m.vs+m.vn
		l.allocVec(m, int(m.vn))
		d := &l.vecs[m.vc]
		copy(d.terms[m.vs:], c.terms[from:to])
		copy(d.w[m.vs:], c.w[from:to])
		copy(d.surf[m.vs:], c.surf[from:to])
	}
}

// nodeSlab is how many nodes are allocated together.
const nodeSlab = 256

// newNodeSlot returns a zeroed node from the current slab.
func (l *Linker) newNodeSlot() *node {
	if len(l.slab) == 0 {
		l.slab = make([]node, nodeSlab)
	}
	n := &l.slab[0]
	l.slab = l.slab[1:]
	return n
}

// storyState is one story held by the linker: its id, title and threads.
type storyState struct {
	id    string
	title string
	slots []int32
}

// intern returns the one shared copy of s kept in table.
func intern(table map[string]string, s string) string {
	if v, ok := table[s]; ok {
		return v
	}
	s = strings.Clone(s) // s may be part of a whole text
	table[s] = s
	return s
}

// strTable numbers distinct strings in the order they are first seen.
type strTable struct {
	id  map[string]int32
	str []string // id → string
}

// newStrTable returns a table holding first (with id 0).
func newStrTable(first ...string) strTable {
	t := strTable{id: map[string]int32{}}
	for _, s := range first {
		t.idOf(s)
	}
	return t
}

// idOf returns the id of s, adding it to the table.
func (t *strTable) idOf(s string) int32 {
	id, ok := t.id[s]
	if !ok {
		s = strings.Clone(s) // s may be part of a whole text
		id = int32(len(t.str))
		t.id[s] = id
		t.str = append(t.str, s)
	}
	return id
}

// surfaceID returns the id of a readable form (0 for "").
func (l *Linker) surfaceID(s string) int32 {
	if s == "" {
		return 0
	}
	return l.surf.idOf(s)
}

// surfaceOf returns the id of a readable form of term t, trying the form
// last given for t before the table.
func (l *Linker) surfaceOf(t int32, s string) int32 {
	if s == "" {
		return 0
	}
	if id := l.lastSurf[t]; id != 0 && l.surf.str[id] == s {
		return id
	}
	id := l.surfaceID(s)
	l.lastSurf[t] = id
	return id
}

// termIndexOf returns the id of a term, adding it to the tables.
func (l *Linker) termIndexOf(t string) int32 {
	id, ok := l.termID[t]
	if !ok {
		t = strings.Clone(t) // t may be part of a whole text
		id = int32(len(l.termStr))
		l.termID[t] = id
		l.termStr = append(l.termStr, t)
		l.df = append(l.df, 0)
		l.ts = append(l.ts, termStat{})
		l.lastSurf = append(l.lastSurf, 0)
		l.post = append(l.post, nil)
	}
	return id
}

// newNode builds the compact form of a thread's features.
func (l *Linker) newNode(f Features, st *storyState) *node {
	n := l.newNodeSlot()
	*n = node{id: f.ID, st: st, label: f.Label, published: f.Published,
		num: int32(threadNumber(f.ID)), words: int32(f.Words), year: int16(f.Year)}
	if f.Title != st.title {
		n.title, n.ownTitle = f.Title, true
	}
	switch {
	case !f.Dateline.IsZero():
		n.dateYear = int16(f.Dateline.Year())
		n.dateDay = int32(f.Dateline.Unix() / 86400)
	case f.DateYear != 0:
		n.dateYear, n.dateDay = int16(f.DateYear), noDay
	}
	if !f.Published.IsZero() {
		n.dated = true
		n.day = int32(f.Published.Unix() / 86400)
	}
	if len(f.Actors) > 0 {
		n.actors = make([]int32, len(f.Actors))
		for i, a := range f.Actors {
			n.actors[i] = l.acts.idOf(a)
		}
		slices.SortFunc(n.actors, func(a, b int32) int { return strings.Compare(l.acts.str[a], l.acts.str[b]) })
	}
	// Featurize gives terms sorted and distinct; others are made so.
	terms := f.Terms
	if !slices.IsSortedFunc(terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) }) {
		terms = slices.Clone(terms)
		slices.SortFunc(terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) })
	}
	if hasRepeat(terms) {
		terms = slices.CompactFunc(slices.Clone(terms), func(a, b TermWeight) bool { return a.Term == b.Term })
	}
	// Entries in term id order, through keys of id and place.
	es := grow(&l.entries, len(terms))
	keys := grow(&l.sortKeys, len(terms))
	for i, t := range terms {
		id := l.termIndexOf(t.Term)
		es[i] = vecEntry{id, t.Weight, l.surfaceOf(id, t.Surface)}
		keys[i] = uint64(id)<<32 | uint64(i)
	}
	slices.Sort(keys)
	l.allocVec(n, len(es))
	c := &l.vecs[n.vc]
	ts, ws, ss := c.terms[n.vs:], c.w[n.vs:], c.surf[n.vs:]
	var s float64
	for i, k := range keys {
		e := es[uint32(k)]
		ts[i], ws[i], ss[i] = e.id, e.w, e.surf
		s += float64(e.w) * float64(e.w)
	}
	if s > 0 {
		n.scale = float32(1 / math.Sqrt(s))
	}
	n.names = l.personNames(n.actors, ts[:len(keys)])
	for _, p := range n.names {
		n.nameMask |= 1 << (uint32(p.term) % 64)
	}
	return n
}

// vecEntry is one term of a thread being added.
type vecEntry struct {
	id   int32
	w    float32
	surf int32
}

// display returns the readable form of the i-th term of a node.
func (l *Linker) display(n *node, i int) string {
	if sid := l.surfs(n)[i]; sid != 0 {
		return l.surf.str[sid]
	}
	terms, _ := l.vec(n)
	return strings.TrimPrefix(l.termStr[terms[i]], namePrefix)
}

// features rebuilds a thread's Features (terms in term order, as Featurize
// gives them).
func (l *Linker) features(n *node) Features {
	f := Features{ID: n.id, Story: n.st.id, Title: n.titleOf(), Label: n.label, Published: n.published,
		Year: int(n.year), Words: int(n.words)}
	if len(n.actors) > 0 {
		f.Actors = make([]string, len(n.actors))
		for i, a := range n.actors {
			f.Actors[i] = l.acts.str[a]
		}
	}
	if n.dateYear != 0 {
		f.DateYear = int(n.dateYear)
		if n.dateDay != noDay {
			f.Dateline = time.Unix(int64(n.dateDay)*86400, 0).UTC()
		}
	}
	terms, w := l.vec(n)
	surf := l.surfs(n)
	f.Terms = make([]TermWeight, len(terms))
	for i, t := range terms {
		f.Terms[i] = TermWeight{Term: l.termStr[t], Weight: w[i], Surface: l.surf.str[surf[i]]}
	}
	slices.SortFunc(f.Terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) })
	return f
}

// compareNodes orders threads by date, then story id, then number, then id
// (as compareThreads does for Features).
func compareNodes(a, b *node) int {
	if c := a.published.Compare(b.published); c != 0 {
		return c
	}
	if c := strings.Compare(a.st.id, b.st.id); c != 0 {
		return c
	}
	if c := cmp.Compare(a.num, b.num); c != 0 {
		return c
	}
	return strings.Compare(a.id, b.id)
}

// multi reports whether the thread is one of several of its story.
func (n *node) multi() bool { return len(n.st.slots) >= 2 }

// hasRepeat reports whether sorted terms hold one term twice.
func hasRepeat(terms []TermWeight) bool {
	for i := 1; i < len(terms); i++ {
		if terms[i].Term == terms[i-1].Term {
			return true
		}
	}
	return false
}

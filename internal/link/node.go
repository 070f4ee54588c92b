package link

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// node is one thread held by the linker, kept compact: terms are ids into
// the linker's term table, readable forms ids into its surface table, and
// the story's id and title are shared by its threads. Features rebuilds
// the thread's Features from it.
type node struct {
	id        string
	st        *storyState
	title     string
	label     string
	published time.Time
	actors    []string  // interned, sorted
	terms     []int32   // term ids, ascending
	w         []float32 // raw weights, parallel to terms
	surf      []int32   // surface ids parallel to terms (0: none); nil when all none
	scale     float32   // 1/|w| of the raw weights (0 for an empty vector)
	num       int32     // n of "<story>#n", or -1
	day       int32     // days since the Unix epoch; valid when dated
	words     int32
	year      int16
	dated     bool
	arc       *arcState
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
	table[s] = s
	return s
}

// surfaceID returns the id of a readable form (0 for "").
func (l *Linker) surfaceID(s string) int32 {
	if s == "" {
		return 0
	}
	id, ok := l.surfID[s]
	if !ok {
		id = int32(len(l.surfStr))
		l.surfID[s] = id
		l.surfStr = append(l.surfStr, s)
	}
	return id
}

// termIndexOf returns the id of a term, adding it to the tables.
func (l *Linker) termIndexOf(t string) int32 {
	id, ok := l.termID[t]
	if !ok {
		id = int32(len(l.termStr))
		l.termID[t] = id
		l.termStr = append(l.termStr, t)
		l.df = append(l.df, 0)
		l.ldf = append(l.ldf, 0)
		l.post = append(l.post, nil)
	}
	return id
}

// newNode builds the compact form of a thread's features.
func (l *Linker) newNode(f Features, st *storyState) *node {
	n := &node{id: f.ID, st: st, label: f.Label, published: f.Published,
		num: int32(threadNumber(f.ID)), words: int32(f.Words), year: int16(f.Year)}
	n.title = f.Title
	if f.Title == st.title {
		n.title = st.title
	}
	if !f.Published.IsZero() {
		n.dated = true
		n.day = int32(f.Published.Unix() / 86400)
	}
	if len(f.Actors) > 0 {
		n.actors = make([]string, len(f.Actors))
		for i, a := range f.Actors {
			n.actors[i] = intern(l.strs, a)
		}
		slices.Sort(n.actors)
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
	type entry struct {
		id   int32
		w    float32
		surf int32
	}
	es := make([]entry, len(terms))
	anySurf := false
	for i, t := range terms {
		es[i] = entry{l.termIndexOf(t.Term), t.Weight, l.surfaceID(t.Surface)}
		anySurf = anySurf || es[i].surf != 0
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	n.terms = make([]int32, len(es))
	n.w = make([]float32, len(es))
	if anySurf {
		n.surf = make([]int32, len(es))
	}
	var s float64
	for i, e := range es {
		n.terms[i], n.w[i] = e.id, e.w
		if anySurf {
			n.surf[i] = e.surf
		}
		s += float64(e.w) * float64(e.w)
	}
	if s > 0 {
		n.scale = float32(1 / math.Sqrt(s))
	}
	return n
}

// display returns the readable form of the i-th term of a node.
func (l *Linker) display(n *node, i int) string {
	if n.surf != nil && n.surf[i] != 0 {
		return l.surfStr[n.surf[i]]
	}
	return strings.TrimPrefix(l.termStr[n.terms[i]], namePrefix)
}

// features rebuilds a thread's Features (terms in term order, as Featurize
// gives them).
func (l *Linker) features(n *node) Features {
	f := Features{ID: n.id, Story: n.st.id, Title: n.title, Label: n.label, Published: n.published,
		Actors: slices.Clone(n.actors), Year: int(n.year), Words: int(n.words)}
	f.Terms = make([]TermWeight, len(n.terms))
	for i, t := range n.terms {
		tw := TermWeight{Term: l.termStr[t], Weight: n.w[i]}
		if n.surf != nil && n.surf[i] != 0 {
			tw.Surface = l.surfStr[n.surf[i]]
		}
		f.Terms[i] = tw
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

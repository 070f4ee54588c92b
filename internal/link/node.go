package link

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// node is one thread held by the linker. It holds no pointer, so the
// slabs of nodes are never scanned by the collector: its story and arc
// are indices (Linker.stories, Linker.arcAt), its id is its story's id and
// number (see threadID), its publication date is seconds, nanoseconds and
// a zone number, and its vector, actors and full-named people lie in the
// linker's pointer-free chunks (see vecChunk and Linker.aux). A thread's
// title and label are not kept: the linker decides nothing by them.
// Nodes are allocated in slabs by slot (see Linker.node).
type node struct {
	sec      int64  // published: Unix seconds (of the zero time when undated)
	nameMask uint64 // a bit per surname term of the names (term id mod 64)
	nsec     int32  // published: nanoseconds
	story    int32  // index in Linker.stories
	next     int32  // the story's next thread (slot), or -1
	arc      int32  // the arc's index (Linker.arcAt), 0 for none
	scale    float32
	num      int32 // n of "<story>#n", or -1
	day      int32 // days since the Unix epoch; valid when dated
	words    int32
	vc, vs   int32 // chunk and start of the vector in Linker.vecs
	vn       int32 // number of terms
	xc, xs   int32 // chunk and start of the actors and names in Linker.aux
	nact     int32 // actor ids (Linker.acts) in the keys' order, at xs
	nnames   int32 // full-named people as (term, given) pairs, after the actors
	dateDay  int32 // the dateline's days since the Unix epoch, or noDay
	year     int16
	dateYear int16  // of the story's dateline; 0 when none
	pubYear  int16  // the year of the publication date, in its zone
	zone     uint16 // of the publication date (Linker.zones)
	wt       uint16 // the weight table of the vector's keys
	dated    bool   // has a publication date
	multi    bool   // one of several threads of its story
	live     bool   // false once removed
	odd      bool   // the id is not "<story>#<num>" (see Linker.oddIDs)
}

// noDay is node.dateDay for a dateline of known year and unknown day.
const noDay = math.MinInt32

// nodeSlab is how many nodes are allocated together.
const nodeSlab = 256

// node returns the node of a slot.
func (l *Linker) node(slot int32) *node {
	s := uint32(slot) // unsigned: a shift and a mask
	return &l.nodes[s/nodeSlab][s%nodeSlab]
}

// newNodeSlot returns the zeroed node of the next slot.
func (l *Linker) newNodeSlot() (int32, *node) {
	slot := l.slots
	if int(slot/nodeSlab) == len(l.nodes) {
		l.nodes = append(l.nodes, new([nodeSlab]node))
	}
	l.slots++
	return slot, l.node(slot)
}

// actors returns a thread's actor ids.
func (l *Linker) actors(n *node) []int32 {
	end := n.xs + n.nact
	return l.aux[n.xc][n.xs:end:end]
}

// names returns a thread's full-named people, as (term, given) pairs.
func (l *Linker) names(n *node) []int32 {
	start := n.xs + n.nact
	end := start + 2*n.nnames
	return l.aux[n.xc][start:end:end]
}

// allocAux reserves room for k ids of a thread's actors and names and
// sets n's place.
func (l *Linker) allocAux(n *node, k int) []int32 {
	last := len(l.aux) - 1
	if last < 0 || len(l.aux[last])+k > cap(l.aux[last]) {
		l.aux = append(l.aux, make([]int32, 0, max(vecChunkSize, k)))
		last++
	}
	c := l.aux[last]
	n.xc, n.xs = int32(last), int32(len(c))
	l.aux[last] = c[:len(c)+k]
	l.auxUsed += k
	return l.aux[last][len(c):]
}

// freeVec gives up a removed thread's vector, actors and names; once most
// of the chunks' entries belong to removed threads, the live ones are
// packed afresh.
func (l *Linker) freeVec(n *node) {
	l.vecDead += int(n.vn)
	l.auxDead += int(n.nact + 2*n.nnames)
	n.vn, n.nact, n.nnames = 0, 0, 0
	if l.vecDead >= vecChunkSize && 2*l.vecDead >= l.vecUsed {
		l.packVecs()
	}
	if l.auxDead >= vecChunkSize && 2*l.auxDead >= l.auxUsed {
		l.packAux()
	}
}

// packAux copies the live threads' actors and names into fresh chunks.
func (l *Linker) packAux() {
	old := l.aux
	l.aux, l.auxUsed, l.auxDead = nil, 0, 0
	for s := range l.slots {
		m := l.node(s)
		if !m.live {
			continue
		}
		k := m.nact + 2*m.nnames
		from := old[m.xc][m.xs : m.xs+k]
		copy(l.allocAux(m, int(k)), from)
	}
}

// appendThread adds a thread (the newest slot) to its story's list.
func (l *Linker) appendThread(si, slot int32) {
	st := &l.stories.sts[si]
	if st.tail >= 0 {
		l.node(st.tail).next = slot
	} else {
		st.head = slot
	}
	st.tail = slot
	st.n++
	if st.n == 2 {
		l.setMulti(si, true)
	} else {
		l.node(slot).multi = st.n > 2
	}
}

// setMulti sets node.multi of every thread of a story.
func (l *Linker) setMulti(si int32, multi bool) {
	for s := l.stories.sts[si].head; s >= 0; {
		n := l.node(s)
		n.multi = multi
		s = n.next
	}
}

// dropThread takes a thread out of its story's list and forgets a story
// left without threads.
func (l *Linker) dropThread(si, slot int32) {
	st := &l.stories.sts[si]
	next := l.node(slot).next
	prev := int32(-1)
	for s := st.head; s != slot; s = l.node(s).next {
		prev = s
	}
	if prev < 0 {
		st.head = next
	} else {
		l.node(prev).next = next
	}
	if st.tail == slot {
		st.tail = prev
	}
	st.n--
	if st.n == 1 {
		l.setMulti(si, false)
	}
	if st.n == 0 {
		l.stories.remove(si)
	}
}

// threadID returns the id of the thread in slot.
func (l *Linker) threadID(slot int32) string {
	n := l.node(slot)
	if n.odd {
		return l.oddIDs[slot]
	}
	var b [64]byte
	return string(l.appendID(b[:0], slot))
}

// appendID appends the id of the thread in slot to b.
func (l *Linker) appendID(b []byte, slot int32) []byte {
	n := l.node(slot)
	if n.odd {
		return append(b, l.oddIDs[slot]...)
	}
	b = append(append(b, l.stories.id(n.story)...), '#')
	return strconv.AppendInt(b, int64(n.num), 10)
}

// compareIDs compares the ids of the threads in two slots.
func (l *Linker) compareIDs(a, b int32) int {
	var ba, bb [64]byte
	return bytes.Compare(l.appendID(ba[:0], a), l.appendID(bb[:0], b))
}

// canonicalID reports whether id is "<story>#<num>".
func canonicalID(id, story string, num int) bool {
	var b [24]byte
	digits := strconv.AppendInt(b[:0], int64(num), 10)
	return len(id) == len(story)+1+len(digits) && strings.HasPrefix(id, story) &&
		id[len(story)] == '#' && id[len(story)+1:] == string(digits)
}

// slotOf returns the slot of a thread by id.
func (l *Linker) slotOf(id string) (int32, bool) {
	if slot, ok := l.oddSlots[id]; ok {
		return slot, true
	}
	k := strings.LastIndexByte(id, '#')
	if k < 0 {
		return 0, false
	}
	num, err := strconv.Atoi(id[k+1:])
	if err != nil || !canonicalID(id, id[:k], num) {
		return 0, false
	}
	si, ok := l.stories.lookup(id[:k])
	if !ok {
		return 0, false
	}
	for s := l.stories.sts[si].head; s >= 0; {
		n := l.node(s)
		if !n.odd && int(n.num) == num {
			return s, true
		}
		s = n.next
	}
	return 0, false
}

// published returns a thread's publication date (zero when undated).
func (l *Linker) published(n *node) time.Time {
	if !n.dated {
		return time.Time{}
	}
	return time.Unix(n.sec, int64(n.nsec)).In(l.zones[n.zone])
}

// zoneOf returns the number of the zone of t's offset (UTC is 0): a
// date's zone is kept as the store keeps it, by its offset alone.
func (l *Linker) zoneOf(t time.Time) uint16 {
	_, off := t.Zone()
	if i := slices.Index(l.zoneOffs, off); i >= 0 {
		return uint16(i)
	}
	l.zones = append(l.zones, time.FixedZone("", off))
	l.zoneOffs = append(l.zoneOffs, off)
	return uint16(len(l.zones) - 1)
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
		l.surf1 = append(l.surf1, 0)
		l.nsurf = append(l.nsurf, 0)
		l.post = append(l.post, nil)
	}
	return id
}

// newNode builds the compact form of a thread's features in the next
// slot, a thread of story si.
func (l *Linker) newNode(f Features, si int32) (int32, *node) {
	slot, n := l.newNodeSlot()
	*n = node{story: si, next: -1, num: int32(threadNumber(f.ID)), words: int32(f.Words), year: int16(f.Year), live: true,
		sec: f.Published.Unix(), nsec: int32(f.Published.Nanosecond())}
	if !canonicalID(f.ID, f.Story, int(n.num)) {
		n.odd = true
		id := strings.Clone(f.ID)
		l.oddIDs[slot] = id
		l.oddSlots[id] = slot
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
		n.pubYear = int16(f.Published.Year())
		n.zone = l.zoneOf(f.Published)
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
		es[i] = vecEntry{id: id, w: t.Weight, rank: l.surfaceRank(id, t.Surface)}
		keys[i] = uint64(id)<<32 | uint64(i)
	}
	slices.Sort(keys)
	n.wt = l.setKeys(es)
	l.allocVec(n, len(es))
	c := &l.vecs[n.vc]
	ts, ks := c.terms[n.vs:], c.keys[n.vs:]
	var s float64
	for i, k := range keys {
		e := es[uint32(k)]
		ts[i], ks[i] = e.id, e.key
		s += float64(e.w) * float64(e.w)
	}
	if s > 0 {
		n.scale = float32(1 / math.Sqrt(s))
	}
	acts := l.actBuf[:0]
	for _, a := range f.Actors {
		acts = append(acts, l.acts.idOf(a))
	}
	slices.SortFunc(acts, func(a, b int32) int { return strings.Compare(l.acts.str[a], l.acts.str[b]) })
	names := l.personNames(acts, ts[:len(keys)], l.nameBuf[:0])
	l.actBuf, l.nameBuf = acts, names
	n.nact, n.nnames = int32(len(acts)), int32(len(names)/2)
	aux := l.allocAux(n, len(acts)+len(names))
	copy(aux[copy(aux, acts):], names)
	for i := 0; i < len(names); i += 2 {
		n.nameMask |= 1 << (uint32(names[i]) % 64)
	}
	return slot, n
}

// vecEntry is one term of a thread being added: its id, raw weight,
// readable form's rank (see Linker.surfaceRank) and weight key (see
// Linker.setKeys).
type vecEntry struct {
	id   int32
	w    float32
	rank uint32
	key  uint16
}

// features rebuilds the Features of the thread in slot (terms in term
// order, as Featurize gives them; no title or label, which the linker
// does not keep).
func (l *Linker) features(slot int32) Features {
	n := l.node(slot)
	f := Features{ID: l.threadID(slot), Story: string(l.stories.id(n.story)), Published: l.published(n),
		Year: int(n.year), Words: int(n.words)}
	if acts := l.actors(n); len(acts) > 0 {
		f.Actors = make([]string, len(acts))
		for i, a := range acts {
			f.Actors[i] = l.acts.str[a]
		}
	}
	if n.dateYear != 0 {
		f.DateYear = int(n.dateYear)
		if n.dateDay != noDay {
			f.Dateline = time.Unix(int64(n.dateDay)*86400, 0).UTC()
		}
	}
	terms, keys, w := l.vec(n)
	ranks := l.wtabs[n.wt].rank
	f.Terms = make([]TermWeight, len(terms))
	for i, t := range terms {
		f.Terms[i] = TermWeight{Term: l.termStr[t], Weight: w[keys[i]], Surface: l.surf.str[l.surfaceOf(t, ranks[keys[i]])]}
	}
	slices.SortFunc(f.Terms, func(a, b TermWeight) int { return strings.Compare(a.Term, b.Term) })
	return f
}

// compareNodes orders threads by date, then story id, then number, then id
// (as compareThreads does for Features).
func (l *Linker) compareNodes(a, b int32) int {
	na, nb := l.node(a), l.node(b)
	if c := cmp.Compare(na.sec, nb.sec); c != 0 {
		return c
	}
	if c := cmp.Compare(na.nsec, nb.nsec); c != 0 {
		return c
	}
	if na.story != nb.story {
		if c := l.stories.compareIDs(na.story, nb.story); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(na.num, nb.num); c != 0 {
		return c
	}
	if !na.odd && !nb.odd {
		return 0 // one story and number: one id
	}
	return l.compareIDs(a, b)
}

// hasRepeat reports whether sorted terms hold one term twice.
func hasRepeat(terms []TermWeight) bool {
	for i := 1; i < len(terms); i++ {
		if terms[i].Term == terms[i-1].Term {
			return true
		}
	}
	return false
}

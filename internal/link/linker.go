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
	// Cohesion keeps apart, in a reclustering, two clusters of at least
	// CoreMin threads each whose average link is below Cohesion times the
	// mean similarity within either: look-alike stories of one kind (two
	// arrests of one team's players, two quakes on one island) share
	// their topic words, so their link clears Local, but each is much
	// tighter than the link between them. 0 turns it off.
	Cohesion float64
	CoreMin  int
	// DateCore, DateBare and DateShare keep apart, in a reclustering, a
	// cluster of at least DateCore threads dated in one year (that share
	// of its threads at least) from one of at least DateBare undated
	// threads (that share of its threads at least), whatever their link:
	// look-alike events of different years, the one reported on dated web
	// pages, the other where no page prints a date. A thread is dated by
	// its story's dateline, else by its publication date. 0 DateCore
	// turns it off.
	DateCore  int
	DateBare  int
	DateShare float64
	// DateSpan: Cohesion keeps no two clusters apart that are both dated
	// in one year (as DateCore has it) with median dates at most
	// DateSpan days apart: stories of one week tell one matter, though it
	// took a turn (a star leaves one clinic for another). 0 turns it off.
	DateSpan float64
}

// DefaultParams returns the tuned parameters.
func DefaultParams() Params {
	return Params{ShortWords: 600, ShortBoost: 1.5, Local: 0.2, RegionMin: 0.15, RegionMax: 50, RegionPair: 0.2, Join: 0.38, Pair: 0.4, AvgLink: 0.25, Merge: 0.45, MergeArcs: 0.3, Prior: 50, DecayDays: 30, YearPenalty: 1, YearBonus: 1.6, Cohesion: 0.65, CoreMin: 5, DateCore: 6, DateBare: 5, DateShare: 0.6, DateSpan: 7}
}

// posting is one thread holding a term, with the term's raw weight.
type posting struct {
	slot int32
	w    float32
}

// Linker holds the features and arcs of every thread in the archive, with
// an inverted index from terms to threads for candidate retrieval. A
// Linker is not safe for concurrent use, not even for reads (candidate
// retrieval and arc labels use scratch buffers): callers serialise access.
type Linker struct {
	p       Params
	nodes   []*[nodeSlab]node // by slot (see node); slots are never reused
	slots   int32             // slots handed out
	stories storyTable
	// oddIDs and oddSlots hold the ids of threads whose id is not
	// "<story>#<num>" (node.odd), by slot and back.
	oddIDs   map[int32]string
	oddSlots map[string]int32
	termID   map[string]int32
	termStr  []string // term id → term
	surf     strTable // readable forms; 0 is ""
	// A term's readable forms are numbered by rank (see surfaceRank):
	// surf1 holds the first by term id, rankSurf the others by term id and
	// rank (and surfRank the ranks by term id and surface id); nsurf
	// counts them by term id.
	surf1    []int32
	nsurf    []uint32
	surfRank map[uint64]uint32
	rankSurf map[uint64]int32
	// wtabs are the weight tables (see setKeys), and wkeys the keys of
	// the last by raw weight and rank.
	wtabs     []weightTable
	wkeys     map[uint64]uint16
	kcache    *[1 << keyCacheBits]keyCacheEntry // in front of wkeys
	strs      map[string]string                 // interned arc ids
	acts      strTable                          // actor keys
	givenKeys strTable                          // a person's given names, joined by spaces
	givens    [][]string                        // given-names id → the words
	df        []int32
	ts        []termStat  // term id → ln(df+1), kept with df, and query scratch
	post      [][]posting // term id → threads holding it
	live      int
	arcs      map[string]*arcState
	arcSlab   []*[arcSlabSize]arcState // arcs by index (see arcAt); 0 is none
	arcCount  int32                    // arc indices handed out
	freeArcs  []int32                  // indices of arcs free for reuse
	// zones are the zones of publication dates, by node.zone (UTC first),
	// with their offsets.
	zones    []*time.Location
	zoneOffs []int

	lnN float64 // ln(live+Prior+1)

	acc      []slotAcc // by slot: scratch dot products, and the thread's 1/|w|
	epoch    uint32
	cbuf     [2][]float64 // scratch: centroids of one-thread arcs
	cands    []int32      // scratch: neighbour candidates
	common   []int32      // scratch: a query's common terms (see termStat.qv)
	tloc     []int32      // scratch: region-local term numbers (+1) by term id
	rs       regionScratch
	nbuf     []neighbour       // scratch: neighbours' result
	acands   []arcCand         // scratch: arcCandidates' result
	entries  []vecEntry        // scratch: newNode's terms
	sortKeys []uint64          // scratch: newNode's term order
	actBuf   []int32           // scratch: newNode's actors
	nameBuf  []int32           // scratch: newNode's people
	ckeys    []candKey         // scratch: topCandidates' keys
	lcands   []labelCand       // scratch: an arc label's terms
	lcased   map[string]string // scratch: how an arc label's names write their words

	vecs    []vecChunk // the threads' vectors (see node.vc)
	vecUsed int        // terms held in vecs
	vecDead int        // of which removed threads'
	aux     [][]int32  // the threads' actors and names (see node.xc)
	auxUsed int        // ids held in aux
	auxDead int        // of which removed threads'
}

// New returns an empty linker with DefaultParams.
func New() *Linker { return NewWith(DefaultParams()) }

// NewWith returns an empty linker with the given parameters.
func NewWith(p Params) *Linker {
	return &Linker{
		p:         p,
		stories:   newStoryTable(),
		oddIDs:    map[int32]string{},
		oddSlots:  map[string]int32{},
		zones:     []*time.Location{time.UTC},
		zoneOffs:  []int{0},
		arcSlab:   []*[arcSlabSize]arcState{new([arcSlabSize]arcState)},
		arcCount:  1,
		termID:    map[string]int32{},
		surfRank:  map[uint64]uint32{},
		rankSurf:  map[uint64]int32{},
		wkeys:     map[uint64]uint16{},
		kcache:    new([1 << keyCacheBits]keyCacheEntry),
		surf:      newStrTable(""),
		strs:      map[string]string{},
		acts:      newStrTable(),
		givenKeys: newStrTable(),
		arcs:      map[string]*arcState{},
	}
}

// Len returns the number of threads held.
func (l *Linker) Len() int { return l.live }

// insert adds a thread to the index without linking it; an existing
// thread of the same id is replaced.
func (l *Linker) insert(f Features) int32 {
	if slot, ok := l.slotOf(f.ID); ok {
		l.removeThread(slot)
	}
	si, ok := l.stories.lookup(f.Story)
	if !ok {
		si = l.stories.add(f.Story)
	}
	slot, n := l.newNode(f, si)
	terms, keys, w := l.vec(n)
	for i, t := range terms {
		l.df[t]++
		l.ts[t].ldf = math.Log(float64(l.df[t]) + 1)
		if l.df[t] > postingCap {
			l.post[t] = nil // too common ever to be walked
		} else {
			l.post[t] = append(l.post[t], posting{slot, w[keys[i]]})
		}
	}
	l.acc = append(l.acc, slotAcc{scale: n.scale})
	l.appendThread(si, slot)
	l.shareDateline(si)
	l.live++
	l.lnN = math.Log(float64(l.live) + l.p.Prior + 1)
	return slot
}

// removeThread drops a thread from the index and from its arc.
func (l *Linker) removeThread(slot int32) {
	n := l.node(slot)
	terms, _, _ := l.vec(n)
	for _, t := range terms {
		l.df[t]--
		l.ts[t].ldf = math.Log(float64(l.df[t]) + 1)
		if l.post[t] != nil {
			l.post[t] = slices.DeleteFunc(l.post[t], func(p posting) bool { return p.slot == slot })
		}
	}
	if n.arc != 0 {
		a := l.arcAt(n.arc)
		a.remove(l, slot)
		if len(a.members) == 0 {
			delete(l.arcs, a.id)
			l.freeArc(a)
		}
	}
	l.dropThread(n.story, slot)
	if n.odd {
		delete(l.oddSlots, l.oddIDs[slot])
		delete(l.oddIDs, slot)
	}
	n.live = false
	l.freeVec(n)
	*n = node{}
	l.live--
	l.lnN = math.Log(float64(l.live) + l.p.Prior + 1)
}

// Load restores a thread with its already-assigned arc (from the store).
// Loading every stored thread gives the linker the state it had when they
// were added, so later Adds decide exactly as they would have.
func (l *Linker) Load(f Features, arc string) {
	slot := l.insert(f)
	arc = intern(l.strs, arc)
	if arc == "" {
		arc = l.newArcID(f.ID)
	}
	a := l.arcs[arc]
	if a == nil {
		a = l.newArc(arc)
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
	id := l.threadID(slot)
	if best == nil {
		a := l.newArc(l.newArcID(id))
		a.add(l, slot)
		out[id] = a.id
		return
	}
	target := best.arc
	target.add(l, slot)
	out[id] = target.id
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

// firstKey returns the slot of the arc's earliest thread, for "older arc"
// decisions.
func (l *Linker) firstKey(a *arcState) int32 {
	first := a.members[0]
	for _, s := range a.members[1:] {
		if l.compareNodes(s, first) < 0 {
			first = s
		}
	}
	return first
}

// merge joins two arcs under the id of the older one and records every
// thread whose arc changed.
func (l *Linker) merge(a, b *arcState, out map[string]string) *arcState {
	keep, drop := a, b
	if l.compareNodes(l.firstKey(b), l.firstKey(a)) < 0 {
		keep, drop = b, a
	}
	for _, s := range drop.members {
		keep.add(l, s)
		out[l.threadID(s)] = keep.id
	}
	delete(l.arcs, drop.id)
	l.freeArc(drop)
	return keep
}

// Remove forgets every thread of a story (before it is re-added after an
// update). Arcs keep their ids; an arc left empty disappears.
func (l *Linker) Remove(story string) {
	si, ok := l.stories.lookup(story)
	if !ok {
		return
	}
	for s := l.stories.sts[si].head; s >= 0; {
		next := l.node(s).next
		l.removeThread(s)
		s = next
	}
}

// Relink recomputes every arc from scratch, as if every story had been
// added one by one in date order (then story id), and returns the full
// thread→arc map. An arc whose membership is mostly unchanged keeps its
// old id.
func (l *Linker) Relink() map[string]string {
	var slots []int32
	old := map[string]string{}
	// A story's date is that of its earliest thread.
	type date struct {
		sec  int64
		nsec int32
	}
	storyDate := make([]date, len(l.stories.sts))
	seen := make([]bool, len(l.stories.sts))
	for s := range l.slots {
		n := l.node(s)
		if !n.live {
			continue
		}
		slots = append(slots, s)
		old[l.threadID(s)] = l.arcAt(n.arc).id
		if d := (date{n.sec, n.nsec}); !seen[n.story] || d.sec < storyDate[n.story].sec || d.sec == storyDate[n.story].sec && d.nsec < storyDate[n.story].nsec {
			storyDate[n.story], seen[n.story] = d, true
		}
	}
	slices.SortFunc(slots, func(a, b int32) int {
		da, db := storyDate[l.node(a).story], storyDate[l.node(b).story]
		if c := cmp.Compare(da.sec, db.sec); c != 0 {
			return c
		}
		if c := cmp.Compare(da.nsec, db.nsec); c != 0 {
			return c
		}
		return l.compareNodes(a, b)
	})
	// Features are rebuilt a story at a time as the fresh linker takes
	// them: all of them at once would cost about 2 KB per thread on top of
	// both linkers (300 MB at 150,000 threads).
	fresh := NewWith(l.p)
	var fs []Features
	for i := 0; i < len(slots); {
		fs = fs[:0]
		j := i
		for j < len(slots) && l.node(slots[j]).story == l.node(slots[i]).story {
			fs = append(fs, l.features(slots[j]))
			j++
		}
		fresh.Add(fs)
		i = j
	}
	fresh.keepIDs(old)
	*l = *fresh
	out := map[string]string{}
	for s := range l.slots {
		if n := l.node(s); n.live {
			out[l.threadID(s)] = l.arcAt(n.arc).id
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
	slices.SortFunc(arcs, func(a, b *arcState) int { return l.compareNodes(l.firstKey(a), l.firstKey(b)) })
	used := map[string]bool{}
	renamed := map[string]*arcState{}
	for _, a := range arcs {
		count := map[string]int{}
		for _, s := range a.members {
			count[old[l.threadID(s)]]++
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
			a.id = l.newArcID(l.threadID(l.firstKey(a)))
		}
		l.arcs[a.id] = a
	}
}

// ArcOf returns the arc of a thread, "" when unknown.
func (l *Linker) ArcOf(thread string) string {
	if slot, ok := l.slotOf(thread); ok {
		return l.arcAt(l.node(slot).arc).id
	}
	return ""
}

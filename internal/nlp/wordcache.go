package nlp

import (
	"hash/maphash"
	"strings"
	"sync"
)

// Most of a token's features depend on the word alone: its own form, shape,
// affixes and cluster, and what it contributes as a neighbour of another
// token. A wordEntry computes those once per distinct word and compiled
// model; decoding then starts a token's scores from the entry's pre-summed
// weights and looks up only the features that depend on the context.
//
// Weights are integers (quantised, see compiled), so summing some rows in
// advance gives exactly the scores that summing them per token gives.

// wordEntry is what decoding needs to know about one word.
type wordEntry struct {
	tokFields           // the word's token fields
	comp      *compiled // the model the rows below belong to

	// vecs holds nVecs packed sums (see compiled) of c.words words each,
	// of vecN[v] rows: v = vecOwn, the word-only features; v = vecPrev
	// and vecNext, what the word adds as the token before or after
	// another (up to five rows each: norm, shape, title, clusters);
	// vecPrev2 and vecNext2, what it adds two tokens before or after
	// another (norm, shape and, before, title); vecMid, vecOwn plus the
	// rows every midToken adds, fCaseRatio (not at a start) and fPosition
	// (past the third token).
	vecs []uint64
	vecN [nVecs]int32

	gaz     gazFirst // the word as the start of a gazetteer phrase
	caseRow [2]int32 // fCaseRatio at a sentence start/headline (1) or not (0)
	initRow [2]int32 // fInitialShape, fWordCaseInit: the word opens a sentence
	headRow [2]int32 // fHeadShape, fHeadNorm: the word is in a headline

	shapeID uint16 // the shape's number in comp.shapes (0: none)

	// FNV states of the pair features: with the word as the earlier
	// (prevShape, shape3, normPrev) or the current one (shapeNext,
	// normNext); the other word's string is hashed on at decoding.
	hShapePrev, hShape3, hNormPrev, hShapeNext, hNormNext uint64
}

// The packed sums of a wordEntry, in order.
const (
	vecOwn = iota
	vecPrev
	vecNext
	vecPrev2
	vecNext2
	vecMid
	nVecs
)

// midToken reports whether token i of s is past the third and s is no
// headline: whether its own vector is vecMid, which holds its fCaseRatio
// and fPosition rows, rather than vecOwn and those rows.
func midToken(s *sentence, i int) bool { return i >= 3 && !s.headline }

// ownVec is the own vector of token i of s (see midToken).
func ownVec(s *sentence, i int) int {
	if midToken(s, i) {
		return vecMid
	}
	return vecOwn
}

// vec returns packed sum v of e and its row count.
func (e *wordEntry) vec(v, words int) ([]uint64, int) {
	return e.vecs[v*words : (v+1)*words], int(e.vecN[v])
}

// nearOffsets are the window offsets of the neighbour features.
var nearOffsets = [4]int{-2, -1, 1, 2}

// ctxRows are the rows of context features that take few values, looked
// up once per compiled model.
type ctxRows struct {
	pad      [4]int32    // fNormAt "<pad>" per near offset
	position [4][5]int32 // fPosition by position (≤3) and sentence length (≤4)
	gaz      [32]int32   // fGaz by bit
	gazAfter [2]int32    // fGaz 100, by capitalisation
	gazFirst int32       // fGaz 101
	docLower [2][2]int32
	capMid   [3]int32
	votes    [2]voteRows // fNonLocal, fNonLocalSpan
	// FNV states of the pair features at the sentence edges.
	hShapePrevStart, hShape3Start, hNormPrevStart uint64
}

// voteRows are the rows of the features addVotes makes for one template.
type voteRows struct {
	none  int32                // no votes
	best  [nTypes + 1]int32    // the majority type
	level [nTypes + 1][4]int32 // per type, its share of the votes
}

// appendVoteRows appends the rows of the features addVotes makes for v.
func (r *voteRows) appendVoteRows(rows []int32, v [nTypes + 1]uint16) []int32 {
	add := func(row int32) {
		if row >= 0 {
			rows = append(rows, row)
		}
	}
	total, best, bi := 0, 0, -1
	for k, c := range v {
		total += int(c)
		if int(c) > best {
			best, bi = int(c), k
		}
	}
	if total == 0 {
		add(r.none)
		return rows
	}
	add(r.best[bi])
	for k := 1; k < len(v); k++ {
		c := int(v[k])
		lvl := 0
		switch {
		case c == total:
			lvl = 3
		case 2*c >= total:
			lvl = 2
		case c > 0:
			lvl = 1
		}
		add(r.level[k][lvl])
	}
	return rows
}

// row returns the row of feature hash h, or -1.
func (c *compiled) row(h uint64) int32 { return c.rowOfKey(fold(h)) }

// rowOfKey returns the row of feature key k, or -1.
func (c *compiled) rowOfKey(k uint32) int32 {
	if c.filter.mayHave(k) {
		return c.table.get(k)
	}
	return -1
}

// setupContext fills c.ctx.
func (c *compiled) setupContext() {
	x := &c.ctx
	for k, off := range nearOffsets {
		x.pad[k] = c.row(hInt(hStr(hInt(hTpl(fNormAt), off), "<pad>"), 0))
	}
	for p := range x.position {
		for n := range x.position[p] {
			x.position[p][n] = c.row(hInt(hInt(hTpl(fPosition), p), n))
		}
	}
	for b := range x.gaz {
		x.gaz[b] = c.row(hInt(hTpl(fGaz), b))
	}
	for v := range x.gazAfter {
		x.gazAfter[v] = c.row(hInt(hInt(hTpl(fGaz), 100), v))
	}
	x.gazFirst = c.row(hInt(hTpl(fGaz), 101))
	for a := range x.docLower {
		for b := range x.docLower[a] {
			x.docLower[a][b] = c.row(hInt(hInt(hTpl(fDocLower), a), b))
		}
	}
	for v := range x.capMid {
		x.capMid[v] = c.row(hInt(hTpl(fDocCapMid), v))
	}
	for i, tpl := range [...]byte{fNonLocal, fNonLocalSpan} {
		v := &x.votes[i]
		v.none = c.row(hInt(hTpl(tpl), 99))
		for k := range v.best {
			v.best[k] = c.row(hInt(hInt(hTpl(tpl), 100), k))
			for lvl := range v.level[k] {
				v.level[k][lvl] = c.row(hInt(hInt(hTpl(tpl), k), lvl))
			}
		}
	}
	x.hShapePrevStart = hStr(hTpl(fShapePrev), "<s>")
	x.hShape3Start = hStr(hTpl(fShape3), "<s>")
	x.hNormPrevStart = hStr(hTpl(fNormPrev), "<s>")
}

// prepareToken computes the token fields of word w.
func (m *Model) prepareToken(w string) tokFields {
	w = normalizeToken(w)
	t := tokFields{word: w, norm: normWord(w), cap: isCap(w), caseRatio: -1, lower: hasLower(w), letter: hasLetter(w)}
	t.shape, t.shapeLong = wordShape(w)
	if c, ok := m.lex[w]; ok {
		t.cluster = c
	} else if c, ok := m.lex[t.norm]; ok {
		t.cluster = c
	}
	if cr, ok := m.caseStat(t.norm); ok {
		t.caseRatio = cr
	}
	t.title = titleClass[strings.TrimSuffix(t.norm, ".")]
	return t
}

// newWordEntry builds the entry of word w for c.
func (m *Model) newWordEntry(c *compiled, w string) *wordEntry {
	// The key is usually a slice of a whole text; keep only the word.
	e := newEntryStorage(nVecs * c.words)
	e.tokFields, e.comp = m.prepareToken(strings.Clone(w)), c
	t := &e.tokFields
	var ownBuf [17]uint32 // as many as the features below
	own := ownBuf[:0]
	add := func(h uint64) { own = append(own, fold(h)) }
	t.wordKeys(add)
	if t.cluster != "" {
		for _, k := range [...]int{4, 6, 10, 20} {
			add(hStr(hInt(hTpl(fCluster), k), prefix(t.cluster, k)))
		}
	}
	sum := func(v int, rows []int32) {
		var buf [len(ownBuf) + 2]int32
		kept := buf[:0]
		for _, row := range rows {
			if row >= 0 {
				kept = append(kept, row)
			}
		}
		// Under maxPacked rows: the sums never overflow a lane.
		acc := e.vecs[v*c.words : (v+1)*c.words]
		if c.words == sumWords {
			a := (*[sumWords]uint64)(acc)
			sumRows(a, nil, kept, c.packed, 0)
			sumRows(a, nil, kept, c.packed, sumWords/2)
		} else {
			ps := packedSum{acc: acc}
			for _, row := range kept {
				ps.add(c.packed, int(row)*c.words, nil)
			}
		}
		e.vecN[v] = int32(len(kept))
	}
	e.caseRow = [2]int32{-1, -1}
	if t.caseRatio >= 0 {
		for v := range e.caseRow {
			e.caseRow[v] = c.row(hInt(hInt(hTpl(fCaseRatio), t.caseRatio), v))
		}
	}
	var rowBuf [len(ownBuf) + 2]int32
	ownRows := rowBuf[:0]
	for _, f := range own {
		ownRows = append(ownRows, c.rowOfKey(f))
	}
	sum(vecOwn, ownRows)
	// A midToken is no start, and past the third of at least four.
	sum(vecMid, append(ownRows, e.caseRow[0], c.ctx.position[3][4]))
	e.initRow = [2]int32{c.row(hStr(hTpl(fInitialShape), t.shape)), c.row(hStr(hTpl(fWordCaseInit), t.norm))}
	e.headRow = [2]int32{c.row(hStr(hTpl(fHeadShape), t.shape)), c.row(hStr(hTpl(fHeadNorm), t.norm))}
	for _, off := range nearOffsets {
		rows := [5]int32{-1, -1, -1, -1, -1}
		rows[0] = c.row(hStr(hInt(hTpl(fNormAt), off), t.norm))
		rows[1] = c.row(hStr(hInt(hTpl(fShapeAt), off), t.shape))
		if t.title != 0 && off < 0 {
			rows[2] = c.row(hInt(hInt(hTpl(fTitleAt), off), int(t.title)))
		}
		if t.cluster != "" && (off == -1 || off == 1) {
			rows[3] = c.row(hStr(hInt(hTpl(fClusterAt), off), prefix(t.cluster, 6)))
			rows[4] = c.row(hStr(hInt(hTpl(fClusterAt), off+10), t.cluster))
		}
		sum(vecAt[off+2], rows[:])
	}
	if m.gaz != nil {
		e.gaz = m.gaz.first(t.word)
	}
	e.shapeID = c.shapes.id(t.shape)
	e.hShapePrev = hStr(hTpl(fShapePrev), t.shape)
	e.hShape3 = hStr(hTpl(fShape3), t.shape)
	e.hNormPrev = hStr(hTpl(fNormPrev), t.norm)
	e.hShapeNext = hStr(hTpl(fShapeNext), t.shape)
	e.hNormNext = hStr(hTpl(fNormNext), t.norm)
	return e
}

// vecAt[off+2] is the packed sum of what a word adds at nearOffsets off.
var vecAt = [5]int{vecPrev2, vecPrev, -1, vecNext, vecNext2}

// entryWithVecs is a wordEntry with room for its packed sums right after
// it, so that summing a token's scores finds them next to the entry's
// other fields instead of in a block of their own elsewhere.
type entryWithVecs struct {
	wordEntry
	vecs [nVecs * sumWords]uint64
}

// newEntryStorage returns an empty entry with n words of packed sums.
func newEntryStorage(n int) *wordEntry {
	if n > len(entryWithVecs{}.vecs) {
		return &wordEntry{vecs: make([]uint64, n)}
	}
	b := new(entryWithVecs)
	b.wordEntry.vecs = b.vecs[:n]
	return &b.wordEntry
}

// entry returns the entry of word w (a raw token) for c, building and
// caching it when it is new.
func (m *Model) entry(c *compiled, w string) *wordEntry {
	if e := c.vocab.get(w); e != nil {
		return e
	}
	e := m.newWordEntry(c, w)
	c.vocab.put(e.word, w, e)
	return e
}

// wordMemo is a small set-associative cache of word entries in front of
// the model's shared wordCache. Each docBuf has its own, so a hit takes
// no lock and no map lookup; the words of news text repeat enough ("the",
// ",", "said") that most tokens hit. A set is two slots in one cache line
// (the one used last first), so that a probe reads one line and two
// frequent words that hash alike do not keep evicting each other.
type wordMemo struct {
	seed maphash.Seed
	comp *compiled // the model of every entry in sets (nil: none yet)
	sets [wordMemoSets][2]memoSlot
}

const wordMemoSets = 1 << 13

// memoSlot holds a word of up to len(w) bytes; longer words are not kept.
type memoSlot struct {
	n uint8    // the word's length, 0: empty
	w [23]byte // the word
	e *wordEntry
}

// holds reports whether s holds word w's entry. Every entry of a memo
// belongs to its comp, so a hit reads the slot alone, not the entry.
func (s *memoSlot) holds(w string) bool {
	return int(s.n) == len(w) && string(s.w[:s.n]) == w
}

func newWordMemo() *wordMemo { return &wordMemo{seed: maphash.MakeSeed()} }

// entry is m.entry(c, w) through the memo (nil: none).
func (wm *wordMemo) entry(m *Model, c *compiled, w string) *wordEntry {
	if wm == nil || len(w) > len(memoSlot{}.w) || w == "" {
		return m.entry(c, w)
	}
	if wm.comp != c {
		// Another model's entries (training, tests): start afresh.
		wm.sets, wm.comp = [wordMemoSets][2]memoSlot{}, c
	}
	set := &wm.sets[maphash.String(wm.seed, w)&(wordMemoSets-1)]
	if set[0].holds(w) {
		return set[0].e
	}
	if set[1].holds(w) {
		set[0], set[1] = set[1], set[0]
		return set[0].e
	}
	e := m.entry(c, w)
	set[1] = set[0]
	set[0].n = uint8(copy(set[0].w[:], w))
	set[0].e = e
	return e
}

// Word cache bounds: a shard that fills up is emptied, so the cache never
// holds more than wordShards*wordsPerShard entries (a few tens of MB).
const (
	wordShards    = 64
	wordsPerShard = 1024
)

// wordCache maps raw token strings to their entries. It is safe for
// concurrent use; sharding keeps the import workers from contending.
type wordCache struct {
	seed   maphash.Seed
	shards [wordShards]wordShard
}

type wordShard struct {
	mu sync.RWMutex
	m  map[string]*wordEntry
}

func newWordCache() *wordCache { return &wordCache{seed: maphash.MakeSeed()} }

func (wc *wordCache) shard(w string) *wordShard {
	return &wc.shards[maphash.String(wc.seed, w)%wordShards]
}

func (wc *wordCache) get(w string) *wordEntry {
	s := wc.shard(w)
	s.mu.RLock()
	e := s.m[w]
	s.mu.RUnlock()
	return e
}

// put stores e under the raw token w; owned is a copy of w's normalised
// form that the entry already keeps, used as the key when it equals w so
// that the cache holds no slice of the caller's text.
func (wc *wordCache) put(owned, w string, e *wordEntry) {
	if owned != w {
		w = strings.Clone(w)
	} else {
		w = owned
	}
	s := wc.shard(w)
	s.mu.Lock()
	if s.m == nil || len(s.m) >= wordsPerShard {
		s.m = make(map[string]*wordEntry, 64)
	}
	s.m[w] = e
	s.mu.Unlock()
}

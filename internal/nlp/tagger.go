package nlp

import (
	"math/bits"
	"strings"
	"sync"
)

// scratch holds reusable buffers for decoding.
type scratch struct {
	em    []float32
	acc   []int32
	dp    []float32
	back  []uint8     // Viterbi back pointers
	all   []int32     // shared backing store of sentRows.rows
	offs  []int32     // shared backing store of sentRows.off
	bases []int32     // per-token base scores of all stages
	rows  []int32     // one token's vote feature rows
	pacc  []uint64    // packedSum accumulator, all zero between uses
	pair  []int32     // one sentence's word-pair rows, two per token
	ems   []float32   // emission scores of both stages, all sentences (see baseScores)
	shps  []*shapeVec // shared backing store of sentRows.shape
}

// scratchPool recycles decoding buffers between documents.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentRows caches the weight rows of a sentence's first-stage features so
// that later stages need not extract and look them up again.
type sentRows struct {
	rows []int32
	off  []int32 // token i: rows[off[i]:off[i+1]]
	// shape[i], when shape and it are not nil, holds the summed rows of
	// token i's shape features, which rows then leaves out.
	shape []*shapeVec
}

// shapeAt returns the shape features' vector of token i (nil: none).
func (r *sentRows) shapeAt(i int) *shapeVec {
	if r.shape == nil {
		return nil
	}
	return r.shape[i]
}

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// lookup finds the rows of the first-stage features of s that depend on
// the token's context; the word-only ones and those of the neighbours in
// the ±2 window are pre-summed in the wordEntries (see features for the full
// list, which lookup and baseScores together must match).
func (m *Model) lookup(sc *scratch, s *sentence, d *docContext, r *sentRows) {
	c := m.comp
	x := &c.ctx
	base, obase := len(sc.all), len(sc.offs)
	sc.offs = append(sc.offs, 0)
	var shp []*shapeVec
	if c.shapes.vecs != nil {
		at := len(sc.shps)
		sc.shps = append(sc.shps, make([]*shapeVec, len(s.toks))...)
		shp = sc.shps[at:len(sc.shps):len(sc.shps)]
	}
	toks := s.toks
	for i := range toks {
		if e := toks[i].info; e == nil || e.comp != c {
			toks[i].info = m.entry(c, toks[i].word)
		}
	}
	n := len(toks)
	// The rows of the word-pair features (normPrev, normNext) first, in
	// a loop of their own: their look-ups, in a filter and a table too
	// large for the nearest caches, then wait for memory together.
	sc.pair = grow(sc.pair, 2*n)
	pair := sc.pair
	for i := range toks {
		t := &toks[i]
		hNormPrev, nextNorm := x.hNormPrevStart, "</s>"
		if i > 0 {
			hNormPrev = toks[i-1].info.hNormPrev
		}
		if i+1 < n {
			nextNorm = toks[i+1].info.norm
		}
		pair[2*i] = c.row(hStr(hNormPrev, t.norm))
		pair[2*i+1] = c.row(hStr(t.info.hNormNext, nextNorm))
	}
	rows := sc.all
	addRow := func(row int32) {
		if row >= 0 {
			rows = append(rows, row)
		}
	}
	addHash := func(h uint64) { addRow(c.row(h)) }
	for i := range toks {
		t := &toks[i]
		e := t.info
		start := i == 0 || s.headline
		// The neighbours' rows are pre-summed in their entries (see
		// baseScores); past the sentence's ends, two tokens from either
		// end at most, are pads.
		if i < 2 || i+2 >= n {
			for k, off := range nearOffsets {
				if j := i + off; j < 0 || j >= n {
					addRow(x.pad[k])
				}
			}
		}
		hShapePrev, hShape3 := x.hShapePrevStart, x.hShape3Start
		prevShape, prevID := "<s>", uint16(shapeStart)
		if i > 0 {
			p := toks[i-1].info
			hShapePrev, hShape3 = p.hShapePrev, p.hShape3
			prevShape, prevID = p.shape, p.shapeID
		}
		nextShape, nextID := "</s>", uint16(shapeEnd)
		if i+1 < n {
			nx := toks[i+1].info
			nextShape, nextID = nx.shape, nx.shapeID
		}
		switch {
		case prevID != 0 && e.shapeID != 0 && nextID != 0 && shp != nil:
			shp[i] = c.shapeVec(prevID, e.shapeID, nextID, prevShape, t.shape, nextShape)
		case prevID != 0 && e.shapeID != 0 && nextID != 0:
			// The rows of the three shape features, from the cache.
			before, _ := c.pair(prevID, e.shapeID, prevShape, t.shape)
			_, after := c.pair(e.shapeID, nextID, t.shape, nextShape)
			addRow(before)
			addRow(after)
			addRow(c.triple(prevID, e.shapeID, nextID, prevShape, t.shape, nextShape))
		default:
			addHash(hStr(hShapePrev, t.shape))
			addHash(hStr(e.hShapeNext, nextShape))
			addHash(hStr(hStr(hShape3, t.shape), nextShape))
		}
		addRow(pair[2*i])
		addRow(pair[2*i+1])
		if i == 0 {
			addRow(e.initRow[0])
			addRow(e.initRow[1])
		}
		if !midToken(s, i) {
			addRow(x.position[min(i, 3)][min(n, 4)])
			addRow(e.caseRow[boolInt(start)])
		}
		if s.headline {
			addRow(e.headRow[0])
			addRow(e.headRow[1])
		}
		if i < len(s.gaz) {
			for b := uint32(s.gaz[i]); b != 0; b &= b - 1 {
				addRow(x.gaz[bits.TrailingZeros32(b)])
			}
			const first = 1 << (4 * firstNameBit)
			if i > 0 && s.gaz[i-1]&first != 0 {
				addRow(x.gazAfter[boolInt(t.cap)])
			}
			if i+1 < len(s.gaz) && s.gaz[i]&first != 0 && toks[i+1].cap {
				addRow(x.gazFirst)
			}
		}
		if d != nil && (t.cap || s.headline) && t.letter {
			addRow(x.docLower[boolInt(d.lower[t.norm])][boolInt(start)])
			if start {
				addRow(x.capMid[min(d.capMid[t.word], 2)])
			}
		}
		sc.offs = append(sc.offs, int32(len(rows)-base))
	}
	sc.all = rows
	r.rows = sc.all[base:len(sc.all):len(sc.all)]
	r.off = sc.offs[obase:len(sc.offs):len(sc.offs)]
	r.shape = shp
}

// baseScores sums, for every token and every stage at once, the weights of
// the first-stage features: the pre-summed rows of the token's word, of
// its neighbours in the ±2 window and of its shape features (when r has
// them), plus its context rows. Row r holds all
// stages' weights side by side, so each row is fetched from memory once.
//
// With em (2*n*nt values, nil: none), for the BILOU tag set in two stages,
// it also sets the emission scores decodeSentence would compute: the
// first stage's in em[:n*nt] (base keeps no first-stage scores then) and
// the second's for a token no other occurrence voted for in em[n*nt:].
func (m *Model) baseScores(sc *scratch, s *sentence, r *sentRows, base []int32, em []float32) {
	c := m.comp
	nt := len(m.tags)
	stride := c.stride
	w := c.words
	ps := packedSum{acc: sc.pacc[:w]}
	toks := s.toks
	n := len(toks)
	var to emissions
	if em != nil {
		to.noVotes, to.scale = (*[bilouTags]int32)(c.noVotes[1]), c.scale
	}
	for i := range toks {
		e := base[i*stride : (i+1)*stride]
		if em != nil {
			to.em0 = (*[bilouTags]float32)(em[i*bilouTags:])
			to.em1 = (*[bilouTags]float32)(em[(n+i)*bilouTags:])
			if !sumFast(toks, i, ownVec(s, i), r.rows[r.off[i]:r.off[i+1]], r.shapeAt(i), c.packed, e, nt, c.wps, &to) {
				m.sumSlow(&ps, s, r, i, e)
				scaleScores(to.em0[:], e[:bilouTags], c.scale)
				b1 := (*[bilouTags]int32)(e[bilouTags:])
				for k := range to.em1 {
					to.em1[k] = float32(b1[k]+to.noVotes[k]) * c.scale
				}
			}
			continue
		}
		if w == sumWords && sumFast(toks, i, ownVec(s, i), r.rows[r.off[i]:r.off[i+1]], r.shapeAt(i), c.packed, e, nt, c.wps, nil) {
			continue
		}
		m.sumSlow(&ps, s, r, i, e)
	}
}

// sumSlow is baseScores' sum for token i of s into e, a row at a time
// through ps (empty before and after).
func (m *Model) sumSlow(ps *packedSum, s *sentence, r *sentRows, i int, e []int32) {
	c := m.comp
	nt := len(m.tags)
	w := c.words
	acc := ps.acc
	addVec := func(e []int32, src []uint64, cnt int) {
		if ps.count+cnt >= maxPacked {
			c.flushStages(ps, e, nt)
		}
		src = src[:len(acc)]
		for j := range acc {
			acc[j] += src[j]
		}
		ps.count += cnt
	}
	toks := s.toks
	clear(e)
	v, cnt := toks[i].info.vec(ownVec(s, i), w)
	addVec(e, v, cnt)
	if sv := r.shapeAt(i); sv != nil {
		addVec(e, sv.v[:], int(sv.n))
	}
	for k := range nearOffsets {
		if v, cnt := nearVec(toks, i, k, w); v != nil {
			addVec(e, v, cnt)
		}
	}
	for _, row := range r.rows[r.off[i]:r.off[i+1]] {
		// packedSum.add, inlined: this is the innermost loop.
		at := int(row) * w
		src := c.packed[at : at+w]
		src = src[:len(acc)]
		for j := range acc {
			acc[j] += src[j]
		}
		ps.count++
		if ps.count >= maxPacked-1 {
			c.flushStages(ps, e, nt)
		}
	}
	c.flushStages(ps, e, nt)
}

// flushStages unpacks an all-stage sum into e (stride values).
func (c *compiled) flushStages(ps *packedSum, e []int32, nt int) {
	if ps.count == 0 {
		return
	}
	full := ps.acc
	count := ps.count
	for s := 0; s*c.wps < len(full); s++ {
		ps.acc = full[s*c.wps : (s+1)*c.wps]
		ps.count = count
		ps.flush(e[s*nt : (s+1)*nt])
	}
	ps.acc = full
	ps.count = 0
}

// decodeSentence runs one stage over a sentence whose base scores are
// computed and returns its tag path. em, when not nil, holds the emission
// scores baseScores set (see there).
func (m *Model) decodeSentence(sc *scratch, s *sentence, base []int32, stage int, path []int, em []float32) []int {
	n := len(s.toks)
	if n == 0 {
		return path[:0]
	}
	c := m.comp
	nt := len(m.tags)
	sc.acc = grow(sc.acc, nt)
	sc.dp = grow(sc.dp, n*nt)
	sc.back = grow(sc.back, n*nt)
	if em != nil {
		em = em[stage*n*nt : (stage+1)*n*nt]
		for i := 0; stage > 0 && i < n; i++ {
			b, e := base[i*c.stride+stage*nt:][:nt], em[i*nt:(i+1)*nt]
			switch {
			case i >= len(s.nonLocal):
				scaleScores(e, b, c.scale)
			case s.nonLocal[i] != vote{} || s.spanVote[i] != vote{}:
				m.votedScores(sc, s, i, b, stage, e)
			}
		}
		return m.viterbi(em, n, &c.trel[stage], c.start[stage], sc.dp, sc.back, path)
	}
	sc.em = grow(sc.em, n*nt)
	for i := 0; i < n; i++ {
		b := base[i*c.stride+stage*nt:][:nt]
		em := sc.em[i*nt : (i+1)*nt]
		switch {
		case stage == 0 || i >= len(s.nonLocal):
			scaleScores(em, b, c.scale)
		case s.nonLocal[i] == vote{} && s.spanVote[i] == vote{}:
			em, nv := em[:len(b)], c.noVotes[stage][:len(b)]
			for k, v := range b {
				em[k] = float32(v+nv[k]) * c.scale
			}
		default:
			m.votedScores(sc, s, i, b, stage, em)
		}
	}
	return m.viterbi(sc.em, n, &c.trel[stage], c.start[stage], sc.dp, sc.back, path)
}

// votedScores sets em to the emission scores of token i of s at a later
// stage when other occurrences of its word voted: its base scores b plus
// the rows of voteFeatures(s, i), found without hashing.
func (m *Model) votedScores(sc *scratch, s *sentence, i int, b []int32, stage int, em []float32) {
	c := m.comp
	ps := packedSum{acc: sc.pacc[:c.wps]}
	e := sc.acc
	copy(e, b)
	rows := c.ctx.votes[0].appendVoteRows(sc.rows[:0], s.nonLocal[i])
	rows = c.ctx.votes[1].appendVoteRows(rows, s.spanVote[i])
	for _, row := range rows {
		ps.add(c.packed, int(row)*c.words+stage*c.wps, e)
	}
	ps.flush(e)
	sc.rows = rows
	scaleScores(em, e, c.scale)
}

// scaleScores sets em to the integer scores e times scale.
func scaleScores(em []float32, e []int32, scale float32) {
	em = em[:len(e)]
	for k, v := range e {
		em[k] = float32(v) * scale
	}
}

// prepareDocument prepares the sentences of one document in b's storage.
func (m *Model) prepareDocument(sents [][]string, b *docBuf) ([]sentence, *docContext) {
	n := 0
	for _, w := range sents {
		n += len(w)
	}
	// One buffer for all tokens and gazetteer hits of the document.
	b.tok = grow(b.tok, n)
	toks := b.tok
	var gaz []gazHit
	if m.gaz != nil && len(m.gaz.names) > 0 {
		b.gaz = grow(b.gaz, n)
		gaz = b.gaz
		clear(gaz)
	}
	b.prep = grow(b.prep, len(sents))
	prep := b.prep
	at := 0
	for i, w := range sents {
		end := at + len(w)
		var g []gazHit
		if gaz != nil {
			g = gaz[at:end:end]
		}
		prep[i], b.norm = m.prepare(w, toks[at:end:end], g, b.norm, b.memo)
		at = end
	}
	b.ctx.fill(prep)
	return prep, &b.ctx
}

// tagPrepared decodes a prepared document through all stages; the paths
// are in b's storage.
func (m *Model) tagPrepared(prep []sentence, d *docContext, stages int, b *docBuf) [][]int {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.pacc = grow(sc.pacc, m.comp.words)
	clear(sc.pacc)
	ntok := 0
	for i := range prep {
		ntok += len(prep[i].toks)
	}
	b.pathOf = grow(b.pathOf, len(prep))
	paths := b.pathOf
	b.paths = grow(b.paths, ntok)
	b.rows = grow(b.rows, len(prep))
	rows := b.rows
	// One buffer for all sentences; each sentence takes a slice of it.
	sc.all = grow(sc.all, ntok*56)[:0]
	sc.offs = grow(sc.offs, ntok+len(prep))[:0]
	sc.shps = grow(sc.shps, ntok)[:0]
	stride := m.comp.stride
	sc.bases = grow(sc.bases, ntok*stride)
	bases := sc.bases
	// The emission scores of both stages, set with the base scores, when
	// baseScores can (see there).
	nt := len(m.tags)
	var ems []float32
	if m.comp.words == sumWords && nt == bilouTags && stages == 2 {
		sc.ems = grow(sc.ems, 2*ntok*nt)
		ems = sc.ems
	}
	emOf := func(at, n int) []float32 {
		if ems == nil {
			return nil
		}
		return ems[2*at*nt : 2*(at+n)*nt]
	}
	at := 0 // tokens of the sentences before
	b.base = grow(b.base, len(prep))
	base := b.base
	for i := range prep {
		n := len(prep[i].toks)
		base[i] = bases[at*stride : (at+n)*stride]
		m.lookup(sc, &prep[i], d, &rows[i])
		m.baseScores(sc, &prep[i], &rows[i], base[i], emOf(at, n))
		paths[i] = m.decodeSentence(sc, &prep[i], base[i], 0, b.paths[at:at+n:at+n], emOf(at, n))
		at += n
	}
	for st := 1; st < stages; st++ {
		m.setVotes(prep, paths, b)
		at = 0
		for i := range prep {
			n := len(prep[i].toks)
			paths[i] = m.decodeSentence(sc, &prep[i], base[i], st, paths[i], emOf(at, n))
			at += n
		}
	}
	return paths
}

// setVotes records, for every capitalised token, the first-pass types of the
// other occurrences of the same word in the document; the votes are in
// b's storage.
func (m *Model) setVotes(prep []sentence, paths [][]int, b *docBuf) {
	tokVotes, spanVotes := &b.tokVotes, &b.spanVotes
	tokVotes.reset()
	spanVotes.reset()
	for si, s := range prep {
		path := paths[si]
		for i, t := range s.toks {
			if !t.cap && !s.headline {
				continue
			}
			_, ty := m.tagInfo(path[i])
			tokVotes.at(t.word)[ty]++
		}
		m.forSpans(path, func(start, end, ty int) {
			if end-start < 2 {
				return
			}
			for j := start; j < end; j++ {
				spanVotes.at(s.toks[j].word)[ty]++
			}
		})
	}
	n := 0
	for si := range prep {
		n += len(prep[si].toks)
	}
	b.votes = grow(b.votes, 2*n) // one buffer for the document
	votes := b.votes
	clear(votes)
	for si := range prep {
		s := &prep[si]
		path := paths[si]
		k := len(s.toks)
		s.nonLocal, s.spanVote, votes = votes[:k:k], votes[k:2*k:2*k], votes[2*k:]
		for i, t := range s.toks {
			if !t.cap && !s.headline {
				continue
			}
			v := tokVotes.get(t.word)
			_, ty := m.tagInfo(path[i])
			v[ty]-- // not counting this token itself
			s.nonLocal[i] = v
			s.spanVote[i] = spanVotes.get(t.word)
		}
	}
}

// forSpans calls f with the bounds and type index of every entity in
// path, in order: the spans appendSpansFromIOB finds in the tags
// decodeInto gives, without building the tags. A token continues an
// entity when it is inside (I or L) of the type of the token before it,
// which is when decodeInto's repair leaves its I- tag alone.
func (m *Model) forSpans(path []int, f func(start, end, ty int)) {
	start, typ := 0, 0 // the open entity (typ 0: none)
	for i, k := range path {
		p, ty := m.tagInfo(k)
		if ty != 0 && ty == typ && p != 'B' && p != 'U' {
			continue
		}
		if typ != 0 {
			f(start, i, typ)
		}
		start, typ = i, ty
	}
	if typ != 0 {
		f(start, len(path), typ)
	}
}

// appendEntitySpans appends to spans the entities of path with the
// CoNLL convention on titles applied: the spans stripHonorifics leaves in
// decodeInto's tags, found without building the tags.
func (m *Model) appendEntitySpans(spans []Span, toks []tok, path []int) []Span {
	m.forSpans(path, func(start, end, ty int) {
		sp := Span{start, end, entityTypes[ty-1]}
		switch honorificCut(toks, sp) {
		case cutAll:
			return
		case cutFirst:
			sp = Span{start + 1, end, "PER"}
		}
		spans = append(spans, sp)
	})
	return spans
}

// TagDocument tags the sentences of one document, each a slice of tokens,
// and returns IOB2 tags per token. Tagging a whole document at once lets the
// model use what it found elsewhere in the document.
func (m *Model) TagDocument(sentences [][]string) [][]string {
	b := docPool.Get().(*docBuf)
	defer b.release()
	prep, d := m.prepareDocument(sentences, b)
	paths := m.tagPrepared(prep, d, len(m.stages), b)
	out := make([][]string, len(paths))
	for i, p := range paths {
		out[i] = m.decode(p)
		b.spans = stripHonorifics(prep[i].toks, out[i], b.spans)
	}
	return out
}

// stripHonorifics applies the CoNLL convention that titles are not part
// of names (see honorificCut) to the IOB2 tags of toks: a title or role
// word alone becomes O, and one before a name comes off the front, the
// rest becoming a person ("Lord Haskins" -> "Haskins"). Tags in IOB2 (as
// decodeInto gives them) keep their other entities; spans is scratch
// space, returned for reuse.
func stripHonorifics(toks []tok, tags []string, spans []Span) []Span {
	spans = appendSpansFromIOB(spans[:0], tags)
	for _, sp := range spans {
		switch honorificCut(toks, sp) {
		case cutAll:
			tags[sp.Start] = "O"
		case cutFirst:
			tags[sp.Start] = "O"
			tags[sp.Start+1] = "B-PER"
			for j := sp.Start + 2; j < sp.End; j++ {
				tags[j] = "I-PER"
			}
		}
	}
	return spans
}

// What honorificCut does to an entity.
const (
	cutNone  = iota // keep it
	cutAll          // a title or role word alone: no entity
	cutFirst        // drop its first token, a title, the rest is a person
)

// honorificCut applies the CoNLL convention that titles are not part of
// names to entity sp of toks: an honorific ("Mr", "Dame", "Lord") comes
// off the front of an entity and the rest becomes a person; a role word
// ("Chancellor", "President") comes off the front of a person; and a
// title or role word alone is no entity.
func honorificCut(toks []tok, sp Span) int {
	first := toks[sp.Start]
	if sp.End-sp.Start == 1 {
		if first.title == 1 || roleWords[strings.TrimSuffix(first.norm, ".")] {
			return cutAll
		}
		return cutNone
	}
	if !isCap(toks[sp.Start+1].word) {
		return cutNone
	}
	if first.title == 1 || sp.Type == "PER" && roleWords[first.norm] {
		return cutFirst
	}
	return cutNone
}

// roleWords are titles of office that precede a name ("Chancellor Rachel
// Reeves") and, alone, stand for a post rather than a name. Royal titles
// are left out: "King" and "Prince" are also surnames and parts of names.
var roleWords = map[string]bool{
	"chancellor": true, "president": true, "minister": true, "secretary": true,
	"premier": true, "senator": true, "governor": true, "judge": true,
	"mayor": true, "chairman": true, "chairwoman": true, "archbishop": true, "bishop": true, "ambassador": true, "commissioner": true,
	"inspector": true, "detective": true, "sergeant": true, "constable": true,
	"coach": true, "manager": true, "captain": true, "spokesman": true,
	"spokeswoman": true, "councillor": true,
}

// Tag tags one sentence of tokens on its own and returns IOB2 tags.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDocument([][]string{tokens})[0]
}

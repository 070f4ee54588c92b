package nlp

import "math/bits"

// Feature templates. Each feature is hashed from its template byte and its
// string or integer parts, so the numbering must stay stable once a model is
// trained.
const (
	fBias byte = iota + 1
	fWord
	fNorm
	fShape
	fShapeLong
	fPrefix
	fSuffix
	fNormAt
	fShapeAt
	fShapePrev
	fShapeNext
	fShape3
	fNormPrev
	fNormNext
	fInitialShape
	fHeadShape
	fHeadNorm
	fCluster
	fClusterAt
	fGaz
	fTitleAt
	fDocLower
	fDocCapMid
	fCaseRatio
	fNonLocal
	fSentLen
	fPosition
	fWordCaseInit
	fNonLocalSpan
)

// titleClass maps honorifics (1) and role words (2) that often come just
// before a person's name.
var titleClass = map[string]uint8{
	"mr": 1, "mrs": 1, "ms": 1, "miss": 1, "dr": 1, "sir": 1, "dame": 1,
	"lord": 1, "lady": 1, "baroness": 1, "baron": 1, "prof": 1, "rev": 1,
	"sen": 1, "gov": 1, "rep": 1, "gen": 1, "col": 1, "capt": 1, "lt": 1,
	"sgt": 1, "maj": 1, "mme": 1, "herr": 1, "mx": 1, "cllr": 1,
	"president": 2, "chancellor": 2, "minister": 2, "secretary": 2,
	"spokesman": 2, "spokeswoman": 2, "spokesperson": 2, "leader": 2,
	"premier": 2, "king": 2, "queen": 2, "prince": 2, "princess": 2,
	"senator": 2, "governor": 2, "judge": 2, "mp": 2, "mayor": 2,
	"chairman": 2, "chairwoman": 2, "coach": 2, "manager": 2,
	"captain": 2, "striker": 2, "general": 2, "professor": 2,
	"ambassador": 2, "envoy": 2, "officer": 2, "director": 2,
	"executive": 2, "president-elect": 2, "pope": 2, "bishop": 2,
	"archbishop": 2, "inspector": 2, "commissioner": 2, "chief": 2,
	"deputy": 2, "shadow": 2, "candidate": 2, "defender": 2,
	"midfielder": 2, "goalkeeper": 2, "forward": 2, "champion": 2,
	"actor": 2, "actress": 2, "singer": 2, "author": 2, "founder": 2,
	"said": 3, "says": 3, "told": 3,
}

// tok is one token of a prepared sentence: its word's fields, shared by
// every occurrence of the word, and (once looked up) its decoding entry.
type tok struct {
	*tokFields
	info *wordEntry // decoding cache of the word, nil until looked up
}

// wordKeys adds the keys of the features that read the word alone (the
// bias, its forms, shapes, prefixes and suffixes): the start of every
// token's feature list, and what a word's cache entry pre-sums.
func (t *tokFields) wordKeys(add func(uint64)) {
	add(hTpl(fBias))
	add(hStr(hTpl(fWord), t.word))
	add(hStr(hTpl(fNorm), t.norm))
	add(hStr(hTpl(fShape), t.shape))
	add(hStr(hTpl(fShapeLong), t.shapeLong))
	for k := 1; k <= 4 && k < len(t.norm); k++ {
		add(hStr(hInt(hTpl(fPrefix), k), t.norm[:k]))
		add(hStr(hInt(hTpl(fSuffix), k), t.norm[len(t.norm)-k:]))
	}
}

// tokFields holds the per-word values the feature templates read.
type tokFields struct {
	word, norm, shape, shapeLong string
	cluster                      string
	caseRatio                    int // bucket of how often the word is lower-case in running text, -1 unknown
	title                        uint8
	cap                          bool
	lower                        bool // has a lower-case letter
	letter                       bool // has a letter
}

// sentence is a sentence prepared for feature extraction.
type sentence struct {
	toks     []tok
	headline bool // no lower-case letter anywhere: an all-caps headline
	gaz      []gazHit
	nonLocal [][nTypes + 1]uint16 // per token: first-pass votes of other occurrences, by type
	spanVote [][nTypes + 1]uint16
}

// docContext holds document-wide facts for the non-local features.
type docContext struct {
	lower  map[string]bool // lower-cased forms seen starting lower-case
	capMid map[string]int  // words seen capitalised away from a sentence start
}

// prepare prepares one sentence; toks (len(words) tokens) and gaz (len(words)
// hits or nil) are its storage, norm is scratch space and memo, when not
// nil, a cache of word entries in front of the model's.
func (m *Model) prepare(words []string, toks []tok, gaz []gazHit, norm []string, memo *wordMemo) (sentence, []string) {
	s := sentence{toks: toks, headline: true}
	c := m.comp
	// The entries are found first and read after: a memo hit does not
	// touch its entry, so the reads below, independent of each other,
	// wait for memory together rather than one after another.
	for i, w := range words {
		t := &s.toks[i]
		if c != nil {
			e := memo.entry(m, c, w)
			t.tokFields, t.info = &e.tokFields, e
		} else {
			f := m.prepareToken(w)
			t.tokFields = &f
		}
	}
	for i := range s.toks {
		if s.toks[i].lower {
			s.headline = false
			break
		}
	}
	if len(words) < 3 {
		s.headline = false
	}
	if m.gaz != nil {
		norm = grow(norm, len(words))
		for i := range s.toks {
			norm[i] = s.toks[i].word
		}
		var first func(i int) gazFirst
		if c != nil {
			first = func(i int) gazFirst { return s.toks[i].info.gaz }
		}
		s.gaz = m.gaz.matchFirst(norm, first, gaz)
	}
	return s, norm
}

// fill sets d from the sentences of a document, reusing d's maps.
func (d *docContext) fill(sents []sentence) {
	n := 0
	for _, s := range sents {
		n += len(s.toks)
	}
	if d.lower == nil {
		d.lower, d.capMid = make(map[string]bool, n/8), make(map[string]int, n/16)
	} else {
		clear(d.lower)
		clear(d.capMid)
	}
	// Only the words that lookup and features ask about need to be in
	// the maps: the lower-case forms of capitalised (or headline) words,
	// and the words opening a sentence. Small Bloom filters of those let
	// the scan below skip most words without touching a map.
	var asked [4]uint64 // norms asked about d.lower, by normHash
	var opens [256]uint32
	for _, s := range sents {
		for i := range s.toks {
			t := &s.toks[i]
			if (t.cap || s.headline) && t.letter {
				h := normHash(t)
				asked[h>>6&3] |= 1 << (h & 63)
				asked[h>>14&3] |= 1 << (h >> 8 & 63)
				if i == 0 || s.headline {
					opens[t.word[0]] |= 1 << min(len(t.word), 31)
				}
			}
		}
	}
	for _, s := range sents {
		if s.headline {
			continue
		}
		for i := range s.toks {
			t := &s.toks[i]
			if !t.cap && t.letter && t.word == t.norm {
				h := normHash(t)
				if asked[h>>6&3]&(1<<(h&63)) != 0 && asked[h>>14&3]&(1<<(h>>8&63)) != 0 {
					d.lower[t.norm] = true
				}
			}
			if t.cap && i > 0 && opens[t.word[0]]&(1<<min(len(t.word), 31)) != 0 && s.toks[i-1].word != "\"" && s.toks[i-1].word != ":" {
				d.capMid[t.word]++
			}
		}
	}
}

// normHash is a hash of t's lower-case form (the one its entry keeps).
func normHash(t *tok) uint64 {
	if t.info != nil {
		return t.info.hNormPrev
	}
	return hStr(hTpl(fNormPrev), t.norm)
}

// features appends the feature keys of token i of s to buf.
func (m *Model) features(buf []uint32, s *sentence, d *docContext, i int) []uint32 {
	toks := s.toks
	t := &toks[i]
	add := func(h uint64) { buf = append(buf, fold(h)) }
	at := func(j int) *tok {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	t.wordKeys(add)
	prevShape, nextShape := "<s>", "</s>"
	prevNorm, nextNorm := "<s>", "</s>"
	if p := at(i - 1); p != nil {
		prevShape, prevNorm = p.shape, p.norm
	}
	if n := at(i + 1); n != nil {
		nextShape, nextNorm = n.shape, n.norm
	}
	for _, off := range [...]int{-2, -1, 1, 2} {
		o := at(i + off)
		if o == nil {
			add(hInt(hStr(hInt(hTpl(fNormAt), off), "<pad>"), 0))
			continue
		}
		add(hStr(hInt(hTpl(fNormAt), off), o.norm))
		add(hStr(hInt(hTpl(fShapeAt), off), o.shape))
		if o.title != 0 && off < 0 {
			add(hInt(hInt(hTpl(fTitleAt), off), int(o.title)))
		}
		if o.cluster != "" && (off == -1 || off == 1) {
			add(hStr(hInt(hTpl(fClusterAt), off), prefix(o.cluster, 6)))
			add(hStr(hInt(hTpl(fClusterAt), off+10), o.cluster))
		}
	}
	add(hStr(hStr(hTpl(fShapePrev), prevShape), t.shape))
	add(hStr(hStr(hTpl(fShapeNext), t.shape), nextShape))
	add(hStr(hStr(hStr(hTpl(fShape3), prevShape), t.shape), nextShape))
	add(hStr(hStr(hTpl(fNormPrev), prevNorm), t.norm))
	add(hStr(hStr(hTpl(fNormNext), t.norm), nextNorm))
	if i == 0 {
		add(hStr(hTpl(fInitialShape), t.shape))
		add(hStr(hTpl(fWordCaseInit), t.norm))
	}
	pos := i
	if pos > 3 {
		pos = 3
	}
	n := len(toks)
	if n > 4 {
		n = 4
	}
	add(hInt(hInt(hTpl(fPosition), pos), n))
	if s.headline {
		add(hStr(hTpl(fHeadShape), t.shape))
		add(hStr(hTpl(fHeadNorm), t.norm))
	}
	if t.cluster != "" {
		for _, k := range [...]int{4, 6, 10, 20} {
			add(hStr(hInt(hTpl(fCluster), k), prefix(t.cluster, k)))
		}
	}
	if t.caseRatio >= 0 {
		add(hInt(hInt(hTpl(fCaseRatio), t.caseRatio), boolInt(i == 0 || s.headline)))
	}
	if i < len(s.gaz) {
		for b := uint32(s.gaz[i]); b != 0; b &= b - 1 {
			add(hInt(hTpl(fGaz), bits.TrailingZeros32(b)))
		}
		const first = 1 << (4 * firstNameBit)
		if i > 0 && s.gaz[i-1]&first != 0 {
			add(hInt(hInt(hTpl(fGaz), 100), boolInt(t.cap)))
		}
		if i+1 < len(s.gaz) && s.gaz[i]&first != 0 && toks[i+1].cap {
			add(hInt(hTpl(fGaz), 101))
		}
	}
	if d != nil && (t.cap || s.headline) && hasLetter(t.word) {
		add(hInt(hInt(hTpl(fDocLower), boolInt(d.lower[t.norm])), boolInt(i == 0 || s.headline)))
		if i == 0 || s.headline {
			// Only where capitalisation says nothing: is the word written
			// capitalised in mid-sentence elsewhere in the document?
			add(hInt(hTpl(fDocCapMid), min(d.capMid[t.word], 2)))
		}
	}
	return buf
}

// voteFeatures appends the second-stage features of token i of s to buf.
func voteFeatures(buf []uint32, s *sentence, i int) []uint32 {
	add := func(h uint64) { buf = append(buf, fold(h)) }
	if i < len(s.nonLocal) {
		addVotes(add, fNonLocal, s.nonLocal[i])
		addVotes(add, fNonLocalSpan, s.spanVote[i])
	}
	return buf
}

// addVotes adds features describing first-pass votes: the majority type and,
// per type, whether it got none, some or all of the votes.
func addVotes(add func(uint64), tpl byte, v [nTypes + 1]uint16) {
	total, best, bi := 0, 0, -1
	for k, c := range v {
		total += int(c)
		if int(c) > best {
			best, bi = int(c), k
		}
	}
	if total == 0 {
		add(hInt(hTpl(tpl), 99))
		return
	}
	add(hInt(hInt(hTpl(tpl), 100), bi))
	for k, c := range v {
		if k == 0 {
			continue
		}
		lvl := 0
		switch {
		case int(c) == total:
			lvl = 3
		case 2*int(c) >= total:
			lvl = 2
		case c > 0:
			lvl = 1
		}
		add(hInt(hInt(hTpl(tpl), k), lvl))
	}
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

package nlp

// Entity types in a fixed order; index 0 stands for "no entity".
var entityTypes = [...]string{"PER", "ORG", "LOC", "MISC"}

const nTypes = len(entityTypes)

func typeIndex(t string) int {
	for i, e := range entityTypes {
		if e == t {
			return i + 1
		}
	}
	return 0
}

// gazetteer is a set of entity names (token sequences) with the types they
// were seen with, keyed by a hash of their tokens.
type gazetteer struct {
	maxLen int
	names  map[uint64]uint8 // phrase hash -> bit set of type indexes
}

const gazMaxLen = 6

func newGazetteer() *gazetteer { return &gazetteer{names: map[uint64]uint8{}} }

func phraseHash(words []string) uint64 {
	h := hTpl(0)
	for _, w := range words {
		h = hStr(h, w)
	}
	return h
}

// add records the words of an entity of type typ (1-based index).
func (g *gazetteer) add(words []string, typ int) {
	if len(words) == 0 || len(words) > gazMaxLen {
		return
	}
	g.names[phraseHash(words)] |= 1 << typ
	for k := 1; k < len(words); k++ {
		g.names[phraseHash(words[:k])] |= prefixBit
	}
	if len(words) > g.maxLen {
		g.maxLen = len(words)
	}
}

// prefixBit marks phrases that begin a longer entry, so that matching
// can stop as soon as a phrase is neither a name nor such a prefix.
const prefixBit = 1 << 7

// firstNameBit marks single-word entries that are given names.
const firstNameBit = nTypes + 1

// addFirstName records a given name.
func (g *gazetteer) addFirstName(w string) {
	h := hStr(hTpl(0), w)
	g.names[h] |= 1 << firstNameBit
	g.maxLen = max(g.maxLen, 1)
}

// gazHit is a bit set over (type, position in match) pairs for one token:
// bit 4*type+p with p 0 = whole match, 1 = first, 2 = inside, 3 = last.
type gazHit uint32

// match marks every token of words that is covered by a gazetteer entry,
// in out (len(words) zero hits, or nil to allocate).
func (g *gazetteer) match(words []string, out []gazHit) []gazHit {
	return g.matchFirst(words, nil, out)
}

// gazFirst is the gazetteer's reading of one word as the start of a
// phrase: the phrase hash after it and the bits of the one-word entry.
type gazFirst struct {
	h     uint64
	types uint8
	ok    bool
}

// first reads word w as the start of a phrase.
func (g *gazetteer) first(w string) gazFirst {
	h := hStr(hTpl(0), w)
	types, ok := g.names[h]
	return gazFirst{h, types, ok}
}

// matchFirst is match with, when first is not nil, first(i) giving
// g.first(words[i]) from a cache.
func (g *gazetteer) matchFirst(words []string, first func(i int) gazFirst, out []gazHit) []gazHit {
	if g == nil || len(g.names) == 0 {
		return nil
	}
	if out == nil {
		out = make([]gazHit, len(words))
	}
	for i := range words {
		var f gazFirst
		if first != nil {
			f = first(i)
		} else {
			f = g.first(words[i])
		}
		h, types, ok := f.h, f.types, f.ok
		for n := 1; n <= g.maxLen && i+n <= len(words); n++ {
			if n > 1 {
				h = hStr(h, words[i+n-1])
				types, ok = g.names[h]
			}
			if !ok {
				break
			}
			for t := 1; t <= firstNameBit; t++ {
				if types&(1<<t) == 0 {
					continue
				}
				if n == 1 {
					out[i] |= 1 << (4 * t)
					continue
				}
				out[i] |= 1 << (4*t + 1)
				for j := i + 1; j < i+n-1; j++ {
					out[j] |= 1 << (4*t + 2)
				}
				out[i+n-1] |= 1 << (4*t + 3)
			}
			if types&prefixBit == 0 {
				break
			}
		}
	}
	return out
}

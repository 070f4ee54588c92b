package nlp

import (
	"math"
)

// Model is a trained named-entity recogniser: a structured averaged
// perceptron over BIO or BILOU tags decoded with Viterbi, optionally in two
// stages where the second sees the first's predictions for the same words
// elsewhere in the document.
type Model struct {
	// Version names the trained model; see ModelVersion.
	Version string

	scheme string   // "bio" or "bilou"
	tags   []string // internal tag names, tags[0] == "O"
	stages []*weights
	lex    map[string]string // word -> cluster bit path
	cases  map[string]uint8  // normalised word -> case ratio bucket
	gaz    *gazetteer

	allow []bool    // (nt+1)*nt: allowed[prev*nt+tag], prev == nt is the start
	ends  []bool    // tags a sentence may end with
	prevs [][]int32 // per tag, the tags allowed before it
	parts []byte    // per tag, its part letter (see tagInfo)
	types []int     // per tag, its type index
	comp  *compiled

	bilouShape bool // the tags have the shape forwardBILOU assumes
}

// weights are the perceptron weights of one stage.
type weights struct {
	index map[uint32]int32 // feature key -> row
	w     []float32        // row*nt + tag
	trans []float32        // (nt+1)*nt: previous tag (nt = start) x tag
}

// caseStat returns the case-ratio bucket of a normalised word.
func (m *Model) caseStat(norm string) (int, bool) {
	b, ok := m.cases[norm]
	return int(b), ok
}

// tagSet builds the internal tag names of a scheme.
func tagSet(scheme string) []string {
	tags := []string{"O"}
	parts := []string{"B", "I"}
	if scheme == "bilou" {
		parts = []string{"B", "I", "L", "U"}
	}
	for _, t := range entityTypes {
		for _, p := range parts {
			tags = append(tags, p+"-"+t)
		}
	}
	return tags
}

// tagInfo splits an internal tag index into its part letter and type index.
func (m *Model) tagInfo(k int) (part byte, typ int) {
	if k < len(m.parts) {
		return m.parts[k], m.types[k]
	}
	return m.tagInfoOf(k)
}

// tagInfoOf computes tagInfo from the tag's name.
func (m *Model) tagInfoOf(k int) (part byte, typ int) {
	if k == 0 {
		return 'O', 0
	}
	return m.tags[k][0], typeIndex(m.tags[k][2:])
}

// allowed reports whether tag b may follow tag a (a == -1: sentence start).
func (m *Model) allowed(a, b int) bool {
	pb, tb := m.tagInfo(b)
	pa, ta := byte('O'), 0
	if a >= 0 {
		pa, ta = m.tagInfo(a)
	}
	inside := pb == 'I' || pb == 'L'
	if m.scheme == "bilou" {
		open := pa == 'B' || pa == 'I'
		if open {
			return inside && ta == tb
		}
		return !inside
	}
	if pb == 'I' {
		return (pa == 'B' || pa == 'I') && ta == tb
	}
	return true
}

// setup derives the lookup tables from the scheme.
func (m *Model) setup() {
	m.tags = tagSet(m.scheme)
	nt := len(m.tags)
	m.parts, m.types = make([]byte, nt), make([]int, nt)
	for k := range m.tags {
		m.parts[k], m.types[k] = m.tagInfoOf(k)
	}
	m.allow = make([]bool, (nt+1)*nt)
	m.ends = make([]bool, nt)
	for k := 0; k < nt; k++ {
		m.allow[nt*nt+k] = m.allowed(-1, k)
		for j := 0; j < nt; j++ {
			m.allow[j*nt+k] = m.allowed(j, k)
		}
		m.ends[k] = m.canEnd(k)
	}
	m.prevs = make([][]int32, nt)
	for k := 0; k < nt; k++ {
		for j := 0; j < nt; j++ {
			if m.allow[j*nt+k] {
				m.prevs[k] = append(m.prevs[k], int32(j))
			}
		}
	}
	m.bilouShape = m.isBILOUShape()
}

// canEnd reports whether a sentence may end with tag k.
func (m *Model) canEnd(k int) bool {
	if m.scheme != "bilou" {
		return true
	}
	p, _ := m.tagInfo(k)
	return p != 'B' && p != 'I'
}

// encode turns IOB2 tags into internal tag indexes.
func (m *Model) encode(iob []string) []int {
	out := make([]int, len(iob))
	idx := map[string]int{}
	for k, t := range m.tags {
		idx[t] = k
	}
	for _, sp := range SpansFromIOB(iob) {
		for j := sp.Start; j < sp.End; j++ {
			p := "I"
			switch {
			case m.scheme != "bilou" && j == sp.Start:
				p = "B"
			case m.scheme == "bilou" && sp.End-sp.Start == 1:
				p = "U"
			case m.scheme == "bilou" && j == sp.Start:
				p = "B"
			case m.scheme == "bilou" && j == sp.End-1:
				p = "L"
			}
			out[j] = idx[p+"-"+sp.Type]
		}
	}
	return out
}

// decode turns internal tag indexes into IOB2 tags.
func (m *Model) decode(path []int) []string {
	return m.decodeInto(nil, path)
}

// decodeInto is decode into out's storage.
func (m *Model) decodeInto(out []string, path []int) []string {
	out = grow(out, len(path))
	for i, k := range path {
		p, t := m.tagInfo(k)
		switch {
		case t == 0:
			out[i] = "O"
		case p == 'B' || p == 'U':
			out[i] = beginTags[t-1]
		default:
			out[i] = insideTags[t-1]
		}
	}
	// As ToIOB2, in place: an I- that does not continue an entity of its
	// type begins one.
	prev := "O"
	for i, t := range out {
		if t[0] == 'I' && (prev == "O" || prev[2:] != t[2:]) {
			out[i] = beginTags[typeIndex(t[2:])-1]
		}
		prev = out[i]
	}
	return out
}

// beginTags and insideTags are the IOB2 tags of entityTypes, built once.
var beginTags, insideTags = func() (b, in [nTypes]string) {
	for i, t := range entityTypes {
		b[i], in[i] = "B-"+t, "I-"+t
	}
	return b, in
}()

// maxTags bounds the number of internal tags (BILOU over nTypes types).
const maxTags = 1 + 4*nTypes

// arc is an allowed transition into a tag: from tag j, with weight w.
type arc struct {
	j int32
	w float32
}

// trellis holds, for each tag, its allowed incoming transitions as arcs
// (in the order of m.prevs), so that Viterbi's inner loop reads one short
// list; from[k]:from[k+1] are the arcs into tag k.
type trellis struct {
	arcs  [maxTags * maxTags]arc
	from  [maxTags + 1]int
	bilou bool         // the tags have the BILOU shape: use bl
	bl    bilouTrellis // the same transitions, unrolled for BILOU
}

// setTrellis fills tr from the constrained transposed transitions tt.
func (m *Model) setTrellis(tr *trellis, tt []float32) {
	nt := len(m.tags)
	for k := 0; k < nt; k++ {
		tr.from[k+1] = tr.from[k]
		for _, j := range m.prevs[k] {
			tr.arcs[tr.from[k+1]] = arc{j, tt[k*nt+int(j)]}
			tr.from[k+1]++
		}
	}
	tr.bilou = m.bilouShape
	if tr.bilou {
		tr.bl.set(tt, nt)
	}
}

// forward fills dp[nt:] with each tag's best score at each position.
func forward(em []float32, n, nt int, tr *trellis, dp []float32) {
	negInf := float32(math.Inf(-1))
	var prev [32]float32 // a power of two: masked indexes need no bounds check
	for i := 1; i < n; i++ {
		copy(prev[:nt], dp[(i-1)*nt:i*nt])
		cur := dp[i*nt : (i+1)*nt]
		e := em[i*nt : (i+1)*nt]
		for k := range cur {
			best := negInf
			for _, a := range tr.arcs[tr.from[k]:tr.from[k+1]] {
				if s := prev[a.j&31] + a.w; s > best {
					best = s
				}
			}
			cur[k] = best + e[k]
		}
	}
}

// viterbi finds the best tag path given emission scores (n*nt), the
// allowed transitions tr and the start scores; dp (n*nt) is scratch, and
// so is back (n*nt; grown when shorter).
//
// For the BILOU shape the forward pass keeps back pointers. Otherwise it
// keeps only each tag's best score; the backward pass then finds, for the
// one tag chosen at each position, which previous tag gave that score,
// scanning the arcs in the same order with the same strict comparison, so
// ties go to the same tag as if every back pointer had been kept.
func (m *Model) viterbi(em []float32, n int, tr *trellis, start []float32, dp []float32, back []uint8, path []int) []int {
	nt := len(m.tags)
	negInf := float32(math.Inf(-1))
	for k := 0; k < nt; k++ {
		dp[k] = em[k] + start[k]
	}
	if tr.bilou {
		back = grow(back, n*nt)
		forwardBILOU(em, n, tr, dp, back)
	} else {
		forward(em, n, nt, tr, dp)
	}
	last := dp[(n-1)*nt : n*nt]
	best, bk := negInf, 0
	for k := 0; k < nt; k++ {
		if m.ends[k] && last[k] > best {
			best, bk = last[k], k
		}
	}
	path = grow(path, n)
	path[n-1] = bk
	for i := n - 1; i > 0; i-- {
		k := path[i]
		if tr.bilou {
			path[i-1] = int(back[i*nt+k])
			continue
		}
		prev := dp[(i-1)*nt : i*nt]
		best, bj := negInf, int32(0)
		for _, a := range tr.arcs[tr.from[k]:tr.from[k+1]] {
			if s := prev[a.j] + a.w; s > best {
				best, bj = s, a.j
			}
		}
		path[i-1] = int(bj)
	}
	return path
}

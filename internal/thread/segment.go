package thread

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options tunes SegmentUnits. The zero value uses the defaults.
type Options struct {
	// Stats gives document frequencies for term weights; nil means the
	// units themselves are the documents.
	Stats Stats
	// Entities optionally lists entity keys per unit (for example actor
	// names); units sharing an entity look more alike.
	Entities [][]string
	// Penalty is the cost of opening a new segment (default 0.45).
	Penalty float64
	// Attach is the centroid cosine above which a later segment rejoins an
	// earlier, non-adjacent thread (default 0.2).
	Attach float64
	// AttachAdjacent is the cosine above which two adjacent segments are
	// merged back into one thread (default 0.3).
	AttachAdjacent float64
	// NameBoost multiplies the weight of name-like tokens (default 1.5).
	NameBoost float64
	// NoCues disables discourse-cue and sub-head boundary evidence.
	NoCues bool
}

func (o Options) withDefaults() Options {
	if o.Penalty == 0 {
		o.Penalty = 0.45
	}
	if o.Attach == 0 {
		o.Attach = 0.2
	}
	if o.AttachAdjacent == 0 {
		o.AttachAdjacent = 0.3
	}
	if o.NameBoost == 0 {
		o.NameBoost = 1.5
	}
	return o
}

// maxSegment bounds the length of one contiguous segment in the dynamic
// programme, keeping it linear in long documents.
const maxSegment = 120

// SegmentUnits groups units (paragraphs or sentences, in reading order)
// into threads and returns a thread id per unit: 0, 1, 2… in order of
// each thread's first unit. Threads need not be contiguous.
func SegmentUnits(units []string, opts Options) []int {
	o := opts.withDefaults()
	n := len(units)
	ids := make([]int, n)
	if n <= 1 {
		return ids
	}
	vs := unitVectors(units, o)
	bonus := make([]float64, n+1)
	if !o.NoCues {
		bonus = boundaryBonus(units)
	}
	bounds := linearSegments(vs, bonus, o.Penalty)
	return reattach(vs, bounds, o)
}

// unitVectors builds a normalised TF-IDF vector per unit: sublinear term
// frequency, stemmed content words, name-like tokens boosted, plus entity
// keys when given.
func unitVectors(units []string, o Options) []vec {
	n := len(units)
	toks := make([][]word, n)
	localDF := map[string]int{}
	for i, u := range units {
		toks[i] = tokenize(u)
		seen := map[string]bool{}
		for _, w := range toks[i] {
			if !w.stop && !seen[w.stem] {
				seen[w.stem] = true
				localDF[w.stem]++
			}
		}
	}
	entDF := map[string]int{}
	for i := range units {
		if i < len(o.Entities) {
			seen := map[string]bool{}
			for _, e := range o.Entities[i] {
				if !seen[e] {
					seen[e] = true
					entDF[e]++
				}
			}
		}
	}
	idf := func(t string) float64 {
		if o.Stats != nil && o.Stats.N() > 0 {
			df := o.Stats.DF(t)
			if df < 1 {
				df = 1
			}
			return math.Log(1 + float64(o.Stats.N())/float64(df))
		}
		return math.Log(1 + float64(n)/float64(localDF[t]))
	}
	voc := vocab{}
	idfCache := map[string]float64{}
	vs := make([]vec, n)
	for i := range units {
		tf := map[string]int{}
		isName := map[string]bool{}
		for _, w := range toks[i] {
			if w.stop {
				continue
			}
			tf[w.stem]++
			if w.name {
				isName[w.stem] = true
			}
		}
		m := map[int32]float64{}
		for t, c := range tf {
			f, ok := idfCache[t]
			if !ok {
				f = idf(t)
				idfCache[t] = f
			}
			w := (1 + math.Log(float64(c))) * f
			if isName[t] {
				w *= o.NameBoost
			}
			m[voc.id(t)] = w
		}
		if i < len(o.Entities) {
			for _, e := range o.Entities[i] {
				m[voc.id("\x00"+e)] = o.NameBoost * math.Log(1+float64(n)/float64(entDF[e]))
			}
		}
		vs[i] = fromMap(m)
		normalize(vs[i])
	}
	return vs
}

// linearSegments chooses contiguous segment starts by dynamic programming:
// it maximises the summed cosine of every unit to the rest of its segment,
// minus a penalty per segment, plus boundary evidence from cues.
func linearSegments(vs []vec, bonus []float64, penalty float64) []int {
	n := len(vs)
	// prefix sums of the Gram matrix: P[i][j] = sum of G[i][0..j)
	P := make([][]float64, n)
	for i := range P {
		P[i] = make([]float64, n+1)
	}
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			g := dot(vs[i], vs[j])
			P[i][j+1] = g // temporarily store G
			if j != i {
				P[j][i+1] = g
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 1; j <= n; j++ {
			P[i][j] += P[i][j-1]
		}
	}
	self := make([]float64, n)
	for i := range vs {
		self[i] = P[i][i+1] - P[i][i]
	}
	best := make([]float64, n+1)
	from := make([]int, n+1)
	row := make([]float64, maxSegment)
	for j := 1; j <= n; j++ {
		best[j] = math.Inf(-1)
		lo := j - maxSegment
		if lo < 0 {
			lo = 0
		}
		// extend the segment [i, j) leftwards, keeping row sums current
		var total float64
		for i := j - 1; i >= lo; i-- {
			// add unit i: its row over [i, j) and its column to others
			ri := P[i][j] - P[i][i]
			total += 2*ri - self[i]
			row[j-1-i] = ri
			// update the row sums of units i+1..j-1 by G[k][i]
			for k := i + 1; k < j; k++ {
				row[j-1-k] += P[k][i+1] - P[k][i]
			}
			score := 0.0
			for k := i; k < j; k++ {
				r := row[j-1-k]
				rest := total - 2*r + self[k]
				if rest > 1e-12 {
					score += (r - self[k]) / math.Sqrt(rest)
				}
			}
			cost := penalty
			if i > 0 {
				cost -= bonus[i]
			} else {
				cost = 0
			}
			if v := best[i] + score - cost; v > best[j] {
				best[j] = v
				from[j] = i
			}
		}
	}
	var starts []int
	for j := n; j > 0; j = from[j] {
		starts = append(starts, from[j])
	}
	for a, b := 0, len(starts)-1; a < b; a, b = a+1, b-1 {
		starts[a], starts[b] = starts[b], starts[a]
	}
	return starts
}

// reattach turns contiguous segments into threads: a segment joins the
// most similar earlier thread when the similarity of their centroids is
// high enough, otherwise it opens a new thread.
func reattach(vs []vec, starts []int, o Options) []int {
	n := len(vs)
	ids := make([]int, n)
	var members [][]int
	var cents []vec
	prev := -1
	for s, a := range starts {
		b := n
		if s+1 < len(starts) {
			b = starts[s+1]
		}
		seg := make([]int, 0, b-a)
		for k := a; k < b; k++ {
			seg = append(seg, k)
		}
		c := centroid(vs, seg)
		bestT, bestMargin := -1, 0.0
		for t := range members {
			need := o.Attach
			if t == prev {
				need = o.AttachAdjacent
			}
			if m := dot(c, cents[t]) - need; m >= 0 && (bestT < 0 || m > bestMargin) {
				bestT, bestMargin = t, m
			}
		}
		if bestT < 0 {
			bestT = len(members)
			members = append(members, nil)
			cents = append(cents, nil)
		}
		members[bestT] = append(members[bestT], seg...)
		cents[bestT] = centroid(vs, members[bestT])
		for _, k := range seg {
			ids[k] = bestT
		}
		prev = bestT
	}
	return renumber(ids)
}

// renumber maps ids to 0, 1, 2… in order of first appearance.
func renumber(ids []int) []int {
	m := map[int]int{}
	out := make([]int, len(ids))
	for i, id := range ids {
		v, ok := m[id]
		if !ok {
			v = len(m)
			m[id] = v
		}
		out[i] = v
	}
	return out
}

// cuePrefixes open a paragraph that turns to another matter.
var cuePrefixes = []string{
	"meanwhile", "it comes as", "it came as", "this comes as", "the news comes as",
	"elsewhere", "in other news", "separately", "in a separate", "away from",
	"turning to", "back in", "on the markets", "in the wider market", "among",
}

// boundaryBonus scores evidence for a boundary before each unit: discourse
// cues at its start, and short sub-head units (which also forbid a boundary
// right after them, since a sub-head introduces what follows).
func boundaryBonus(units []string) []float64 {
	n := len(units)
	b := make([]float64, n+1)
	for i, u := range units {
		t := strings.TrimLeftFunc(u, func(r rune) bool { return !unicode.IsLetter(r) })
		low := strings.ToLower(t)
		for _, c := range cuePrefixes {
			if strings.HasPrefix(low, c) && (len(low) == len(c) || !isLetterAt(low, len(c))) {
				if c == "among" {
					continue
				}
				b[i] += 0.3
				break
			}
		}
		if isSubhead(u) && i+1 < n {
			b[i] += 0.4
			b[i+1] -= 1
		}
	}
	return b
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isSubhead reports whether a unit looks like a section heading: short and
// either without closing punctuation or mostly in capitals.
func isSubhead(u string) bool {
	u = strings.TrimSpace(u)
	words := strings.Fields(u)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	letters, caps := 0, 0
	for _, r := range u {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	if letters >= 4 && float64(caps) >= 0.7*float64(letters) && len(words) >= 2 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(u)
	switch last {
	case '.', '!', '?', '"', '\'', '’', '”', ',', ';', ':':
		return strings.HasSuffix(u, "...") || strings.HasSuffix(u, "…")
	}
	return len(words) >= 2
}

// SentenceOptions returns options for units that are single sentences
// rather than paragraphs (as in the Choi benchmark).
func SentenceOptions(stats Stats) Options {
	return Options{Stats: stats, NoCues: true}
}

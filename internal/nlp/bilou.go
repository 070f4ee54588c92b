package nlp

import (
	"math"
	"slices"
)

// The BILOU tag set over nTypes types has a fixed shape that Viterbi can
// exploit: O, B-t, I-t, L-t and U-t are tags 0 and 1+4t+{0,1,2,3} (see
// tagSet); O, B-t and U-t may follow exactly the "closed" tags (O, L-*,
// U-*), and I-t and L-t exactly B-t and I-t. forwardBILOU unrolls those
// lists so that each step is a handful of straight-line additions and
// comparisons instead of a loop over arcs.

// Tags of the BILOU set: the open ones (which may follow a closed tag),
// the closed ones, in ascending order as in m.prevs.
var (
	bilouOpen   = [1 + 2*nTypes]int{0, 1, 4, 5, 8, 9, 12, 13, 16}
	bilouClosed = [1 + 2*nTypes]int{0, 3, 4, 7, 8, 11, 12, 15, 16}
)

// bilouTrellis holds the transition weights in the unrolled layout.
type bilouTrellis struct {
	open    [1 + 2*nTypes][1 + 2*nTypes]float32 // open[g][c]: from bilouClosed[c] into bilouOpen[g]
	openMax [1 + 2*nTypes]float32               // openMax[g]: the largest of open[g]
	// fromClosed[c][g] is open[g][c]: the weights out of one closed tag.
	fromClosed [1 + 2*nTypes][1 + 2*nTypes]float32
	// inside[t][0]: into I-t from B-t and I-t; inside[t][1]: into L-t.
	inside [nTypes][2][2]float32
	// spread[c] is the largest of openMax[g] - fromClosed[c][g] over the
	// open tags g, and wAbs twice the largest weight's magnitude (see
	// allFrom).
	spread [1 + 2*nTypes]float64
	wAbs   float64
}

// isBILOUShape reports whether m's tags and constraints have the shape
// bilouTrellis assumes.
func (m *Model) isBILOUShape() bool {
	if m.scheme != "bilou" || len(m.tags) != 1+4*nTypes {
		return false
	}
	for _, k := range bilouOpen {
		if !slices.Equal(m.prevs[k], toInt32(bilouClosed[:])) {
			return false
		}
	}
	for t := 0; t < nTypes; t++ {
		b, i := int32(1+4*t), int32(2+4*t)
		if !slices.Equal(m.prevs[i], []int32{b, i}) || !slices.Equal(m.prevs[i+1], []int32{b, i}) {
			return false
		}
	}
	return true
}

func toInt32(xs []int) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = int32(x)
	}
	return out
}

// setBILOU fills b from the transposed transitions tt (nt*nt).
func (b *bilouTrellis) set(tt []float32, nt int) {
	for g, k := range bilouOpen {
		for c, j := range bilouClosed {
			b.open[g][c] = tt[k*nt+j]
			b.fromClosed[c][g] = b.open[g][c]
		}
		b.openMax[g] = slices.Max(b.open[g][:])
	}
	for c := range b.spread {
		b.spread[c] = math.Inf(-1)
		for g, w := range b.fromClosed[c] {
			b.spread[c] = max(b.spread[c], float64(b.openMax[g])-float64(w))
			b.wAbs = max(b.wAbs, 2*math.Abs(float64(w)))
		}
	}
	for t := 0; t < nTypes; t++ {
		bt, it := 1+4*t, 2+4*t
		for x, k := range [2]int{it, it + 1} {
			b.inside[t][x] = [2]float32{tt[k*nt+bt], tt[k*nt+it]}
		}
	}
}

// forwardBILOU is forward for the BILOU shape, with the same scores to
// the bit. It also keeps back pointers: back[i*nt+k] is the tag before k
// at position i on k's best path, the first of the best in m.prevs order,
// which is the one viterbi's scan of the arcs would find.
//
// An open tag's score is the best over the closed tags c of p[c] + w[c].
// Usually one closed tag (most often O) is far ahead of the others, and
// then its sum is the best one without looking at the rest: if p[c1] is
// the largest previous score and p2 the second largest, every other sum
// is at most p2 + max(w), and since rounding is monotonic that bound holds
// for the computed float sums too. When p[c1] + w[c1] is strictly above
// the bound, c1 is the only best; otherwise all nine sums are compared
// (openScores). Most often c1 is O, far enough ahead that one test
// (allFrom) settles all nine open tags at once, with no per-tag bound.
//
// The tags of a type t, B, I, L and U, are 1+4t to 4+4t: B and U are
// open, I and L follow B or I.
func forwardBILOU(em []float32, n int, tr *trellis, dp []float32, back []uint8) {
	const nt = 1 + 4*nTypes
	b := &tr.bl
	for i := 1; i < n; i++ {
		prev := (*[nt]float32)(dp[(i-1)*nt : i*nt])
		cur := (*[nt]float32)(dp[i*nt : (i+1)*nt])
		e := (*[nt]float32)(em[i*nt : (i+1)*nt])
		bp := (*[nt]uint8)(back[i*nt : (i+1)*nt])
		// p1: O's previous score; p2: the largest of the other closed
		// tags' (L-t and U-t). Most often O is far ahead and gives every
		// open tag its best score.
		p1, p2 := prev[0], prev[3]
		for _, v := range [...]float32{prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]} {
			if v > p2 {
				p2 = v
			}
		}
		if p2 < p1 && b.allFrom(0, p1, p2) {
			col := &b.fromClosed[0]
			cur[0], cur[1], cur[4] = p1+col[0]+e[0], p1+col[1]+e[1], p1+col[2]+e[4]
			cur[5], cur[8], cur[9] = p1+col[3]+e[5], p1+col[4]+e[8], p1+col[5]+e[9]
			cur[12], cur[13], cur[16] = p1+col[6]+e[12], p1+col[7]+e[13], p1+col[8]+e[16]
			bp[0], bp[1], bp[4], bp[5], bp[8], bp[9], bp[12], bp[13], bp[16] = 0, 0, 0, 0, 0, 0, 0, 0, 0
		} else {
			b.openScores(prev, cur, e, bp)
		}
		// I-t and L-t (tags 2+4t and 3+4t), which follow B-t or I-t,
		// unrolled: constant indexes need no bounds checks.
		in := &b.inside
		q := (*[4]float32)(prev[1:5])
		v, j := inside(q, &in[0][0], 0)
		cur[2], bp[2] = v+e[2], j
		v, j = inside(q, &in[0][1], 0)
		cur[3], bp[3] = v+e[3], j
		q = (*[4]float32)(prev[5:9])
		v, j = inside(q, &in[1][0], 1)
		cur[6], bp[6] = v+e[6], j
		v, j = inside(q, &in[1][1], 1)
		cur[7], bp[7] = v+e[7], j
		q = (*[4]float32)(prev[9:13])
		v, j = inside(q, &in[2][0], 2)
		cur[10], bp[10] = v+e[10], j
		v, j = inside(q, &in[2][1], 2)
		cur[11], bp[11] = v+e[11], j
		q = (*[4]float32)(prev[13:17])
		v, j = inside(q, &in[3][0], 3)
		cur[14], bp[14] = v+e[14], j
		v, j = inside(q, &in[3][1], 3)
		cur[15], bp[15] = v+e[15], j
	}
}

// forwardBILOU's unrolled code is for four entity types: this fails to
// compile for another number.
const _, _ = uint(nTypes - 4), uint(4 - nTypes)

// openScores sets the scores and back pointers of the open tags at one
// position of forwardBILOU from the previous scores: the best over the
// closed tags c of p[c] + w[c], found as the doc comment of forwardBILOU
// says.
func (b *bilouTrellis) openScores(prev, cur, e *[1 + 4*nTypes]float32, bp *[1 + 4*nTypes]uint8) {
	p := [1 + 2*nTypes]float32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
	// c1: the first of the largest; p2: the largest of the others.
	c1, p1, p2 := largest(&p)
	col := &b.fromClosed[c1]
	from := uint8(bilouClosed[c1])
	for g, k := range bilouOpen {
		if best := p1 + col[g]; best > p2+b.openMax[g] {
			cur[k], bp[k] = best+e[k], from
			continue
		}
		v, j := b.bestOpen(&p, g)
		cur[k], bp[k] = v+e[k], j
	}
}

// allFrom reports whether closed tag c1, of previous score p1, gives
// every open tag its only best score, p2 being the largest previous score
// of the other closed tags: one test in place of one per open tag.
//
// In exact arithmetic, open tag g's sum from c1, X = p1 + w[c1][g], is
// above the bound Z = p2 + openMax[g] on the others' sums by at least
// (p1 - p2) - spread[c1]. When that margin exceeds 2^-20 (|p1| + |p2| +
// wAbs), which is far more than the rounding of the float64 test, it is
// more than the float32 roundings of X and Z together (each within 2^-24
// of its magnitude, at most |p1| + wAbs/2 and |p2| + wAbs/2), so the
// computed sum from c1 is strictly above every other computed sum, which
// rounding (monotonic) keeps at or below Z's: the per-tag test and
// bestOpen would find c1 alone for every g. NaN (no finite score) fails
// the test.
func (b *bilouTrellis) allFrom(c1 int, p1, p2 float32) bool {
	x, y := float64(p1), float64(p2)
	return x-y > b.spread[c1]+(math.Abs(x)+math.Abs(y)+b.wAbs)*0x1p-20+0x1p-100
}

// largest returns the position of the first of the largest of p, its
// value and the largest of the others.
func largest(p *[1 + 2*nTypes]float32) (int, float32, float32) {
	c1, p1, p2 := 0, p[0], float32(math.Inf(-1))
	for c := 1; c < len(p); c++ {
		if v := p[c]; v > p1 {
			c1, p1, p2 = c, v, p1
		} else if v > p2 {
			p2 = v
		}
	}
	return c1, p1, p2
}

// inside returns the best score into I-t or L-t, whose transitions from
// B-t and I-t are w, given the previous scores q of B-t, I-t, L-t and
// U-t, and the tag before it.
func inside(q *[4]float32, w *[2]float32, t int) (float32, uint8) {
	best, bj := q[0]+w[0], uint8(1+4*t)
	if s := q[1] + w[1]; s > best {
		best, bj = s, uint8(2+4*t)
	}
	return best, bj
}

// bestOpen compares all sums into open tag g from the closed tags' scores
// p and returns the best, with the first closed tag that gives it.
//
//go:noinline
func (b *bilouTrellis) bestOpen(p *[1 + 2*nTypes]float32, g int) (float32, uint8) {
	w := &b.open[g]
	best, bc := p[0]+w[0], 0
	for c := 1; c < len(p); c++ {
		if s := p[c] + w[c]; s > best {
			best, bc = s, c
		}
	}
	return best, uint8(bilouClosed[bc])
}

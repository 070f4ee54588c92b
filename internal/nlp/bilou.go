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
	// inside[t][0]: into I-t from B-t and I-t; inside[t][1]: into L-t.
	inside [nTypes][2][2]float32
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
		}
		b.openMax[g] = slices.Max(b.open[g][:])
	}
	for t := 0; t < nTypes; t++ {
		bt, it := 1+4*t, 2+4*t
		for x, k := range [2]int{it, it + 1} {
			b.inside[t][x] = [2]float32{tt[k*nt+bt], tt[k*nt+it]}
		}
	}
}

// forwardBILOU is forward for the BILOU shape, with the same scores to
// the bit.
//
// An open tag's score is the best over the closed tags c of p[c] + w[c].
// Usually one closed tag (most often O) is far ahead of the others, and
// then its sum is the best one without looking at the rest: if p[c1] is
// the largest previous score and p2 the second largest, every other sum
// is at most p2 + max(w), and since rounding is monotonic that bound holds
// for the computed float sums too. Only when the bound fails are all nine
// sums compared.
func forwardBILOU(em []float32, n int, tr *trellis, dp []float32) {
	const nt = 1 + 4*nTypes
	b := &tr.bl
	for i := 1; i < n; i++ {
		prev := (*[nt]float32)(dp[(i-1)*nt : i*nt])
		cur := (*[nt]float32)(dp[i*nt : (i+1)*nt])
		e := (*[nt]float32)(em[i*nt : (i+1)*nt])
		p := [1 + 2*nTypes]float32{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]}
		// c1: the first of the largest; p2: the largest of the others.
		c1, p1, p2 := 0, p[0], float32(math.Inf(-1))
		for c := 1; c < len(p); c++ {
			if v := p[c]; v > p1 {
				c1, p1, p2 = c, v, p1
			} else if v > p2 {
				p2 = v
			}
		}
		for g := range bilouOpen {
			w := &b.open[g]
			k := bilouOpen[g]
			if best := p[c1] + w[c1]; best >= p2+b.openMax[g] {
				cur[k] = best + e[k]
				continue
			}
			best := p[0] + w[0]
			for c := 1; c < len(p); c++ {
				if s := p[c] + w[c]; s > best {
					best = s
				}
			}
			cur[k] = best + e[k]
		}
		for t := 0; t < nTypes; t++ {
			pb, pi := prev[1+4*t], prev[2+4*t]
			for x := 0; x < 2; x++ {
				w := &b.inside[t][x]
				best := pb + w[0]
				if s := pi + w[1]; s > best {
					best = s
				}
				k := 2 + 4*t + x
				cur[k] = best + e[k]
			}
		}
	}
}

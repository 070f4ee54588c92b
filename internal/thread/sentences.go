package thread

import "math"

// Sentence-unit defaults (Options.Sentences). They were chosen on one
// half of the Choi developer samples (split by a hash of the sample id)
// and checked on the other; the optimum is flat around them.
const (
	defaultSmoothing   = 0.7
	defaultBlockWidth  = 3
	defaultBlockWeight = 1.0
)

// sentenceDefaults fills in the options only the sentence segmenter uses.
func (o Options) sentenceDefaults() Options {
	if o.Smoothing <= 0 {
		o.Smoothing = defaultSmoothing
	}
	if o.BlockWidth <= 0 {
		o.BlockWidth = defaultBlockWidth
	}
	if o.BlockWeight == 0 {
		o.BlockWeight = defaultBlockWeight
	}
	return o
}

// blockEvidence scores each gap g (a boundary before unit g) by how much
// less alike the width units before it and the width units after it are
// than the document's gaps on average, as TextTiling's block comparison
// does: the cosine of the two blocks' summed unit vectors, subtracted
// from its mean over the document and scaled by weight. dims bounds the
// vectors' dimension ids. Gaps 0 and n score 0; so do all when weight is
// not positive or the document has fewer than three units.
func blockEvidence(vs []vec, dims, width int, weight float64) []float64 {
	n := len(vs)
	b := make([]float64, n+1)
	if weight <= 0 || n < 3 || width < 1 {
		return b
	}
	left := make([]float64, dims)
	right := make([]float64, dims)
	var touched []int32
	sim := make([]float64, n)
	for g := 1; g < n; g++ {
		touched = touched[:0]
		for k := max(0, g-width); k < g; k++ {
			touched = addInto(left, vs[k], touched)
		}
		for k := g; k < min(n, g+width); k++ {
			touched = addInto(right, vs[k], touched)
		}
		var dot, l2, r2 float64
		for _, id := range touched {
			l, r := left[id], right[id]
			dot += l * r
			l2 += l * l
			r2 += r * r
			left[id], right[id] = 0, 0
		}
		if l2 > 0 && r2 > 0 {
			sim[g] = dot / math.Sqrt(l2*r2)
		}
	}
	mean := 0.0
	for g := 1; g < n; g++ {
		mean += sim[g]
	}
	mean /= float64(n - 1)
	for g := 1; g < n; g++ {
		b[g] = weight * (mean - sim[g])
	}
	return b
}

// addInto adds v into the dense vector acc and appends to touched the ids
// it makes nonzero (an id may be listed twice, once from each block).
func addInto(acc []float64, v vec, touched []int32) []int32 {
	for _, e := range v {
		if acc[e.id] == 0 {
			touched = append(touched, e.id)
		}
		acc[e.id] += e.w
	}
	return touched
}

// addSlices adds b into a element by element (a nil a is taken as
// zeros) and returns a.
func addSlices(a, b []float64) []float64 {
	if a == nil {
		a = make([]float64, len(b))
	}
	for i := range a {
		a[i] += b[i]
	}
	return a
}

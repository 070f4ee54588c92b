package thread

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
// does: the cosine of the two blocks' centroids (sum's normalised sums,
// as the gap model's windows are), subtracted from its mean over the
// document and scaled by weight. Gaps 0 and n score 0; so do all when
// weight is not positive or the document has fewer than three units.
func blockEvidence(vs []vec, sum *summer, width int, weight float64) []float64 {
	n := len(vs)
	b := make([]float64, n+1)
	if weight <= 0 || n < 3 || width < 1 {
		return b
	}
	sim := make([]float64, n)
	block := make([]int, 0, width)
	centroid := func(from, to int) vec {
		block = block[:0]
		for k := max(0, from); k < min(n, to); k++ {
			block = append(block, k)
		}
		return sum.centroid(vs, block)
	}
	for g := 1; g < n; g++ {
		sim[g] = dot(centroid(g-width, g), centroid(g, g+width))
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

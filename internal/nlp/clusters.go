package nlp

import (
	"fmt"
	"io"
	"math"
	"slices"
	"time"
)

// induceClusters groups the words of an unlabelled corpus by the company
// they keep and returns, for every word seen at least minFreq times, a bit
// path in a binary tree of clusters (like Brown clusters: words sharing a
// long prefix are distributionally similar). Each word is a vector of
// positive pointwise mutual information with the frequent words (or the
// shapes of rare words) up to two positions left and right; the tree comes
// from recursive spherical 2-means, depth levels deep.
func induceClusters(corpus [][]string, depth int, log io.Writer) map[string]string {
	const (
		minFreq  = 3
		nContext = 2000
		iters    = 8
	)
	t0 := time.Now()
	freq := map[string]int{}
	for _, s := range corpus {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, c := range freq {
		if c >= minFreq {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	wid := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wid[w] = i
	}
	// Context ids: frequent words, else the word's short shape.
	shapeID := map[string]int{}
	ctxBase := min(nContext, len(vocab))
	ctxOf := func(w string) int {
		if id, ok := wid[w]; ok && id < ctxBase {
			return id
		}
		sh, _ := wordShape(w)
		id, ok := shapeID[sh]
		if !ok {
			id = ctxBase + len(shapeID)
			shapeID[sh] = id
		}
		return id
	}
	type cell struct {
		w   int
		ctx int
	}
	counts := map[cell]float32{}
	for _, s := range corpus {
		ids := make([]int, len(s)+4)
		for i := range ids {
			ids[i] = -1
		}
		for i, w := range s {
			ids[i+2] = ctxOf(w)
		}
		for i, w := range s {
			id, ok := wid[w]
			if !ok {
				continue
			}
			for k, off := range [...]int{-2, -1, 1, 2} {
				c := ids[i+2+off]
				if c < 0 {
					c = 1<<20 - 1 // sentence boundary
				}
				counts[cell{id, c<<2 | k}]++
			}
		}
	}
	// PPMI with smoothed context probabilities. Cells are visited in a fixed
	// order so that training is reproducible.
	cells := make([]cell, 0, len(counts))
	for k := range counts {
		cells = append(cells, k)
	}
	slices.SortFunc(cells, func(a, b cell) int {
		if a.w != b.w {
			return a.w - b.w
		}
		return a.ctx - b.ctx
	})
	var total float64
	wsum := make([]float64, len(vocab))
	csum := map[int]float64{}
	for _, k := range cells {
		n := counts[k]
		wsum[k.w] += float64(n)
		csum[k.ctx] += math.Pow(float64(n), 0.75)
		total += float64(n)
	}
	var ctotal float64
	ctxs := make([]int, 0, len(csum))
	for c := range csum {
		ctxs = append(ctxs, c)
	}
	slices.Sort(ctxs)
	for _, c := range ctxs {
		ctotal += csum[c]
	}
	type entry struct {
		dim int32
		val float32
	}
	vecs := make([][]entry, len(vocab))
	dims := map[int]int32{}
	for _, k := range cells {
		n := counts[k]
		pmi := math.Log(float64(n) * ctotal / (wsum[k.w] * csum[k.ctx]))
		if pmi <= 0 {
			continue
		}
		d, ok := dims[k.ctx]
		if !ok {
			d = int32(len(dims))
			dims[k.ctx] = d
		}
		vecs[k.w] = append(vecs[k.w], entry{d, float32(pmi)})
	}
	for _, v := range vecs {
		var norm float64
		for _, e := range v {
			norm += float64(e.val) * float64(e.val)
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i].val /= float32(norm)
		}
		slices.SortFunc(v, func(a, b entry) int { return int(a.dim - b.dim) })
	}
	nd := len(dims)
	paths := make([]string, len(vocab))
	cent := [2][]float32{make([]float32, nd), make([]float32, nd)}
	dot := func(v []entry, c []float32) float32 {
		var s float32
		for _, e := range v {
			s += e.val * c[e.dim]
		}
		return s
	}
	var split func(words []int, path string)
	split = func(words []int, path string) {
		if len(path) >= depth || len(words) < 4 {
			for _, w := range words {
				paths[w] = path
			}
			return
		}
		// Seeds: the most frequent word and the word least like it.
		a := words[0]
		clear(cent[0])
		for _, e := range vecs[a] {
			cent[0][e.dim] = e.val
		}
		b, low := words[1], float32(2)
		for _, w := range words[1:] {
			if s := dot(vecs[w], cent[0]); s < low {
				low, b = s, w
			}
		}
		clear(cent[1])
		for _, e := range vecs[b] {
			cent[1][e.dim] = e.val
		}
		side := make([]bool, len(words))
		for it := 0; it < iters; it++ {
			for i, w := range words {
				side[i] = dot(vecs[w], cent[1]) > dot(vecs[w], cent[0])
			}
			for k := 0; k < 2; k++ {
				clear(cent[k])
			}
			for i, w := range words {
				c := cent[boolInt(side[i])]
				for _, e := range vecs[w] {
					c[e.dim] += e.val
				}
			}
			for k := 0; k < 2; k++ {
				var n float64
				for _, x := range cent[k] {
					n += float64(x) * float64(x)
				}
				if n > 0 {
					inv := float32(1 / math.Sqrt(n))
					for i := range cent[k] {
						cent[k][i] *= inv
					}
				}
			}
		}
		var left, right []int
		for i, w := range words {
			if side[i] {
				right = append(right, w)
			} else {
				left = append(left, w)
			}
		}
		if len(left) == 0 || len(right) == 0 {
			for _, w := range words {
				paths[w] = path
			}
			return
		}
		split(left, path+"0")
		split(right, path+"1")
	}
	all := make([]int, len(vocab))
	for i := range all {
		all[i] = i
	}
	split(all, "")
	out := make(map[string]string, len(vocab))
	leaves := map[string]bool{}
	for i, w := range vocab {
		if paths[i] != "" {
			out[w] = paths[i]
			leaves[paths[i]] = true
		}
	}
	fmt.Fprintf(log, "clusters: %d words in %d leaves, %d context dimensions (%s)\n", len(out), len(leaves), nd, time.Since(t0).Round(time.Millisecond))
	return out
}

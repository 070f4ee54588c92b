package thread

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// TestFitGapModel fits the boundary model's weights by logistic regression
// on gold JSONL files named in THREAD_FIT (comma-separated) and prints
// them. It is a development tool and skips unless THREAD_FIT is set.
func TestFitGapModel(t *testing.T) {
	files := os.Getenv("THREAD_FIT")
	if files == "" {
		t.Skip("set THREAD_FIT=gold.jsonl,... to fit the gap model")
	}
	var X [][]float64
	var Y []float64
	for _, f := range strings.Split(files, ",") {
		x, y := gapData(t, f)
		X, Y = append(X, x...), append(Y, y...)
	}
	mu := make([]float64, numFeatures)
	sd := make([]float64, numFeatures)
	for _, x := range X {
		for j, v := range x {
			mu[j] += v / float64(len(X))
		}
	}
	for _, x := range X {
		for j, v := range x {
			sd[j] += (v - mu[j]) * (v - mu[j]) / float64(len(X))
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j])
		if j == fBias || sd[j] == 0 {
			mu[j], sd[j] = 0, 1
		}
	}
	w := make([]float64, numFeatures)
	for it := 0; it < 3000; it++ {
		grad := make([]float64, numFeatures)
		for i, x := range X {
			z := 0.0
			for j := range x {
				z += w[j] * (x[j] - mu[j]) / sd[j]
			}
			p := 1 / (1 + math.Exp(-z))
			for j := range x {
				grad[j] += (p - Y[i]) * (x[j] - mu[j]) / sd[j]
			}
		}
		for j := range w {
			w[j] -= 0.5 * (grad[j]/float64(len(X)) + 1e-3*w[j])
		}
	}
	// back to raw feature scale
	raw := make([]float64, numFeatures)
	for j := range w {
		raw[j] = w[j] / sd[j]
		raw[fBias] -= w[j] * mu[j] / sd[j]
	}
	raw[fBias] += w[fBias]
	fmt.Printf("weights: %#v\n", raw)
	tp, fp, fn := 0, 0, 0
	for i, x := range X {
		z := 0.0
		for j := range x {
			z += raw[j] * x[j]
		}
		pred := z > 0
		switch {
		case pred && Y[i] == 1:
			tp++
		case pred:
			fp++
		case Y[i] == 1:
			fn++
		}
	}
	fmt.Printf("train boundaries: %d gaps, tp %d fp %d fn %d\n", len(X), tp, fp, fn)
}

func gapData(t *testing.T, path string) ([][]float64, []float64) {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	type doc struct {
		Paragraphs []string `json:"paragraphs"`
		Threads    []*int   `json:"threads"`
	}
	var docs [][]string
	var golds [][]int
	df := NewDocFreq()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		var units []string
		var gold []int
		for i, p := range d.Paragraphs {
			if d.Threads[i] != nil {
				units = append(units, p)
				gold = append(gold, *d.Threads[i])
				df.Add(p)
			}
		}
		docs, golds = append(docs, units), append(golds, gold)
	}
	var X [][]float64
	var Y []float64
	for k, units := range docs {
		o := Options{Stats: df}.withDefaults()
		toks := tokenizeAll(units)
		vs, _, _ := unitVectors(toks, o)
		rows := gapFeatures(units, vs, toks)
		for g := 1; g < len(units); g++ {
			X = append(X, rows[g])
			Y = append(Y, b2f(golds[k][g] != golds[k][g-1]))
		}
	}
	return X, Y
}

package thread

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// tuneDoc is one gold document prepared for repeated segmentation.
type tuneDoc struct {
	units []string
	toks  [][]word
	gold  []int
	stats Stats
}

func loadTune(t *testing.T, path string, limit int) []tuneDoc {
	df := NewDocFreq()
	var docs []tuneDoc
	eachJSONL(t, path, func(d struct {
		Paragraphs []string `json:"paragraphs"`
		Threads    []*int   `json:"threads"`
	}) bool {
		var td tuneDoc
		for i, p := range d.Paragraphs {
			if d.Threads[i] != nil {
				td.units = append(td.units, p)
				td.gold = append(td.gold, *d.Threads[i])
				df.Add(p)
			}
		}
		td.toks = tokenizeAll(td.units)
		td.stats = df
		docs = append(docs, td)
		return limit == 0 || len(docs) < limit
	})
	return docs
}

// score returns mean B3 F1 (from mean P and R), mean Pk and the share of
// documents whose predicted thread count is right.
func score(docs []tuneDoc, o Options) (f1, pk, count float64) {
	golds, preds := make([][]int, len(docs)), make([][]int, len(docs))
	for i, d := range docs {
		o.Stats = d.stats
		golds[i], preds[i] = d.gold, segmentTokens(d.units, d.toks, o)
	}
	return summarize(golds, preds)
}

// summarize returns mean B3 F1 (from mean P and R), mean Pk and the share
// of documents whose predicted thread count is right.
func summarize(golds, preds [][]int) (f1, pk, count float64) {
	var P, R float64
	pkN := 0
	for i, gold := range golds {
		p, r := tuneB3(gold, preds[i])
		P += p
		R += r
		if k, ok := tunePk(gold, preds[i]); ok {
			pk += k
			pkN++
		}
		if distinctIDs(gold) == distinctIDs(preds[i]) {
			count++
		}
	}
	n := float64(len(golds))
	P, R = P/n, R/n
	if pkN > 0 {
		pk /= float64(pkN)
	}
	return 2 * P * R / (P + R), pk, count / n
}

func distinctIDs(ids []int) int {
	m := map[int]bool{}
	for _, v := range ids {
		m[v] = true
	}
	return len(m)
}

func tuneB3(g, p []int) (float64, float64) {
	type pair struct{ a, b int }
	both, gs, ps := map[pair]int{}, map[int]int{}, map[int]int{}
	for i := range g {
		both[pair{g[i], p[i]}]++
		gs[g[i]]++
		ps[p[i]]++
	}
	var P, R float64
	for i := range g {
		c := float64(both[pair{g[i], p[i]}])
		P += c / float64(ps[p[i]])
		R += c / float64(gs[g[i]])
	}
	return P / float64(len(g)), R / float64(len(g))
}

func tunePk(g, p []int) (float64, bool) {
	n := len(g)
	segs := 1
	for i := 1; i < n; i++ {
		if g[i] != g[i-1] {
			segs++
		}
	}
	k := max(1, int(math.Round(float64(n)/float64(segs)/2)))
	if k >= n {
		return 0, false
	}
	cnt := func(ids []int, a, b int) bool {
		for i := a + 1; i <= b; i++ {
			if ids[i] != ids[i-1] {
				return true
			}
		}
		return false
	}
	errs := 0
	for i := 0; i+k < n; i++ {
		if cnt(g, i, i+k) != cnt(p, i, i+k) {
			errs++
		}
	}
	return float64(errs) / float64(n-k), true
}

// TestTunePipeline searches the segmentation parameters by coordinate
// descent on BBC mixes and single articles named in THREAD_TUNE
// ("mix.jsonl,interleaved.jsonl,single.jsonl") and prints the best. It is
// a development tool and skips unless THREAD_TUNE is set.
func TestTunePipeline(t *testing.T) {
	files := strings.Split(os.Getenv("THREAD_TUNE"), ",")
	if len(files) != 3 {
		t.Skip("set THREAD_TUNE=mix.jsonl,interleaved.jsonl,single.jsonl")
	}
	mix := loadTune(t, files[0], 0)
	il := loadTune(t, files[1], 0)
	single := loadTune(t, files[2], 400)
	params := []*float64{}
	names := []string{}
	o := Options{}.withDefaults()
	add := func(name string, p *float64) { names = append(names, name); params = append(params, p) }
	add("GapThreshold", &o.GapThreshold)
	add("GapMerge", &o.GapMerge)
	add("Attach", &o.Attach)
	add("AttachAdjacent", &o.AttachAdjacent)
	add("Single", &o.Single)
	for j := range gapWeights {
		if j == fShift || j == fHead || j == fPrevHead {
			continue
		}
		add(fmt.Sprintf("w%d", j), &gapWeights[j])
	}
	var extra []tuneDoc
	if f := os.Getenv("THREAD_TUNE_EXTRA"); f != "" {
		extra = loadTune(t, f, 0)
	}
	objective := func() float64 {
		a, pk, _ := score(mix, o)
		b, _, _ := score(il, o)
		_, _, c := score(single, o)
		v := a + b + c - pk
		if extra != nil {
			e, _, _ := score(extra, o)
			v += 2 * e
		}
		return v
	}
	best := objective()
	fmt.Printf("start %.4f\n", best)
	for round := 0; round < 3; round++ {
		for i, p := range params {
			for _, f := range []float64{0.8, 1.25, 0.6, 1.6} {
				old := *p
				step := old * (f - 1)
				if math.Abs(step) < 0.05 {
					step = 0.05 * math.Copysign(1, f-1)
				}
				*p = old + step
				if v := objective(); v > best+1e-4 {
					best = v
					fmt.Printf("%s %.4f → %.4f: %.4f\n", names[i], old, *p, best)
					break
				}
				*p = old
			}
		}
	}
	for i, p := range params {
		fmt.Printf("%s=%.4f ", names[i], *p)
	}
	fmt.Println()
}

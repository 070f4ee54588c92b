package link

import (
	"math"
	"testing"
)

// norm returns the length of a thread's vector under the current idf.
func (l *Linker) norm(n *node) float64 {
	var s float64
	terms, keys, w := l.vec(n)
	for i, t := range terms {
		x := float64(w[keys[i]]) * l.idf(t)
		s += x * x
	}
	return math.Sqrt(s)
}

// pairSim is the similarity of two threads (norms precomputed) by a
// sparse merge: the reference regionSims is checked against.
func (l *Linker) pairSim(a, b *node, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	var dot float64
	at, ak, aw := l.vec(a)
	bt, bk, bw := l.vec(b)
	i, j := 0, 0
	for i < len(at) && j < len(bt) {
		switch {
		case at[i] < bt[j]:
			i++
		case at[i] > bt[j]:
			j++
		default:
			f := l.idf(at[i])
			dot += float64(aw[ak[i]]) * float64(bw[bk[j]]) * f * f
			i++
			j++
		}
	}
	if dot <= 0 {
		return 0
	}
	return dot / (na * nb) * l.decay(a, b) * l.yearFactor(int(a.year), int(b.year)) * l.shortFactor(a, b)
}

// TestRegionSims checks the dense region similarities against a plain
// sparse merge of every pair, on threads of several fixture stories.
func TestRegionSims(t *testing.T) {
	l := New()
	addAll(l, corpus()...)
	members := l.liveSlots()
	sims := l.regionSims(members)
	nonzero := 0
	for i, a := range members {
		for j, b := range members {
			if i == j {
				continue
			}
			na, nb := l.node(a), l.node(b)
			want := l.pairSim(na, nb, l.norm(na), l.norm(nb))
			if math.Abs(sims[i][j]-want) > 1e-9 {
				t.Fatalf("%s–%s: %v, want %v", l.threadID(a), l.threadID(b), sims[i][j], want)
			}
			if want > 0 {
				nonzero++
			}
		}
	}
	if nonzero == 0 {
		t.Fatal("no similar pair among the fixtures")
	}
}

// TestApart checks the cohesion test that keeps look-alike stories apart.
func TestApart(t *testing.T) {
	l := New() // Cohesion 0.65, CoreMin 5
	pairs := func(n int) float64 { return float64(n * (n - 1) / 2) }
	tests := []struct {
		name   string
		v      float64
		ca, cb float64 // mean similarity within each cluster
		na, nb int
		want   bool
	}{
		{"two tight stories, loose link", 0.3, 0.75, 0.7, 10, 8, true},
		{"two tight stories, strong link", 0.5, 0.75, 0.7, 10, 8, false},
		{"tight copies and a loose rest", 0.3, 0.9, 0.4, 6, 12, false},
		{"too small to judge", 0.25, 0.8, 0.8, 4, 12, false},
		{"just below the bar", 0.6499 * 0.6, 0.6, 0.6, 5, 5, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := l.apart(tc.v, tc.ca*pairs(tc.na), tc.cb*pairs(tc.nb), tc.na, tc.nb)
			if got != tc.want {
				t.Errorf("apart = %v, want %v", got, tc.want)
			}
		})
	}
	off := NewWith(Params{})
	if off.apart(0.01, 10, 10, 10, 10) {
		t.Error("Cohesion 0 should keep nothing apart")
	}
}

package nlp

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// referenceViterbi is the textbook decoder: every tag keeps a back
// pointer to the first previous tag (in m.prevs order) with the best
// score.
func referenceViterbi(m *Model, em []float32, n int, tt, start []float32) []int {
	nt := len(m.tags)
	negInf := float32(math.Inf(-1))
	dp := make([]float32, n*nt)
	back := make([]int, n*nt)
	for k := 0; k < nt; k++ {
		dp[k] = em[k] + start[k]
	}
	for i := 1; i < n; i++ {
		for k := 0; k < nt; k++ {
			best, bj := negInf, 0
			for _, j := range m.prevs[k] {
				if s := dp[(i-1)*nt+int(j)] + tt[k*nt+int(j)]; s > best {
					best, bj = s, int(j)
				}
			}
			dp[i*nt+k] = best + em[i*nt+k]
			back[i*nt+k] = bj
		}
	}
	best, bk := negInf, 0
	for k := 0; k < nt; k++ {
		if m.ends[k] && dp[(n-1)*nt+k] > best {
			best, bk = dp[(n-1)*nt+k], k
		}
	}
	path := make([]int, n)
	path[n-1] = bk
	for i := n - 1; i > 0; i-- {
		path[i-1] = back[i*nt+path[i]]
	}
	return path
}

// TestViterbiMatchesReference decodes random scores with both decoders,
// small integers (many ties, as in training) and real-valued ones.
func TestViterbiMatchesReference(t *testing.T) {
	for _, scheme := range []string{"bilou", "bio"} {
		m := &Model{scheme: scheme}
		m.setup()
		nt := len(m.tags)
		rng := rand.New(rand.NewPCG(1, 2))
		var tr trellis
		for trial := 0; trial < 2000; trial++ {
			ints := trial%2 == 0
			val := func() float32 {
				if ints {
					return float32(rng.IntN(5) - 2)
				}
				return float32(rng.NormFloat64())
			}
			trans := make([]float32, (nt+1)*nt)
			for i := range trans {
				trans[i] = val()
			}
			n := 1 + rng.IntN(12)
			em := make([]float32, n*nt)
			for i := range em {
				em[i] = val()
				if i%nt == 0 && trial%3 == 0 {
					em[i] += 6 // O far ahead, as in most of a text
				}
			}
			tt, start := m.maskTrans(trans, nil, nil)
			m.setTrellis(&tr, tt)
			want := referenceViterbi(m, em, n, tt, start)
			got := m.viterbi(em, n, &tr, start, make([]float32, n*nt), nil, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%s trial %d: viterbi %v, reference %v", scheme, trial, got, want)
			}
		}
	}
}

// TestForwardBILOUMatchesReference checks forwardBILOU's scores and back
// pointers, bit for bit, against the textbook recursion, on scores of
// several magnitudes where O is ahead by wide, narrow and rounding-sized
// margins, so that both its shortcuts and their fallbacks are taken.
func TestForwardBILOUMatchesReference(t *testing.T) {
	m := &Model{scheme: "bilou"}
	m.setup()
	nt := len(m.tags)
	rng := rand.New(rand.NewPCG(7, 8))
	var tr trellis
	for trial := range 3000 {
		scale := []float32{1e-3, 1, 1e3, 1e6}[trial%4]
		lead := []float32{0, 1e-7, 1e-4, 0.5, 8}[trial/4%5] * scale
		trans := make([]float32, (nt+1)*nt)
		for i := range trans {
			trans[i] = float32(rng.NormFloat64()) * scale / 8
		}
		n := 2 + rng.IntN(10)
		em := make([]float32, n*nt)
		for i := range em {
			em[i] = float32(rng.NormFloat64()) * scale
			if i%nt == 0 {
				em[i] += lead
			}
		}
		if trial%7 == 0 {
			for i := range em {
				em[i] = float32(rng.IntN(3)) // many ties
			}
		}
		tt, start := m.maskTrans(trans, nil, nil)
		m.setTrellis(&tr, tt)
		dp, back := make([]float32, n*nt), make([]uint8, n*nt)
		want, wantBack := make([]float32, n*nt), make([]uint8, n*nt)
		for k := 0; k < nt; k++ {
			dp[k] = em[k] + start[k]
			want[k] = dp[k]
		}
		forwardBILOU(em, n, &tr, dp, back)
		for i := 1; i < n; i++ {
			for k := 0; k < nt; k++ {
				best, bj := float32(math.Inf(-1)), 0
				for _, j := range m.prevs[k] {
					if s := want[(i-1)*nt+int(j)] + tt[k*nt+int(j)]; s > best {
						best, bj = s, int(j)
					}
				}
				want[i*nt+k], wantBack[i*nt+k] = best+em[i*nt+k], uint8(bj)
			}
		}
		for x := nt; x < n*nt; x++ {
			if math.Float32bits(dp[x]) != math.Float32bits(want[x]) || back[x] != wantBack[x] {
				t.Fatalf("trial %d, position %d tag %d: score %v back %d, want %v back %d", trial, x/nt, x%nt, dp[x], back[x], want[x], wantBack[x])
			}
		}
	}
}

// TestEmissionsWithBaseScores checks that the emission scores baseScores
// sets along with the base scores are, bit for bit, those decodeSentence
// computes from the base scores alone, at both stages, for tokens with
// and without votes.
func TestEmissionsWithBaseScores(t *testing.T) {
	m := DefaultModel()
	c := m.comp
	nt := len(m.tags)
	if c.words != sumWords || nt != bilouTags || len(m.stages) != 2 {
		t.Skip("the embedded model is not a two-stage BILOU one")
	}
	var words [][]string
	for _, s := range Sentences(newsText + " " + newsText) {
		var w []string
		for _, tk := range s {
			w = append(w, tk.Text)
		}
		words = append(words, w)
	}
	b := &docBuf{}
	prep, d := m.prepareDocument(words, b)
	sc := &scratch{pacc: make([]uint64, c.words)}
	rows := make([]sentRows, len(prep))
	bases := make([][]int32, len(prep))
	plain := make([][]int32, len(prep))
	ems := make([][]float32, len(prep))
	paths := make([][]int, len(prep))
	for i := range prep {
		s := &prep[i]
		n := len(s.toks)
		m.lookup(sc, s, d, &rows[i])
		plain[i] = make([]int32, n*c.stride)
		m.baseScores(sc, s, &rows[i], plain[i], nil)
		bases[i], ems[i] = make([]int32, n*c.stride), make([]float32, 2*n*nt)
		m.baseScores(sc, s, &rows[i], bases[i], ems[i])
		paths[i] = m.decodeSentence(sc, s, plain[i], 0, nil, nil)
	}
	voted := 0
	for stage := range 2 {
		if stage == 1 {
			m.setVotes(prep, paths, b)
		}
		for i := range prep {
			s := &prep[i]
			n := len(s.toks)
			m.decodeSentence(sc, s, plain[i], stage, nil, nil)
			want := slices.Clone(sc.em[:n*nt])
			m.decodeSentence(sc, s, bases[i], stage, nil, ems[i])
			got := ems[i][stage*n*nt : (stage+1)*n*nt]
			for x := range want {
				if math.Float32bits(got[x]) != math.Float32bits(want[x]) {
					t.Fatalf("stage %d, sentence %d, token %d, tag %d: %v, want %v", stage, i, x/nt, x%nt, got[x], want[x])
				}
			}
			for k := range s.nonLocal {
				if s.nonLocal[k] != (vote{}) || s.spanVote[k] != (vote{}) {
					voted++
				}
			}
		}
	}
	if voted == 0 {
		t.Error("no token had votes: the voted case went untested")
	}
}

package nlp

import (
	"fmt"
	"slices"
	"testing"
)

// refBaseScores sums the first-stage weights of token i the plain way:
// every key from features, looked up and added one by one.
func refBaseScores(m *Model, s *sentence, d *docContext, i int) []int32 {
	c := m.comp
	out := make([]int32, c.stride)
	ps := packedSum{acc: make([]uint64, c.words)}
	for _, f := range m.features(nil, s, d, i) {
		if row := c.table.get(f); row >= 0 {
			ps.add(c.packed, int(row)*c.words, nil)
			if ps.count == maxPacked-1 {
				c.flushStages(&ps, out, len(m.tags))
			}
		}
	}
	c.flushStages(&ps, out, len(m.tags))
	return out
}

// TestCachedScoresMatchFeatures checks that the word cache and context
// rows give every token exactly the scores of its full feature list.
func TestCachedScoresMatchFeatures(t *testing.T) {
	m := DefaultModel()
	docs := []string{
		newsText,
		"BREAKING NEWS: FLOODS HIT YORK AS RIVER OUSE RISES",
		"Mr Smith met Dr. Jones in Paris. Smith said: \u201cIt\u2019s over\u201d \u2014 and left.",
		"a",
		"12,000 people marched on 3 May 2024 (ref. A-17/b).",
	}
	for di, text := range docs {
		t.Run(fmt.Sprint(di), func(t *testing.T) {
			sents := Sentences(text)
			words := make([][]string, len(sents))
			for i, s := range sents {
				for _, tk := range s {
					words[i] = append(words[i], tk.Text)
				}
			}
			// Twice: once building the cache entries, once reading them.
			for pass := 0; pass < 2; pass++ {
				prep, d := m.prepareDocument(words, new(docBuf))
				sc := &scratch{pacc: make([]uint64, m.comp.words)}
				for si := range prep {
					s := &prep[si]
					var r sentRows
					m.lookup(sc, s, d, &r)
					base := make([]int32, len(s.toks)*m.comp.stride)
					m.baseScores(sc, s, &r, base, nil)
					for i := range s.toks {
						got := base[i*m.comp.stride : (i+1)*m.comp.stride]
						if want := refBaseScores(m, s, d, i); !slices.Equal(got, want) {
							t.Fatalf("pass %d, token %q: scores %v, want %v", pass, s.toks[i].word, got, want)
						}
					}
				}
			}
		})
	}
}

// TestWordCacheBounded checks that the cache never grows past its bound
// and still answers for the words it keeps.
func TestWordCacheBounded(t *testing.T) {
	wc := newWordCache()
	e := &wordEntry{}
	n := 3 * wordShards * wordsPerShard
	for i := 0; i < n; i++ {
		w := fmt.Sprint("w", i)
		wc.put(w, w, e)
		if wc.get(w) != e {
			t.Fatalf("word %q not found right after put", w)
		}
	}
	total := 0
	for i := range wc.shards {
		total += len(wc.shards[i].m)
	}
	if total > wordShards*wordsPerShard || total == 0 {
		t.Errorf("cache holds %d entries, want 1..%d", total, wordShards*wordsPerShard)
	}
}

// TestWordMemo checks that the memo gives each word its own entry while
// words outnumber its slots, whichever slot of a set holds them.
func TestWordMemo(t *testing.T) {
	m := DefaultModel()
	c := m.comp
	wm := newWordMemo()
	n := 3 * wordMemoSets
	word := func(i int) string { return fmt.Sprint("Wort", i%n, "-", i%7) }
	for i := 0; i < 4*n; i++ {
		// Strides that revisit recent words, so that both slots of a set
		// are hit and swapped.
		for _, j := range [...]int{i, i / 2, i - 3} {
			w := word(max(j, 0))
			if e := wm.entry(m, c, w); e.comp != c || e.word != normalizeToken(w) {
				t.Fatalf("memo entry of %q is that of %q", w, e.word)
			}
		}
	}
	long := "Antidisestablishmentarianism"
	if e := wm.entry(m, c, long); e.word != long {
		t.Errorf("memo entry of %q is that of %q", long, e.word)
	}
}

// TestVoteRowsMatchFeatures checks that the precomputed vote rows are the
// rows of the second-stage features, for vote counts of every shape.
func TestVoteRowsMatchFeatures(t *testing.T) {
	m := DefaultModel()
	c := m.comp
	tests := [][nTypes + 1]uint16{
		{}, {3}, {0, 1}, {0, 0, 0, 0, 5}, {1, 1, 1, 1, 1}, {2, 5, 0, 1, 0}, {0, 2, 2}, {7, 0, 0, 3, 3},
	}
	for _, v := range tests {
		for _, sv := range tests {
			s := &sentence{toks: make([]tok, 1), nonLocal: [][nTypes + 1]uint16{v}, spanVote: [][nTypes + 1]uint16{sv}}
			var want []int32
			for _, f := range voteFeatures(nil, s, 0) {
				if row := c.table.get(f); row >= 0 {
					want = append(want, row)
				}
			}
			got := c.ctx.votes[0].appendVoteRows(nil, v)
			got = c.ctx.votes[1].appendVoteRows(got, sv)
			if !slices.Equal(got, want) {
				t.Errorf("votes %v/%v: rows %v, want %v", v, sv, got, want)
			}
		}
	}
}

// TestCachedGazetteerMatch checks that gazetteer hits read through the
// word cache equal those of plain matching.
func TestCachedGazetteerMatch(t *testing.T) {
	m := DefaultModel()
	if m.gaz == nil {
		t.Skip("the embedded model has no gazetteer")
	}
	hits := 0
	for _, sent := range Sentences(newsText + " John Smith of New York met Manchester United fans.") {
		var words []string
		for _, tk := range sent {
			words = append(words, tk.Text)
		}
		prep, _ := m.prepareDocument([][]string{words}, new(docBuf))
		norm := make([]string, len(words))
		for i := range prep[0].toks {
			norm[i] = prep[0].toks[i].word
		}
		want := m.gaz.match(norm, nil)
		if !slices.Equal(prep[0].gaz, want) {
			t.Errorf("%q: hits %v, want %v", words, prep[0].gaz, want)
		}
		for _, h := range want {
			if h != 0 {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Error("no gazetteer hits at all: the test checks nothing")
	}
}

// TestShapeCache checks the cached shape rows against hashing, filling
// the cache and reading it back, with more shapes than get numbers.
func TestShapeCache(t *testing.T) {
	c := DefaultModel().comp
	shapes := []string{"<s>", "</s>", "Xx", "x", "X", "d", ",", ".", "Xx-Xx", "d,d", "x-x", "X.X."}
	for i := 0; len(shapes) < 2*maxShapes; i++ {
		shapes = append(shapes, fmt.Sprintf("Xx%dx", i))
	}
	ids := make([]uint16, len(shapes))
	for i, s := range shapes {
		ids[i] = c.shapes.id(s)
	}
	for round := 0; round < 2; round++ {
		for i := 0; i < len(shapes); i += 3 {
			for j := 0; j < len(shapes); j += 5 {
				a, b := shapes[i], shapes[j]
				if ids[i] == 0 || ids[j] == 0 {
					continue
				}
				prev, next := c.pair(ids[i], ids[j], a, b)
				if want := c.row(hStr(hStr(hTpl(fShapePrev), a), b)); prev != want {
					t.Fatalf("pair(%q, %q) prev row %d, hashing gives %d", a, b, prev, want)
				}
				if want := c.row(hStr(hStr(hTpl(fShapeNext), a), b)); next != want {
					t.Fatalf("pair(%q, %q) next row %d, hashing gives %d", a, b, next, want)
				}
				k := (i + j) % len(shapes)
				if ids[k] == 0 {
					continue
				}
				got := c.triple(ids[i], ids[j], ids[k], a, b, shapes[k])
				if want := c.row(hStr(hStr(hStr(hTpl(fShape3), a), b), shapes[k])); got != want {
					t.Fatalf("triple(%q, %q, %q) row %d, hashing gives %d", a, b, shapes[k], got, want)
				}
			}
		}
	}
}

// TestDocContextAnswers checks that the filtered document maps answer
// every question lookup asks as maps of all words would.
func TestDocContextAnswers(t *testing.T) {
	m := DefaultModel()
	for _, text := range []string{newsText, "THE QUEEN OPENS PARLIAMENT\nThe Queen said the queen's speech was short. Apple rose; apple pie. \"Apple\" said: Apple."} {
		var words [][]string
		for _, s := range Sentences(text) {
			var w []string
			for _, tk := range s {
				w = append(w, tk.Text)
			}
			words = append(words, w)
		}
		prep, d := m.prepareDocument(words, new(docBuf))
		lower, capMid := map[string]bool{}, map[string]int{}
		for _, s := range prep {
			if s.headline {
				continue
			}
			for i, tk := range s.toks {
				if !tk.cap && tk.letter && tk.word == tk.norm {
					lower[tk.norm] = true
				}
				if tk.cap && i > 0 && s.toks[i-1].word != "\"" && s.toks[i-1].word != ":" {
					capMid[tk.word]++
				}
			}
		}
		asked := 0
		for _, s := range prep {
			for i, tk := range s.toks {
				if !(tk.cap || s.headline) || !tk.letter {
					continue
				}
				asked++
				if d.lower[tk.norm] != lower[tk.norm] {
					t.Errorf("lower[%q] = %v, want %v", tk.norm, d.lower[tk.norm], lower[tk.norm])
				}
				if (i == 0 || s.headline) && d.capMid[tk.word] != capMid[tk.word] {
					t.Errorf("capMid[%q] = %d, want %d", tk.word, d.capMid[tk.word], capMid[tk.word])
				}
			}
		}
		if asked == 0 {
			t.Fatal("no question asked")
		}
	}
}

// TestVoteTable counts random votes in a voteTable and in a map, past the
// point where the table switches from a list to a map, twice (reset).
func TestVoteTable(t *testing.T) {
	var vt voteTable
	for round, words := range []int{10, 3 * voteListMax} {
		vt.reset()
		want := map[string]vote{}
		for i := 0; i < 20*words; i++ {
			w := fmt.Sprint("w", (i*7919)%words)
			ty := i % (nTypes + 1)
			vt.at(w)[ty]++
			v := want[w]
			v[ty]++
			want[w] = v
		}
		for i := 0; i < words+5; i++ {
			w := fmt.Sprint("w", i)
			if got := vt.get(w); got != want[w] {
				t.Errorf("round %d: votes of %q %v, want %v", round, w, got, want[w])
			}
		}
	}
}

// TestShapeVec checks that the summed shape rows of a triple of shapes
// are the rows hashing finds for the three shape features, added up,
// when first built and when read back (some triples share a slot).
func TestShapeVec(t *testing.T) {
	c := DefaultModel().comp
	if c.shapes.vecs == nil {
		t.Skip("the embedded model's rows are not sumWords words")
	}
	shapes := []string{"<s>", "</s>", "Xx", "x", "X", "d", ",", ".", "Xx-Xx", "d,d", "x-x", "X.X.", "Xx.", "x'x"}
	var ids []uint16
	var named []string
	for _, s := range shapes {
		if id := c.shapes.id(s); id != 0 {
			ids, named = append(ids, id), append(named, s)
		}
	}
	for round := 0; round < 2; round++ {
		for i := range ids {
			for j := range ids {
				for k := range ids {
					a, b, d := named[i], named[j], named[k]
					var want [sumWords]uint64
					n := int32(0)
					for _, h := range []uint64{
						hStr(hStr(hTpl(fShapePrev), a), b),
						hStr(hStr(hTpl(fShapeNext), b), d),
						hStr(hStr(hStr(hTpl(fShape3), a), b), d),
					} {
						if row := c.row(h); row >= 0 {
							for x := range want {
								want[x] += c.packed[int(row)*sumWords+x]
							}
							n++
						}
					}
					got := c.shapeVec(ids[i], ids[j], ids[k], a, b, d)
					if got.n != n || got.v != want {
						t.Fatalf("round %d, shapes %q %q %q: %d rows %x, want %d rows %x", round, a, b, d, got.n, got.v, n, want)
					}
				}
			}
		}
	}
}

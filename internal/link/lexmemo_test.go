package link

import (
	"reflect"
	"strconv"
	"testing"
)

// memoSet returns the lexMemo set of a word.
func memoSet(w string) uint32 {
	h := memoOffset
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * memoPrime
	}
	return h & (lexMemoSlots - 2)
}

// collidingWords returns n short words that share one lexMemo set.
func collidingWords(t *testing.T, n int) []string {
	t.Helper()
	want := memoSet("w0")
	out := []string{"w0"}
	for i := 1; len(out) < n && i < 1<<22; i++ {
		if w := "w" + strconv.Itoa(i); memoSet(w) == want {
			out = append(out, w)
		}
	}
	if len(out) < n {
		t.Fatalf("found only %d words of one set", len(out))
	}
	return out
}

// TestFeaturizerInfo checks that a story has one entry per word however
// the memo's slots turn over (a set holds two words: a third puts one
// out), a fresh entry in the next story, and the word lists' and
// stemmer's facts in each.
func TestFeaturizerInfo(t *testing.T) {
	ws := collidingWords(t, 4)
	long := "counterrevolutionaries" // longer than a slot holds
	tests := []struct {
		name  string
		order []string
	}{
		{"one word twice", []string{ws[0], ws[0]}},
		{"two words of a set", []string{ws[0], ws[1], ws[0], ws[1]}},
		{"a third puts the first out", []string{ws[0], ws[1], ws[2], ws[0], ws[1], ws[2]}},
		{"four in turn", []string{ws[0], ws[1], ws[2], ws[3], ws[3], ws[2], ws[1], ws[0], ws[2]}},
		{"long words and common ones", []string{long, "said", ws[0], long, "said", "government", "the"}},
	}
	fz := &featurizer{words: map[string]int32{}, index: map[string]int32{}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for story := 0; story < 2; story++ {
				fz.nextStory()
				defer fz.release()
				first := map[string]bool{}
				for _, w := range tt.order {
					inf := fz.info(w)
					// midCap marks the entry this story met before
					if inf.midCap != first[w] {
						t.Fatalf("story %d: %q has two entries", story, w)
					}
					inf.midCap, first[w] = true, true
					lx := wordLexicon.Get(w)
					_, stop := stopwords[w]
					if inf.stem != stem(w) || inf.stop != stop || inf.common != lx.common || inf.term != -1 {
						t.Fatalf("story %d: %q has entry %+v", story, w, *inf)
					}
				}
				if len(fz.infos) != len(first) {
					t.Fatalf("story %d: %d entries for %d words", story, len(fz.infos), len(first))
				}
				fz.release()
			}
		})
	}
}

// TestFeaturizeWarmMemo checks that a featurizer whose memo holds the
// words of earlier stories gives each story the features a new one
// gives it.
func TestFeaturizeWarmMemo(t *testing.T) {
	docs := []ThreadDoc{
		{ID: "a#1", Story: "a", Title: "Harrowgate Foods slides", Text: "Harrowgate Foods slumped 14.2 per cent after the ready-meals maker warned on costs. Chief executive Rowena Tillotson said the company had been caught out."},
		{ID: "b#1", Story: "b", Title: "Floods in Norlund", Text: "Floods hit Norlund in 2019. The flood defences of Norlund failed, and the council said it had warned of floods since 2007.", Actors: []string{"loc:norlund"}},
		{ID: "c#1", Story: "c", Text: "Harrowgate Foods and the council of Norlund: the company said costs rose. Rowena Tillotson of Harrowgate Foods spoke."},
	}
	warm := &featurizer{words: map[string]int32{}, index: map[string]int32{}}
	for round := 0; round < 2; round++ {
		for _, d := range docs {
			cold := &featurizer{words: map[string]int32{}, index: map[string]int32{}}
			cold.nextStory()
			want := cold.featurize(d)
			warm.nextStory()
			got := warm.featurize(d)
			warm.release()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %s: warm featurizer gives %+v, a new one %+v", round, d.ID, got, want)
			}
		}
	}
}

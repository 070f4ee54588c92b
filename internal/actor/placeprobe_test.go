package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// TestPlaceReadHere checks that the tagger's person reading of a name on
// its own does not outweigh its place reading in a sentence where the
// name stands as places do, while it still counts after "of" or "to"
// following any other word, and for a name opening with a given name.
func TestPlaceReadHere(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Mia`))
	tagged := map[string]string{"Eilean Sgarbh": "LOC", "Little Amwell": "LOC", "Gus Tarrow": "LOC", "Mia Corran": "LOC"}
	inSentence := fakeNER(tagged)
	// Alone, the tagger reads every one of these names as a person's.
	ner := func(text string) []nlp.Entity {
		if _, ok := tagged[text]; ok {
			return []nlp.Entity{{Text: text, Type: "PER", Start: 0, End: len(text)}}
		}
		return inSentence(text)
	}
	for _, r := range [][4]string{
		{"after on", "Filming will start on Eilean Sgarbh in May.", "Eilean Sgarbh", Place},
		{"after a place noun and of", "Vallance has opened a studio in the village of Little Amwell, where he sells mugs.", "Little Amwell", Place},
		{"of after another word", "The injury had nothing to do with the health of Gus Tarrow last year.", "Gus Tarrow", Person},
		{"a given name first", "Filming will start on Mia Corran in May.", "Mia Corran", Person},
	} {
		got := ExtractOptions(paras(r[1]), Options{Entities: ner})
		if a := find(got, r[2]); a == nil || a.Kind != r[3] {
			t.Errorf("%s: want %q as %s; actors %s", r[0], r[2], r[3], summary(got))
		}
	}
}

// TestPlaceReadHereWords checks the places where a place reading keeps
// the probe out: not after "in" or "at", which take people as often.
func TestPlaceReadHereWords(t *testing.T) {
	stubLexicon(t, nil, nil, nil)
	for _, r := range []struct {
		text, name string
		want       bool
	}{
		{"Filming will start on Eilean Sgarbh in May.", "Eilean Sgarbh", true},
		{"He lives near Little Amwell now.", "Little Amwell", true},
		{"I have full confidence in Toshi Shiga and the team.", "Toshi Shiga", false},
		{"The cup went to Gus Tarrow last year.", "Gus Tarrow", false},
	} {
		toks := appendTokens(nil, r.text, nil)
		s := strings.Index(r.text, r.name)
		m := &mention{typ: "LOC", name: strings.Fields(r.name)}
		for i, tk := range toks {
			if tk.start == s {
				m.s, m.e = i, i+len(m.name)
			}
		}
		if got := placeReadHere(&paraDoc{text: r.text, toks: toks}, m); got != r.want {
			t.Errorf("%q: placeReadHere = %v, want %v", r.text, got, r.want)
		}
	}
}

// TestProbePluralName checks that a name the tagger reads as a body's in
// its sentence and ending in a common noun's plural, no given name
// first, is not asked about alone: a band's or a team's name, which the
// tagger reads alone as a person's.
func TestProbePluralName(t *testing.T) {
	stubLexicon(t, nil, setOf(`lines`), setOf(`Mia`))
	tagged := map[string]string{"Ossory Lines": "ORG", "Mia Lines": "ORG"}
	inSentence := fakeNER(tagged)
	ner := func(text string) []nlp.Entity {
		if _, ok := tagged[text]; ok {
			return []nlp.Entity{{Text: text, Type: "PER", Start: 0, End: len(text)}}
		}
		return inSentence(text)
	}
	for _, r := range [][3]string{
		{"Fans cheered as Ossory Lines took the stage at the festival.", "Ossory Lines", Org},
		{"Fans cheered as Mia Lines took the stage at the festival.", "Mia Lines", Person},
	} {
		got := ExtractOptions(paras(r[0]), Options{Entities: ner})
		if a := find(got, r[1]); a == nil || a.Kind != r[2] {
			t.Errorf("want %q as %s; actors %s", r[1], r[2], summary(got))
		}
	}
}

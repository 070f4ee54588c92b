package actor

import (
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

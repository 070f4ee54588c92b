package actor

import "testing"

// TestAppositionOfPronoun checks that a pronoun after a name in an
// apposition of "of" after another name ("Ivo Marsh, of Tarrow Hale,
// said he") is the head's, no evidence that the name is a person's.
func TestAppositionOfPronoun(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ivo`))
	runNameRules(t, []nameRuleCase{{
		name:   "a body in the apposition",
		text:   []string{"Dealer Ivo Marsh, of Tarrow Hale, said he expected bond prices to slide."},
		tagged: map[string]string{"Ivo Marsh": "PER", "Tarrow Hale": "PER"},
		want:   map[string]string{"Ivo Marsh": Person, "Tarrow Hale": Org},
	}, {
		name:   "no apposition",
		text:   []string{"Tarrow Hale said he expected bond prices to slide."},
		tagged: map[string]string{"Tarrow Hale": "PER"},
		want:   map[string]string{"Tarrow Hale": Person},
	}})
}

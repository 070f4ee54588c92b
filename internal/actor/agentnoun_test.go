package actor

import (
	"slices"
	"testing"
)

// TestAgentNounRoles checks that a noun of one who does something, told
// by its ending, right before a person's name is the person's role: any
// such noun, and one ending in "-er" or "-or" only opening the sentence
// and written in lower case by the lexicon (or too rare for it, made
// from a word it writes in lower case: "Rocker"), also when the tagger
// read it into the name; a trade as often a firm's,
// a name and a noun of a thing are no role.
func TestAgentNounRoles(t *testing.T) {
	stubLexicon(t, nil, setOf(`keeper sector rock`), setOf(`Ned Bethan Josie Ada Danny`))
	for _, tt := range []struct {
		name, text, person, role string
	}{
		{"opening -master", "Harbourmaster Ned Loveridge said cracks had been reported.", "Ned Loveridge", "Harbourmaster"},
		{"opening -ist", "Archaeologist Bethan Quarrow said the boat was the finest found.", "Bethan Quarrow", "Archaeologist"},
		{"mid-sentence -ist", "The find was confirmed by the archaeologist Bethan Quarrow on Friday.", "Bethan Quarrow", "archaeologist"},
		{"opening -er in lower case", "Keeper Josie Trembath collected him in a cat carrier.", "Josie Trembath", "Keeper"},
		{"opening -er too rare to know, after a word in lower case", "Rocker Danny Lisle has bought the pub where his band played first.", "Danny Lisle", "Rocker"},
		{"mid-sentence -er", "Figures from the sector Ada Kell runs fell again.", "Ada Kell", ""},
		{"a name in -or", "Vantor Ada Kell said the plan was sound.", "Ada Kell", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(paras(tt.text))
			a := mustPerson(t, got, tt.person)
			switch {
			case tt.role == "" && len(a.Roles) > 0:
				t.Errorf("%s has roles %q, want none", tt.person, a.Roles)
			case tt.role != "" && !slices.Contains(a.Roles, tt.role):
				t.Errorf("%s has roles %q, want %q", tt.person, a.Roles, tt.role)
			}
		})
	}
}

// TestPlaceWordInBodyName checks that a town's word inside a name of
// three words or more that ends in a body's head noun is no place
// evidence, and that an adjective made from a name before a place's noun
// makes no place.
func TestPlaceWordInBodyName(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a football club named after its town",
		text:   []string{"In other news, Quenby Town Football Club has appointed Marisol Tregear as its first female manager."},
		tagged: map[string]string{"Quenby Town Football Club": "LOC", "Marisol Tregear": "PER"},
		want:   map[string]string{"Quenby Town Football Club": Org, "Marisol Tregear": Person},
	}, {
		name:   "a period adjective before a place noun",
		text:   []string{"A 20-metre section of Quenby's Victorian harbour wall collapsed on Tuesday night."},
		tagged: map[string]string{"Quenby": "LOC", "Victorian": "MISC"},
		want:   map[string]string{"Quenby": Place},
		absent: []string{"Victorian"},
	}})
}

// TestAgentNounApposition checks that a noun of one who does something,
// told by its ending, heads a role in apposition as a listed role noun
// does.
func TestAgentNounApposition(t *testing.T) {
	got := ExtractWith(paras("Ivo Marsh, the hotel receptionist, said the guests had left."), fakeNER(map[string]string{"Ivo Marsh": "PER"}))
	if a := mustPerson(t, got, "Ivo Marsh"); !slices.Contains(a.Roles, "hotel receptionist") {
		t.Errorf("Ivo Marsh has roles %q, want the hotel receptionist", a.Roles)
	}
}

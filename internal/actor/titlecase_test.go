package actor

import "testing"

// TestTitleCaseWork checks that a name whose small words are a title's
// ("Carry On Tarrow", "Son of the Marsh") is a work, not a person, also
// when a title opens it or a list of people holds it, while a title of
// place and an epithet after "the" stay people.
func TestTitleCaseWork(t *testing.T) {
	stubLexicon(t, nil, setOf(`spoons`), setOf(`Ivo Ada`))
	runNameRules(t, []nameRuleCase{{
		name:   "title case read as a person",
		text:   []string{"She began in Carry On Tarrow and never looked back."},
		tagged: map[string]string{"Carry On Tarrow": "PER"},
		want:   map[string]string{"Carry On Tarrow": Other},
	}, {
		name:   "title case in a list of people",
		text:   []string{"His films include Ivo Marsh's Gangs Of Velmora and Ada Kell's Orchard."},
		tagged: map[string]string{"Ivo Marsh": "PER", "Gangs Of Velmora": "PER", "Ada Kell": "PER", "Orchard": "PER"},
		want:   map[string]string{"Gangs Of Velmora": Other, "Ivo Marsh": Person},
	}, {
		name:   "a title opening a title in title case",
		text:   []string{"Players must defeat the cruel Empress Of Tarrow before dawn."},
		tagged: map[string]string{"Empress Of Tarrow": "ORG"},
		want:   map[string]string{"Empress Of Tarrow": Other},
	}, {
		name:   "of the in lower case",
		text:   []string{"Tickets for Son of the Marsh sold out in an hour."},
		tagged: map[string]string{"Son of the Marsh": "PER"},
		want:   map[string]string{"Son of the Marsh": Other},
	}, {
		name:   "a title of a plural common noun",
		text:   []string{"Her sitcom King of Spoons ran for two series."},
		tagged: map[string]string{"King of Spoons": "PER"},
		want:   map[string]string{"King of Spoons": Other},
	}, {
		name:   "a title of place",
		text:   []string{"The Prince of Velmora cut the ribbon on the bridge."},
		tagged: map[string]string{"Prince of Velmora": "PER"},
		want:   map[string]string{"Prince of Velmora": Person},
	}, {
		name:   "an epithet",
		text:   []string{"Ivo Marsh the Younger sold the estate in 1790."},
		tagged: map[string]string{"Ivo Marsh the Younger": "PER"},
		want:   map[string]string{"Ivo Marsh the Younger": Person},
	}})
}

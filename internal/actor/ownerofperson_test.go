package actor

import "testing"

func TestBodyOwnsPerson(t *testing.T) {
	fakeLexicon(t)
	tests := []whoKindCase{
		{"a show owning its contestant", "The flanker was seen leaving a restaurant with Harrow Vale's Nell Corran on Wednesday.", map[string]string{"Harrow Vale": "PER", "Nell Corran": "PER"}, "Harrow Vale", Org},
		{"an author's work named after a person", "The shortlist included Merrow Tate's Ada Kell and Mr Pym, a novel about magic.", map[string]string{"Merrow Tate": "PER", "Ada Kell": "PER"}, "Merrow Tate", Person},
		{"a possessor with a given name first", "Fans cheered Nell Harrow's Ada Kell at the final.", map[string]string{"Nell Harrow": "PER", "Ada Kell": "PER"}, "Nell Harrow", Person},
	}
	checkWhoKinds(t, tests)
}

package actor

import "testing"

// TestGreatKin checks that a kinship noun with "great-" before it
// ("his great-grandson Tyler", "her great-aunt Hester") introduces a
// person, as the kinship noun alone does.
func TestGreatKin(t *testing.T) {
	stubLexicon(t, nil, setOf(`the was he his her with`), setOf(`Orrin Wilma`))
	runNameRules(t, []nameRuleCase{{
		name:   "great-grandson before a given name",
		text:   []string{"Mr Pellow finished the walk with his great-grandson Orrin pushing the pram."},
		tagged: map[string]string{"Pellow": "PER"},
		want:   map[string]string{"Orrin": Person},
	}, {
		name:   "great-aunt after a comma",
		text:   []string{"The recipe came from her great-aunt, Wilma, who kept a tea shop."},
		tagged: map[string]string{},
		want:   map[string]string{"Wilma": Person},
	}})
}

// TestJobBeforeGivenName checks that a name of a given name and a word
// that ends streets' and bays' names ("Street", "Bay") is a person's
// right after a job noun written lower case, and a street's elsewhere.
func TestJobBeforeGivenName(t *testing.T) {
	stubLexicon(t, nil, setOf(`finance chief the shop on said closed`), setOf(`Marla Ivo`))
	runNameRules(t, []nameRuleCase{{
		name:   "finance chief before a given name and Street",
		text:   []string{"Finance chief Marla Street said costs would fall.", "Street joined last year."},
		tagged: map[string]string{"Marla Street": "PER"},
		want:   map[string]string{"Marla Street": Person},
	}, {
		name:   "director before a given name and Bay",
		text:   []string{"The firm's director Ivo Bay resigned on Monday."},
		tagged: map[string]string{"Ivo Bay": "PER"},
		want:   map[string]string{"Ivo Bay": Person},
	}, {
		name:   "a street named after a given name stays a street",
		text:   []string{"The shop on Marla Street closed on Monday."},
		tagged: map[string]string{"Marla Street": "PER"},
		want:   map[string]string{"Marla Street": Place},
	}})
}

// TestVeteranRocker checks that "veteran" and "rocker", nouns only a
// person is called by, make the name after them a person's even when the
// tagger read it as a body's.
func TestVeteranRocker(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "rock veteran before a name read as a body",
		text:   []string{"Rock veteran Orrin Castlereagh had more to cheer this week."},
		tagged: map[string]string{"Orrin Castlereagh": "ORG"},
		want:   map[string]string{"Orrin Castlereagh": Person},
	}, {
		name:   "the rocker before a name read as a body",
		text:   []string{"The rocker Orrin Castlereagh has bought a pub."},
		tagged: map[string]string{"Orrin Castlereagh": "ORG"},
		want:   map[string]string{"Orrin Castlereagh": Person},
	}})
}

// TestAddressTitleBeforeHead checks that a title of address before one
// word that also ends places' names ("Bay", "Street") makes a person,
// while a royal title before a street word still names a street.
func TestAddressTitleBeforeHead(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "Mrs before Bay",
		text:   []string{"Mrs Bay, who runs the corner shop, said trade was down."},
		tagged: map[string]string{"Mrs Bay": "LOC"},
		want:   map[string]string{"Bay": Person},
	}, {
		name:   "Dr before Wharf",
		text:   []string{"Dr Wharf said the ward was full on Tuesday."},
		tagged: map[string]string{"Dr Wharf": "LOC"},
		want:   map[string]string{"Wharf": Person},
	}, {
		name:   "King before Street is a street",
		text:   []string{"The shop on King Street closed on Monday."},
		tagged: map[string]string{"King Street": "LOC"},
		want:   map[string]string{"King Street": Place},
	}})
}

package actor

import "testing"

// TestKinList: a kinship noun governs a list of given names after a
// comma, "of" or "for" ("mother of Tamsin and Corwen", "three children,
// Perpetua, Lorcan and Imelda"), whatever the tagger read them as; after
// "of" only a given name alone that ends its phrase, and only a list
// closed by "and" goes on.
func TestKinList(t *testing.T) {
	tagged := map[string]string{"Osric": "LOC", "Tamsin": "ORG", "Corwen": "LOC", "Elspeth": "LOC", "Barnaby": "ORG",
		"Wren": "MISC", "Perpetua": "LOC", "Lorcan": "ORG", "Imelda": "LOC", "Anwen": "PER", "Gethin": "LOC",
		"Tobiah": "LOC", "Leeds": "LOC", "Ivo Marsh": "PER", "Rory Vance": "PER", "Piers": "PER", "Carrick": "LOC"}
	runNameRules(t, []nameRuleCase{{
		name:   "a death notice's kin after of",
		text:   []string{"Beloved wife of the late Osric, much-loved mother of Tamsin and Corwen, and adored grandmother of Elspeth, Barnaby and Wren."},
		tagged: tagged,
		want:   map[string]string{"Osric": Person, "Tamsin": Person, "Corwen": Person, "Elspeth": Person, "Barnaby": Person, "Wren": Person},
	}, {
		name: "a plural noun of kin before a list",
		text: []string{"They have three children, Perpetua, Lorcan and Imelda, and seven grandchildren."}, tagged: tagged,
		want: map[string]string{"Perpetua": Person, "Lorcan": Person, "Imelda": Person},
	}, {
		name: "twin boys and a brother for",
		text: []string{"To Mair and Huw, twin boys, Anwen and Gethin, a brother for Tobiah."}, tagged: tagged,
		want: map[string]string{"Gethin": Person, "Tobiah": Person},
	}, {
		name: "a club before a noun after of",
		text: []string{"He is the son of Leeds striker Ivo Marsh."}, tagged: tagged,
		want: map[string]string{"Leeds": Org, "Ivo Marsh": Person},
	}, {
		name: "a longer name after of is the tagger's",
		text: []string{"At number one is the son of the late Beatle Rory Vance, who has inherited the estate."}, tagged: tagged,
		want: map[string]string{"Rory Vance": Person}, absent: []string{"Beatle Rory Vance"},
	}, {
		name: "an apposition is no list",
		text: []string{"Her husband, Piers, said Carrick was lovely."}, tagged: tagged,
		want: map[string]string{"Piers": Person, "Carrick": Place},
	}})
}

// TestListedGivenRoleNoun checks that a given name that is also a role
// noun ("Dean") listed among given names is a person, not the role of
// the name before it.
func TestListedGivenRoleNoun(t *testing.T) {
	got := ExtractWith(paras("His wife died in 2011. He is survived by his grandchildren, Kirsty, Dean and Nathan."),
		fakeNER(map[string]string{"Kirsty": "PER", "Dean": "PER", "Nathan": "LOC"}))
	for _, n := range []string{"Kirsty", "Dean", "Nathan"} {
		if a := mustPerson(t, got, n); len(a.Roles) > 0 {
			t.Errorf("%s has roles %q", n, a.Roles)
		}
	}
}

// TestSweetheart checks that a sweetheart, as a wife or a husband,
// introduces a person.
func TestSweetheart(t *testing.T) {
	got := ExtractWith(paras("He came home from sea to marry his childhood sweetheart, Ysolde. She died in 2015."),
		fakeNER(map[string]string{"Ysolde": "LOC"}))
	mustPerson(t, got, "Ysolde")
}

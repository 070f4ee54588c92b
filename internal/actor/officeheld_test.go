package actor

import "testing"

// TestOfficeBesideHolder checks that an office of a place read as a
// person is no person when its holder is named beside it, and stays one
// when the holder goes unnamed.
func TestOfficeBesideHolder(t *testing.T) {
	tagged := map[string]string{"Ada Kell": "PER", "Mayor of Tarrow": "PER", "Chief Constable of Velmoshire": "PER", "Ivo Marsh": "PER"}
	runNameRules(t, []nameRuleCase{{
		name:   "after as",
		text:   []string{"Councillor Ada Kell was sworn in as Mayor of Tarrow on Friday."},
		tagged: tagged,
		want:   map[string]string{"Ada Kell": Person},
		absent: []string{"Mayor of Tarrow"},
	}, {
		name:   "before the holder",
		text:   []string{"The new Mayor of Tarrow, Councillor Ada Kell, arrived by bicycle."},
		tagged: tagged,
		want:   map[string]string{"Ada Kell": Person},
		absent: []string{"Mayor of Tarrow"},
	}, {
		name:   "after the holder",
		text:   []string{"Ivo Marsh, Chief Constable of Velmoshire, said the force would recruit."},
		tagged: tagged,
		want:   map[string]string{"Ivo Marsh": Person},
		absent: []string{"Chief Constable of Velmoshire"},
	}, {
		name:   "no holder named",
		text:   []string{"The Mayor of Tarrow has bought an electric car."},
		tagged: tagged,
		want:   map[string]string{"Mayor of Tarrow": Person},
	}})
}

package actor

import "testing"

// TestRankAdjective: "major", "general" or "private" in lower case
// before a noun that is no role is an adjective, so "X, a major port,"
// gives X no role; "director general of" is still an office.
func TestRankAdjective(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a major port",
		text:   []string{"There were reports of people fleeing buildings in the larger city of Bandar Velmo, a major port, but no damage."},
		tagged: map[string]string{"Bandar Velmo": "PER"},
		want:   map[string]string{"Bandar Velmo": Place},
	}, {
		name: "a director general",
		text: []string{"Ada Kell, director general of the Tarrow Trust, said the plan was sound."},
		want: map[string]string{"Ada Kell": Person},
	}})
	got := Extract(paras("Ada Kell, director general of the Tarrow Trust, said the plan was sound."))
	if a := find(got, "Ada Kell"); a == nil || len(a.Roles) == 0 {
		t.Errorf("Ada Kell has no role; got %s", summary(got))
	}
}

package actor

import "testing"

// TestParticleAndRank checks that a surname with a particle glued on by
// a hyphen is a word of a person's name, so that the person's evidence
// counts for it, and that a rank written before a name the tagger read
// as a body's is evidence for a person.
func TestParticleAndRank(t *testing.T) {
	for _, w := range []string{"al-Qassimi", "el-Masri", "Marsh-Kell"} {
		if !nameLike(w) {
			t.Errorf("nameLike(%q) = false", w)
		}
	}
	for _, w := range []string{"al-", "London-based", "non-Opec"} {
		if nameLike(w) {
			t.Errorf("nameLike(%q) = true", w)
		}
	}
	runNameRules(t, []nameRuleCase{{
		name:   "a particle glued to the surname",
		text:   []string{"Karim al-Qassimi, who has died aged 69, was the pianist at the Fox and Lantern in Corran."},
		tagged: map[string]string{"Karim al-Qassimi": "LOC", "Fox": "LOC", "Lantern": "LOC", "Corran": "LOC"},
		want:   map[string]string{"Karim al-Qassimi": Person},
	}, {
		name:   "a rank before a name read as a body's",
		text:   []string{"Rescue leader Sergeant Tiago Mendes de Arruda said the climber had survived on rainwater."},
		tagged: map[string]string{"Tiago Mendes de Arruda": "ORG"},
		want:   map[string]string{"Tiago Mendes de Arruda": Person},
	}})
}

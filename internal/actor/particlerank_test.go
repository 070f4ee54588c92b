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

// TestAgeWord checks that an age spelt out between commas after a name
// is a person's evidence, as an age in figures is.
func TestAgeWord(t *testing.T) {
	for _, w := range []string{"eight", "twenty-one", "ninety"} {
		if !ageWord(w) {
			t.Errorf("ageWord(%q) = false", w)
		}
	}
	for _, w := range []string{"eighty-first", "dozen", "two-thirds"} {
		if ageWord(w) {
			t.Errorf("ageWord(%q) = true", w)
		}
	}
	runNameRules(t, []nameRuleCase{{
		name:   "a child's age spelt out",
		text:   []string{"Our last letter comes from Tibby, nine, of Corranby, who wants the dragon to win."},
		tagged: map[string]string{"Tibby": "ORG", "Corranby": "LOC"},
		want:   map[string]string{"Tibby": Person},
	}})
}

package actor

import "testing"

// TestMonthGiven checks that a month's word that is a given name stays
// the given name before a particle surname, a surname the story writes
// alone, or an apposition of a person, and stays a date after a
// preposition or a number.
func TestMonthGiven(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Jan`))
	runNameRules(t, []nameRuleCase{{
		name:   "the tagger read the month in, before a particle",
		text:   []string{"Assistant coach May ter Horst praised the squad."},
		tagged: map[string]string{"May ter Horst": "PER"},
		want:   map[string]string{"May ter Horst": Person},
		absent: []string{"ter Horst"},
	}, {
		name:   "the tagger left the month out, before a particle",
		text:   []string{"Midfielder Jan van Oordt is fit. June de Smedt also spoke."},
		tagged: map[string]string{"Jan van Oordt": "PER", "de Smedt": "PER"},
		want:   map[string]string{"Jan van Oordt": Person, "June de Smedt": Person},
	}, {
		name:   "an apposition of a person",
		text:   []string{"His owner, June Pellow, 81, said he had never strayed before."},
		tagged: map[string]string{"Pellow": "PER"},
		want:   map[string]string{"June Pellow": Person},
		absent: []string{"Pellow"},
	}, {
		name:   "the surname written alone elsewhere, the tagger reading nothing",
		text:   []string{"April Quellin won the final.", "Quellin said she was delighted."},
		tagged: map[string]string{"Quellin": "PER"},
		want:   map[string]string{"April Quellin": Person},
	}, {
		name:   "a date after a preposition",
		text:   []string{"In May Quellin was made captain.", "Quellin said she was delighted."},
		tagged: map[string]string{"Quellin": "PER"},
		want:   map[string]string{"Quellin": Person},
		absent: []string{"May Quellin"},
	}, {
		name:   "a date after a number",
		text:   []string{"On 4 June van Oordt scored twice."},
		tagged: map[string]string{"van Oordt": "PER"},
		absent: []string{"June van Oordt"},
	}})
}

package actor

import "testing"

// TestExtendRight checks that a double-barrelled surname the tagger left
// out after a person's name joins it, and that a firm's hyphenated name
// after a person's does not.
func TestExtendRight(t *testing.T) {
	stubLexicon(t, nil, setOf(`cola`), setOf(`Ada`))
	runNameRules(t, []nameRuleCase{{
		name:   "a double-barrelled surname",
		text:   []string{"In her ruling, Justice Ada Marsh-Kell said the map was unfair."},
		tagged: map[string]string{"Justice Ada": "PER"},
		want:   map[string]string{"Ada Marsh-Kell": Person},
		absent: []string{"Justice Ada"},
	}, {
		name:   "a hyphenated word with a common part",
		text:   []string{"On Monday Ada Tarrant Velmo-Cola launched a drink."},
		tagged: map[string]string{"Ada Tarrant": "PER"},
		want:   map[string]string{"Ada Tarrant": Person},
	}})
}

package actor

import "testing"

// TestGerundBefore: a capitalised participle right before a name, maybe
// with a title between, inside a sentence opens a work's title, so the
// name is a character's; a participle opening the sentence and a place
// before a comma leave the person.
func TestGerundBefore(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a title of address between",
		text:   []string{"The couple went to see Driving Miss Velmo at the Playhouse on Saturday."},
		tagged: map[string]string{"Driving Miss Velmo": "MISC"},
		want:   map[string]string{"Velmo": Other},
	}, {
		name:   "the participle left out",
		text:   []string{"He has a small part in Becoming Ada Kellerman, which opens next month."},
		tagged: map[string]string{"Ada Kellerman": "PER"},
		want:   map[string]string{"Ada Kellerman": Other},
	}, {
		name:   "opening the sentence",
		text:   []string{"Meeting Ada Kellerman was the highlight of his year, he said."},
		tagged: map[string]string{"Ada Kellerman": "PER"},
		want:   map[string]string{"Ada Kellerman": Person},
	}})
}

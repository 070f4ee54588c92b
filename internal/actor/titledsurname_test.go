package actor

import "testing"

// TestTitledSurname checks that a capitalised word before a surname the
// story writes after a title of address is the person's given name,
// whatever the tagger read, unless the story writes it in lower case or,
// a word of the language opening the sentence, no apposition of a person
// follows.
func TestTitledSurname(t *testing.T) {
	stubLexicon(t, nil, setOf(`sue whatever`), nil)
	runNameRules(t, []nameRuleCase{{
		name:   "the tagger read the surname alone as a thing",
		text:   []string{"Sue Quarrell, who uses a wheelchair, said the office was vital.", "Mrs Quarrell said she would respond."},
		tagged: map[string]string{"Quarrell": "MISC"},
		want:   map[string]string{"Sue Quarrell": Person},
		absent: []string{"Quarrell"},
	}, {
		name:   "the tagger read nothing",
		text:   []string{"Lunch for under £4 is what they want, said Ysolde Pennick, the chief executive.", "Ms Pennick declined to comment."},
		tagged: map[string]string{},
		want:   map[string]string{"Ysolde Pennick": Person},
	}, {
		name:   "a word of the language opening the sentence",
		text:   []string{"Whatever Quarrell says, the vote is lost.", "Mr Quarrell was not available."},
		tagged: map[string]string{"Quarrell": "PER"},
		absent: []string{"Whatever Quarrell"},
	}, {
		name:   "a word the story writes in lower case",
		text:   []string{"They plan to sue the council for the cost.", "Sue Quarrell, who lives next door, said Mr Quarrell's lawyer would act."},
		tagged: map[string]string{"Quarrell": "MISC"},
		absent: []string{"Sue Quarrell"},
	}})
}

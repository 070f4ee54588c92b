package actor

import "testing"

// TestOwnAcronym: a name followed by its own initials in brackets is a
// body's, even when the tagger reads it as a person's; a person named so,
// a place and a name the initials do not spell are left alone.
func TestOwnAcronym(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "read as a person", text: []string{"The Northern Grid Partnership (NGP) said prices would rise. A spokesman for the Northern Grid Partnership said bills would follow."},
			tagged: map[string]string{"Northern Grid Partnership": "PER"},
			want:   map[string]string{"Northern Grid Partnership": Org}},
		{name: "two words", text: []string{"Shares in Hewlett Packard (HP) rose on Monday."},
			tagged: map[string]string{"Hewlett Packard": "PER"},
			want:   map[string]string{"Hewlett Packard": Org}},
		{name: "read as a body, made a person by other cues", text: []string{"Marathon runner Paul Tergat was banned by Athletics Kenya (AK) last year."},
			tagged: map[string]string{"Paul Tergat": "PER", "Athletics Kenya": "ORG"},
			want:   map[string]string{"Athletics Kenya": Org, "Paul Tergat": Person}},
		{name: "a given name opens it", text: []string{"Lyndon Baines Johnson (LBJ) signed the act in 1964."},
			tagged: map[string]string{"Lyndon Baines Johnson": "PER"},
			want:   map[string]string{"Lyndon Baines Johnson": Person}},
		{name: "a law keeps its kind", text: []string{"The wolf is protected under the Endangered Species Act (ESA), officials said."},
			tagged: map[string]string{"Endangered Species Act": "ORG"},
			want:   map[string]string{"Endangered Species Act": Other}},
		{name: "not its initials", text: []string{"Hewlett Packard (UK) rose on Monday after Harriet Luscombe (pictured) spoke."},
			tagged: map[string]string{"Harriet Luscombe": "PER"},
			want:   map[string]string{"Harriet Luscombe": Person}},
	})
}

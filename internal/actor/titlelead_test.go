package actor

import "testing"

// TestTitleLeadIn: a name after (or opening with) a pronoun or a verb of
// being capitalised inside a sentence is part of a work's title, not a
// person; the same words at a sentence's start or in a title-case run
// from the sentence's start leave the name alone.
func TestTitleLeadIn(t *testing.T) {
	tagged := map[string]string{"Lonely Again": "PER", "Our Redeemer": "PER", "Get Marsh": "PER", "Ada Kell": "PER",
		"Tarrow": "LOC", "Bo Pike": "PER"}
	tests := []struct {
		name, text, who string
		person          bool
	}{
		{"verb and pronoun before", "The chart holds Are You Lonely Again at number 20 and six more reissues.", "Lonely Again", false},
		{"after a comma", "It is the fifth reissue, after last week's, Are You Lonely Again.", "Lonely Again", false},
		{"possessive opens the name", "\"It is worth striving for, because of the promise of Our Redeemer,\" he will say.", "Our Redeemer", false},
		{"a slogan", "I have a new slogan. Vote Tarrow, Get Marsh. That is what I tell people.", "Get Marsh", false},
		{"sentence start", "Is Ada Kell right? Most think so.", "Ada Kell", true},
		{"quoted question", "He asked: \"Are You Bo Pike?\" and she nodded.", "Bo Pike", true},
		{"plain prose", "It was Ada Kell who rang the police.", "Ada Kell", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tagged))
			a := find(got, tt.who)
			isPerson := a != nil && a.Kind == Person
			if isPerson != tt.person {
				t.Errorf("%q a person = %v, want %v; got %s", tt.who, isPerson, tt.person, summary(got))
			}
		})
	}
}

// TestQuotedPerformedIn: a name in quotes after a verb or a noun of
// performing and "in" is a work's title even when it opens with a given
// name; a co-star named without quotes stays a person.
func TestQuotedPerformedIn(t *testing.T) {
	tagged := map[string]string{"Cora Vance": "PER", "Ada Kell": "PER", "Bo Pike": "PER"}
	runNameRules(t, []nameRuleCase{
		{name: "starred in", text: []string{"Ada Kell has had a recurring role on the show and starred in \"Cora Vance\" and two other films."},
			tagged: tagged, want: map[string]string{"Cora Vance": Other, "Ada Kell": Person}},
		{name: "unquoted co-star", text: []string{"Ada Kell starred in the film with Bo Pike."},
			tagged: tagged, want: map[string]string{"Bo Pike": Person}},
	})
}

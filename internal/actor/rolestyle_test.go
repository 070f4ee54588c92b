package actor

import (
	"slices"
	"testing"
)

// TestRoleWordsKeptWhole: a compound broken at its hyphen is one role
// word, and a style before a title ("Rt Hon", "the Most Reverend") is
// part of the title, not a role.
func TestRoleWordsKeptWhole(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		person string
		role   string   // must be among the person's roles ("" none)
		not    []string // must not be among them
	}{
		{"broken director-general", "Staff wonder what the new Corvane director- general Hal Brisk will cut next.", "Hal Brisk", "Corvane director-general", []string{"general", "new Corvane director-general"}},
		{"broken vice-president", "The club's vice- president Orla Denn resigned on Friday.", "Orla Denn", "vice-president", []string{"president"}},
		{"broken non-executive", "On Monday the Corvane non- executive director Pim Arlott quit the board.", "Pim Arlott", "Corvane non-executive director", []string{"executive director"}},
		{"broken editor-in-chief", "The magazine's editor- in-chief Sela Brann wrote a farewell note.", "Sela Brann", "editor-in-chief", nil},
		{"whole hyphenated role", "Shares fell after Corvane vice-president Dara Quell denied the claims.", "Dara Quell", "Corvane vice-president", nil},
		{"hyphen with spaces is a dash", "The deal was done - chairman Ivo Marten said so.", "Ivo Marten", "chairman", []string{"done - chairman"}},
		{"Rt Rev", "Such a law would be unjust, Rt Rev Selwyn Haddow argued.", "Selwyn Haddow", "", []string{"Rt"}},
		{"Most Reverend", "The Bishop of Tarrow, the Most Reverend Colm Ashby, told the radio programme.", "Colm Ashby", "", []string{"Most"}},
		{"letters after a member's name", "The report was welcomed by Martin Vale MP on Tuesday.", "Martin Vale", "MP", nil},
		{"a title word inside a name", "The comedian Anya Baron Kessel hosted the awards.", "Anya Baron Kessel", "", []string{"comedian Anya", "Anya"}},
		{"the field of a role", "The plan was attacked by Harbour Party election chief Dana Orlo on Monday.", "Dana Orlo", "Harbour Party election chief", []string{"chief"}},
		{"two field nouns", "The team was led by the airport authority chief Ivo Brask, officials said.", "Ivo Brask", "airport authority chief", nil},
		{"a former field", "Giving evidence, ex-finance chief Lior Quant implicated his colleague.", "Lior Quant", "ex-finance chief", []string{"chief"}},
		{"a verb is no field", "In the new film Kestrel Vane sues millionaire Oren Laski.", "Oren Laski", "millionaire", []string{"sues millionaire"}},
		{"Very Rev", "The service was led by the Very Rev Anna Lisle on Sunday.", "Anna Lisle", "", []string{"Very"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.text, tc.person)
			if tc.role != "" && !slices.Contains(a.Roles, tc.role) {
				t.Errorf("%s roles %q, want %q among them", tc.person, a.Roles, tc.role)
			}
			for _, r := range tc.not {
				if slices.Contains(a.Roles, r) {
					t.Errorf("%s roles %q include %q", tc.person, a.Roles, r)
				}
			}
		})
	}
}

// TestNoRoleSplitBeforeCommonWord: a role noun opening a name the tagger
// did not call a person is split off only before a name, not before a
// common word ("Star Wars" is no star called Wars).
func TestNoRoleSplitBeforeCommonWord(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "film title",
		text:   []string{"Fans of Star Wars Episode III queued for days outside the cinema."},
		absent: []string{"Wars Episode III"},
	}, {
		name:   "initials after a role noun",
		text:   []string{"Download formats will now be included in the Official UK Singles Chart."},
		absent: []string{"UK Singles Chart"},
	}})
}

package actor

import "testing"

// TestCreatureMentions: an animal's or a vessel's cue at one mention
// makes the name's other mentions the creature too, "who" and courtesy
// title notwithstanding; a title split off before the name, a possessive
// apposition, a participle after the animal noun, a vessel's prefix or
// its measure are such cues. People described the same way stay people.
func TestCreatureMentions(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a pony then who", text: []string{"A dun Exmoor pony called Barnabus has been taken from a paddock near Ledbury.", "Barnabus, who is 19, belongs to a riding school."},
			want: map[string]string{"Barnabus": Other}},
		{name: "a titled pet named twice", text: []string{"My whippet, Mr Tiddlesworth, was thrown out of a tea room on Sunday. Mr Tiddlesworth was not in the least ashamed."},
			want: map[string]string{"Mr Tiddlesworth": Other}},
		{name: "a title split off after a possessive", text: []string{"The only other guest was the lighthouse's cat, Captain Pellow."},
			want: map[string]string{"Pellow": Other}},
		{name: "a possessive apposition", text: []string{"Rumbold, their cockapoo, will spend weekdays with her."},
			want: map[string]string{"Rumbold": Other}},
		{name: "a participle after the animal noun", text: []string{"Rumbold, the springer spaniel taken from outside a bakery, is home."},
			tagged: map[string]string{"Rumbold": "PER"}, want: map[string]string{"Rumbold": Other}},
		{name: "a vessel's prefix", text: []string{"The long-delayed MV Lady Morwenna will need new engines before she sails."},
			want: map[string]string{"Lady Morwenna": Other}},
		{name: "a navy ship", text: []string{"Crowds gathered to welcome home HMS Prince Tancred after a long deployment."},
			want: map[string]string{"Prince Tancred": Other}},
		{name: "a vessel's length", text: []string{"The 31-metre Lady Isolde, named after his grandmother, has five cabins."},
			want: map[string]string{"Lady Isolde": Other}},
		{name: "a vessel's size with thousands", text: []string{"The newest ship, the 3,100-passenger Queen Rosalind, was named on Friday."},
			want: map[string]string{"Queen Rosalind": Other}},
		{name: "a person's age is no measure", text: []string{"The 64-year-old Ada Pennick said she would not stand again."},
			want: map[string]string{"Ada Pennick": Person}},
		{name: "a person's possessive apposition", text: []string{"Ada Pennick, their solicitor, said the family would appeal."},
			want: map[string]string{"Ada Pennick": Person}},
	})
}

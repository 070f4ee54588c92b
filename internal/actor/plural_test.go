package actor

import "testing"

// TestPluralsAndAdjectives: a name's singular joins its plural (a
// thing's plural, after "the" or a number, its singular), and a singular that only qualifies nouns
// is no actor of its own.
func TestPluralsAndAdjectives(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "party adjective without the party",
		text:   []string{"Tory leader Wendell Harrow said a Tory government would cut taxes, and Democrat senators agreed."},
		want:   map[string]string{"Wendell Harrow": Person},
		absent: []string{"Tory", "Democrat"},
	}, {
		name:   "singular joins the plural",
		text:   []string{"The Tories said on Monday that the Tory plan would cost £2bn.", "A Tory spokesman later added that the Tories would publish it."},
		want:   map[string]string{"Tories": Org},
		absent: []string{"Tory"},
	}, {
		name:   "sporting adjective",
		text:   []string{"Double Olympic champion Marta Quillon will race in Glasgow on Saturday."},
		want:   map[string]string{"Marta Quillon": Person},
		absent: []string{"Olympic"},
	}, {
		name: "a maker is not its cars",
		text: []string{"Saab said sales fell, and dealers sold fewer Saabs in Sweden last year."},
		want: map[string]string{"Saab": ""},
	}, {
		name:   "a thing's plural joins its singular",
		text:   []string{"The Harvest Levy will be set on 16 March.", "In the Harvest Levies of past years, taxes were cut before the vote."},
		tagged: map[string]string{"Harvest Levy": "MISC", "Harvest Levies": "MISC"},
		want:   map[string]string{"Harvest Levy": Other},
		absent: []string{"Harvest Levies"},
	}, {
		name:   "a plural neither counted nor after the",
		text:   []string{"The Harvest Levy will be set on 16 March.", "Dealers pushed Harvest Levies to lower levels."},
		tagged: map[string]string{"Harvest Levy": "MISC", "Harvest Levies": "MISC"},
		want:   map[string]string{"Harvest Levy": Other, "Harvest Levies": Other},
	}, {
		name: "a common last word keeps the name",
		text: []string{"She played the Live Aid charity concert in 1985."},
		want: map[string]string{"Live Aid": ""},
	}})
}

func TestPluralOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tory", "Tories"}, {"Democrat", "Democrats"}, {"Day", "Days"}, {"Olympics", ""}, {"BBC", ""}, {"Dem", "Dems"}, {"Al", ""},
	} {
		if got := pluralOf(c.in); got != c.want {
			t.Errorf("pluralOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEventHeads: names ending in an event or time noun are kind other.
func TestEventHeads(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name: "elections, championships and the new year",
		text: []string{"Before the General Election in the New Year, Tamsin Arle won gold at the Nordic Indoor Championships in Orvel."},
		want: map[string]string{"General Election": Other, "New Year": Other, "Nordic Indoor Championships": Other, "Tamsin Arle": Person},
	}})
}

// TestDemonymNouns: a word for a people's member is no actor.
func TestDemonymNouns(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "demonyms",
		text:   []string{"The Spaniard beat Swede Jonas Vellby, and two Britons reached the final, where the Dutchman waited."},
		want:   map[string]string{"Jonas Vellby": Person},
		absent: []string{"Spaniard", "Swede", "Britons", "Dutchman"},
	}})
}

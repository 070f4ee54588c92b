package actor

import "testing"

// TestLocalPeople: a name right before a noun for the people or the
// services of a place ("a Corran man", "Tarrow police") is the place,
// however the tagger read it; a family's children ("the Kell boys") and
// a police inquiry named after its matter keep the person, and a
// nationality stays none.
func TestLocalPeople(t *testing.T) {
	tagged := map[string]string{"Brinsford": "PER", "Quelton": "PER", "Velby Cross": "PER", "Kell": "PER", "Ada Marsh": "PER", "Harwick": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"an aged man of a town", "Police say a 35-year-old Brinsford man stabbed his neighbour.", "Brinsford", Place},
		{"the town's police", "Quelton police on Friday arrested a 60-year-old woman.", "Quelton", Place},
		{"a couple of a village", "A Velby Cross couple have won the lottery twice.", "Velby Cross", Place},
		{"pensioners of a town", "Harwick pensioners packed the hall to object.", "Harwick", Place},
		{"a family's boys", "The Kell boys were back at school on Monday.", "Kell", Person},
		{"a police inquiry named after a person", "Ada Marsh police inquiry papers were released on Monday.", "Ada Marsh", Person},
	})
	runNameRules(t, []nameRuleCase{{
		name:   "a party's councillors",
		text:   []string{"Velmo Party councillors walked out of the meeting."},
		tagged: map[string]string{"Velmo Party": "ORG"},
		want:   map[string]string{"Velmo Party": Org},
	}, {
		name:   "a nationality",
		text:   []string{"Police said a Velmese man was detained at the border."},
		tagged: map[string]string{"Velmese": "MISC"},
		absent: []string{"Velmese"},
	}})
}

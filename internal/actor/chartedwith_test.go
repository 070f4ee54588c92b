package actor

import "testing"

// TestChartedWith: what a singer has a hit or enters the chart with is a
// record; a partner named with a given name stays a person.
func TestChartedWith(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a hit in a year with", text: []string{"Maria Jensen, who had her first hit in 1971 with Goodbye Johnny, was guest of honour."},
			want: map[string]string{"Maria Jensen": Person, "Goodbye Johnny": Other}},
		{name: "the album chart with", text: []string{"Elsewhere, Maria Jensen has gone straight to No 1 in the album chart with Glass Lanterns, a record for vinyl sales."},
			want: map[string]string{"Maria Jensen": Person, "Glass Lanterns": Other}},
		{name: "a hit with a partner", text: []string{"The singer had a hit with Tom Reeve in 1988."},
			want: map[string]string{"Tom Reeve": Person}},
	})
}

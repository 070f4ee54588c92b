package actor

import "testing"

// TestKinTitledPlayedBy: a name opened by a relative's title that "is
// played by" an actor, maybe after a relative clause, is a part; a
// real person so played in a biopic, written without such a title,
// stays a person.
func TestKinTitledPlayedBy(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a relative's title and a relative clause", text: []string{"Grandma Elspeth, who bakes a cake for the moon in the last scene, is played by Maria Jensen, 79."},
			want: map[string]string{"Grandma Elspeth": Other, "Maria Jensen": Person}},
		{name: "a relative's title right before", text: []string{"In the new adaptation Uncle Bartholomew is played by Tom Reeve."},
			want: map[string]string{"Uncle Bartholomew": Other, "Tom Reeve": Person}},
		{name: "no title: a biopic's subject", text: []string{"Wystan Mortlake, who led the miners in 1926, is played by a newcomer."},
			want: map[string]string{"Wystan Mortlake": Person}},
	})
}

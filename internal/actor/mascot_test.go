package actor

import "testing"

// TestMascot: a mascot named with an animal noun is no person; the
// mascot's wearer, and a child mascot with no animal's name, stay people.
func TestMascot(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "club mascot with an animal noun", text: []string{"Tarrow's mascot Bertie Badger has been banned for two games after a rude dance.", "Bertie will return on Saturday, said Lionel Haskett, who wears the costume."},
			want: map[string]string{"Bertie Badger": Other, "Lionel Haskett": Person}},
		{name: "a child mascot", text: []string{"Mascot Ellie Tranter, nine, led the team out before the derby at Tarrow."},
			want: map[string]string{"Ellie Tranter": Person}},
	})
}

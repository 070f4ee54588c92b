package actor

import "testing"

// TestQuotedNickname: a nickname in quotes between a given name and a
// surname is no part of the name; it joins the person when used alone.
func TestQuotedNickname(t *testing.T) {
	cases := []struct {
		name, text string
		tagged     map[string]string
		person     string
		alias      string
	}{
		{"straight quotes the tagger splits", "The night was hosted by Gareth 'Gaz' Pumfrey. Gaz said he loved it.",
			map[string]string{"Gareth 'Gaz": "MISC", "Pumfrey": "ORG", "Gaz": "PER"}, "Gareth Pumfrey", "Gaz"},
		{"curly quotes read whole", "The night was hosted by Daniel “Danno” Okoro. Danno said he loved it.",
			map[string]string{"Daniel “Danno” Okoro": "PER", "Danno": "PER"}, "Daniel Okoro", "Danno"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(c.tagged))
			a := mustPerson(t, got, c.person)
			if !has(a.Aliases, c.alias) {
				t.Errorf("%q not an alias of %q; got %s", c.alias, c.person, summary(got))
			}
			for _, x := range got {
				if x.Kind == Person && x.Name != c.person {
					t.Errorf("another person %q; got %s", x.Name, summary(got))
				}
			}
		})
	}
}

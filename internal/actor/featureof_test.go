package actor

import "testing"

// TestFeatureOf: a sea, gulf, strait or island "of" a place is a place,
// whatever the tagger read it as; a body named after one stays a body,
// and a plain name is left to the other evidence.
func TestFeatureOf(t *testing.T) {
	fakeLexicon(t)
	cases := []struct {
		name, text, actor, tag, want string
	}{
		{"a gulf read as a miscellaneous name", "Pirates attacked a tanker in the Gulf of Tarrow on Tuesday.", "Gulf of Tarrow", "MISC", Place},
		{"an island read as a person", "Ferries to the Isle of Corran were cancelled.", "Isle of Corran", "PER", Place},
		{"a strait read as a body", "Tankers avoided the Strait of Velmo after the attack.", "Strait of Velmo", "ORG", Place},
		{"a council of an island", "The Isle of Corran Council voted to raise fares.", "Isle of Corran Council", "ORG", Org},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractWith(paras(c.text), fakeNER(map[string]string{c.actor: c.tag}))
			for _, a := range got {
				if a.Name == c.actor {
					if a.Kind != c.want {
						t.Errorf("%q is %s, want %s", c.actor, a.Kind, c.want)
					}
					return
				}
			}
			t.Errorf("no actor %q; got %s", c.actor, summary(got))
		})
	}
}

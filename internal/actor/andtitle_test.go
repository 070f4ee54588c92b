package actor

import "testing"

// TestTitledAnd checks that a person's span across "and" before a title
// is two names, never one person whose role ends in "and", and that a
// plural judge's title titles every judge listed after it.
func TestTitledAnd(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "a royal title and a title of place",
		text:   []string{"The Queen and Duke of Corran will open the new lifeboat station in May."},
		tagged: map[string]string{"Queen and Duke of Corran": "ORG"},
		want:   map[string]string{"the Queen": Person, "Duke of Corran": Person},
		absent: []string{"Queen and Duke of Corran"},
	}, {
		name:   "an office and plural judges",
		text:   []string{"Counsel for the ferry firm asked Lord Chief Justice and Lord Justices Harrow and Pell for more time."},
		tagged: map[string]string{"Chief Justice and Lord Justices Harrow": "PER", "Pell": "MISC"},
		want:   map[string]string{"Lord Justice Harrow": Person, "Lord Justice Pell": Person},
		absent: []string{"Justices Harrow"},
	}, {
		name:   "three judges",
		text:   []string{"A ruling from Lord Justices Harrow, Pell and Quaid is expected next week."},
		tagged: map[string]string{"Justices Harrow": "PER", "Pell": "ORG", "Quaid": "LOC"},
		want:   map[string]string{"Lord Justice Harrow": Person, "Lord Justice Pell": Person, "Lord Justice Quaid": Person},
	}})
}

// TestTitledAndRole checks that no role ending in "and" is left when the
// words before the title are no one's.
func TestTitledAndRole(t *testing.T) {
	got := ExtractWith(paras("The season opens with The Drifters and King Corran, both silent."),
		fakeNER(map[string]string{"Drifters and King Corran": "PER"}))
	for _, a := range got {
		for _, r := range a.Roles {
			if r == "Drifters and" {
				t.Errorf("%q has the role %q; got %s", a.Name, r, summary(got))
			}
		}
		if a.Name == "Drifters" && a.Kind == Person {
			t.Errorf("Drifters is a person; got %s", summary(got))
		}
	}
}

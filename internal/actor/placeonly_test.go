package actor

import "testing"

func TestPlaceOnlyName(t *testing.T) {
	tests := []struct {
		name string
		m    mention
		want bool
	}{
		{"a country with person evidence", mention{name: []string{"Jamaica"}, pev: 3}, true},
		{"no person evidence to undo", mention{name: []string{"Jamaica"}}, false},
		{"a surname the model knows as a person's too", mention{name: []string{"Holland"}, pev: 3}, false},
		{"a titled name", mention{name: []string{"Jamaica"}, hon: "Mrs", pev: 3}, false},
		{"a name with a role", mention{name: []string{"Jamaica"}, roles: []string{"singer"}, pev: 3}, false},
		{"two words", mention{name: []string{"Ada", "Jamaica"}, pev: 3}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeLexicon(t)
			stubKnownTypes(t, map[string][]string{"Jamaica": {"LOC"}, "Holland": {"PER", "LOC"}})
			if got := placeOnlyName(&tt.m); got != tt.want {
				t.Errorf("placeOnlyName(%v) = %v, want %v", tt.m.name, got, tt.want)
			}
		})
	}
}

func TestPlaceOnlyNameKind(t *testing.T) {
	fakeLexicon(t)
	stubKnownTypes(t, map[string][]string{"Jamaica": {"LOC"}, "Corran": {"LOC"}})
	text := "He praised the teachers from Corran and Jamaica, who are reducing the sizes of our classes."
	got := ExtractWith(paras(text), fakeNER(map[string]string{"Corran": "LOC", "Jamaica": "LOC"}))
	if a := find(got, "Jamaica"); a == nil || a.Kind != Place {
		t.Errorf("Jamaica: want place, got %s", summary(got))
	}
}

package actor

import "testing"

func TestRivalBefore(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name  string
		text  string
		known []string // gazetteer types of "Zorvex"
		want  string
	}{
		{"a rival firm", "Its profit was dwarfed by the $204m announced by rival Zorvex this week.", nil, Org},
		{"key rival", "Key rival Zorvex is already well established in the market.", nil, Org},
		{"a rival the gazetteer knows as a person", "Its profit was dwarfed by the $204m announced by rival Zorvex this week.", []string{"PER"}, Person},
		{"no rival before the name", "Its profit was dwarfed by the $204m announced by Zorvex this week.", nil, Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubKnown(t, "Zorvex", tt.known)
			got := ExtractWith(paras(tt.text), fakeNER(map[string]string{"Zorvex": "PER"}))
			if a := find(got, "Zorvex"); a != nil && a.Kind != tt.want || a == nil && tt.want != Person {
				t.Errorf("Zorvex: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

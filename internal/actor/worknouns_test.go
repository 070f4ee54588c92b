package actor

import "testing"

// TestMoreWorkNouns checks that the kinds of work added to workNouns
// name the title after them, which is no person.
func TestMoreWorkNouns(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name string
		text string
		tags map[string]string
		who  string
	}{
		{"a serial", "Soaps have made a comeback after the success of the serial Harrow Kell this year.", map[string]string{"Harrow Kell": "PER"}, "Harrow Kell"},
		{"a novella", "Her prize went to the novella Corran Pym last night.", map[string]string{"Corran Pym": "PER"}, "Corran Pym"},
		{"a pantomime", "Tickets for the pantomime Tarrow Vell sold out within an hour.", map[string]string{"Tarrow Vell": "PER"}, "Tarrow Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(tt.tags))
			if a := find(got, tt.who); a == nil || a.Kind != Other {
				t.Errorf("%s: want %s, got %s", tt.who, Other, summary(got))
			}
		})
	}
}

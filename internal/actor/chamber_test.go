package actor

import "testing"

// TestChamberEvidence checks that a one-word name the tagger reads as a
// miscellaneous thing is a body when the story reports to it, names its
// officers or committees or has it vote, and stays a thing otherwise.
func TestChamberEvidence(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name string
		text []string
		want string
	}{
		{"told the body", []string{"The minister told the Harrows that taxes would rise.", "Later the Harrows broke for lunch."}, Org},
		{"an office of the body", []string{"Ms Quill, Leader of the Harrows, defended the plan."}, Org},
		{"the body votes", []string{"The Harrows voted to delay the bill."}, Org},
		{"its committee", []string{"The Harrows public accounts committee met on Monday."}, Org},
		{"its speaker", []string{"She was the first woman to be Harrows Speaker."}, Org},
		{"its other mentions in the story", []string{"MPs sat in the Harrows on Monday.", "Phones are banned in the Harrows.", "The Harrows chamber was full."}, Org},
		{"an event", []string{"Tickets for the Harrows sold out.", "The Harrows begin in June."}, Other},
		{"a leader of something else", []string{"At the Harrows fans and their leader sang.", "The Harrows begin in June."}, Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text...), fakeNER(map[string]string{"Harrows": "MISC"}))
			if a := find(got, "Harrows"); a == nil || a.Kind != tt.want {
				t.Errorf("Harrows: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

package actor

import "testing"

// TestGenerationalSuffix checks that a name closed by "Jr", "Sr" or a
// Roman numeral after a given name or an initial is a person's, whose
// surname alone joins it, while a name with no given name or initial ("World War II") stays a thing.
func TestGenerationalSuffix(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ivo Joseph Marsh Jr": "ORG", "Marsh": "PER", "L. Tomas Reyne III": "LOC",
		"Velmo Corran Tarrow II": "MISC", "Tarrow Rovers": "ORG"}
	tests := []struct {
		name, para, actor, kind string
		alias                   string // an alias the actor must have
	}{
		{"Jr read as a body", "The court heard that Ivo Joseph Marsh Jr. fled on foot. Marsh, 49, was caught.", "Ivo Joseph Marsh Jr", Person, "Marsh"},
		{"initial and numeral", "The files name L. Tomas Reyne III as the buyer.", "L. Tomas Reyne III", Person, ""},
		{"no given name", "He signed the Velmo Corran Tarrow II before he joined Tarrow Rovers.", "Velmo Corran Tarrow II", Other, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectActor(t, tagged, tt.para, tt.actor, tt.kind, tt.alias, "")
		})
	}
}

package actor

import "testing"

func TestPlaceless(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name  string
		paras []string
		known []string // gazetteer types of "Velmora"
		want  string
	}{
		{
			name:  "a firm's cues and no place use",
			paras: []string{"Velmora's sales rose sharply last year.", "Velmora expects demand to grow."},
			want:  Org,
		},
		{
			name:  "a product noun after the possessive",
			paras: []string{"Velmora's own disc format failed.", "Velmora is thought to be preparing a new one."},
			want:  Org,
		},
		{
			name:  "it after a saying verb",
			paras: []string{"Velmora said it would cut prices.", "Velmora is thought to be preparing a bundle."},
			want:  Org,
		},
		{
			name:  "an office held in it",
			paras: []string{"The Chief Executive of Velmora spoke.", "Velmora is thought to be preparing a bundle."},
			want:  Org,
		},
		{
			name:  "used as a place once",
			paras: []string{"Velmora's sales rose sharply last year.", "Prices in Velmora are rising."},
			want:  Place,
		},
		{
			name:  "the gazetteer knows a place of the name",
			paras: []string{"Velmora's sales rose sharply last year.", "Velmora expects demand to grow."},
			known: []string{"LOC"},
			want:  Place,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubKnown(t, "Velmora", tt.known)
			got := ExtractWith(paras(tt.paras...), fakeNER(map[string]string{"Velmora": "LOC"}))
			if a := find(got, "Velmora"); a == nil || a.Kind != tt.want {
				t.Errorf("Velmora: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

// stubKnown makes the gazetteer know word as a name of the given types,
// and no other word, for the rest of the test.
func stubKnown(t *testing.T, word string, types []string) {
	old := knownTypes
	knownTypes = func(w string) []string {
		if w == word {
			return types
		}
		return nil
	}
	t.Cleanup(func() { knownTypes = old })
}

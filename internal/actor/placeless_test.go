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
			old := knownTypes
			knownTypes = func(w string) []string {
				if w == "Velmora" {
					return tt.known
				}
				return nil
			}
			defer func() { knownTypes = old }()
			got := ExtractWith(paras(tt.paras...), fakeNER(map[string]string{"Velmora": "LOC"}))
			if a := find(got, "Velmora"); a == nil || a.Kind != tt.want {
				t.Errorf("Velmora: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

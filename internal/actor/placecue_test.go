package actor

import "testing"

func TestPlaceCuesBeforeName(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name string
		text string
		want string
	}{
		{"a place noun before of outweighs which", "The remote province of Velmora, which exports grain, is dry.", Place},
		{"a country noun before of", "They signed a deal with the sheikhdom of Velmora, which sells gas.", Place},
		{"bodies in a place are where they work", "Aid groups in Velmora say food is short.", Place},
		{"shares in a firm still make a firm", "He bought shares in Velmora last week.", Org},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.text), fakeNER(map[string]string{"Velmora": "LOC"}))
			if a := find(got, "Velmora"); a == nil || a.Kind != tt.want {
				t.Errorf("Velmora: want %s, got %s", tt.want, summary(got))
			}
		})
	}
}

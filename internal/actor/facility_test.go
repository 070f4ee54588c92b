package actor

import "testing"

// TestFacilityNames checks that a place's name before a building noun in
// lower case names the building, and that a building somewhere, one
// named after a person and a longer noun phrase leave the name alone.
func TestFacilityNames(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		para, tagged, name, kind string
	}{
		{"Mr Hale said the Riverside library would host a meeting.", "Riverside", "Riverside library", Org},
		{"Pupils at Oakfield school were sent home.", "Oakfield", "Oakfield school", Org},
		{"Drivers were told to avoid Marlow bridge.", "Marlow", "Marlow bridge", Place},
		{"A Tarrow school complained about the video.", "Tarrow", "Tarrow", Place},
		{"She was at a Tarrow library on Monday.", "Tarrow", "Tarrow", Place},
		{"It tells the story of Tarrow school child Lyra.", "Tarrow", "Tarrow", Place},
		{"He went to the Nell school as a boy.", "Nell", "Nell", Place},
	}
	for _, tt := range tests {
		typ := "ORG"
		if tt.kind == Place {
			typ = "LOC"
		}
		got := ExtractWith(paras(tt.para), fakeNER(map[string]string{tt.tagged: typ, "Hale": "PER", "Lyra": "PER"}))
		if kind := kindOf(got, tt.name); kind != tt.kind {
			t.Errorf("%q: %q is %q, want %s; actors %s", tt.para, tt.name, kind, tt.kind, summary(got))
		}
	}
}

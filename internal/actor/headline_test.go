package actor

import "testing"

// TestTitleCaseHeadlines checks that a Title Case headline gives actors
// only for the parts of its spans the body writes, or for names by their
// own shape or the lexicon's word, while a sentence-case line and a line
// of one name keep the tagger's spans.
func TestTitleCaseHeadlines(t *testing.T) {
	stubLexicon(t, setOf(`Velmora`), setOf(`approves deal for quay leaves village cut off urge overturn rules
scientists quits as coach amid row board harbour storm damage`), setOf(`Ada`))
	const body = "Kestrel Land said on Monday that the harbour board had approved its plan."
	tests := []struct {
		name   string
		paras  []string
		tagged map[string]string
		want   map[string]string // actor name -> kind, "" for none
	}{
		{
			name:   "a headline span cut to the body's name",
			paras:  []string{"Harbour Board Approves Kestrel Land Deal For Quay", body},
			tagged: map[string]string{"Harbour Board Approves Kestrel Land": "ORG", "Kestrel Land": "ORG"},
			want:   map[string]string{"Kestrel Land": Org, "Harbour Board Approves Kestrel Land": ""},
		},
		{
			name:   "ordinary words only the headline has",
			paras:  []string{"Storm Damage Leaves Village Cut Off", "The storm hit the coast on Monday and the road was closed."},
			tagged: map[string]string{"Storm Damage Leaves Village": "ORG"},
			want:   map[string]string{"Storm Damage Leaves Village": "", "Storm Damage": "", "Village": ""},
		},
		{
			name:   "a person's name only the headline has",
			paras:  []string{"Ada Kell Quits As Tarrow Coach Amid Row", "Kell said on Monday that she would leave at the end of the season."},
			tagged: map[string]string{"Ada Kell": "PER", "Kell": "PER"},
			want:   map[string]string{"Ada Kell": Person},
		},
		{
			name:   "a name the lexicon knows inside headline words",
			paras:  []string{"Scientists Urge Council To Overturn Velmora Rules", "More than 300 scientists wrote to the council on Monday."},
			tagged: map[string]string{"Overturn Velmora Rules": "ORG"},
			want:   map[string]string{"Velmora": Org, "Overturn Velmora Rules": ""},
		},
		{
			name:   "spans covering the whole headline",
			paras:  []string{"Harbour, Board Approves Kestrel Land Deal", body},
			tagged: map[string]string{"Harbour": "ORG", "Board Approves Kestrel Land Deal": "ORG", "Kestrel Land": "ORG"},
			want:   map[string]string{"Kestrel Land": Org, "Board Approves Kestrel Land Deal": ""},
		},
		{
			name:   "a line of one name",
			paras:  []string{"Corran Harbour Board Trust Deal", body},
			tagged: map[string]string{"Corran Harbour Board Trust Deal": "ORG", "Kestrel Land": "ORG"},
			want:   map[string]string{"Corran Harbour Board Trust Deal": Org},
		},
		{
			name:   "a sentence-case first line",
			paras:  []string{"The harbour board approved the Corran Quay Deal Group plan on Monday.", body},
			tagged: map[string]string{"Corran Quay Deal Group": "ORG", "Kestrel Land": "ORG"},
			want:   map[string]string{"Corran Quay Deal Group": Org},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractWith(paras(tt.paras...), fakeNER(tt.tagged))
			for name, kind := range tt.want {
				if k := kindOf(got, name); k != kind {
					t.Errorf("%q is %q, want %q; actors %s", name, k, kind, summary(got))
				}
			}
		})
	}
}

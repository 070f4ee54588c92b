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
			name:  "a model number after the possessive",
			paras: []string{"Velmora's Zentrix 3 goes on sale next week.", "Velmora is thought to be preparing a bundle."},
			want:  Org,
		},
		{
			name:  "a product noun after the product's own name",
			paras: []string{"Velmora's Quill-Tab game phone was slow to sell.", "Velmora is thought to be preparing a bundle."},
			want:  Org,
		},
		{
			name:  "a product name and number after the bare name",
			paras: []string{"Buyers need a Velmora Zentrix 300 to use it.", "Velmora is thought to be preparing a bundle."},
			want:  Org,
		},
		{
			name:  "a person after the possessive",
			paras: []string{"Velmora's Tavik Orlen won the race.", "Velmora is thought to be preparing a bundle."},
			want:  Place,
		},
		{
			name:  "a firm after the possessive",
			paras: []string{"Velmora's Zentrix Motors cut jobs.", "Velmora is thought to be preparing a bundle."},
			want:  Place,
		},
		{
			name:  "a product after the possessive of a name the gazetteer knows as a place",
			paras: []string{"Velmora's Zentrix 3 goes on sale next week.", "Velmora is thought to be preparing a bundle."},
			known: []string{"LOC"},
			want:  Place,
		},
		{
			name:  "two clauses with it as a business verb's subject",
			paras: []string{"Velmora announced a cheaper plan.", "Critics say the price is high, but Velmora already offers a discount."},
			want:  Org,
		},
		{
			name:  "one clause with it as a business verb's subject",
			paras: []string{"Velmora announced a cheaper plan.", "Critics say the price is high."},
			want:  Place,
		},
		{
			name:  "a business verb not in its own clause",
			paras: []string{"Fans of Velmora announced a march.", "Friends of Velmora offered help."},
			want:  Place,
		},
		{
			name:  "a comma after a place ending an opening phrase",
			paras: []string{"At a fair in Dunmere, Velmora announced a new plan.", "Velmora said it would cut prices."},
			want:  Org,
		},
		{
			name:  "a comma joining it to places in a list",
			paras: []string{"Dunmere, Velmora and Carrow were flooded.", "Velmora said it would cut prices."},
			want:  Place,
		},
		{
			name:  "a kind of product before the product's own name",
			paras: []string{"The Velmora horror film Dark Water topped the chart."},
			want:  Org,
		},
		{
			name:  "a kind of product before a common noun",
			paras: []string{"The Velmora film festival opened on Friday."},
			want:  Place,
		},
		{
			name:  "the maker after by",
			paras: []string{"Studios chose a rival format developed by Velmora."},
			want:  Org,
		},
		{
			name:  "the builder of no product",
			paras: []string{"The old estate was built by Velmora."},
			want:  Place,
		},
		{
			name:  "an office held at it",
			paras: []string{"Prices will rise, said Ana Reyes, an analyst at Velmora."},
			want:  Org,
		},
		{
			name:  "an office held at what it qualifies",
			paras: []string{"Ana Reyes, a lecturer at Velmora's college, won the prize."},
			want:  Place,
		},
		{
			name:  "at it with no office",
			paras: []string{"The crowds at Velmora cheered."},
			want:  Place,
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
			got := ExtractWith(paras(tt.paras...), fakeNER(map[string]string{"Velmora": "LOC", "Dunmere": "LOC", "Carrow": "LOC"}))
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

package actor

import "testing"

// TestVenueNames: a possessive followed by a comma and a description of
// the place itself, or standing between commas before a verb, names a
// business, also for a person-shaped name of two words; a person's full
// name whose possessive owns a noun, or closes a sentence, stays a
// person's.
func TestVenueNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a restaurant described after the comma",
			text:   []string{"He is walking away from Tilly's, the Corran dining room where he won a star.", "Tilly's, named after his aunt, will close."},
			tagged: map[string]string{"Tilly": "PER", "Corran": "LOC"},
			want:   map[string]string{"Tilly's": Org}, absent: []string{"Tilly"}},
		{name: "a place after the comma",
			text:   []string{"Winnie's, on the edge of the moor, is not easy to find."},
			tagged: map[string]string{"Winnie": "PER"},
			want:   map[string]string{"Winnie's": Org}, absent: []string{"Winnie"}},
		{name: "a two-word name between commas before a verb",
			text:   []string{"One of Velby's best-loved pubs, Tam Orrell's, has been sold after 91 years."},
			tagged: map[string]string{"Velby": "LOC", "Tam Orrell": "PER"},
			want:   map[string]string{"Tam Orrell's": Org}, absent: []string{"Tam Orrell"}},
		{name: "a two-word name that owns a noun",
			text:   []string{"Tam Orrell's new novel, out in May, is his best."},
			tagged: map[string]string{"Tam Orrell": "PER"},
			want:   map[string]string{"Tam Orrell": Person}, absent: []string{"Tam Orrell's"}},
		{name: "a two-word name closing the sentence",
			text:   []string{"The idea was Tam Orrell's, and it worked."},
			tagged: map[string]string{"Tam Orrell": "PER"},
			want:   map[string]string{"Tam Orrell": Person}, absent: []string{"Tam Orrell's"}},
	})
}

package thread

import "testing"

// TestStarsLabel checks, on invented leads, that a review opening on a
// star rating is labelled by its title (up to the first punctuation)
// and "review", and that a lead with stars further on or none keeps its
// label.
func TestStarsLabel(t *testing.T) {
	cases := []struct {
		name, lead, want string
	}{
		{"play and venue", "The Glass Orchard, Corn Exchange, Ludlow ★★★★. Ivy Marsh is superb as the widow.", "The Glass Orchard review"},
		{"artist and album", "Pellow Sound, Night Ferries ★★★☆☆. Their third record is their quietest.", "Pellow Sound review"},
		{"title alone", "Captain Dunmore Sails South ★★. A comedy with more sails than jokes.", "Captain Dunmore Sails South review"},
		{"no stars", "The Glass Orchard opens at the Corn Exchange in Ludlow next week.", "old label"},
		{"stars far on", "The village hall committee met on Tuesday to plan the summer fete and heard that the caterers had been given a rating of ★★★★★ by the council inspectors.", "old label"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws := tokenizeAll([]string{c.lead})[0]
			if got := starsLabel("old label", c.lead, ws); got != c.want {
				t.Errorf("starsLabel(%q) = %q, want %q", c.lead, got, c.want)
			}
		})
	}
}

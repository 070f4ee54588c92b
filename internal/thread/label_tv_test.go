package thread

import (
	"slices"
	"testing"
)

// TestTVLabel checks that a label's lower-case "television" is written
// "TV" and a capitalised one, part of a name, is left.
func TestTVLabel(t *testing.T) {
	for _, c := range []struct {
		label, want []string
	}{
		{[]string{"television", "chef", "Quint", "restaurant"}, []string{"TV", "chef", "Quint", "restaurant"}},
		{[]string{"Granada", "Television", "sale"}, []string{"Granada", "Television", "sale"}},
		{[]string{"Clark", "TV", "host"}, []string{"Clark", "TV", "host"}},
	} {
		if got := tvLabel(slices.Clone(c.label)); !slices.Equal(got, c.want) {
			t.Errorf("tvLabel(%q) = %q, want %q", c.label, got, c.want)
		}
	}
}

// TestLabelTV checks, on an invented thread, that the label of a
// television chef's item says "TV".
func TestLabelTV(t *testing.T) {
	others := []string{
		"The Dowling 100 rose 0.4 per cent as miners gained ground.",
		"A new bridge over the Wendle will open in May, the council said.",
	}
	runLabelCases(t, []labelCase{
		{"a television chef", []string{
			"Television chef Ottilie Quint is to close her restaurant in Ludlow after a row with her landlord over the rent.",
			"Quint said she would open a new restaurant in the spring.",
		}, others, "TV", "television"},
	})
}

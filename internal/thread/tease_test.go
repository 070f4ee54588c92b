package thread

import (
	"slices"
	"testing"
)

// TestTeaseCrosshead: in a diary column whose items carry crossheads, an
// item headed by a short question or exclamation is an item of its own,
// as one headed by a plain line is.
func TestTeaseCrosshead(t *testing.T) {
	column := func(head string) []string {
		return []string{
			"Lord of the manor goes to market",
			"Sir Hugo Pemberton-Hale is selling the family's Wiltshire estate after 300 years, I can reveal. The 62-year-old has instructed agents to find a buyer for the 4,000-acre property.",
			"Friends say the upkeep of the house had become too much for him. 'He loves the place but the roof alone costs a fortune,' says one.",
			head,
			"Guests at the Royal Opera House gala on Tuesday were puzzled by the seating plan, which put the Culture Secretary between two rival theatre producers.",
			"The producers, who have not spoken since a lawsuit over a musical in 2019, spent the evening talking to their other neighbours instead.",
		}
	}
	tests := []struct {
		name string
		head string
	}{
		{"plain crosshead", "Seating plan raises eyebrows"},
		{"question", "Who sat next to whom?"},
		{"exclamation", "Curtain up, tempers down!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := SegmentUnits(column(tc.head), Options{})
			if want := []int{0, 0, 0, 1, 1, 1}; !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

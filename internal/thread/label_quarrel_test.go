package thread

import (
	"slices"
	"testing"
)

// TestQuarrelLabel checks, on invented leads, that a quarrel told as its
// own matter adds its noun to the label, and that a quarrel that is
// only the cause or setting of something else does not.
func TestQuarrelLabel(t *testing.T) {
	cases := []struct {
		name  string
		label []string
		lead  string
		want  []string
	}{
		{"broken out", []string{"Fenwick", "Row", "parking", "fees"},
			"A row has broken out at Fenwick Row over parking fees for staff.",
			[]string{"Fenwick", "Row", "parking", "fees", "row"}},
		{"where a quarrel over", []string{"Hollin", "Trust", "kettle"},
			"Tempers are fraying at the Hollin Trust, where a dispute over a £900 kettle has reached the board.",
			[]string{"Hollin", "Trust", "kettle", "dispute"}},
		{"quarrel as a cause", []string{"Tollway", "drivers", "strike"},
			"Drivers at Tollway will walk out next week in a row over rest days.",
			[]string{"Tollway", "drivers", "strike"}},
		{"quarrel after", []string{"neighbour", "fence"},
			"A farmer who drove through his neighbour's fence after a long row over a hedge was spared jail.",
			[]string{"neighbour", "fence"}},
		{"in a row", []string{"Pellow", "sales"},
			"Pellow sales rose for the third month in a row over the summer.",
			[]string{"Pellow", "sales"}},
		{"a quarrel already", []string{"Transport", "row"},
			"Meanwhile, a row between the two departments over bus fares deepened.",
			[]string{"Transport", "row"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			if got := quarrelLabel(slices.Clone(c.label), lead); !slices.Equal(got, c.want) {
				t.Errorf("quarrelLabel(%q) = %q, want %q", c.label, got, c.want)
			}
		})
	}
}

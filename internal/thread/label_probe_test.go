package thread

import (
	"slices"
	"testing"
)

// TestProbeLabel checks that a label's lower-case "investigation" is
// written "probe", as headlines write it, and a capitalised one, part of
// a name, stays.
func TestProbeLabel(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Tolwick", "Bet", "investigation"}, []string{"Tolwick", "Bet", "probe"}},
		{[]string{"council", "investigations"}, []string{"council", "probes"}},
		{[]string{"Marine", "Accident", "Investigation", "Branch"}, []string{"Marine", "Accident", "Investigation", "Branch"}},
	} {
		if got := probeLabel(slices.Clone(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("probeLabel(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	runLabelCases(t, []labelCase{
		{"an investigation in a label", []string{
			"The gambling regulator has opened an investigation into Tolwick Bet over its handling of problem gamblers.",
			"Tolwick Bet said it would co-operate with the investigation.",
		}, []string{"The FTSE 100 rose 0.4 per cent as miners gained ground."}, "", "investigation"},
	})
}

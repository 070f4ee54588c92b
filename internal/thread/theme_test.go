package thread

import (
	"slices"
	"testing"
)

// institutionRoundup is an invented news round-up about one railway
// company: three matters, each opened by a cue after the first, and
// each naming the company, its trains, passengers and the city.
var institutionRoundup = []string{
	"Northvale Rail has been fined £2million after its trains to the city ran late for passengers on a third of days last winter.",
	"The regulator said Northvale Rail trains to the city were late or cancelled for passengers on 40 winter mornings.",
	"Northvale Rail said it was sorry to passengers and that its trains to the city had been hit by frozen points.",
	"Meanwhile, Northvale Rail drivers are to strike for three days next month over rosters, halting trains to the city for passengers.",
	"The union said Northvale Rail had changed drivers' rosters without talks, and that the strike would stop trains to the city.",
	"Northvale Rail said passengers should not travel to the city by train on the strike days unless they must.",
	"It comes as Northvale Rail unveiled new trains with wider seats for passengers, to run to the city from the spring.",
	"The new Northvale Rail trains to the city carry 600 passengers each, with charging points and space for bicycles.",
	"Northvale Rail said its new trains would run first on the coastal line to the city, where its carriages are 40 years old.",
}

// TestRoundupTheme: in a round-up whose matters all name one company,
// the words every cue run shares (the company, its trains) do not tie
// the matters the cues announced apart.
func TestRoundupTheme(t *testing.T) {
	want := []int{0, 0, 0, 1, 1, 1, 2, 2, 2}
	tests := []struct {
		name  string
		off   bool
		three bool // the three matters come out as three threads
	}{
		{"default", false, true},
		{"off", true, false},
	}
	for _, tc := range tests {
		got := SegmentUnits(institutionRoundup, Options{ThemeOff: tc.off})
		t.Logf("%s: %v", tc.name, got)
		if same := slices.Equal(got, want); same != tc.three {
			t.Errorf("%s: three matters = %v, want %v (%v)", tc.name, same, tc.three, got)
		}
	}
}

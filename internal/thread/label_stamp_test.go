package thread

import "testing"

// TestUnstamped checks that a live page's opening time stamp is passed
// over and that other opening figures are not.
func TestUnstamped(t *testing.T) {
	cases := []struct {
		text string
		want string // the first word past the stamp
	}{
		{"9.12am: The harbour board has resigned.", "The"},
		{"10pm: Rain has stopped play.", "Rain"},
		{"4:05pm: Rain has stopped play.", "Rain"},
		{"3.5m visitors came to the fair.", "5m"},
		{"The 9am train was late.", "The"},
	}
	for _, c := range cases {
		got := unstamped(tokenize(c.text, new(interner)))
		if len(got) == 0 || got[0].surface != c.want {
			t.Errorf("unstamped(%q) starts %v, want %q", c.text, got, c.want)
		}
	}
}

// TestLabelStamp checks, on invented items, that the rules of the lead's
// first sentence read a live page's entry past its time stamp.
func TestLabelStamp(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"movement after a stamp", []string{
			"7.02am: Hospital admissions fell for the third month running, new figures show.",
			"Crews said the winter would test the service again.",
		}, others, "admissions fall", ""},
		{"cancellation after a stamp", []string{
			"8.40am: Ferry sailings to the outer isles were cancelled for a second day as gales battered the coast.",
			"Islanders said shops were running short of bread.",
		}, others, "ferry sailings cancelled", ""},
	})
}

package thread

import (
	"slices"
	"testing"
)

func TestComesCue(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"It comes after the harbour board admitted the ramp had not been inspected for a decade.", true},
		{"The figures come as the county braces for a second storm this week.", true},
		{"The protests came just weeks after the council voted to close the library.", true},
		{"These findings come amid growing anger over delays at the port.", true},
		{"This came a day after the ferry was taken out of service.", true},
		{"This came as no surprise to the harbour master.", true}, // the cue's shape, whatever it means
		{"It came to light that the ramp had been cracked for months.", false},
		{"Help came from neighbours who brought sandbags after the flood.", false},
		{"The harbour master came back after the storm to inspect the ramp.", false},
		{"The new timetable for the summer comes after Easter.", false}, // subject too long
		{"Comes after midnight, the last ferry.", false},
		{"It", false},
	}
	for _, tc := range tests {
		var buf [64]byte
		low := appendLower(buf[:0], leadingFields(trimToLetter(tc.text), 6))
		if got := comesCue(low); got != tc.want {
			t.Errorf("comesCue(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := opensComes(tc.text); got != tc.want {
			t.Errorf("opensComes(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if opensShift(tc.text) {
			t.Errorf("opensShift(%q): the family is no shift cue of its own", tc.text)
		}
		if got := opensNewMatter(tc.text); got != tc.want {
			t.Errorf("opensNewMatter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWeakCues(t *testing.T) {
	const (
		plain = "The ferry ran late again on Sunday."
		meanw = "Meanwhile, the bridge stays shut to lorries."
		comes = "The closure comes as hauliers warned of delays."
	)
	tests := []struct {
		name  string
		units []string
		want  []bool
	}{
		{"one weak cue alone stays out", []string{plain, plain, comes, plain}, []bool{false, false, false, false}},
		{"a weak cue beside a strong one", []string{plain, meanw, plain, comes}, []bool{false, true, false, true}},
		{"two weak cues", []string{plain, comes, plain, comes}, []bool{false, true, false, true}},
		{"a weak cue on the first unit counts for nothing", []string{comes, plain, meanw}, []bool{false, false, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			shifts := make([]bool, len(tc.units))
			for u, s := range tc.units {
				shifts[u] = opensShift(s)
			}
			weakCues(tc.units, shifts, 2)
			if !slices.Equal(shifts, tc.want) {
				t.Errorf("shifts %v, want %v", shifts, tc.want)
			}
		})
	}
}

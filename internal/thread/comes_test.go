package thread

import "testing"

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
		{"It comes as no surprise that the ferry was late.", true}, // the cue's shape, whatever it means
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
		if got := opensShift(tc.text); got != tc.want {
			t.Errorf("opensShift(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := opensNewMatter(tc.text); got != tc.want {
			t.Errorf("opensNewMatter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

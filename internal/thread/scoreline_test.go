package thread

import "testing"

func TestScoreLine(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{"Kendal Borough 2 Whitby Rovers 1", true},
		{"Buxton Wanderers 0 Matlock Athletic 0", true},
		{"Hull 24, Wigan 18", true},
		{"Around 2", false},                 // a time cut at its colon
		{"Chapter 2", false},                // one number
		{"Kendal 2 Whitby", false},          // the second side has no score
		{"2 Kendal 1 Whitby", false},        // a number before any name
		{"Kendal 2 Whitby 1 Hull 3", false}, // three sides
		{"Kendal 2 whitby 1", false},        // a lower-case word
		{"Kendal 2024 Whitby 1", false},     // a year, not a score
	}
	for _, tc := range tests {
		if got := scoreLine(tc.tag); got != tc.want {
			t.Errorf("scoreLine(%q) = %v, want %v", tc.tag, got, tc.want)
		}
	}
}

package actor

import "testing"

// TestCanonicalLen checks that canonicalLen, which longest compares
// without building names, is the length of canonical for every kind of
// title.
func TestCanonicalLen(t *testing.T) {
	tests := []struct {
		m    mention
		want string
	}{
		{mention{name: []string{"Ada", "Kell"}}, "Ada Kell"},
		{mention{name: []string{"Kell"}, hon: "Dame"}, "Dame Kell"},
		{mention{name: []string{"Kell"}, hon: "Mrs"}, "Kell"},
		{mention{name: []string{"York"}, hon: "Duke of", ofTitle: true}, "Duke of York"},
		{mention{name: []string{"York"}, ofTitle: true}, " York"},
		{mention{name: []string{"Queen"}, the: true}, "the Queen"},
		{mention{name: []string{"Henry", "VIII"}, hon: "King"}, "King Henry VIII"},
		{mention{name: []string{"Henry", "Tudor"}, hon: "King"}, "Henry Tudor"},
		{mention{}, ""},
	}
	for _, tt := range tests {
		if got := tt.m.canonical(); got != tt.want {
			t.Errorf("canonical(%+v) = %q, want %q", tt.m, got, tt.want)
		}
		if got := tt.m.canonicalLen(); got != len(tt.want) {
			t.Errorf("canonicalLen(%+v) = %d, want %d", tt.m, got, len(tt.want))
		}
	}
}

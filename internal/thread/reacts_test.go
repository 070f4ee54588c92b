package thread

import "testing"

func TestReactsTo(t *testing.T) {
	tests := []struct {
		unit string
		want bool
	}{
		{"Priya Marsh, the Chancellor, welcomed the decision. \"This is good news,\" she said.", true},
		{"Unions condemned the move as a betrayal of the workforce.", true},
		{"The shadow minister criticised this latest decision by the board.", true},
		{"Local groups hailed the ruling on Friday.", true},
		{"The council welcomed visitors to the new museum on Saturday.", false},
		{"Fans praised the team after the match.", false},
		{"The decision was welcomed by the board.", false},            // no reaction verb before "the decision"
		{"Elsewhere, prices rose. Critics attacked the plan.", false}, // only the first sentence counts
		{"", false},
	}
	for _, tt := range tests {
		if got := reactsTo(tt.unit); got != tt.want {
			t.Errorf("reactsTo(%q) = %v, want %v", tt.unit, got, tt.want)
		}
	}
}

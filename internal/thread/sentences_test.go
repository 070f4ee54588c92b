package thread

import (
	"slices"
	"strings"
	"testing"
)

// wordIDs turns words into small integer ids, one per distinct word.
func wordIDs(units ...string) ([][]int32, int) {
	seen := map[string]int32{}
	out := make([][]int32, len(units))
	for i, u := range units {
		for _, w := range strings.Fields(u) {
			id, ok := seen[w]
			if !ok {
				id = int32(len(seen))
				seen[w] = id
			}
			out[i] = append(out[i], id)
		}
	}
	return out, len(seen)
}

func TestLinearSegments(t *testing.T) {
	tests := []struct {
		name    string
		units   []string
		penalty float64
		alpha   float64
		bonus   map[int]float64 // extra boundary evidence before a unit
		want    []int
	}{
		{
			name: "vocabulary change",
			units: []string{
				"harbour ferry ramp tide", "ferry ramp harbour crew", "tide crew ferry harbour",
				"violin concert orchestra score", "orchestra score violin hall", "hall concert violin score",
			},
			penalty: 0.7, alpha: 0.7,
			want: []int{0, 3},
		},
		{
			name: "one topic throughout",
			units: []string{
				"harbour ferry ramp tide", "ferry ramp harbour crew", "tide crew ferry harbour",
				"harbour crew ramp tide", "ramp ferry crew harbour",
			},
			penalty: 0.7, alpha: 0.7,
			want: []int{0},
		},
		{
			name: "a prohibitive penalty keeps one segment",
			units: []string{
				"harbour ferry ramp tide", "ferry ramp harbour crew",
				"violin concert orchestra score", "orchestra score violin hall",
			},
			penalty: 50, alpha: 0.7,
			want: []int{0},
		},
		{
			name: "evidence opens a segment within one topic",
			units: []string{
				"harbour ferry ramp tide", "ferry ramp harbour crew", "tide crew ferry harbour",
				"harbour crew ramp tide", "ramp ferry crew harbour",
			},
			penalty: 0.7, alpha: 0.7,
			bonus: map[int]float64{2: 5},
			want:  []int{0, 2},
		},
		{
			name:    "Laplace smoothing finds the change too",
			units:   []string{"a b c a", "b c a b", "x y z x", "y z x y"},
			penalty: 1, alpha: 1,
			want: []int{0, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, v := wordIDs(tt.units...)
			bonus := make([]float64, len(toks)+1)
			for k, b := range tt.bonus {
				bonus[k] = b
			}
			got := linearSegments(toks, v, bonus, tt.penalty, tt.alpha)
			if !slices.Equal(got, tt.want) {
				t.Errorf("starts %v, want %v", got, tt.want)
			}
		})
	}
}

// onesVec builds a normalised vector with weight 1 on each dimension.
func onesVec(dims ...int32) vec {
	v := make(vec, len(dims))
	for i, d := range dims {
		v[i] = entry{d, 1}
	}
	normalize(v)
	return v
}

func TestBlockEvidence(t *testing.T) {
	a := []vec{onesVec(0, 1), onesVec(1, 2), onesVec(0, 2), onesVec(5, 6), onesVec(6, 7), onesVec(5, 7)}
	tests := []struct {
		name   string
		vs     []vec
		width  int
		weight float64
		// top is the gap that must score highest (-1: all gaps score 0)
		top int
	}{
		{"topic change at 3, width 1", a, 1, 1, 3},
		{"topic change at 3, width 3", a, 3, 1, 3},
		{"off", a, 3, -1, -1},
		{"too short", a[:2], 3, 1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blockEvidence(tt.vs, new(summer), tt.width, tt.weight)
			if len(got) != len(tt.vs)+1 {
				t.Fatalf("%d scores for %d units", len(got), len(tt.vs))
			}
			if got[0] != 0 || got[len(tt.vs)] != 0 {
				t.Errorf("ends score %v and %v, want 0", got[0], got[len(tt.vs)])
			}
			if tt.top < 0 {
				for g, b := range got {
					if b != 0 {
						t.Errorf("gap %d scores %v, want 0", g, b)
					}
				}
				return
			}
			for g := 1; g < len(tt.vs); g++ {
				if g != tt.top && got[g] >= got[tt.top] {
					t.Errorf("gap %d scores %v, not below the topic change's %v", g, got[g], got[tt.top])
				}
			}
			if got[tt.top] <= 0 {
				t.Errorf("topic change scores %v, want above the mean (> 0)", got[tt.top])
			}
		})
	}
}

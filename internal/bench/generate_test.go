package bench

import "testing"

// TestGenerateDatesSpread checks that the articles' dates rise with their
// number and spread over the whole span, at every archive size the bench
// is run at (the product of the article number and the span once
// overflowed past a few hundred articles, putting every date within a
// day of the start).
func TestGenerateDatesSpread(t *testing.T) {
	srcs := []source{{title: "Flood defences open", paras: []string{"The river barrier opened on Monday.", "Residents watched."}}}
	for _, n := range []int{1, 2, 1000, 100000} {
		arts := generate(srcs, n, 1)
		for i := 1; i < len(arts); i++ {
			if !arts[i].Date.After(arts[i-1].Date) {
				t.Fatalf("n=%d: article %d dated %v, not after article %d's %v", n, i, arts[i].Date, i-1, arts[i-1].Date)
			}
		}
		if n < 2 {
			continue
		}
		span := arts[n-1].Date.Sub(arts[0].Date)
		if span < benchSpan*99/100 || span > benchSpan {
			t.Errorf("n=%d: dates span %v, want about %v", n, span, benchSpan)
		}
	}
}

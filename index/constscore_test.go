package index

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// TestConstantRanges checks that a date range matches the same stories
// as bleve's own range query, gives them all one score whatever their
// dates, and ranks stories that also have the query's words first.
func TestConstantRanges(t *testing.T) {
	x, err := OpenMem()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var docs []Doc
	// Dates far apart and close together, so the range's prefix-coded
	// terms differ in how many stories each holds.
	days := []int{0, 1, 2, 3, 40, 41, 200, 380, 381, 382, 383, 384, 700}
	for i, d := range days {
		body := "Routine notice."
		if i%4 == 1 {
			body = "The harbour ferry sailed late."
		}
		docs = append(docs, Doc{ID: fmt.Sprintf("d%02d", i), Title: "Notice", Body: []string{"Notice", body},
			Published: time.Date(2025, 1, 1, 9, 30, 0, 0, time.UTC).AddDate(0, 0, d)})
	}
	if err := x.Apply(docs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q         string
		wantTotal uint64
	}{
		{`published:>"2025-01-03"`, 11},
		{`published:<"2025-02-10" ferry`, 6},
		{`+published:>="2025-01-01" +published:<"2026-01-20"`, 11},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := x.Search(tt.q, 0, 50)
			if err != nil {
				t.Fatal(err)
			}
			q, err := bleve.NewQueryStringQuery(tt.q).Parse()
			if err != nil {
				t.Fatal(err)
			}
			plain, err := x.b.Search(bleve.NewSearchRequestOptions(q, 50, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != tt.wantTotal || plain.Total != tt.wantTotal {
				t.Fatalf("total %d, bleve's own range %d, want %d", res.Total, plain.Total, tt.wantTotal)
			}
			ferry := map[string]bool{}
			if strings.Contains(tt.q, "ferry") {
				ferry = map[string]bool{"d01": true, "d05": true, "d09": true}
			}
			var rangeOnly []float64
			seenRangeOnly := false
			for _, h := range res.Hits {
				if ferry[h.ID] {
					if seenRangeOnly {
						t.Errorf("ferry story %s ranked below a story matching only the date", h.ID)
					}
					continue
				}
				seenRangeOnly = true
				rangeOnly = append(rangeOnly, h.Score)
			}
			for _, s := range rangeOnly {
				if s != rangeOnly[0] {
					t.Fatalf("stories matching only the range scored differently: %v", rangeOnly)
				}
			}
		})
	}
}

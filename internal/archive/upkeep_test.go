package archive

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/stem"
)

func TestBulkImport(t *testing.T) {
	tests := []struct {
		added, total int
		want         bool
	}{
		{0, 0, false},
		{999, 999, false},   // small imports never merge
		{1000, 1000, true},  // a first big import
		{1000, 4000, true},  // a quarter of the archive
		{1000, 4001, false}, // less than a quarter
		{20000, 100000, false},
		{50000, 100000, true},
	}
	for _, tc := range tests {
		if got := bulkImport(tc.added, tc.total); got != tc.want {
			t.Errorf("bulkImport(%d, %d) = %v, want %v", tc.added, tc.total, got, tc.want)
		}
	}
}

// TestInputTermsBoundedAndInOrder checks the parse-only statistics pass
// stops after inputStatsUnits paragraphs, counted in input order whatever
// the workers' timing.
func TestInputTermsBoundedAndInOrder(t *testing.T) {
	const files, per, paras = 40, 60, 10 // 4×40 files of 600 paragraphs: twice the bound
	var inputs []input
	for f := 0; f < 4*files; f++ {
		var arts []article.Article
		for a := 0; a < per; a++ {
			var ps []article.Paragraph
			for p := 0; p < paras; p++ {
				ps = append(ps, article.Paragraph{Text: fmt.Sprintf("Ferry file%d story%d paragraph%d harbour.", f, a, p)})
			}
			arts = append(arts, article.Article{Title: "t", Paragraphs: ps})
		}
		inputs = append(inputs, input{path: fmt.Sprint(f), open: func() ([]article.Article, error) { return arts, nil }})
	}
	var first map[string]int
	for run := 0; run < 3; run++ {
		stats := &docFreq{df: map[string]int{}}
		parsed := make([]*parsedFile, len(inputs))
		if err := addInputTerms(context.Background(), stats, inputs, 1+run*3, parsed); err != nil {
			t.Fatal(err)
		}
		// The inputs counted whole are kept for the main pass, and any
		// other the workers parsed ahead of the count, parsed whole.
		whole := inputStatsUnits / (per * paras) // files before the bound
		for i, pf := range parsed {
			if kept := pf != nil; (i < whole && !kept) || (kept && (pf.idx != i || len(pf.arts) != per)) {
				t.Fatalf("run %d: input %d kept %v (%d inputs are counted whole)", run, i, kept, whole)
			}
		}
		if stats.n < inputStatsUnits || stats.n >= inputStatsUnits+paras {
			t.Fatalf("run %d counted %d paragraphs, want %d (+ less than one story)", run, stats.n, inputStatsUnits)
		}
		if first == nil {
			first = stats.df
			// Counted in input order: the last file is never reached.
			if first[stem.Of(fmt.Sprintf("file%d", 4*files-1))] != 0 {
				t.Error("the last input was counted")
			}
			continue
		}
		if !maps.Equal(first, stats.df) {
			t.Errorf("run %d with other workers counted other terms", run)
		}
	}
}

// TestTermsFromSplitMatchStoryTerms checks the term counts an analysis
// takes from the segmenter equal a separate count over the same text.
func TestTermsFromSplitMatchStoryTerms(t *testing.T) {
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		an := analyse(&arts[i], nil)
		want := storyTerms(&arts[i])
		got, wantDF := map[string]int{}, map[string]int{}
		an.terms.tally(got, 1)
		want.tally(wantDF, 1)
		if an.terms.units != want.units || !maps.Equal(got, wantDF) {
			t.Errorf("%s: terms from the split differ from a separate count", arts[i].Path)
		}
	}
}

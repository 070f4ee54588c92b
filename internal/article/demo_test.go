package article_test

import (
	"testing"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/demo"
)

// TestCleanDemoFurniture scores Clean against the furniture marked in the
// demo archive's gold (the team's own writing, with tabloid-style gallery
// furniture and captions).
func TestCleanDemoFurniture(t *testing.T) {
	g, err := demo.LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn int
	for name, furn := range g.Furniture {
		ps, err := demo.Paragraphs(name)
		if err != nil {
			t.Fatal(err)
		}
		a := &article.Article{}
		for _, p := range ps {
			a.Paragraphs = append(a.Paragraphs, article.Paragraph{Text: p})
		}
		article.Clean(a)
		gold := map[int]bool{}
		for _, i := range furn {
			gold[i] = true
		}
		for i, p := range a.Paragraphs {
			switch {
			case p.Boilerplate && gold[i]:
				tp++
			case p.Boilerplate:
				fp++
				t.Logf("%s: real paragraph marked: %.80q", name, p.Text)
			case gold[i]:
				fn++
			}
		}
	}
	if tp == 0 {
		t.Fatal("no furniture in the demo gold")
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	t.Logf("demo furniture: precision %.3f recall %.3f (tp %d fp %d fn %d)", precision, recall, tp, fp, fn)
	if precision < 0.95 || recall < 0.8 {
		t.Errorf("precision %.3f (want >= 0.95), recall %.3f (want >= 0.8)", precision, recall)
	}
}

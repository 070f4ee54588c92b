package index

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	_ "github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple" // registers the "simple" fragmenter
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Highlight markers wrapped around matched terms in fragments. They are
// control characters no sanitised article text can contain, so a display
// layer can split on them safely and style the matches itself.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

const (
	highlighterName = "storyline-marks"
	formatterName   = "storyline-marks"
)

type markFormatter struct{}

// Format writes the fragment with matches between MarkStart and MarkEnd.
func (markFormatter) Format(f *highlight.Fragment, locs highlight.TermLocations) string {
	var b strings.Builder
	curr := f.Start
	for _, l := range locs {
		if l == nil || !l.ArrayPositions.Equals(f.ArrayPositions) || l.Start < curr {
			continue
		}
		if l.End > f.End {
			break
		}
		b.Write(f.Orig[curr:l.Start])
		b.WriteString(MarkStart)
		b.Write(f.Orig[l.Start:l.End])
		b.WriteString(MarkEnd)
		curr = l.End
	}
	b.Write(f.Orig[curr:f.End])
	return b.String()
}

func init() {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(registry.RegisterFragmentFormatter(formatterName, func(map[string]interface{}, *registry.Cache) (highlight.FragmentFormatter, error) {
		return markFormatter{}, nil
	}))
	must(registry.RegisterHighlighter(highlighterName, func(_ map[string]interface{}, c *registry.Cache) (highlight.Highlighter, error) {
		return simplehl.Constructor(map[string]interface{}{"fragmenter": "simple", "formatter": formatterName}, c)
	}))
}

// Hit is one matching story.
type Hit struct {
	ID        string
	Score     float64
	Fragments []string // body fragments with MarkStart/MarkEnd around matches
	// BodyPositions are the matched positions in Doc.Body (0 is the title).
	BodyPositions []int
	// ThreadPositions are the matched positions in Doc.Threads.
	ThreadPositions []int
}

// Result is a page of hits.
type Result struct {
	Total uint64
	Took  time.Duration
	Hits  []Hit
}

// QueryError is a query the user typed that bleve cannot parse.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("bad query %q: %v", e.Query, e.Err)
}

// Validate parses q as a bleve query string without running it.
func Validate(q string) error {
	if strings.TrimSpace(q) == "" {
		return nil
	}
	if _, err := bleve.NewQueryStringQuery(q).Parse(); err != nil {
		return &QueryError{Query: q, Err: err}
	}
	return nil
}

// Search runs the query string q (bleve syntax; plain words search the
// body, which includes the title; title matches are boosted) and returns
// up to limit hits from offset, with highlighted fragments.
func (x *Index) Search(q string, offset, limit int) (*Result, error) {
	if err := Validate(q); err != nil {
		return nil, err
	}
	var qq query.Query
	if strings.TrimSpace(q) == "" {
		qq = bleve.NewMatchAllQuery()
	} else {
		user := bleve.NewQueryStringQuery(q)
		// Boost stories whose title matches the plain words of the query.
		if plain := plainWords(q); plain != "" {
			tq := bleve.NewMatchQuery(plain)
			tq.SetField(FieldTitle)
			tq.SetBoost(2)
			qq = bleve.NewBooleanQuery()
			bq := qq.(*query.BooleanQuery)
			bq.AddMust(user)
			bq.AddShould(tq)
		} else {
			qq = user
		}
	}
	req := bleve.NewSearchRequestOptions(qq, limit, offset, false)
	req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	req.Highlight.AddField(FieldBody)
	req.IncludeLocations = true
	if strings.TrimSpace(q) == "" {
		req.SortBy([]string{"-" + FieldPublished, "_id"})
	}
	res, err := x.b.Search(req)
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Took: res.Took}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, convertHit(h))
	}
	return out, nil
}

func convertHit(h *search.DocumentMatch) Hit {
	hit := Hit{ID: h.ID, Score: h.Score, Fragments: h.Fragments[FieldBody]}
	hit.BodyPositions = positions(h.Locations[FieldBody])
	hit.ThreadPositions = positions(h.Locations[FieldThread])
	return hit
}

func positions(tl search.TermLocationMap) []int {
	seen := map[int]bool{}
	var out []int
	for _, locs := range tl {
		for _, l := range locs {
			p := 0
			if len(l.ArrayPositions) > 0 {
				p = int(l.ArrayPositions[0])
			}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Ints(out)
	return out
}

// plainWords returns the unfielded, unsigned bare words of q (for title
// boosting), or "" when q has operators that make that meaningless.
func plainWords(q string) string {
	var words []string
	for _, f := range strings.Fields(q) {
		if strings.ContainsAny(f, ":\"*?~^()/\\") || strings.HasPrefix(f, "-") {
			continue
		}
		words = append(words, strings.TrimPrefix(f, "+"))
	}
	return strings.Join(words, " ")
}

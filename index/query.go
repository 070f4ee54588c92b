package index

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Highlight markers wrapped around matched terms in fragments. They are
// control characters no sanitised article text can contain, so a display
// layer can split on them safely and style the matches itself.
const (
	MarkStart = "\x02"
	MarkEnd   = "\x03"
)

// Hit is one matching story.
type Hit struct {
	ID    string
	Score float64
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
// body, which includes the title; stories whose title has all the plain
// words are boosted, and so are stories with all of them in the body, and
// most those with them as a phrase)
// and returns
// up to limit hits from offset (see Highlighter for what matched).
func (x *Index) Search(q string, offset, limit int) (*Result, error) {
	return x.SearchOrdered(q, offset, limit, ByRelevance)
}

// Order is how search hits are ranked.
type Order int

// Orders of search hits. By date, stories without one come last, and
// hits of the same date by relevance.
const (
	ByRelevance Order = iota
	NewestFirst
	OldestFirst
)

// String names the order as the CLI's --sort does.
func (o Order) String() string {
	switch o {
	case NewestFirst:
		return "newest"
	case OldestFirst:
		return "oldest"
	}
	return "relevance"
}

// ParseOrder reads an order's name (String); "" is ByRelevance.
func ParseOrder(s string) (Order, error) {
	for _, o := range []Order{ByRelevance, NewestFirst, OldestFirst} {
		if s == o.String() {
			return o, nil
		}
	}
	if s == "" {
		return ByRelevance, nil
	}
	return ByRelevance, fmt.Errorf("unknown order %q: relevance, newest or oldest", s)
}

// SearchOrdered is Search with the hits in order o.
func (x *Index) SearchOrdered(q string, offset, limit int, o Order) (*Result, error) {
	if err := Validate(q); err != nil {
		return nil, err
	}
	var qq query.Query
	if strings.TrimSpace(q) == "" {
		qq = bleve.NewMatchAllQuery()
	} else {
		user, err := bleve.NewQueryStringQuery(q).Parse()
		if err != nil {
			return nil, &QueryError{Query: q, Err: err}
		}
		user = constantRanges(wholeNames(user))
		// Boost stories whose title has all the plain words of the
		// query. All, not any: a title is short, so one of several
		// words in it would outweigh a body that has them all (on the
		// BBC archive, two words remembered from a story's text found
		// it at mean reciprocal rank 0.55 with any, 0.74 with all).
		if plain := plainWords(q); plain != "" {
			tq := bleve.NewMatchQuery(plain)
			tq.SetField(FieldTitle)
			tq.SetOperator(query.MatchQueryOperatorAnd)
			tq.SetBoost(2)
			qq = bleve.NewBooleanQuery()
			bq := qq.(*query.BooleanQuery)
			bq.AddMust(user)
			bq.AddShould(tq)
			if len(strings.Fields(plain)) > 1 {
				// Several words: stories with all of them rank higher,
				// and higher still with them side by side, so "customs
				// union" puts the customs union before stories that say
				// "union" a lot.
				all := bleve.NewMatchQuery(plain)
				all.SetField(FieldBody)
				all.SetOperator(query.MatchQueryOperatorAnd)
				ph := bleve.NewMatchPhraseQuery(plain)
				ph.SetField(FieldBody)
				ph.SetBoost(2)
				bq.AddShould(all, ph)
			}
		} else {
			qq = user
		}
	}
	if flattenQueries {
		qq = flatten(qq)
	}
	req := bleve.NewSearchRequestOptions(qq, limit, offset, false)
	switch {
	case o == NewestFirst || o == ByRelevance && strings.TrimSpace(q) == "":
		req.SortBy([]string{"-" + FieldPublished, "-_score", "_id"})
	case o == OldestFirst:
		req.SortBy([]string{FieldPublished, "-_score", "_id"})
	}
	res, err := x.b.Search(req)
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Took: res.Took}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, Hit{ID: h.ID, Score: h.Score})
	}
	if o == ByRelevance {
		byScoreThenID(out.Hits)
	}
	return out, nil
}

// byScoreThenID puts hits of equal score (copies of one story score
// alike) in the order of their ids. bleve breaks such ties by where the
// documents sit in its segments, which depends on when merges ran, so
// the same search on two imports of the same files listed copies in
// different orders. Sorting the page is enough for what a reader sees;
// asking bleve to sort by id would fetch the id of every match.
func byScoreThenID(hits []Hit) {
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return strings.Compare(a.ID, b.ID)
	})
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

// CountPhrase returns how many stories have the exact phrase in field
// (in FieldName, the whole name: see wholeNames).
func (x *Index) CountPhrase(field, phrase string) (uint64, error) {
	m := bleve.NewMatchPhraseQuery(phrase)
	m.SetField(field)
	res, err := x.b.Search(bleve.NewSearchRequestOptions(wholeNames(m), 0, 0, false))
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

// wholeNames rewrites the phrases of a parsed query string that search
// FieldName (name:"Tony Blair") as match queries: the field holds each
// name as one term, so the phrase is one term, and it keeps no positions
// for a phrase query to read (they would make the index about 4 % larger).
func wholeNames(q query.Query) query.Query {
	return rewrite(q, func(q query.Query) query.Query {
		if p, ok := q.(*query.MatchPhraseQuery); ok && p.FieldVal == FieldName {
			m := bleve.NewMatchQuery(p.MatchPhrase)
			m.SetField(FieldName)
			m.BoostVal = p.BoostVal
			return m
		}
		return q
	})
}

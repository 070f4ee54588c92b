package index

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// flattenQueries is off only in tests that compare flattened queries
// with bleve's own.
var flattenQueries = true

// flatten rewrites a query so that bleve builds no searcher of a single
// child: a one-word query ("police") reached its postings through five
// such layers (the boolean's must, the query string's disjunction, the
// match query's disjunction; the title boost's disjunction and
// conjunction), each taking and merging a document match for every
// matching story. A conjunction or disjunction of one child scores a
// story exactly as the child does (a sum of one score, a coordination of
// 1/1), so hits and scores are unchanged; the rewritten nodes fall back
// to bleve's own searcher wherever they could differ (no tokens, a child
// that matches nothing, a minimum the child does not share, fuzziness).
func flatten(q query.Query) query.Query {
	return rewrite(q, func(q query.Query) query.Query {
		switch q := q.(type) {
		case *query.ConjunctionQuery:
			if len(q.Conjuncts) == 1 {
				return &onlyChild{whole: q, child: q.Conjuncts[0], min: -1}
			}
		case *query.DisjunctionQuery:
			if len(q.Disjuncts) == 1 && q.Min <= 1 {
				return &onlyChild{whole: q, child: q.Disjuncts[0], min: int(q.Min)}
			}
		case *query.MatchQuery:
			return &oneTermMatch{q}
		case *query.MatchPhraseQuery:
			return &exactPhrase{q}
		}
		return q
	})
}

// rewrite rebuilds q bottom up: the clauses of each boolean, conjunction
// and disjunction are rewritten first, then fn is given the node itself.
func rewrite(q query.Query, fn func(query.Query) query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []*query.Query{&q.Must, &q.Should, &q.MustNot} {
			if *sub != nil {
				*sub = rewrite(*sub, fn)
			}
		}
	case *query.ConjunctionQuery:
		for i, c := range q.Conjuncts {
			q.Conjuncts[i] = rewrite(c, fn)
		}
	case *query.DisjunctionQuery:
		for i, c := range q.Disjuncts {
			q.Disjuncts[i] = rewrite(c, fn)
		}
	}
	return fn(q)
}

// onlyChild is a conjunction or disjunction (whole) of one child, searched
// as the child itself.
type onlyChild struct {
	whole, child query.Query
	// min is the disjunction's minimum of matching children (a boolean
	// query reads it from its should clause), -1 for a conjunction.
	min int
}

func (q *onlyChild) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := q.child.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	// A child that matches nothing is skipped or kept by the whole query
	// depending on how it was built; a child of another minimum would
	// change what a boolean query asks of its should clause.
	_, none := s.(*searcher.MatchNoneSearcher)
	if none || q.min >= 0 && s.Min() != q.min {
		_ = s.Close()
		return q.whole.Searcher(ctx, i, m, options)
	}
	return s, nil
}

// oneTermMatch is a match query searched as a term query when its text
// analyses to one term: bleve wraps that term in a conjunction or
// disjunction of one.
type oneTermMatch struct{ *query.MatchQuery }

func (q *oneTermMatch) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	mq := q.MatchQuery
	if mq.Fuzziness != 0 || fuzzyAuto(mq) {
		return mq.Searcher(ctx, i, m, options)
	}
	field, a := analyzerOf(m, mq.FieldVal, mq.Analyzer)
	if a == nil {
		return mq.Searcher(ctx, i, m, options)
	}
	tokens := a.Analyze([]byte(mq.Match))
	if len(tokens) != 1 {
		return mq.Searcher(ctx, i, m, options)
	}
	tq := query.NewTermQuery(string(tokens[0].Term))
	tq.SetField(field)
	tq.SetBoost(mq.BoostVal.Value())
	return tq.Searcher(ctx, i, m, options)
}

// fuzzyAuto tells whether a match or phrase query asks for automatic
// fuzziness, which it keeps in an unexported field and shows only in its
// JSON.
func fuzzyAuto(q query.Query) bool {
	b, err := json.Marshal(q)
	return err != nil || bytes.Contains(b, []byte(`"fuzziness":"auto"`))
}

// analyzerOf returns the field a match or phrase query searches (the
// mapping's default when it names none) and the analyzer bleve uses for
// its text; nil when that analyzer is not registered.
func analyzerOf(m mapping.IndexMapping, field, analyzer string) (string, analysis.Analyzer) {
	if field == "" {
		field = m.DefaultSearchField()
	}
	if analyzer == "" {
		analyzer = m.AnalyzerNameForPath(field)
	}
	return field, m.AnalyzerNamed(analyzer)
}

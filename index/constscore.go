package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// constantScore is a range query (published:>"2025-01-01") that gives
// every story it matches the same score, as a filter does.
//
// bleve scores a range as the disjunction of the prefix-coded terms that
// cover it, each with its own idf, so a story ranked higher only because
// its date fell in a sparser stretch of the calendar, and every match
// went through a heap of a few dozen term iterators: at 100,000 stories
// a range holding half of them was the slowest query of the bench's mix.
// Without scores bleve unions the terms' postings into one bitmap and
// reads it as a single term, which is several times faster; the matches
// are the same.
type constantScore struct {
	inner query.Query
	boost float64
}

// Searcher builds the inner query's searcher without scoring and gives
// each match the query's weight.
func (q *constantScore) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	o := options
	o.Score = "none"
	o.IncludeTermVectors = false
	s, err := q.inner.Searcher(ctx, i, m, o)
	if err != nil {
		return nil, err
	}
	return &constantSearcher{Searcher: s, boost: q.boost, score: q.boost}, nil
}

// constantSearcher passes its inner searcher's matches on with one score:
// the boost times the query norm, as a term of idf 1 would have.
type constantSearcher struct {
	search.Searcher
	boost, score float64
}

func (s *constantSearcher) Weight() float64 { return s.boost * s.boost }

func (s *constantSearcher) SetQueryNorm(n float64) { s.score = s.boost * n }

func (s *constantSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Next(ctx)
	if d != nil {
		d.Score = s.score
	}
	return d, err
}

func (s *constantSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	if d != nil {
		d.Score = s.score
	}
	return d, err
}

// constantRanges wraps the range queries of a parsed query string in
// constantScore.
func constantRanges(q query.Query) query.Query {
	return rewrite(q, func(q query.Query) query.Query {
		switch q := q.(type) {
		case *query.DateRangeQuery:
			return &constantScore{inner: q, boost: q.Boost()}
		case *query.DateRangeStringQuery:
			return &constantScore{inner: q, boost: q.Boost()}
		case *query.NumericRangeQuery:
			return &constantScore{inner: q, boost: q.Boost()}
		}
		return q
	})
}

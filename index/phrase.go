package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// exactPhrase is a match-phrase query of plain terms searched without
// bleve's per-story maps. bleve's phrase searcher turns the term
// locations of every story holding all the phrase's words into a map of
// maps before it looks for the words side by side; for two common words
// ("charges claim") that was a third of the query, most of it allocation.
// This searcher runs the same conjunction of the same term searchers, so
// the stories it returns score exactly as bleve's, and checks the
// positions in the locations list itself. Phrases it does not handle
// (fuzzy, several terms at one position, one term) go to bleve.
type exactPhrase struct{ *query.MatchPhraseQuery }

func (q *exactPhrase) Searcher(ctx context.Context, i bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	mq := q.MatchPhraseQuery
	bleves := func() (search.Searcher, error) { return mq.Searcher(ctx, i, m, options) }
	if mq.Fuzziness != 0 || fuzzyAuto(mq) {
		return bleves()
	}
	if ctx != nil && ctx.Value(search.FieldTermSynonymMapKey) != nil {
		return bleves()
	}
	field, a := analyzerOf(m, mq.FieldVal, mq.Analyzer)
	if a == nil {
		return bleves()
	}
	tokens := a.Analyze([]byte(mq.MatchPhrase))
	if len(tokens) < 2 {
		return bleves()
	}
	// The phrase's slots, as bleve numbers them: relative positions from
	// the first token; a position no token holds (a stop word) is a gap
	// the phrase still spans.
	first := tokens[0].Position
	for _, t := range tokens {
		first = min(first, t.Position)
	}
	seen := map[int]bool{}
	var terms []string
	var offs []uint64
	for _, t := range tokens {
		rel := t.Position - first
		if seen[rel] {
			return bleves() // several terms at one position
		}
		seen[rel] = true
		terms = append(terms, string(t.Term))
		offs = append(offs, uint64(rel))
	}
	opts := options
	opts.IncludeTermVectors = true
	var ts []search.Searcher
	closeAll := func() {
		for _, s := range ts {
			_ = s.Close()
		}
	}
	for _, t := range terms {
		s, err := searcher.NewTermSearcher(ctx, i, t, field, mq.BoostVal.Value(), opts)
		if err != nil {
			closeAll()
			return nil, err
		}
		ts = append(ts, s)
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, i, ts, opts)
	if err != nil {
		closeAll()
		return nil, err
	}
	// As bleve's phrase searcher does on construction (an enclosing
	// query sets the norm again).
	conj.SetQueryNorm(1 / math.Sqrt(conj.Weight()))
	ps := &phraseSearcher{Searcher: conj, field: field, offs: offs}
	for _, t := range terms {
		k := slices.Index(ps.distinct, t)
		if k < 0 {
			k = len(ps.distinct)
			ps.distinct = append(ps.distinct, t)
		}
		ps.slot = append(ps.slot, k)
	}
	ps.locs = make([][]phraseLoc, len(ps.distinct))
	return ps, nil
}

// phraseLoc is one place a term occurs: its position and, for a field
// indexed as several values, which value (none for the body, which is
// indexed as one text with a gap in the positions at each paragraph
// break, paraTokenizer).
type phraseLoc struct {
	pos uint64
	ap  search.ArrayPositions
}

// phraseSearcher passes on the conjunction's stories whose terms stand at
// the phrase's relative positions within one value of the field, as
// bleve's PhraseSearcher does with a slop of 0.
type phraseSearcher struct {
	search.Searcher // the conjunction of the terms
	field           string
	offs            []uint64 // each slot's position in the phrase
	slot            []int    // each slot's index in distinct
	distinct        []string
	locs            [][]phraseLoc // per distinct term, reused
	curr            *search.DocumentMatch
	started         bool
}

func (s *phraseSearcher) start(ctx *search.SearchContext) error {
	var err error
	s.curr, err = s.Searcher.Next(ctx)
	s.started = true
	return err
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	for s.curr != nil {
		var rv *search.DocumentMatch
		if s.holds(s.curr) {
			rv, s.curr = s.curr, nil
		}
		if s.curr != nil {
			ctx.DocumentMatchPool.Put(s.curr)
		}
		var err error
		s.curr, err = s.Searcher.Next(ctx)
		if err != nil {
			return nil, err
		}
		if rv != nil {
			return rv, nil
		}
	}
	return nil, nil
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if s.curr == nil {
		return nil, nil
	}
	if s.curr.IndexInternalID.Compare(id) >= 0 {
		return s.Next(ctx)
	}
	ctx.DocumentMatchPool.Put(s.curr)
	var err error
	s.curr, err = s.Searcher.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.Next(ctx)
}

func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.Searcher.DocumentMatchPoolSize() + 1 }

func (s *phraseSearcher) Min() int { return 0 }

// holds reports whether d has the phrase: the first slot's term at some
// place, each later slot's term that many positions on, in the same
// value of the field.
func (s *phraseSearcher) holds(d *search.DocumentMatch) bool {
	for k := range s.locs {
		s.locs[k] = s.locs[k][:0]
	}
	for _, ftl := range d.FieldTermLocations {
		if ftl.Field != s.field {
			continue
		}
		if k := slices.Index(s.distinct, ftl.Term); k >= 0 {
			s.locs[k] = append(s.locs[k], phraseLoc{ftl.Location.Pos, ftl.Location.ArrayPositions})
		}
	}
	ok := false
	for _, l0 := range s.locs[s.slot[0]] {
		ok = true
		for j := 1; j < len(s.slot) && ok; j++ {
			want := l0.pos + s.offs[j] - s.offs[0]
			ok = false
			for _, l := range s.locs[s.slot[j]] {
				if l.pos == want && l.ap.Equals(l0.ap) {
					ok = true
					break
				}
			}
		}
		if ok {
			break
		}
	}
	if ok {
		d.FieldTermLocations = d.FieldTermLocations[:0]
	}
	return ok
}

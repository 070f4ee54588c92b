package index

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Clue is one weighted piece of a thread to look for in other stories: a
// word or name found in the body, or an actor's name.
type Clue struct {
	Text   string
	Weight float64
	Actor  bool // an actor name: matched as a phrase in the actor field
}

// Similar returns up to limit stories, other than those in exclude, that
// match the clues best (a "more like this" query: any clue may match, and
// each adds its weight to the score).
func (x *Index) Similar(clues []Clue, exclude []string, limit int) ([]Hit, error) {
	var should []query.Query
	for _, c := range clues {
		if c.Text == "" || c.Weight <= 0 {
			continue
		}
		field := FieldBody
		if c.Actor {
			field = FieldActor
		}
		// A phrase only for several words: a one-word phrase query costs
		// a position check on every posting for nothing.
		if strings.ContainsRune(strings.TrimSpace(c.Text), ' ') {
			p := bleve.NewMatchPhraseQuery(c.Text)
			p.SetField(field)
			p.SetBoost(c.Weight)
			should = append(should, p)
			continue
		}
		m := bleve.NewMatchQuery(c.Text)
		m.SetField(field)
		m.SetBoost(c.Weight)
		should = append(should, m)
	}
	if len(should) == 0 || limit <= 0 {
		return nil, nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddShould(should...)
	if len(exclude) > 0 {
		bq.AddMustNot(bleve.NewDocIDQuery(exclude))
	}
	var q query.Query = bq
	if flattenQueries {
		q = flatten(q)
	}
	res, err := x.b.Search(bleve.NewSearchRequestOptions(q, limit, 0, false))
	if err != nil {
		return nil, err
	}
	out := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		out = append(out, Hit{ID: h.ID, Score: h.Score})
	}
	return out, nil
}

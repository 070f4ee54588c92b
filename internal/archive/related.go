package archive

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/storyline/storyline/index"
	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/link"
	"github.com/storyline/storyline/internal/related"
	"github.com/storyline/storyline/internal/stem"
	"github.com/storyline/storyline/internal/store"
)

// Limits on the candidates Related scores.
const (
	relatedArcThreads = 200 // threads read from the thread's storyline
	relatedStories    = 30  // stories the "more like this" search returns
	relatedClues      = 12  // terms of the thread searched for
	relatedActors     = 4   // actor names searched for
	relatedSpare      = 5   // threads ranked beyond the limit, for those folded as versions
)

// related ranks the threads of other stories against threadID (of the
// story r): its storyline's threads and the threads of the stories most
// like it.
func (a *Archive) related(r *store.Record, threadID string, limit int) ([]link.Related, error) {
	qs, arcs, err := a.st.ThreadFeatures([]string{threadID})
	if err != nil || len(qs) == 0 {
		return nil, err
	}
	q, arc := qs[0], arcs[0]
	idf, err := a.idfOf(q.Terms)
	if err != nil {
		return nil, err
	}
	ids, err := a.st.ArcThreads(arc, relatedArcThreads)
	if err != nil {
		return nil, err
	}
	hits, err := a.ix.Similar(clues(q, idf), []string{q.Story}, relatedStories)
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		ids = append(ids, h.ID+"#")
	}
	fs, fa, err := a.st.ThreadFeatures(ids)
	if err != nil {
		return nil, err
	}
	var terms []link.TermWeight
	cands := make([]related.Candidate, 0, len(fs))
	seen := map[string]bool{}
	for i, f := range fs {
		if seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		terms = append(terms, f.Terms...)
		cands = append(cands, related.Candidate{Features: f, Arc: fa[i]})
	}
	more, err := a.idfOf(terms)
	if err != nil {
		return nil, err
	}
	for t, v := range idf {
		more[t] = v
	}
	// Shared actors are the story's own: show them as it names them.
	names := make(map[string]string, len(r.Actors))
	for _, ac := range r.Actors {
		names[actor.Key(ac)] = ac.Name
	}
	return related.Rank(q, arc, cands, func(t string) float64 { return more[t] }, names, limit), nil
}

// idfOf returns the inverse document frequency of each term over the
// archive's reading paragraphs. A name ("n:…") counts as often as its
// rarest word.
func (a *Archive) idfOf(ts []link.TermWeight) (map[string]float64, error) {
	var keys []string
	parts := map[string][]string{}
	for _, t := range ts {
		if name, ok := strings.CutPrefix(t.Term, "n:"); ok {
			var ws []string
			for _, w := range strings.Fields(name) {
				ws = append(ws, stem.Of(w))
			}
			parts[t.Term] = ws
			keys = append(keys, ws...)
			continue
		}
		keys = append(keys, t.Term)
	}
	df, n, err := a.st.DFOf(keys)
	if err != nil {
		return nil, err
	}
	idf := func(d int) float64 { return math.Log(float64(n+1) / (float64(d) + 0.5)) }
	out := make(map[string]float64, len(ts))
	for _, t := range ts {
		if ws, ok := parts[t.Term]; ok {
			least := -1
			for _, w := range ws {
				if d := df[w]; least < 0 || d < least {
					least = d
				}
			}
			out[t.Term] = idf(max(least, 0))
			continue
		}
		out[t.Term] = idf(df[t.Term])
	}
	return out, nil
}

// clues are what a "more like this" search for q looks for: its most
// distinctive terms in readable form and its actors.
func clues(q link.Features, idf map[string]float64) []index.Clue {
	ts := slices.Clone(q.Terms)
	score := func(t link.TermWeight) float64 { return float64(t.Weight) * idf[t.Term] }
	slices.SortStableFunc(ts, func(x, y link.TermWeight) int { return cmp.Compare(score(y), score(x)) })
	var out []index.Clue
	for _, t := range ts {
		if len(out) == relatedClues {
			break
		}
		if s := score(t); s > 0 {
			out = append(out, index.Clue{Text: t.Display(), Weight: s})
		}
	}
	for i, name := range q.Actors {
		if i == relatedActors {
			break
		}
		out = append(out, index.Clue{Text: name, Weight: 1, Actor: true})
	}
	return out
}

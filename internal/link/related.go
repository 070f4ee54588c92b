package link

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// sameArcBonus is added to the score of a related thread in the same arc.
const sameArcBonus = 0.1

// Related returns up to n threads of other stories related to thread, best
// first, each with its reasons: its storyline, shared actors, shared key
// terms and how far apart in time the two are. Only one thread per other
// story is listed (its best).
func (l *Linker) Related(thread string, n int) []Related {
	slot, ok := l.byID[thread]
	if !ok || n <= 0 {
		return nil
	}
	q := l.nodes[slot]
	nb := l.neighbours(slot)
	type scored struct {
		slot  int32
		score float64
	}
	var ss []scored
	for _, x := range nb {
		if l.nodes[x.slot].st == q.st {
			continue
		}
		s := x.sim
		if l.nodes[x.slot].arc == q.arc {
			s += sameArcBonus
		}
		ss = append(ss, scored{x.slot, s})
	}
	slices.SortFunc(ss, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(l.nodes[a.slot].id, l.nodes[b.slot].id)
	})
	var out []Related
	seen := map[string]bool{}
	for _, x := range ss {
		c := l.nodes[x.slot]
		if seen[c.st.id] {
			continue
		}
		seen[c.st.id] = true
		out = append(out, Related{
			Thread:    c.id,
			Story:     c.st.id,
			Title:     c.title,
			Label:     c.label,
			Published: c.published,
			Score:     math.Round(x.score*1000) / 1000,
			Why:       l.why(q, c),
		})
		if len(out) == n {
			break
		}
	}
	return out
}

// why lists the reasons two threads are related.
func (l *Linker) why(q, c *node) []string {
	var why []string
	if q.arc == c.arc {
		why = append(why, "same storyline")
	}
	var actors []string
	for _, a := range q.actors {
		if _, ok := slices.BinarySearch(c.actors, a); ok {
			name := a
			if k := strings.IndexByte(a, ':'); k >= 0 {
				name = a[k+1:]
			}
			actors = append(actors, name)
		}
	}
	if len(actors) > 4 {
		actors = actors[:4]
	}
	if len(actors) > 0 {
		why = append(why, "actors: "+strings.Join(actors, ", "))
	}
	// Shared terms by contribution to the similarity.
	type shared struct {
		display string
		score   float64
	}
	var sh []shared
	cw := map[int32]float32{}
	for i, t := range c.terms {
		cw[t] = c.w[i]
	}
	actorNames := map[string]bool{}
	for _, a := range actors {
		actorNames[strings.ToLower(a)] = true
	}
	for i, t := range q.terms {
		w, ok := cw[t]
		if !ok {
			continue
		}
		f := l.idf(t)
		d := l.display(q, i)
		if actorNames[strings.ToLower(d)] {
			continue
		}
		sh = append(sh, shared{d, float64(q.w[i]) * float64(w) * f * f})
	}
	slices.SortFunc(sh, func(a, b shared) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.display, b.display)
	})
	var terms []string
	for _, s := range sh {
		terms = append(terms, s.display)
		if len(terms) == 5 {
			break
		}
	}
	if len(terms) > 0 {
		why = append(why, "terms: "+strings.Join(terms, ", "))
	}
	if q.dated && c.dated {
		d := q.day - c.day
		if d < 0 {
			d = -d
		}
		switch {
		case d == 0:
			why = append(why, "same day")
		case d == 1:
			why = append(why, "1 day apart")
		default:
			why = append(why, fmt.Sprintf("%d days apart", d))
		}
	}
	return why
}

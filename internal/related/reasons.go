package related

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/link"
)

// Reasons lists why c is related to q: their storyline, the actors they
// share (by display name from names when it has them), their shared key
// terms by weight (qv: q's weighted terms) and how far apart in time they
// are.
func Reasons(q, c link.Features, sameArc bool, qv vec, names map[string]string) []string {
	var why []string
	if sameArc {
		why = append(why, "same storyline")
	}
	var actors []string
	lower := map[string]bool{}
	for _, a := range q.Actors {
		if slices.Contains(c.Actors, a) {
			name := a
			if k := strings.IndexByte(a, ':'); k >= 0 {
				name = a[k+1:]
			}
			// Terms that repeat a shared actor's name, or a word of it,
			// say nothing more.
			lower[strings.ToLower(name)] = true
			for _, w := range strings.Fields(strings.ToLower(name)) {
				lower[w] = true
			}
			if display, ok := names[a]; ok {
				name = display
			}
			if len(actors) < 4 {
				actors = append(actors, name)
			}
		}
	}
	if len(actors) > 0 {
		why = append(why, "actors: "+strings.Join(actors, ", "))
	}
	type shared struct {
		display string
		score   float64
	}
	cw := make(map[string]float32, len(c.Terms))
	for _, t := range c.Terms {
		cw[t.Term] = t.Weight
	}
	var sh []shared
	for _, t := range q.Terms {
		w, ok := cw[t.Term]
		if !ok {
			continue
		}
		d := t.Display()
		if lower[strings.ToLower(d)] {
			continue
		}
		sh = append(sh, shared{d, qv[t.Term] * float64(w)})
	}
	slices.SortFunc(sh, func(a, b shared) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.display, b.display)
	})
	displays := make([]string, len(sh))
	for i, s := range sh {
		displays[i] = s.display
	}
	terms := keyTerms(displays, 5)
	if len(terms) > 0 {
		why = append(why, "terms: "+strings.Join(terms, ", "))
	}
	if !q.Published.IsZero() && !c.Published.IsZero() {
		qd, cd := q.Published.Unix()/86400, c.Published.Unix()/86400
		d := qd - cd
		if d < 0 {
			d = -d
		}
		switch d {
		case 0:
			why = append(why, "same day")
		case 1:
			why = append(why, "1 day apart")
		default:
			why = append(why, fmt.Sprintf("%d days apart", d))
		}
	}
	return why
}

// keyTerms picks up to n of the displays (best first), once each whatever
// their case, and without a single word that a chosen name of several
// words already says ("Downing" beside "Downing Street").
func keyTerms(displays []string, n int) []string {
	inPhrase := map[string]bool{}
	for _, d := range displays {
		if ws := strings.Fields(strings.ToLower(d)); len(ws) > 1 {
			for _, w := range ws {
				inPhrase[w] = true
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, d := range displays {
		l := strings.ToLower(d)
		if seen[l] || (!strings.Contains(l, " ") && inPhrase[l]) {
			continue
		}
		seen[l] = true
		out = append(out, d)
		if len(out) == n {
			break
		}
	}
	return out
}

package related

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/link"
)

// SameArcBonus is added to the score of a thread in the query thread's
// storyline: the linker already judged it the same matter.
const SameArcBonus = 0.1

// MinScore is the least similarity a thread outside the storyline needs
// to be listed.
const MinScore = 0.1

// DecayDays is the time scale of the date penalty: threads this many days
// apart score half as much as threads of the same day.
const DecayDays = 30.0

// Candidate is a thread that may be related, with its storyline.
type Candidate struct {
	Features link.Features
	Arc      string
}

// IDF gives a term's inverse document frequency.
type IDF func(term string) float64

// Rank returns up to n of cands related to q (whose storyline is arc),
// best first, at most one thread per other story, each with its reasons.
// Copies (another story with the same title and thread label, as when a
// wire story is filed twice) are listed once, at the best copy's rank.
// names gives the display name of an actor key ("person:ada kell" → "Ada
// Kell"); keys it lacks show their folded name.
func Rank(q link.Features, arc string, cands []Candidate, idf IDF, names map[string]string, n int) []link.Related {
	qv := vector(q, idf)
	type scored struct {
		c     *Candidate
		score float64
	}
	var ss []scored
	for i := range cands {
		c := &cands[i]
		if c.Features.Story == q.Story {
			continue
		}
		same := arc != "" && c.Arc == arc
		s := cosine(qv, vector(c.Features, idf)) * decay(q, c.Features)
		if !same && s < MinScore {
			continue
		}
		if same {
			s += SameArcBonus
		}
		ss = append(ss, scored{c, s})
	}
	slices.SortFunc(ss, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.c.Features.ID, b.c.Features.ID)
	})
	var out []link.Related
	seen := map[string]bool{}      // stories listed
	copies := map[[2]string]bool{} // their titles and labels, folded
	for _, x := range ss {
		f := x.c.Features
		copyKey := [2]string{strings.ToLower(f.Title), strings.ToLower(f.Label)}
		if seen[f.Story] || (f.Title != "" && copies[copyKey]) {
			continue
		}
		seen[f.Story], copies[copyKey] = true, true
		out = append(out, link.Related{
			Thread:    f.ID,
			Story:     f.Story,
			Title:     f.Title,
			Label:     f.Label,
			Published: f.Published,
			Score:     math.Round(x.score*1000) / 1000,
			Why:       Reasons(q, f, arc != "" && x.c.Arc == arc, qv, names),
		})
		if len(out) == n {
			break
		}
	}
	return out
}

// vec is a thread's weighted terms: term → weight·idf.
type vec map[string]float64

func vector(f link.Features, idf IDF) vec {
	v := make(vec, len(f.Terms))
	for _, t := range f.Terms {
		v[t.Term] = float64(t.Weight) * idf(t.Term)
	}
	return v
}

func cosine(a, b vec) float64 {
	var dot, na, nb float64
	for t, x := range a {
		na += x * x
		dot += x * b[t]
	}
	for _, y := range b {
		nb += y * y
	}
	if dot <= 0 || na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// decay is the date penalty between two threads (1 when either is
// undated).
func decay(a, b link.Features) float64 {
	if a.Published.IsZero() || b.Published.IsZero() {
		return 1
	}
	d := math.Abs(a.Published.Sub(b.Published).Hours()) / 24
	return 1 / (1 + d/DecayDays)
}

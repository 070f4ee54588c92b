package actor

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/nlp"
)

// KindScore is the result of EvalKinds.
type KindScore struct {
	Actors    int `json:"actors"`    // actors found
	Matched   int `json:"matched"`   // actors named like a gold entity
	Correct   int `json:"correct"`   // matched actors of the gold entity's kind
	Unmatched int `json:"unmatched"` // actors named like no gold entity
	// Accuracy is Correct/Matched.
	Accuracy float64 `json:"accuracy"`
	// Confusion counts matched actors by "gold kind -> kind found".
	Confusion map[string]int `json:"confusion"`
	// Wrong lists the matched actors of another kind than the gold one,
	// as "gold -> found: name", sorted.
	Wrong []string `json:"wrong,omitempty"`
}

// EvalKinds reads each CoNLL document as a story, one paragraph a
// sentence, extracts its actors with the given entity source (nil:
// nlp.Entities) and compares each actor's kind with the gold type (PER
// person, ORG org, LOC place, MISC other) of the entities written as its
// name or one of its aliases, the type most of them have. It measures the
// kind decisions on text the rules were not written from; an actor named
// like no gold entity counts as unmatched.
func EvalKinds(docs []nlp.CoNLLDocument, ents EntityFunc) KindScore {
	goldKind := map[string]string{"PER": Person, "ORG": Org, "LOC": Place, "MISC": Other}
	sc := KindScore{Confusion: map[string]int{}}
	for _, d := range docs {
		var ps []article.Paragraph
		gold := map[string]map[string]int{} // lower-case text -> kind -> count
		for _, s := range d.Sentences {
			words := s.Words()
			ps = append(ps, article.Paragraph{Text: strings.Join(words, " ")})
			for _, sp := range nlp.SpansFromIOB(s.Tags()) {
				k := strings.ToLower(strings.Join(words[sp.Start:sp.End], " "))
				if gold[k] == nil {
					gold[k] = map[string]int{}
				}
				gold[k][goldKind[sp.Type]]++
			}
		}
		for _, a := range ExtractOptions(ps, Options{Entities: ents}) {
			sc.Actors++
			var g map[string]int
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if g = gold[strings.ToLower(n)]; g != nil {
					break
				}
			}
			if g == nil {
				sc.Unmatched++
				continue
			}
			best, bn := "", 0
			for k, n := range g {
				if n > bn || n == bn && k < best {
					best, bn = k, n
				}
			}
			sc.Matched++
			sc.Confusion[best+" -> "+a.Kind]++
			if best == a.Kind {
				sc.Correct++
			} else {
				sc.Wrong = append(sc.Wrong, best+" -> "+a.Kind+": "+a.Name)
			}
		}
	}
	if sc.Matched > 0 {
		sc.Accuracy = float64(sc.Correct) / float64(sc.Matched)
	}
	sort.Strings(sc.Wrong)
	return sc
}

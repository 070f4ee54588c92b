package thread

import "strings"

// A nation the story is set in is no name for it. National figures and
// policy items give their scope in passing: "the number of people
// waiting for hospital treatment in England", "school absence across
// England". A sub-editor of a British paper leaves the nation out
// ("hospital waiting list", "school absence figures"), for it is where
// the reader is; but the name was distinctive against the story's other
// items and became the label's name ("England hospital treatment"). The
// scope rule drops a nation's name as a label name when every use of it
// in the thread follows a preposition of scope. A nation used otherwise
// stays: a side ("England netball coach"), a body ("NHS England"), the
// subject of a sentence, a post's domain ("children's commissioner for
// England", which on BBC news the headline kept).

// scopeNations are the nations a British, Irish or Australian paper
// writes as the scope of its own national news.
var scopeNations = toSet(`england scotland wales britain uk ireland australia`)

// scopePrepositions give a place as the scope of what is said.
var scopePrepositions = toSet(`in across throughout`)

// scopeOnly reports whether the one-word name candidate c is a nation
// that every use in paras follows a preposition of scope.
func scopeOnly(c *cand, paras [][]word) bool {
	if len(c.words) != 1 || !wordIn(scopeNations, c.words[0]) {
		return false
	}
	id := c.words[0].id
	for _, p := range paras {
		for i, w := range p {
			if w.id != id {
				continue
			}
			if !scopeUse(p, i) {
				return false
			}
		}
	}
	return true
}

// scopeUse reports whether p[i] follows a preposition of scope: "in
// England", "across the UK", or a nation joined to one that does ("in
// England and Wales").
func scopeUse(p []word, i int) bool {
	if i == 0 || !p[i].joined || !p[i-1].stop {
		return false
	}
	switch prev := strings.ToLower(p[i-1].surface); {
	case wordIn(scopePrepositions, p[i-1]):
		return true
	case prev == "the":
		return i >= 2 && p[i-1].joined && wordIn(scopePrepositions, p[i-2]) // "in the UK", not "said the UK"
	case prev == "and" || prev == "or":
		return i >= 2 && p[i-1].joined && wordIn(scopeNations, p[i-2]) && scopeUse(p, i-2)
	}
	return false
}

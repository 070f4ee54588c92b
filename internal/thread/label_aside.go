package thread

import "strings"

// A relative clause set off by commas describes a name on the way ("Tamsin
// Estates, which owns shopping parks in the south, rose after it said
// rents were rising"; "Zoe, who is going out with …"): what it says is
// background, not the news. The aside rule weighs a term first used inside
// such a clause of the lead paragraph at asideWeight.

// asideWeight scales the score of a term whose first use in the lead is
// inside a relative clause.
const asideWeight = 0.7

// relativeWords open a relative clause after a comma.
var relativeWords = toSet(`which who whose where`)

// inAside reports whether the word at pos of lead sits in a relative
// clause: the run of words joined to it back to the last punctuation
// opens with a relative pronoun. (A dropped figure also breaks a run, so
// the clause may end early: "which runs 64 clinics".)
func inAside(lead []word, pos int) bool {
	j := pos
	for j > 0 && lead[j].joined {
		j--
	}
	if j == 0 {
		return false
	}
	_, rel := relativeWords[strings.ToLower(lead[j].surface)]
	return rel
}

// asideScores applies the aside rule to terms, given the words of the
// lead paragraph.
func asideScores(terms []*cand, lead []word) {
	for _, c := range terms {
		if c.pos >= 0 && c.pos < len(lead) && inAside(lead, c.pos) {
			c.score *= asideWeight
		}
	}
}

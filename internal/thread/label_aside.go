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

// markAsides sets aside[i] for each word i of lead that sits in a
// relative clause: the run of words joined to it back to the last
// punctuation opens with a relative pronoun. (A dropped figure also
// breaks a run, so the clause may end early: "which runs 64 clinics".)
// aside has the length of lead.
func markAsides(aside []bool, lead []word) {
	in := false
	for i, w := range lead {
		if i == 0 || !w.joined {
			_, rel := relativeWords[strings.ToLower(w.surface)]
			in = i > 0 && rel
		}
		aside[i] = in
	}
}

// asideScores applies the aside rule to terms, given the words of the
// lead paragraph.
func (lb *labeler) asideScores(terms []*cand, lead []word) {
	lb.aside = resize(lb.aside, len(lead))
	markAsides(lb.aside, lead)
	for _, c := range terms {
		if c.pos >= 0 && c.pos < len(lead) && lb.aside[c.pos] {
			c.score *= asideWeight
		}
	}
}

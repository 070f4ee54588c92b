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

// A round-up links its items with an opening phrase that says how the
// item stands to the last: "In a separate case, a man who conned eleven
// women has been jailed", "In an entirely separate deal, Kestford have
// signed a striker", "In another development, …". The phrase's noun
// ("case", "deal") names no matter of the item. The link rule drops the
// terms first used in such a phrase: one that opens the lead with "In",
// holds a word of linking (separate, another, similar…) and ends at the
// lead's first punctuation, at most linkWords words in.

// linkWords is the most words of a linking phrase.
const linkWords = 8

// linkMarks are the words that make an opening "In" phrase a link.
var linkMarks = toSet(`separate another similar related unrelated further different`)

// linkEnd returns the end of the linking phrase that opens lead, or 0.
func linkEnd(lead []word) int {
	if len(lead) < 3 || !strings.EqualFold(lead[0].surface, "in") {
		return 0
	}
	mark := false
	for i := 1; i < len(lead) && i <= linkWords; i++ {
		// punctuation ends the phrase, or an article past its own (the
		// tokens lose the comma with the "a" of ", a man who …")
		if !lead[i].joined || i > 1 && lead[i].afterA {
			if mark {
				return i
			}
			return 0
		}
		mark = mark || wordIn(linkMarks, lead[i])
	}
	return 0
}

// dropLinks returns terms without those first used in the linking
// phrase that opens lead.
func dropLinks(terms []*cand, lead []word) []*cand {
	end := linkEnd(lead)
	if end == 0 {
		return terms
	}
	out := terms[:0]
	for _, c := range terms {
		if c.pos >= 0 && c.pos < end {
			continue
		}
		out = append(out, c)
	}
	return out
}

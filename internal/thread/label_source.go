package thread

import "strings"

// A report of figures names where they come from: "House prices rose by
// 0.3 per cent last month, according to mortgage lender Oakbourne
// Bank". The phrase "according to" attributes what the sentence says to
// a source; the source vouches for the news but is not what it is about,
// as a speaker quoted after the lead is not (the late-name rule,
// label_late.go). The source rule reads the words of an "according to"
// phrase of the lead paragraph, up to the punctuation that ends it, as
// background: a topic word first used there counts as one first used in
// a relative clause (label_aside.go), and a name first used there may
// give way to the thread's topic words as a name first met after the
// lead does (label_late.go). So does the descriptor that stands before
// the source's name ("mortgage lender"), which weighs a quarter as
// much as a topic word; a lower-case source is left alone, as a
// "survey" or a "study" is as often the matter as its findings are.
//
// Over the development round-ups the rule changes 6 labels, 2 closer to
// the gold label ("water butts sales" for "Lorna Greenhalgh water
// butts") and none further; over the BBC articles it changes 10, 4
// reading closer to the headline ("typhoons earthquakes property
// insurers" for "Swiss Re typhoons earthquakes"), 3 further (the Federal
// Reserve, the source of a warning, is the news of "Fed warns of more US
// rate rises") and 3 no better or worse.

// sourceWeight scales the score of a term first used as the
// descriptor of a source's name.
const sourceWeight = 0.25

// markSources sets src[i] for each word i of lead that stands in an
// "according to" phrase: the words joined to "according to" after it,
// up to the next punctuation. src has the length of lead.
func markSources(src []bool, lead []word) {
	in := false
	for i, w := range lead {
		if !w.joined {
			in = false
		}
		if i+1 < len(lead) && strings.EqualFold(w.surface, "according") && lead[i+1].joined && strings.EqualFold(lead[i+1].surface, "to") {
			in = true
		}
		src[i] = in
	}
}

// sourceScores applies the source rule to the terms of a thread whose
// lead paragraph is lead: it marks the words of lead's source phrases in
// lb.source, and in lb.aside too (which asideScores must have sized), and
// weighs a term first used in one at asideWeight.
func (lb *labeler) sourceScores(terms []*cand, lead []word) {
	lb.source = resize(lb.source, len(lead))
	markSources(lb.source, lead)
	for i := len(lead) - 1; i >= 0; i-- {
		if !lb.source[i] || !lead[i].name {
			continue
		}
		// the name and the descriptor run before it ("mortgage lender")
		for j := i; j >= 0 && lb.source[j] && !lead[j].stop && (j == i || lead[j+1].joined); j-- {
			lb.aside[j] = true
		}
	}
	for _, c := range terms {
		if c.pos >= 0 && c.pos < len(lead) && lb.source[c.pos] && lb.aside[c.pos] {
			c.score *= sourceWeight
		}
	}
}

// sourced reports whether word pos of the lead paragraph (-1: none)
// stands in a source phrase (markSources).
func (lb *labeler) sourced(pos int) bool {
	return pos >= 0 && pos < len(lb.source) && lb.source[pos]
}

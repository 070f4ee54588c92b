package thread

// A name that a thread never uses in its lead paragraph is met in
// passing: the councillor quoted on a rise in parking charges, the
// doctor who urges the old to get a flu jab, the region a rail strike
// would have hit, the resident who signed the petition. The lead says
// what happened and to whom; a name it leaves out is a source or a
// detail, and the matter is a thing or an event ("parking charges",
// "rail strike"). Over the development round-ups a label's name first
// met after the lead is a gold label word about half as often as one
// from the lead's first sentence (a third of the time against two
// thirds). The late-name rule leaves such a name out of the label
// whenever the thread has a topic word to take its place, unless the
// thread keeps coming back to it: in more than sourceParas paragraphs,
// or, for a name in capitals, in more than one. An acronym names a body,
// and a body that speaks on its own figures is often the matter ("the
// ONS said").
//
// An earlier form of the rule left the name out only when it was used
// in one paragraph and the lead had no name of its own, or when it was a
// speaker (a reporting verb or a speaker's title next to it), and then
// only for a two-word term or a noun compound; the broad form changes
// some 160 dev labels, 71 closer to the gold label and 9 further, and
// labels the BBC articles closer to their headlines.

// A name the lead brings in only as the source of its figures ("according
// to mortgage lender Quillon Bank": label_source.go) is met in passing
// as well, and the rule treats it as one first met after the lead.

// sourceParas is the most paragraphs of the thread that use a name
// first met after the lead for the late-name rule to leave it out.
const sourceParas = 3

// lateName reports whether the label should leave out the best of names
// under the late-name rule; terms are the thread's term candidates.
func (lb *labeler) lateName(names, terms []*cand) bool {
	if len(names) == 0 {
		return false
	}
	top := bestOf(names)
	if top.pos >= 0 && !lb.sourced(top.pos) {
		return false
	}
	df := lb.in.df[top.words[len(top.words)-1].id]
	if df > sourceParas || df > 1 && top.words[0].caps {
		return false
	}
	return bestFree(terms, lb.used) != nil
}

// sameStems reports whether a and b, of one length, hold the same stems.
func sameStems(a, b []word) bool {
	for k := range b {
		if a[k].id != b[k].id {
			return false
		}
	}
	return true
}

// extension returns the best two-word term of terms that holds the one
// word of top and no stem the label holds, or nil.
func extension(terms []*cand, top *cand, used []bool) *cand {
	var pick *cand
	for _, c := range terms {
		if len(c.words) == 2 && containsPhrase(c.words, top.words) && free(c, used) && (pick == nil || byScore(c, pick) < 0) {
			pick = c
		}
	}
	return pick
}

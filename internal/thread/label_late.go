package thread

// A name that a thread first uses after its lead paragraph, and in one
// paragraph only, is met in passing: the councillor quoted on a rise in
// parking charges, the doctor who urges the old to get a flu jab, the
// region a rail strike would have hit. When the lead does not open with
// a name either, the matter is a thing or an event ("parking charges",
// "rail strike"), and the late-name rule leaves the name out of the
// label as long as the thread's terms make a label of two words that
// belong together on their own: a two-word term, or the best term with
// a word it stands next to in the thread ("flu jab" for "flu").

// lateName reports whether the label should leave out the best of names
// under the late-name rule; lead holds the words of the thread's first
// paragraph, terms its term candidates.
func (lb *labeler) lateName(names, terms []*cand, lead []word) bool {
	if len(names) == 0 || subjectAt(lead) >= 0 {
		return false
	}
	top := bestOf(names)
	if top.pos >= 0 || lb.in.df[top.words[len(top.words)-1].id] > 1 {
		return false
	}
	t := bestFree(terms, lb.used)
	return t != nil && (len(t.words) == 2 || pairOf(terms, t, lb.used) != nil || extension(terms, t, lb.used) != nil)
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

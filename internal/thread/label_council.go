package thread

import "strings"

// A local authority is named in full on first mention ("Pollard District
// Council", "Hexley Borough Council", "Lincolnshire County Council"),
// and in a headline by its place: "Pollard pothole compensation",
// "Brackenford fortnightly bin collections", "Ashmoor council tax rise".
// The council rule cuts such a label name to the place, which leaves the
// label room for what the council did. A council named by a common word
// ("Insurance Council", "Arts Council") is a body, not a place's, and
// keeps its name.

// councilKinds are the words that say what kind of council a name is.
var councilKinds = toSet(`borough county district city town parish metropolitan`)

// A place that opens the sentence is capitalised like any opener, so
// the name builder leaves it out ("Norfolk County Council has approved"
// gives "County Council"); a council's kind and "Council" with nothing
// before them in the name take the capitalised word right before them in
// the lead as the place.

// councilName returns c, the label's name, or its place when it is a
// place, a kind of council and "Council" (the council rule); lead is the
// lead paragraph, where a place opening the sentence is found.
func councilName(c *cand, lead []word) *cand {
	ws := c.words
	n := len(ws)
	if n < 2 || !strings.EqualFold(ws[n-1].surface, "council") {
		return c
	}
	k := n - 1
	for k > 0 && wordIn(councilKinds, ws[k-1]) {
		k--
	}
	if k == 0 {
		return councilOpener(c, lead)
	}
	for _, w := range ws[:k] {
		if lowerWord(w) {
			return c // a trade's or a cause's council: "Insurance Council"
		}
	}
	s := *c
	s.words = ws[:k]
	return &s
}

// lowerWord reports whether w, capitalised, is in the POS lexicon, which
// holds common words, not names.
func lowerWord(w word) bool {
	_, ok := posOfWord(w)
	return ok
}

// councilOpener returns the place that opens the sentence right before
// the council's name c in lead ("Norfolk" of "Norfolk County Council
// has …"), or c when there is none: no word before, punctuation between,
// or a common word ("The County Council").
func councilOpener(c *cand, lead []word) *cand {
	i := c.pos
	if len(c.words) < 2 || i < 1 || i+len(c.words) > len(lead) || !lead[i].joined || !samePhrase(lead[i:i+len(c.words)], c.words) {
		return c
	}
	w := lead[i-1]
	if !w.upper || w.stop || lowerWord(w) || wordIn(councilKinds, w) {
		return c
	}
	s := *c
	s.words = lead[i-1 : i]
	return &s
}

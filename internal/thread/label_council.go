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

// councilName returns c, the label's name, or its place when it is a
// place, a kind of council and "Council" (the council rule).
func councilName(c *cand) *cand {
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
		return c // no place before the council: "County Council"
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

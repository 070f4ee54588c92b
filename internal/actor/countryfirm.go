package actor

import "strings"

// Firms named after the country or city they serve put a trade word or
// their brand before the place ("Telecom Velmora", "Brightwater
// Velmora"), and a tagger reads the whole as the place. A name of two
// words or more ending in a word the model knows only as a place is a
// firm when what comes before it is a body's head noun or a trade word
// ("Telecom", "Bank"), or a name the story itself reads alone as an
// organisation's ("Brightwater" beside "Brightwater said").

// orgSingles returns the lower-cased one-word names the tagger read as
// organisations anywhere in the story.
func orgSingles(docs []*paraDoc) map[string]bool {
	var out map[string]bool
	for _, d := range docs {
		for _, sp := range d.spans {
			if sp.typ == "ORG" && sp.e-sp.s == 1 {
				if out == nil {
					out = map[string]bool{}
				}
				out[d.toks[sp.s].lower] = true
			}
		}
	}
	return out
}

// countryFirm reports whether m names a firm after a place: see above.
func (st *story) countryFirm(m *mention) bool {
	n := len(m.name)
	if n < 2 || m.typ == "PER" {
		return false
	}
	if first := m.name[0]; headBits(first)&orgHead == 0 && !st.orgAlone[strings.ToLower(first)] {
		return false
	}
	for _, w := range m.name[:n-1] {
		if !nameLike(w) || len(knownTypes(w)) > 0 {
			return false // "Gulf of …", "North …", "South …": a place's own words
		}
	}
	return knownOnlyAs(m.name[n-1], "LOC")
}

package thread

import "strings"

// A market report names a listed company in full where it gives its
// share move ("Gold explorer Kestrel Ridge Resources climbed 27 per
// cent", "Software provider Pebble Beach Systems shed 9 per cent"), but a
// headline or a second mention drops the last word of a three-word
// company name, which says only what line the firm is in: "Kestrel Ridge
// drilling results", "Pebble Beach order caution". The listed-name rule
// shortens the label's name so when the thread's lead paragraph follows
// its use directly with a price-move verb. Only a verb counts: "up",
// "down", "higher" and "lower" follow other names too ("put the
// Meadowside Leisure Centre up for sale"). A name holding a function
// word or an ampersand ("Harbour On Sea") is left whole.

// shortName returns c, the label's name, or its shorter form by the
// listed-name rule (lead: the words of the thread's first paragraph).
func shortName(c *cand, lead []word) *cand {
	if len(c.words) != 3 || c.pos < 0 || c.pos+3 >= len(lead) || !lead[c.pos+3].joined || !moveVerb(lead[c.pos+3]) {
		return c
	}
	for _, w := range c.words {
		if w.promoted || w.amp {
			return c // "Harbour On Sea", "Dunn & Hale Group": the whole is the name
		}
	}
	s := *c
	s.words = c.words[:2]
	return &s
}

// moveVerb reports whether w is a share-price move word that is a verb
// (moveWords less "up", "down", "higher", "lower").
func moveVerb(w word) bool {
	l := strings.ToLower(w.surface)
	switch l {
	case "up", "down", "higher", "lower":
		return false
	}
	_, ok := moveWords[l]
	return ok
}

// A company's legal form ("Holdings", "plc", "Ltd", "Inc") stands in its
// full name on first mention ("Kooth PLC", "Quillon Pharma Holdings"),
// and never in a headline. The legal-form rule drops it from the end of
// the label's name of two words or more. "Corp" and "Group" are left:
// they stand in names as used ("News Corp", "Rank Group").

// legalForms are the last words of a company's name that give its legal
// form.
var legalForms = toSet(`holdings plc ltd limited inc llc`)

// legalName returns c, the label's name, or the name without its legal
// form (the legal-form rule).
func legalName(c *cand) *cand {
	n := len(c.words)
	if n < 2 {
		return c
	}
	if _, ok := legalForms[strings.ToLower(c.words[n-1].surface)]; !ok {
		return c
	}
	s := *c
	s.words = c.words[:n-1]
	return &s
}

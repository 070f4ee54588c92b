package thread

import "strings"

// A couple shares one surname, which the lead gives once for both:
// "Bill and Maureen Haworth celebrated their golden wedding", "To Ben
// and Amy Coutts, a daughter". The name rule would take the first given
// name alone ("Bill", even lower-cased as the noun "bill") or the second
// person in full ("Maureen Haworth"); a sub-editor names the pair by the
// family name: "Haworth golden wedding". The couple rule reads the pair
// "Given and Given Surname" in the lead and, when the label's name is a
// piece of it, names the label by the surname alone. A pair of places
// ("in Kent and East Sussex", "Cumbria and North Yorkshire") is no
// couple: it follows a preposition, or its second part opens with a
// word that begins place names.

// coupleBefore are the words that put a pair of names in a place
// ("across Teesside and County Durham").
var coupleBefore = toSet(`in across between near around from to into at throughout western eastern northern southern central`)

// couplePlaceWords open a second name that is a place, not a person.
var couplePlaceWords = toSet(`north south east west northern southern eastern western county great upper lower little new old port mount lake river saint st`)

// coupleWords tell that a pair of names is a couple or a family: a
// plural pronoun after it ("marked their diamond wedding", "who have
// never lived apart") or a word of marriage and kin in the lead. Two
// people named together otherwise are more often two of a kind ("Fiat
// and General Motors", "Madonna and Elton John").
var coupleWords = toSet(`their they them themselves who couple couples husband wife married marry marriage wedding anniversary twins twin brothers sisters parents daughter son née family`)

// couple is a "Given and Given Surname" pair of a lead paragraph: the
// index of its first word (the surname is at +3).
type couple int

// leadCouple returns the couple of lead whose words hold the name ws,
// if any, in a lead that tells of a couple or family (coupleWords).
func leadCouple(lead, ws []word) (couple, bool) {
	kin := false
	for _, w := range lead {
		kin = kin || wordIn(coupleWords, w)
	}
	if !kin {
		return 0, false
	}
	for i := 0; i+3 < len(lead); i++ {
		if !isCouple(lead, i) {
			continue
		}
		for _, at := range [][2]int{{i, 1}, {i + 2, 2}, {i + 2, 1}, {i + 3, 1}} {
			if len(ws) == at[1] && sameStems(lead[at[0]:at[0]+at[1]], ws) {
				return couple(i), true
			}
		}
	}
	return 0, false
}

// isCouple reports whether lead holds "Given and Given Surname" at i:
// three one-word names, the last two run together and no longer name
// around them.
func isCouple(lead []word, i int) bool {
	g1, and, g2, s := lead[i], lead[i+1], lead[i+2], lead[i+3]
	if !g1.upper || g1.caps || !and.joined || and.surface != "and" || !g2.joined || !g2.name || !g2.upper || g2.caps || !s.joined || !s.name || s.caps || s.amp {
		return false
	}
	if i+4 < len(lead) && lead[i+4].joined && lead[i+4].upper {
		return false // a longer name: "Ada and Win Treloar Smith"
	}
	if i > 0 && g1.joined {
		prev := lead[i-1]
		if prev.upper {
			return false // part of a longer name: "Marlowe & Finch and Harbury Bank"
		}
		if _, ok := coupleBefore[strings.ToLower(prev.surface)]; ok {
			return false
		}
	}
	for _, w := range [2]word{g1, g2} {
		if _, ok := couplePlaceWords[strings.ToLower(w.surface)]; ok {
			return false
		}
	}
	return true
}

// coupleName returns the surname of the couple of lead that holds the
// name c, as a name candidate, and the couple's two given names; c and
// nil when no couple holds it.
func coupleName(c *cand, lead []word) (*cand, []word) {
	at, ok := leadCouple(lead, c.words)
	if !ok {
		return c, nil
	}
	i := int(at)
	s := *c
	s.words = lead[i+3 : i+4]
	s.firstName, s.names, s.lowers = true, max(s.names, 1), 0
	return &s, []word{lead[i], lead[i+2]}
}

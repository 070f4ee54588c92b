package actor

import "strings"

// genericBodies are nouns news writing capitalises when it refers back
// to a body the story has named: "the Corporation said" (the BBC), "the
// Bank held rates" (the Bank of England), "the Department" or "the
// Commission". Alone they name no body of their own.
var genericBodies = setOf(`corporation government department ministry council commission company
bank board agency authority committee executive trust club union assembly federation firm
society association institute foundation service tribunal league group organisation
organization`)

// genericBackRef reports whether c is a one-word organisation written
// only as a generic body noun after "the" ("the Corporation", "the
// Bank"); without it the noun may name a body of its own ("Union MPs").
func (st *story) genericBackRef(c *cluster) bool {
	if len(c.mentions) == 0 || c.kind != Org {
		return false
	}
	for _, m := range c.mentions {
		if len(m.name) != 1 || !inSetFold(genericBodies, m.name[0]) {
			return false
		}
		if m.the {
			continue
		}
		d := st.doc(m.para)
		if d == nil || m.s < 1 || m.s > len(d.toks) || d.toks[m.s-1].lower != "the" {
			return false
		}
	}
	return true
}

// backRefOf returns the one organisation of the story named in two or
// more words that opens or ends with c's generic noun ("Bank" of "Bank
// of England", "Commission" of "Electoral Commission"), or nil.
func backRefOf(c *cluster, groups []*cluster) *cluster {
	w := c.mentions[0].name[0]
	return theOrg(c, groups, func(n []string) bool {
		return strings.EqualFold(n[0], w) || strings.EqualFold(n[len(n)-1], w)
	})
}

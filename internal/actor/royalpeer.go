package actor

import (
	"slices"
	"strings"
)

// A royal is named and then, in the next paragraph or the one after,
// called by a peerage: "Prince Oswald, meanwhile, travelled to the
// Levels …", then "The Earl of Tarrow met the flood wardens …". News
// English varies the name of the one person it speaks of; the peerage,
// written with no name of its own, is the royal named just before.

// royalPeerage joins to a royal's cluster the cluster of a peer's title
// of place (m.ofTitle: "the Duke of X", "the Countess of X") first written
// in a later paragraph than the royal's last mention, at most two
// paragraphs after it, when no mention of the title's cluster writes a
// name of its own, the royal ("Prince Oswald", "Princess Ada") has no
// title of place yet, and the royal is the only person of the title's
// gender the story names in the paragraphs between, the title's own
// and the two before it. A title in the royal's own paragraph is left
// ("Prince Oswald met the Duke of Tarrow" names two men).
func (st *story) royalPeerage(persons []*mention, assigned map[*mention]*cluster) {
	for _, m := range persons {
		if !m.ofTitle || !peerageRanks[m.hon] {
			continue
		}
		g := titleGender(m.hon)
		c := assigned[m]
		if g == 0 || c == nil || c.first != m.order || givenNamed(c) || peerAsKin(st.doc(m.para), m) {
			continue
		}
		r := st.royalBefore(m, g, c)
		if r == nil {
			continue
		}
		r.absorb(c)
		st.clusters = slices.DeleteFunc(st.clusters, func(o *cluster) bool { return o == c })
		st.byKey[strings.ToLower(m.canonical())] = r
		for _, x := range r.mentions {
			assigned[x] = r
		}
	}
}

// royalBefore returns the one person of gender g by the titles, other
// than the title's own cluster c, named in the two paragraphs before m
// or in m's own before it, when that person is a royal named by a royal
// title and a given name, last seen in an earlier paragraph than m's,
// holding no title of place, and no person of no known gender is named
// in full between that last mention and m ("Prince Oswald …", then "Ivo
// Marsh, the mayor, …", then "the Duke of Tarrow" may be either); else
// nil.
func (st *story) royalBefore(m *mention, g byte, c *cluster) *cluster {
	var found *cluster
	for _, o := range st.clusters {
		if o == c || o.kind != Person || len(o.mentions) == 0 || !seenBetween(o, m.para-2, m.order, g) || o.gender() != g {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	if found == nil {
		return nil
	}
	royal, last := false, -1
	for _, x := range found.mentions {
		switch {
		case x.ofTitle:
			return nil // a royal with a peerage already
		case x.order < m.order && x.para == m.para:
			return nil // "Prince Oswald met the Duke of Tarrow"
		case royalGiven(x) && titleGender(x.hon) == g:
			royal = true
		}
		if x.order < m.order {
			last = max(last, x.order)
		}
	}
	if !royal {
		return nil
	}
	for _, o := range st.clusters {
		if o == c || o == found || o.kind != Person || o.gender() != 0 {
			continue
		}
		for _, x := range o.mentions {
			if x.order > last && x.order < m.order && len(x.name) >= 2 {
				return nil
			}
		}
	}
	return found
}

// seenBetween reports whether c has a mention in paragraph p or later
// and before the story's position order that says its gender g by a
// title or writes a full name: a lone word that joined the person
// ("Tarrow" beside "the Countess of Tarrow") is no sighting.
func seenBetween(c *cluster, p, order int, g byte) bool {
	for _, x := range c.mentions {
		if x.para >= p && x.order < order && (titleGender(x.hon) == g || len(x.name) >= 2 && !x.ofTitle) {
			return true
		}
	}
	return false
}

// peerAsKin reports whether the title of place m is written as
// someone's relative: a kinship noun, maybe a comma, then "the" ("Her
// mother, the Duchess of X"), or a kinship noun, "of" and "the" ("the
// younger daughter of the Earl of X"). The relative is not the royal
// named before.
func peerAsKin(d *paraDoc, m *mention) bool {
	if d == nil {
		return false
	}
	toks := d.toks
	k := m.s - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && (toks[k].text == "," || toks[k].lower == "of") {
		k--
	}
	return k >= 0 && kinship[toks[k].lower]
}

// royalGiven reports whether m is a prince's or a princess's title and a
// given name: "Prince Oswald", "Princess Ada" (not "King Oswald": a
// sovereign is not called by a dukedom).
func royalGiven(m *mention) bool {
	return !m.ofTitle && !m.the && len(m.name) == 1 && (m.hon == "Prince" || m.hon == "Princess")
}

// peerageRanks are the ranks of a title of place a prince or a princess
// holds: not "the Queen of X" or "the Bishop of X".
var peerageRanks = setOf(`Duke Duchess Earl Countess Marquess Marchioness Viscount Viscountess Baron Baroness`)

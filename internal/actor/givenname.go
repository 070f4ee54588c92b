package actor

import (
	"strings"
	"unicode"
)

// This file reads a lone given name that names a thing: an award
// ("Oscar nominations", "the best actress Oscar"), a product or a title
// that a tagger took for a first name.

// markGivenNameThings marks as used like a noun (mention.det) each
// one-word mention tagged as a person, without a title or role, whose
// word is a given name the model knows and that either qualifies a
// common noun ("Oscar nominations", "Oscar hopefuls") or follows an award
// category ("the best actress Oscar"), when no person of the story
// bears that name in full or with a title ("Oscar Wilde", "Mr Oscar").
// People are seldom named by a first name alone before a noun.
func (st *story) markGivenNameThings() {
	for _, m := range st.mentions {
		if m.typ != "PER" || m.det || len(m.name) != 1 || m.hon != "" {
			continue
		}
		d := st.doc(m.para)
		// The role a rule split off a name is no role after "best".
		award := awardCategoryBefore(d, m.e-1)
		if !award && (m.rule || m.split || len(m.roles) > 0 || !qualifiesCommonNoun(d, m)) {
			continue
		}
		if eponymousRule(d, m) && !st.bearsName(m.name[0]) && !st.taggedOtherwise(m) {
			m.det, m.rule, m.split = true, false, false
			continue
		}
		// A given name, or any name after "a", "an" or "one": "a
		// Mayfair estate agent", "one Mayfair restaurant" is a kind of
		// agent or restaurant, not a person's.
		if (givenName(m.name[0]) || m.s > 0 && indefiniteWord(d.toks[m.s-1].lower)) && !st.bearsName(m.name[0]) && !st.taggedOtherwise(m) {
			m.det, m.rule, m.split = true, false, false
		}
	}
}

// indefiniteWord reports whether w, before a name that qualifies a
// noun, picks one thing of a kind: "a", "an", "one", "another", "every",
// "each".
func indefiniteWord(w string) bool {
	switch w {
	case "a", "an", "one", "another", "every", "each":
		return true
	}
	return false
}

// bearsName reports whether a mention of the story names a person with
// the word w in a longer name, with a title, or with a role.
func (st *story) bearsName(w string) bool {
	for _, x := range st.mentions {
		if x.kind != Person && x.typ != "PER" {
			continue
		}
		if len(x.name) == 1 && strings.EqualFold(x.name[0], w) && (x.hon != "" || len(x.roles) > 0) {
			return true
		}
		if len(x.name) > 1 {
			for _, n := range x.name {
				if strings.EqualFold(n, w) {
					return true
				}
			}
		}
	}
	return false
}

// taggedOtherwise reports whether the tagger read another mention of m's
// name as something other than a person: that reading decides its kind
// ("Devon singer Joss Stone" beside "south Devon").
func (st *story) taggedOtherwise(m *mention) bool {
	for _, x := range st.mentions {
		if x.typ != "PER" && x.nameKey() == m.nameKey() {
			return true
		}
	}
	return false
}

// qualifiesCommonNoun reports whether mention m stands right before a
// lower-case common noun that it qualifies, not a role noun nor a verb in
// "-ed" nor a word of one or two letters ("Oscar nominations", not
// "Oscar winner" nor "Oscar confirmed") nor a surname written after its
// particle as one word ("Leo diCaprio"), and is no surname after a
// capitalised word or an initial.
func qualifiesCommonNoun(d *paraDoc, m *mention) bool {
	if !adjectiveUse(d, m) || afterNameWord(d, m.s) {
		return false // a surname: "Spencer Abraham confirmed", "A. Stewart b Gough"
	}
	l := d.toks[m.e].lower
	return len(l) > 2 && !isRoleNounL(l) && !strings.HasSuffix(l, "ed") && !innerCapital(d.toks[m.e].text)
}

// innerCapital reports whether w, written in lower case at its start,
// has a capital inside: a surname after a particle written as one word
// ("diCaprio", "deGrasse"), no common noun.
func innerCapital(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) > 0
}

// afterNameWord reports whether the token before k is a capitalised word
// inside a sentence or an initial's full stop.
func afterNameWord(d *paraDoc, k int) bool {
	if k == 0 {
		return false
	}
	p := &d.toks[k-1]
	if p.text == "." {
		return k > 1 && len(d.toks[k-2].text) == 1 && d.toks[k-2].cap
	}
	return p.cap && !p.sentStart
}

// awardCategoryBefore reports whether the words before token k name an
// award's category: "best actress", "best supporting actor", "best
// film" (not "best friend").
func awardCategoryBefore(d *paraDoc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &d.toks[j]
		if !t.word || t.cap && !t.sentStart {
			return false
		}
		if t.lower == "best" {
			return j < k-1 && !d.toks[j+1].is(clsKinship) // not "his best friend Sam"
		}
	}
	return false
}

// awardCategory reports whether a role read before a name, starting at
// token first, names an award's category ("the best actress Oscar",
// "Best actor nominee Ray Dunn"): no role of the person.
func awardCategory(d *paraDoc, first int, role string) bool {
	return awardCategoryBefore(d, first+1) || len(role) > 5 && strings.EqualFold(role[:5], "best ")
}

// eponymNouns are nouns of a rule, a measure or a law that takes the
// name of the person who made or first stated it.
var eponymNouns = setOf(`convention conventions formula doctrine principle principles rule rules
test scale curve effect theorem paradox equation`)

// eponymousRule reports whether m, one name word, stands between "the"
// and a noun of a rule or a measure named after someone ("the Sewel
// convention", "the Barnett formula", "the Nolan principles", "the
// Richter scale"): the name says which rule, and names no one the story
// is about.
func eponymousRule(d *paraDoc, m *mention) bool {
	return m.s > 0 && m.e < len(d.toks) && d.toks[m.s-1].lower == "the" && eponymNouns[d.toks[m.e].lower]
}

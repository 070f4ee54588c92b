package actor

import (
	"slices"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the rule for given names that are also months ("May",
// "June", "April", "Jan"). A tagger trained on news takes such a word
// before a surname for a date and leaves it out ("June de Wit" read as
// "de Wit"), and the calendar list trims it off a person's name ("May
// van Dijk" read as "van Dijk"). It is the given name when the word after
// it opens a surname with a lower-case particle ("van", "de"), when the
// story writes the surname again on its own, or when an apposition of a
// person follows the name ("June Perrin, 81,"), and no preposition,
// article, time word or number before it makes it a date ("in May Wilson
// was", "on 4 June Okafor").

// monthMonths are the months' names and their short forms.
var monthMonths = setOf(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// monthGiven reports whether w is a month's name or short form that is a
// given name too: one of monthNames or one the model knows as a given
// name.
func monthGiven(w string) bool {
	return monthNames[w] || inSetFold(monthMonths, w) && givenName(w)
}

// monthGivenTok is monthGiven(t.text) of a word token: only a month's
// word may be one (monthNames are months too).
func monthGivenTok(t *tok) bool { return t.is(clsMonth) && monthGiven(t.text) }

// dateWords before a month make it a date: "in May", "since June", "last
// April", "the 4th of May".
var dateWords = setOf(`in on since until till by from during last next this that early late
mid of before after through throughout between every each the a`)

// monthAsGiven reports whether the month's word at token k, before a
// name whose tokens run from k+1 to e, is the person's given name (see
// the file comment).
func (st *story) monthAsGiven(d *paraDoc, k, e int) bool {
	toks := d.toks
	if k+1 >= e || !toks[k].word || !toks[k].cap || !monthGivenTok(&toks[k]) {
		return false
	}
	if b := k - 1; b >= 0 && (isNumber(toks[b].text) || dateWords[toks[b].lower]) {
		return false
	}
	if n := toks[k+1]; n.word && !n.cap && particles[n.lower] {
		return true
	}
	last := toks[e-1]
	if !last.word || !last.cap || !nameLike(last.text) || st.lower[last.lower] {
		return false
	}
	return personApposition(toks, e) || st.writtenAlone(last.text, d, k)
}

// writtenAlone reports whether the story writes the capitalised word w
// somewhere other than after the month's word at token k of d, with no
// month's word before it.
func (st *story) writtenAlone(w string, d *paraDoc, k int) bool {
	for _, x := range st.docs {
		for j := range x.toks {
			t := &x.toks[j]
			if t.text != w || x == d && j > k && j <= k+4 {
				continue
			}
			if j > 0 && monthGiven(x.toks[j-1].text) {
				continue
			}
			return true
		}
	}
	return false
}

// extendMonthGiven returns spans with each one of at most three tokens
// that a month's word stands right before, outside any span, widened
// over it when the word is the person's given name (monthAsGiven); the
// span becomes a person's. A month's word and one name word no span
// covers become a person's span when an apposition of a person follows
// them, or the story writes the name word alone and the model knows no
// common use of it ("June Perrin, 81,", a tagger reading nothing).
func (st *story) extendMonthGiven(d *paraDoc, spans []span) []span {
	if !d.has(clsMonth) {
		return spans // no month's word to read as a given name
	}
	toks := d.toks
	next := 0 // spans before index next end before token k
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].cap || !monthGivenTok(&toks[k]) {
			continue
		}
		for next < len(spans) && spans[next].e <= k {
			next++
		}
		// spans[next] is the first span ending after token k.
		switch {
		case next < len(spans) && spans[next].s == k+1:
			if sp := &spans[next]; sp.e-sp.s <= 3 && st.monthAsGiven(d, k, sp.e) {
				sp.s, sp.typ = k, "PER"
			}
		case next < len(spans) && spans[next].s <= k+1:
			// the month or the name word is inside a span already
		default:
			if !nameWord(toks, k+1) || k+2 < len(toks) && toks[k+2].word && toks[k+2].cap {
				continue
			}
			if st.monthAsGiven(d, k, k+2) && (personApposition(toks, k+2) || wordCasing(toks[k+1].lower) == nlp.CasingUnknown) {
				spans = slices.Insert(spans, next, span{s: k, e: k + 2, typ: "PER"})
			}
		}
	}
	return spans
}

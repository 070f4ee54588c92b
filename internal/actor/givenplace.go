package actor

import (
	"slices"
	"strings"
)

// This file holds the rule that reads a lone given name the tagger took
// for a place as a person's. The tagger reads a given name written
// alone ("By the time Alec stood up", "'Callum has promised'") as a
// place now and then; a word the model's gazetteer knows as a given name
// and not as a place, with nothing in its context that speaks of a
// place, a body or another thing (no "in", "at", "to" or place noun
// before it, no list of places beside it), is the person.

// givenNameAsPlace reports whether m is one word the tagger read as a
// place, a given name the gazetteer knows as no place (nor the lists of
// British counties and districts), whose context gave no evidence for
// any kind but a person (see above): not after an article ("the Sabine,
// the team's coupé"), nor after a preposition of place, maybe with a
// word or two between ("in rural Tarrowshire"), nor qualifying a noun
// in a noun phrase ("a flock of Jacob sheep": qualifierAfterOf) or a title after its possessive ("Rosemary's Baby"),
// nor a part described after "as" ("very funny as the chambermaid
// Brenda") or a work's title ("a painting entitled Ada and Percy", "the
// film Summer of Sam").
func givenNameAsPlace(d *paraDoc, m *mention) bool {
	if m.typ != "LOC" || len(m.name) != 1 || m.hon != "" || m.lev > 0 || m.oev > 0 || m.xev > 0 {
		return false
	}
	w := m.name[0]
	if !givenName(w) || slices.Contains(knownTypes(w), "LOC") || britishPlaceName(m) {
		return false
	}
	toks := d.toks
	if m.s > 0 && nounDeterminers[toks[m.s-1].lower] || placePrepositionBefore(toks, m.s) || qualifierAfterOf(d, m) ||
		describedAfterAs(toks, m.s) || entitledBefore(toks, m.s) || m.s > 1 && toks[m.s-1].lower == "of" && toks[m.s-2].cap {
		return false
	}
	return !(m.e+1 < len(toks) && isPossessive(&toks[m.e]) && toks[m.e+1].word && toks[m.e+1].cap)
}

// placePrepositionBefore reports whether a preposition of place or of a
// way (placeWayWords) stands before token s, maybe with one or two
// lower-case words between that are no verb in the past ("in rural
// Tarrowshire", not "a vet called Alec"), or before the list the name
// ends ("takes in Leeds, Rufus Hale and Bella").
func placePrepositionBefore(toks []tok, s int) bool {
	lower := 0
	for k := s - 1; k >= 0 && k >= s-12; k-- {
		t := &toks[k]
		switch {
		case t.text == "," || t.lower == "and" || t.lower == "or" || t.word && t.cap && !t.sentStart:
			if lower > 0 {
				return false
			}
			continue // a list before the name
		case !t.word || t.cap:
			return false
		case t.is(clsPlacePreposition) || placeWayWords[t.lower]:
			return true
		case lower == 2 || strings.HasSuffix(t.lower, "ed") || t.is(clsClauseWord) || t.is(clsAfterNounWord):
			return false
		}
		lower++
	}
	return false
}

// describedAfterAs reports whether "as" and a description in lower case
// stand right before token s: "as the chambermaid Brenda", the part an
// actor plays.
func describedAfterAs(toks []tok, s int) bool {
	for k := s - 1; k > 0 && k >= s-4; k-- {
		t := &toks[k]
		if !t.word || t.cap {
			return false
		}
		if t.lower == "as" {
			return k < s-1
		}
		if t.is(clsClauseWord) && !t.is(clsPossessiveDet) && t.lower != "the" {
			return false
		}
	}
	return false
}

// entitledBefore reports whether the name at token s is part of a title
// after "entitled" or "titled": capitalised words, "and", "of" and "the"
// back to the verb ("a painting entitled Mr and Mrs Kell and Percy").
func entitledBefore(toks []tok, s int) bool {
	for k := s - 1; k >= 0 && k >= s-10; k-- {
		t := &toks[k]
		switch {
		case t.lower == "entitled" || t.lower == "titled":
			return true
		case t.word && (t.cap || t.lower == "and" || t.lower == "of" || t.lower == "the"):
		default:
			return false
		}
	}
	return false
}

// qualifierAfterOf reports whether m stands right before a common noun
// it may qualify (qualifiesCommonNoun) inside a noun phrase, after "of"
// or a determiner: "a flock of Jacob sheep". Opening a clause, after
// punctuation or a verb, the word after a given name is as often its
// verb ("'Lionel fought in the war", "suggests Celia keeps the account").
func qualifierAfterOf(d *paraDoc, m *mention) bool {
	if m.s == 0 {
		return false
	}
	p := &d.toks[m.s-1]
	// A bare apostrophe is as often a quotation mark: "'Lionel fought".
	return (p.lower == "of" || p.is(clsPossessiveDet) || isPossessive(p) && len(p.text) > 1) && qualifiesCommonNoun(d, m)
}

// placeWayWords, beside placePrepositions, lead to or from a place: "just
// off Tarrow", "the road to Corran".
var placeWayWords = setOf(`to from into off onto towards toward via`)

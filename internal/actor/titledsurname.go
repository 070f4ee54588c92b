package actor

import (
	"slices"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the rule that takes in a given name the tagger left
// out before a surname the story gives a title of address elsewhere:
// "Sue Quarrell, who uses a wheelchair," read as "Quarrell" alone or not
// at all, then "Mrs Quarrell said" — the capitalised word before the
// surname is the person's given name, whatever the model knows of it.

// titledSurnames appends to out the words the story writes right after
// a plain title of address ("Mrs Quarrell", "Ms Dhar"), once each.
func titledSurnames(docs []*paraDoc, out []string) []string {
	for _, d := range docs {
		for k := 1; k < len(d.toks); k++ {
			if t := &d.toks[k]; t.word && t.cap && d.toks[k-1].honorificClass() == "plain" && !slices.Contains(out, t.text) {
				out = append(out, t.text)
			}
		}
	}
	return out
}

// extendTitledSurname returns spans with each one-word span of a titled
// surname (titledSurnames) widened over the capitalised word right before
// it, and a person's span over such a pair no span covers, when the word
// is a given name's (titledGiven). The span becomes a person's.
func (st *story) extendTitledSurname(d *paraDoc, spans []span) []span {
	titled := st.work.titled
	next := 0 // spans before index next end before token k
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		if !t.word || !t.cap || !slices.Contains(titled, t.text) {
			continue
		}
		for next < len(spans) && spans[next].e <= k-1 {
			next++
		}
		// spans[next] is the first span ending after token k-1.
		switch {
		case next < len(spans) && spans[next].s == k && spans[next].e == k+1:
			if st.titledGiven(d, k-1) {
				spans[next].s, spans[next].typ = k-1, "PER"
			}
		case next < len(spans) && spans[next].s <= k:
			// the given name or the surname is inside a span already
		default:
			if st.titledGiven(d, k-1) && !honorificBefore(d, k-1) {
				spans = slices.Insert(spans, next, span{s: k - 1, e: k + 1, typ: "PER"})
			}
		}
	}
	return spans
}

// titledGiven reports whether token k, before a titled surname, is the
// person's given name: a capitalised name word, no title, role, kinship,
// nationality, calendar or other noise word, none the story writes in
// lower case, and no longer name's end.
func (st *story) titledGiven(d *paraDoc, k int) bool {
	t := &d.toks[k]
	if !t.word || !t.cap || !nameLike(t.text) || isAllCaps(t.text) || t.honorific() || t.is(clsRoleHead) || isKinship(t.lower) ||
		noiseName(t.text) || isNationalityL(t.lower) || particles[t.text] || st.lower[t.lower] {
		return false
	}
	if k > 0 && d.toks[k-1].word && d.toks[k-1].cap && !d.toks[k-1].sentStart {
		return false
	}
	// A word of the language opening the sentence ("Whatever Quarrell
	// says", "Vote Quarrell") is a given name only before an apposition
	// that speaks of a person: "Sue Quarrell, who", "Faith Quarrell, 82,".
	if t.sentStart && wordCasing(t.lower) != nlp.CasingUnknown && !givenName(t.text) {
		return personApposition(d.toks, k+2)
	}
	return true
}

// personApposition reports whether a comma at token k opens an
// apposition of a person: an age, "who", or a role after an article or
// alone ("Ada Kell, who", "Ada Kell, 82,", "Ada Kell, the chief
// executive,").
func personApposition(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].text != "," {
		return false
	}
	n := &toks[k+1]
	if isNumber(n.text) || n.lower == "who" {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch t := toks[j]; {
		case !t.word:
			return false
		case isRoleHeadL(t.lower):
			return true
		}
	}
	return false
}

// honorificBefore reports whether a title stands right before token k
// ("Mrs Sue Quarrell" is the title's rule span already).
func honorificBefore(d *paraDoc, k int) bool {
	return k > 0 && d.toks[k-1].honorific()
}

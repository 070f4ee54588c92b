package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the rule that gives a given name written alone before
// "and" the surname of the name after it: "Len and Pauline Sowerby",
// "sisters Jo and Beth Garside" name Len Sowerby and Jo Garside. Firms
// named after two people ("Marks and Spencer", "Procter and Gamble",
// "Tate and Lyle Sugars") have no given name and surname after "and"
// that the tagger read as a person's; a royal takes none ("Prince
// William and Kate Middleton"). A surname another person of the
// story bears in full ("Tilly Haverford" beside "her parents, Charles
// and Philippa Haverford") is left alone: a third bearer would split the
// bare surname's mentions ("Haverford said") among them.

// sharedSurname adds to spans, in token order, a person's span over each
// given name that shares the surname of the name after "and" (see
// sharesSurname), in place of any span the tagger read over that word
// alone.
func sharedSurname(d *paraDoc, docs []*paraDoc, spans []span) []span {
	for i := 0; i < len(spans); i++ {
		g := spans[i].s - 2
		firstPER := i > 0 && g >= 0 && spans[i-1].s == g && spans[i-1].e == g+1 && spans[i-1].typ == "PER" && !spans[i-1].rule
		if !sharesSurname(d.toks, spans[i], firstPER) || surnameOfAnother(docs, d.toks[g].lower, d.toks[spans[i].s].lower, d.toks[spans[i].e-1].lower) ||
			!givenName(d.toks[g].text) && endsName(docs, d.toks[g].lower) {
			continue
		}
		j := i
		if j > 0 && spans[j-1].e > g {
			if spans[j-1].s == g-1 && spans[j-1].e == g+1 && spans[j-1].typ == "PER" && d.toks[g-1].honorific() {
				spans[j-1].surname = spans[i].e - 1 // "Dr Anil and Meera Chauhan": a title before the given name
				continue
			}
			if spans[j-1].s != g || spans[j-1].e != g+1 {
				continue // the given name is part of a longer name
			}
			j--
			spans = slices.Delete(spans, j, j+1) // "Jo" read as a thing
			i--
		}
		spans[i].typ = "PER" // "Fenella Wragsby" of "Giles and Fenella Wragsby"
		spans = slices.Insert(spans, j, span{s: g, e: g + 1, typ: "PER", rule: true, surname: spans[i].e - 1})
		i++
	}
	return spans
}

// sharesSurname reports whether the word two tokens before span sp, with
// "and" between them, is a given name that takes sp's surname: sp is a
// person's name the tagger read (or a body's, when both given names are
// ones the model knows), of two words, the first a given name
// or at least no word written in lower case, the second a surname that
// is no given name, no ordinary word nor a body's word ("Lyle Sugars"),
// and the word before "and" is a given name the model knows (or, before
// a given name it knows, a word too rare for the model to know as a
// word or a name of any kind: "Aisling and Ben Coutts", "Anoushka and
// Tamsin Fairweather"; see rareBeforeGiven), not itself the end of a
// longer name ("Ann Kell and Pauline Sowerby"; a word of
// the language opening the sentence is no name: "To Tom and Jo Kell")
// nor a work's title after its noun ("the biopic Ray and Mike Leigh's
// drama"). When the tagger read the word before "and" alone as a
// person's (firstPER), a given name the model knows, the name after it
// may be a body's to the tagger with a second given name too rare for
// the model to know: "Giles and Fenella Wragsby" (see rareGiven).
func sharesSurname(toks []tok, sp span, firstPER bool) bool {
	g := sp.s - 2
	if sp.rule || sp.e-sp.s != 2 || g < 0 || toks[g+1].text != "and" {
		return false
	}
	first, given, sur := toks[g], toks[sp.s], toks[sp.e-1]
	if sp.typ != "PER" && !(sp.typ == "ORG" && givenName(first.text) && (givenName(given.text) || firstPER && rareGiven(&given))) {
		return false // "Giles and Fenella Wragsby" read as a body: two given names the model knows make a couple
	}
	if !first.word || !first.cap || !given.word || !sur.word || !sur.cap {
		return false
	}
	if g > 0 && !first.sentStart && toks[g-1].word && (toks[g-1].cap && !sentenceWord(&toks[g-1]) && !rankBefore(&toks[g-1]) && !kinOpener(&toks[g-1]) || toks[g-1].is(clsWorkNoun) || toks[g-1].is(clsTitleNoun)) {
		return false // "Ann Kell and Pauline Sowerby", "Mrs Ann and …", "the biopic Ray and Mike Leigh's drama"
	}
	if g > 0 && toks[g-1].cap && honorificClass(toks[g-1].text) == "royal" {
		return false // "Prince William and Kate Middleton": a royal takes no surname
	}
	if !givenName(first.text) && !rareBeforeGiven(toks, g, &given) || givenName(sur.text) && !pairIntroduced(toks, g) {
		return false // a surname that is a given name too, unless the pair is set apart: "Dave and Julie Ambrose said"
	}
	if !givenName(given.text) && wordCasing(given.lower) == nlp.CasingLower {
		return false
	}
	return wordCasing(sur.lower) != nlp.CasingLower && !orgWords[sur.lower]
}

// rareGiven reports whether t may be a given name the model does not
// know: a capitalised word too rare to have a casing or a type, no word
// of a body's name ("Fenella", not "Holdings" nor "Northern").
func rareGiven(t *tok) bool {
	return t.cap && wordCasing(t.lower) == nlp.CasingUnknown && len(knownTypes(t.text)) == 0 && !orgWords[t.lower] && !strongOrgWords[t.lower]
}

// rankBefore reports whether t is a title that stands before a given
// name ("Dr Anil and Meera Chauhan", "Sir Ivo and Lady Kell"): any but
// the plain ones of address, which go before a surname ("Mrs Ann and …"
// is no couple's).
func rankBefore(t *tok) bool {
	switch strings.TrimSuffix(t.text, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mx", "Messrs":
		return false
	}
	return t.honorific()
}

// rareBeforeGiven reports whether toks[g], a word before "and" and
// given, may be a given name the model does not know: given is one it
// knows, toks[g] is a word too rare to have a casing or a type ("Aisling
// and Ben", not "Jones and Ben" nor "Leeds and Ben"), and the pair is
// introduced (pairIntroduced). Without the cue a rare word is as likely a mononym or a title closing
// a list ("Anastacia and Natasha Bedingfield", "Torreton for L'Equipier
// and Benoit Poelvoorde for Podium").
func rareBeforeGiven(toks []tok, g int, given *tok) bool {
	first := toks[g]
	if !givenName(given.text) || wordCasing(first.lower) != nlp.CasingUnknown || len(knownTypes(first.text)) > 0 {
		return false
	}
	return pairIntroduced(toks, g)
}

// pairIntroduced reports whether the pair of names that toks[g] opens is
// introduced as kin or a couple ("sisters Anoushka and Tamsin
// Fairweather", "a local couple, Ailsa and Ben Kell") or opens the
// sentence, as in a notice ("To Aisling and Ben Coutts, a daughter").
func pairIntroduced(toks []tok, g int) bool {
	first := toks[g]
	k := g - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	switch {
	case first.sentStart:
		return true
	case k < 0 || !toks[k].word:
		return false
	case toks[k].sentStart && k == g-1 && sentenceWord(&toks[k]):
		return true // "To Aisling and Ben Coutts"
	}
	return toks[k].is(clsKinship) || toks[k].lower == "couple"
}

// endsName reports whether a person's name the tagger read in the story
// ends in w after another word ("Ann Ovenden"): w is then a surname, and
// "Ovenden and Ben Coutts" names her, not an Ovenden Coutts.
func endsName(docs []*paraDoc, w string) bool {
	return personNameEndingIn(docs, w, func(string) bool { return true })
}

// personNameEndingIn reports whether a person's name of two words or
// more the tagger read in the story ends in w after a first word, lower
// case, that keep accepts.
func personNameEndingIn(docs []*paraDoc, w string, keep func(first string) bool) bool {
	for _, d := range docs {
		for _, sp := range d.spans {
			if sp.typ == "PER" && sp.e-sp.s >= 2 && d.toks[sp.e-1].lower == w && keep(d.toks[sp.s].lower) {
				return true
			}
		}
	}
	return false
}

// surnameOfAnother reports whether a person's name the tagger read in
// the story ends in surname sur after a first word that is neither
// given name of the pair, first nor given ("Tilly Haverford"), when the
// story also writes the surname alone ("Haverford is engaged"). Without
// a bare surname there are no mentions to split, and the third bearer
// is named in full: "Tom and Jenny Metcalfe" beside their son "Sam
// Metcalfe".
func surnameOfAnother(docs []*paraDoc, first, given, sur string) bool {
	return bareSurname(docs, sur) && personNameEndingIn(docs, sur, func(l string) bool { return l != first && l != given })
}

// sentenceWord reports whether t opens its sentence and is a word of the
// language written lower case elsewhere ("To Tom and Jo Kell", "Owners
// Len and Pauline Sowerby"), not a name.
func sentenceWord(t *tok) bool {
	return t.sentStart && wordCasing(t.lower) == nlp.CasingLower && !givenName(t.text)
}

// bareSurname reports whether a story writes surname sur alone, with no
// capitalised word before it ("Haverford is engaged", "Haverford's
// parents"), not after a given name or a title ("Sam Metcalfe", "Mr
// Ashby").
func bareSurname(docs []*paraDoc, sur string) bool {
	for _, d := range docs {
		for k := range d.toks {
			t := &d.toks[k]
			if t.lower == sur && t.cap && (k == 0 || !d.toks[k-1].word || !d.toks[k-1].cap) {
				return true
			}
		}
	}
	return false
}

package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file cuts a party or a nationality word that a tagger glued onto
// the front of a person's full name: "Tory Ivo Marsh branded …", "Lib
// Dem Ada Kell said", "Labour's Ada Kell", "Welshman Ivo Marsh won". The
// word says who the person sides with or where they come from; it is no
// part of the name. Only a word at the front goes, and only before a
// given name the model knows and more name words (any name words after a
// noun for one member of a nation), a town's or a region's word too
// ("Mancunian Priya Marsh", "Londoner Ada Kell"), so that a surname that is a party's
// word stays ("Ada Green", "Ivo Liberal") and so does a given name that
// is a nationality's ("Christian Marsh").

// leadingAffiliation returns how many words open words as a party or a
// nationality word glued onto a person's full name, and the party they
// name ("" for a nationality), or 0 when none does.
func leadingAffiliation(words []string) (int, string) {
	n, party := 0, ""
	for n < len(words) {
		w := words[n]
		var kb [32]byte
		l := string(appendLowerKey(kb[:0], w))
		if !nameLike(w) || givenName(w) {
			break
		}
		if p, ok := parties[l]; ok {
			next := ""
			if n+1 < len(words) {
				next = lowerKey(words[n+1])
			}
			switch {
			case l == "lib" && next == "dem":
				party = "Liberal Democrat" // "Lib Dem Ada Kell"
				n++
			case l == "liberal" && next == "democrat":
				party = "Liberal Democrat"
			case party == "":
				party = p
			}
			n++
			continue
		}
		if isNationalityL(l) || demonym(w) {
			n++
			continue
		}
		break
	}
	rest := words[n:]
	if n == 0 || len(rest) < 2 || !givenName(rest[0]) && !nationNoun(lowerKey(words[n-1])) || !tailIsName(rest) {
		return 0, ""
	}
	return n, party
}

// nationNouns are nouns for one member of a nation ("Welshman",
// "Briton"), which call a person and never open a name, so that the name
// after one needs no given name the model knows ("Welshman Gwilym
// Treharne").
var nationNouns = setOf(`briton brit scot swede spaniard kiwi aussie yankee welshman englishman
frenchman dutchman irishman scotsman welshwoman englishwoman frenchwoman dutchwoman irishwoman
scotswoman`)

func nationNoun(l string) bool { return nationNouns[l] }

// demonym reports whether w, no given name the model knows, is shaped
// like a word for where someone comes from that the nationality words
// leave out, a town's or a region's: made with "-ian" ("Mancunian",
// "Glaswegian", "Bristolian"), or with "-er" after a place the model
// knows ("Londoner", "Berliner").
func demonym(w string) bool {
	l := lowerKey(w)
	if givenName(w) || len(l) < 7 {
		return false
	}
	if strings.HasSuffix(l, "ian") {
		return wordCasing(l) != nlp.CasingLower
	}
	if stem, ok := strings.CutSuffix(w, "er"); ok {
		return slices.Contains(knownTypes(stem), "LOC")
	}
	return false
}

// partysOwnName reports whether words are a party's own name of more than
// one word ("Plaid Cymru", "Liberal Democrats"): a body, whatever the
// tagger read.
func partysOwnName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	p, ok := parties[lowerKey(words[0])]
	if !ok || !strings.Contains(p, " ") {
		return false
	}
	n := strings.Join(words, " ")
	return strings.EqualFold(n, p) || strings.EqualFold(n, p+"s")
}

// leadingTitleAffiliation returns how many words open words as a party or
// a nationality word before a royal's or a peer's title "of" a place
// ("Tory Lord Pelham of Stowe", "Labour Baroness Kell of Tarrow"), and
// the party they name, or 0: the title's own rules read the rest.
func leadingTitleAffiliation(words []string) (int, string) {
	if len(words) < 4 || !nameLike(words[0]) || givenName(words[0]) {
		return 0, ""
	}
	c := honorificClass(words[1])
	if c != "royal" && c != "peer" || words[2] != "of" && !(len(words) >= 5 && words[3] == "of") {
		return 0, ""
	}
	var kb [32]byte
	l := string(appendLowerKey(kb[:0], words[0]))
	if p, ok := parties[l]; ok {
		return 1, p
	}
	if isNationalityL(l) {
		return 1, ""
	}
	return 0, ""
}

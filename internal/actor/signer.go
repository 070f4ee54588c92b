package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// The shapes of a reader's sign-off that the letters pages print besides
// "Ada Kell, Corran" (signoff.go): a couple signing together ("Ada and
// Ivo Kell, Corran"), a county after a point of the compass, spelt out
// or abbreviated ("Corran, North Velmoshire", "Corran, N. Velmo."),
// whose first word the lexicon may know as a given name ("North"), and
// initials written as one word ("J.K., Corran").

// signerName returns the number of tokens from start, before a comma
// and before end, that spell a signer's name in title case: two or three
// capitalised words ("Ada Kell", "Ada Jo Kell"), or a couple sharing a
// surname, two given names joined by "and" or "&" before one or two
// capitalised words ("Ada and Ivo Kell"); or 0.
func signerName(toks []tok, start, end int) int {
	capWord := func(k int) bool { return k < end && toks[k].word && toks[k].cap }
	n := 0
	for capWord(start+n) && n < 4 {
		n++
	}
	if n == 1 && start+1 < end && (toks[start+1].lower == "and" || toks[start+1].text == "&") &&
		givenName(toks[start].text) && capWord(start+2) && givenName(toks[start+2].text) {
		w := 0
		for capWord(start+3+w) && w < 3 {
			w++
		}
		if w >= 1 && w <= 2 {
			n = 3 + w // "Ada and Ivo Kell"
		}
	} else if n < 2 || n > 3 {
		return 0
	}
	if start+n >= end || toks[start+n].text != "," {
		return 0
	}
	return n
}

// compassOpening returns the number of tokens at k that open a place's
// name with a point of the compass before another capitalised word: a
// capital initial and its full stop ("N. Velmo", "E. Velmoshire": 2) or
// the word spelt out ("North Velmoshire": 1); or 0.
func compassOpening(toks []tok, k, end int) int {
	switch {
	case k+2 < end && compassInitials[toks[k].text] && toks[k+1].text == "." && toks[k+2].word && toks[k+2].cap:
		return 2
	case k+1 < end && compassWords[toks[k].lower] && toks[k].cap && toks[k+1].word && toks[k+1].cap:
		return 1
	}
	return 0
}

// compassInitials abbreviate the points of the compass in a county's
// name: "N. Yorks", "W. Sussex".
var compassInitials = setOf(`N S E W`)

// dottedInitials reports whether w is two or more capital letters, each
// after the first behind a full stop, written as one word: "J.K", the
// tokenizer's reading of "J.K.".
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// inSignerInitials reports whether the tokens from s to e lie in a
// reader's initials signing the paragraph's last sentence with a town
// ("… What can I do? R. M., Corran."), where the tagger may read one
// initial alone as a person: a signer hides behind initials.
func inSignerInitials(toks []tok, s, e int) bool {
	start, ok := closedSentenceStart(toks, s)
	if !ok {
		return false
	}
	end := len(toks)
	if end > 0 && toks[end-1].text == "." {
		end--
	}
	n := signerInitials(toks, start, end)
	return n > 0 && e <= start+n && signOffTowns(toks, start+n, end, -1, false)
}

// unknownWords reports whether the lexicon knows none of the words of
// toks, in title case, as a word or a name of any kind: a signer's
// surname and a given name the model never saw ("ENID PARTRIDGE"),
// unlike a place or a body ("NEW YORK", "BBC NEWS").
func unknownWords(toks []tok) bool {
	for ti := range toks {
		t := &toks[ti]
		w := titleCase(t.text)
		if wordCasing(w) != nlp.CasingUnknown || wordCasing(strings.ToLower(w)) != nlp.CasingUnknown || len(knownTypes(w)) > 0 {
			return false
		}
	}
	return true
}

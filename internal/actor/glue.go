package actor

import "strings"

// This file cuts words a tagger glues onto the front of a name though
// they belong to the sentence: a match score before a competition ("a
// 2-1 Champions League win") and a preposition or an indefinite article
// opening the sentence ("In the Champions League all three …", "A Home
// Office spokesman said"). Titles that open with such a word ("In Good
// Company", "For Your Eyes Only", "A Room With A View") keep it: only
// when the rest is a name of its own, written without the word elsewhere
// in the story or known to the model's gazetteer, is the word glue.

// openingPrepositions may open a sentence before a name they govern.
var openingPrepositions = setOf(`in on at for from with by to after before against under over into
like since during despite without unlike behind beyond through throughout within among amid
between beside near towards toward upon across`)

// cutGlue returns span sp without the glue words that open it (see the
// comment at the top of glue.go), or sp unchanged.
func (st *story) cutGlue(d *paraDoc, sp span) span {
	toks := d.toks
	s := sp.s
	for s < sp.e && !toks[s].word {
		s++
	}
	if s+1 >= sp.e {
		return sp
	}
	if scoreWord(toks[s].text) && toks[s+1].word && toks[s+1].cap {
		sp.s = s + 1 // "a 3-0 FA Cup win": the score is the match's, not the cup's
		return sp
	}
	t := &toks[s]
	if !t.sentStart || !t.cap {
		return sp
	}
	article := t.lower == "a" || t.lower == "an"
	if !article && !openingPrepositions[t.lower] {
		return sp
	}
	rest := s + 1
	if !article && rest+1 < sp.e && toks[rest].lower == "the" {
		rest++ // "In the Champions League": the rest is "Champions League"
	}
	if !toks[rest].word || !toks[rest].cap {
		return sp
	}
	if article && !qualifiedNoun(toks, sp.e) {
		// "A Home Office spokesman": the article goes with the noun the
		// name qualifies. Without such a noun "A" may be an initial ("A
		// Hazell, M Dawson") or the title's own ("A Room With A View is
		// …").
		return sp
	}
	if st.titleElsewhere(d, s, sp.e) {
		return sp // "pushed Like Toy Soldiers from number one": the word is the title's
	}
	if !st.nameElsewhere(d, rest, sp.e, t.text) && !(sp.e-rest == 1 && len(knownTypes(toks[rest].text)) > 0) {
		return sp
	}
	sp.s = rest
	if rest > s+1 {
		sp.s = s + 1 // buildMention reads the "the"
	}
	return sp
}

// qualifiedNoun reports whether token k is a lower-case word a name
// before it may qualify: no verb or function word that would start the
// clause after a subject ("is", "said", "won").
func qualifiedNoun(toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].cap || isNumber(toks[k].text) {
		return false
	}
	l := toks[k].lower
	return !clauseWords[l] && !afterNounWords[l] && !strings.HasSuffix(l, "ed")
}

// scoreWord reports whether w is a match score: one or two digits, a
// hyphen, one or two digits ("2-1", "10-3").
func scoreWord(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 1 && len(a) <= 2 && len(b) >= 1 && len(b) <= 2 && isNumber(a) && isNumber(b)
}

// nameElsewhere reports whether the story writes the words of tokens
// s..e of paragraph d somewhere else, capitalised as here and not opening
// that place with the same glue word: the name stands on its own.
func (st *story) nameElsewhere(d *paraDoc, s, e int, glue string) bool {
	want := d.toks[s:e]
	for _, o := range st.docs {
		for k := 0; k+len(want) <= len(o.toks); k++ {
			if o == d && k == s {
				continue
			}
			if o.toks[k].text != want[0].text || !sameWords(o.toks[k:k+len(want)], want) {
				continue
			}
			if p := k - 1; p >= 0 && (o.toks[p].text == glue || p > 0 && o.toks[p].lower == "the" && o.toks[p-1].text == glue) {
				continue // the same glue again
			}
			if k+len(want) < len(o.toks) && o.toks[k+len(want)].word && o.toks[k+len(want)].cap {
				continue // part of a longer name
			}
			return true
		}
	}
	return false
}

// titleElsewhere reports whether the story writes tokens s..e of
// paragraph d, the opening word capitalised, inside a sentence too:
// there the capital says the word is part of the name.
func (st *story) titleElsewhere(d *paraDoc, s, e int) bool {
	want := d.toks[s:e]
	for _, o := range st.docs {
		for k := 0; k+len(want) <= len(o.toks); k++ {
			if !o.toks[k].sentStart && o.toks[k].text == want[0].text && sameWords(o.toks[k:k+len(want)], want) {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether two token runs of the same length have the
// same texts.
func sameWords(a, b []tok) bool {
	for i := range a {
		if a[i].text != b[i].text {
			return false
		}
	}
	return true
}

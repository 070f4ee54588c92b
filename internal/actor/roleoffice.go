package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// Offices named after what they are held in ("Governor of the Bank of
// Tarn", "US Secretary of State", "ambassador to France"), roles after
// a country's initials ("the US defence secretary") and the clause "who
// is" before a role.

// countryInitials reports whether t is a country's or a union's initials
// written in capitals ("US", "U.S.", "UK", "EU"), which may open a role
// like a nationality adjective; "us" in lower case is a pronoun.
func countryInitials(t *tok) bool {
	return t.cap && countryAbbreviations[strings.ReplaceAll(t.lower, ".", "")] && isAllCaps(t.text)
}

// initialsDot reports whether toks[k] is the full stop closing a
// country's initials inside a sentence ("U.S. envoy"), which the
// tokenizer splits off.
func initialsDot(toks []tok, k int) bool {
	return toks[k].text == "." && k > 0 && k+1 < len(toks) && toks[k-1].end == toks[k].start &&
		countryInitials(&toks[k-1]) && toks[k+1].word && !toks[k+1].sentStart
}

// lexiconName reports whether the lexicon knows t's word as a name, written
// with a capital in running text ("Tesco"): opening a sentence before a
// role noun it names the body the role is held in, unlike an ordinary
// word that happens to be capitalised there ("Recalling").
func lexiconName(t *tok) bool {
	return t.word && wordCasing(t.lower) == nlp.CasingUpper
}

// rolePreposition reports whether w may join a role noun to what the
// office is held in or over: "of", "at", "for", "in", "to", "with" ("an
// analyst with Numark").
func rolePreposition(w string) bool {
	switch w {
	case "of", "at", "for", "in", "to", "with":
		return true
	}
	return false
}

// trimRoleStart skips the words that cannot open a role phrase running
// from token s to end: punctuation, a leading preposition or "the",
// "new", which dates the role to the story ("new BBC director-general"),
// and a sum of money ("the £3.9m ex-United striker").
func trimRoleStart(toks []tok, s, end int) int {
	for s < end {
		t := &toks[s]
		if t.word && t.lower != "of" && t.lower != "for" && t.lower != "to" && t.lower != "the" &&
			!(t.lower == "new" && s+1 < end && toks[s+1].word) && !moneyFigure(t.text) {
			break
		}
		s++
	}
	return s
}

// heldFor returns the token after the last preposition in tokens s to
// last that follows a role noun and comes before another role noun: in
// "adviser to Prime Minister" the office after "to" is the named
// person's, not the adviser's. It returns -1 when there is none.
func heldFor(toks []tok, s, last int) int {
	cut := -1
	for j := s + 1; j < last; j++ {
		if (toks[j].lower == "of" || toks[j].lower == "to" || toks[j].lower == "for") && isRoleHeadL(toks[j-1].lower) {
			for h := j + 1; h <= last; h++ {
				if toks[h].word && isRoleHeadL(toks[h].lower) {
					cut = j + 1
					break
				}
			}
		}
	}
	return cut
}

// officeOf reports whether the phrase in tokens s to last is an office
// named after what it is held in: a role noun, "of", "to" or "for", and
// then only capitalised words, "of" and "the", ending in a capitalised
// word ("Secretary of State", "Governor of the Bank of Tarn",
// "ambassador to France").
func officeOf(p *paraDoc, s, last int) bool {
	toks := p.toks
	h := -1
	for j := s; j <= last; j++ {
		if toks[j].word && isRoleHeadL(toks[j].lower) {
			h = j
		}
	}
	if h < 0 || h+2 > last {
		return false
	}
	switch toks[h+1].lower {
	case "of", "to", "for":
	default:
		return false
	}
	for j := h + 2; j <= last; j++ {
		t := &toks[j]
		switch {
		case !t.word:
			return false
		case t.cap && !(t.lists()&inCommonCapitalised != 0):
		case t.lower == "of" || t.lower == "the" || t.lower == "for":
		default:
			return false
		}
	}
	return toks[last].cap
}

// relationBefore reports whether the role noun at head of an apposition
// starting at token s is held by someone the person is related to: a
// lower-case word that is no role word stands before a preposition
// ahead of it ("the son of the former president", "married to the chief
// executive", "a friend of the club's chairman").
func relationBefore(toks []tok, s, head int) bool {
	for j := s + 1; j < head; j++ {
		if !rolePreposition(toks[j].lower) {
			continue
		}
		prev := &toks[j-1]
		if prev.word && !prev.cap && !isRoleHeadL(prev.lower) && !(prev.lists()&inRoleModifiers != 0) {
			return true
		}
	}
	return false
}

// whoIs returns the token after "who is" (or "who's", with "now",
// "also" or "currently") starting at k, which says what a person is:
// "Jo Bloggs, who is chief executive of Acme, said". It returns k when
// there is no such clause; "who was" names an office held once, and is
// left alone.
func whoIs(toks []tok, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "who" {
		return k
	}
	switch toks[k+1].lower {
	case "is", "'s", "’s":
	default:
		return k
	}
	j := k + 2
	switch toks[j].lower {
	case "now", "also", "currently":
		j++
	}
	return j
}

// lostGivenName reports whether token last, before a name starting at
// token end, may be the name's given name that the tagger left out: a
// given name, or a capitalised word outside the tagger's names before a
// name of one word ("Spencer" of "Secretary of Energy Spencer Abraham").
func lostGivenName(p *paraDoc, last, end int) bool {
	if givenName(p.toks[last].text) {
		return true
	}
	one := end+1 >= len(p.toks) || !p.toks[end+1].word || !p.toks[end+1].cap
	return one && !p.inSpan(last)
}

// kinOf reports whether the role phrase before a comma and a name, with
// token before ahead of it, follows a kinship noun and "of": in "the
// wife of the ambassador, Jane Hart" the name may be the wife's.
func kinOf(toks []tok, before int) bool {
	j := before
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	return j >= 1 && toks[j].lower == "of" && isKinship(strings.TrimPrefix(toks[j-1].lower, "ex-"))
}

// listed reports whether the role phrase before a comma and a name, with
// token before ahead of it, follows another person's name and a comma:
// in "Tom Reid, the Governor of the Bank, Ann Bey and …" the office may
// be either's.
func listed(p *paraDoc, before int) bool {
	j := before
	if j >= 0 && p.toks[j].lower == "the" {
		j--
	}
	return j >= 1 && p.toks[j].text == "," && p.inPerson(j-1)
}

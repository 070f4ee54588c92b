package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// roleWord reports whether toks[k] may stand in a role phrase: a role
// noun, a modifier, a party, a nationality or another capitalised word
// (an organisation or place: "Tesco boss", "Bank of England Governor").
func roleWord(p *paraDoc, k int) bool {
	t := &p.toks[k]
	if !t.word {
		return false
	}
	l := t.lower
	if l == "and" || l == "the" || l == "a" || l == "an" {
		return false
	}
	in := t.lists()
	if t.is(clsRoleHead) || in&(inRoleModifiers|inParties) != 0 || t.is(clsNationality) || countryInitials(t) {
		return true
	}
	return t.cap && in&(noiseLists|inCommonCapitalised) == 0 && !p.inPerson(k) // no nationality, as read above
}

// premodRole reads a role phrase ending just before token end, as in
// "German Chancellor Friedrich Merz" or "Tesco boss Ken Murphy". With
// needHead the phrase must end in a role noun. It returns the phrase's
// first token (or -1 when there is none).
func premodRole(p *paraDoc, end int, needHead bool) (role, affil string, first int) {
	toks := p.toks
	k := end - 1
	s := end
	nouns := 0 // lower-case field nouns taken in
	for k >= 0 && end-k <= 7 {
		t := &toks[k]
		if isPossessive(t) && k > 0 && toks[k-1].word && toks[k-1].cap {
			k--
			continue
		}
		if k > 0 && isNumber(t.text) && toks[k-1].word && toks[k-1].cap {
			s = k // "Radio 4 host"
			k--
			continue
		}
		if k > 1 && strings.EqualFold(t.text, "the") && toks[k-1].text == "of" && s < end && toks[s].cap {
			if toks[k-2].word && toks[k-2].cap {
				s = k - 2 // "Match of the Day host", the sentence opening with it or not
				k -= 3
				if toks[s].sentStart {
					break
				}
				continue
			}
			s = k
			k--
			continue
		}
		if initialsDot(toks, k) && s == k+1 {
			s = k - 1 // "U.S. Secretary of State"
			k -= 2
			if toks[s].sentStart {
				break
			}
			continue
		}
		if t.lower == "to" && s == k+1 && toks[s].cap && k > 0 && isRoleHeadL(toks[k-1].lower) {
			s = k // "ambassador to France"
			k--
			continue
		}
		if brokenHyphen(toks, k) && s == k+1 {
			// "director- general", "non- executive": one word broken at
			// its hyphen.
			s = k - 1
			k -= 2
			if toks[s].sentStart {
				break
			}
			continue
		}
		if k == end-1 && !t.cap && personAgentNoun(t) {
			s = k // "the harbourmaster Ned Loveridge" (agentnoun.go)
			k--
			continue
		}
		if !roleWord(p, k) {
			if s == end-1-nouns && nouns < 2 && fieldNoun(t) && (isRoleHeadL(toks[end-1].lower) || personAgentNoun(&toks[end-1])) && !toks[end-1].cap &&
				!subjectBefore(p, k) && !(nouns > 0 && strings.HasSuffix(t.lower, "s")) {
				// "election chief", "airport authority chief": the
				// field of a lower-case head noun, next to it.
				nouns++
				s = k
				k--
				continue
			}
			break
		}
		if t.sentStart {
			// A capitalised word opening the sentence joins the role only
			// if it is a role word or a name the tagger found ("Recalling
			// Prime Minister …" reads as "Prime Minister").
			l := keyOf(t)
			_, party := parties[l]
			if isRoleHeadL(l) || roleModifiers[l] || party || isNationalityL(l) || countryInitials(t) || p.inSpan(k) || lexiconName(t) || bodyBeforeHead(toks, k, end) ||
				k == end-1 && personAgentNoun(t) { // "Harbourmaster Ned Loveridge said" (agentnoun.go)
				s = k
			}
			break
		}
		s = k
		k--
	}
	// Drop leading joiners and possessives, "new", which dates the role
	// to the story ("new BBC director-general"), and a sum of money
	// ("the £3.9m ex-United striker").
	s = trimRoleStart(toks, s, end)
	if s >= end {
		return "", "", -1
	}
	last := end - 1
	for last > s && !toks[last].word {
		last--
	}
	if c := heldFor(toks, s, last); c > s {
		// "adviser to Prime Minister Jo Bloggs": the office after the
		// preposition is the person's, not the adviser's.
		if s = trimRoleStart(toks, c, end); s >= end {
			return "", "", -1
		}
	}
	agent := last == end-1 && !toks[last].is(clsRoleHead) && personAgentNoun(&toks[last])
	if needHead && !toks[last].is(clsRoleHead) && !agent && !(last == end-1 && officeOf(p, s, last) && !lostGivenName(p, last, end)) {
		// An office "of" something needs the name right after it, not
		// after a possessive ("president of Climax's Action Studio"),
		// and no given name the tagger left out of the name ("Secretary
		// of Energy Spencer Abraham" when it found only "Abraham").
		return "", "", -1
	}
	// "will host Jo Bloggs", "to coach Ana Solis": a verb, not a role;
	// "asset manager Frenkel Topping": a kind of firm.
	if s == last && !toks[s].cap && s > 0 && (auxiliaries[toks[s-1].lower] || marketWords[toks[s-1].lower]) {
		return "", "", -1
	}
	if firmDescriptor(toks, last, end) {
		return "", "", -1 // "asset manager Frenkel Topping", "fund manager Janus Henderson"
	}
	hasHead := agent
	for k := s; k <= last; k++ {
		if toks[k].word && isRoleHeadL(toks[k].lower) {
			hasHead = true
		}
	}
	if !hasHead && needHead {
		return "", "", -1
	}
	if !needHead && !hasHead {
		// Only modifiers such as "German" in front of a split title.
		for k := s; k <= last; k++ {
			if l := keyOf(&toks[k]); !isNationalityL(l) && !roleModifiers[l] && !countryInitials(&toks[k]) {
				if _, ok := parties[l]; !ok {
					return "", "", -1
				}
			}
		}
	}
	return sentenceCase(p, s, last, roleText(p, s, last)), affiliationOf(p, s, last+1), s
}

// lowerNext reports whether the first word of toks other than a joiner
// is in lower case: "executive" of "Chief executive", not "Affairs" of
// "Home Affairs spokesman" or "Rings" of "Lord of the Rings director".
func lowerNext(toks []tok) bool {
	for ti := range toks {
		t := &toks[ti]
		switch {
		case !t.word, joiners[t.lower], t.lower == "to":
		default:
			return !t.cap
		}
	}
	return false
}

// timeWords say when a role was held; written in lower case, they open
// a role as "former" does ("former Labour leader").
var timeWords = setOf(`former then outgoing incoming acting interim late current sitting serving`)

// sentenceCase lower-cases the first word of a role (tokens s to last,
// text r) that has its capital only because it opens the sentence:
// "Former Labour leader" → "former Labour leader", "Chief executive" →
// "chief executive": a time word, or a role word followed by a word in
// lower case. A title in capitals ("Chief Executive", "Home Affairs
// spokesman") keeps them, unless a time word opens it ("former Prime
// Minister"); so do a role of one word, which may be a title before a
// name ("Chancellor Gordon Brown"), names, parties and nationalities
// ("Labour MP") and words in capitals ("MP").
func sentenceCase(p *paraDoc, s, last int, r string) string {
	t := &p.toks[s]
	if !t.sentStart || !t.cap || len(t.text) < 2 || strings.ToLower(t.text[1:]) != t.text[1:] {
		return r
	}
	l := t.lower
	bare := strings.TrimPrefix(l, "ex-")
	switch {
	case timeWords[l] || bare != l && isRoleHeadL(bare):
	case !isRoleHeadL(l) && !roleModifiers[l]:
		return r
	case !lowerNext(p.toks[s+1 : last+1]):
		return r
	}
	if _, party := parties[l]; party || isNationalityL(l) || p.inSpan(s) {
		return r
	}
	return strings.ToLower(r[:1]) + r[1:]
}

// bodyBeforeHead reports whether toks[k] is the noun of a body ("Council",
// "Club", "Party") right before the lower-case role noun that ends the
// phrase at end: "Council leader Maria Okoye" opening a sentence.
func bodyBeforeHead(toks []tok, k, end int) bool {
	return k+2 == end && headBits(toks[k].lower)&orgHead != 0 && !toks[k+1].cap && isRoleHeadL(toks[k+1].lower)
}

// brokenHyphen reports whether toks[k] is a hyphen glued to the word
// before it but not to the word after: "director- general", a compound
// broken where a line once ended.
func brokenHyphen(toks []tok, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	t := &toks[k]
	return t.text == "-" && toks[k-1].word && toks[k-1].end == t.start && toks[k+1].word && toks[k+1].start > t.end
}

// roleText returns the text of tokens s to last, spaced normally and with
// a compound broken at its hyphen joined again ("director-general").
func roleText(p *paraDoc, s, last int) string {
	r := normSpace(p.text[p.toks[s].start:p.toks[last].end])
	for k := s + 1; k < last; k++ {
		if brokenHyphen(p.toks, k) {
			r = strings.Replace(r, p.toks[k-1].text+"- ", p.toks[k-1].text+"-", 1)
		}
	}
	return r
}

// fieldNoun reports whether t may be a lower-case noun naming the field
// of a role: a common word that is no function word, verb form or
// adverb ("election" of "election chief", not "will", "said", "newly").
func fieldNoun(t *tok) bool {
	l := t.lower
	for _, pre := range [...]string{"ex-", "former-"} {
		if rest, ok := strings.CutPrefix(l, pre); ok && (roleModifiers[rest] || len(rest) > 2 && wordCasing(rest) != nlp.CasingUnknown) {
			return true // "ex-finance chief"
		}
	}
	if !t.word || t.cap || len(l) < 3 || clauseWords[l] || afterNounWords[l] || auxiliaries[l] || fieldStops[l] {
		return false
	}
	if strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing") && l != "banking" && l != "marketing" {
		return false
	}
	c := wordCasing(l)
	return c == nlp.CasingLower || c == nlp.CasingMixed // "election", "authority"
}

// fieldStops are common words before a role noun that name no field:
// function words, adjectives of time and rank, and verbs that take a
// person as object ("the film stars actress Ann Bell").
var fieldStops = setOf(`the a an of for to with by from at in on as its his her their our my your
new old top big own rival fellow current previous ex one two three four five many some every
each other another such same former late great good best well all any more most very just only
year years day days week weeks month months time times afterwards meanwhile
play plays star stars feature features include includes claim claims oust ousts beat beats meet
meets join joins hire hires name names replace replaces sack sacks appoint appoints back backs
sign signs quit quits face faces thank thanks praise praises blame blames argue argues
says without within main between alongside against among after before during under over into
onto upon across behind beyond near via whether if unless because although though`)

// subjectBefore reports whether the word before token k looks like the
// subject of a verb at k: a number or a word of a person's name ("Radio
// 2 include singer", "DiCaprio plays millionaire").
func subjectBefore(p *paraDoc, k int) bool {
	return k > 0 && (isNumber(p.toks[k-1].text) || p.inPerson(k-1) || p.toks[k-1].cap && !roleWord(p, k-1))
}

// auxiliaries before a role noun make it a verb.
var auxiliaries = setOf(`to will would can could should may might must did does do not never also
shall 'll who which that`)

// clauseWords start or carry a clause; an apposition holds none.
var clauseWords = setOf(`who whom whose which that is was are were has had have will would can
could should may might must did does do be been being said says told added not and or but if
when while as because after before since until than then so he she it they we you i his her
its their our my your him them us me this these those there here`)

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// roleRef is a role noun used in place of a name: "the Chancellor".
type roleRef struct {
	s, e    int // tokens, "the" included
	surface string
	role    string // normalised: lower case, "PM" spelt out
}

// findRoleRefs finds "the" + role phrases that may point to a named
// holder. The phrase needs a capital ("the Chancellor", "the Tory
// leader", "The PM") and must not run into a name.
func findRoleRefs(p *paraDoc) []roleRef {
	toks := p.toks
	var out []roleRef
	for i := 0; i+1 < len(toks); i++ {
		if len(toks[i].text) != 3 || !strings.EqualFold(toks[i].text, "the") {
			continue // only ASCII letters fold to "the"'s
		}
		k := i + 1
		lastHead := -1
		hasCap := false
		for k < len(toks) && k-i <= 4 && toks[k].word {
			t := &toks[k]
			l, in := t.lower, t.lists() // a word's key, its lists
			if !(t.is(clsRoleHead) || in&(inRoleModifiers|inParties) != 0 || (t.cap && in&inCommonCapitalised == 0 && !t.noise())) || l == "the" || l == "and" {
				break
			}
			if t.cap {
				hasCap = true
			}
			if t.is(clsRoleHead) {
				lastHead = k
			}
			k++
		}
		if lastHead < 0 || !hasCap {
			continue
		}
		e := lastHead + 1
		if e < len(toks) && toks[e].word && toks[e].cap {
			continue // "the Chancellor Rachel Reeves": a pre-modifier
		}
		words := make([]string, 0, e-i-1)
		for j := i + 1; j < e; j++ {
			words = append(words, toks[j].lower)
		}
		out = append(out, roleRef{
			s: i, e: e,
			surface: normSpace("the " + p.text[toks[i+1].start:toks[e-1].end]),
			role:    normRole(strings.Join(words, " ")),
		})
		i = e - 1
	}
	return out
}

// normRole lower-cases a role and spells out common abbreviations and
// clipped party words.
func normRole(r string) string {
	r = strings.ToLower(normSpace(r))
	f := strings.Fields(r)
	for i, w := range f {
		switch w {
		case "pm":
			f[i] = "prime minister"
		case "tory", "tories", "conservatives":
			f[i] = "conservative"
		case "ceo":
			f[i] = "chief executive"
		default:
			if p := partyUnclipped(w); p != "" {
				f[i] = p // "Lib Dem leader": "liberal democrat leader"
			}
		}
	}
	return strings.Join(f, " ")
}

// roleMatches reports whether a role reference (the words rw of a
// normalised one) denotes an actor with the given roles and affiliation:
// every word of the reference must occur in one role, which must end in
// the same head noun; a party in the reference may instead match the
// affiliation. roles holds the words of each normalised role (normalised
// again), af the affiliation in lower case and afNorm that normalised.
func roleMatches(rw []string, roles [][]string, af, afNorm string) bool {
	if len(rw) == 0 {
		return false
	}
	head := rw[len(rw)-1]
	for _, have := range roles {
		if len(have) == 0 || have[len(have)-1] != head || changesOffice(have, rw) {
			continue
		}
		ok := true
		for _, w := range rw[:len(rw)-1] {
			if !contains(have, w) && !(af != "" && strings.Contains(afNorm, w)) && w != "the" {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// officeChangers before a role noun name another office than the noun
// alone: the shadow chancellor, a former or deputy leader, is not "the
// Chancellor" or "the leader".
var officeChangers = setOf(`shadow former deputy vice assistant junior ex then late outgoing
retired`)

// changesOffice reports whether role words have (before the head) hold an
// officeChangers word that the reference rw lacks.
func changesOffice(have, rw []string) bool {
	for _, w := range have[:len(have)-1] {
		if officeChangers[w] && !contains(rw, w) {
			return true
		}
	}
	return false
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// firmDescriptor reports whether the role noun at token k, right before
// the name starting at token name, is "manager" after a word of markets
// ("asset manager", "fund manager") and the name does not open with a
// given name: a firm that manages money, not a person who does
// ("fund manager Nick Train").
func firmDescriptor(toks []tok, k, name int) bool {
	if k < 1 || k+1 != name || name >= len(toks) {
		return false
	}
	l := toks[k].lower
	return (l == "manager" || l == "managers") && marketWords[toks[k-1].lower] && !toks[k-1].cap && !givenName(toks[name].text)
}

// moneyFigure reports whether w is a number with a multiplier, as sums
// are written: "£3.9m", "20bn", "500k".
func moneyFigure(w string) bool {
	w = strings.TrimLeft(w, "£$€")
	n := strings.TrimRight(w, "mbnk")
	return n != w && n != "" && n[0] != '.' && isNumber(strings.Replace(n, ".", "", 1))
}

package thread

import "strings"

// A report of a cut tells it by a verb and its object: "Brackley Foods
// is to cut 120 jobs at its bakery", "Pelham Water halved its interim
// dividend", "the chain has slashed the price of 300 items". A
// sub-editor names the matter by the object and the noun of the verb:
// "Brackley Foods job cuts", "Pelham Water dividend cut", "price cut".
// The cut rule finds such a verb in the lead's first sentence, active
// (not "were cut", which another party did to the subject), not in a
// relative clause ("which cut its dividend last year"), and takes its
// object: past determiners, a dropped figure, words of quantity ("about
// 300 jobs", "one of its three shifts") and modifiers that are no nouns
// ("interim"), up to its head, a lower-case noun. The label is the
// label's name, the head (singular: "job") and "cut", or "cuts" for a
// plural object. A share move's cause counts ("fell 6 per cent after
// halving its dividend": the cut is the news); the rule gives way when
// the event-noun rule found an event ("is to close after the council
// cut its grant"). Idioms of "cut" whose
// object is no measure ("cut ties", "cut corners", "cut the ribbon")
// and "cut" followed by a particle ("cut back", "cut off") tell no cut.

// cutVerbs are the verb forms of a cut.
var cutVerbs = toSet(`cut cuts cutting slash slashes slashed slashing halve halves halved halving trim trims trimmed trimming axe axes axed axing`)

// cutSkip are the words between a cut verb and its object's head that
// tell no thing: determiners of quantity and approximations.
var cutSkip = toSet(`its their the his her our a an some about around almost nearly up to more than over another further by`)

// cutIdioms are objects that make "cut" an idiom, not a cut of a measure.
var cutIdioms = toSet(`ties corners ribbon cord deal figure cake losses`)

// cutQuantity are heads of quantity whose "of" phrase holds the thing
// cut ("one of its shifts", "half of its staff").
var cutQuantity = toSet(`one some most half third quarter many hundreds thousands dozens`)

// cutRatings are the objects of an analyst's cut, which the City calls
// a downgrade ("cut its rating to 'sell'").
var cutRatings = toSet(`rating ratings recommendation`)

// cutParticles after the verb make a phrasal verb.
var cutParticles = toSet(`back off out down short`)

// leadCut returns the head of the cut's object in lead, the thread's lead
// paragraph, as lead[at], and whether it is plural.
func (lb *labeler) leadCut(lead []word) (at int, plural, ok bool) {
	n := min(len(lead), shiftWords)
	for i := range leadScan(lead, n, true) {
		if _, v := cutVerbs[strings.ToLower(lead[i].surface)]; !v {
			continue
		}
		prev := strings.ToLower(lead[i-1].surface)
		if _, be := passiveBe[prev]; be {
			continue // "jobs were cut"
		}
		if cutRelative(lead, i) || !cutMain(lead, i, n) {
			continue
		}
		if h, ok := lb.cutObject(lead, i+1, n); ok {
			return h, pluralNoun(lead[h]), true
		}
	}
	return 0, false, false
}

// cutRelative reports whether the cut verb lead[i] follows a relative
// pronoun in its clause ("which has cut", "where the new director has
// cut", "which faces closure after the council cut").
func cutRelative(lead []word, i int) bool {
	for j := i - 1; j >= 0; j-- {
		l := strings.ToLower(lead[j].surface)
		if _, rel := fateRelative[l]; rel && j > 0 {
			return true
		}
		if _, rel := shiftRelative[l]; rel && j > 0 {
			return true
		}
		if !lead[j].joined {
			return false
		}
	}
	return false
}

// cutObject returns the head of the object that starts at lead[from]:
// the last lower-case noun of the phrase past cutSkip words, numbers and
// modifiers, and past a quantity's "of".
func (lb *labeler) cutObject(lead []word, from, n int) (int, bool) {
	j := from
	if j >= n {
		return 0, false
	}
	if _, p := cutParticles[strings.ToLower(lead[j].surface)]; p {
		return 0, false // "cut back", "cut off"
	}
	for hop := 0; hop < 2; hop++ {
		for j < n && (j == from || lead[j].joined || !lead[j].upper) && j-from < 6 {
			l := strings.ToLower(lead[j].surface)
			if _, s := cutSkip[l]; s || numberWord(lead[j]) || lead[j].lex&lexFigure != 0 {
				j++
				continue
			}
			break
		}
		if j >= n || lead[j].upper || lead[j].stop || lead[j].afterA {
			return 0, false // no object, or "a": "cut a hole" is no cut of a measure
		}
		h := j
		for h+1 < n && lead[h+1].joined && lb.shiftModifier(lead[h+1]) {
			h++
		}
		if h+1 < n && lead[h+1].joined && strings.EqualFold(lead[h+1].surface, "of") {
			if _, q := cutQuantity[strings.ToLower(lead[h].surface)]; q && h == j {
				j = h + 2 // "one of its three shifts"
				from = j
				continue
			}
		}
		if !lb.shiftNoun(lead[h]) {
			return 0, false
		}
		if _, idiom := cutIdioms[strings.ToLower(lead[h].surface)]; idiom {
			return 0, false
		}
		return h, true
	}
	return 0, false
}

// cutLabel returns label (whose first nameLen words are the name) with
// its topic replaced by the singular of the cut's object lead[at] and
// "cut" or "cuts".
func cutLabel(label []string, nameLen int, lead []word, at int, plural bool) []string {
	obj := strings.ToLower(lead[at].surface)
	if _, ok := cutRatings[obj]; ok {
		return append(label[:nameLen:nameLen], "broker", "downgrade") // an analyst's view: "broker downgrade"
	}
	out := append(label[:nameLen:nameLen], singular(obj))
	if plural {
		return append(out, "cuts")
	}
	return append(out, "cut")
}

// cutAux are the words between a cut's subject and its verb.
var cutAux = toSet(`has have had is are was were will to also now just set plans plan`)

// cutToHeads are the words before "to" that make "to cut" the subject's
// plan ("is to cut", "plans to cut"), not a purpose.
var cutToHeads = toSet(`is are was were plans plan planning set expected due`)

// cutToAux reports whether w is one of cutToHeads.
func cutToAux(w word) bool {
	_, ok := cutToHeads[strings.ToLower(w.surface)]
	return ok
}

// cutAfterWords is the most words of the subject between "after" and a
// cut verb that is a share move's cause ("after the water firm cut").
const cutAfterWords = 5

// cutMain reports whether the cut verb lead[i] is the lead's own: right
// after (past auxiliaries) the sentence's opening subject, a name or an
// apposition to the opening name, or the cause of a share move told by
// a figure before "after": "after cutting its dividend", "after the oil
// producer halved" (but not "is to close after the council cut its
// grant", where the closure is the news).
func cutMain(lead []word, i, n int) bool {
	p := i
	for p > 0 && lead[p].joined {
		l := strings.ToLower(lead[p-1].surface)
		if _, ok := cutAux[l]; !ok {
			break
		}
		if l == "to" && (p < 2 || !cutToAux(lead[p-2])) {
			return false // a purpose: "moved its brewing to cut costs"
		}
		p--
	}
	if p == 0 {
		return false
	}
	s0, h1, ok := openingPhrase(lead, n)
	if ok && p == h1 {
		return true // "Councils have cut"
	}
	if !lead[p].joined {
		// after an apposition to the opening name: "Pelham Water, the
		// county's supplier, has cut"
		return ok && h1 < p && !lead[h1].joined && nameRun(lead[s0:h1]) && p-h1 <= cutAfterWords+3
	}
	if lead[p-1].name || lead[p-1].upper {
		return true // "Tidewell Water cut", "Harwood's has cut"
	}
	for j := p - 1; j >= 0 && j >= p-1-cutAfterWords; j-- {
		l := strings.ToLower(lead[j].surface)
		if l == "after" {
			return shareMoveBefore(lead, j) // "fell 6 per cent after", not "is to close after"
		}
		if !lead[j].joined || lead[j].stop && lead[j].lex&lexDet == 0 {
			return false
		}
	}
	return false
}

// shareMoveBefore reports whether the sentence before lead[j] tells a
// share move by a figure ("fell 6 per cent, or 9p, to 141p").
func shareMoveBefore(lead []word, j int) bool {
	for k := j - 1; k >= 0; k-- {
		w := lead[k]
		if w.lex&lexFigure != 0 || strings.EqualFold(w.surface, "cent") {
			return true
		}
		if w.opensSentence() {
			return false
		}
	}
	return false
}

package actor

import "strings"

// Racehorses bear names shaped like people's ("Lady Maud", "Copper
// Kettle", "Mister Tarrow"), and race reports speak of them as of
// people. In a paragraph of racing, what is said right after the name
// tells a horse: its odds in apposition ("Bosanko Belle, a 20-1
// chance,", "…, the 5-2 favourite", "…, backed from 33-1"), or its
// trainer or rider ("Lady Maud, trained by Ada Kell,"); so does a rider's
// verb before a name shaped like a horse's ("who rode Sir Tarrow to
// victory", "has ridden Lady Maud in all her wins"), or odds later in
// its clause ("Lord Corran won the National at odds of 50-1").

// oddsNouns after odds name the runner they are given to: "a 20-1
// chance", "the 5-2 favourite".
var oddsNouns = setOf(`chance shot favourite favorite outsider joint-favourite`)

// racingWords in a paragraph make it one about horse racing (boxers and
// golfers have trainers and odds too).
var racingWords = setOf(`jockey jockeys handicap hurdle hurdles furlong furlongs gelding mare filly
colt racecourse steeplechase point-to-point ridden fences lengths`)

// isOdds reports whether w, a lower-cased token, is a bookmaker's odds:
// "20-1", "100-30", "evens".
func isOdds(w string) bool {
	if w == "evens" {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && isNumber(a) && isNumber(b)
}

// racehorseCue reports whether the words after the name of m, in a
// paragraph of racing, speak of a racehorse: "trained by" or "ridden by"
// in apposition ("Lady Maud, trained by Ada Kell near Velby, won the
// handicap"), or odds in apposition, for a name that opens with no given
// name or is a title and one word ("Bosanko Belle, a 20-1 chance,",
// "Lady Maud, the 5-2 favourite"; not "Ada Kell, the 8-1 favourite": a
// given name and a surname need more than odds).
func racehorseCue(toks []tok, m *mention) bool {
	e := m.e
	if e+2 >= len(toks) || toks[e].text != "," || len(m.name) == 0 || !racingParagraph(toks) {
		return false
	}
	a, b := toks[e+1].lower, toks[e+2].lower
	if (a == "trained" || a == "ridden") && b == "by" {
		return true
	}
	if givenName(m.name[0]) && !(m.hon != "" && len(m.name) == 1) {
		return false
	}
	switch {
	case a == "backed" && (b == "from" || b == "at" || b == "into"):
		return e+3 < len(toks) && isOdds(toks[e+3].lower)
	case a == "a" || a == "an" || a == "the":
		return isOdds(b) && e+3 < len(toks) && oddsNouns[toks[e+3].lower]
	}
	return false
}

// racingParagraph reports whether a racing word stands among toks.
func racingParagraph(toks []tok) bool {
	for _, t := range toks {
		if t.word && !t.cap && racingWords[t.lower] {
			return true
		}
	}
	return false
}

// ridingVerbs are a jockey's verbs, whose object is a horse: "rode Lady
// Maud to victory", "has ridden Lady Maud".
var ridingVerbs = setOf(`rode ridden riding ride rides partnered`)

// racehorseAround reports whether, in a paragraph of racing, the words
// around the name of m speak of a racehorse: a rider's verb right before
// it, or odds later in its clause before any other name but a race's
// after "the" ("Lord Corran won the Velby National at odds of 50-1",
// "Bosanko Belle went off at 9-2"),
// for a name shaped like a horse's, a title opening it or no given name
// the model knows first ("Ada Kell rode Lord Corran" rides a horse, "ridden
// by Ada Kell" is the rider's).
func racehorseAround(toks []tok, m *mention) bool {
	if len(m.name) == 0 || m.hon == "" && givenName(m.name[0]) || !racingParagraph(toks) {
		return false
	}
	if k := m.s - 1; k >= 0 && ridingVerbs[toks[k].lower] && !toks[k].cap {
		return true
	}
	the := false // inside a name after "the": a race's, not a runner's
	for k := m.e; k < len(toks) && k < m.e+12; k++ {
		t := toks[k]
		the = t.word && (t.lower == "the" || the && t.cap)
		if t.sentStart || t.word && t.cap && !the || t.text == ";" {
			return false
		}
		if isOdds(t.lower) && t.lower != "evens" && k >= 2 && (toks[k-1].lower == "of" && toks[k-2].lower == "odds" || toks[k-1].lower == "at") {
			return true
		}
	}
	return false
}

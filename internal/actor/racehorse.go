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
colt racecourse steeplechase point-to-point ridden fences lengths each-way handicapper racehorse
racehorses novices stablemate thoroughbred gallops`)

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
func racehorseCue(d *paraDoc, m *mention) bool {
	toks, e := d.toks, m.e
	if e+2 >= len(toks) || toks[e].text != "," || len(m.name) == 0 || !d.racingParagraph() {
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

// racingParagraph reports whether a racing word stands among the
// paragraph's tokens. The rules ask it for every name they test, so the
// answer is kept.
func (d *paraDoc) racingParagraph() bool {
	if d.racing == 0 {
		d.racing = 1
		if d.has(clsRacingWord) && racingParagraph(d.toks) {
			d.racing = 2
		}
	}
	return d.racing == 2
}

// racingParagraph reports whether a racing word stands among toks.
func racingParagraph(toks []tok) bool {
	for ti := range toks {
		t := &toks[ti]
		if t.word && (!t.cap || t.sentStart) && t.is(clsRacingWord) {
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
func racehorseAround(d *paraDoc, m *mention) bool {
	toks := d.toks
	if !d.racingParagraph() || len(m.name) == 0 || m.hon == "" && givenName(m.name[0]) {
		return false
	}
	k := m.s - 1
	if k > 0 && len(m.roles) > 0 && toks[k].cap && !toks[k].sentStart && (toks[k].honorific() || isRoleHeadL(toks[k].lower)) {
		k-- // "rode Captain Corran", the title read as a role
	}
	if k >= 0 && ridingVerbs[toks[k].lower] && !toks[k].cap {
		return true
	}
	the := false // inside a name after "the": a race's, not a runner's
	for k := m.e; k < len(toks) && k < m.e+12; k++ {
		t := &toks[k]
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

// racingStory reports whether the story's lower-case words (lower) hold
// two racing words or more: one alone may be a figure of speech ("the
// hurdle ministers set", "the plot gallops").
func racingStory(lower map[string]bool) bool {
	n := 0
	for w := range racingWords {
		if lower[w] {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// horseTitles open racehorses' names as often as people's: "Mister
// Tarrow", "Uncle Brannock", "Lady Velma", "Father Corran".
var horseTitles = setOf(`sir lady lord dame earl duke duchess countess baron baroness mister
master uncle auntie aunt father captain major colonel general king queen prince princess`)

// racehorseTitled reports whether m, a name opened by a title a
// racehorse's often is (horseTitles, not "Mr" or "Mrs"), stands in a
// paragraph of racing with nothing said of a person at this mention: no
// role, no title "of" a place, no speech beside it, no age or
// possessive after it ("Mister Tarrow finished fourth", "held off Uncle
// Brannock"; not "Sir Ivo Marsh said", "Lady Velma's horse", "trainer
// Sir Ivo Marsh"). Owners and trainers in such a paragraph are given
// their trade or their horse.
func racehorseTitled(d *paraDoc, m *mention) bool {
	toks := d.toks
	if m.ofTitle || len(m.roles) > 0 || len(m.name) == 0 {
		return false
	}
	title := strings.ToLower(strings.TrimSuffix(m.hon, "."))
	if title == "" {
		if len(m.name) < 2 {
			return false
		}
		title = strings.ToLower(m.name[0])
	}
	if !horseTitles[title] || !d.racingParagraph() || saidBeside(toks, span{s: m.s, e: m.e}) {
		return false
	}
	e := m.e
	if e < len(toks) && isPossessive(&toks[e]) || e+1 < len(toks) && toks[e].text == "," && isNumber(toks[e+1].lower) {
		return false
	}
	if s := m.s - 1; s >= 0 && toks[s].word && !toks[s].cap && isRoleHeadL(toks[s].lower) {
		return false
	}
	return true
}

// riderOwned reports whether the name ending at token e goes on with a
// possessive and a rider's noun: "Miss Velma's rider, Ada Kell,", "Lord
// Corran's jockey". People have trainers; only horses have riders.
func riderOwned(toks []tok, e int) bool {
	return e+1 < len(toks) && isPossessive(&toks[e]) && (toks[e+1].lower == "rider" || toks[e+1].lower == "jockey")
}

// racecardEntry reports whether the name of m follows a race's time in
// a line of selections, maybe after one capitalised word of the horse's
// name the tagger left out: "3.05 Mister Tarrow; 3.35 Big Ada Kell",
// the time after the paragraph's start, a colon, a semicolon or a comma.
func racecardEntry(toks []tok, m *mention) bool {
	k := m.s - 1
	if k >= 1 && toks[k].word && toks[k].cap && !isRaceTime(toks[k].text) {
		k--
	}
	if k < 0 || !isRaceTime(toks[k].text) {
		return false
	}
	return k == 0 || toks[k-1].text == ";" || toks[k-1].text == ":" || toks[k-1].text == ","
}

// isRaceTime reports whether w is a time of day written as racecards
// do, an hour and two digits of minutes after a full stop: "3.05",
// "11.35".
func isRaceTime(w string) bool {
	h, mm, ok := strings.Cut(w, ".")
	return ok && len(mm) == 2 && (len(h) == 1 || len(h) == 2) && isNumber(h) && isNumber(mm) && mm < "60" && h != "0" && (len(h) == 1 || h <= "12")
}

package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds rules on capitalised words that are not names though a
// tagger takes them for names: a trade noun heading a sentence before a
// company's name ("Oiler Egdon Resources", "Housebuilder Bellway"), a
// word that only qualifies the noun after it ("a Ponzi scheme", "the
// Communist regime") and an adjective made with "-able" ("Zoomable").

// descriptorLead reports whether the first word of mention m, which opens
// its sentence, is a trade noun describing the body named after it: an
// agent noun ("Oiler", "Miner", "Retailer") that the story or the lexicon
// writes in lower case or that is made from such a word, before a
// capitalised word the lexicon does not know as a common word (any
// capitalised word after a trade noun of businessNouns).
func (st *story) descriptorLead(d *paraDoc, m *mention) bool {
	if m.kind == Person || len(m.name) < 2 || m.hon != "" || m.the || !d.toks[m.s].sentStart {
		return false
	}
	l := lowerKey(m.name[0])
	if !agentNoun(l) || isNoiseL(l) || commonCapitalised[l] || clauseWords[l] {
		return false
	}
	if !businessNouns[l] && !st.ordinaryWord(l) && !(wordCasing(l) == nlp.CasingUnknown && st.madeFromWord(l)) {
		return false
	}
	next := m.name[1]
	if !nameLike(next) || particles[next] || isAllCaps(m.name[0]) {
		return false
	}
	if businessNouns[l] {
		return true // "Miner Base Resources", "Caterer Compass"
	}
	// "Power Corporation", "Summer Olympics": a common noun after an
	// ordinary word makes a name with it.
	c := wordCasing(lowerKey(next))
	return c != nlp.CasingLower && c != nlp.CasingMixed
}

// agentNoun reports whether l ends like a noun for someone or something
// that does something: "miner", "operator", "oiler".
func agentNoun(l string) bool {
	return len(l) >= 5 && (strings.HasSuffix(l, "er") || strings.HasSuffix(l, "or"))
}

// cutDescriptor takes a trade noun that opens m off its name (see
// descriptorLead); the noun says m is an organisation (kindEvidence).
func (st *story) cutDescriptor(d *paraDoc, m *mention) {
	if !st.descriptorLead(d, m) {
		return
	}
	m.name = m.name[1:]
	k := m.s + 1
	for k < m.e && !d.toks[k].word {
		k++
	}
	m.s, m.from = k, k
	m.surface = normSpace(d.text[d.toks[k].start:d.toks[m.e-1].end])
	m.lead = true
}

// qualifierOnly reports whether mention m, a one-word name, stands right
// before a lower-case word it qualifies ("Ponzi scheme", "Communist
// regime", "Arts and Crafts church"), with no context that speaks of a
// body or a place.
func qualifierOnly(d *paraDoc, m *mention) bool {
	if len(m.name) != 1 || m.e >= len(d.toks) || m.oev > 0 || m.lev > 0 || m.xev > 0 {
		return false
	}
	e := m.e
	if e+2 < len(d.toks) && d.toks[e].text == "and" && d.toks[e+1].cap && !d.inSpan(e+1) && !(d.toks[e+1].lists()&inCommonCapitalised != 0) {
		e += 2 // "an Arts and Crafts church", the second word untagged
	}
	t := &d.toks[e]
	if !t.word || t.cap || isNumber(t.text) {
		return false
	}
	l := t.lower
	if clauseWords[l] || afterNounWords[l] || commonCapitalised[l] || particles[l] || isRoleNounL(l) || orgFollowers[l] || businessNounPlural(l) || mediaNouns[l] || l == "television" || sportPositions[l] {
		return false
	}
	return !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ly")
}

// sportPositions after a club's name make a player of it: "the Sale wing",
// "a Bengals quarterback".
var sportPositions = setOf(`wing winger flanker prop hooker lock fly-half scrum-half full-back centre
number forward back striker midfielder defender goalkeeper keeper full-back half-back batsman
bowler spinner seamer opener all-rounder fielder pitcher catcher quarterback receiver linebacker
cornerback safety kicker punter tackle guard shortstop outfielder infielder`)

// dropQualifiers removes one-word names, not people's, that only ever
// qualify the noun after them and are not names in themselves: a word
// the tagger calls neither a body nor a place ("a Ponzi scheme"), or an
// ordinary word of the language ("the Communist regime", "her National
// service"). Parties stay ("Labour voters"), as do words the lexicon
// knows as names ("an Olympic champion", "a Commons vote"). Such a word
// that opens one longer name of the story is that name's short form
// and joins it. It also removes adjectives made with "-able"
// (ableAdjective) and plurals that name people, not places
// (peoplePlural).
func (st *story) dropQualifiers() {
	var drop, short []string // name keys
	var longer []*mention    // the longer name of each short one
	for _, m := range st.mentions {
		if m.kind == Person || len(m.name) != 1 {
			continue
		}
		k := m.nameKey()
		if slices.Contains(drop, k) || slices.Contains(short, k) {
			continue
		}
		if _, party := parties[k]; party || isAllCaps(m.name[0]) {
			continue
		}
		if st.ableAdjective(m) || peoplePlural(m) {
			drop = append(drop, k)
			continue
		}
		c := wordCasing(k)
		if c == nlp.CasingUpper {
			continue // a name of its own: "Olympic", "Wimbledon", "Commons"
		}
		all, long, many := true, (*mention)(nil), false
		for _, x := range st.mentions {
			if x.nameKey() == k {
				if x.kind == Person || !qualifierOnly(st.doc(x.para), x) {
					all = false
					break
				}
				continue
			}
			if len(x.name) > 1 && strings.EqualFold(x.name[0], m.name[0]) {
				if x.kind == Person {
					all = false
					break
				}
				many = many || long != nil && long.nameKey() != x.nameKey()
				if long == nil {
					long = x
				}
			}
		}
		switch {
		case !all || many:
		case long != nil && (m.kind != Place || long.kind == Place):
			// The short name of the one longer name it opens: "Northline
			// trains" for Northline Rail, "her National service" for the
			// National Theatre.
			short = append(short, k)
			longer = append(longer, long)
		case long == nil && (m.kind == Other || st.ordinaryWord(k) || c == nlp.CasingMixed):
			drop = append(drop, k)
		case long == nil && m.kind == Place && st.thingQualifier(k):
			drop = append(drop, k) // "a Breathalyzer test"
		}
	}
	for i, k := range short {
		for _, x := range st.mentions {
			if len(x.name) == 1 && x.kind != Person && x.nameKey() == k {
				l := longer[i]
				x.name, x.kind, x.the, x.key = l.name, l.kind, l.the, ""
			}
		}
	}
	st.dropThings(drop)
}

// ableAdjective reports whether mention m is an adjective made with
// "-able" or "-ible" ("Zoomable", "Notable"), which names nothing: its
// stem is a word the lexicon or the story knows, or it follows a verb
// of being ("are Zoomable").
func (st *story) ableAdjective(m *mention) bool {
	if len(m.name) != 1 {
		return false
	}
	if !foldEndsASCII(m.name[0], 7, "able", "ible") {
		return false // most names: told without lower-casing
	}
	l := lowerKey(m.name[0])
	if len(l) < 7 || !strings.HasSuffix(l, "able") && !strings.HasSuffix(l, "ible") {
		return false
	}
	base := l[:len(l)-4]
	for _, s := range [...]string{base, base + "e"} {
		if st.lower[s] || st.capitalisedInside(s) || wordCasing(s) == nlp.CasingLower || wordCasing(s) == nlp.CasingMixed {
			return true
		}
	}
	d := st.doc(m.para)
	return m.s > 0 && copulas[d.toks[m.s-1].lower]
}

// copulas are verbs of being.
var copulas = setOf(`is are was were be been being am`)

// peoplePlural reports whether m, read as a place, is a plural in "-ies"
// the lexicon does not know, which names people ("Brummies", "Aussies")
// rather than a place: the plural places ("the Rockies", "Philippines")
// are known names.
func peoplePlural(m *mention) bool {
	if m.kind != Place || len(m.name) != 1 {
		return false
	}
	w := m.name[0]
	if !foldEndsASCII(w, 6, "ies", "ies") {
		return false // most names: told without lower-casing
	}
	l := lowerKey(w)
	if !strings.HasSuffix(l, "ies") || len(l) < 6 || wordCasing(l) != nlp.CasingUnknown {
		return false
	}
	return !slices.Contains(knownTypes(w), "LOC")
}

// thingQualifier reports whether the one-word name key k, read as a place
// and only ever qualifying the noun after it (dropQualifiers), is rather a
// thing's name used as a modifier: each mention comes after "a" or "an"
// ("a Breathalyzer test"), the lexicon does not know the word and the
// gazetteer knows it as no place, and no noun after it is one of a place,
// a venue, a building, a court or a body ("a Wasilla church", "a Tarnby
// suburb", "a Norwalk jury", "a Velmora college": one there).
func (st *story) thingQualifier(k string) bool {
	n := 0
	for _, x := range st.mentions {
		if x.nameKey() != k {
			continue
		}
		if n == 0 && (wordCasing(k) != nlp.CasingUnknown || slices.Contains(knownTypes(x.name[0]), "LOC")) {
			return false
		}
		n++
		toks := st.doc(x.para).toks
		if !indefinite(toks, x.s) || x.e >= len(toks) {
			return false
		}
		l := toks[x.e].lower
		if _, ok := facilityNouns[l]; ok || placeNouns[l] || venueNouns[l] || courtNouns[l] || headBits(l)&orgHead != 0 {
			return false
		}
	}
	return n > 0
}

// courtNouns are the bodies of a court, sitting where a place names them:
// "a Delaware court", "a Norwalk jury".
var courtNouns = setOf(`court courts jury juries courtroom courthouse`)

package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file holds the kind evidence that reads how a name is used rather
// than what it is: "the" before it, a place noun after it, and whether
// the word is an ordinary word that only opens a sentence.

// afterThe reports whether mention m is a bare name written after "the"
// (or "a", "an") and used as a noun phrase of its own ("the Safety
// Executive's investigation", "the Bravery were", "won an Oscar"), which
// people's names almost never are; so is a one-word name after a
// possessive ("his Oscar for Ray"). A name qualifying a noun ("the
// Clinton administration", "the Kok report") is still read as the
// person's.
func afterThe(d *paraDoc, m *mention) bool {
	toks := d.toks
	if m.s == 0 || len(m.name) == 0 || m.hon != "" || isRoleHead(m.name[0]) {
		return false // "the Mayor of Hallmouth" is a role, read as such
	}
	switch l := toks[m.s-1].lower; {
	case l == "the":
	case toks[m.s-1].text == "a" || toks[m.s-1].text == "an": // not "A Goode", an initial
	case len(m.name) == 1 && possessiveDeterminers[l]:
	default:
		return false
	}
	if m.e >= len(toks) {
		return true
	}
	t := &toks[m.e]
	if !t.word || t.cap {
		return true // punctuation, a possessive or another name
	}
	return t.is(clsClauseWord) || t.is(clsAfterNounWord) || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") || timeAfter(toks, m.e)
}

// timeAfter reports whether a time said with "next", "last" or "this"
// opens at token i, closing the noun phrase before it: "at the Tarrow
// Palace next month".
func timeAfter(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "next", "last", "this":
		n := toks[i+1].lower
		return timeNouns[n] || calendar[n]
	}
	return false
}

// possessiveDeterminers make a one-word name after them a thing owned
// ("her Bafta").
var possessiveDeterminers = setOf(`his her their its whose`)

// afterNounWords follow a noun phrase without being a noun it qualifies
// (with clauseWords): more verbs, prepositions and adverbs.
var afterNounWords = setOf(`say tells wants won wins nor than in on at to for of from with by into
over about against also still now later yesterday today itself sold made took came went gave got
lost began ran saw left held kept paid brought bought built sent spent met led fell rose grew drew
threw wrote broke chose spoke stood found thought became`)

// documentHeads end the names of laws, treaties and other documents,
// which are neither bodies nor places nor people ("Licensing Act",
// "Finance Bill", "Maastricht Treaty").
var documentHeads = setOf(`act bill treaty accord accords agreement convention directive protocol
charter amendment manifesto mailbag`)

// placeHeads end place names and, unlike "Hill", "Wood" or "Lane", hardly
// ever a person's: "Quay Street", "Carlow Row", "Tarrow Bay". The venue
// heads among them (venueHeads) often follow a person's name the place
// is named after: "the Walter Pennick Stand", "the Ada Kell Arena".
var placeHeads = setOf(`street road avenue square row bay cove beach quay wharf terrace gardens
boulevard estuary harbour bridge valley basin viaduct aqueduct parkway footbridge causeway
farm county township parish ` + venueHeadWords)

// venueHeadWords end the names of grounds, their stands, halls for shows
// and inns, and never a person's name.
const venueHeadWords = `stand stadium arena inn tavern hotel motel`

// venueHeads are the words of venueHeadWords.
var venueHeads = setOf(venueHeadWords)

// eventOpeners begin the names of storms, operations and comets, which
// are neither people nor bodies: "Storm Ingrid", "Hurricane Ivan",
// "Comet Tarrow", named after its finder.
var eventOpeners = setOf(`storm hurricane typhoon cyclone operation comet`)

// eventHeads end the names of events and times, neither bodies nor
// places: "General Election", "European Championships", "New Year".
var eventHeads = setOf(`election elections referendum championship championships year awards
olympics prix marathon award prize trophy`)

// Bits of nameHeads: what a word says of a name it ends (eventOpener: a
// name it begins).
const (
	orgHead      = 1 << iota // strongOrgWords
	placeHead                // placeHeads
	documentHead             // documentHeads
	eventOpener              // eventOpeners
	eventHead                // eventHeads
)

// nameHeads merges the head-word sets into one map, so that a name's last
// word is looked up once (and most words not at all, see nameHeadsLen).
var nameHeads = func() map[string]uint8 {
	m := make(map[string]uint8)
	for bit, set := range map[uint8]map[string]bool{orgHead: strongOrgWords, placeHead: placeHeads, documentHead: documentHeads, eventOpener: eventOpeners, eventHead: eventHeads} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
}()

var nameHeadsLen = func() *lenFilter {
	set := make(map[string]bool, len(nameHeads))
	for w := range nameHeads {
		set[w] = true
	}
	return lenFilterOf(set)
}()

// headBits returns the nameHeads bits of w, in any case.
func headBits(w string) uint8 {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return 0
	}
	if !mayHaveFold(nameHeadsLen, w) {
		return 0
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return nameHeads[strings.ToLower(w)]
	}
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nameHeads[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint32(c)) * fnvPrime
	}
	if !nameHeadsFilter.mayHave(h) {
		return 0 // most words, told without the map
	}
	return nameHeads[string(buf[:len(w)])]
}

// nameHeadsFilter holds the hashes of nameHeads' words (headBits).
var nameHeadsFilter = func() *hashFilter {
	f := new(hashFilter)
	for w := range nameHeads {
		f.add(fnv32(w))
	}
	return f
}()

// thingName reports whether a word of name is one that names
// organisations, places, events or documents ("World Cup", "Clarence
// House", "Virgin Radio"): context that speaks of a person around it
// ("…, who", "he") is then about someone else or about the body's people.
func thingName(name []string) bool {
	for _, w := range name {
		if w != "" && mayHaveFold(thingWordsLen, w) && inSetFold(thingWords, w) {
			return true
		}
	}
	return false
}

// eventWords name prizes and contests.
var eventWords = setOf(`award awards prize trophy cup medal`)

// thingWords are the words thingName looks for: organisation, document,
// contest and event words, in one set.
var thingWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, set := range [...]map[string]bool{orgWords, strongOrgWords, documentHeads, eventWords, eventHeads} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

var thingWordsLen = lenFilterOf(thingWords)

// mayHaveFold is f.mayHave of w lower-cased (w not empty).
func mayHaveFold(f *lenFilter, w string) bool {
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c >= 0x80 || f[c]&(1<<min(len(w), 31)) != 0
}

// placeNouns after a name make it a place: "the Carrowby area", "the
// Lune valley", "the Millfield industrial estate".
var placeNouns = setOf(`area district region village hamlet town city suburb suburbs neighbourhood
neighborhood valley coast island borough county province airport harbour port border township
municipality enclave constituency road bypass motorway`)

// sitePlaces are place nouns that need a modifier before them: "industrial
// estate", "business park" (a bare "estate" after a name is as often an
// inheritance, "the Presley estate").
var sitePlaces = setOf(`estate park zone ground`)

// fieldNouns after a name make it a place where oil, gas or coal is won:
// "the Tarrow Deep field", "the Brent oilfield"; but a field goal is a
// kicker's (fieldCompounds).
var fieldNouns = setOf(`field oilfield gasfield coalfield`)

// fieldCompounds follow "field" in nouns that are no place: "a Scobee
// field goal", "a field trip".
var fieldCompounds = setOf(`goal goals trip trips day hockey test tests marshal officer`)

var siteModifiers = setOf(`industrial housing trading business retail science technology enterprise
training`)

// placeNounsLen pre-tests a word for placeNouns, siteModifiers and fieldNouns.
var placeNounsLen = func() *lenFilter {
	set := make(map[string]bool, len(placeNouns)+len(siteModifiers)+len(fieldNouns))
	for _, s := range [...]map[string]bool{placeNouns, siteModifiers, fieldNouns} {
		for w := range s {
			set[w] = true
		}
	}
	return lenFilterOf(set)
}()

// placeModifier reports whether the words after token e make the name
// before them qualify a place noun.
func placeModifier(toks []tok, e int) bool {
	if e >= len(toks) || !toks[e].word || toks[e].cap {
		return false
	}
	l := toks[e].lower
	if !placeNounsLen.mayHave(l) {
		return false
	}
	if placeNouns[l] {
		return true
	}
	if fieldNouns[l] {
		// "the Tarrow Deep field", not "a Josh Scobee field goal".
		return e+1 == len(toks) || !fieldCompounds[toks[e+1].lower]
	}
	return siteModifiers[l] && e+1 < len(toks) && sitePlaces[toks[e+1].lower]
}

// hyphenAdjective reports whether w is an adjective made with a hyphen,
// such as "UK-controlled" or "London-based" (not "al-Akhdar").
func hyphenAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// wordCasing reports how running text writes a word away from sentence
// starts (the embedded model's lexicon).
var wordCasing = func(w string) nlp.Casing { return nlp.Casing(casingMemo.get(w, lookUpCasing)) }

// casingMemo remembers the model's casings of words.
var casingMemo wordMemo

func lookUpCasing(w string) uint8 { return uint8(nlp.DefaultModel().WordCasing(w)) }

// givenName reports whether the embedded model knows w as a given name,
// or w is a given name of another naming tradition (givennames.go).
var givenName = knownGivenName

// knownTypes returns the entity types the embedded model's gazetteer
// knows w as a name of.
var knownTypes = func(w string) []string { return nlp.DefaultModel().KnownTypes(w) }

// ordinaryWord reports whether l, a lower-cased word, is a word of the
// language rather than a name: the story writes it in lower case, or the
// lexicon knows it as a lower-case word.
func (st *story) ordinaryWord(l string) bool {
	return st.lower[l] || wordCasing(l) == nlp.CasingLower
}

// agentPlural reports whether l, unknown to the lexicon, is the plural of
// an agent noun made from an ordinary word: "savers", "shoppers",
// "borrowers", "investors".
func (st *story) agentPlural(l string) bool {
	if !(strings.HasSuffix(l, "ers") || strings.HasSuffix(l, "ors")) || wordCasing(l) != nlp.CasingUnknown {
		return false
	}
	one := l[:len(l)-1]
	return st.ordinaryWord(one) || st.madeFromWord(one)
}

// madeFromWord reports whether l, a noun ending in "-er" or "-or", is made
// from an ordinary word: "saver" from "save", "oiler" from "oil",
// "shopper" from "shop", "investor" from "invest".
func (st *story) madeFromWord(l string) bool {
	base := l[:len(l)-2] // "sav", "oil", "shopp", "invest"
	stems := [...]string{base, base + "e", ""}
	if n := len(base); n >= 2 && base[n-1] == base[n-2] {
		stems[2] = base[:n-1] // "shop"
	}
	for _, s := range stems {
		if len(s) >= 3 && st.ordinaryWord(s) {
			return true
		}
	}
	return false
}

// capitalisedInside reports whether the story writes l with a capital
// anywhere but at the start of a sentence: then it is a name.
func (st *story) capitalisedInside(l string) bool {
	for _, d := range st.docs {
		for ti := range d.toks {
			t := &d.toks[ti]
			if t.cap && !t.sentStart && t.lower == l {
				return true
			}
		}
	}
	return false
}

// dropOpeners removes one-word organisations, places and other names that
// are ordinary words capitalised only because they open their sentences
// ("Savers, as ever, lose out"): every mention starts a sentence, the
// story never capitalises the word elsewhere but inside a longer name
// ("News of the deal" beside "BBC News"), and the word is common
// (see ordinaryWord and agentPlural).
func (st *story) dropOpeners() {
	var drop []string // name keys
	for i, m := range st.mentions {
		if !st.opener(m) || isAllCaps(m.name[0]) {
			continue
		}
		k := m.nameKey()
		if slices.Contains(drop, k) || !(st.ordinaryWord(k) || st.agentPlural(k)) || st.capitalisedAlone(k) {
			continue
		}
		all := true
		for j, x := range st.mentions {
			if j != i && x.kind != Person && x.nameKey() == k && !st.opener(x) {
				all = false
				break
			}
		}
		if all {
			drop = append(drop, k)
		}
	}
	st.dropThings(drop)
}

// dropThings removes the one-word mentions, not people's, whose name keys
// are in drop.
func (st *story) dropThings(drop []string) {
	if len(drop) == 0 {
		return
	}
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.kind == Person || len(m.name) != 1 || !slices.Contains(drop, m.nameKey()) {
			kept = append(kept, m)
		}
	}
	clear(st.mentions[len(kept):])
	st.mentions = kept
}

// capitalisedAlone reports whether the story writes l with a capital
// away from the start of a sentence and from other capitalised words: a
// name of its own, not part of a longer one ("News" in "BBC News").
func (st *story) capitalisedAlone(l string) bool {
	for _, d := range st.docs {
		for k := range d.toks {
			t := &d.toks[k]
			if t.cap && !t.sentStart && t.lower == l && !(k > 0 && d.toks[k-1].word && d.toks[k-1].cap) && !(k+1 < len(d.toks) && d.toks[k+1].word && d.toks[k+1].cap) {
				return true
			}
		}
	}
	return false
}

// opener reports whether m is a one-word name, not a person's, that opens
// a sentence.
func (st *story) opener(m *mention) bool {
	return m.kind != Person && len(m.name) == 1 && st.doc(m.para).toks[m.s].sentStart
}

// doc returns the paragraph with index para (the story's paragraphs are
// in index order).
func (st *story) doc(para int) *paraDoc {
	i := sort.Search(len(st.docs), func(i int) bool { return st.docs[i].idx >= para })
	if i < len(st.docs) && st.docs[i].idx == para {
		return st.docs[i]
	}
	return nil
}

// loneEventHead reports whether m is an event's head noun alone after an
// article, the event itself ("in the Championship", "the Championship
// club", "the Olympics"); "Year" is the end of an award's title ("Coach
// of the Year honors"), no event.
func loneEventHead(toks []tok, m *mention) bool {
	return len(m.name) == 1 && headBits(m.name[0])&eventHead != 0 && !strings.EqualFold(m.name[0], "year") && articleBefore(toks, m.s)
}

package actor

import (
	"strings"
	"unicode/utf8"
)

// wordClass is a set of facts about one token's lower-case form (tok.lower),
// as bits: which of the closed word lists have it and what some
// predicates of a lower-case word say of it. The tokenizer looks a token
// up once (tokClass), so that the rules that ask the same questions of
// the same tokens again and again test a bit instead of hashing the word
// into a map each time. Every bit c is defined as a function of the
// token's lower-case form: tok.is(c) == c's predicate of t.lower.
type wordClass uint64

// The low 15 bits are the wordLists (listsOf), at the same places.
const (
	// clsRoleHead: isRoleHeadL(t.lower).
	clsRoleHead wordClass = 1 << (16 + iota)
	// clsKinship: kinship[t.lower] (isKinship).
	clsKinship
	// clsNationality: isNationalityL(t.lower).
	clsNationality
	// clsPersonNoun: personNoun(t.lower).
	clsPersonNoun
	// clsBeForm: beForms[t.lower].
	clsBeForm
	// clsSayVerb: sayVerbs[t.lower].
	clsSayVerb
	// clsPetCue: a word petKept needs to find a pet: chipWords, "owner"
	// or "owners".
	clsPetCue
	// clsPersonPronoun: personPronouns[t.lower].
	clsPersonPronoun
	// clsHeroNoun: heroNouns[t.lower].
	clsHeroNoun
	// clsClauseWord: clauseWords[t.lower].
	clsClauseWord
	// clsTitleHead: titleHeads[t.lower].
	clsTitleHead
	// clsAnimalTell: animalDeeds[t.lower] || animalParts[t.lower], the
	// words animalTold needs.
	clsAnimalTell
	// clsPlayedBetween: playedBetween[t.lower].
	clsPlayedBetween
	// clsPlayVerb: playVerbs[t.lower].
	clsPlayVerb
	// clsWorkNoun: workNouns[t.lower].
	clsWorkNoun
	// clsLinkWord: linkWords[t.lower].
	clsLinkWord
	// clsPossessiveDet: possessiveDeterminers[t.lower].
	clsPossessiveDet
	// clsMonth: monthMonths[t.lower], a month's name or short form.
	clsMonth
	// clsAfterNounWord: afterNounWords[t.lower].
	clsAfterNounWord
	// clsAnimalNoun: animalNouns[t.lower].
	clsAnimalNoun
	// clsPrepositionWord: prepositionWords[t.lower].
	clsPrepositionWord
	// clsPlacePreposition: placePrepositions[t.lower].
	clsPlacePreposition
	// clsRacingWord: racingWords[t.lower].
	clsRacingWord
	// clsTitleNoun: titleNouns[t.lower].
	clsTitleNoun
	// clsAppositionOpener: appositionOpeners[t.lower].
	clsAppositionOpener
	// clsProductHead: productHeads[t.lower].
	clsProductHead
	// clsPerformVerb: performVerbs[t.lower].
	clsPerformVerb
	// clsKinPlural: kinPlurals[t.lower], or "boys" or "girls" (kinPlural
	// after "twin").
	clsKinPlural
	// clsOpenQuote: openQuote(t.lower), an opening quotation mark.
	clsOpenQuote
	// clsRoleNoun: isRoleNounL(t.lower), a role head or its plural.
	clsRoleNoun
	// clsKinExPrefix: t.lower is "ex-" and a kinship word ("ex-wife").
	clsKinExPrefix
)

// wordListBits are the bits of a wordClass that are wordLists.
const wordListBits = wordClass(1<<15 - 1)

// hyphenClasses are the bits whose predicates read the parts of a word
// around a hyphen, which the static table cannot hold for every
// compound; tokClass works them out for a word with a hyphen.
const hyphenClasses = clsRoleHead | clsNationality | clsPersonNoun | clsKinExPrefix | clsRoleNoun

// classIndex holds the classes of every word that has one, as far as a
// word without a hyphen goes (see hyphenClasses).
var classIndex = func() map[string]wordClass {
	m := make(map[string]wordClass, len(wordListIndex)+1024)
	for w, l := range wordListIndex {
		m[w] |= wordClass(l)
	}
	add := func(c wordClass, set map[string]bool) {
		for w, ok := range set {
			if ok {
				m[w] |= c
			}
		}
	}
	add(clsRoleHead, roleHeads)
	add(clsKinship, kinship)
	for w, ok := range nationalityAdjectives {
		if ok {
			m[w] |= clsNationality
			m[w+"s"] |= clsNationality // "Somalis", "Brits"
		}
	}
	for w, ok := range roleHeads {
		if ok && !orgAmbiguousHeads[w] && !adjectiveHeads[w] {
			m[w] |= clsPersonNoun
		}
	}
	add(clsBeForm, beForms)
	add(clsSayVerb, sayVerbs)
	add(clsPetCue, chipWords)
	m["owner"] |= clsPetCue
	m["owners"] |= clsPetCue
	add(clsPersonPronoun, personPronouns)
	add(clsHeroNoun, heroNouns)
	add(clsClauseWord, clauseWords)
	add(clsTitleHead, titleHeads)
	add(clsAnimalTell, animalDeeds)
	add(clsAnimalTell, animalParts)
	add(clsPlayedBetween, playedBetween)
	add(clsPlayVerb, playVerbs)
	add(clsWorkNoun, workNouns)
	add(clsLinkWord, linkWords)
	add(clsPossessiveDet, possessiveDeterminers)
	add(clsMonth, monthMonths)
	for w, ok := range roleHeads {
		if ok {
			m[w] |= clsRoleNoun
			if len(w)+1 >= 3 {
				m[w+"s"] |= clsRoleNoun // "ministers", "MPs"
			}
		}
	}
	add(clsKinPlural, kinPlurals)
	m["boys"] |= clsKinPlural
	m["girls"] |= clsKinPlural
	for _, q := range [...]string{"'", "‘", "\"", "“"} {
		m[q] |= clsOpenQuote
	}
	add(clsAfterNounWord, afterNounWords)
	add(clsAnimalNoun, animalNouns)
	add(clsPrepositionWord, prepositionWords)
	add(clsPlacePreposition, placePrepositions)
	add(clsRacingWord, racingWords)
	add(clsTitleNoun, titleNouns)
	add(clsAppositionOpener, appositionOpeners)
	add(clsProductHead, productHeads)
	add(clsPerformVerb, performVerbs)
	return m
}()

// FNV-1a, 32 bits: the hash of lowerMemo and classFilter.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnv32(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// hashFilter is a one-hash Bloom filter of strings by their fnv32: a
// clear bit says that no string of the set has that hash.
type hashFilter [1 << 16 / 64]uint64

func (f *hashFilter) add(h uint32)          { f[h>>6&(uint32(len(f))-1)] |= 1 << (h & 63) }
func (f *hashFilter) mayHave(h uint32) bool { return f[h>>6&(uint32(len(f))-1)]&(1<<(h&63)) != 0 }

// classFilter holds the keys of classIndex (about one bit in twenty is
// set), so that lowerMemo tells most words of no class without the map.
var classFilter = func() *hashFilter {
	f := new(hashFilter)
	for w := range classIndex {
		f.add(fnv32(w))
	}
	return f
}()

// asciiClass holds the tokClass of each one-byte token.
var asciiClass = func() (a [utf8.RuneSelf]wordClass) {
	for c := range a {
		a[c] = tokClass(string(rune(c)))
	}
	return a
}()

// tokClass returns the classes of a token whose lower-case form is l.
func tokClass(l string) wordClass {
	c := classIndex[l]
	if strings.IndexByte(l, '-') < 0 {
		return c
	}
	c &^= hyphenClasses
	if isRoleHeadL(l) {
		c |= clsRoleHead
	}
	if isNationalityL(l) {
		c |= clsNationality
	}
	if isRoleNounL(l) {
		c |= clsRoleNoun
	}
	if personNoun(l) {
		c |= clsPersonNoun
	}
	if strings.HasPrefix(l, "ex-") && isKinship(l[3:]) {
		c |= clsKinExPrefix
	}
	return c
}

// is reports whether t has every class of c.
func (t *tok) is(c wordClass) bool { return t.cls&c == c }

// lists returns listsOf(t.lower).
func (t *tok) lists() wordLists { return wordLists(t.cls & wordListBits) }

// noise returns isNoiseL(t.lower).
func (t *tok) noise() bool { return t.lists()&noiseLists != 0 || t.is(clsNationality) }

// honorific returns isHonorific(t.text): only a word of honorificsLower
// may be one.
func (t *tok) honorific() bool { return t.lists()&inHonorifics != 0 && isHonorific(t.text) }

// honorificClass returns honorificClass(t.text).
func (t *tok) honorificClass() string {
	if t.lists()&inHonorifics == 0 {
		return ""
	}
	return honorificClass(t.text)
}

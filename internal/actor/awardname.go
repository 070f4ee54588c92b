package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/lower"
)

// Awards named after their statuettes ("three Grammys", "win Grammys
// for", "a Bafta in 1999", "his second Oscar for best director") and
// diseases named after the doctors who described them ("Alzheimer's",
// "Parkinson's disease") are things, though the tagger reads the name as
// a person's.

// awardPlurals are awards named in the plural: never people.
var awardPlurals = setOf(`grammys oscars emmys baftas tonys brits mobos oliviers razzies obies`)

// awardSingulars are awards' names that are no given names.
var awardSingulars = setOf(`grammy bafta mobo razzie obie`)

// awardGivens are awards' names that are given names too ("Oscar
// Wilde", "Tony Blair"): an award only where the context counts or
// ranks it.
var awardGivens = setOf(`oscar emmy tony brit olivier`)

// awardCounters before an award's name count or rank it: "an Oscar",
// "his second Oscar", "three Emmys".
var awardCounters = setOf(`an first second third fourth fifth sixth another two three four
five six seven eight nine ten`)

// awardName weighs mention m as an award named after its statuette: 4
// for an award's plural or a name of one that is no given name, 3 for
// one that is a given name after a word counting or ranking it or before
// "for" and a lower-case word ("Oscar for best director"), else 0.
func awardName(toks []tok, m *mention) int {
	if len(m.name) != 1 || m.hon != "" {
		return 0
	}
	var buf [32]byte
	l := lower.Append(buf[:0], m.name[0]) // strings.ToLower, in place
	switch {
	case awardPlurals[string(l)] || awardSingulars[string(l)]:
		return 4
	case !awardGivens[string(l)]:
		return 0
	}
	if m.s > 0 && awardCounters[toks[m.s-1].lower] {
		return 3
	}
	if e := m.e; e+1 < len(toks) && toks[e].lower == "for" && toks[e+1].word && !toks[e+1].cap {
		return 3
	}
	return 0
}

// eponymDiseases are diseases named after a doctor, written with the
// possessive: "Alzheimer's", "Crohn's disease".
var eponymDiseases = setOf(`alzheimer parkinson huntington crohn asperger tourette hodgkin
addison raynaud`)

// diseaseFollowers may follow a disease's possessive name: "Alzheimer's
// disease", "Parkinson's sufferers".
var diseaseFollowers = setOf(`disease diseases syndrome sufferers sufferer patients patient
research drug drugs treatment treatments symptoms and or`)

// eponymDisease reports whether mention m is a disease named after a
// doctor: one of eponymDiseases with its possessive, then no lower-case
// word but diseaseFollowers ("Parkinson's, Multiple Sclerosis", not
// "Parkinson's guests" of a host of that name).
func eponymDisease(toks []tok, m *mention) bool {
	var buf [32]byte
	if len(m.name) != 1 || m.hon != "" || !eponymDiseases[string(lower.Append(buf[:0], m.name[0]))] {
		return false
	}
	e := m.e
	if e >= len(toks) || !isPossessive(&toks[e]) {
		return false
	}
	if e+1 >= len(toks) {
		return true
	}
	n := &toks[e+1]
	return !n.word || n.cap || diseaseFollowers[n.lower]
}

// rankOrdinals rank a thing a side or a player wins again and again:
// "their first Triple Velmo", "her seventh Corran Open title".
var rankOrdinals = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth`)

// rankedTitle reports whether mention m, a name of two words or more the
// tagger read as no body's nor place's (a club's players are counted:
// "two Corran United players"), opening with no given name, title or
// initial, is counted or ranked as a thing is: after a number in words
// ("two Velmo Slam titles") or after an ordinal that an article or a
// possessive opens ("their first Triple Velmo", "her seventh Velmo Slam
// title"). People are not counted so.
func rankedTitle(toks []tok, m *mention) bool {
	if len(m.name) < 2 || m.typ == "ORG" || m.typ == "LOC" || m.hon != "" || m.s == 0 || givenName(m.name[0]) || isHonorific(m.name[0]) ||
		len(strings.TrimSuffix(m.name[0], ".")) < 2 {
		return false
	}
	p := &toks[m.s-1]
	if !p.word || p.cap {
		return false
	}
	if spelledCounts[p.lower] {
		return true
	}
	if !rankOrdinals[p.lower] || m.s < 2 {
		return false
	}
	d := toks[m.s-2]
	return isPossessive(&d) || d.word && (d.lower == "a" || d.lower == "an" || d.lower == "the" || possessiveDeterminers[d.lower])
}

package actor

import "strings"

// A name right before a lower-case noun for the people or the services
// of a place says where they live or serve: "a 35-year-old Corran man",
// "Tarrow police arrested", "the Velby couple", "Wensdale pensioners". A
// person's name does not qualify such nouns (a family's name comes
// before "family", which is not among them).

// localPeopleNouns are the people and services of a place. "residents"
// is left out: it changed only names already read as no person, and
// those changes moved ECB+ storylines (link B³ 0.9405 → 0.9385).
var localPeopleNouns = setOf(`police policeman policemen firefighters firemen man woman men women boy
girl boys girls teenager teenagers pensioner pensioners couple councillors villagers schoolboy
schoolgirl`)

// childNouns after "the" and a surname name a family's children ("the
// Kell boys"), so "the" bars them.
var childNouns = setOf(`boy girl boys girls`)

// policeMatters after "police" make the name the matter's ("the Lawrence
// police inquiry"), not the force's place.
var policeMatters = setOf(`investigation investigations inquiry inquiries probe case cases file files
report interview interviews operation`)

// localPeople reports whether the mention m stands right before one of
// localPeopleNouns, so that it names the place they live in or serve.
func localPeople(toks []tok, m *mention) bool {
	e := m.e
	if m.hon != "" || m.typ == "ORG" || e >= len(toks) || !toks[e].word || toks[e].cap {
		return false // "Labour councillors", "Dragons men": a body's, as the tagger read
	}
	if len(m.name) == 1 && (isNationality(m.name[0]) || m.typ == "MISC" && nationAdjectiveShaped(m.name[0])) {
		return false // "a Guinean man": a nationality, no place
	}
	l := toks[e].lower
	if !localPeopleNouns[l] {
		return false
	}
	if childNouns[l] && articleBefore(toks, m.s) && toks[m.s-1].lower == "the" {
		return false // "the Kell boys": the family's
	}
	if (l == "police" || l == "policeman" || l == "policemen") && e+1 < len(toks) && policeMatters[toks[e+1].lower] {
		return false
	}
	return true
}

// nationAdjectiveShaped reports whether w ends as the adjectives of peoples and
// places do ("Guinean", "Congolese", "Cornish", "Kuwaiti"), which the
// tagger reads as MISC.
func nationAdjectiveShaped(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range [...]string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

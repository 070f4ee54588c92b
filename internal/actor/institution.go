package actor

import "strings"

// Buildings, schools, churches and streets named after people, and pubs
// and hotels named after an officer: the name in them is no person in
// the story.

// institutionHeads, capitalised after a name and a possessive, make the
// name part of what they head: "King Edmund's Academy", "St Thomas's
// Church", "Bishop Selwood's Grammar", "Mrs Kettle's Tearoom", "Abbott's
// Lane". They are places and institutions, not roles or things a person
// owns ("Tesco's Chief Executive", "Jo Kell's Christmas"). So do the
// words of the army's units named after a royal or a peer: "the Duke of
// Kendal's Regiment", "Princess Matilda's Own Rifles", "the King's Royal
// Hussars".
var institutionHeads = setOf(`academy school college grammar primary church cathedral chapel
abbey priory minster hospital hospice infirmary lane road street avenue park green hill wood
well gate square tearoom tearooms regiment rifles own hussars lancers dragoons fusiliers
borderers highlanders`)

// possessedInstitution reports whether the name of m is followed by a
// possessive and a capitalised institutionHeads word.
func possessedInstitution(toks []tok, m *mention) bool {
	e := m.e
	return e+1 < len(toks) && isPossessive(&toks[e]) && toks[e+1].word && toks[e+1].cap && institutionHeads[toks[e+1].lower]
}

// possessedInside reports whether a name the rules read as a person's
// holds a possessive word followed by an institutionHeads word, the
// tagger's span having run on to what the person's name heads: "Duke of
// Kendal's Regiment".
func possessedInside(name []string) bool {
	for i := 0; i+1 < len(name); i++ {
		if hasPossessiveEnd(name[i]) && institutionHeads[lowerKey(name[i+1])] {
			return true
		}
	}
	return false
}

// hasPossessiveEnd reports whether w ends in a possessive: "Kendal's",
// "Kendal’s", "Jones'".
func hasPossessiveEnd(w string) bool {
	for _, end := range [...]string{"'s", "’s", "'", "’"} {
		if len(w) > len(end) && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// saintPossessed reports whether m is a saint's name before a possessive
// ("at St Michael's", "St Thomas's Church"): the church, the school or
// the day, not the saint.
func saintPossessed(toks []tok, m *mention) bool {
	saint := m.hon == "St" || m.hon == "Saint" || len(m.name) > 1 && (m.name[0] == "St" || m.name[0] == "Saint")
	return saint && m.e < len(toks) && isPossessive(&toks[m.e])
}

// militaryRanks are ranks a pub, an inn or a hotel takes with its
// officer's name: "the Admiral Penrose", "the General Havelock".
var militaryRanks = setOf(`admiral general colonel commodore brigadier`)

// theRanked reports whether m is an officer's surname after his rank and
// "the", with at most four tokens between, lower-case words, figures or
// dashes ("the Admiral Penrose in Corbridge", "the 400-room Admiral
// Carew in Hurghada"): British papers write a serving officer's rank without
// the article, a pub's or a hotel's name with it.
func theRanked(toks []tok, m *mention) bool {
	var r int // the rank's token
	switch {
	case m.kind != Person:
		return false // "the General Election"
	case len(m.name) == 2 && inSetFold(militaryRanks, m.name[0]) && headBits(m.name[1]) == 0:
		r = m.s // the tagger's span holds the rank: "Admiral Hawtrey"
	case len(m.name) == 1 && len(m.roles) > 0 && inSetFold(militaryRanks, m.roles[0]) && m.s > 0:
		r = m.s - 1
	default:
		return false
	}
	if t := toks[r]; !t.cap || !militaryRanks[t.lower] {
		return false
	}
	for k := r - 1; k >= 0 && k >= r-5; k-- {
		t := &toks[k]
		if t.lower == "the" {
			return true
		}
		if t.text == "-" {
			continue
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}

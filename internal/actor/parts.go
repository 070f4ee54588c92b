package actor

// partAsWords before "as" and a name make the name a part played: "her
// sublime performance as Emmie Thibodeaux", "starred as Tom Ripley",
// "was cast as Hedda".
// Plural nouns are left out: "such screen stars as Michael Douglas"
// lists people.
var partAsWords = setOf(`role part performance turn cameo appearance starring starred cast recast
play plays played playing appeared appears appearing`)

// partAs reports whether the name from token s to e is a part, after a
// performance word in lower case and "as": "her performance as Emmie
// Thibodeaux". A role's or an office's words in the name make it no part
// ("her role as Health Secretary").
func partAs(toks []tok, s, e int) bool {
	if s < 2 || toks[s-1].lower != "as" || toks[s-2].cap || !partAsWords[toks[s-2].lower] {
		return false
	}
	for k := s; k < e; k++ {
		if isRoleNounL(toks[k].lower) || (toks[k].lists()&inRoleModifiers != 0) {
			return false
		}
	}
	return true
}

// partPlayedIn reports whether m, a name of two words or more the
// tagger read as a person's, is a part played in a work: a form of
// "play", maybe the part's own titles ("play Conservative Prime Minister
// Dawn Ellison"), the name, then "in" and a capitalised title that is no
// calendar word and that the gazetteer does not know as a place ("in
// Roadkill"; not "played Tom Federer in Paris", "played Ian Jones in the
// final", "play Liechtenstein in Saturday's match").
func partPlayedIn(d *paraDoc, m *mention) bool {
	toks := d.toks
	s, e := m.s, m.e
	if m.typ != "PER" || len(m.name) < 2 || e+1 >= len(toks) || toks[e].lower != "in" || !toks[e+1].word || !toks[e+1].cap || toks[e+1].sentStart {
		return false
	}
	if knownOnlyPlace(toks[e+1].text) || isNoiseL(toks[e+1].lower) {
		return false
	}
	k := s - 1
	for n := 0; k >= 0 && n < 3 && toks[k].word && toks[k].cap && !toks[k].sentStart && roleWord(d, k); n++ {
		k--
	}
	return k >= 0 && toks[k].word && !toks[k].cap && toks[k].is(clsPlayVerb)
}

// knownOnlyPlace reports whether the gazetteer knows w as a place's name.
func knownOnlyPlace(w string) bool {
	for _, t := range knownTypes(w) {
		if t == "LOC" {
			return true
		}
	}
	return false
}

package actor

// A made-up story is said to be about its hero or told by its narrator,
// who is described after a comma with "a" or "an": "a comedy about Lottie
// Brack, an actress who is always second choice", "is narrated by Hal
// Penwith, a lighthouse keeper who stops speaking". Documentaries and
// biographies are about real people and are left out by their nouns;
// a narrator is a character only in a story that speaks of novels or
// fiction (followedCharacter's test, performer.go).

// fictionGenres name made-up stories a work is "about" someone in.
var fictionGenres = setOf(`comedy novel novella thriller farce sitcom fable romance`)

// fictionAbout reports whether m follows "about" right after a
// fictionGenres noun in lower case, or "narrated by" in a story of
// fiction, and is followed by a comma and "a" or "an".
func (st *story) fictionAbout(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if s < 2 || e+1 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "a" && toks[e+1].lower != "an" {
		return false
	}
	switch p := toks[s-2]; toks[s-1].lower {
	case "about":
		return p.word && !p.cap && fictionGenres[p.lower]
	case "by":
		return p.lower == "narrated" && (st.lower["novel"] || st.lower["novels"] || st.lower["fiction"])
	}
	return false
}

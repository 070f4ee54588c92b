package actor

// In a story about sport, one word the tagger read as a person's that
// owns a player is a club: "Drogba, Chelsea's £24m striker", "Chelsea
// striker Didier Drogba", "Chelsea manager Jose Mourinho", "Chelsea's
// Damien Duff has been ruled out" (outside sport, "Austen's Elizabeth
// Bennet" is an author's character: bodyOwnsPerson, ownerofperson.go,
// asks two words of the owner). A person has
// no striker, goalkeeper or manager of their own; a player's surname in
// a match report stands before what the player does ("Drogba scored"),
// not before a squad's post. Only the posts of a team sport count:
// "Federer coach" or "Federer fans" could be a tennis player's.

// squadPosts are the posts a club fills, after its name.
var squadPosts = setOf(`striker strikers midfielder midfielders defender defenders winger wingers
goalkeeper goalkeepers keeper manager boss chairman captain skipper squad full-back centre-back
fly-half scrum-half flanker hooker prop`)

// clubSquad reports whether the one-word name m, maybe with a
// possessive, stands before a squadPosts word, with no more than a few
// lower-case words or a sum between them ("Chelsea's £24m striker",
// "Chelsea's first-choice keeper"); the caller asks only in sports
// stories.
func clubSquad(toks []tok, m *mention) bool {
	if len(m.name) != 1 || m.e >= len(toks) {
		return false
	}
	k := m.e
	if isPossessive(&toks[k]) {
		k++
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := &toks[k]
		switch {
		case t.cap:
			return false
		case t.word && squadPosts[t.lower]:
			return true
		case !t.word && t.text != "£" && t.text != "$" && t.text != "€" && t.text != "-":
			return false
		}
	}
	return false
}

// clubPlayer reports whether the one-word name m stands before a
// possessive and a person's full name the tagger read, opening with a
// given name ("Chelsea's Damien Duff"); the caller asks only in sports
// stories.
func clubPlayer(d *paraDoc, m *mention) bool {
	toks, e := d.toks, m.e
	if len(m.name) != 1 || e+1 >= len(toks) || !isPossessive(&toks[e]) {
		return false
	}
	for _, sp := range d.spans {
		if sp.s == e+1 {
			return sp.typ == "PER" && sp.e-sp.s > 1 && givenName(toks[sp.s].text)
		}
	}
	return false
}

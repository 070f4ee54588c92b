package actor

// A message goes out on a medium: "announced on Twitter", "said on her
// Twitter feed". The tagger reads such a service as a place ("on" is a
// place's preposition too); the verb of posting before "on", or a noun
// of an online account after the name, says it is the service, an
// organisation.

// postVerbs before "on" make the name after it the medium a message
// went out on: "the comedian added on Twitter", "fumed on Twitter".
var postVerbs = setOf(`said says added adds wrote writes posted posting tweeted announced announces
announcing confirmed confirms revealed reveals fumed circulated circulating reported`)

// accountNouns after a name make it an online service: "her Twitter
// feed", "on its Twitter account".
var accountNouns = setOf(`account accounts feed feeds page pages profile profiles followers post posts
blog blogs channel`)

// mediumEvidence weighs the context of m, a one-word name the tagger did
// not read as a person's, for an online service or another medium: a
// posting verb and "on" before it, or an account noun after it.
func mediumEvidence(toks []tok, m *mention) int {
	s, e := m.s, m.e
	if len(m.name) != 1 || m.typ == "PER" {
		return 0
	}
	if s >= 2 && toks[s-1].lower == "on" && postVerbs[toks[s-2].lower] {
		return 3
	}
	if e < len(toks) && toks[e].word && !toks[e].cap && accountNouns[toks[e].lower] && !(e+1 < len(toks) && toks[e+1].lower == "for") {
		return 3 // not the verb: "Supplies from Velmora account for 45%"
	}
	return 0
}

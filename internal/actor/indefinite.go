package actor

// A person is hardly ever counted out with the indefinite article: "a"
// or "an" right before a name that heads its noun phrase makes the name
// one of a kind of thing, a product, a model or a work ("saved £9,000 in
// a Starter Saver", "sold a Turner to pay for the roof", "A Starter
// Saver can be used for a first home"). A name that qualifies a noun
// after it ("a Kell novel") is left to other rules, and so is a name with
// a title ("a Mr Kell called"), which old-fashioned usage writes of a
// person the writer does not know.

// indefiniteThing reports whether m, a name without a title that the
// tagger did not read as a body's or a place's ("a U.S. official"),
// stands right after "a" or "an" and ends its noun phrase.
func indefiniteThing(toks []tok, m *mention) bool {
	if m.typ == "ORG" || m.typ == "LOC" || m.hon != "" || m.ofTitle || m.s == 0 || m.s > len(toks) {
		return false
	}
	switch toks[m.s-1].lower {
	case "a", "an":
	default:
		return false
	}
	if toks[m.s-1].cap && (len(m.name) < 2 || m.e >= len(toks) || !toks[m.e].word) {
		return false // "A Hogg, J Petrie": an initial in a line-up, no article
	}
	return endsPhrase(toks, m.e)
}

// vesselVerbs, as participles after a name and a comma with "by", say the
// name is a boat's: "Kittiwake, sailed by the Hume family,".
var vesselVerbs = setOf(`sailed skippered helmed crewed`)

// sailedBy reports whether m is followed by a comma and a participle of
// vesselVerbs with "by": a crew sails a boat, never a person.
func sailedBy(toks []tok, m *mention) bool {
	e := m.e
	return e+2 < len(toks) && toks[e].text == "," && vesselVerbs[toks[e+1].lower] && toks[e+2].lower == "by"
}

// countedSingles returns, in lower case, the one-word names the story
// counts out with "a" or "an" (in lower case: "A Wiley" is an initial in
// a line-up) ending the noun phrase somewhere ("until four years ago, a
// Gainsborough —") and that no given name ever stands before ("Thomas
// Gainsborough"): such a name is a kind of thing in all its mentions
// ("sells the family Gainsborough"), also where the tagger missed the
// counted one.
func countedSingles(docs []*paraDoc) map[string]bool {
	var out map[string]bool
	for _, d := range docs {
		toks := d.toks
		for k := 0; k+1 < len(toks); k++ {
			if t := &toks[k]; t.text != "a" && t.text != "an" {
				continue
			}
			if n := &toks[k+1]; n.word && n.cap && !n.sentStart && endsPhrase(toks, k+2) && !givenName(n.text) {
				if out == nil {
					out = map[string]bool{}
				}
				out[n.lower] = true
			}
		}
	}
	if out == nil {
		return nil // the usual case: no need to look for given names
	}
	for _, d := range docs {
		toks := d.toks
		for k := 0; k+1 < len(toks); k++ {
			if n, t := &toks[k+1], &toks[k]; n.word && n.cap && !n.sentStart && t.word && t.cap && givenName(t.text) {
				delete(out, n.lower) // "Ada Kell" elsewhere: a surname, not a counted name
			}
		}
	}
	return out
}

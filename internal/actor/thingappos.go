package actor

// A name set off by a comma and described as a brand, a line of goods or
// a story is that thing, not a person: "Body Glow, a brand of skincare
// products", "Tarrow Bay, a line of garden furniture", "Cy Pike, a
// story about a boy and a flying horse". People are described as
// having a story ("Ada Kell, a woman with a story"), not as being one
// about or of something.

// thingApposNouns head such an apposition; thingApposEnds must follow
// them (maybe after one more lower-case word: "a story set in", no).
var thingApposNouns = map[string]string{
	"brand": "of", "brands": "of", "line": "of", "range": "of",
	"story": "about", "tale": "about", "fable": "about", "parable": "about",
}

// thingApposition reports whether the name ending at token e is followed
// by a comma, "a", "an" or "the", at most three lower-case words, and one
// of thingApposNouns with its preposition: "Body Glow, a popular brand of
// soaps".
func thingApposition(toks []tok, e int) bool {
	if e+3 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "a", "an", "the":
	default:
		return false
	}
	for k := e + 2; k < len(toks)-1 && k < e+6; k++ {
		t := &toks[k]
		if !t.word || t.cap {
			return false
		}
		if p, ok := thingApposNouns[t.lower]; ok && toks[k+1].lower == p {
			return true
		}
	}
	return false
}

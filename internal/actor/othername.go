package actor

import "strings"

// This file reads names a person went or goes by, given in passing after
// another name of theirs: "Lady Gorringe … Harriet Slade, as she was
// when she graced the cover of every magazine", "Sophie Kettering, as
// she now is", "Edith, then Edith Marlow, was 17", "She was born Cecily
// Pruett in Bradford". Such a name is one more name of the person, never
// the one she is known by (bornname.go).

// otherNameOf reports whether the name over tokens [s, e) is given as
// another name of a person: followed by ", as she was", ", as he is"
// ("as she now is"); between ", then" and a comma; or after "she was
// born" or "he was born" (not "who was born", which as often gives the
// legal name a stage name stands for).
func otherNameOf(toks []tok, s, e int) bool {
	if e+3 < len(toks) && toks[e].text == "," && toks[e+1].lower == "as" && (toks[e+2].lower == "she" || toks[e+2].lower == "he") {
		switch toks[e+3].lower {
		case "was", "is", "now", "then", "became":
			return true
		}
	}
	if s >= 2 && toks[s-1].lower == "then" && toks[s-2].text == "," && e < len(toks) && toks[e].text == "," {
		return true
	}
	if s >= 3 && toks[s-1].lower == "born" && toks[s-2].lower == "was" {
		switch toks[s-3].lower {
		case "she", "he":
			return true
		}
	}
	return false
}

// sameGivenBearer returns the one person of the story named in full with
// the given name of m, a born or other name, and another surname, or
// nil. A nickname ("known … as") is left to the person named before it.
func (st *story) sameGivenBearer(m *mention) *cluster {
	if m.nickArg || len(m.name) < 2 {
		return nil
	}
	var found *cluster
	for _, c := range st.clusters {
		n := longest(c).name
		if c.kind != Person || len(n) < 2 || !strings.EqualFold(n[0], m.name[0]) || strings.EqualFold(n[len(n)-1], m.name[len(m.name)-1]) {
			continue
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}

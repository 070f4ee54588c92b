package actor

import "slices"

// A local building or structure is often named by where it stands and a
// noun in lower case: "the Riverside library", "Oakfield school",
// "Kelsey station". The building is what the story speaks of, so the
// noun belongs to the name; the place word alone would be a body that
// does not exist ("Riverside" the organisation).

// facilityNouns name buildings and structures after a place's name, with
// the kind of actor they make: an institution is an organisation, a
// structure a place.
var facilityNouns = map[string]string{
	"library": Org, "school": Org, "hospital": Org, "prison": Org, "church": Org,
	"station": Place, "bridge": Place,
}

// withFacility extends the one-word name of m, a body or a place the
// tagger found, over a facility noun in lower case right after it ("the
// Riverside library was closed"), when the phrase names one building:
// not after "a" or "an" ("a Dublin school": some school there), not
// before more of a noun phrase or a name ("Oxford school child",
// "Manchester station Key 103"), and not for a given name (a building
// named after a person) or an adjective ("English hospital", "Baptist
// church", a word the model knows as a MISC name).
func withFacility(d *paraDoc, m *mention) {
	e := m.e
	if len(m.name) != 1 || e >= len(d.toks) || m.typ != "ORG" && m.typ != "LOC" {
		return
	}
	t := &d.toks[e]
	kind, ok := facilityNouns[t.lower]
	if !ok || !t.word || t.cap || indefinite(d.toks, m.s) {
		return
	}
	if givenName(m.name[0]) || isNationality(m.name[0]) || slices.Contains(knownTypes(m.name[0]), "MISC") {
		return
	}
	if e+1 < len(d.toks) {
		if n := d.toks[e+1]; n.word && !(n.is(clsClauseWord) || n.is(clsAfterNounWord) || auxiliaries[n.lower]) {
			return
		}
	}
	m.name = append(m.name[:1:1], t.text)
	m.e = e + 1
	m.surface = normSpace(d.text[d.toks[m.s].start:t.end])
	m.kind = kind
	m.key = ""
}

package actor

// placeOnlyName reports whether m is a single word with person evidence
// that the model knows only as a place's, with no title, no role and no
// given-name reading: "teachers from South Africa, Australia, Jamaica,
// who are reducing …", "Jelena Jankovic of Serbia and Montenegro, who
// both won". A person named by one word is named by a word people are
// called by; a country's or a town's name alone is not one, whatever
// "who" after a list says. The caller leaves a side with organisation
// evidence to it ("England captain David Beckham").
func placeOnlyName(m *mention) bool {
	return m.pev > 0 && len(m.name) == 1 && m.hon == "" && len(m.roles) == 0 &&
		knownOnlyAs(m.name[0], "LOC") && !givenName(m.name[0])
}

package nlp

// Casing is how a word is written away from the start of a sentence in
// the running text the model's lexicon was built from (see caseStatistics).
type Casing uint8

// Casing values. Lower-case words of the language ("savers", "estate")
// are CasingLower; names ("Tesco", "Monday") CasingUpper.
const (
	CasingUnknown Casing = iota // too rare to tell (or not seen at all)
	CasingUpper                 // capitalised at least nine times in ten
	CasingMixed                 // both ways often
	CasingLower                 // lower case at least nine times in ten
)

// WordCasing reports how the lexicon's running text writes word when it
// does not open a sentence. Words seen fewer than five times are
// CasingUnknown: too few to tell a common word from a rare name.
func (m *Model) WordCasing(word string) Casing {
	b, ok := m.caseStat(normWord(normalizeToken(word)))
	if !ok || b >= 6 {
		return CasingUnknown
	}
	switch {
	case b <= 1:
		return CasingUpper
	case b >= 4:
		return CasingLower
	}
	return CasingMixed
}

// GivenName reports whether the model's gazetteer knows word, as written,
// as a person's given name (from the training data's names and a list of
// common given names).
func (m *Model) GivenName(word string) bool {
	if m.gaz == nil {
		return false
	}
	return m.gaz.first(normalizeToken(word)).types&(1<<firstNameBit) != 0
}

// KnownTypes returns the entity types ("PER", "ORG", "LOC", "MISC") the
// model's gazetteer knows word, as written and on its own, as a name of:
// none for a word the training data never named.
func (m *Model) KnownTypes(word string) []string {
	if m.gaz == nil {
		return nil
	}
	f := m.gaz.first(normalizeToken(word))
	var out []string
	for i, t := range entityTypes {
		if f.types&(1<<(i+1)) != 0 {
			out = append(out, t)
		}
	}
	return out
}

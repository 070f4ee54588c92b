package actor

// The pronoun "I" closing a sentence ("… and so do I. But the board
// …") looks to the tokenizer like an initial, whose full stop ends no
// sentence, and the tagger may join it to the next sentence's first
// word as a person: "I. But". A real initial opens a name or follows a
// given name ("I. M. Kell", "Ada I. Kell"); after a lower-case word
// and before an ordinary word it is the pronoun.

// pronounStop reports whether the name of m is the pronoun "I" with a
// sentence's full stop and the next sentence's first word: "I" after a
// lower-case word, then one word that the lexicon writes in lower case
// or the story writes in lower case elsewhere.
func (st *story) pronounStop(d *paraDoc, m *mention) bool {
	if len(m.name) != 2 || m.name[0] != "I." || m.hon != "" || m.s == 0 {
		return false
	}
	if prev := d.toks[m.s-1]; !prev.word || prev.cap {
		return false
	}
	w := m.name[1]
	return commonWord(w) || inSetFold(st.lower, w)
}

package actor

import "strings"

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

// firstPersonVerbs follow the pronoun "I" and never a name, a regnal
// number ("Charles I was") being followed by a verb of the third person:
// "I've told Ada I want to stay", "said to Ivo I think".
var firstPersonVerbs = setOf(`am want think know feel need hope love like believe don't didn't
haven't can't won't wouldn't couldn't guess mean wish reckon promise admit suppose 'm 've 'd 'll ’m ’ve ’d ’ll`)

// pronounIVerb reports whether t, after a name's last word "I", makes
// that "I" the pronoun: a lower-case verb of the first person.
func pronounIVerb(t *tok) bool {
	return (t.word || t.text != "" && (t.text[0] == '\'' || strings.HasPrefix(t.text, "’"))) && !t.cap && firstPersonVerbs[t.lower]
}

// pronounIContracted reports whether w is "I" with a verb run into it:
// "I've", "I'm", "I'd", "I'll".
func pronounIContracted(w string) bool {
	for _, a := range [...]string{"'", "’"} {
		if rest, ok := strings.CutPrefix(w, "I"+a); ok {
			switch rest {
			case "ve", "m", "d", "ll":
				return true
			}
		}
	}
	return false
}

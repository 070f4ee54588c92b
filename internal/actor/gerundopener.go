package actor

import (
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// A participle in "-ing" opening a sentence before a surname and a
// comma is the verb of a clause whose object is the person, not the
// person's given name: "Sentencing Kell, the judge said", "Thanking
// Marsh, she added". Capitalised by the sentence, it reads as a name
// word; trimLeadingJunk drops it. A name word that ends in "-ing" as a
// given name does ("Irving Kell, 40,") is a given name the model knows,
// or a word of no ordinary use; a word the lexicon writes capitalised
// ("Downing") is a name's.

// gerundOpener reports whether the first word of m, a name of two
// words, is such a participle: it opens the sentence, ends in "-ing",
// is an ordinary word (written in lower case by the lexicon or the
// story, or made from a verb the lexicon so writes) and no given name,
// the name's second word heads no body's or place's name, and a comma
// closes the name.
func (st *story) gerundOpener(d *paraDoc, m *mention) bool {
	if len(m.name) != 2 || m.e >= len(d.toks) || d.toks[m.e].text != "," {
		return false
	}
	t := &d.toks[m.s]
	l := t.lower
	if !t.sentStart || len(l) < 6 || !strings.HasSuffix(l, "ing") || givenName(m.name[0]) || headBits(m.name[1]) != 0 {
		return false
	}
	switch wordCasing(l) {
	case nlp.CasingLower, nlp.CasingMixed:
		return true
	case nlp.CasingUpper:
		return false
	}
	if st.lower[l] {
		return true
	}
	// Too rare for the lexicon: the verb it is made from ("thank",
	// "sentence", "grab").
	base := l[:len(l)-3]
	stems := [...]string{base, base + "e", ""}
	if n := len(base); n >= 2 && base[n-1] == base[n-2] {
		stems[2] = base[:n-1]
	}
	for _, s := range stems {
		if len(s) >= 4 && wordCasing(s) == nlp.CasingLower {
			return true
		}
	}
	return false
}

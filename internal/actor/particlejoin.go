package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// joinParticle joins two spans read as people with only lower-case name
// particles between them ("Ana" "dos" "Reis Carvalho", "Jan" "van der"
// "Berg"): Portuguese, Spanish, Dutch and Afrikaans surnames open with
// such words, and a tagger that does not know the surname cuts the name
// at them. No two people stand in a sentence joined by "dos" or "van
// der" alone. Both sides must be read as people, or the first be one
// given name the model knows or the last word a surname the story
// writes after a title of address, not both places ("Ana" or "Beatriz",
// with "Ms Vilela" later, read as a body and "Santos Vilela" as a
// place; not "Rio" "de" "Janeiro").
func joinParticle(d *paraDoc, spans []span, titled []string) []span {
	toks := d.toks
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if b.s <= a.e || b.s-a.e > 2 || !particleJoinable(toks, a, b, titled) {
			continue
		}
		ok := true
		for k := a.e; k < b.s; k++ {
			if !toks[k].word || toks[k].cap || !particles[toks[k].text] || patronymConnectors[toks[k].text] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		spans[i].e = b.e
		spans[i].typ = "PER"
		spans = append(spans[:i+1], spans[i+2:]...)
		i--
	}
	return spans
}

// particleSurname returns the one person of the story whose full name
// ends in name, a surname that opens with a particle ("Du Plessis",
// "van der Berg") a tagger read alone as a body or a place; nil when
// none or more than one does.
func (st *story) particleSurname(name []string) *cluster {
	var found *cluster
	for _, c := range st.clusters {
		if c.kind != Person {
			continue
		}
		long := longest(c).name
		if len(long) > len(name) && hasSuffixFold(long, name) {
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	return found
}

// firstSurname returns the first of two surnames of a Spanish or
// Portuguese name, by which its bearer is also called ("Ruiz" of "Ana
// Ruiz Torres"): the word before the last of a name of three words or
// more, when it is no given name the model knows, no initial, no
// particle and no patronymic connector, and the last surname, with any
// particles before it ("Lula" of "Luiz Inácio Lula da Silva"), is no
// word the language writes in lower case, even only at times ("Carson"
// of a "Johnny Carson Theater" read as a person stays apart). It returns "" otherwise.
func firstSurname(name []string) string {
	if len(name) < 3 || patronymGiven(name) != "" {
		return ""
	}
	j := len(name) - 1
	if c := wordCasing(strings.ToLower(name[j])); c == nlp.CasingLower || c == nlp.CasingMixed {
		return "" // a common noun, or one that also heads names ("Theater")
	}
	for j > 1 && particles[strings.ToLower(name[j-1])] {
		j--
	}
	if j < 2 {
		return ""
	}
	w := name[j-1]
	if len(w) < 3 || givenName(w) || particles[strings.ToLower(w)] || isInitial(strings.TrimSuffix(w, ".")) || !nameLike(w) || strings.HasSuffix(w, ".") {
		return ""
	}
	return w
}

// particleJoinable reports whether spans a and b, with particles between
// them, may be one person's name: both read as people, or a one-word
// given name first or a titled surname last (titled) and not two
// places, every word of both name-like.
func particleJoinable(toks []tok, a, b span, titled []string) bool {
	for k := a.s; k < b.e; k++ {
		if (k < a.e || k >= b.s) && (!toks[k].word || !nameLike(toks[k].text) || toks[k].honorific()) {
			return false
		}
	}
	if a.typ == "PER" && b.typ == "PER" {
		return true
	}
	if a.e-a.s != 1 || b.e-b.s > 3 || a.typ == "LOC" && b.typ == "LOC" {
		return false
	}
	return givenName(toks[a.s].text) || slices.Contains(titled, toks[b.e-1].text)
}

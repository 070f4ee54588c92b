package link

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/petname"
)

// nameSuffixes are words after a surname that are not the surname.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// nameTitles are first words that say nothing of which person is meant.
var nameTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "prof": true, "professor": true, "rev": true, "president": true,
	"prince": true, "princess": true, "king": true, "queen": true, "judge": true, "senator": true,
	"sen": true, "rep": true, "gov": true, "governor": true, "mayor": true, "captain": true,
	"general": true, "gen": true, "col": true, "chancellor": true, "minister": true,
}

// personNames appends to out, as (term, given) pairs, the full-named
// people among a thread's actor keys ("person:jeremy clarkson") whose
// surname is a term of the thread's vector terms (sorted term ids): the
// surname's term, and the id of the words before the surname (given
// names, initials, a title; Linker.givens).
func (l *Linker) personNames(actors []int32, terms []int32, out []int32) []int32 {
	for _, a := range actors {
		name, ok := strings.CutPrefix(l.acts.str[a], "person:")
		if !ok {
			continue
		}
		words := strings.Fields(name)
		for len(words) > 2 && nameSuffixes[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if len(words) < 2 {
			continue
		}
		id, ok := l.termID[stem(words[len(words)-1])]
		if !ok {
			continue
		}
		if _, found := slices.BinarySearch(terms, id); !found {
			continue
		}
		out = append(out, id, l.givenOf(words[:len(words)-1]))
	}
	return out
}

// givenOf returns the id of a person's given names, adding them to the
// table.
func (l *Linker) givenOf(words []string) int32 {
	key := strings.Join(words, " ")
	id := l.givenKeys.idOf(key)
	if int(id) == len(l.givens) {
		l.givens = append(l.givens, strings.Fields(key))
	}
	return id
}

// sameFirst reports whether two first words may name one person: they
// share an initial (Mo and Maurice, J and John), counting a pet name by
// the names it stands for ("Bill" and William: package petname), or
// either is a title ("Mr").
func sameFirst(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a[0] == b[0] || nameTitles[a] || nameTitles[b] {
		return true
	}
	for _, x := range petname.Of(a) {
		if x[0] == b[0] {
			return true
		}
		for _, y := range petname.Of(b) {
			if x[0] == y[0] {
				return true
			}
		}
	}
	for _, y := range petname.Of(b) {
		if a[0] == y[0] {
			return true
		}
	}
	return false
}

// sameGiven reports whether the words before two people's surname may
// name one person: some word of one may be some word of the other ("W
// Mark Felt" and "Mark Felt").
func sameGiven(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameFirst(x, y) {
				return true
			}
		}
	}
	return false
}

// namesakeDot returns the part of the dot product of a's and b's raw
// idf-weighted vectors owed to a surname both name only through different
// people: "Jeremy Clarkson" in one thread and "Lana Clarkson" in the
// other share the word and not the person, so the word is no evidence
// that the threads tell one matter. A thread that also writes the bare
// surname, or a person whose first name may be the other's, keeps it.
func (l *Linker) namesakeDot(a, b *node) float64 {
	if a.nameMask&b.nameMask == 0 {
		return 0 // no surname in common (also when either has none)
	}
	var sum float64
	an, bn := l.names(a), l.names(b)
	for i := 0; i < len(an); i += 2 {
		x := an[i]
		if hasSurname(an[:i], x) {
			continue // this surname was weighed with its first person
		}
		shared, same := false, false
		for j := 0; j < len(bn); j += 2 {
			if bn[j] != x {
				continue
			}
			shared = true
			for k := i; k < len(an); k += 2 {
				if !same && an[k] == x && (an[k+1] == bn[j+1] || sameGiven(l.givens[an[k+1]], l.givens[bn[j+1]])) {
					same = true
				}
			}
		}
		if !shared || same || l.hasBare(a, x) || l.hasBare(b, x) {
			continue
		}
		f := l.idf(x)
		sum += l.weightOf(a, x) * l.weightOf(b, x) * f * f
	}
	return sum
}

// hasSurname reports whether people as (term, given) pairs hold one of
// surname term t.
func hasSurname(names []int32, t int32) bool {
	for i := 0; i < len(names); i += 2 {
		if names[i] == t {
			return true
		}
	}
	return false
}

// hasBare reports whether a thread has a person actor named by the
// surname of term t alone ("person:clarkson"): it may be either person.
func (l *Linker) hasBare(n *node, t int32) bool {
	for _, a := range l.actors(n) {
		name, ok := strings.CutPrefix(l.acts.str[a], "person:")
		if !ok || strings.Contains(name, " ") {
			continue
		}
		if id, ok := l.termID[stem(name)]; ok && id == t {
			return true
		}
	}
	return false
}

// weightOf returns the raw weight of term t in a thread's vector (0 when
// it has none).
func (l *Linker) weightOf(n *node, t int32) float64 {
	ts, keys, w := l.vec(n)
	if i, ok := slices.BinarySearch(ts, t); ok {
		return float64(w[keys[i]])
	}
	return 0
}

package actor

import "strings"

// A name that holds a verb is a title, of a book, a show or a film
// ("Kevin Can Wait", "Ada Takes Flight", "Bun Bun Can't Sleep"), not a
// person's: no name has a contracted negative, and an auxiliary, a
// modal or a verb of motion inside a name, with capitalised words on
// both sides, makes a clause of it. "Will" and "May" are left out (given
// names), and so is a verb at either end ("Emre Can").

// innerVerbs are verbs that, capitalised between two words of a name,
// make a title's clause of it.
var innerVerbs = setOf(`can cannot could must does did shall should would is was are has had have
goes takes gets makes meets saves comes finds loves wants`)

// verbTitle reports whether the words of a name make a clause: a word
// ending in "n't", or one of innerVerbs inside the name.
func verbTitle(words []string) bool {
	for i, w := range words {
		l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if len(words) > 1 && strings.HasSuffix(l, "n't") {
			return true
		}
		if i > 0 && i < len(words)-1 && innerVerbs[l] {
			return true
		}
	}
	return false
}

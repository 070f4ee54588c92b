package actor

import "strings"

// A courtesy title (Mr, Mrs, Miss, Ms, Master) is how a person is called,
// never with "the" before it: "the Miss Ada Fenwell" names a boat, a
// hotel or a show called after one ("Its oldest launch, the Miss Ada
// Fenwell,"). As with a title of rank (theTitled, titledthing.go), the
// name is a thing's only when every one of its mentions has the article,
// so a person written once without it stays a person.

// courtesyTitles are the titles of address that take no article.
var courtesyTitles = setOf(`mr mrs miss ms master`)

// theCourtesy reports whether m, a name with a courtesy title and at
// least one word after it, follows "the": "the Miss Ada Fenwell", "the
// Mr Tibble". "The" opening a sentence counts too.
func theCourtesy(toks []tok, m *mention) bool {
	return m.hon != "" && !m.ofTitle && courtesyTitles[strings.TrimSuffix(strings.ToLower(m.hon), ".")] && m.s > 0 && toks[m.s-1].lower == "the" && m.e-m.s > 1
}

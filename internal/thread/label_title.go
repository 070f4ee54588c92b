package thread

import "strings"

// A report names an official in full with the office in front ("Judge
// Rachel Oyelaran", "Education Secretary Felicity Oakhurst", "Inspector
// Ruth Alcock"), and then, as headlines do, by office and surname:
// "Judge Oyelaran", "Inspector Alcock". The office-title rule labels a
// three-word name that opens with such an office word by the office and
// the surname, dropping the given name, which tells a reader least.
//
// Some offices are posts, not forms of address: a British paper writes
// "Home Secretary David Blunkett" or "the Chancellor, Gordon Brown", but
// never "Secretary Blunkett" or "Minister Kelly". The post is cut from
// such a name (the qualifier before it, "Home", "Education", is no name
// word and is not in it), and the label keeps the person's own name:
// "David Blunkett election", not "Secretary Blunkett election".
//
// A label's name runs to three words, so a post with its qualifier
// before a full name ("Health Secretary Owen Trask") comes out cut in
// the middle of the person's name ("Health Secretary Owen"). Headlines
// call a minister by the post ("Home Secretary's lost spreadsheet",
// "Shadow chancellor's apology"): the cut-post rule keeps the post and
// drops the stray given name.

// officeTitles are offices written before a person's full name and, in
// headlines, before the surname alone.
var officeTitles = toSet(`judge inspector mayor constable cllr councillor sergeant detective superintendent senator governor`)

// postTitles are offices written before a full name but never before a
// surname alone.
var postTitles = toSet(`secretary minister chancellor commissioner`)

// titleName returns c, the label's name, or its office and surname when
// it is an office word and a two-word name (the office-title rule), or
// the name without its post (a postTitles word) in front.
func titleName(c *cand) *cand {
	n := len(c.words)
	if n < 2 || n > 3 {
		return c
	}
	if cut, ok := cutPostName(c); ok {
		return cut
	}
	first := strings.ToLower(c.words[0].surface)
	if _, ok := postTitles[first]; ok {
		s := *c
		s.words = c.words[1:]
		return &s
	}
	if _, ok := officeTitles[first]; !ok || n != 3 {
		return c
	}
	s := *c
	s.words = []word{c.words[0], c.words[2]}
	return &s
}

// cutPostName returns c without its last word when c is a qualifier, a
// post and a given name that the text runs on into the surname ("Health
// Secretary Owen" of "Health Secretary Owen Trask"): the cut-post rule.
func cutPostName(c *cand) (*cand, bool) {
	ws := c.words
	if len(ws) != 3 || cap(ws) < 4 || !wordIn(postTitles, ws[1]) || !ws[2].name {
		return c, false
	}
	if next := ws[:4][3]; !next.joined || !next.name {
		return c, false // the name ends with the label's: no cut
	}
	s := *c
	s.words = ws[:2]
	return &s, true
}

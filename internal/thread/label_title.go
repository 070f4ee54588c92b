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

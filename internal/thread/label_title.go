package thread

import "strings"

// A report names an official in full with the office in front ("Judge
// Rachel Oyelaran", "Education Secretary Felicity Oakhurst", "Inspector
// Ruth Alcock"), and then, as headlines do, by office and surname:
// "Judge Oyelaran", "Inspector Alcock". The office-title rule labels a
// three-word name that opens with such an office word by the office and
// the surname, dropping the given name, which tells a reader least.

// officeTitles are offices written before a person's full name.
var officeTitles = toSet(`judge inspector secretary mayor constable cllr councillor chancellor minister sergeant detective superintendent commissioner senator governor`)

// titleName returns c, the label's name, or its office and surname when
// it is an office word and a two-word name (the office-title rule).
func titleName(c *cand) *cand {
	if len(c.words) != 3 {
		return c
	}
	if _, ok := officeTitles[strings.ToLower(c.words[0].surface)]; !ok {
		return c
	}
	s := *c
	s.words = []word{c.words[0], c.words[2]}
	return &s
}

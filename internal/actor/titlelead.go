package actor

// A pronoun or a verb of being written with a capital inside a sentence
// opens the title of a work, whose title case the tagger cuts off before
// the name it reads in it: "topped the chart with Are You Lonely Again",
// "the promise of Our Redeemer", "a slogan, Vote Tarrow, Get Marsh". Prose
// never capitalises these words there, and a person's name never follows
// them as part of the title's words. "His" and "Her" are left out, as
// they open a courtesy ("His Holiness", "Her Majesty").

// titleLeadWords are the words that open such a title.
var titleLeadWords = setOf(`You Your Our My Me We It Its Their Is Are Was Were Am Get`)

// titleLeadIn reports whether the name starting at token s opens with
// one of titleLeadWords ("Our Redeemer") or comes right after one ("Are
// You | Lonely Again") in a sentence written in sentence case: the
// capitalised run before the name starts after a lower-case word or a
// comma, not at the start of a sentence or a quotation.
func titleLeadIn(toks []tok, s int) bool {
	lead := func(k int) bool {
		t := &toks[k]
		return t.word && t.cap && !t.sentStart && titleLeadWords[t.text]
	}
	if s >= len(toks) {
		return false
	}
	k := s - 1
	if !lead(s) {
		if s < 2 || !lead(s-1) {
			return false
		}
		k = s - 2
	}
	for ; k >= 0 && k >= s-6; k-- {
		t := &toks[k]
		switch {
		case !t.word:
			return t.text == ","
		case t.sentStart:
			return false
		case !t.cap:
			return true
		}
	}
	return false
}

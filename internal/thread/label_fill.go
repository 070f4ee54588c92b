package thread

// A reference label, like a headline, runs to three or four words: who
// does what. Over the development round-ups a label of two words
// matches the gold label about as precisely as a longer one (each word
// is about as likely a gold word) but leaves out more of it, so it
// scores well below a three-word one; against the BBC articles' own
// headlines too. The fill rule gives a label that the other rules left
// short a third word: the thread's best topic word, else its best name,
// that the lead paragraph uses and the label does not hold already. A
// word the thread only brings in after the lead is detail (a quoted
// source, a figure's context), a gold word less often, and so is one
// first met in a relative clause of the lead (label_aside.go); a topic
// word that is seldom a noun ("acute", "reopen") makes no headline.

// Fill rule constants.
const (
	// fillWords is the length the fill rule brings a label up to.
	fillWords = 3
	// fillNoun is the least nounness of a topic word the fill rule adds.
	fillNoun = 0.5
)

// fillable reports whether the fill rule may add c to label: a topic
// word that is noun enough, or a name, that the lead paragraph uses
// first outside a relative clause (label_aside.go) and whose stems the
// label does not hold.
func (lb *labeler) fillable(label []string, c *cand) bool {
	if c.first != 0 || c.pos >= 0 && c.pos < len(lb.aside) && lb.aside[c.pos] {
		return false
	}
	return (c.isName() || c.noun >= fillNoun) && !labelHolds(label, c)
}

// labelHolds reports whether a stem of c's words is a stem of the
// label's words (rules write words of their own, which the used stems
// do not show).
func labelHolds(label []string, c *cand) bool {
	var buf [8]string
	for _, l := range label {
		for _, t := range AppendTerms(buf[:0], l) {
			for _, w := range c.words {
				if w.stem == t {
					return true
				}
			}
		}
	}
	return false
}

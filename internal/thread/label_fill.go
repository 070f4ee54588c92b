package thread

import "strings"

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

// A fourth word is news as well when the thread comes back to it: over
// the development round-ups a topic word the thread uses more than once
// is a gold word more often than one it uses once (a third of the time
// against a quarter), and labels of four words score better than those
// of three; so the fill rule goes on to a fourth word with a topic word
// used at least fillRepeat times, but not with a name.

// Fill rule constants.
const (
	// fillWords is the length the fill rule brings a label up to with
	// any fillable word.
	fillWords = 3
	// fillMost is the length it brings a label up to with a topic word
	// used at least fillRepeat times.
	fillMost = 4
	// fillRepeat is the least number of uses of a fourth word.
	fillRepeat = 2
	// fillNoun is the least nounness of a topic word the fill rule adds.
	fillNoun = 0.5
)

// fillable reports whether the fill rule may add c to label as its n-th
// word (a phrase ending there): a topic word that is noun enough, or a
// name (only up to fillWords), that the lead paragraph uses first
// outside a relative clause (label_aside.go), whose stems the label does
// not hold, and which the thread uses fillRepeat times if n is past
// fillWords.
func (lb *labeler) fillable(label []string, c *cand, n int) bool {
	if c.first != 0 || c.pos >= 0 && c.pos < len(lb.aside) && lb.aside[c.pos] {
		return false
	}
	if e := c.pos + len(c.words); c.pos >= 0 && e < len(lb.aside) && lb.buf[e].joined && lb.buf[e].name {
		return false // a descriptor of the name it stands before: "gold explorer Tarrant Hill"
	}
	if publicNoun(c) {
		return false // whom the news touches (the public rule, label_public.go)
	}
	if n > fillWords && (c.isName() || c.count < fillRepeat) {
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

// fillOrder returns label, whose last word is the one word of c that the
// fill rule added, with that word moved to stand before the label's
// lower-case word that follows it in lead (the words of the lead
// paragraph), written the same or of the same stem, as a modifier stands
// before its noun: "car park charges", not "park charges car"; "grammar
// school plans" from "grammar schools", not "school plans grammar".
func fillOrder(label []string, lead []word, c *cand) []string {
	last := len(label) - 1
	if len(c.words) == 1 && c.pos > 0 && startsUpper(label[last]) {
		return nameOrder(label, lead, c.pos)
	}
	if len(c.words) != 1 || c.pos < 0 || c.pos+1 >= len(lead) || !lead[c.pos+1].joined || startsUpper(label[last]) {
		return label
	}
	if p := c.pos - 1; p >= 0 && lead[c.pos].joined && (strings.EqualFold(lead[p].surface, "and") || strings.EqualFold(lead[p].surface, "or")) {
		return label // the second of a pair: "foot and mouth outbreak"
	}
	next := lead[c.pos+1]
	for j := 0; j < last; j++ {
		if sameWord(label[j], next) && !startsUpper(label[j]) {
			w := label[last]
			copy(label[j+1:], label[j:last])
			label[j] = w
			return label
		}
	}
	return label
}

// nameOrder returns label, whose last word is a name word the fill rule
// added from lead[at], with that word moved right after the label's word
// that stands right before it in the lead, in one run of capitalised
// words, or one word before it past a word set apart by marks on both
// sides (a nickname: "Danny 'Pocket' Ferreira"): the given name and the
// surname of one person stand together ("Danny Ferreira retires", not
// "Danny retires Ferreira").
func nameOrder(label []string, lead []word, at int) []string {
	k := at - 1
	if !lead[at].joined {
		if k < 1 || lead[k].joined || !lead[k].upper {
			return label
		}
		k-- // past the nickname
	}
	if !lead[k].upper {
		return label
	}
	last := len(label) - 1
	for j := 0; j < last; j++ {
		if !strings.EqualFold(label[j], lead[k].surface) {
			continue
		}
		if j+1 == last || startsUpper(label[j+1]) {
			return label // in place already, or inside the name
		}
		w := label[last]
		copy(label[j+2:], label[j+1:last])
		label[j+1] = w
		return label
	}
	return label
}

// sameWord reports whether the label word l is w, written the same or
// of the same stem ("school" and "schools").
func sameWord(l string, w word) bool {
	if strings.EqualFold(l, w.surface) {
		return true
	}
	var buf [4]string
	for _, t := range AppendTerms(buf[:0], l) {
		if t == w.stem {
			return true
		}
	}
	return false
}

package thread

// Diary and gossip columns open an item with a crosshead: a few words
// set apart as its own paragraph, most often a pun or a tease ("Saddle
// sore", "Bread winner", "Hedge fund", "Country life for Odile"), with the
// news in the paragraph after it ("Actress Odile Fairbanks has bought a
// cottage in the Cotswolds…"). Taken as the lead, a crosshead's pun
// words got the lead's double weight and its first words the lead's
// subject. The crosshead rule takes the second paragraph as the lead
// when the first is that short and the thread goes on, and counts the
// crosshead as an ordinary paragraph after it. A crosshead that is a
// plain headline ("Chancellor hails growth figures", "Measles warning for
// parents") repeats the item's words: when more than half its content
// words recur in the thread's other paragraphs it stays the lead.

// crossheadWords is the most words (tokens, function words included) of
// a first paragraph that the crosshead rule takes for a crosshead.
const crossheadWords = 7

// crosshead returns paras with a crosshead first paragraph moved after
// the paragraph that follows it (the crosshead rule), in a buffer of lb;
// otherwise paras itself.
func (lb *labeler) crosshead(paras [][]word) [][]word {
	if len(paras) < 2 || len(paras[0]) == 0 || len(paras[0]) > crossheadWords || plainHeadline(paras) {
		return paras
	}
	buf := append(lb.paras[:0], paras[1], paras[0])
	buf = append(buf, paras[2:]...)
	lb.paras = buf
	return buf
}

// plainHeadline reports whether more than half the content words of the
// first of paras recur in the others.
func plainHeadline(paras [][]word) bool {
	n, recur := 0, 0
	for _, w := range paras[0] {
		if w.stop {
			continue
		}
		n++
		if usesStem(paras[1:], w.id) {
			recur++
		}
	}
	return 2*recur > n
}

// usesStem reports whether any of paras holds a word with stem id.
func usesStem(paras [][]word, id int32) bool {
	for _, p := range paras {
		for _, w := range p {
			if w.id == id {
				return true
			}
		}
	}
	return false
}

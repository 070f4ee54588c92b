package thread

// An obituary opens on its subject with the death in a relative clause
// and goes on, in the same sentence, to the life: "For 32 years the Rev
// Dafydd Prosser, who has died aged 84, rode a motorcycle between his
// churches". The fate rule (label_fate.go) calls it "obituary" when the
// subject opens the sentence; the sentence's going on after the clause
// says so as well, whatever adverbial comes first. A death told in a
// clause that ends its sentence ("Tributes have been paid to the singer
// Maggie Hay, who has died aged 81.") is news of the death: "dies".
//
// An obituary page may set its subject's name above the piece as a
// heading in capitals ("DAME HILARY WATERHOUSE"), with a strapline
// under it ("Actress whose voice could fill the Old Vic"), and the death
// in the paragraph after: the obituary-heading rule reads the fate in
// the first of the next two paragraphs that tells an obituary.

// lifeFollows reports whether the relative clause of a death, its verb
// lead[i], ends at a break that the sentence goes on past with a
// lower-case word that opens no adverbial: the main clause's verb ("was",
// "rode", "ran").
func lifeFollows(lead []word, i int) bool {
	k := i + 1
	for k < len(lead) && lead[k].joined {
		k++
	}
	if k >= len(lead) || lead[k].upper {
		return false
	}
	return !wordIn(fatePreps, lead[k]) && !wordIn(fateSubordinators, lead[k]) && !wordIn(fateConjunctions, lead[k])
}

// obituaryHeadWords is the most words of a heading in capitals that the
// obituary-heading rule reads as the subject's name set above the piece.
const obituaryHeadWords = 5

// obituaryLead returns the paragraph, among the two after a first
// paragraph that is a short heading in capitals, that tells an obituary
// (the obituary-heading rule); paras are the thread's paragraphs as label
// works on them.
func obituaryLead(paras [][]word) ([]word, fate, bool) {
	if len(paras) < 2 || !capsHeading(paras[0]) {
		return nil, fate{}, false
	}
	for _, p := range paras[1:min(len(paras), 3)] {
		if f, ok := leadFate(p); ok && f.event == "obituary" {
			return p, f, true
		}
	}
	return nil, fate{}, false
}

// capsHeading reports whether ws are a few words, all in capitals.
func capsHeading(ws []word) bool {
	if len(ws) == 0 || len(ws) > obituaryHeadWords {
		return false
	}
	for _, w := range ws {
		if !w.caps {
			return false
		}
	}
	return true
}

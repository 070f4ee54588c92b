package actor

// speakerSpans finds the speaker's name that opens a paragraph before a
// colon and a quotation, as interviews and columns label who speaks:
// "Platell: 'The star shone brightest …'". One or two name words only;
// a common word so written ("Warning: '…'") is dropped later as an
// ordinary word of the story opening a sentence.
func speakerSpans(toks []tok) []span {
	n := 0
	for n < len(toks) && n < 2 && nameWord(toks, n) && nameLike(toks[n].text) && !toks[n].honorific() {
		n++
	}
	if n == 0 || n+1 >= len(toks) || toks[n].text != ":" || !openQuote(toks[n+1].text) {
		return nil
	}
	return []span{{s: 0, e: n, typ: "PER", rule: true}}
}

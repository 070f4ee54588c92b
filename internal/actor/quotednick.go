package actor

// nickSpans finds names written with a nickname in quotes between the
// given name and the surname: "Gareth 'Gaz' Pumfrey", "Daniel “Dan”
// Okoro". The whole is one person, whatever the tagger made of the
// quotes.
func nickSpans(toks []tok) []span {
	var out []span
	for i := 0; i+4 < len(toks); i++ {
		if quotedNick(toks, i+2) && givenName(toks[i].text) && nameWord(toks, i) && nameWord(toks, i+4) {
			out = append(out, span{s: i, e: i + 5, typ: "PER", rule: true})
			i += 4
		}
	}
	return out
}

// quotedNick reports whether token k is a capitalised word in quotes
// with a name word on each side: the nickname in "Gareth 'Gaz'
// Pumfrey".
func quotedNick(toks []tok, k int) bool {
	if k < 2 || k+2 >= len(toks) {
		return false
	}
	t := toks[k]
	return t.word && t.cap && nameLike(t.text) && openQuote(toks[k-1].text) && closeQuote(toks[k+1].text) &&
		toks[k-2].word && toks[k-2].cap && toks[k+2].word && toks[k+2].cap
}

func openQuote(s string) bool  { return s == "'" || s == "‘" || s == "\"" || s == "“" }
func closeQuote(s string) bool { return s == "'" || s == "’" || s == "\"" || s == "”" }

package actor

// knownAs returns the nickname a full name from token s to e is given
// right after it, ", known as Bill" or "(known to friends as Bill)", or
// "". Names of a pair ("A and B, known as Ant and Dec") get none.
func knownAs(toks []tok, s, e int) string {
	if s > 0 && toks[s-1].lower == "and" {
		return ""
	}
	k := e
	if k < len(toks) && (toks[k].text == "," || toks[k].text == "(") {
		k++
	}
	if k+2 >= len(toks) || toks[k].lower != "known" {
		return ""
	}
	k++
	if toks[k].lower == "to" && k+2 < len(toks) && !toks[k+1].cap {
		k += 2 // "known to friends as"
	}
	if toks[k].lower != "as" {
		return ""
	}
	k++
	if k < len(toks) && openQuote(toks[k].text) {
		k++
	}
	if k >= len(toks) || !nameWord(toks, k) || !nameLike(toks[k].text) || k+1 < len(toks) && (toks[k+1].word && toks[k+1].cap || toks[k+1].lower == "and") {
		return ""
	}
	return toks[k].text
}

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

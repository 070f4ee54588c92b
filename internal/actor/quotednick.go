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
		if n := quotedNickLen(toks, i+2); n > 0 && i+n+3 < len(toks) && givenName(toks[i].text) && nameWord(toks, i) && nameWord(toks, i+n+3) {
			out = append(out, span{s: i, e: i + n + 4, typ: "PER", rule: true})
			i += n + 3
		}
	}
	return out
}

// quotedNickLen returns how many capitalised words, one to three, stand
// in quotes from token k with a name word on each side of the quotes:
// 1 for "Gareth 'Gaz' Pumfrey", 2 for "Tommy 'The Tornado' Cartwright";
// 0 when there is no such nickname.
func quotedNickLen(toks []tok, k int) int {
	if k < 2 || !openQuote(toks[k-1].text) || !toks[k-2].word || !toks[k-2].cap {
		return 0
	}
	for n := 1; n <= 3 && k+n+1 < len(toks); n++ {
		t := toks[k+n-1]
		if !t.word || !t.cap || !nameLike(t.text) && !(n == 1 && t.lower == "the") {
			return 0
		}
		if closeQuote(toks[k+n].text) {
			if n == 1 && t.lower == "the" || !toks[k+n+1].word || !toks[k+n+1].cap {
				return 0
			}
			return n
		}
	}
	return 0
}

func openQuote(s string) bool  { return s == "'" || s == "‘" || s == "\"" || s == "“" }
func closeQuote(s string) bool { return s == "'" || s == "’" || s == "\"" || s == "”" }

// knownAsBearer returns the person a one-word mention in quotes after
// "known … as" nicknames: the person named last before it, whom the
// clause describes ("Tregothnan, known in the commentary box as
// 'Sparky',", "The 29-year-old, known to friends as 'Tills',"), or nil.
func (st *story) knownAsBearer(m *mention) *cluster {
	d := st.doc(m.para)
	if d == nil || len(m.name) != 1 || !afterKnownAs(d.toks, m.s) {
		return nil
	}
	var last *cluster
	for _, c := range st.clusters {
		if c.kind == Person && c.lastSeen >= 0 && c.lastSeen < m.order && (last == nil || c.lastSeen > last.lastSeen) {
			last = c
		}
	}
	return last
}

// afterKnownAs reports whether token s is a word in quotes after
// "known as", with at most four lower-case words between "known" and
// "as" ("known to friends as 'Tills'", "known in the commentary box as
// 'Sparky'").
func afterKnownAs(toks []tok, s int) bool {
	k := s - 1
	if k < 0 || !openQuote(toks[k].text) || s+1 >= len(toks) || !closeQuote(toks[s+1].text) {
		return false
	}
	k--
	if k < 0 || toks[k].lower != "as" {
		return false
	}
	for n := 0; n <= 4 && k > 0; n++ {
		k--
		t := toks[k]
		if t.lower == "known" {
			return true
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}

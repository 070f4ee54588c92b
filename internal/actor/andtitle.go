package actor

// This file splits a span a tagger read as one person across "and"
// where a title opens what follows: "the Queen and Duke of Corran" are
// two people, and "urged Lord Chief Justice and Lord Justice Harrow" an
// office and a judge, never one person whose role ends in "and". A
// plural judge's title before surnames ("Lord Justices Harrow and
// Pell") titles each of them (judge.go).

// splitTitledAnd splits every person's span (a tagger's or a rule's) at
// a lower-case "and" right before a capitalised title: the words before
// it are a name or a role of their own when a title, a role noun or a
// given name opens them, and are left out otherwise.
func splitTitledAnd(d *paraDoc, spans []span) []span {
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		if sp.typ != "PER" && !sp.rule {
			continue
		}
		for k := sp.s + 1; k+2 < sp.e; k++ {
			t, next := d.toks[k], d.toks[k+1]
			if t.text != "and" || !next.word || !next.cap || !next.honorific() {
				continue
			}
			left, right := sp, sp
			left.e, right.s = k, k+1
			if k == sp.s+1 && sp.s > 0 && d.toks[sp.s-1].lower == "the" && d.toks[sp.s].honorificClass() == "royal" {
				left.s-- // "the Queen and Duke of Corran": "the Queen" alone
			}
			left.pair, right.pair = true, true
			if w := d.toks[sp.s].text; isHonorific(w) || isRoleHead(w) || givenName(w) {
				spans = replaceSpan(spans, i, left, right)
			} else {
				spans[i] = right // "The Drifters and King Corran": the words before are no one's
			}
			break
		}
	}
	return spans
}

// benchSpans finds the surnames listed after the first one a plural
// judge's title opens, "Pell" and "Quaid" of "Lord Justices Harrow, Pell
// and Quaid": each is a judge, whom the tagger may read as anything.
func benchSpans(toks []tok) []span {
	var out []span
	for j := 1; j+3 < len(toks); j++ {
		if toks[j].text != "Justices" || judgeTitle(toks, j) == "" {
			continue
		}
		k := j + 1
		for first := true; k < len(toks) && nameWord(toks, k); first = false {
			if !first {
				out = append(out, span{s: k, e: k + 1, typ: "PER", rule: true})
			}
			k++
			if k+1 >= len(toks) || toks[k].text != "," && toks[k].text != "and" {
				break
			}
			k++
		}
		j = k
	}
	return out
}

// listedBench returns the judge's title a surname at token s takes from a
// plural title opening the list it closes or stands in ("Lord Justice"
// for "Pell" of "Lord Justices Harrow and Pell"), or "".
func listedBench(toks []tok, s int) string {
	k := s - 1
	for n := 0; n < 6 && k >= 1 && (toks[k].text == "and" || toks[k].text == ","); n++ {
		k--
		if !nameWord(toks, k) {
			return ""
		}
		if b := judgeTitle(toks, k-1); b != "" && toks[k-1].text == "Justices" {
			return b
		}
		k--
	}
	return ""
}

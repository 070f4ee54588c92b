package actor

// splitSemicolons cuts every span the tagger ran across a semicolon into
// the parts on either side of it: a semicolon ends a name, whatever
// follows. Team line-ups write positions apart with one ("Walder; May,
// Tait, Stephenson; Wilkinson, Grindal"), and the tagger reads the two
// surnames around it as one person's name. Parts without a word are
// dropped. Without a semicolon in any span (most paragraphs) spans is
// returned as it is; otherwise a new slice.
func splitSemicolons(toks []tok, spans []span) []span {
	cut := false
	for _, sp := range spans {
		if semicolonIn(toks, sp.s, sp.e) {
			cut = true
			break
		}
	}
	if !cut {
		return spans
	}
	out := make([]span, 0, len(spans)+2)
	for _, sp := range spans {
		if !semicolonIn(toks, sp.s, sp.e) {
			out = append(out, sp)
			continue
		}
		s := sp.s
		for k := sp.s; k <= sp.e; k++ {
			if k < sp.e && toks[k].text != ";" {
				continue
			}
			if part := trimToWords(toks, s, k); part.e > part.s {
				p := sp
				p.s, p.e = part.s, part.e
				out = append(out, p)
			}
			s = k + 1
		}
	}
	return out
}

// semicolonIn reports whether a token of [s, e) is a semicolon.
func semicolonIn(toks []tok, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].text == ";" {
			return true
		}
	}
	return false
}

// trimToWords narrows [s, e) to run from its first word to its last;
// the result is empty (e <= s) when it holds none.
func trimToWords(toks []tok, s, e int) span {
	for s < e && !toks[s].word {
		s++
	}
	for e > s && !toks[e-1].word {
		e--
	}
	return span{s: s, e: e}
}

// splitAtIn cuts a span the tagger read as a person's at a lower-case
// "in" inside it: a person's name holds no "in", and the words after it
// are where the thing before it is ("the Lady Constance Hotel in Market
// Deeping", read as one name). The part after "in" becomes a place's.
// Without such a span (nearly every paragraph) spans is returned as it
// is; otherwise a new slice.
func splitAtIn(toks []tok, spans []span) []span {
	cut := -1
	for i, sp := range spans {
		if sp.typ == "PER" && inAt(toks, sp.s, sp.e) > 0 {
			cut = i
			break
		}
	}
	if cut < 0 {
		return spans
	}
	out := make([]span, 0, len(spans)+2)
	out = append(out, spans[:cut]...)
	for _, sp := range spans[cut:] {
		k := -1
		if sp.typ == "PER" {
			k = inAt(toks, sp.s, sp.e)
		}
		if k <= 0 {
			out = append(out, sp)
			continue
		}
		if part := trimToWords(toks, sp.s, k); part.e > part.s {
			p := sp
			p.s, p.e = part.s, part.e
			out = append(out, p)
		}
		if part := trimToWords(toks, k+1, sp.e); part.e > part.s {
			p := sp
			p.s, p.e, p.typ = part.s, part.e, "LOC"
			out = append(out, p)
		}
	}
	return out
}

// inAt returns the token index of a lower-case "in" strictly inside
// [s, e) with capitalised words on both sides, or -1.
func inAt(toks []tok, s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if toks[k].text == "in" && toks[k-1].cap && toks[k+1].cap {
			return k
		}
	}
	return -1
}

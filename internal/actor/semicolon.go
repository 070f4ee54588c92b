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

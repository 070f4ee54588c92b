package actor

// A person's name written with stacked initials ("J. M. Harwell", "A. J.
// Kell") is sometimes tagged from its last initial on ("M. Harwell"), or
// split in two at an initial ("P." and "D. Marsh"): the initials before
// belong to the same name, unless they spell a country's initials
// ("U. S. Marshal" tagged as "S. Marshal").

// oneInitial reports whether token k is a single capital letter followed
// by a full stop ("J" of "J.").
func oneInitial(toks []tok, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k].word && toks[k].cap && len(toks[k].text) == 1 && toks[k+1].text == "."
}

// joinStackedInitials widens every person span that opens with an
// initial over the initials right before it, and drops any span those
// initials alone made.
func joinStackedInitials(d *paraDoc, spans []span) []span {
	toks := d.toks
	changed := false
	for i := range spans {
		sp := &spans[i]
		if sp.typ != "PER" || !oneInitial(toks, sp.s) {
			continue
		}
		s := sp.s
		for oneInitial(toks, s-2) && toks[s-1].text == "." {
			s -= 2
		}
		letters := ""
		for k := s; k <= sp.s; k += 2 {
			letters += toks[k].lower
		}
		if s != sp.s && !countryAbbreviations[letters] { // not "U. S. Marshal"
			sp.s = s
			changed = true
		}
	}
	if !changed {
		return spans
	}
	out := make([]span, 0, len(spans))
	for i, sp := range spans {
		inside := false
		for j, o := range spans {
			if j != i && o.typ == "PER" && o.s <= sp.s && sp.e <= o.e && (o.s < sp.s || sp.e < o.e) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, sp)
		}
	}
	return out
}

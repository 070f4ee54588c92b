package actor

import "strings"

// This file holds the rule that keeps a peer apart from the kin named
// beside him or her. "Lord Quennell's son and heir, Arthur Quennell" and
// "Araminta Stallard, the daughter of Lord Stallard" name two people
// each: the titled surname is not the full name's bearer it would
// otherwise join, but a person of its own, and stays one at every later
// mention ("Lord Stallard, whose family has farmed …").

// kinOfTitled reports whether the titled one-word mention m stands in a
// kinship phrase with a name of cluster c in m's sentence: m, its
// possessive and a kinship noun before the name ("Lord Quennell's son
// and heir, Arthur Quennell", "Lord Pellow's daughter Clemency"), or the
// name, a comma and a kinship noun "of" m ("Araminta Stallard, the
// 22-year-old daughter of Lord Stallard"). The name is c's full name or
// its given name.
func (st *story) kinOfTitled(m *mention, c *cluster) bool {
	d := st.doc(m.para)
	if d == nil || len(c.mentions) == 0 {
		return false
	}
	full := longest(c).name
	if len(full) < 2 {
		return false
	}
	toks := d.toks
	names := func(s int) bool { // the name opening at token s is c's
		if s >= len(toks) || !toks[s].word || !toks[s].cap || !strings.EqualFold(toks[s].text, full[0]) {
			return false
		}
		if s+1 < len(toks) && toks[s+1].word && toks[s+1].cap {
			return strings.EqualFold(toks[s+1].text, full[len(full)-1])
		}
		return true // the given name alone: "Lord Pellow's daughter Clemency"
	}
	// "Lord Quennell's son and heir, Arthur Quennell"
	if e := m.e; e < len(toks) && isPossessive(&toks[e]) {
		kin := false
		for k := e + 1; k < len(toks) && k <= e+5; k++ {
			t := &toks[k]
			switch {
			case t.word && isKinship(t.lower):
				kin = true
			case kin && t.word && t.cap:
				return names(k)
			case t.word && t.cap, t.sentStart, !t.word && t.text != ",":
				return false
			}
		}
		return false
	}
	// "the bride's mother, Lady Ruddle", "whose father, Lord Quennell":
	// the titled surname is brought in as someone's kin, so it is no
	// one the story named in full before it.
	if k := m.s - 1; k >= 2 && toks[k].text == "," && isKinship(toks[k-1].lower) && kinOwnerBefore(toks, k-1) && c.first < m.order {
		return true
	}
	// "Araminta Stallard, the 22-year-old daughter of Lord Stallard"
	if k := m.s - 1; k >= 2 && toks[k].lower == "of" && isKinship(toks[k-1].lower) {
		for j := k - 2; j >= 0 && j >= k-7; j-- {
			if toks[j].text == "," {
				for s := j - 1; s >= 0 && s >= j-3 && toks[s].word && toks[s].cap; s-- {
					if names(s) {
						return true
					}
				}
				return false
			}
			if !toks[j].word || toks[j].cap {
				return false
			}
		}
	}
	return false
}

// notKinOfTitled keeps the candidates that m, a titled surname, names
// in no kinship phrase with (kinOfTitled).
func (st *story) notKinOfTitled(m *mention, cands []*cluster) []*cluster {
	var out []*cluster
	for i, c := range cands {
		if st.kinOfTitled(m, c) {
			if out == nil {
				out = append(make([]*cluster, 0, len(cands)), cands[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return cands
	}
	return out
}

// kinOwnerBefore reports whether the kinship noun at token k has an
// owner right before it: a possessive ("the bride's mother", "Ada's
// son") or a possessive determiner or "whose" ("her mother", "whose
// father").
func kinOwnerBefore(toks []tok, k int) bool {
	if k == 0 {
		return false
	}
	if isPossessive(&toks[k-1]) {
		return true
	}
	switch toks[k-1].lower {
	case "his", "her", "their", "whose", "my", "our", "your":
		return true
	}
	return false
}

package actor

// This file holds the rule that joins the name a person was born with to
// the person: "The Derby singer, born Charlotte Vallance, has the kind
// of voice …" after "Lottie Quell" names her, not another person.

// bornName reports whether m is a name of two words or more right after
// ", born" (or "(born"): the name the person described was born with.
func (st *story) bornName(m *mention) bool {
	d := st.doc(m.para)
	if d == nil || m.s < 2 || len(m.name) < 2 || m.hon != "" {
		return false
	}
	toks := d.toks
	return toks[m.s-1].lower == "born" && !toks[m.s-1].cap && (toks[m.s-2].text == "," || toks[m.s-2].text == "(")
}

// bornBearer returns the person named last before the born name m, in
// its paragraph or the one before, or nil.
func (st *story) bornBearer(m *mention) *cluster {
	var last *cluster
	for _, c := range st.clusters {
		if c.kind == Person && c.lastSeen >= 0 && c.lastSeen < m.order && (last == nil || c.lastSeen > last.lastSeen) {
			last = c
		}
	}
	if last == nil {
		return nil
	}
	for _, x := range last.mentions {
		if x.order == last.lastSeen && x.para >= m.para-1 {
			return last
		}
	}
	return nil
}

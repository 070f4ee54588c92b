package actor

// This file holds the rule that joins the name a person was born with to
// the person: "The Derby singer, born Charlotte Vallance, has the kind
// of voice …" after "Lottie Quell" names her, not another person.

// bornName reports whether m is a name of two words or more right after
// ", born" (or "(born"): the name the person described was born with.
// So is a name after "born" opening a sentence before where or when
// ("Born Ada Kell in Velby, she …"; not "she was born Ada Kell", which
// as often gives the legal name a stage name stands for), the name a
// person bore before a title after
// ", who as" ("Lord Tarrow, who as Ivo Marsh ran the firm,"), and a
// nickname of two words or more after "known … as" ("Ivo Marsh, known
// to everyone at the club as Little Ivo,"; afterKnownPhrase).
func (st *story) bornName(m *mention) bool {
	d := st.doc(m.para)
	if d == nil || len(m.name) < 2 || m.hon != "" {
		return false
	}
	toks := d.toks
	if m.other = otherNameOf(toks, m.s, m.e); m.other {
		return true // "Harriet Slade, as she was", "She was born Cecily Pruett" (othername.go)
	}
	if m.s < 1 {
		return false
	}
	p := &toks[m.s-1]
	if p.lower == "born" {
		if p.cap {
			return p.sentStart && bornWhere(toks, m.e)
		}
		if m.s < 2 {
			return false
		}
		b := &toks[m.s-2]
		return b.text == "," || b.text == "("
	}
	if p.lower == "as" && m.s >= 3 && toks[m.s-2].lower == "who" && toks[m.s-3].text == "," {
		return m.e < len(toks) && toks[m.e].word && !toks[m.e].cap // ", who as Ivo Marsh ran"
	}
	m.nickArg = afterKnownPhrase(toks, m.s) || knownOpening(toks, m.s, m.e)
	return m.nickArg
}

// knownOpening reports whether the name over tokens [s, e) (after "the"
// or not) ends a "Known … as" clause opening the sentence and a pronoun
// takes the sentence on: "Known to parishioners as the Biker Vicar, he
// conducted …" after the vicar is named. Not "Known as the Iron Lady,
// Margaret Thatcher …", which names its bearer after it.
func knownOpening(toks []tok, s, e int) bool {
	if e+1 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "he", "she":
	default:
		return false
	}
	if s > 0 && toks[s-1].lower == "the" {
		s--
	}
	k := s - 1
	if k < 1 || toks[k].lower != "as" {
		return false
	}
	for n := 0; n <= 6 && k > 0; n++ {
		k--
		t := &toks[k]
		if t.lower == "known" {
			return t.cap && t.sentStart
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}

// bornWhere reports whether the words at token e say where or when a
// birth was: "in", "at", "on" or a comma.
func bornWhere(toks []tok, e int) bool {
	if e >= len(toks) {
		return false
	}
	switch toks[e].lower {
	case "in", "at", "on", ",":
		return true
	}
	return false
}

// afterKnownPhrase reports whether the name starting at token s follows
// "known" and "as", with at most six lower-case words of whom between
// them opening with a preposition ("known as", "known to everyone at
// the club as", "known throughout the sport as"), after a comma.
func afterKnownPhrase(toks []tok, s int) bool {
	k := s - 1
	if k < 1 || toks[k].lower != "as" {
		return false
	}
	for n := 0; n <= 6 && k > 1; n++ {
		k--
		t := &toks[k]
		if t.lower == "known" {
			return !t.cap && k > 0 && toks[k-1].text == ","
		}
		if !t.word || t.cap {
			return false
		}
	}
	return false
}

// bornBearer returns the person named last before the born name m, in
// its paragraph or the one before, or nil. A name of her own the person
// is given in passing ("Harriet Slade, as she was", "Sophie Kettering,
// as she now is") keeps her given name: the one person of the story
// named in full with that given name and another surname is hers, where
// the person named last may be her husband ("Sophie Dunmore and Ollie
// Kettering" in a caption before). Such a name with no bearer of its
// given name is nobody's but its own ("the prize went to Ada Kell, then
// Ivo Marsh,").
func (st *story) bornBearer(m *mention) *cluster {
	if c := st.sameGivenBearer(m); c != nil || m.other {
		return c
	}
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

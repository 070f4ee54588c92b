package actor

// clauseGender returns 'f' or 'm' when the clause ", as she …" or ", as
// he …" opening at token e says whom it describes, else 0.
func clauseGender(toks []tok, e int) byte {
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "as" {
		return 0
	}
	switch toks[e+2].lower {
	case "she":
		return 'f'
	case "he":
		return 'm'
	}
	return 0
}

// titledBearer returns the person a given name opening a sentence
// before ", as she is known" (or he) names when the sentence before
// speaks of someone else: the one person of the story whose titles say
// that gender, mentioned in the three paragraphs before, and known by a
// title, not a given name of her own ("The Duchess of Aldershaw was
// turned away …", a landlord quoted, then "Arabella, as she is known to
// friends, has since taken her custom …"). It returns nil when the
// gender is not said or no person or more than one fits.
func (st *story) titledBearer(m *mention, g byte) *cluster {
	if g == 0 {
		return nil
	}
	var found *cluster
	for _, c := range st.clusters {
		if c.kind != Person || c.gender() != g || !recentlySeen(c, m, 3) || givenNamed(c) {
			continue
		}
		if found != nil && found != c {
			return nil
		}
		found = c
	}
	return found
}

// recentlySeen reports whether c has a mention before m in m's paragraph
// or the n before it.
func recentlySeen(c *cluster, m *mention, n int) bool {
	for _, x := range c.mentions {
		if x.order < m.order && x.para >= m.para-n {
			return true
		}
	}
	return false
}

// givenNamed reports whether a mention of c writes a given name: a full
// name, or a royal's or a knight's given name after the title.
func givenNamed(c *cluster) bool {
	for _, x := range c.mentions {
		if !x.ofTitle && !x.the && (len(x.name) >= 2 || x.hon != "" && honorificClass(x.hon) != "plain" && honorificClass(x.hon) != "peer") {
			return true
		}
	}
	return false
}

package actor

// This file drops an office "of" a place that a tagger read as a person
// when its holder is named beside it: "Ada Kell was sworn in as Mayor of
// Tarrow", "The new Mayor of Tarrow, Councillor Ada Kell, …", "Ada
// Kell, Mayor of Tarrow, said". The office is the holder's role, not
// another person; the story names the person. An office whose holder
// goes unnamed ("The Bishop of Corran has bought an electric car") is
// left to the other rules.

// officeOfPlace reports whether a mention's words are an office "of" a
// place: a capitalised role noun that is no courtesy title, "of" and
// capitalised words ("Mayor of Tarrow", "Chief Constable of Velmoshire").
func officeOfPlace(words []string) bool {
	i := 0
	for i < len(words) && words[i] != "of" {
		i++
	}
	if i == 0 || i+1 >= len(words) || !isRoleHead(words[i-1]) || isHonorific(words[0]) {
		return false
	}
	for _, w := range words[:i] {
		if !nameLike(w) || !isRoleHead(w) && !inSetFold(roleModifiers, w) {
			return false
		}
	}
	return true
}

// officeBesideHolder reports whether the office of m, a person's
// mention, is said of a person named beside it: after "as" following a
// name earlier in its sentence, or in apposition with a name right
// after its comma, maybe after a title or a role word, or right before a
// comma that follows one.
func officeBesideHolder(toks []tok, m *mention) bool {
	if m.hon != "" || !officeOfPlace(m.name) {
		return false
	}
	if k := m.s - 1; k >= 1 && toks[k].lower == "as" {
		for j := k - 1; j >= 0; j-- {
			if toks[j].word && toks[j].cap && !toks[j].sentStart {
				return true
			}
			if toks[j].sentStart {
				break
			}
		}
	}
	if e := m.e; e+1 < len(toks) && toks[e].text == "," && toks[e+1].word && toks[e+1].cap {
		return true
	}
	if k := m.s - 1; k >= 1 && toks[k].text == "," && toks[k-1].word && toks[k-1].cap {
		return true
	}
	return false
}

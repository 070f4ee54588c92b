package actor

// Where a person is from: a reader's letter or question is signed with
// the writer's name and town, maybe the county after it, closing the
// paragraph with no verb ("Ada Kell, Corran, Velmoshire", "… He does
// not answer his phone. Dana Keel, Tarrow"); a report says where
// someone comes from in apposition ("Ivo Marsh, from Tarrow Heath,
// stabbed …"). The names after the person's are
// places, not more people.

// signOffPlace reports whether the mention m of d is one of the one or
// two names after a person's full name in a sign-off: a sentence of its
// own closing the paragraph, made of capitalised words and commas only,
// whose first name is a person's of two or three words, and whose later
// names open with no given name. A list of
// people ("Tom Hanks, Meg Ryan") is no sign-off.
func signOffPlace(d *paraDoc, m *mention) bool {
	toks := d.toks
	if m.s == 0 || toks[m.s-1].text != "," {
		return false
	}
	end := len(toks)
	if end > 0 && toks[end-1].text == "." {
		end--
	}
	if m.e > end {
		return false
	}
	// The sentence start: the paragraph's or the first word after a
	// full stop, a question or an exclamation mark.
	start := m.s - 1
	for start > 0 && !toks[start].sentStart {
		start--
	}
	if start > 0 {
		switch toks[start-1].text {
		case ".", "?", "!":
		default:
			return false
		}
	}
	// The person's name: two or three capitalised words, a given name
	// first, then a comma.
	n := 0
	for start+n < end && n < 4 && toks[start+n].word && toks[start+n].cap {
		n++
	}
	if n < 2 || n > 3 || start+n >= end || toks[start+n].text != "," || !d.inPerson(start) || !d.inPerson(start+n-1) {
		return false
	}
	// Then one or two names of places, each after a comma.
	groups := 0
	for k := start + n; k < end; {
		if toks[k].text != "," {
			return false
		}
		k++
		w := 0
		for k+w < end && toks[k+w].word && toks[k+w].cap && !isAllCaps(toks[k+w].text) {
			w++
		}
		if w == 0 || w > 3 || givenName(toks[k].text) && (w > 1 || k == m.s) {
			return false
		}
		groups++
		k += w
	}
	return groups >= 1 && groups <= 2
}

// fromPlace reports whether m is written in apposition after a person's
// name as where the person is from: "Ivo Marsh, from Tarrow Heath,
// stabbed …", "Ada Kell, 34, from Corran." A comma or the end of the
// sentence closes it.
func fromPlace(d *paraDoc, m *mention) bool {
	toks := d.toks
	s := m.s
	if s < 3 || toks[s-1].lower != "from" || toks[s-2].text != "," {
		return false
	}
	k := s - 3
	if toks[k].word && !toks[k].cap && k >= 2 && isNumber(toks[k].text) && toks[k-1].text == "," {
		k -= 2 // "Ada Kell, 34, from Corran"
	}
	if !d.inPerson(k) {
		return false
	}
	if m.e < len(toks) {
		switch toks[m.e].text {
		case ",", ".", ";":
		default:
			return false
		}
	}
	return true
}

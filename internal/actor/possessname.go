package actor

import "strings"

// possessiveNames gives a name its possessive ending when the story
// writes it only so and, at least once, as a noun of its own: "McDonald's
// said", "outside Sainsbury's." The "'s" is then part of the firm's name
// ("McDonald's", "Sainsbury's"), not ownership; the tokenizer split it
// off, and the name was "McDonald". A name also written without the
// ending ("Tesco's shares" beside "Tesco said") keeps its bare form, as
// does one whose every possessive owns a noun ("Tesco's profits",
// "Tesco's boss"), and a titled person ("Mr Blair's"). A name so written
// is a business's, and its mentions are read as an organisation's.
func (st *story) possessiveNames() {
	type group struct {
		ms          []*mention
		alone, bare bool
	}
	var groups map[string]*group
	for _, m := range st.mentions {
		if len(m.name) == 0 || m.hon != "" || m.ofTitle || m.the || !possessiveCandidate(m) && !venueCandidate(m) {
			continue
		}
		d := st.doc(m.para)
		if d == nil {
			continue
		}
		if groups == nil {
			groups = map[string]*group{}
		}
		k := strings.ToLower(strings.Join(m.name, " "))
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
		}
		g.ms = append(g.ms, m)
		if m.e < len(d.toks) && possessiveS(&d.toks[m.e]) {
			g.alone = g.alone || (len(m.name) == 1 || possessiveCandidate(m)) && ownsNothing(d.toks, m.e+1) || venueAfterOwner(d.toks, m.s, m.e+1) // venuename.go
		} else {
			g.bare = true
		}
	}
	for _, g := range groups {
		if !g.alone || g.bare {
			continue
		}
		for _, m := range g.ms {
			d := st.doc(m.para)
			ending := d.toks[m.e].text
			last := len(m.name) - 1
			if m.surface == strings.Join(m.name, " ") {
				m.surface += ending
			}
			m.name = append(m.name[:last:last], m.name[last]+ending)
			m.key = ""
			// A name so written is a business's or a place of business's
			// ("Macy's", "Lloyd's"), whatever a reading of the bare
			// name as a person's said.
			m.kind, m.typ, m.pev, m.weakPev = Org, "ORG", 0, 0
			m.oev += 3
		}
	}
}

// possessiveCandidate reports whether a mention's name may carry a
// possessive ending as part of it: not a place's ("Ireland's"), not a
// person's full name ("Janet Jackson's"), not initials ("NBC's"); a
// business named after its founder is one word or a name of a body.
func possessiveCandidate(m *mention) bool {
	if m.kind == Place || m.typ == "LOC" || m.kind == Person && len(m.name) > 1 {
		return false
	}
	for _, w := range m.name {
		if isAllCaps(w) {
			return false
		}
	}
	return true
}

// possessiveS reports whether t is a possessive "'s" (not the bare
// apostrophe of a plural).
func possessiveS(t *tok) bool {
	switch t.text {
	case "'s", "’s":
		return true
	}
	return false
}

// afterOwner are words that follow a name used as a noun of its own,
// where a possessive would need a noun: verbs of saying and being,
// conjunctions, prepositions and relative pronouns.
var afterOwner = setOf(`said says say has have had is was were are will would could can may might should did does
	in on at to for with from by which who that also announced confirmed added told`)

// ownsNothing reports whether the token at i cannot be what a possessive
// before it owns: the end of the paragraph, a sentence's closing
// punctuation, a word of afterOwner, or a time said with "next", "last"
// or "this" ("to auction at Christie's next month"; not "Tesco's next
// chief executive"). A comma or "and" may close a list of owners
// ("Ireland's and Wales's hopes"), so neither counts.
func ownsNothing(toks []tok, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := &toks[i]
	if !t.word {
		switch t.text {
		case ".", "!", "?", ")", "\"", "”":
			return true
		}
		return false
	}
	if (t.lower == "next" || t.lower == "last" || t.lower == "this") && i+1 < len(toks) {
		n := toks[i+1].lower
		if (timeNouns[n] || calendar[n]) && !isPossessive(afterTok(toks, i+2)) {
			return true
		}
	}
	return afterOwner[t.lower]
}

// timeNouns are spans of time a possessive owns nothing before when
// "next", "last" or "this" opens them: "at Christie's next month".
var timeNouns = setOf(`week month year spring summer autumn winter season term`)

// afterTok returns toks[i], or an empty token past the end.
func afterTok(toks []tok, i int) *tok {
	if i < len(toks) {
		return &toks[i]
	}
	return &tok{}
}

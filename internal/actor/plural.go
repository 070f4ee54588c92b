package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/internal/nlp"
)

// This file joins the singular of a name to its plural ("Tory" to
// "Tories", "Liberal Democrat" to "Liberal Democrats", "Olympic" to
// "Olympics") and drops a singular that only ever stands as an adjective
// before a noun ("a Tory MP", "the Olympic champion"): the plural names
// the body or the event, the singular a member of it or a quality.

// pluralOf returns the plural of a name's last word: "Tory" → "Tories",
// "Democrat" → "Democrats". A word already ending in "s", or shorter than
// three letters, has none.
func pluralOf(w string) string {
	if !hasPlural(w) {
		return ""
	}
	l := len(w)
	if w[l-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[l-2])) {
		return w[:l-1] + "ies"
	}
	return w + "s"
}

func isLowerASCII(b byte) bool { return b >= 'a' && b <= 'z' }

// foldPlurals joins each name, not a person's, whose plural the story
// also names to that plural's mentions ("the Tory government" with "the
// Tories") when the lexicon knows the plural as a name or the singular
// only qualifies nouns: a maker's cars ("Saabs") are not the maker
// ("Saab said"). Two places stay apart ("America" and "the Americas").
// Otherwise the plural of another kind of thing, written after "the" or
// a number, joins its singular ("the Budgets" beside "the Budget",
// "three Grand Slams" beside "Grand Slam"), but a people ("Ukrainians")
// is not its adjective ("Ukrainian").
// A name left without its plural that stands only before a noun it
// qualifies, and whose plural the lexicon knows as a name (and its last
// word, adjectiveCasing), is an adjective and no actor ("a Tory MP", "an
// Olympic champion", "Liberal Democrat leader", but "the Live Aid
// concert").
func (st *story) foldPlurals() {
	var buf [16]*mention
	plurals := buf[:0] // mentions of names ending in "s"
	for _, m := range st.mentions {
		if m.kind != Person && len(m.name) > 0 {
			if last := m.name[len(m.name)-1]; len(last) > 3 && last[len(last)-1] == 's' {
				plurals = append(plurals, m)
			}
		}
	}
	var adjectives []string // name keys
	var singulars []*mention
	for _, m := range st.mentions {
		if m.kind == Person || len(m.name) == 0 || m.ofTitle || !hasPlural(m.name[len(m.name)-1]) {
			continue
		}
		if p := pluralMention(plurals, m); p != nil {
			if (m.kind != Place || p.kind != Place) && (st.knownPlural(m) || st.onlyAdjective(m.nameKey())) {
				m.name, m.kind, m.the, m.key = p.name, p.kind, p.the, ""
			} else if m.kind == Other && p.kind == Other && !isNationality(m.name[len(m.name)-1]) && st.countedPlural(plurals, p.nameKey()) {
				singulars = append(singulars, m) // "the Budgets" beside "the Budget"
			}
			continue
		}
		if !adjectiveUse(st.doc(m.para), m) || slices.Contains(adjectives, m.nameKey()) {
			continue // the cheap test first: most names qualify no noun
		}
		if st.knownPlural(m) && st.adjectiveCasing(m) && st.onlyAdjective(m.nameKey()) {
			adjectives = append(adjectives, m.nameKey())
		}
	}
	for _, m := range singulars {
		if p := pluralMention(plurals, m); p != nil && p.kind == Other {
			key := p.nameKey()
			for _, o := range plurals {
				if o.kind == Other && o.nameKey() == key {
					o.name, o.the, o.key = m.name, m.the, ""
				}
			}
		}
	}
	if len(adjectives) == 0 {
		return
	}
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		if m.kind == Person || !slices.Contains(adjectives, m.nameKey()) {
			kept = append(kept, m)
		}
	}
	clear(st.mentions[len(kept):])
	st.mentions = kept
}

// hasPlural reports whether pluralOf makes a plural of w (three letters
// or more, ending in a lower-case letter other than "s"), without making
// it.
func hasPlural(w string) bool {
	l := len(w)
	return l >= 3 && w[l-1] != 's' && isLowerASCII(w[l-1])
}

// knownPlural reports whether the lexicon knows the plural of m's last
// word as a name ("Tories", "Olympics", "Democrats").
func (st *story) knownPlural(m *mention) bool {
	return wordCasing(strings.ToLower(pluralOf(m.name[len(m.name)-1]))) == nlp.CasingUpper
}

// pluralMention returns the mention among plurals whose name is m's with
// its last word made plural ("Liberal Democrats" for "Liberal
// Democrat"), or nil.
func pluralMention(plurals []*mention, m *mention) *mention {
	n := len(m.name)
	for _, p := range plurals {
		if len(p.name) != n || !isPluralOf(p.name[n-1], m.name[n-1]) {
			continue
		}
		same := true
		for i := 0; i < n-1 && same; i++ {
			same = strings.EqualFold(p.name[i], m.name[i])
		}
		if same {
			return p
		}
	}
	return nil
}

// isPluralOf reports whether pl is pluralOf(w), in any case.
func isPluralOf(pl, w string) bool {
	l := len(w)
	if l >= 2 && w[l-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[l-2])) {
		return len(pl) == l+2 && strings.EqualFold(pl[:l-1], w[:l-1]) && strings.EqualFold(pl[l-1:], "ies")
	}
	return len(pl) == l+1 && strings.EqualFold(pl[:l], w) && (pl[l] == 's' || pl[l] == 'S')
}

// onlyAdjective reports whether every mention of the name key k, none a
// person's, stands right before a lower-case noun or a role noun it
// qualifies (adjectiveUse).
func (st *story) onlyAdjective(k string) bool {
	n := 0
	for _, m := range st.mentions {
		if m.nameKey() != k {
			continue
		}
		if m.kind == Person || m.the || !adjectiveUse(st.doc(m.para), m) {
			return false
		}
		n++
	}
	return n > 0
}

// adjectiveUse reports whether mention m stands right before a lower-case
// word that it qualifies: "Tory MP", "Olympic champion", "Democrat
// senators", "Tory and Labour governments". A verb or function word after it ("the Tory said"), a word
// of business ("shares", "newspaper") or a possessive speaks of a body.
func adjectiveUse(d *paraDoc, m *mention) bool {
	if m.e >= len(d.toks) || isPossessive(&d.toks[m.e]) {
		return false
	}
	t := &d.toks[m.e]
	if (t.lower == "and" || t.lower == "or") && t.word {
		// "Tory and Labour governments", "Tory and Lib Dem leaders":
		// the noun after the other names is qualified by both.
		k := m.e + 1
		for k < len(d.toks) && k-m.e <= 3 && d.toks[k].word && d.toks[k].cap {
			k++
		}
		// The shared noun is a plural, and no name follows it ("Ronaldo
		// and England captain David Beckham" qualifies nothing).
		if k == m.e+1 || k == len(d.toks) || isPossessive(&d.toks[k-1]) || !strings.HasSuffix(d.toks[k].lower, "s") ||
			k+1 < len(d.toks) && d.toks[k+1].cap {
			return false
		}
		t = &d.toks[k]
	}
	if !t.word || isNumber(t.text) {
		return false
	}
	l := t.lower
	if isRoleNounL(l) {
		return true // "Tory leader", "a Tory MP"
	}
	if t.cap || clauseWords[l] || afterNounWords[l] || particles[l] {
		return false
	}
	// "the Angel series" names a work.
	return !orgFollowers[l] && !mediaNouns[l] && !workNouns[l] && !businessNounPlural(l) && !strings.HasSuffix(l, "ly")
}

// adjectiveCasing reports whether the lexicon's casing of the last word
// of m allows an adjective made from a name: a capitalised word
// ("Democrat", "African"), or for a one-word name also a word written
// both ways ("Conservative", "Liberal"); the last word of a longer name
// written both ways is a common noun in a name ("Live Aid").
// A word the lexicon knows only as a person's or a place's name is no
// adjective either.
func (st *story) adjectiveCasing(m *mention) bool {
	last := m.name[len(m.name)-1]
	c := wordCasing(lowerKey(last))
	if c != nlp.CasingUpper && (c != nlp.CasingMixed || len(m.name) > 1) {
		return false
	}
	// A word known only as a person's or a place's name is no adjective:
	// "a Grange Hill actress", "a Highland councillor".
	ts := knownTypes(last)
	return !(slices.Contains(ts, "PER") || slices.Contains(ts, "LOC")) || slices.Contains(ts, "MISC")
}

// countedPlural reports whether a mention of plurals with name key k is
// written after "the" or a number: things counted or set apart ("the
// Budgets that were given", "three Grand Slams", "3.35m Euros"), not a
// market's name ("pressure Eurodollars to lower levels").
func (st *story) countedPlural(plurals []*mention, k string) bool {
	for _, o := range plurals {
		if o.nameKey() != k || o.s == 0 {
			continue
		}
		w := st.doc(o.para).toks[o.s-1]
		if w.lower == "the" || isCountWord(w.lower) || figure(w.lower) {
			return true
		}
	}
	return false
}

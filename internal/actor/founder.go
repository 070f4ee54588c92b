package actor

import (
	"slices"
	"strings"
)

// This file finds firms named after people, which a tagger reads as
// people. A name of two words or more read as a person's (or, at some
// mentions, as a body's), with
// nothing said of a person at any of its mentions (no title, role, age
// or "who"; a later pronoun aside), and no given name the model knows
// first, is a firm
//
//   - when the story has written it before a body's head noun as an
//     organisation's name ("a bid from Corran Vale Partners", then
//     "Corran Vale declined to comment"): the firm's short name; or
//   - when its first word is the surname of a person the story names in
//     full, with a given name first or a title, a role or a person's
//     context ("Ada Tarrant, who founded it," then "Tarrant Fabrics
//     reopened on Monday"): a person's name opens with a given name, a
//     firm named after its founder with the founder's surname; or
//   - when its two words are the surnames of two other people the story
//     names in full ("Jem Hartley" and "Saul Vance", then "Hartley
//     Vance is back"): a firm named after two founders.

// partners reports whether name, of two words and key k, is made of the
// surnames of two other people of the story named in full ("Hartley
// Vance" beside "Jem Hartley" and "Saul Vance"): a firm named after its
// two founders, whatever is said of them.
func partners(name []string, k string, bearers map[string][]string) bool {
	if len(name) != 2 || strings.EqualFold(name[0], name[1]) {
		return false
	}
	other := func(w string) bool {
		return slices.ContainsFunc(bearers[strings.ToLower(w)], func(b string) bool { return b != k })
	}
	return other(name[0]) && other(name[1])
}

// markFirmNames gives the organisation kind to every mention of a name
// that is a firm's by the rules at the top of founder.go.
func (st *story) markFirmNames() {
	surnames := map[string]bool{}    // surnames of people named in full: a given name first, or a title, a role or a person's context
	bearers := map[string][]string{} // any surname of a full name read as a person's -> those names' keys
	var cands map[string]bool
	var names map[string][]string
	for _, m := range st.mentions {
		if m.kind != Person || len(m.name) < 2 {
			continue
		}
		if !m.ofTitle && (givenName(m.name[0]) || m.hon != "" || len(m.roles) > 0 || m.pev > m.weakPev) {
			surnames[strings.ToLower(m.name[len(m.name)-1])] = true
		}
		if l := strings.ToLower(m.name[len(m.name)-1]); !m.ofTitle && !slices.Contains(bearers[l], m.nameKey()) {
			bearers[l] = append(bearers[l], m.nameKey())
		}
		if cands == nil {
			cands, names = map[string]bool{}, map[string][]string{}
		}
		cands[m.nameKey()] = true
		names[m.nameKey()] = m.name
	}
	if len(cands) == 0 {
		return
	}
	for _, m := range st.mentions {
		if k := m.nameKey(); cands[k] && (m.kind != Person && m.kind != Org && !(m.kind == Place && partners(m.name, k, bearers)) || m.hon != "" || m.rule || m.split || m.ofTitle || m.the ||
			len(m.roles) > 0 || m.pev > m.weakPev || m.nick != "") {
			cands[k] = false // a person's by its own context, or read as a place or a thing (a firm's reading agrees, and a place's where founders name it: "at Hartley Vance")
		}
	}
	for k, ok := range cands {
		if !ok {
			continue
		}
		name := names[k]
		first := strings.ToLower(name[0])
		if givenName(name[0]) || !st.firmShortName(k) && !(len(name) == 2 && surnames[first] && !strings.EqualFold(name[0], name[1])) && !partners(name, k, bearers) {
			cands[k] = false
		}
	}
	for _, m := range st.mentions {
		if cands[m.nameKey()] {
			m.kind, m.pev, m.weakPev = Org, 0, 0
		}
	}
}

// firmShortName reports whether the story has an organisation named key
// and one more word that heads bodies' names ("corran vale" of "Corran
// Vale Partners"), before key's first mention: a firm is named in full
// first ("Ivo Orr Media" late in a profile of Ivo Orr is his firm).
func (st *story) firmShortName(key string) bool {
	first := -1 // the short name's first mention, in reading order
	for _, m := range st.mentions {
		if m.nameKey() == key && (first < 0 || m.order < first) {
			first = m.order
		}
	}
	for _, o := range st.mentions {
		if o.order > first {
			continue // a short name follows the full one
		}
		if o.kind != Org || len(o.name) < 3 {
			continue
		}
		last := strings.ToLower(o.name[len(o.name)-1])
		if !strongOrgWords[last] {
			continue // "Partners", "Minerals"; not "House", which a person's name may open
		}
		if strings.EqualFold(strings.Join(o.name[:len(o.name)-1], " "), key) {
			return true
		}
	}
	return false
}

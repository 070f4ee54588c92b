package actor

import "strings"

// A peer below a duke is called Lord or Lady and the title's name: the
// Countess of Dunleith is Lady Dunleith, the Earl of Harrowby Lord
// Harrowby. A life peer's territorial designation ("Lord Pelham of
// Stowe") follows the name the peer is called by ("Lord Pelham").

// peerOfPlace reports whether hon, the title of a title of place ("Earl
// of …"), is a peer's rank whose holder is also called Lord or Lady and
// the place: not a royal or ducal title ("the Duke of York" is no Lord
// York).
func peerOfPlace(hon string) bool {
	return honorificClass(hon) == "peer" && hon != "Lord" && hon != "Lady"
}

// indexPeerage lets a lone "Lord" or "Lady" and the title's one-word
// place, or that word alone, find the cluster of a peer's title of place
// (m.ofTitle): "Lady Dunleith" after "the Countess of Dunleith".
func (st *story) indexPeerage(c *cluster, m *mention) {
	if !m.ofTitle || !peerOfPlace(m.hon) || len(m.name) != 2 || m.name[0] != "of" {
		return
	}
	st.index(c, m.name[1], "")
}

// territorialName returns how many of words, a peer's name after the
// title, are the name the peer is called by when a territorial
// designation follows it ("Pelham" of "Pelham of Stowe", "Smith of
// Finsbury"): one capitalised name word that is no role or body word,
// then "of" and capitalised words. It returns 0 for any other shape.
func territorialName(hon string, words []string) int {
	if honorificClass(hon) != "peer" || len(words) < 3 || words[1] != "of" || !nameLike(words[0]) {
		return 0
	}
	var kb [32]byte
	if l := string(appendLowerKey(kb[:0], words[0])); isRoleHeadL(l) || roleModifiers[l] || orgWords[l] || strongOrgWords[l] || isNoiseL(l) {
		return 0
	}
	for _, w := range words[2:] {
		if !nameLike(w) || strings.ToLower(w) == w {
			return 0
		}
	}
	return 1
}

// titleHolder returns the cluster of the person a title of place stands
// in apposition to, or nil: "Edmund Fairweather-Lisle, 9th Earl of
// Castlemere, has died", "Piers Allardyce, the 11th Earl of Wrexcombe,".
// A full name (two words or more) must end right before the comma, and
// the title, optionally after "the" and an ordinal, must close the
// apposition (a comma, a full stop, a semicolon or a bracket); a list
// ("Ada Kell, the Duke of York and Tom Pryce", "Ada Kell, the Duke of
// York, and ...", "Tom Pryce, Ada Kell, the Duke of York") or a
// possessive ("Ada Kell, the Duke of York's private secretary,") names
// someone else.
func (st *story) titleHolder(m *mention, persons []*mention, assigned map[*mention]*cluster) *cluster {
	if !m.ofTitle {
		return nil
	}
	d := st.doc(m.para)
	if d == nil {
		return nil
	}
	toks := d.toks
	if m.e >= len(toks) {
		return nil
	}
	switch toks[m.e].text {
	case ",":
		if m.e+1 < len(toks) && listJoiners[toks[m.e+1].lower] {
			return nil
		}
	case ".", ";", ")":
	default:
		return nil
	}
	j := m.s - 1
	if j >= 0 && toks[j].word && isOrdinalWord(toks[j].lower) {
		j--
	}
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	if j < 1 || toks[j].text != "," {
		return nil
	}
	for _, p := range persons {
		if p.para != m.para || p.e != j || p == m || p.ofTitle || p.the || len(p.name) < 2 {
			continue
		}
		if p.s > 0 && toks[p.s-1].text == "," {
			return nil // a list of names
		}
		return assigned[p]
	}
	return nil
}

// isOrdinalWord reports whether l, a lower-case word, is an ordinal
// written in figures ("9th", "21st", "2nd", "3rd").
func isOrdinalWord(l string) bool {
	n := 0
	for n < len(l) && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch l[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// designationEnd returns where a peer's name that a rule span read from
// toks[j] to toks[k] ends when a territorial designation follows it: a
// peer called by one name word, then "of" and one to three capitalised
// name words ("Lord Pelham of Stowe", "Baroness Kell of Low Marsh").
// The designation is part of the name, so its place is never read as a
// mention of its own (a person's when an apposition follows it: "Lord
// Pelham of Stowe, the former minister,"). Otherwise it returns k.
func designationEnd(toks []tok, j, k int) int {
	if k != j+1 || k+1 >= len(toks) || toks[k].text != "of" {
		return k
	}
	e := k + 1
	for e < len(toks) && e-k <= 3 && nameWord(toks, e) && !toks[e].sentStart && !toks[e].honorific() {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

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
	if l := lowerKey(words[0]); isRoleHeadL(l) || roleModifiers[l] || orgWords[l] || strongOrgWords[l] || isNoiseL(l) {
		return 0
	}
	for _, w := range words[2:] {
		if !nameLike(w) || strings.ToLower(w) == w {
			return 0
		}
	}
	return 1
}

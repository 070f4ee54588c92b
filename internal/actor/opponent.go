package actor

import "slices"

// resultNouns name the outcome of a match: "a 3-0 win against West Brom",
// "the 1-0 loss to West Ham", "defeat by Portsmouth".
var resultNouns = setOf(`win wins won victory victories defeat defeats loss losses lost draw draws drew
beaten thrashing hammering`)

// opponentWords join a match result to the opponent.
var opponentWords = setOf(`against to by over with at`)

// matchOpponent reports whether the name of m, which the tagger read as a
// place, is the opponent after a match result ("a 3-0 win against West
// Brom", "the loss to West Ham"): a team, not a place; "his" or "her"
// before the result speaks of players. "at" counts only
// after a score ("a 2-1 win at Portsmouth", not "a draw at Anfield"). A
// one-word name the model knows only as a place (a country's side,
// "victory over France") is left alone, as are names whose first word it
// knows only as a place ("defeat to New Zealand").
func matchOpponent(toks []tok, m *mention) bool {
	if m.typ != "LOC" || m.s < 2 {
		return false
	}
	k := m.s - 1
	if !opponentWords[toks[k].lower] || !resultNouns[toks[k-1].lower] {
		return false
	}
	if k >= 2 && (toks[k-2].lower == "his" || toks[k-2].lower == "her") {
		return false // "her defeat by Farina Elia": one player beat another
	}
	score := k >= 2 && scoreLike(toks[k-2].text)
	if toks[k].lower == "at" && !score {
		return false
	}
	known := knownTypes(m.name[0])
	return !(len(known) == 1 && known[0] == "LOC") && !(len(m.name) == 1 && slices.Contains(known, "LOC") && !score)
}

// scoreLike reports whether w is a score such as "3-0" or "2-1".
func scoreLike(w string) bool {
	dash := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
		case c == '-' && i > 0 && !dash:
			dash = true
		default:
			return false
		}
	}
	return dash && w[len(w)-1] != '-'
}

// teamAgainstTeam reports whether the name of m, which the tagger read as
// a place, faces a body in a match: "Chelsea against West Ham", "Arsenal
// v Bolton", the name before "against" or "v" one the tagger called an
// organisation.
func teamAgainstTeam(d *paraDoc, m *mention) bool {
	if m.typ != "LOC" || m.s < 2 {
		return false
	}
	switch d.toks[m.s-1].lower {
	case "against", "v", "vs", "versus":
	default:
		return false
	}
	for _, sp := range d.spans {
		if sp.e == m.s-1 && sp.typ == "ORG" {
			return true
		}
	}
	return false
}

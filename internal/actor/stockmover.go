package actor

// A market report ranks shares as risers and fallers: a name the clause
// puts "among the fallers", "among the biggest risers", or that "led the
// risers" or "was the biggest faller", is a listed company's (and at a
// racecourse a faller is a horse), never a person's. "winners" and
// "losers" are left out: people are both.

// moverNouns rank shares (or runners) by their move.
var moverNouns = setOf(`faller fallers riser risers gainer gainers decliner decliners laggard laggards`)

// moverBridge are the words that may stand between a name and "the"
// before a mover noun: a list's joiners and a copula ("Ashtead and Rio
// Velmo were among the fallers", "Velmo led the risers").
var moverBridge = setOf(`and was were is are also among led one of`)

// stockMover reports whether the clause after mention m ranks it among
// the risers or fallers: after m only capitalised words, commas and
// moverBridge words up to "the", then at most three lower-case words
// ("biggest", "blue-chip", "top") and a mover noun.
func stockMover(toks []tok, m *mention) bool {
	k := m.e
	for ; k < len(toks) && k < m.e+10; k++ {
		t := &toks[k]
		if t.sentStart {
			return false
		}
		if t.lower == "the" {
			break
		}
		if t.word && t.cap || t.text == "," || t.text == "&" || moverBridge[t.lower] {
			continue
		}
		return false
	}
	if k >= len(toks) || toks[k].lower != "the" || k == m.e {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if !t.word || t.cap {
			return false
		}
		if moverNouns[t.lower] {
			return toks[j-1].lower != "early" // "among the early risers": people up at dawn
		}
	}
	return false
}

package thread

// A firm's name often opens a sentence ("Brightwater Utilities was
// fined …", "Highmoor Foods dropped 17 per cent …"), and its first word
// may end like a trade ("-er", "-or": "Miner Base Resources", "Retailer
// Dunelm"), which the name rules leave out as a sentence opener that
// describes the name. Cut so, the label keeps the name's generic tail
// ("Utilities", "Foods", "Bank"), which names no firm. The own-opener
// rule keeps such a first word in the name when nothing shows it is a
// trade: the lexicon does not know it as a noun, the story never writes
// it in lower case ("the miner"), and the rest of the name never stands
// in the thread without it (a trade goes before a name that the report
// then uses alone: "Miner Base Resources … Base Resources said").

// ownOpener reports whether the agent-noun-like sentence opener in front
// of the name candidate c is the name's own first word (the own-opener
// rule).
func (lb *labeler) ownOpener(c *cand) bool {
	ws := c.words
	if len(ws) < 2 || len(ws) > 3 || !ws[0].promoted || !agentNoun(ws[0].surface) || ws[0].lex&^lexIdiom != 0 { // lexIdiom tells no word class
		return false
	}
	if !lb.caseKnown || lb.lower[ws[0].id] {
		return false
	}
	if p, ok := posOfWord(ws[0]); ok && p.noun > 0 {
		return false // "Retailer", "Broker"
	}
	key := phraseID{-1, -1, -1}
	for i, w := range ws[1:] {
		key[i] = w.id
	}
	k, ok := lb.index.get(key)
	return ok && lb.cands[k].count-lb.cands[k].lowers == c.count // its trade word in lower case ("games") is no use of the name
}

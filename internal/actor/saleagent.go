package actor

// A home or a business for sale is sold through an agency: "is for sale
// at £600,000 through Dunmore Pike", "is on the market for £2m with
// estate agent Garner Holt", "The sale is being handled by Garner
// Holt.". The name the sale goes through is the firm's, however much it
// looks like a person's: an agent in person is named with the firm ("Ada
// Kell of Garner Holt").

// saleHandled are the participles before "by" that give a sale to an
// agent: "is being handled by", "marketed by".
var saleHandled = setOf(`handled marketed listed`)

// agentNouns may stand between the preposition and the agency's name:
// "with estate agent Garner Holt", "through agents Garner Holt".
var agentNouns = setOf(`agent agents agency`)

// saleAgent reports whether the name m, with token k right before it,
// is the agency a sale goes through: after "through", "via" or "with",
// or a participle of saleHandled and "by", maybe with an agent's noun
// ("estate agent") between, in a sentence that speaks of a sale before
// it ("for sale", "on the market", "The sale"), with the name ending
// its clause (punctuation or the paragraph's end after it).
func saleAgent(toks []tok, k int, m *mention) bool {
	if k+1 != m.s || toks[k].cap {
		return false
	}
	if e := m.e; e < len(toks) && toks[e].word {
		return false
	}
	p := k
	if agentNouns[toks[p].lower] {
		p--
		if p >= 0 && !toks[p].cap && toks[p].word && !saleHandled[toks[p].lower] && !salePreps[toks[p].lower] {
			p-- // "estate agent", "selling agents"
		}
	}
	if p < 1 {
		return false
	}
	switch w := toks[p].lower; {
	case salePreps[w]:
	case w == "by" && saleHandled[toks[p-1].lower]:
	default:
		return false
	}
	for i := p - 1; i >= 0; i-- {
		switch toks[i].lower {
		case "sale":
			return true // "for sale", "The sale is being handled by"
		case "market":
			if i >= 2 && toks[i-1].lower == "the" && toks[i-2].lower == "on" {
				return true // "on the market"
			}
		}
		if toks[i].sentStart {
			break
		}
	}
	return false
}

// salePreps give a sale to the agent after them.
var salePreps = setOf(`through via with`)

package actor

// moneySpan reports whether span sp is a sum of money written with a
// currency's letters before its sign ("A$68m", "HK$327m", "US$42m"): an
// amount, whatever a tagger makes of the letters, is no actor.
func moneySpan(toks []tok, sp span) bool {
	s, e := sp.s, sp.e
	for s < e && !toks[s].word {
		s++
	}
	if e-s != 3 || !currencyLetters(toks[s].text) {
		return false
	}
	sign, amount := toks[s+1], toks[s+2]
	return sign.text == "$" && toks[s].end == sign.start && sign.end == amount.start &&
		amount.word && amount.text[0] >= '0' && amount.text[0] <= '9'
}

// currencyLetters reports whether w may be a currency's letters before a
// dollar sign: one to three capital letters ("A", "HK", "NZ", "US").
func currencyLetters(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

package thread

import (
	"strings"
	"unicode"
)

// A market report turns from its companies to the market as a whole with
// a sentence about the market ("The wider market had a quieter session.",
// "London's blue-chip index slipped back as oil fell.", "US stocks ended
// lower on Thursday.") before the index levels ("The FTSE 100 closed up
// 0.7 per cent, or 58.21 points, at 8,302.15…"). The index line, naming
// an index not named before with its move, reads as a company item of
// its own (companyItems), while the sentence that brought in the market
// opens nothing and is swept into the company item before it. So where a
// unit whose first sentence speaks of the market, the index or stocks at
// large without a move of its own is followed by an index line, the
// market sentence opens the item and the index line carries it on.

// marketWords name the market as a whole.
var marketWords = toSet(`market markets index indices stocks bourse`)

// indexLine reports whether s, a unit's first sentence, gives an index
// move: a price move quoted in points or of a named index.
func indexLine(s string) bool {
	if !hasPriceMove(s) {
		return false
	}
	var buf [32]byte
	for f := range strings.FieldsSeq(s) {
		switch string(appendLower(buf[:0], strings.Trim(f, "(),;.:"))) {
		case "points", "index":
			return true
		}
	}
	return false
}

// speaksOfMarket reports whether s, a unit's first sentence, speaks of the
// market at large (marketWords) without a price move of its own, and
// does not open by pointing back or reporting speech.
func speaksOfMarket(u, s string) bool {
	if hasPriceMove(s) || opensContinuation(u) && !strings.HasPrefix(u, "The ") || continuesQuote(u) || strings.Contains(s, "said") {
		return false
	}
	// the market is the subject: among the first few words ("The wider
	// market…", "London's blue-chip index…", "US stocks…"), not a
	// company's "market share" further on
	var buf [32]byte
	n := 0
	for f := range strings.FieldsSeq(s) {
		if n++; n > 4 {
			break
		}
		if _, ok := marketWords[string(appendLower(buf[:0], strings.Trim(f, "(),;.:")))]; ok {
			return true
		}
	}
	return false
}

// marketTurns moves the opening of a market item from an index line to
// the sentence before it that turns to the market as a whole (see
// above), and opens an item wherever a unit turns to the market at large
// by name (turnsToMarket). items are the company items of a market
// report (companyItems).
func marketTurns(units []string, items []bool) {
	for k := 1; k < len(units); k++ {
		if !items[k] && turnsToMarket(units[k]) {
			items[k] = true
			if k+1 < len(units) && items[k+1] && indexLine(firstSentence(units[k+1])) {
				items[k+1] = false // the index line carries the turn on
			}
		}
	}
	for k := 2; k < len(units); k++ {
		if !items[k] || items[k-1] || !indexLine(firstSentence(units[k])) {
			continue
		}
		if speaksOfMarket(units[k-1], firstSentence(units[k-1])) {
			items[k-1], items[k] = true, false
		}
	}
}

// A market report names the market at large when it turns from its
// companies to the day's trading ("The wider market had a quieter
// session.", "Looking at the wider market, the AIM All-Share slipped…",
// "The rest of the market was calmer.") or to the news of the market
// itself ("The junior market is set to see a new addition next week…",
// a listing, not a company already told of). Across the developer
// round-ups, real and invented, 40 of the 41 paragraphs that open so
// begin a matter not told before (the other goes back to the day's
// market), and half of them were joined to the company item before
// them. A plain "market" or an index ("The mid-cap index saw…", "On the
// currency markets…") is said of the item at hand as often as not.

// marketQualifiers name the market at large before "market".
var marketQualifiers = [...]string{"wider", "broader", "junior", "rest of the", "whole"}

// turnsToMarket reports whether u names the market at large among its
// first six words: one of marketQualifiers and then "market".
func turnsToMarket(u string) bool {
	var buf [64]byte
	low := string(appendLower(buf[:0], leadingFields(trimToLetter(u), 6)))
	for _, q := range marketQualifiers {
		i := strings.Index(low, q+" market")
		if i < 0 {
			continue
		}
		end := i + len(q) + len(" market")
		if (i == 0 || low[i-1] == ' ') && (end == len(low) || !unicode.IsLetter(rune(low[end]))) {
			return true
		}
	}
	return false
}

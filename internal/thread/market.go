package thread

import (
	"regexp"
	"strings"
)

// priceMove matches a share-price move as market reports write it: a
// move word near a percentage or a price in pence ("rose 4.1 per cent",
// "down 6.1 per cent, or 3.23p", "shed 9% to 11p").
var priceMove = regexp.MustCompile(`(?i)\b(rose|rises|rising|fell|falls|falling|up|down|jumped|surged|soared|climbed|slipped|dropped|shed|gained|advanced|tumbled|lost|slumped|dipped|edged|rallied|added|gushed|shot|leapt|sank|plunged|slid|higher|lower)\b[^.;]{0,40}?\b\d+(\.\d+)? ?(per cent|%|pc|p)\b`)

// firstSentence returns text up to its first full stop followed by a
// space (or all of it).
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// companyItems marks the units that open a company's item in a market
// report: the first sentence names something not named before in the
// story and gives its share-price move.
func companyItems(units []string, words [][]word) []bool {
	out := make([]bool, len(units))
	seen := map[string]bool{}
	for i, u := range units {
		first := firstSentence(u)
		if priceMove.MatchString(first) {
			firstWords := tokenize(first)
			for _, w := range firstWords {
				if w.name && !seen[w.stem] && !isMonth(strings.ToLower(w.surface)) {
					out[i] = true
					break
				}
			}
		}
		for _, w := range words[i] {
			if w.name {
				seen[w.stem] = true
			}
		}
	}
	return out
}

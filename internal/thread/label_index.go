package thread

import "strings"

// A market report's paragraph on the index ("The FTSE 100 rose 0.4 per
// cent, or 31.2 points, to 7,512.6 as traders bet on …") is about the
// index's day, whatever drove it: its most distinctive noun is the
// passing cause ("bet", "session", "crude", "worries"), which tells a
// reader less than that the item is the index report. Only an index
// moves by a figure of points alongside a percentage (a share moves in
// pence, a team's points come without a per-cent move), so when the
// lead paragraph gives such a move the index rule names the index: the
// label's name, then "index".

// indexReport reports whether the lead paragraph lead gives a move in
// points ("or 31.2 points", "adding 9.7 points") and one in per cent.
func indexReport(lead []word) bool {
	points, perCent := false, false
	for i, w := range lead {
		switch {
		case strings.EqualFold(w.surface, "points") && !w.joined && i > 0 && pointsMove(lead[i-1]):
			// a figure (dropped) stands right before it ("three
			// points" keeps its number word, joined to it), after
			// a move word, "or", "to" or "at": "… per cent, or 31.2
			// points", "to 806.2 points", not "won by 12 points"
			points = true
		case strings.EqualFold(w.surface, "cent") && w.joined && i > 0 && strings.EqualFold(lead[i-1].surface, "per"):
			perCent = true
		}
	}
	return points && perCent
}

// pointsMove reports whether w, in front of a figure of points, makes
// it a move or a level: "or" after a move in per cent, a move word, or
// "to" and "at" ("slipped 0.3 per cent to 806.2 points").
func pointsMove(w word) bool {
	l := strings.ToLower(w.surface)
	_, move := moveWords[l]
	return move || l == "or" || l == "adding" || l == "down" || l == "to" || l == "at"
}

// indexWord is the word the index rule puts after the index's name.
const indexWord = "index"

// indexLabel returns label with its words after the first nameLen (the
// name's) replaced by indexWord, unless the name already ends in it.
func indexLabel(label []string, nameLen int) []string {
	label = label[:nameLen]
	if nameLen > 0 && strings.EqualFold(label[nameLen-1], indexWord) {
		return label
	}
	return append(label, indexWord)
}

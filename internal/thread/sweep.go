package thread

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A market report tells the day's trading in its index lines ("The FTSE
// 100 closed down 0.6 per cent, or 46.1 points, at 7488.3") and sweeps
// over the rest of the market in a paragraph or two: "Elsewhere among
// the blue chips, banks and housebuilders were broadly higher, while
// miners fell…", "Among the other risers, engineer Hallam rose 3.1 per
// cent, or 52p, to 1729p, and packaging group Corrow added 1.2 per
// cent…". Such a sweep is part of the market's item, not a company's:
// it names sectors rather than a company, or lists two movers or more
// in one sentence. Opening with a cue, or naming companies with their
// moves, it was cut from the index lines and, sharing few words with
// them, left alone or joined to a company's item. Across the developer
// round-ups every one of the 23 paragraphs so shaped in a market report
// belongs to the thread of its index lines (10 of them were joined to
// it); a company's own item among the risers tells one move and why
// ("Among the risers, drone maker Skyreach climbed 31 per cent to 22p
// after winning…") and is left to the clustering.

// sweepOpeners open a sweep over the market.
var sweepOpeners = []string{"elsewhere", "among"}

// sweepsMarket reports whether u sweeps over the market: it opens with
// one of sweepOpeners, and its first sentence either gives two price
// moves or more, or has a subject of sectors after the opener's comma,
// four words with no capital nor figure ("banks and housebuilders
// were…", "oil majors edged higher…"; not "diagnostics firm Genedrive
// shed…") and reports no speech.
func sweepsMarket(u string) bool {
	var buf [16]byte
	low := appendLower(buf[:0], leadingFields(trimToLetter(u), 1))
	if _, ok := cueAt(low, sweepOpeners); !ok {
		return false
	}
	s := firstSentence(u)
	if countMoves(s) >= 2 {
		return true
	}
	if strings.Contains(s, " said") || strings.Contains(s, " says") {
		return false
	}
	_, rest, ok := strings.Cut(s, ", ")
	if !ok {
		return false
	}
	fs := strings.Fields(leadingFields(rest, 4))
	if len(fs) < 4 {
		return false
	}
	switch fs[0] {
	case "the", "a", "an":
		return false // a company or a matter of its own
	}
	for _, f := range fs {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// countMoves counts the price moves s gives: each move word followed
// within eight words by a percentage or a price in pence (hasPriceMove
// asks for one).
func countMoves(s string) int {
	if !hasPriceMove(s) {
		return 0
	}
	fs := strings.Fields(s)
	var buf [32]byte
	n := 0
	for i := 0; i < len(fs); i++ {
		if _, ok := moveWords[string(appendLower(buf[:0], strings.Trim(fs[i], "(),;–-")))]; !ok {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+8; j++ {
			if isMoveFigure(fs[j], fs[j+1:]) {
				n++
				i = j
				break
			}
		}
	}
	return n
}

// joinSweeps moves each unit of a market report that sweeps over the
// market (sweepsMarket) into the thread of the nearest index line
// before it (after it when there is none before): a unit whose first
// sentence gives an index move (indexLine). ids are the units' threads;
// it returns them renumbered.
func joinSweeps(units []string, ids []int) []int {
	var index []int
	for k, u := range units {
		if indexLine(firstSentence(u)) {
			index = append(index, k)
		}
	}
	if len(index) == 0 {
		return ids
	}
	moved := false
	for k, u := range units {
		if !sweepsMarket(u) || indexLine(firstSentence(u)) {
			continue
		}
		to := -1
		for _, x := range index {
			if x < k || to < 0 {
				to = x
			}
		}
		if ids[k] != ids[to] {
			ids[k] = ids[to]
			moved = true
		}
	}
	if !moved {
		return ids
	}
	return renumber(ids)
}

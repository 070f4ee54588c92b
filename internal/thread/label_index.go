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
// label's name, then "index". An index's move in per cent to a level
// that is no price ("the Yarrowby All-Share advanced 0.7 per cent to
// 963") is one too, and the label names that index, whatever name
// scores best. A hyphenated last word of the name says what the index
// covers, not its family, and headlines leave it out ("AIM index", not
// "AIM All-Share index"), as they do when the hyphen joins an acronym
// family to its coverage ("AIM-All Share").

// indexReport reports whether the lead paragraph lead reports an
// index's move: in points and in per cent (pointsReport), or in per cent
// to a level (levelMove).
func indexReport(lead []word) bool {
	if pointsReport(lead) {
		return true
	}
	_, _, ok := levelMove(lead)
	return ok
}

// indexFrom returns the paragraph of the thread that reports the
// index's move (0: its lead, 1: second, the paragraph after it), and
// whether the index rule applies: the
// lead reports it and the label has a name (nameLen words), or the lead
// gives no figure at all ("The wider market ended lower as …") and the
// next paragraph reports the move in points, naming the index or
// leaving the label's name to it.
func indexFrom(lead, second []word, nameLen int) (int, bool) {
	if nameLen > 0 && indexReport(lead) {
		return 0, true
	}
	if len(second) == 0 || hasFigure(lead) || !pointsReport(second) {
		return 0, false
	}
	if _, _, ok := movedName(second); ok || nameLen > 0 {
		return 1, true
	}
	return 0, false
}

// hasFigure reports whether lead gives a move or a figure: a per-cent
// or points word, or a figure token.
func hasFigure(lead []word) bool {
	for _, w := range lead {
		if w.lex&lexFigure != 0 || strings.EqualFold(w.surface, "cent") || strings.EqualFold(w.surface, "points") {
			return true
		}
	}
	return false
}

// movedName returns the first name run of lead right before a move or
// close word ("The Dowling 100 rose", "the Yarrowby All-Share index
// advanced", "the Dowling 100 closed"), lead[start:end].
func movedName(lead []word) (start, end int, ok bool) {
	for i := 1; i < len(lead); i++ {
		l := strings.ToLower(lead[i].surface)
		_, move := moveWords[l]
		_, closed := closeWords[l]
		if !move && !closed {
			continue // (a dropped figure may part it from the name: "Dowling 100 rose")
		}
		end = i
		if strings.EqualFold(lead[end-1].surface, indexWord) && lead[end-1].joined {
			end--
		}
		if end == 0 || !lead[end-1].name {
			continue
		}
		start = end - 1
		for start > 0 && lead[start].joined && lead[start-1].name {
			start--
		}
		return start, end, true
	}
	return 0, 0, false
}

// pointsReport reports whether lead gives a move in points ("or 31.2
// points", "adding 9.7 points") and one in per cent.
func pointsReport(lead []word) bool {
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

// levelMove reports whether lead gives a name's move in per cent to a
// level that is no price ("the Dowling All-Share advanced 0.7 per cent to
// 963", "ended the week down 0.6 per cent at 771"): a name, a move word
// right after it (or after "index"), "per cent", then "to" or "at" and a
// bare figure, which the tokens drop (a price in pence leaves a figure
// token: "to 93p"). A share's price in dollars drops too, but the
// report gives its cause or its cents next ("to $1.87 after the
// regulator…", "to 61 cents"), and an index's level its company ("to
// 963, outperforming the…", "at 771 over the week").
// It returns the name's words, lead[start:end].
func levelMove(lead []word) (start, end int, ok bool) {
	for i := 1; i < len(lead); i++ {
		w := lead[i]
		end = i
		if strings.EqualFold(lead[end-1].surface, indexWord) && lead[end-1].joined {
			end--
		}
		if !w.joined || end == 0 || !lead[end-1].name {
			continue
		}
		if w.upper {
			continue // a move word is in lower case
		}
		if _, ok := moveWords[w.surface]; !ok {
			continue
		}
		for j := i + 1; j+2 < len(lead) && j <= i+6; j++ {
			if !strings.EqualFold(lead[j].surface, "per") || !strings.EqualFold(lead[j+1].surface, "cent") {
				continue
			}
			if l := strings.ToLower(lead[j+2].surface); (l == "to" || l == "at") && lead[j+2].joined && (j+3 == len(lead) || !lead[j+3].joined && lead[j+3].lex&lexFigure == 0 && !shareCause(lead[j+3])) {
				start = end - 1
				for start > 0 && lead[start].joined && lead[start-1].name {
					start--
				}
				return start, end, true
			}
			break
		}
	}
	return 0, 0, false
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

// indexLabel returns the index rule's label: the index's name (the
// first nameLen words of label, or the name whose level the lead gives),
// indexWord (indexWords for two indices), then the direction of the
// index's day (the index-move rule); paras are the thread's paragraphs
// from the one reporting the move, next whether that one follows the
// lead (whose name is then no index's, unless the report names none).
func indexLabel(label []string, nameLen int, paras [][]word, next bool) []string {
	lead := paras[0]
	label = label[:nameLen]
	start, end, ok := levelMove(lead)
	if !ok && next {
		start, end, ok = movedName(lead)
	}
	if ok && (next || !pointsReport(lead)) {
		// the index whose level the lead gives, not a name met on the way
		label = label[:0]
		for _, w := range lead[start:end] {
			label = append(label, w.surface)
		}
	}
	dir, plural := indexMove(paras, label[0])
	if n := len(label); n > 0 && strings.EqualFold(label[n-1], indexWord) {
		label = label[:n-1]
	}
	if n := len(label); n > 1 && strings.Contains(label[n-1], "-") {
		label = label[:n-1] // "AIM All-Share": the family, not its coverage
	} else if k := strings.Index(label[0], "-"); n > 1 && k > 0 && strings.ToUpper(label[0][:k]) == label[0][:k] {
		label = []string{label[0][:k]} // "AIM-All Share" likewise
	}
	word := indexWord
	if plural {
		word = indexWords
	}
	label = append(label, word)
	if len(label)+len(dir) <= 5 {
		label = append(label, dir...)
	}
	return label
}

// indexWords is indexWord for two indices or more.
const indexWords = "indexes"

// An index's day is its direction: a sub-editor labels the item "FTSE
// indexes rise", "FTSE closes lower", "AIM index falls", "FTSE indexes
// mixed". The index-move rule reads the direction of each move of the
// index's family in the lead (each use of the label name's first word:
// "the Dowling 100 rose …, while the Dowling 250 slipped …") from the
// first move word after it: up ("rose", "gained", "edged up", "higher")
// or down ("fell", "slipped", "down", "lower"), and whether it closed
// or ended so ("closed 0.2 per cent lower"). The thread's later
// paragraphs add an index of the family only where a move follows its
// name at once ("for the Dowling 250, which rose …"): further on, the
// name is more often the market a share moved in. One direction is
// "rises" or "falls", or "closes higher" or "closes lower" when the
// first move told is the close; two opposite ones are "mixed". Two
// moves of the family make "indexes" ("indexes close lower").

// upWords and downWords are the move words of moveWords by direction
// ("edged", "up" and "down" aside: the word after "edged" tells).
var upWords = toSet(`rise rose rises rising up jumped surged soared climbed gained advanced rallied added gushed shot leapt higher jumping surging soaring climbing gaining advancing rallying adding`)
var downWords = toSet(`fall fell falls falling down slipped dropped shed tumbled lost slumped dipped sank plunged slid lower dropping shedding tumbling losing slumping dipping sliding sinking plunging`)

// closeWords tell an index's close.
var closeWords = toSet(`closed closing ended ending finished finishing`)

// indexMoveWords is the most words from the index's name to its move
// in the lead, indexLaterWords in the thread's later paragraphs.
const (
	indexMoveWords  = 20
	indexLaterWords = 3
)

// indexMove returns the direction words of the index's day in paras,
// the thread's paragraphs, for the index family named first (the
// label's first word), and whether two or more moves of the family are
// told.
func indexMove(paras [][]word, first string) (dir []string, plural bool) {
	ups, downs := 0, 0
	firstClosed := false // the first move told is a close
	for p, lead := range paras {
		window := indexMoveWords
		if p > 0 {
			window = indexLaterWords
		}
		for i := 0; i < len(lead); i++ {
			if !lead[i].name || !strings.EqualFold(lead[i].surface, first) {
				continue
			}
			closed := false
			for j := i + 1; j < len(lead) && j <= i+window; j++ {
				var buf [32]byte
				l := string(appendLower(buf[:0], lead[j].surface))
				if l == "edged" || l == "edging" {
					continue // the next word tells: "edged up", "edged lower"
				}
				if _, ok := closeWords[l]; ok {
					closed = true
					continue
				}
				_, up := upWords[l]
				_, down := downWords[l]
				if !up && !down {
					continue
				}
				if ups+downs == 0 {
					firstClosed = closed
				}
				if up {
					ups++
				} else {
					downs++
				}
				i = j
				break
			}
		}
	}
	plural = ups+downs > 1
	verb := func(one, more string) string {
		if plural {
			return more
		}
		return one
	}
	switch {
	case ups > 0 && downs > 0:
		dir = []string{"mixed"}
	case firstClosed && ups > 0:
		dir = []string{verb("closes", "close"), "higher"}
	case firstClosed && downs > 0:
		dir = []string{verb("closes", "close"), "lower"}
	case ups > 0:
		dir = []string{verb("rises", "rise")}
	case downs > 0:
		dir = []string{verb("falls", "fall")}
	}
	return dir, plural
}

// shareCauseWords follow a share's price, not an index's level.
var shareCauseWords = toSet(`after following on despite cents pence`)

// shareCause reports whether w, right after a level, tells a share's
// price: its cause or its unit.
func shareCause(w word) bool {
	_, ok := shareCauseWords[strings.ToLower(w.surface)]
	return ok
}

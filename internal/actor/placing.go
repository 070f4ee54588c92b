package actor

import "strings"

// Result and market lines set names out in a fixed shape, where what
// stands beside a name tells what it is better than the name's shape:
//
//   - a finishing place before a name and the starting price in brackets
//     after it ("1 Copper Kettle (9-2), 2 Lady Maud (11-4 fav)") is a
//     race's result, and the name a runner's: no one gives odds on a
//     person at a numbered place in a line of finishers (racePlacing);
//   - a name followed at once by "up" or "down", or by a plus or minus
//     sign, and a percentage or a price ("Tarrow Mills up 3.1 per cent",
//     "Tarrow Mills -4.2 per cent, 712p:") is a listed share's: people's
//     prices do not move (shareMoveRight; not after "the", which opens an
//     index's name, "the Nikkei down 1%");
//   - a name between scores in a line of results ("Corran Vale 24 Tarrow
//     Harriers 19") is a side's (scoreLineSide).

// racePlacing reports whether the name of m stands between a finishing
// place and bracketed odds: a number of one or two digits after the
// paragraph's start, a colon, a semicolon or a comma, and "(9-2)",
// "(11-4 fav)" or "(evens)" right after the name.
func racePlacing(toks []tok, m *mention) bool {
	k, e := m.s-1, m.e
	if k < 0 || len(toks[k].text) > 2 || !isNumber(toks[k].text) {
		return false
	}
	if k > 0 && toks[k-1].text != ":" && toks[k-1].text != ";" && toks[k-1].text != "," {
		return false
	}
	if e+2 >= len(toks) || toks[e].text != "(" || !isOdds(toks[e+1].lower) {
		return false
	}
	switch toks[e+2].lower {
	case ")":
		return true
	case "fav", "f", "jf", "favourite", "jt-fav", "co-fav":
		return e+3 < len(toks) && toks[e+3].text == ")"
	}
	return false
}

// shareMoveRight reports whether the words right after the name ending
// before token e give a share's move: "up" or "down" and a figure, or a
// sign and a figure, the figure a percentage ("3.1 per cent", "3.1%")
// or a price in pence ("12p").
func shareMoveRight(toks []tok, e int) bool {
	if e+1 >= len(toks) {
		return false
	}
	switch toks[e].lower {
	case "up", "down", "+", "-", "−", "–":
	default:
		return false
	}
	if toks[e].word && toks[e].cap {
		return false
	}
	n := toks[e+1].lower
	if strings.HasSuffix(n, "p") && decimal(strings.TrimSuffix(n, "p")) && toks[e].word {
		return true // "up 12p"
	}
	if strings.HasSuffix(n, "%") {
		return decimal(strings.TrimSuffix(n, "%"))
	}
	if !decimal(n) || e+2 >= len(toks) {
		return false
	}
	return toks[e+2].text == "%" || toks[e+2].lower == "per" && e+3 < len(toks) && toks[e+3].lower == "cent" || toks[e+2].lower == "percent"
}

// decimal reports whether w is a number with at most one decimal point:
// "3", "3.1", "1118".
func decimal(w string) bool {
	a, b, ok := strings.Cut(w, ".")
	return isNumber(a) && (!ok || isNumber(b))
}

// scoreLineSide reports whether the name of m stands in a line of
// results between scores: a bare score right after it and then the
// other side's capitalised words and score ("Corran Vale 24 Tarrow
// Harriers 19"), or the first side's words and score right before it
// and a score after it. The line's item opens the paragraph or follows
// a colon, a semicolon or a comma, and a score closes it: not "and
// Velmo Browser 6 Service Pack 1". The name must not open with a given
// name the model knows: a darts or snooker line may score people so.
func scoreLineSide(toks []tok, m *mention) bool {
	if len(m.name) == 0 || givenName(m.name[0]) || m.hon != "" {
		return false
	}
	s, e := m.s, m.e
	score := func(k int) bool {
		return k >= 0 && k < len(toks) && len(toks[k].text) <= 3 && isNumber(toks[k].text)
	}
	itemEnd := func(k int) bool {
		return k >= len(toks) || toks[k].text == "," || toks[k].text == ";" || toks[k].text == "." || toks[k].sentStart
	}
	itemStart := func(k int) bool { // k: the token before the first side
		return k < 0 || toks[k].text == ":" || toks[k].text == ";" || toks[k].text == ","
	}
	if score(e) && e+1 < len(toks) && toks[e+1].word && toks[e+1].cap && !toks[e+1].sentStart && itemStart(s-1) {
		for k := e + 2; k < len(toks) && k < e+7; k++ {
			if !toks[k].word || !toks[k].cap {
				return score(k) && itemEnd(k+1)
			}
		}
		return false
	}
	if !score(s-1) || !score(e) || !itemEnd(e+1) {
		return false
	}
	k := s - 2
	for k >= 0 && k > s-7 && toks[k].word && toks[k].cap {
		k--
	}
	return k < s-2 && itemStart(k)
}

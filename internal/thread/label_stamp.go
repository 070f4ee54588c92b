package thread

import "strings"

// A live page opens each entry with the time it was posted: "9.12am: The
// harbour board has resigned", "4.05pm: Rain has stopped play". The time
// is no word of the matter, and its colon makes the capital after it look
// like the start of a second sentence, so that the rules of the lead's
// first sentence (departures, movements, fates…) see only the time. The
// label's rules read the lead past such a stamp: a first word that is a
// clock time (figures ending in "am" or "pm"), followed by a capitalised
// word that opens the entry.

// unstamped returns lead past a live page's opening time stamp, or lead
// itself when it opens with none.
func unstamped(lead []word) []word {
	if len(lead) < 2 || !clockTime(lead[0]) || lead[1].joined || !lead[1].upper {
		return lead
	}
	return lead[1:]
}

// clockTime reports whether w is a clock time: figures, with a "." or
// ":" between hours and minutes or none, and "am" or "pm" ("9.12am",
// "10am").
func clockTime(w word) bool {
	l := strings.ToLower(w.surface)
	if w.lex&lexFigure == 0 || len(l) < 3 {
		return false
	}
	if !strings.HasSuffix(l, "am") && !strings.HasSuffix(l, "pm") {
		return false
	}
	for _, r := range l[:len(l)-2] {
		if (r < '0' || r > '9') && r != '.' && r != ':' {
			return false
		}
	}
	return true
}

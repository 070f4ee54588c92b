package thread

import "strings"

// American and military reports put an abbreviated title with a full
// stop in front of a name: "Gov. Frank Delacorte declared a state of
// emergency", "state Sen. Darnell Price". The full stop parts the title
// from the name, so the title reads as a one-word name of its own and,
// opening the lead, took the name slot ("Gov storm"). The abbreviated-
// title rule takes such a word, used only in front of a name, for no
// name: the name after it is the lead's subject.

// abbrTitles are titles written short with a full stop before a name.
var abbrTitles = toSet(`gov sen rep gen col capt cmdr sgt lt det insp supt prof rev cllr atty pres`)

// abbrTitleAt reports whether ws[i] is an abbreviated title: a
// capitalised word of abbrTitles that a name follows after a full stop
// or other punctuation (not joined to it).
func abbrTitleAt(ws []word, i int) bool {
	if !ws[i].upper || i+1 >= len(ws) || ws[i+1].joined || !ws[i+1].name {
		return false
	}
	_, ok := abbrTitles[strings.ToLower(ws[i].surface)]
	return ok
}
